"""Search the sections: safe query cleaning, synonyms, typo correction, snippets, completions.

Queries never reach Whoosh's query parser: they are cleaned, capped and tokenized by
``guide.analysis`` and built as query objects here, so no input can raise or hang.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh import query as wq
from whoosh import scoring

from guide import analysis
from guide.correction import Vocabulary
from guide.index import BODY_BOOST, HEADING_BOOST, TITLE_BOOST, load_stems, open_index
from guide.spans import SpanCache, match_spans

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
MAX_LIMIT = 200
SNIPPET_CHARS = 220
COMMON_RATIO = 0.5  # a word in more than half the sections is optional (see _split_common)
RERANK_POOL = 40  # top hits of the main query that the title/heading bonus may reorder
TITLE_BONUS = 1.0  # per query word in the article title
HEADING_BONUS = 3.0  # when the heading holds every query word
# A section matches on its own heading and text; the article title only adds to the score
# (else "gaji" would match every section of an article titled "… Gajinya 2024"), except in the
# last fallback, when nothing else matched.
_MATCH_FIELDS = (("heading", HEADING_BOOST), ("body", BODY_BOOST))
_ALL_FIELDS = (*_MATCH_FIELDS, ("article_title", TITLE_BOOST))
_STEMMED_FIELDS = tuple(name for name, _ in _ALL_FIELDS)
# Sections range from one line to a whole article (004 has no headings): soften BM25's length
# normalisation (B 0.75 → 0.5) so a long section that is about the query still ranks.
WEIGHTING = scoring.BM25F(B=0.5, K1=1.2)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short passage of a section; ``spans`` mark the matched words (offsets into ``text``)."""

    text: str
    spans: tuple[tuple[int, int], ...]


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


_Groups = tuple[tuple[tuple[str, ...], ...], ...]  # per query word: alternatives, each terms


@dataclass(frozen=True, slots=True)
class _Plan:
    text: str
    groups: tuple[tuple[tuple[str, ...], ...], ...]  # per query word: alternatives, each terms
    raw_words: tuple[analysis.Token, ...]
    stage: int = 0

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(t for group in self.groups for alt in group for t in alt)


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

    # -- query building -------------------------------------------------------------------

    def _plan(self, text: str) -> _Plan:
        tokens = analysis.tokenize(text)[:MAX_QUERY_TERMS]
        alternatives = analysis.expand_query_words([t.text for t in tokens])
        groups = []
        for alts in alternatives:
            analysed = tuple(a for a in (tuple(analysis.analyze(alt)) for alt in alts) if a)
            if analysed:
                groups.append(tuple(dict.fromkeys(analysed)))
        return _Plan(text, tuple(groups), tuple(tokens))

    @staticmethod
    def _term_query(term: str, fields: tuple[tuple[str, float], ...]) -> wq.Query:
        return wq.Or([wq.Term(name, term, boost=boost) for name, boost in fields])

    def _alternative_query(self, terms: tuple[str, ...], fields) -> wq.Query:
        if len(terms) == 1:
            return self._term_query(terms[0], fields)
        return wq.Or(
            [
                wq.And([self._term_query(t, fields) for t in terms]),
                wq.Phrase("body", list(terms), slop=1, boost=2.0),
            ]
        )

    def _query(self, groups: _Groups, stage: int) -> wq.Query:
        """Stage 0: every word must match; 1: any word; 2: any word, article titles too.

        No bonus clauses here: a title term or a phrase matcher over words that occur in most
        sections ("backend") costs Whoosh 2–8× the main query; see :meth:`_rerank`.
        """
        fields = _ALL_FIELDS if stage == 2 else _MATCH_FIELDS
        ors = [wq.Or([self._alternative_query(alt, fields) for alt in g]) for g in groups]
        return wq.And(ors) if stage == 0 else wq.Or(ors, scale=0.9)

    def _doc_frequency(self, group: tuple[tuple[str, ...], ...]) -> int:
        """Sections a query word's alternatives occur in (heading or body; an upper bound)."""
        reader = self._searcher.reader()
        return max(
            min(max(reader.doc_frequency(f, t) for f, _ in _MATCH_FIELDS) for t in alt)
            for alt in group
        )

    def _split_common(self, groups: _Groups) -> tuple[_Groups, _Groups]:
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

    def _optional_scores(self, docnums: list[int], groups: _Groups) -> dict[int, float]:
        """BM25 contributions of the optional words to the given sections only (skip_to on
        their postings, never a full scan)."""
        reader = self._searcher.reader()
        totals: dict[int, float] = dict.fromkeys(docnums, 0.0)
        wanted = sorted(docnums)
        for group in groups:
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
                totals[docnum] += score
        return totals

    def _terms_of(self, text: str) -> frozenset[str]:
        """Index terms of a short text (article title, heading), cached."""
        cached = self._short_terms.get(text)
        if cached is None:
            cached = frozenset(analysis.analyze(text))
            if len(self._short_terms) < 50_000:
                self._short_terms[text] = cached
        return cached

    def _rerank(
        self, plan: _Plan, found: list[tuple[float, int, dict]], optional: _Groups
    ) -> list[tuple[float, dict]]:
        """Add the optional words' scores, a small bonus per query word found in the section's
        article title (which does not match on its own), and one when the heading holds every
        query word."""
        if plan.stage == 2:
            return [(score, fields) for score, _, fields in found]
        extra = self._optional_scores([docnum for _, docnum, _ in found], optional)
        scored = []
        for score, docnum, fields in found:
            score += extra.get(docnum, 0.0)
            title = self._terms_of(fields.get("article_title", ""))
            heading = self._terms_of(fields.get("heading", ""))
            in_title = sum(any(set(alt) <= title for alt in g) for g in plan.groups)
            in_heading = all(any(set(alt) <= heading for alt in g) for g in plan.groups)
            scored.append((score + TITLE_BONUS * in_title + HEADING_BONUS * in_heading, fields))
        scored.sort(key=lambda item: -item[0])
        return scored

    # -- public operations ----------------------------------------------------------------

    def correction(self, text: str) -> str | None:
        """The query with unknown words replaced by the closest content words or synonym keys
        of the index, or None (rules in ``guide.correction``)."""
        tokens = analysis.tokenize(text)[:MAX_QUERY_TERMS]
        out, changed, last = [], False, 0
        for token in tokens:
            term = analysis.term_of(token.text)
            if term is None or analysis.synonyms(token.text):
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

    def search(self, raw_query: object, limit: int = 10, correct: bool = True) -> SearchResult:
        """Search; if nothing matches and a spelling correction exists, search that instead
        (``correct=False``: exactly as typed, e.g. after "Cari «pemograman» saja?")."""
        text = clean_query(raw_query)
        limit = max(1, min(int(limit), MAX_LIMIT))
        plan = self._plan(text)
        hits = self._run(plan, limit)
        corrected = self.correction(text) if correct and (plan.groups or text) else None
        if not hits and corrected:
            corrected_plan = self._plan(corrected)
            corrected_hits = self._run(corrected_plan, limit)
            if corrected_hits:
                return SearchResult(
                    text, corrected_hits, corrected_query=corrected, terms=corrected_plan.terms
                )
        return SearchResult(text, hits, suggestion=corrected, terms=plan.terms)

    def _run(self, plan: _Plan, limit: int) -> tuple[Hit, ...]:
        if not plan.groups:
            return ()
        pool = max(limit, RERANK_POOL)
        with self._lock:
            required, optional = self._split_common(plan.groups)
            for stage in (0, 1, 2):
                groups = plan.groups if stage == 2 else required
                if stage == 1 and len(groups) == 1:
                    continue  # with one word, "any word" is "every word"
                results = self._searcher.search(self._query(groups, stage), limit=pool)
                if not results.is_empty():
                    break
            found = [(r.score, r.docnum, dict(r.fields())) for r in results]
            plan = replace(plan, stage=stage)
            reranked = self._rerank(plan, found, optional)[:limit]
        terms = plan.terms
        return tuple(_make_hit(score, fields, terms, self._spans) for score, fields in reranked)

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


def make_snippet(
    text: str, spans: tuple[tuple[int, int], ...], size: int = SNIPPET_CHARS
) -> Snippet:
    """The window of ``text`` with the most matched words, trimmed to word boundaries."""
    if len(text) <= size:
        return Snippet(text.replace("\n", " "), spans)
    start = _best_window(text, spans, size)
    end = min(len(text), start + size)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start + size // 2 else end
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space >= 0 else start
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    # Newlines become spaces one for one, so the spans stay valid on a single display line.
    return Snippet(prefix + text[start:end].replace("\n", " ") + suffix, inside)


def _best_window(text: str, spans: tuple[tuple[int, int], ...], size: int) -> int:
    """Start of the window holding the most distinct matched words, backed up to a sentence."""
    if not spans:
        return 0
    best_start, best_score = spans[0][0], -1
    for i, (s, _) in enumerate(spans):
        words = {text[a:b].lower() for a, b in spans[i:] if b <= s + size}
        if len(words) > best_score:
            best_start, best_score = s, len(words)
    sentence = max(text.rfind(". ", 0, best_start), text.rfind("\n", 0, best_start))
    if sentence >= 0 and best_start - sentence < size // 3:
        return sentence + 1
    return max(0, best_start - size // 5)


def _make_hit(
    score: float, fields: dict, terms: frozenset[str], spans_cache: SpanCache | None = None
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
    )
