"""Matched-word spans of section text, tokenized once per section instead of once per query.

A section's text never changes while a :class:`~guide.search.Searcher` is open, so its words'
offsets and index terms are computed on first use and kept (:class:`SpanCache`); a query then
only looks its terms up. :func:`match_spans` is the plain, uncached definition the cache must
agree with (tests compare the two).
"""

from __future__ import annotations

import threading
from heapq import merge

from guide import analysis

Spans = tuple[tuple[int, int], ...]
TermSpans = dict[str, Spans]  # index term -> offsets of the words with that term, in order

MAX_CACHED_SECTIONS = 50_000


def match_spans(text: str, terms: frozenset[str]) -> Spans:
    """Offsets of the words of ``text`` whose index term is one of ``terms``.

    A word is marked when it shares the query word's stem, and stems only join words that hold
    their root with prefixes and suffixes ("menyimpan", "disimpan", "penyimpanan" -> "simpan"):
    ``guide.analysis`` keeps a word whose Sastrawi root is not inside it (an infix form,
    "kinerja" -> "kerja") as its own term, so "kerja" neither finds nor marks "kinerja". Doing
    this in the stem, not here, keeps what is marked and what is found the same."""
    spans = []
    for token in analysis.tokenize(text):
        if analysis.term_of(token.text) in terms:
            spans.append((token.start, token.end))
    return tuple(spans)


def term_spans(text: str) -> TermSpans:
    """Every index term of ``text`` with the offsets of its words (stopwords left out)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for token in analysis.tokenize(text):
        term = analysis.term_of(token.text)
        if term is not None:
            found.setdefault(term, []).append((token.start, token.end))
    return {term: tuple(spans) for term, spans in found.items()}


def spans_for(table: TermSpans, terms: frozenset[str]) -> Spans:
    """The offsets of the words of ``table`` whose term is in ``terms``, in text order (the
    same as :func:`match_spans` on the text ``table`` was made from)."""
    lists = [table[t] for t in terms if t in table]
    if not lists:
        return ()
    if len(lists) == 1:
        return lists[0]
    return tuple(merge(*lists))  # words do not overlap: start order is text order


class SpanCache:
    """:func:`term_spans` of each section, computed once and kept by section id.

    Only valid for texts that do not change under the same key (an open, read-only index).
    Thread-safe: a race at worst computes a section twice."""

    def __init__(self, max_sections: int = MAX_CACHED_SECTIONS) -> None:
        self._tables: dict[str, TermSpans] = {}
        self._max = max_sections
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._tables)

    def table(self, key: str, text: str) -> TermSpans:
        """The term table of section ``key`` whose text is ``text``."""
        table = self._tables.get(key)
        if table is None:
            table = term_spans(text)
            with self._lock:
                if len(self._tables) >= self._max:
                    self._tables.clear()  # rare (more sections than the cap): start over
                self._tables[key] = table
        return table

    def match_spans(self, key: str, text: str, terms: frozenset[str]) -> Spans:
        """:func:`match_spans` of ``text``, from the cached table of section ``key``."""
        return spans_for(self.table(key, text), terms)
