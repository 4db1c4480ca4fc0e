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

import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq
from whoosh import scoring

from guide import analysis, query_words
from guide.correction import Vocabulary
from guide.index import BODY_BOOST, HEADING_BOOST, TITLE_BOOST, load_stems, open_index
from guide.query_plan import MAX_QUERY_TERMS, Group, QueryPlan, plan_query
from guide.snippets import Snippet, make_snippet
from guide.spans import SpanCache, match_spans

__all__ = ["Hit", "SearchResult", "Searcher", "Snippet", "clean_query", "make_snippet"]

MAX_QUERY_CHARS = 200
MAX_LIMIT = 200
COMMON_RATIO = 0.5  # a word in more than half the sections is optional (see _split_common)
RERANK_POOL = 40  # top hits of each query that the bonuses and optional words may reorder
TITLE_BONUS = 1.0  # per query word in the article title
HEADING_BONUS = 3.0  # when the heading holds every query word
LIGHT_WEIGHT = 0.3  # a question word's share of its BM25 score ("cara")
INTENT_HEADING_BONUS = 2.0  # when the heading holds an intent word ("Tugas ...")
INTENT_WEIGHT = 1.0  # an intent word's ("cara menjadi" -> "mulai", "belajar"...)
# A section matches on its own heading and text; the article title only adds to the score
# (else "gaji" would match every section of an article titled "… Gajinya 2024"), except in the
# last fallback, when nothing else matched.
_MATCH_FIELDS = (("heading", HEADING_BOOST), ("body", BODY_BOOST))
_ALL_FIELDS = (*_MATCH_FIELDS, ("article_title", TITLE_BOOST))
_STEMMED_FIELDS = tuple(name for name, _ in _ALL_FIELDS)
# Sections range from one line to a whole article (004 has no headings): soften BM25's length
# normalisation (B 0.75 → 0.5) so a long section that is about the query still ranks.
WEIGHTING = scoring.BM25F(B=0.5, K1=1.2)

Fields = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class _Found:
    """A section a Whoosh query returned, and how many content words it holds."""

    score: float
    docnum: int
    fields: dict
    words: int


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching section."""

    section_id: str
    article_id: str
    article_title: str
    heading: str
    snippet: Snippet
    score: float
    text: str
    matches: tuple[tuple[int, int], ...]  # matched words, offsets into ``text``
    complete: bool = True  # the section holds every content word of the query


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The hits for a query, and the spelling correction used or suggested, if any."""

    query: str
    hits: tuple[Hit, ...]
    corrected_query: str | None = None  # the hits are for this query (the original found none)
    suggestion: str | None = None  # "did you mean": a better spelling, hits are for the original
    terms: frozenset[str] = field(default_factory=frozenset)  # index terms that were searched


def clean_query(raw: object) -> str:
    """Make any input a short, printable string: no surrogates, controls, or runaway length."""
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    text = raw[: MAX_QUERY_CHARS * 4].encode("utf-8", "ignore").decode("utf-8")
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
        text = text[: cut if cut > 0 else MAX_QUERY_CHARS]
    return text


class Searcher:
    """An open, read-only index with the operations the app needs. Thread-safe for reads."""

    def __init__(self, index_dir: Path) -> None:
        self._ix = open_index(index_dir)
        analysis.prime_stems(load_stems(index_dir))
        self._searcher = self._ix.searcher(weighting=WEIGHTING)
        self._lock = threading.Lock()
        self._short_terms: dict[str, frozenset[str]] = {}
        self._spans = SpanCache()  # each returned section's words, tokenized once
        self.vocabulary = self._load_vocabulary()
        technical = query_words.technical_words()
        self._technical = sorted(w for w in self.vocabulary.freqs if w in technical)
        # Warm up here (the app opens the searcher in its loader thread): the stemmer's
        # dictionary and Whoosh's lazily read postings would otherwise make the student's
        # first query ~80 ms slower.
        self.search("menyimpan data pemograman", limit=1)

    def close(self) -> None:
        """Release the index files (a second call does nothing)."""
        if not self._searcher.is_closed:
            self._searcher.close()
            self._ix.close()

    def _load_vocabulary(self) -> Vocabulary:
        reader = self._searcher.reader()
        freqs = {_text(term): info.doc_frequency() for term, info in reader.iter_field("words")}
        stemmed = frozenset(
            _text(term) for name in _STEMMED_FIELDS for term, _ in reader.iter_field(name)
        )
        return Vocabulary(freqs, stemmed, analysis.synonym_table())

    def _plan(self, text: str) -> QueryPlan:
        return plan_query(text, self.vocabulary, self._technical)

    # -- query building -------------------------------------------------------------------

    @staticmethod
    def _term_query(term: str, fields: Fields, weights: Mapping[str, float]) -> wq.Query:
        weight = weights.get(term, 1.0)
        return wq.Or([wq.Term(name, term, boost=boost * weight) for name, boost in fields])

    def _alternative_query(
        self, terms: tuple[str, ...], fields: Fields, weights: Mapping[str, float]
    ) -> wq.Query:
        if len(terms) == 1:
            return self._term_query(terms[0], fields, weights)
        return wq.Or(
            [
                wq.And([self._term_query(t, fields, weights) for t in terms]),
                wq.Phrase("body", list(terms), slop=1, boost=2.0),
            ]
        )

    def _query(self, groups: tuple[Group, ...], stage: int, plan: QueryPlan) -> wq.Query:
        """Stage 0: every word must match; 1: any word; 2: any word, article titles too.

        No bonus clauses here: a title term or a phrase matcher over words that occur in most
        sections ("backend") costs Whoosh 2–8× the main query; see :meth:`_rerank`.
        """
        fields = _ALL_FIELDS if stage == 2 else _MATCH_FIELDS
        ors = [
            wq.Or([self._alternative_query(alt, fields, plan.weights) for alt in g]) for g in groups
        ]
        return wq.And(ors) if stage == 0 else wq.Or(ors, scale=0.9)

    def _doc_frequency(self, group: Group) -> int:
        """Sections a query word's alternatives occur in (heading or body; an upper bound)."""
        reader = self._searcher.reader()
        return max(
            min(max(reader.doc_frequency(f, t) for f, _ in _MATCH_FIELDS) for t in alt)
            for alt in group
        )

    def _split_common(self, groups: tuple[Group, ...]) -> tuple[tuple[Group, ...], ...]:
        """(required, optional): words in most sections ("backend" in 86 %) only add to the
        score of sections the rarer words found. Matching them too would make Whoosh score
        nearly every section in Python, for almost no change in ranking (their IDF is ~0)."""
        limit = COMMON_RATIO * max(1, self._searcher.doc_count())
        frequencies = [self._doc_frequency(g) for g in groups]
        required = tuple(g for g, df in zip(groups, frequencies, strict=True) if df <= limit)
        if not required:
            required = (groups[frequencies.index(min(frequencies))],)
        optional = tuple(g for g in groups if g not in required)
        return required, optional

    def _optional_scores(
        self, docnums: list[int], groups: tuple[Group, ...]
    ) -> dict[int, tuple[float, frozenset[int]]]:
        """{docnum: (BM25 contribution, indexes of the groups found)} of ``groups`` in the
        given sections only (skip_to on their postings, never a full scan)."""
        reader = self._searcher.reader()
        totals: dict[int, tuple[float, frozenset[int]]] = dict.fromkeys(docnums, (0.0, frozenset()))
        wanted = sorted(docnums)
        for index, group in enumerate(groups):
            best: dict[int, float] = {}
            for alt in group:
                if len(alt) != 1:
                    continue
                for name, boost in _MATCH_FIELDS:
                    if (name, alt[0]) not in reader:
                        continue
                    matcher = self._searcher.postings(name, alt[0])
                    for docnum in wanted:
                        if not matcher.is_active():
                            break
                        if matcher.id() < docnum:
                            matcher.skip_to(docnum)
                        if matcher.is_active() and matcher.id() == docnum:
                            score = boost * matcher.score()
                            best[docnum] = best.get(docnum, 0.0) + score
            for docnum, score in best.items():
                total, found = totals[docnum]
                totals[docnum] = (total + score, found | {index})
        return totals

    def _terms_of(self, text: str) -> frozenset[str]:
        """Index terms of a short text (article title, heading), cached."""
        cached = self._short_terms.get(text)
        if cached is None:
            cached = frozenset(analysis.analyze(text))
            if len(self._short_terms) < 50_000:
                self._short_terms[text] = cached
        return cached

    def _matching(self, plan: QueryPlan, groups: tuple[Group, ...], stage: int) -> list[_Found]:
        """The top sections of one stage's query, with how many of ``groups`` each holds."""
        results = self._searcher.search(
            self._query(groups, stage, plan), limit=RERANK_POOL, terms=stage > 0
        )
        if stage == 0:
            return [_Found(r.score, r.docnum, dict(r.fields()), len(groups)) for r in results]
        found = []
        for r in results:
            matched = {_text(term) for _, term in r.matched_terms()}
            words = sum(any(set(alt) <= matched for alt in g) for g in groups)
            found.append(_Found(r.score, r.docnum, dict(r.fields()), words))
        return found

    def _match(
        self, plan: QueryPlan, required: tuple[Group, ...], limit: int
    ) -> tuple[list[_Found], int]:
        """Sections holding every required word; when fewer than ``limit``, those holding some
        of them too; when none, any content word in any field (article titles too)."""
        found = self._matching(plan, required, 0)
        stage = 0
        if len(required) > 1 and len(found) < limit:
            seen = {f.docnum for f in found}
            found += [f for f in self._matching(plan, required, 1) if f.docnum not in seen]
            stage = 1
        if not found:
            found, stage = self._matching(plan, plan.content, 2), 2
        return found, stage

    def _rerank(
        self, plan: QueryPlan, found: list[_Found], optional: tuple[Group, ...], stage: int
    ) -> list[tuple[float, dict, bool]]:
        """(score, fields, complete), most content words first, then by score.

        The score adds the optional words' BM25, a little of the question words', the intent
        words' (what kind of answer a question asks for), a small
        bonus per query word in the section's article title (which does not match on its own)
        and one when the heading holds every query word."""
        total = len(plan.content)
        if stage == 2:
            ranked = [(f.words, f.score, f.fields) for f in found]
        else:
            docnums = [f.docnum for f in found]
            extra = self._optional_scores(docnums, optional)
            light = self._optional_scores(docnums, plan.light)
            intents = self._optional_scores(docnums, plan.intents)
            ranked = []
            for f in found:
                title = self._terms_of(f.fields.get("article_title", ""))
                heading = self._terms_of(f.fields.get("heading", ""))
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
                ranked.append((f.words + len(extra[f.docnum][1] | titled), score, f.fields))
        ranked.sort(key=lambda item: (-item[0], -item[1]))
        return [(score, fields, words >= total) for words, score, fields in ranked]

    # -- public operations ----------------------------------------------------------------

    def correction(self, text: str) -> str | None:
        """The query with unknown words replaced by the closest content words or synonym keys
        of the index, or None (rules in ``guide.correction``). Chat forms ("gmn") and short
        forms of technical terms ("postgre") are known, not misspelled."""
        tokens = analysis.tokenize(text)[:MAX_QUERY_TERMS]
        out, changed, last = [], False, 0
        for token in tokens:
            term = analysis.term_of(token.text)
            if term is None or analysis.synonyms(token.text) or self._understood(token.text):
                continue
            if self.vocabulary.knows(token.text, term):
                continue
            fixed = self.vocabulary.correct(token.text)
            if fixed and fixed != token.text:
                out.append(text[last : token.start] + fixed)
                last, changed = token.end, True
        if not changed:
            return None
        out.append(text[last:])
        return "".join(out)

    def _understood(self, word: str) -> bool:
        """True for a chat form or a short form of a technical term of the index."""
        return query_words.is_informal(word) or bool(
            query_words.prefix_targets(word, self._technical)
        )

    def search(self, raw_query: object, limit: int = 10, correct: bool = True) -> SearchResult:
        """Search; if no section holds every word and a spelling correction finds one that
        does, or finds anything where the query found nothing, show that instead
        (``correct=False``: exactly as typed, e.g. after "Cari «pemograman» saja?")."""
        text = clean_query(raw_query)
        limit = max(1, min(int(limit), MAX_LIMIT))
        plan = self._plan(text)
        hits = self._run(plan, limit)
        corrected = self.correction(text) if correct and text else None
        if corrected and not any(h.complete for h in hits):
            corrected_plan = self._plan(corrected)
            corrected_hits = self._run(corrected_plan, limit)
            if corrected_hits and (not hits or any(h.complete for h in corrected_hits)):
                return SearchResult(
                    text, corrected_hits, corrected_query=corrected, terms=corrected_plan.terms
                )
        return SearchResult(text, hits, suggestion=corrected, terms=plan.terms)

    def _run(self, plan: QueryPlan, limit: int) -> tuple[Hit, ...]:
        if not plan.content:
            return ()
        with self._lock:
            required, optional = self._split_common(plan.content)
            found, stage = self._match(plan, required, limit)
            ranked = self._rerank(plan, found, optional, stage)[:limit]
        terms = plan.terms
        return tuple(
            _make_hit(score, fields, terms, self._spans, complete)
            for score, fields, complete in ranked
        )

    def query_terms(self, raw_query: object) -> frozenset[str]:
        """The index terms a query searches for (with synonyms), e.g. to highlight them."""
        return self._plan(clean_query(raw_query)).terms

    def suggest(self, prefix: object, limit: int = 8) -> list[str]:
        """Completions of the last word typed, as whole queries ("menyimpan da" → "… data")."""
        text = clean_query(prefix)
        if not text or text.endswith(" "):
            return []
        head, _, last = text.rpartition(" ")
        last = last.lower()
        if not last:
            return []
        words = self.vocabulary.complete(last, limit + 1)
        lead = f"{head} " if head else ""
        return [lead + w for w in words if w != last][:limit]


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
