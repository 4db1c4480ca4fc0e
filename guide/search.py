"""Search the sections: safe query cleaning, synonyms, typo correction, snippets, completions.

Queries never reach Whoosh's query parser: they are cleaned, capped and tokenized by
``guide.analysis``, planned by ``guide.query_plan`` (chat forms, question words, synonyms,
short forms of technical terms) and built as query objects here, so no input can raise or hang.

Ranking: sections holding more of the query's content words come first (every word, then all but
one, ...), each tier by BM25F; a section holding only some of the words is still returned (marked
``complete=False``) when fewer than ``limit`` hold them all. Question words ("cara") only add a
little to sections the other words found.
"""

from __future__ import annotations

import heapq
import threading
from dataclasses import dataclass
from pathlib import Path

from whoosh import query as wq
from whoosh import scoring

from guide import analysis, query_words
from guide.correction import Vocabulary
from guide.index import BODY_BOOST, HEADING_BOOST, TITLE_BOOST, load_stems, open_index
from guide.query_plan import Alternative, Group, QueryPlan
from guide.search_base import Hit, SearchBase, SearchResult, clean_query
from guide.snippets import Snippet, make_snippet
from guide.spans import MAX_CACHED_SECTIONS, SpanCache, match_spans
from guide.term_scores import Stats, TermScorer

__all__ = ["Hit", "SearchResult", "Searcher", "Snippet", "clean_query", "make_snippet"]

COMMON_RATIO = 0.5  # a word in more than half the sections is optional (see _split_common)
RERANK_POOL = 40  # top hits of each stage that the bonuses and optional words may reorder
PHRASE_FACTOR = 2.0  # a phrase synonym found as written ("basis data") counts double
PHRASE_POOL = 3 * RERANK_POOL  # the best sections holding its words are checked for the phrase
TITLE_BONUS = 1.0  # per query word in the article title
HEADING_BONUS = 3.0  # when the heading holds every query word
LIGHT_WEIGHT = 0.3  # a question word's share of its BM25 score ("cara")
INTENT_HEADING_BONUS = 2.0  # when the heading holds an intent word ("Tugas ...")
INTENT_WEIGHT = 1.0  # an intent word's ("cara menjadi" -> "mulai", "belajar"...)
# A section matches on its own heading and text; the article title only adds to the score
# (else "gaji" would match every section of an article titled "… Gajinya 2024"), except in the
# last fallback, when nothing else matched.
_MATCH_FIELDS = (("body", BODY_BOOST), ("heading", HEADING_BOOST))  # the longest list first
_ALL_FIELDS = (*_MATCH_FIELDS, ("article_title", TITLE_BOOST))
_STEMMED_FIELDS = tuple(name for name, _ in _ALL_FIELDS)
# Sections range from one line to a whole article (004 has no headings): soften BM25's length
# normalisation (B 0.75 → 0.5) so a long section that is about the query still ranks.
WEIGHTING = scoring.BM25F(B=0.5, K1=1.2)

Fields = tuple[tuple[str, float], ...]
Scores = dict[int, float]
Ranked = tuple[int, float, int, bool]  # (words found, score, docnum, complete)


@dataclass(frozen=True, slots=True)
class _Found:
    """A section a Whoosh query returned, and how many content words it holds."""

    score: float
    docnum: int
    words: int


class Searcher(SearchBase):
    """An open, read-only index with the operations the app needs. Thread-safe for reads."""

    def __init__(self, index_dir: Path, warm: bool = True) -> None:
        self.index_dir = index_dir
        self._ix = open_index(index_dir)
        analysis.prime_stems(load_stems(index_dir))
        self._searcher = self._ix.searcher(weighting=WEIGHTING)
        self._stats: Stats = self._searcher
        self._terms = TermScorer(self._searcher, WEIGHTING.B, WEIGHTING.K1)
        self._lock = threading.Lock()
        self._short_terms: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._spans = SpanCache()  # each returned section's words, tokenized once
        self.vocabulary = self._load_vocabulary()
        technical = query_words.technical_words()
        self.technical = sorted(w for w in self.vocabulary.freqs if w in technical)
        # Warm up here (the app opens the searcher in its loader thread): the stemmer's
        # dictionary and Whoosh's lazily read postings would otherwise make the student's
        # first query ~80 ms slower. ``warm=False``: an index reopened after an import.
        if warm:
            self.search("menyimpan data pemograman", limit=1)

    def is_live(self, word: str) -> bool:
        """See :meth:`SearchBase.is_live`: only an index with deleted sections looks."""
        reader = self._searcher.reader()
        if not reader.has_deletions():
            return True
        try:
            return reader.postings("words", word).is_active()
        except KeyError:  # Whoosh's "term not in this field"
            return False

    def use_stats(self, stats: Stats) -> None:
        """Score with corpus statistics shared with other indexes (document count, document
        frequencies, field lengths), so scores of sections of different indexes compare."""
        with self._lock:
            self._stats = stats
            self._terms = TermScorer(self._searcher, WEIGHTING.B, WEIGHTING.K1, stats)

    @property
    def stats(self) -> Stats:
        """This index's own statistics (what :meth:`use_stats` combines)."""
        return self._searcher

    def clear_caches(self) -> None:
        """Forget the cached postings (benchmarks measure the cold cost with it)."""
        self._terms.clear_cache()

    def close(self) -> None:
        """Release the index files (a second call does nothing)."""
        if not self._searcher.is_closed:
            self._searcher.close()
            self._ix.close()

    def _load_vocabulary(self) -> Vocabulary:
        """The index's words and stems, read segment by segment (a multi-segment reader
        looks every term up in every segment: ten times slower for a personal library
        written article by article); a segment read before is not read again."""
        parts = [_segment_vocabulary(self.index_dir, leaf.reader())
                 for leaf, _ in self._searcher.leaf_searchers()]  # fmt: skip
        _forget_segments_but(self.index_dir, parts)
        if len(parts) == 1:
            freqs, stemmed = parts[0][1], parts[0][2]
        else:
            freqs, stems = {}, set()
            for _, segment_freqs, segment_stems in parts:
                for word, df in segment_freqs.items():
                    freqs[word] = freqs.get(word, 0) + df
                stems |= segment_stems
            stemmed = frozenset(stems)
        return Vocabulary(freqs, stemmed, analysis.synonym_table())

    # -- matching ---------------------------------------------------------------------------

    def _alternative_scores(self, alt: Alternative, fields: Fields, plan: QueryPlan) -> Scores:
        """{docnum: score} of the sections holding every term of one alternative; a phrase
        alternative ("basis data") found as written, one word apart at most, counts double.

        The rarest term is scored first, the others only in the sections it found."""
        weights = plan.weights
        if len(alt) == 1:
            return self._terms.scores(alt[0], fields, weights.get(alt[0], 1.0))
        rare, *rest = sorted(alt, key=self._doc_frequency_of)
        scores = self._terms.scores(rare, fields, weights.get(rare, 1.0))
        docs = set(scores)
        for term in rest:
            if not docs:
                break
            more = self._terms.scores(term, fields, weights.get(term, 1.0), only=docs)
            docs &= more.keys()
            scores = {d: scores[d] + more[d] for d in docs}
        best = heapq.nlargest(PHRASE_POOL, scores.items(), key=_by_score)
        for docnum in self._phrase_docs(alt, sorted(d for d, _ in best)):
            scores[docnum] *= PHRASE_FACTOR
        return scores

    def _phrase_docs(self, alt: Alternative, docnums: list[int]) -> list[int]:
        """The sections of ``docnums`` (sorted) whose body has the terms as a phrase, one
        word apart at most (Whoosh's phrase matcher, skipped to each section)."""
        if not docnums:
            return []
        matcher = wq.Phrase("body", list(alt), slop=1).matcher(self._searcher)
        found = []
        for docnum in docnums:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                found.append(docnum)
        return found

    def _group_scores(self, group: Group, fields: Fields, plan: QueryPlan) -> Scores:
        """{docnum: score} of one query word: the sum over its alternatives that match."""
        if len(group) == 1:
            return self._alternative_scores(group[0], fields, plan)
        total: Scores = {}
        for alt in group:
            if len(alt) == 1:  # added in place: no dict per alternative to merge
                self._terms.scores(alt[0], fields, plan.weights.get(alt[0], 1.0), into=total)
                continue
            for docnum, score in self._alternative_scores(alt, fields, plan).items():
                total[docnum] = total.get(docnum, 0.0) + score
        return total

    def _doc_frequency_of(self, term: str) -> int:
        """Sections holding ``term`` in heading or body (an upper bound)."""
        return doc_frequency_of(self._stats, term)

    def _optional_scores(
        self, docnums: list[int], groups: tuple[Group, ...]
    ) -> dict[int, tuple[float, frozenset[int]]]:
        """{docnum: (BM25 contribution, indexes of the groups found)} of ``groups`` in the
        given sections only (the posting blocks holding none of them are not read)."""
        totals: dict[int, tuple[float, frozenset[int]]] = dict.fromkeys(docnums, (0.0, frozenset()))
        for index, group in enumerate(groups):
            found: Scores = {}
            for alt in group:
                if len(alt) == 1:
                    for docnum, score in self._terms.scores(
                        alt[0], _MATCH_FIELDS, only=docnums
                    ).items():
                        found[docnum] = found.get(docnum, 0.0) + score
            for docnum, score in found.items():
                total, groups_found = totals[docnum]
                totals[docnum] = (total + score, groups_found | {index})
        return totals

    def _heading_terms(self, docnum: int) -> tuple[frozenset[str], frozenset[str]]:
        """Index terms of a section's heading and of its article's title, cached per section
        (the stored fields hold the whole text: read them only for the hits shown)."""
        cached = self._short_terms.get(docnum)
        if cached is None:
            fields = self._searcher.stored_fields(docnum)
            cached = (
                frozenset(analysis.analyze(fields.get("heading", ""))),
                frozenset(analysis.analyze(fields.get("article_title", ""))),
            )
            if len(self._short_terms) < MAX_CACHED_SECTIONS:
                self._short_terms[docnum] = cached
        return cached

    def _top(self, per_group: list[Scores], docs: set[int], complete: bool) -> list[_Found]:
        """The best :data:`RERANK_POOL` of ``docs``: most words found, then highest score
        (``complete``: every doc holds every group)."""
        if len(per_group) == 1:
            scores = per_group[0]
        else:
            scores = {d: sum(p[d] for p in per_group if d in p) for d in docs}
        if complete:
            words = dict.fromkeys(docs, len(per_group))
            if len(scores) == len(docs):  # ties: the lower docnum first, as Whoosh does
                best = [d for d, _ in heapq.nlargest(RERANK_POOL, scores.items(), key=_by_score)]
            else:
                best = heapq.nlargest(RERANK_POOL, docs, key=lambda d: (scores[d], -d))
        else:
            words = {d: sum(d in p for p in per_group) for d in docs}
            best = heapq.nlargest(RERANK_POOL, docs, key=lambda d: (words[d], scores[d], -d))
        return [_Found(scores[d], d, words[d]) for d in best]

    def _match(
        self, plan: QueryPlan, required: tuple[Group, ...], limit: int, fallback: bool = True
    ) -> tuple[list[_Found], int]:
        """Sections holding every required word (stage 0); when fewer than ``limit``, those
        holding some of them too (1); when none and ``fallback``, any content word in any
        field, article titles too (2)."""
        per_group = [self._group_scores(g, _MATCH_FIELDS, plan) for g in required]
        by_size = sorted(per_group, key=len)
        complete = set(by_size[0]).intersection(*by_size[1:])
        found = self._top(per_group, complete, True)
        stage = 0
        if len(required) > 1 and len(found) < limit:
            partial = set().union(*per_group) - complete
            found += self._top(per_group, partial, False)
            stage = 1
        if not found and fallback:
            per_group = [self._group_scores(g, _ALL_FIELDS, plan) for g in plan.content]
            found, stage = self._top(per_group, set().union(*per_group), False), 2
        return found, stage

    def _rerank(
        self, plan: QueryPlan, found: list[_Found], optional: tuple[Group, ...], stage: int
    ) -> list[Ranked]:
        """(words found, score, docnum, complete), most content words first, then by score.

        The score adds the optional words' BM25, a little of the question words', the intent
        words' (what kind of answer a question asks for), a small
        bonus per query word in the section's article title (which does not match on its own)
        and one when the heading holds every query word."""
        total = len(plan.content)
        if stage == 2:
            ranked = [(f.words, f.score, f.docnum) for f in found]
        else:
            docnums = [f.docnum for f in found]
            extra = self._optional_scores(docnums, optional)
            light = self._optional_scores(docnums, plan.light)
            intents = self._optional_scores(docnums, plan.intents)
            ranked = []
            for f in found:
                heading, title = self._heading_terms(f.docnum)
                in_title = sum(any(set(alt) <= title for alt in g) for g in plan.content)
                in_heading = all(any(set(alt) <= heading for alt in g) for g in plan.content)
                score = f.score + extra[f.docnum][0] + LIGHT_WEIGHT * light[f.docnum][0]
                score += INTENT_WEIGHT * intents[f.docnum][0]
                score += TITLE_BONUS * in_title + HEADING_BONUS * in_heading
                if any(set(alt) <= heading for g in plan.intents for alt in g):
                    score += INTENT_HEADING_BONUS  # the heading names what was asked for
                # A common word ("backend") in the article title is what the whole article is
                # about: it counts as found in each of its sections.
                titled = {i for i, g in enumerate(optional) if any(set(a) <= title for a in g)}
                ranked.append((f.words + len(extra[f.docnum][1] | titled), score, f.docnum))
        ranked.sort(key=lambda item: (-item[0], -item[1]))
        return [(words, score, docnum, words >= total) for words, score, docnum in ranked]

    def _run(self, plan: QueryPlan, limit: int) -> tuple[Hit, ...]:
        if not plan.content:
            return ()
        required, optional = split_common(plan.content, self._stats)
        return self.hits(plan, self.ranked(plan, limit, required, optional)[:limit])

    def ranked(
        self,
        plan: QueryPlan,
        limit: int,
        required: tuple[Group, ...],
        optional: tuple[Group, ...],
        fallback: bool = True,
    ) -> list[Ranked]:
        """The best sections for ``plan`` (at most :data:`RERANK_POOL` per stage), ranked:
        (words found, score, docnum, complete); ``fallback=False``: no article-title stage
        (a federated search asks every index for heading and text matches first)."""
        with self._lock:
            found, stage = self._match(plan, required, limit, fallback)
            return self._rerank(plan, found, optional, stage)

    def hits(self, plan: QueryPlan, ranked: list[Ranked]) -> tuple[Hit, ...]:
        """The hits of ranked sections of this index (snippets built here, only for these)."""
        with self._lock:
            stored = [dict(self._searcher.stored_fields(r[2])) for r in ranked]
        terms = plan.terms
        return tuple(
            _make_hit(score, fields, terms, self._spans, complete)
            for (_, score, _, complete), fields in zip(ranked, stored, strict=True)
        )


def doc_frequency_of(stats: Stats, term: str) -> int:
    """Sections holding ``term`` in heading or body (an upper bound)."""
    return max(stats.doc_frequency(f, term) for f, _ in _MATCH_FIELDS)


def split_common(
    groups: tuple[Group, ...], stats: Stats
) -> tuple[tuple[Group, ...], tuple[Group, ...]]:
    """(required, optional): words in most sections ("backend" in 86 %) only add to the score
    of sections the rarer words found. Matching them too would score nearly every section,
    for almost no change in ranking (their IDF is ~0)."""
    limit = COMMON_RATIO * max(1, stats.doc_count_all())
    frequencies = [
        max(min(doc_frequency_of(stats, t) for t in alt) for alt in group) for group in groups
    ]
    required = tuple(g for g, df in zip(groups, frequencies, strict=True) if df <= limit)
    if not required:
        required = (groups[frequencies.index(min(frequencies))],)
    optional = tuple(g for g in groups if g not in required)
    return required, optional


def _by_score(item: tuple[int, float]) -> tuple[float, int]:
    return item[1], -item[0]


# A segment's terms never change (deleting a section leaves its terms): its words, document
# frequencies and stems are kept here by (index folder, segment id), so reopening a personal
# index after an import reads only the new segment. Segments no longer in the index are dropped.
_SegmentWords = tuple[str, dict[str, int], frozenset[str]]
_SEGMENT_WORDS: dict[tuple[Path, str], _SegmentWords] = {}
_SEGMENT_LOCK = threading.Lock()


def _segment_vocabulary(index_dir: Path, reader: object) -> _SegmentWords:
    """(segment id, {word: document frequency}, stems) of one segment's reader."""
    segment = reader.segment()  # type: ignore[attr-defined]
    key = (index_dir, segment.segment_id() if segment is not None else "")
    with _SEGMENT_LOCK:
        cached = _SEGMENT_WORDS.get(key)
    if cached is not None and segment is not None:
        return cached
    freqs: dict[str, int] = {}
    for term, info in reader.iter_field("words"):  # type: ignore[attr-defined]
        word = _text(term)
        freqs[word] = freqs.get(word, 0) + info.doc_frequency()
    stemmed: set[str] = set()
    for name in _STEMMED_FIELDS:
        stemmed.update(_text(term) for term in reader.field_terms(name))  # type: ignore[attr-defined]
    found = (key[1], freqs, frozenset(stemmed))
    if segment is not None:
        with _SEGMENT_LOCK:
            _SEGMENT_WORDS[key] = found
    return found


def _forget_segments_but(index_dir: Path, kept: list[_SegmentWords]) -> None:
    """Drop the cached vocabularies of ``index_dir``'s segments other than ``kept``."""
    ids = {segment_id for segment_id, _, _ in kept}
    with _SEGMENT_LOCK:
        for key in [k for k in _SEGMENT_WORDS if k[0] == index_dir and k[1] not in ids]:
            del _SEGMENT_WORDS[key]


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _make_hit(
    score: float,
    fields: dict,
    terms: frozenset[str],
    spans_cache: SpanCache | None = None,
    complete: bool = True,
) -> Hit:
    """A hit for one returned section; ``spans_cache`` looks up the matched words instead of
    tokenizing the text again (None: :func:`~guide.spans.match_spans`, the reference)."""
    text = fields.get("body", "")
    if spans_cache is None:
        spans = match_spans(text, terms)
    else:
        spans = spans_cache.match_spans(fields["section_id"], text, terms)
    return Hit(
        section_id=fields["section_id"],
        article_id=fields["article"],
        article_title=fields.get("article_title", ""),
        heading=fields.get("heading", ""),
        snippet=make_snippet(text, spans),
        score=float(score),
        text=text,
        matches=spans,
        complete=complete,
    )
