"""guide.term_scores: per-term BM25F scores equal Whoosh's, across segments and deletions."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from guide.index import INDEX_NAME, document_fields, write_index
from guide.search import WEIGHTING, Searcher
from guide.store import SectionRecord
from guide.term_scores import TermScorer

FIELDS = (("body", 1.0), ("heading", 3.0))


def _section(article: str, ordinal: int, heading: str, text: str) -> SectionRecord:
    return SectionRecord(
        f"{article}-{ordinal:02d}", article, ordinal, heading, 2, 0, len(text), text, ()
    )


def _whoosh_scores(searcher, term: str, weight: float = 1.0) -> dict[int, float]:
    query = wq.Or([wq.Term(f, term, boost=b * weight) for f, b in FIELDS])
    return {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}


@pytest.mark.parametrize("term", ["backend", "data", "gaji", "aman", "api", "java", "ajar"])
def test_scores_equal_whoosh_bm25f(searcher: Searcher, term: str) -> None:
    whoosh_searcher = searcher._searcher
    scorer = TermScorer(whoosh_searcher, WEIGHTING.B, WEIGHTING.K1)
    expected = _whoosh_scores(whoosh_searcher, term, 0.5)
    got = scorer.scores(term, FIELDS, weight=0.5)
    assert expected and got.keys() == expected.keys()
    assert all(got[d] == pytest.approx(s, rel=1e-12) for d, s in expected.items())
    some = [*sorted(expected)[::3], 10_000]  # a few of them, and one that is no section
    only = scorer.scores(term, FIELDS, weight=0.5, only=some)
    assert only == {d: got[d] for d in some if d in got}


def test_unknown_term_scores_nothing(searcher: Searcher) -> None:
    scorer = TermScorer(searcher._searcher, WEIGHTING.B, WEIGHTING.K1)
    assert scorer.scores("zzzz-tidak-ada", FIELDS) == {}


def test_several_segments_and_deleted_sections(tmp_path: Path) -> None:
    """An index written in two commits (two segments) with a section deleted: the deleted
    section is never scored, and every other score is Whoosh's."""
    first = [_section("a", i, f"Bab {i}", f"data backend kode {'data ' * i}") for i in range(6)]
    write_index(tmp_path, ((s, "Artikel A") for s in first), seed="t")
    ix = whoosh_index.open_dir(str(tmp_path), indexname=INDEX_NAME)
    writer = ix.writer()
    for i in range(4):
        section = _section("b", i, "Gaji", f"gaji data {'gaji ' * i}")
        writer.add_document(**document_fields(section, "Artikel B"))
    writer.delete_by_term("section_id", "a-02")
    writer.commit(merge=False)
    with ix.searcher(weighting=WEIGHTING) as searcher:
        assert len(searcher.leaf_searchers()) == 2
        scorer = TermScorer(searcher, WEIGHTING.B, WEIGHTING.K1)
        deleted = next(
            d for d in range(searcher.doc_count_all()) if searcher.reader().is_deleted(d)
        )
        for term in ("data", "gaji", "backend"):
            expected = _whoosh_scores(searcher, term)
            got = scorer.scores(term, FIELDS)
            assert deleted not in got
            assert got.keys() == expected.keys(), term
            assert all(got[d] == pytest.approx(s, rel=1e-12) for d, s in expected.items())
    ix.close()


def test_cache_is_bounded_and_clearable(searcher: Searcher, monkeypatch) -> None:
    from guide import term_scores

    monkeypatch.setattr(term_scores, "MAX_CACHED_POSTINGS", 5)
    scorer = TermScorer(searcher._searcher, WEIGHTING.B, WEIGHTING.K1)
    first = scorer.scores("backend", FIELDS)
    scorer.scores("data", FIELDS)
    assert scorer._held <= max(5, max(len(p[0]) for p in scorer._postings.values()))
    assert scorer.scores("backend", FIELDS) == first  # recomputed after eviction: the same
    scorer.clear_cache()
    assert scorer._held == 0 and not scorer._postings
