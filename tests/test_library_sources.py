"""guide.library over bundled + personal + lab packs: articles, origin, reader, refresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.datadir import DataLocation
from guide.library import Library
from guide.sources import open_sources
from guide.teacher_library import export_library_pack, import_path
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "import"


@pytest.fixture
def library(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))
    opened = Library(DataLocation(data_dir, bundled=False), open_sources())
    yield opened
    opened.close()


def test_an_import_is_found_after_refresh_and_gone_after_removal(library: Library) -> None:
    bundled_part = library.searcher.parts[0]
    row = import_path(library.sources.personal, FIXTURES / "ahli-gizi.md")
    assert row.status == "imported"
    assert library.search("puskesmas").hits == ()  # not yet read again
    library.refresh()
    assert library.searcher.parts[0] is bundled_part  # the bundled index is not reopened
    hits = library.search("ahli gizi puskesmas").hits
    assert hits[0].article_id == row.article_id
    origin = library.origin(row.article_id)
    assert (origin.kind, origin.file_name) == ("personal", "ahli-gizi.md")
    assert origin.imported_at.endswith("Z")
    assert library.origin("000").kind == "bundled"
    assert [a.id for a in library.articles][-1] == row.article_id
    assert len(library.articles) == len(library.bundled_articles) + 1
    passage = library.open_article(row.article_id)
    assert passage.article.title == "Mengenal Profesi Ahli Gizi"
    for section in passage.sections:
        for block in section.blocks:
            assert passage.article.text[block.start : block.end] == block.text
    assert any(a == row.article_id for _, _, a in library.heading_matches("tempat ker"))

    assert library.remove_article("000") is False  # a bundled article is never removed
    assert library.remove_article(row.article_id) is True
    assert library.search("puskesmas").hits == ()
    assert library.article(row.article_id) is None


def test_a_reopened_index_is_switched_to_and_a_stale_one_is_closed(library: Library) -> None:
    """reopen() (the import worker's thread) opens the new personal index without changing
    the library; refresh(reopened) switches to it; one opened before another refresh is
    closed and the index opened again."""
    old_personal = library.searcher.parts[1]
    row = import_path(library.sources.personal, FIXTURES / "ahli-gizi.md")
    reopened = library.reopen()
    assert reopened is not None and library.search("puskesmas").hits == ()  # unchanged yet
    library.refresh(reopened)
    assert library.searcher.parts[1] is reopened.personal
    assert old_personal._searcher.is_closed  # the old personal index was released
    assert library.search("ahli gizi puskesmas").hits[0].article_id == row.article_id

    stale = library.reopen()
    assert stale is not None
    library.refresh()  # another refresh came first
    library.refresh(stale)
    assert stale.personal._searcher.is_closed and library.searcher.parts[1] is not stale.personal
    assert library.search("ahli gizi puskesmas").hits[0].article_id == row.article_id


def test_pack_articles_are_read_only_and_the_personal_copy_wins(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))
    teacher = open_sources(with_packs=False)
    row = import_path(teacher.personal, FIXTURES / "ahli-gizi.md")
    export_library_pack(teacher.personal, tmp_path / "lab" / "kelas.pkpack", title="Kelas XII")
    library = Library(DataLocation(data_dir, bundled=False), open_sources())
    try:  # the teacher's own PC: the article is in the personal library and in the pack
        assert library.origin(row.article_id).kind == "personal"
        assert [a.id for a in library.articles].count(row.article_id) == 1
        assert sum(h.article_id == row.article_id for h in library.search("puskesmas").hits) >= 1
    finally:
        library.close()
        teacher.close()
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "student"))
    student = Library(DataLocation(data_dir, bundled=False), open_sources())
    try:
        origin = student.origin(row.article_id)
        assert (origin.kind, origin.pack_title) == ("pack", "Kelas XII")
        assert student.remove_article(row.article_id) is False
        assert student.search("puskesmas").hits[0].article_id == row.article_id
    finally:
        student.close()


def test_a_personal_library_that_cannot_open_leaves_the_rest_working(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guide.personal import PersonalLibrary

    def refuse(cls, folder):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(PersonalLibrary, "open", classmethod(refuse))
    sources = open_sources(with_packs=False)
    assert sources.personal is None
    [problem] = sources.problems
    assert problem.startswith("Perpustakaan pribadi tidak dapat dibuka:") and "\n" not in problem
    library = Library(DataLocation(data_dir, bundled=False), sources)
    try:
        assert library.search("gaji").hits and library.pack_problems == (problem,)
    finally:
        library.close()
