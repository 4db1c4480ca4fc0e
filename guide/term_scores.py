"""BM25F scores of index terms, read from Whoosh's postings one block at a time.

Whoosh scores a query document by document through a tree of matcher objects, about 10 µs per
posting in Python: on 10,000 sections a query word found in 4,000 of them took 60 ms. Ranking
needs only each term's contribution per section, which :class:`TermScorer` computes per posting
block in one loop, a few tenths of a µs per posting, with Whoosh's own statistics and formula
(``whoosh.scoring.BM25F``: idf = log(N / (df + 1)) + 1, the stored, quantised field lengths), so a
term's scores equal Whoosh's. Whoosh stays the engine: its index, postings, statistics and
phrase matching; guide/search.py combines the terms.

Blocks are read through the whoosh3 codec's block attributes when present (whoosh-reloaded is
pinned), else posting by posting through the public matcher interface.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from itertools import accumulate
from math import log
from typing import Protocol

from whoosh import searching
from whoosh.matching import FilterMatcher, Matcher

Scores = dict[int, float]


class Stats(Protocol):
    """Corpus statistics BM25 needs (a Whoosh searcher has them; guide.federated sums them)."""

    def doc_count_all(self) -> int: ...
    def doc_frequency(self, fieldname: str, text: str) -> int: ...
    def avg_field_length(self, fieldname: str, default: float | None = None) -> float: ...


MAX_CACHED_TERMS = 100_000
MAX_CACHED_POSTINGS = 1_000_000  # ~12 MB: docnum (4 bytes) and impact (8 bytes) each


def _blocks(
    matcher: Matcher, wanted: Sequence[int] | None = None
) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """(document ids, term weights) of a leaf matcher's postings, a block at a time; with
    ``wanted`` (sorted ids), blocks that cannot hold one of them are skipped undecoded."""
    fast = all(hasattr(matcher, a) for a in ("_read_data", "_read_weights", "_next_block"))
    if not fast:
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        yield ids, weights
        return
    i = 0  # wanted[i] is the first wanted id after the blocks already passed
    while matcher.is_active():
        if wanted is not None:
            if i == len(wanted):
                return
            last = matcher.block_max_id()
            if wanted[i] > last:  # no wanted id in this block
                matcher._next_block()
                continue
            i = bisect_right(wanted, last, i)
        matcher._read_data()
        ids = matcher._data[0]
        if not matcher._byteids:  # stored as gaps (whoosh3's delta_decode, done in C)
            ids = tuple(accumulate(ids))
        matcher._read_weights()
        yield ids, matcher._weights
        matcher._next_block()


class TermScorer:
    """Per-term BM25F scores over every section of an open Whoosh searcher. Thread-safe."""

    def __init__(
        self, searcher: searching.Searcher, b: float, k1: float, stats: Stats | None = None
    ) -> None:
        self._searcher = searcher
        self._stats: Stats = stats if stats is not None else searcher
        self._b = b
        self._k1 = k1
        self._leaves = searcher.leaf_searchers()
        self._lengths: dict[tuple[int, str], list[int]] = {}
        self._idf: dict[tuple[str, str], float | None] = {}  # None: not in the index
        self._postings: dict[tuple[str, str], tuple[array, array]] = {}
        self._held = 0  # postings cached
        self._lock = threading.Lock()

    def _idf_of(self, field: str, term: str) -> float | None:
        """Whoosh's idf of ``term`` in ``field``, or None when the field does not hold it;
        cached (each lookup costs a hashed read of the term table)."""
        key = (field, term)
        if key in self._idf:
            return self._idf[key]
        stats = self._stats
        idf = None
        if key in self._searcher.reader():
            idf = log(stats.doc_count_all() / (stats.doc_frequency(field, term) + 1)) + 1
        with self._lock:
            if len(self._idf) >= MAX_CACHED_TERMS:
                self._idf.clear()
            self._idf[key] = idf
        return idf

    def _field_lengths(self, leaf: int, field: str) -> list[int]:
        """The stored (quantised) length of ``field`` in each document of a leaf, read once."""
        key = (leaf, field)
        lengths = self._lengths.get(key)
        if lengths is None:
            reader = self._leaves[leaf][0].reader()
            length = reader.doc_field_length
            lengths = [length(d, field, 0) or 0 for d in range(reader.doc_count_all())]
            with self._lock:
                self._lengths[key] = lengths
        return lengths

    def _impacts(self, field: str, term: str) -> tuple[array, array]:
        """(docnums, impacts) of ``term`` in ``field`` over all leaves, deleted documents left
        out: impact = (k1 + 1) tf / (tf + k1 (1 - b + b len / avg len)), the part of BM25
        that depends on the document. Cached, up to :data:`MAX_CACHED_POSTINGS` postings:
        search-as-you-type repeats the same words at every key."""
        key = (field, term)
        cached = self._postings.get(key)
        if cached is not None:
            return cached
        k1 = self._k1
        avg = self._stats.avg_field_length(field) or 1
        flat = k1 * (1 - self._b)
        per_length = k1 * self._b / avg
        docnums, impacts = array("i"), array("d")
        for leaf, (sub, offset) in enumerate(self._leaves):
            reader = sub.reader()
            if len(self._leaves) > 1 and key not in reader:
                continue
            lengths = self._field_lengths(leaf, field)
            matcher = reader.postings(field, term)
            deleted: frozenset[int] | set[int] = frozenset()
            if isinstance(matcher, FilterMatcher):  # a segment with deleted documents
                deleted = reader.deleted_docs_set
                matcher = matcher.child
            top = k1 + 1
            for ids, weights in _blocks(matcher):
                if deleted:
                    kept = [(d, w) for d, w in zip(ids, weights, strict=True) if d not in deleted]
                    ids, weights = [d for d, _ in kept], [w for _, w in kept]
                docnums.extend([d + offset for d in ids] if offset else ids)
                impacts.extend(
                    [
                        top * tf / (tf + flat + per_length * lengths[d])
                        for d, tf in zip(ids, weights, strict=True)
                    ]
                )
        with self._lock:
            self._held += len(docnums)
            while self._held > MAX_CACHED_POSTINGS and self._postings:
                oldest = next(iter(self._postings))
                self._held -= len(self._postings.pop(oldest)[0])
            self._postings[key] = (docnums, impacts)
        return docnums, impacts

    def clear_cache(self) -> None:
        """Forget the cached postings (a benchmark measures the cold cost with it)."""
        with self._lock:
            self._postings.clear()
            self._held = 0

    def scores(
        self,
        term: str,
        fields: Sequence[tuple[str, float]],
        weight: float = 1.0,
        only: Collection[int] | None = None,
        into: Scores | None = None,
    ) -> Scores:
        """{docnum: score} of ``term`` summed over ``fields`` (name, boost), times ``weight``:
        what Whoosh gives ``Or([Term(f, term, boost=b * weight) for f, b in fields])``.
        ``only``: score just these documents; ``into``: add the scores to this dict and
        return it."""
        out: Scores = {} if into is None else into
        get = out.get
        for field, boost in fields:
            idf = self._idf_of(field, term)
            if idf is None:
                continue
            factor = idf * boost * weight
            docnums, impacts = self._impacts(field, term)
            if only is not None:  # docnums are sorted: look each wanted one up
                for docnum in only:
                    i = bisect_left(docnums, docnum)
                    if i < len(docnums) and docnums[i] == docnum:
                        out[docnum] = get(docnum, 0.0) + factor * impacts[i]
            elif not out:  # the first field into an empty dict: built in C
                out.update(zip(docnums, map(factor.__mul__, impacts), strict=True))
            else:
                for docnum, impact in zip(docnums, impacts, strict=True):
                    out[docnum] = get(docnum, 0.0) + factor * impact
        return out
