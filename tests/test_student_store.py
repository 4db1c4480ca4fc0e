"""The student's store (issue 16): ticks, bookmarks with notes, answers; one transaction per
save, a damaged file moved aside (kept) with one sentence, a full disk refusing a save and
keeping what was saved before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from guide.store import DataInvalidError
from guide.student import (
    SCHEMA_VERSION,
    Bookmark,
    StudentStore,
    StudentStoreError,
    open_student_store,
)

ROLE = "backend-developer"


def test_ticks_bookmarks_notes_and_answers_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "siswa.sqlite"
    store = open_student_store(path)
    store.set_states(ROLE, {"database": "selesai", "api": "sedang"})
    store.set_states(ROLE, {"api": "selesai"})
    passage = Bookmark("passage", "Judul artikel", "kalimat", "001", 10, 40, "001-2")
    first = store.add_bookmark(passage)
    assert store.add_bookmark(passage) == first  # the same passage twice: one bookmark
    claim = store.add_bookmark(
        Bookmark("claim", "Keahlian", "klaim", profile_id=ROLE, tab="keahlian", claim_id="bahasa")
    )
    store.set_note(first, "ulangi besok")
    store.set_answers({"suka-logika": "ya"})
    store.close()
    again = open_student_store(path)
    assert again.notice == ""
    assert again.states(ROLE) == {"database": "selesai", "api": "selesai"}
    saved = again.bookmarks()
    assert [b.id for b in saved] == [claim, first]  # newest first
    assert saved[1].note == "ulangi besok" and (saved[1].start, saved[1].end) == (10, 40)
    assert again.answers() == {"suka-logika": "ya"}
    again.remove_bookmark(claim)
    assert [b.id for b in again.bookmarks()] == [first]
    again.clear()
    assert again.states(ROLE) == {} and again.bookmarks() == [] and again.answers() == {}
    again.close()


def test_an_unknown_state_saves_nothing(tmp_path: Path) -> None:
    store = open_student_store(tmp_path / "s.sqlite")
    with pytest.raises(ValueError, match="keadaan tidak dikenal"):
        store.set_states(ROLE, {"a": "selesai", "b": "hampir"})
    assert store.states(ROLE) == {}
    store.close()


def test_a_damaged_store_is_moved_aside_and_said_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "siswa.sqlite"
    path.write_bytes(b"bukan basis data " * 200)
    store = open_student_store(path)
    kept = list(tmp_path.glob("siswa.sqlite.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"bukan basis data")
    assert len(store.notice.splitlines()) == 1 and kept[0].name in store.notice
    store.set_states(ROLE, {"api": "sedang"})  # the new store works
    assert store.states(ROLE) == {"api": "sedang"}
    store.close()


def test_a_store_from_a_newer_program_is_refused_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "siswa.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DataInvalidError, match="versi program yang lebih baru"):
        StudentStore(path)
    assert path.read_bytes() == before


def test_a_full_disk_refuses_the_save_and_keeps_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "siswa.sqlite"
    store = open_student_store(path)
    store.set_states(ROLE, {"api": "selesai"})
    store.add_bookmark(Bookmark("passage", "A", "x", "001", 1, 2))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count={pages}")  # the file may not grow: "disk full"
    with pytest.raises(StudentStoreError, match="full"):
        store.add_bookmark(Bookmark("passage", "B", "y" * 200_000, "002", 1, 2))
    assert store.states(ROLE) == {"api": "selesai"}
    assert [b.title for b in store.bookmarks()] == ["A"]
    store.close()
    again = open_student_store(path)
    assert again.notice == "" and [b.title for b in again.bookmarks()] == ["A"]
    again.close()
