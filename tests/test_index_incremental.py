"""Changing an index in place (guide.index_write): add, replace, delete, optimize, locking,
failure; and the build's shortcuts (pre-tokenized "words", memoized tokenizer) change nothing."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from guide import index as index_mod
from guide import index_write
from guide.analysis import analyze, indonesian_analyzer, stem, tokenize
from guide.index import INDEX_NAME, STEMS_FILENAME, load_stems, open_index, write_index
from guide.index_write import (
    IndexBusyError,
    add_sections,
    delete_article,
    optimize,
    replace_article,
)
from guide.resources import INDEX_DIRNAME
from guide.search import Searcher
from guide.store import DataInvalidError, SectionRecord

OLD_WORD = "zirkonium"  # in no seed article
NEW_WORD = "vanadium"


def _article(article_id: str, title: str, texts: list[tuple[str, str]]):
    """(section, title) pairs of a made-up article from (heading, text) pairs."""
    return [
        (
            SectionRecord(
                id=f"{article_id}-{i:02d}",
                article_id=article_id,
                ordinal=i,
                heading=heading,
                level=2,
                start=0,
                end=len(text),
                text=text,
                blocks=(),
            ),
            title,
        )
        for i, (heading, text) in enumerate(texts, start=1)
    ]


ARTICLE = _article(
    "u01",
    "Catatan Guru tentang Backend",
    [
        ("Pengantar", f"Seorang backend developer menyimpan data dengan {OLD_WORD} yang rapi."),
        ("Alat kerja", "Mereka memakai Node.js, Docker dan basis data relasional setiap hari."),
        ("Penutup", f"Latihan {OLD_WORD} membuat siswa siap bekerja di perusahaan rintisan."),
    ],
)
NEW_VERSION = _article(
    "u01",
    "Catatan Guru tentang Backend (revisi)",
    [
        ("Pengantar", f"Backend developer merancang API dan memakai {NEW_WORD} untuk server."),
        ("Penutup", "Siswa berlatih mengelola server sendiri."),
    ],
)


@pytest.fixture
def index_dir(data_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the session's seed index, free to change."""
    copy = tmp_path / "index"
    shutil.copytree(data_dir / INDEX_DIRNAME, copy)
    return copy


def _doc_count(directory: Path) -> int:
    ix = open_index(directory)
    try:
        return ix.doc_count()
    finally:
        ix.close()


def _articles_found(directory: Path, query: str) -> set[str]:
    """Articles of the hits for ``query``, from a Searcher opened now (after the change)."""
    searcher = Searcher(directory)
    try:
        return {hit.article_id for hit in searcher.search(query, limit=50).hits}
    finally:
        searcher.close()


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if "WRITELOCK" not in p.name}


def test_add_is_found_by_a_new_searcher(index_dir: Path) -> None:
    before = _doc_count(index_dir)
    assert "u01" not in _articles_found(index_dir, OLD_WORD)
    assert add_sections(index_dir, ARTICLE) == 3
    assert _doc_count(index_dir) == before + 3
    assert _articles_found(index_dir, OLD_WORD) == {"u01"}
    # and through the analysis: an affixed form finds the new section too
    assert "u01" in _articles_found(index_dir, "penyimpanan data")


def test_adding_the_same_sections_again_does_not_duplicate(index_dir: Path) -> None:
    before = _doc_count(index_dir)
    add_sections(index_dir, ARTICLE)
    add_sections(index_dir, ARTICLE)
    assert _doc_count(index_dir) == before + 3


def test_replace_swaps_old_text_for_new(index_dir: Path) -> None:
    before = _doc_count(index_dir)
    add_sections(index_dir, ARTICLE)
    assert replace_article(index_dir, "u01", NEW_VERSION) == (3, 2)
    assert _doc_count(index_dir) == before + 2
    assert "u01" not in _articles_found(index_dir, OLD_WORD)
    assert _articles_found(index_dir, NEW_WORD) == {"u01"}


def test_delete_removes_the_article(index_dir: Path) -> None:
    before = _doc_count(index_dir)
    add_sections(index_dir, ARTICLE)
    assert delete_article(index_dir, "u01") == 3
    assert _doc_count(index_dir) == before
    assert "u01" not in _articles_found(index_dir, OLD_WORD)
    assert delete_article(index_dir, "u01") == 0


def test_deleting_every_article_leaves_an_openable_empty_index(index_dir: Path) -> None:
    ix = open_index(index_dir)
    with ix.searcher() as searcher:
        articles = {f["article"] for f in searcher.all_stored_fields()}
    ix.close()
    for article_id in sorted(articles):  # the first deletes doc 0, the version check's doc
        assert delete_article(index_dir, article_id) > 0
    assert _doc_count(index_dir) == 0
    assert _articles_found(index_dir, "backend") == set()
    assert optimize(index_dir) == 0
    add_sections(index_dir, ARTICLE)
    assert _articles_found(index_dir, OLD_WORD) == {"u01"}


def test_stems_file_holds_the_new_words(index_dir: Path) -> None:
    old = load_stems(index_dir)
    assert old and OLD_WORD not in old
    add_sections(index_dir, ARTICLE)
    stems = load_stems(index_dir)
    assert stems.items() >= old.items()
    for word in (OLD_WORD, "rintisan", "node.js"):
        assert stems[word] == stem(word)
    assert not [p for p in index_dir.iterdir() if p.suffix == ".tmp"]


def test_missing_stems_file_is_rebuilt_from_the_index(index_dir: Path) -> None:
    old = load_stems(index_dir)
    (index_dir / STEMS_FILENAME).unlink()
    add_sections(index_dir, ARTICLE)
    stems = load_stems(index_dir)
    assert stems.items() >= old.items() and OLD_WORD in stems


def test_optimize_merges_segments_and_keeps_the_content(index_dir: Path) -> None:
    before = _doc_count(index_dir)
    add_sections(index_dir, ARTICLE, merge=False)
    replace_article(index_dir, "u01", NEW_VERSION, merge=False)
    ix = open_index(index_dir)
    assert len(ix._segments()) == 3
    ix.close()
    assert optimize(index_dir) == before + 2
    ix = open_index(index_dir)
    assert len(ix._segments()) == 1
    ix.close()
    assert _articles_found(index_dir, NEW_WORD) == {"u01"}
    assert OLD_WORD not in load_stems(index_dir)  # the table follows the optimized index


def test_a_second_writer_gets_a_clear_error(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_write, "LOCK_WAIT_S", 0.3)
    other = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME).writer()
    try:
        started = time.perf_counter()
        with pytest.raises(IndexBusyError, match="sedang diubah"):
            add_sections(index_dir, ARTICLE)
        assert 0.25 <= time.perf_counter() - started < 5
    finally:
        other.cancel()
    assert add_sections(index_dir, ARTICLE) == 3


def test_a_second_writer_waits_for_the_first(index_dir: Path) -> None:
    other = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME).writer()
    release = threading.Timer(0.3, other.cancel)
    release.start()
    try:
        assert add_sections(index_dir, ARTICLE) == 3  # waits (LOCK_WAIT_S = 3 s), then writes
    finally:
        release.join()
    assert _articles_found(index_dir, OLD_WORD) == {"u01"}


def test_a_failed_add_leaves_the_index_as_it_was(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(index_dir)
    real = index_write.document_fields
    calls = []

    def failing(section: SectionRecord, title: str) -> dict[str, object]:
        calls.append(section.id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(section, title)

    monkeypatch.setattr(index_write, "document_fields", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        add_sections(index_dir, ARTICLE)
    assert calls == ["u01-01", "u01-02"]  # the first section was already given to the writer
    assert _snapshot(index_dir) == before
    assert "u01" not in _articles_found(index_dir, OLD_WORD)
    monkeypatch.setattr(index_write, "document_fields", real)
    assert add_sections(index_dir, ARTICLE) == 3  # the lock was released


def test_a_failed_commit_keeps_the_old_version(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_sections(index_dir, ARTICLE)

    def broken_toc(self: object, *args: object) -> None:
        raise OSError("no space left")

    monkeypatch.setattr(whoosh_index.TOC, "write", broken_toc)
    with pytest.raises(OSError, match="no space"):
        replace_article(index_dir, "u01", NEW_VERSION)
    monkeypatch.undo()
    assert _articles_found(index_dir, OLD_WORD) == {"u01"}
    assert "u01" not in _articles_found(index_dir, NEW_WORD)
    assert replace_article(index_dir, "u01", NEW_VERSION) == (3, 2)


def test_an_index_of_another_version_is_refused(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_mod, "INDEX_VERSION", index_mod.INDEX_VERSION + 1)
    with pytest.raises(DataInvalidError, match="berversi"):
        add_sections(index_dir, ARTICLE)


# -- the build's shortcuts give the same index -----------------------------------------------


@pytest.mark.parametrize(
    "parts",
    [
        ("Belajar Back", "End developer", "teks"),
        ("Menjadi full  ", "stack engineer", "x"),
        ("DEV", "ops", "belajar Front"),
        ("front-", "end", "start\u00a0"),
        ("c++ dan", ".NET", "node.js ci/cd"),
        ("", "fitur-fitur", "Kinerja-nya"),
    ],
)
def test_words_field_equals_tokenizing_the_joined_text(parts: tuple[str, str, str]) -> None:
    assert index_mod._words(parts) == [t.text for t in tokenize(" ".join(parts))]


def test_the_memoized_analyzer_gives_analyze_output() -> None:
    analyzer = indonesian_analyzer()
    text = "Back end developer menyimpan data di server-server, Node.js dan fitur-fiturnya."
    first = [t.text for t in analyzer(text)]
    second = [t.text for t in analyzer(text)]  # from the tokenizer's memo
    assert first == second == analyze(text)
    positions = [t.pos for t in analyzer(text, positions=True)]
    assert positions == sorted(set(positions))


def test_write_index_is_repeatable(tmp_path: Path) -> None:
    pairs = ARTICLE + NEW_VERSION[1:]
    digests = []
    for name in ("a", "b"):
        write_index(tmp_path / name, pairs, seed="same")
        digests.append(_snapshot(tmp_path / name))
    assert digests[0] == digests[1]
