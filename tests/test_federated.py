"""guide.federated: several indexes searched as one, with scores that compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.article import parse_article
from guide.federated import CorpusStats, FederatedSearcher
from guide.index import write_index
from guide.resources import INDEX_DIRNAME
from guide.search import Searcher
from guide.store import SectionRecord, section_id

ANALYST_TEXT = """Data Analyst: Tugas dan Gaji

Apa itu Data Analyst?

Seorang data analyst mengolah data penjualan menjadi laporan dan visualisasi untuk manajemen.
Data analyst memakai SQL, Excel, dan Python untuk membersihkan data.

Gaji Data Analyst

Gaji data analyst pemula di Jakarta sekitar Rp6 juta per bulan.

Definisi tugas harian

Definisi metrik bisnis disepakati bersama tim sebelum laporan dibuat.
"""


def _sections(article_id: str, text: str, title: str) -> list[tuple[SectionRecord, str]]:
    parsed = parse_article(article_id, text)
    return [
        (
            SectionRecord(
                section_id(article_id, i),
                article_id,
                i,
                s.heading,
                s.level,
                s.start,
                s.end,
                s.text,
                (),
            ),
            title,
        )
        for i, s in enumerate(parsed.sections)
    ]


@pytest.fixture
def teacher_index(tmp_path: Path) -> Path:
    """A small personal index with one teacher article about data analysts."""
    folder = tmp_path / "personal"
    write_index(folder, _sections("guru-aaaa", ANALYST_TEXT, "Data Analyst"), seed="t")
    return folder


def test_federated_over_one_index_is_the_same_search(searcher: Searcher, data_dir: Path) -> None:
    alone = Searcher(data_dir / INDEX_DIRNAME)
    federated = FederatedSearcher([alone])
    try:
        for query in ("menyimpan data", "gaji backend", "docker skalabilitas", "pemograman"):
            a, b = searcher.search(query), federated.search(query)
            assert [(h.section_id, round(h.score, 9)) for h in a.hits] == [
                (h.section_id, round(h.score, 9)) for h in b.hits
            ], query
            assert (a.corrected_query, a.suggestion) == (b.corrected_query, b.suggestion)
    finally:
        federated.close()


def test_the_best_match_comes_first_wherever_it_is(data_dir: Path, teacher_index: Path) -> None:
    federated = FederatedSearcher([Searcher(data_dir / INDEX_DIRNAME), Searcher(teacher_index)])
    try:
        hits = federated.search("data analyst", limit=5).hits
        assert hits[0].article_id == "guru-aaaa"
        mixed = federated.search("gaji", limit=10).hits
        assert {h.article_id for h in mixed} >= {"guru-aaaa", "000", "001"}
        assert [h.score for h in mixed if h.complete] == sorted(
            (h.score for h in mixed if h.complete), reverse=True
        )
        backend = federated.search("tugas backend developer", limit=3).hits
        assert all(not h.article_id.startswith("guru-") for h in backend)
    finally:
        federated.close()


def test_scores_use_the_statistics_of_all_indexes(data_dir: Path, teacher_index: Path) -> None:
    bundled, personal = Searcher(data_dir / INDEX_DIRNAME), Searcher(teacher_index)
    stats = CorpusStats([bundled.stats, personal.stats])
    assert stats.doc_count_all() == bundled.stats.doc_count_all() + personal.stats.doc_count_all()
    assert stats.doc_frequency("body", "gaji") == (
        bundled.stats.doc_frequency("body", "gaji") + personal.stats.doc_frequency("body", "gaji")
    )
    alone = bundled.search("gaji", limit=1).hits[0]
    federated = FederatedSearcher([bundled, personal])
    try:
        together = next(
            h for h in federated.search("gaji", limit=20).hits if h.section_id == alone.section_id
        )
        assert together.score != pytest.approx(alone.score)  # "gaji" is commoner in all of them
        vocabulary = federated.vocabulary
        assert vocabulary.freqs["analyst"] >= 1 and vocabulary.freqs["backend"] >= 1
        assert federated.correction("analyts") == "analyst"  # a word only the teacher's article has
    finally:
        federated.close()


def test_title_only_matches_do_not_outrank_text_matches(
    searcher: Searcher, data_dir: Path, teacher_index: Path
) -> None:
    """ "definisi" is, in the bundled index, only in an article title (001 "…Definisi, Tugas…"):
    alone, that index falls back to title matches; together with an index whose text holds the
    word, the text match comes first and no title-only section is called complete before it."""
    alone = searcher.search("definisi", limit=5).hits
    assert alone and all(h.article_id == "001" for h in alone)  # the title fallback
    federated = FederatedSearcher([Searcher(data_dir / INDEX_DIRNAME), Searcher(teacher_index)])
    try:
        hits = federated.search("definisi", limit=5).hits
        assert [h.article_id for h in hits] == ["guru-aaaa"]
    finally:
        federated.close()
