"""Search several indexes as one: the bundled articles, the personal library, the lab packs.

Each index keeps its own files and :class:`~guide.search.Searcher`; what makes their scores
comparable is that every one scores with the statistics of all of them together
(:class:`CorpusStats`: document count, document frequencies, field lengths summed), as one
index of all their sections would. Hits are then merged on the same key a single index ranks by
(content words found, then score), so an imported article that is the best match comes first.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from whoosh import searching

from guide import analysis
from guide.correction import Vocabulary
from guide.query_plan import QueryPlan
from guide.search import Ranked, Searcher, split_common
from guide.search_base import Hit, SearchBase

MAX_CACHED_FREQUENCIES = 100_000


class CorpusStats:
    """The summed statistics of several Whoosh searchers (the :class:`~guide.term_scores.Stats`
    protocol). Frequencies are cached: the indexes do not change while they are open."""

    def __init__(self, parts: Sequence[searching.Searcher]) -> None:
        self._parts = tuple(parts)
        self._count = sum(p.doc_count_all() for p in self._parts)
        self._frequencies: dict[tuple[str, str], int] = {}
        self._lengths: dict[str, float] = {}
        self._lock = threading.Lock()

    def doc_count_all(self) -> int:
        """Sections in all the indexes (deleted ones included, as Whoosh counts them)."""
        return self._count

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """Sections of all the indexes whose ``fieldname`` holds ``text``."""
        key = (fieldname, text)
        found = self._frequencies.get(key)
        if found is None:
            found = sum(p.doc_frequency(fieldname, text) for p in self._parts)
            with self._lock:
                if len(self._frequencies) >= MAX_CACHED_FREQUENCIES:
                    self._frequencies.clear()
                self._frequencies[key] = found
        return found

    def avg_field_length(self, fieldname: str, default: float | None = None) -> float:
        """The average length of ``fieldname`` over all the sections."""
        average = self._lengths.get(fieldname)
        if average is None:
            total = sum(p.field_length(fieldname) for p in self._parts)
            average = total / (self._count or 1)
            self._lengths[fieldname] = average
        return average or (default or 0.0)


def merged_vocabulary(parts: Sequence[Vocabulary]) -> Vocabulary:
    """One vocabulary for several indexes: document frequencies summed, stems joined."""
    if len(parts) == 1:
        return parts[0]
    freqs: dict[str, int] = {}
    for vocabulary in parts:
        for word, count in vocabulary.freqs.items():
            freqs[word] = freqs.get(word, 0) + count
    stemmed = frozenset().union(*(v.stemmed for v in parts))
    return Vocabulary(freqs, stemmed, analysis.synonym_table())


class FederatedSearcher(SearchBase):
    """The searcher of several open indexes; the first is the bundled one. Thread-safe for
    reads. It owns the searchers given to it (:meth:`close` closes them)."""

    def __init__(self, parts: Sequence[Searcher]) -> None:
        if not parts:
            raise ValueError("FederatedSearcher needs at least one searcher")
        self.parts = tuple(parts)
        self._stats = CorpusStats([p.stats for p in self.parts])
        if len(self.parts) > 1:
            for part in self.parts:
                part.use_stats(self._stats)
        self.vocabulary = merged_vocabulary([p.vocabulary for p in self.parts])
        self.technical = sorted(set().union(*(p.technical for p in self.parts)))

    def close(self) -> None:
        """Release every index (a second call does nothing)."""
        for part in self.parts:
            part.close()

    def is_live(self, word: str) -> bool:
        """Whether a section of any index, not deleted, holds ``word``."""
        return any(p.is_live(word) for p in self.parts if word in p.vocabulary.freqs)

    def clear_caches(self) -> None:
        """Forget every part's cached postings."""
        for part in self.parts:
            part.clear_caches()

    def _run(self, plan: QueryPlan, limit: int) -> tuple[Hit, ...]:
        if not plan.content:
            return ()
        required, optional = split_common(plan.content, self._stats)
        merged = self._merged(plan, limit, required, optional, fallback=False)
        if not merged:  # nothing anywhere in headings and text: titles too, as one index does
            merged = self._merged(plan, limit, required, optional, fallback=True)
        top = merged[:limit]
        hits: list[Hit | None] = [None] * len(top)
        for index, part in enumerate(self.parts):
            mine = [(pos, ranked) for pos, (ranked, owner) in enumerate(top) if owner == index]
            if mine:
                built = part.hits(plan, [ranked for _, ranked in mine])
                for (pos, _), hit in zip(mine, built, strict=True):
                    hits[pos] = hit
        return tuple(h for h in hits if h is not None)

    def _merged(
        self,
        plan: QueryPlan,
        limit: int,
        required: tuple,
        optional: tuple,
        fallback: bool,
    ) -> list[tuple[Ranked, int]]:
        merged = [
            (ranked, index)
            for index, part in enumerate(self.parts)
            for ranked in part.ranked(plan, limit, required, optional, fallback=fallback)
        ]
        merged.sort(key=lambda item: (-item[0][0], -item[0][1]))
        return merged
