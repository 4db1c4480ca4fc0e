"""The personal index's segments: adds never merge, tidy() merges by tiers (re-indexing the
articles from the database), and what is found never changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from guide import personal_segments
from guide.personal import PersonalLibrary
from guide.personal_segments import BASE_DOCS, FANIN, choose, segment_count, tier
from guide.search import Searcher
from tests.test_personal_library import bench


@dataclass
class FakeSegment:
    docs: int
    deleted: int = 0
    name: str = ""

    def doc_count_all(self) -> int:
        return self.docs

    def deleted_count(self) -> int:
        return self.deleted


def test_tiers_grow_by_fanin() -> None:
    assert tier(1) == tier(BASE_DOCS - 1) == 0
    assert tier(BASE_DOCS) == tier(BASE_DOCS * FANIN - 1) == 1
    assert tier(BASE_DOCS * FANIN) == 2
    assert tier(BASE_DOCS * FANIN**3) == 4


def test_choose_merges_a_full_tier_and_rewrites_mostly_deleted_segments() -> None:
    small = [FakeSegment(30, name=f"s{n}") for n in range(FANIN - 1)]
    big = [FakeSegment(500, name=f"b{n}") for n in range(FANIN - 1)]
    assert choose(small + big) == []  # no tier is full
    extra = FakeSegment(10, name="new")
    assert choose([*small, extra, *big]) == [extra, *small]  # the smallest first
    gone = FakeSegment(400, deleted=300, name="gone")
    assert choose([*small, gone, *big]) == [gone]


@pytest.fixture
def lib(tmp_path: Path):
    opened = PersonalLibrary.open(tmp_path / "perpustakaan")
    yield opened
    opened.close()


def _results(index_dir: Path, queries: list[str]) -> list[list[tuple[str, str]]]:
    searcher = Searcher(index_dir)
    try:
        return [
            [
                (h.section_id, h.snippet.text)
                for h in searcher.search(q, limit=10, correct=False).hits
            ]
            for q in queries
        ]
    finally:
        searcher.close()


def test_tidy_keeps_every_search_result_and_drops_deleted_sections(lib: PersonalLibrary) -> None:
    module = bench()
    for n in range(9):
        lib.add(module.make_doc(n, 0, (2_000, 4_000)))
    lib.add(module.make_doc(2, 1, (2_000, 4_000)))  # replaced: its old segment is all deleted
    lib.remove(module.article_id(5))
    queries = [module.marker(n, 0) for n in range(9)] + [module.marker(2, 1), "data", "server"]
    before = _results(lib.index_dir, queries)
    assert segment_count(lib.index_dir) == 10
    assert lib.tidy() >= FANIN
    assert segment_count(lib.index_dir) < FANIN
    assert _results(lib.index_dir, queries) == before
    assert lib.verify() == []
    searcher = Searcher(lib.index_dir)  # the replaced and removed versions' words are gone
    try:
        assert module.marker(2, 1) in searcher.vocabulary.freqs
        assert module.marker(2, 0) not in searcher.vocabulary.freqs
        assert module.marker(5, 0) not in searcher.vocabulary.freqs
    finally:
        searcher.close()


def test_tidy_stops_when_asked(lib: PersonalLibrary) -> None:
    module = bench()
    for n in range(FANIN):
        lib.add(module.make_doc(n, 0, (1_000, 2_000)))
    assert lib.tidy(stop=lambda: True) == 0
    assert segment_count(lib.index_dir) == FANIN
    assert lib.tidy() == FANIN


def test_a_failed_tidy_changes_nothing(lib: PersonalLibrary, monkeypatch) -> None:
    module = bench()
    for n in range(FANIN):
        lib.add(module.make_doc(n, 0, (1_000, 2_000)))

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(personal_segments, "document_fields", broken)
    assert lib.tidy() == 0  # never raises: only the layout was to change
    assert segment_count(lib.index_dir) == FANIN
    assert lib.verify() == []
    assert not list(lib.index_dir.glob("*.tmp"))


def test_a_removed_articles_words_are_not_completed_before_tidy(lib: PersonalLibrary) -> None:
    module = bench()
    for n in range(2):
        lib.add(module.make_doc(n, 0, (1_000, 2_000)))
    lib.remove(module.article_id(0))
    kept, gone = module.marker(1, 0), module.marker(0, 0)
    searcher = Searcher(lib.index_dir)
    try:
        assert gone in searcher.vocabulary.freqs  # still in the segment's terms
        assert searcher.suggest(gone[:-1]) == []
        assert searcher.suggest(kept[:-1]) == [kept]
    finally:
        searcher.close()
