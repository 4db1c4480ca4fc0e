"""What every searcher does the same way, whatever the indexes behind it: clean the query,
plan it, correct its spelling, search again when that helps, complete the last word.

A subclass provides :meth:`SearchBase._run` (the matching and ranking over its index or
indexes) and sets ``vocabulary`` and ``technical`` (the sorted technical words short forms may
complete).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from guide import analysis, query_words
from guide.correction import Vocabulary
from guide.query_plan import MAX_QUERY_TERMS, QueryPlan, plan_query
from guide.snippets import Snippet

MAX_QUERY_CHARS = 200
MAX_LIMIT = 200


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


class SearchBase:
    """The query flow shared by :class:`guide.search.Searcher` (one index) and
    :class:`guide.federated.FederatedSearcher` (several)."""

    vocabulary: Vocabulary
    technical: list[str]

    def _plan(self, text: str) -> QueryPlan:
        return plan_query(text, self.vocabulary, self.technical)

    def _run(self, plan: QueryPlan, limit: int) -> tuple[Hit, ...]:
        """The hits of a planned query, best first."""
        raise NotImplementedError

    # -- public operations ----------------------------------------------------------------

    def correction(self, text: str) -> str | None:
        """The query with unknown words replaced by the closest content words or synonym keys
        of the index, or None (rules in ``guide.correction``). Chat forms ("gmn") and short
        forms of technical terms ("postgre") are known, not misspelled."""
        tokens = analysis.tokenize(text)[:MAX_QUERY_TERMS]
        out, changed, last = [], False, 0
        in_phrase = _phrase_words([t.text for t in tokens])
        for i, token in enumerate(tokens):
            term = analysis.term_of(token.text)
            if term is None or i in in_phrase or analysis.synonyms(token.text):
                continue
            if self._understood(token.text):
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
            query_words.prefix_targets(word, self.technical)
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
        lead = f"{head} " if head else ""
        found: list[str] = []
        for word in self.vocabulary.complete(last, 3 * limit + 1):
            if word != last and self.is_live(word):  # a look-up only where sections were deleted
                found.append(lead + word)
                if len(found) == limit:
                    break
        return found

    def is_live(self, word: str) -> bool:
        """Whether a section not deleted holds ``word`` (an index keeps a removed article's
        words until its segment is rewritten: they are never completed)."""
        return True


def _phrase_words(words: list[str]) -> set[int]:
    """Indexes of the words that are part of a multi-word synonym key ("information systems",
    "soft skills"): known as a phrase, never corrected one by one."""
    covered: set[int] = set()
    i = 0
    for alternatives in analysis.expand_query_words(words):
        size = len(alternatives[0].split())
        if size > 1:
            covered.update(range(i, i + size))
        i += size
    return covered
