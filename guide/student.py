"""The student's own store: learning-path ticks, bookmarks ("Simpanan") with notes, and the
self-check's answers. One SQLite file per user (``siswa.sqlite`` in the user's data folder;
portable mode: beside the program), no account.

Every change is one transaction in WAL mode with ``synchronous=FULL``: a kill -9 or a full disk
during a save leaves the last committed state (the failed save raises, nothing half-written).
The file carries a schema version (``PRAGMA user_version``) and is migrated forward on opening;
a damaged file is moved aside (kept, ``siswa.sqlite.broken-<time>``) and a new one started, with
one sentence for the student in :attr:`StudentStore.notice`.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from guide.learning import STATES
from guide.sqlite_files import Damaged, move_aside, open_versioned, run_script

FILENAME = "siswa.sqlite"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
NOTE_MAX = 2_000  # characters of a note
KINDS = ("claim", "hit", "passage")  # a profile's claim, a search result, a reader passage

# Version n's statements bring a file from version n−1 to n (index 0: a new file → 1).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE progress (
        role TEXT NOT NULL,
        step TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('belum', 'sedang', 'selesai')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (role, step)
    );
    CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'hit', 'passage')),
        title TEXT NOT NULL,
        excerpt TEXT NOT NULL DEFAULT '',
        article_id TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL DEFAULT -1,
        "end" INTEGER NOT NULL DEFAULT -1,
        section_id TEXT NOT NULL DEFAULT '',
        profile_id TEXT NOT NULL DEFAULT '',
        tab TEXT NOT NULL DEFAULT '',
        claim_id TEXT NOT NULL DEFAULT '',
        query TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE answers (
        statement TEXT PRIMARY KEY,
        answer TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
)


class StudentStoreError(Exception):
    """A save that did not happen (disk full, no permission): nothing was changed."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """Something the student saved: where it opens, what it shows, their note."""

    kind: str  # one of KINDS
    title: str  # what the list shows: the claim's tab and role, the article's title
    excerpt: str = ""  # the saved words (the claim, the passage, the snippet)
    article_id: str = ""
    start: int = -1  # the passage's offsets in the article (-1: the section's start)
    end: int = -1
    section_id: str = ""
    profile_id: str = ""  # a claim: its role, tab and id
    tab: str = ""
    claim_id: str = ""
    query: str = ""  # a search result: the query that found it
    note: str = ""
    id: int = 0  # given by the store
    created_at: str = field(default="", compare=False)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _migrate(conn: sqlite3.Connection, found: int) -> None:
    for script in MIGRATIONS[found:]:
        run_script(conn, script)


def _connect(path: Path) -> sqlite3.Connection:
    def newer(found: int) -> str:
        return (
            f"Simpanan siswa {path} dibuat oleh versi program yang lebih baru (skema "
            f"{found}); perbarui program ini untuk membukanya."
        )

    return open_versioned(path, SCHEMA_VERSION, _migrate, newer, busy_ms=BUSY_TIMEOUT_MS)


class StudentStore:
    """Ticks, bookmarks and answers of one user. Open it with :func:`open_student_store`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice = ""  # one sentence when a damaged file was moved aside
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = _connect(path)
        except Damaged:
            broken = move_aside(path)
            self.notice = (
                f"Simpanan belajarmu rusak, jadi disimpan sebagai {broken.name} dan "
                "dimulai yang baru."
            )
            self._conn = _connect(path)

    def close(self) -> None:
        self._conn.close()

    def _write(self, statements: list[tuple[str, tuple]]) -> sqlite3.Cursor | None:
        """Run ``statements`` as one transaction; StudentStoreError when it did not happen."""
        cursor = None
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    cursor = self._conn.execute(sql, args)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StudentStoreError(str(exc)) from exc
        return cursor

    # -- the learning path ------------------------------------------------------------------

    def states(self, role: str) -> dict[str, str]:
        """Each step's state ("belum" when never set: not in the result)."""
        rows = self._conn.execute("SELECT step, state FROM progress WHERE role = ?", (role,))
        return {r["step"]: r["state"] for r in rows}

    def set_states(self, role: str, states: dict[str, str]) -> None:
        """Set several steps' states at once (one transaction)."""
        bad = [s for s in states.values() if s not in STATES]
        if bad:
            raise ValueError(f"keadaan tidak dikenal: {bad[0]} (pilih {', '.join(STATES)})")
        now = _now()
        self._write(
            [
                (
                    "INSERT INTO progress (role, step, state, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (role, step) DO UPDATE SET state = excluded.state, "
                    "updated_at = excluded.updated_at",
                    (role, step, state, now),
                )
                for step, state in states.items()
            ]
        )

    # -- bookmarks ----------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        rows = self._conn.execute("SELECT * FROM bookmarks ORDER BY id DESC")
        return [
            Bookmark(
                r["kind"],
                r["title"],
                r["excerpt"],
                r["article_id"],
                r["start"],
                r["end"],
                r["section_id"],
                r["profile_id"],
                r["tab"],
                r["claim_id"],
                r["query"],
                r["note"],
                r["id"],
                r["created_at"],
            )
            for r in rows
        ]

    def add_bookmark(self, bookmark: Bookmark) -> int:
        """Save ``bookmark``; its id. The same thing saved twice is one bookmark (its id)."""
        if bookmark.kind not in KINDS:
            raise ValueError(bookmark.kind)
        same = self._conn.execute(
            "SELECT id FROM bookmarks WHERE kind = ? AND article_id = ? AND start = ? "
            'AND "end" = ? AND section_id = ? AND profile_id = ? AND claim_id = ?',
            (
                bookmark.kind,
                bookmark.article_id,
                bookmark.start,
                bookmark.end,
                bookmark.section_id,
                bookmark.profile_id,
                bookmark.claim_id,
            ),
        ).fetchone()
        if same is not None:
            return int(same["id"])
        now = _now()
        cursor = self._write(
            [
                (
                    'INSERT INTO bookmarks (kind, title, excerpt, article_id, start, "end", '
                    "section_id, profile_id, tab, claim_id, query, note, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        bookmark.kind,
                        bookmark.title,
                        bookmark.excerpt,
                        bookmark.article_id,
                        bookmark.start,
                        bookmark.end,
                        bookmark.section_id,
                        bookmark.profile_id,
                        bookmark.tab,
                        bookmark.claim_id,
                        bookmark.query,
                        bookmark.note[:NOTE_MAX],
                        now,
                        now,
                    ),
                )
            ]
        )
        assert cursor is not None
        return int(cursor.lastrowid)

    def set_note(self, bookmark_id: int, note: str) -> None:
        """Change a bookmark's note."""
        self._write(
            [
                (
                    "UPDATE bookmarks SET note = ?, updated_at = ? WHERE id = ?",
                    (note[:NOTE_MAX], _now(), bookmark_id),
                )
            ]
        )

    def remove_bookmark(self, bookmark_id: int) -> None:
        self._write([("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))])

    # -- the self-check ----------------------------------------------------------------------

    def answers(self) -> dict[str, str]:
        """The self-check's answers by statement id."""
        rows = self._conn.execute("SELECT statement, answer FROM answers")
        return {r["statement"]: r["answer"] for r in rows}

    def set_answers(self, answers: dict[str, str]) -> None:
        """Save the self-check's answers (one transaction)."""
        now = _now()
        self._write(
            [
                (
                    "INSERT INTO answers (statement, answer, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (statement) DO UPDATE SET answer = excluded.answer, "
                    "updated_at = excluded.updated_at",
                    (statement, answer, now),
                )
                for statement, answer in answers.items()
            ]
        )

    # -- the next student -------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every tick, bookmark, note and answer (one transaction)."""
        self._write([(f"DELETE FROM {t}", ()) for t in ("progress", "bookmarks", "answers")])


def student_store_path() -> Path:
    """The user's store: ``siswa.sqlite`` in their data folder (portable: beside the program)."""
    from guide.resources import user_data_dir

    return user_data_dir() / FILENAME


def open_student_store(path: Path | None = None) -> StudentStore:
    """The user's store, created when missing (a damaged one moved aside: see ``notice``)."""
    return StudentStore(path or student_store_path())
