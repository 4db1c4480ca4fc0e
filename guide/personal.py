"""The teacher's personal library: imported articles in a private SQLite file (WAL) and a Whoosh
index of their own, in one folder of the user's data folder. Plain Python; no Qt.

Layout of ``folder`` (folder 700, files 600)::

    library.sqlite(-wal,-shm)   articles, sections, blocks (guide.personal_schema)
    index/                      the Whoosh index (same schema as the bundled one)
    index.stamp                 what the index holds: a digest of the database's state, or "dirty"
    .library.lock               one writer at a time, across processes

Consistency. A change (add, replace, remove) runs, under the lock:

1. a database transaction with the new rows (not committed yet);
2. the stamp is set to "dirty" (fsynced);
3. one Whoosh commit (``guide.index_write``: cancelled and cleaned when it fails; then the
   database transaction is rolled back);
4. the database commit;
5. the stamp is set to the digest of the database's new state.

A process killed anywhere between 2 and 5 leaves a stamp that does not match the database, so
the next :meth:`PersonalLibrary.open` (or the next change, in a program that stayed open)
rebuilds the index from the database, which is the truth. The digest covers every article's
id, SHA-256 and section count plus the index and analysis versions, so a program update that
changes the analysis rebuilds the index too. Open also checks that the index opens and holds as
many sections as the database.

A damaged database file (SQLite says "corrupt" or "not a database") is renamed
``library.sqlite.broken-<time>`` (never deleted), every article still readable in it is copied
into a new file, and the library opens: an unusable app helps nobody, the teacher still has
the original files, and the broken file stays for anyone who can recover more.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, NamedTuple

from filelock import FileLock, Timeout

from guide import personal_segments
from guide.index_write import IndexBusyError, delete_article, optimize, replace_article
from guide.outdir import set_modes
from guide.personal_index import (
    DIRTY,
    INDEX_DIRNAME,
    article_problems,
    db_state,
    ensure_index,
    read_stamp,
    rebuild_index,
    remove_leftovers,
    write_stamp,
)
from guide.personal_schema import (
    DB_FILENAME,
    ENTRY_QUERY,
    AddResult,
    DocumentLike,
    LibraryCorrupt,
    LibraryEntry,
    connect,
    entry_of,
    insert_article,
    salvage,
    section_records,
    unique_label,
)
from guide.personal_segments import segment_count
from guide.sqlite_files import move_aside
from guide.store import ArticleRecord, SectionRecord, article_record, section_record

__all__ = ["AddResult", "LibraryBusyError", "LibraryEntry", "PersonalLibrary", "ProfileRow"]

log = logging.getLogger(__name__)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")  # "guru-" + 12 hex; ASCII for the stamp
LOCK_FILENAME = ".library.lock"
OPTIMIZE_AT_SEGMENTS = 32  # ~5,000 sections; 29 segments cost searches little (benchmark)
LOCK_WAIT_S = 60.0  # a second writer (the CLI while the app imports) waits this long


class ProfileRow(NamedTuple):
    """A teacher's profile as stored: its TOML text (guide.teacher_profiles reads it)."""

    id: str
    name: str
    toml: str
    updated_at: str


class LibraryBusyError(IndexBusyError):
    """Another program kept the library locked longer than :data:`LOCK_WAIT_S`."""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PersonalLibrary:
    """An open personal library: read like :class:`guide.store.Store`, written by
    :meth:`add` and :meth:`remove`. Thread-safe; several processes may open the same folder."""

    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self._conn = conn  # reads (WAL: each read sees the last commit, of any process)
        self._write_conn: sqlite3.Connection | None = None
        self._read_lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._file_lock = _file_lock(folder)
        self.recovered_from: Path | None = None  # a damaged database moved aside at open
        self.index_rebuilt = False  # open() found the index disagreeing and rebuilt it

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> PersonalLibrary:
        """Open the library in ``folder``, creating it (private) when missing; repair the index
        when it disagrees with the database. Raises :class:`LibraryBusyError` when another
        program holds the lock too long, DataInvalidError for a newer program's library."""
        folder = Path(folder)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = _file_lock(folder)
        with _acquired(lock, folder):
            conn, broken = _open_database(folder)
            try:
                remove_leftovers(folder)
                rebuilt = ensure_index(folder, conn, quiet=broken is None)
                with suppress(OSError):
                    set_modes(folder, shared=False)
            except BaseException:
                conn.close()
                raise
        library = cls(folder, conn)
        library.recovered_from, library.index_rebuilt = broken, rebuilt
        return library

    @property
    def index_dir(self) -> Path:
        """The Whoosh index folder (for :class:`guide.search.Searcher`)."""
        return self.folder / INDEX_DIRNAME

    @property
    def db_path(self) -> Path:
        """The SQLite file."""
        return self.folder / DB_FILENAME

    def close(self) -> None:
        """Close the database connections (a second call does nothing)."""
        with self._read_lock:
            self._conn.close()
        with self._write_lock:
            if self._write_conn is not None:
                self._write_conn.close()
                self._write_conn = None

    def __enter__(self) -> PersonalLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def add(self, doc: DocumentLike, imported_at: str | None = None) -> AddResult:
        """Store one imported document and index it: "unchanged" when the same SHA-256 is
        already stored under its id (nothing written), "replaced" when its id holds another
        version, else "imported". ``imported_at`` (ISO UTC) defaults to now (a pack keeps the
        teacher's date). All or nothing: on any failure the library is as before."""
        article_id = doc.article_id
        if not _ID.fullmatch(article_id):
            raise ValueError(f"invalid article id {article_id!r}")
        sections = section_records(article_id, doc.parsed)
        title = doc.title or doc.parsed.title
        with self._writing() as conn:
            row = conn.execute("SELECT sha256 FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None and row[0] == doc.sha256:
                return AddResult("unchanged", article_id)
            status: Literal["imported", "replaced"] = "replaced" if row else "imported"

            def change() -> None:
                if row is not None:
                    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                taken = {r[0].casefold() for r in conn.execute("SELECT label FROM articles")}
                label = unique_label(title, taken)
                insert_article(conn, doc, sections, label, imported_at or _now())

            self._change(
                conn,
                change,
                lambda: replace_article(
                    self.index_dir, article_id, [(s, title) for s in sections], merge=False
                ),
                article_id,
            )
        return AddResult(status, article_id)

    def remove(self, article_id: str) -> bool:
        """Remove one article (rows and index documents); False when it is not there."""
        with self._writing() as conn:
            found = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            if found is None:
                return False
            self._change(
                conn,
                lambda: conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)),
                lambda: delete_article(self.index_dir, article_id, merge=False),
                article_id,
            )
        return True

    # -- the teachers' role profiles (validated by guide.teacher_profiles) -----------------

    def save_profile(self, profile_id: str, name: str, toml: str) -> bool:
        """Store one profile's TOML (replacing the one with its id) in one transaction: a
        kill or a full disk leaves the previous version whole. True when it replaced one."""
        with self._writing() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                old = conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone()
                conn.execute(
                    "INSERT OR REPLACE INTO profiles (id, name, toml, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    (profile_id, name, toml, _now()),
                )
                conn.execute("COMMIT")
            except BaseException:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        return old is not None

    def remove_profile(self, profile_id: str) -> bool:
        """Remove one profile; False when there is none with that id."""
        with self._writing() as conn:
            removed = conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount
        return bool(removed)

    def profile_rows(self) -> list[ProfileRow]:
        """The stored profiles (id, name, TOML, updated-at), by name."""
        with self._read_lock:
            rows = self._conn.execute(
                "SELECT id, name, toml, updated_at FROM profiles ORDER BY name COLLATE NOCASE, id"
            ).fetchall()
        return [ProfileRow(*r) for r in rows]

    def _change(
        self,
        conn: sqlite3.Connection,
        rows: Callable[[], object],
        index: Callable[[], object],
        article_id: str,
    ) -> None:
        """Steps 1-5 of the module docstring: ``rows()`` changes the database in a
        transaction, ``index()`` commits the index; the stamp says "dirty" in between."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows()
            digest, _ = db_state(conn)
            write_stamp(self.folder, f"{DIRTY} {article_id}", durable=True)
            index()
        except BaseException:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self._after_failed_index_write(conn, article_id)
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self._repair_quietly(conn, "database commit failed")  # the index is ahead
            raise
        write_stamp(self.folder, digest)

    def _after_failed_index_write(self, conn: sqlite3.Connection, article_id: str) -> None:
        """The index write failed (cancelled by guide.index_write, so normally unchanged):
        when the index still holds exactly the database's version of the article, the stamp
        is clean again; otherwise rebuild (best effort: else the next open does)."""
        try:
            agrees = not article_problems(self.index_dir, conn, article_id)
        except Exception:
            agrees = False
        if agrees:
            with suppress(OSError):
                write_stamp(self.folder, db_state(conn)[0])
        else:
            self._repair_quietly(conn, "index write failed")

    def _repair_quietly(self, conn: sqlite3.Connection, why: str) -> None:
        try:
            rebuild_index(self.folder, conn)
            log.info("personal library %s: index rebuilt (%s)", self.folder, why)
        except Exception as exc:  # the next open tries again
            log.warning(
                "personal library %s: index left for the next open (%s)", self.folder, str(exc)
            )

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The write connection, under the thread lock and the folder's file lock; first
        repairs an index left dirty by another process killed mid-change."""
        with self._write_lock, _acquired(self._file_lock, self.folder):
            if self._write_conn is None:
                self._write_conn = connect(self.db_path, check=False)
            conn = self._write_conn
            if read_stamp(self.folder) != db_state(conn)[0]:  # another program was killed
                try:
                    ensure_index(self.folder, conn)
                except Exception as exc:
                    log.warning(
                        "personal library %s: index not repaired (%s)", self.folder, str(exc)
                    )
            yield conn

    def tidy(self, stop: Callable[[], bool] | None = None) -> int:
        """Merge the index's small segments by tiers (``guide.personal_segments``); the number
        rewritten. Each change adds a segment and never merges, so an import is searchable
        sooner: call this after a batch, off the UI thread (up to seconds in a big library).
        Never raises: only the layout changes, and the next call tries again. ``stop``: see
        :func:`guide.personal_segments.tidy`."""
        try:
            with self._writing() as conn:
                return personal_segments.tidy(self.index_dir, conn, stop)
        except Exception as exc:
            log.info("personal index %s: segments not merged (%s)", self.index_dir, str(exc))
            return 0

    def optimize(self, min_segments: int = OPTIMIZE_AT_SEGMENTS) -> bool:
        """Rewrite the index as one segment when it has ``min_segments`` or more (each change
        adds one; small ones are merged as they come, big ones only here); True when it did.
        Seconds with thousands of sections: call it in a worker after a batch of imports.
        Only the layout changes: a kill meanwhile leaves the previous index."""
        with self._writing():
            if segment_count(self.index_dir) < min_segments:
                return False
            optimize(self.index_dir)
        return True

    # -- reading (the same calls as guide.store.Store) --------------------------------------

    def articles(self) -> list[ArticleRecord]:
        """Every article, in id order."""
        with self._read_lock:
            rows = self._conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
        return [article_record(r) for r in rows]

    def article(self, article_id: str) -> ArticleRecord | None:
        """One article by id, or None."""
        with self._read_lock:
            row = self._conn.execute(
                "SELECT * FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return article_record(row) if row else None

    def entries(self) -> list[LibraryEntry]:
        """What the Sumber view lists, oldest import first."""
        with self._read_lock:
            rows = self._conn.execute(ENTRY_QUERY + " ORDER BY a.imported_at, a.id").fetchall()
        return [entry_of(r) for r in rows]

    def sections(self, article_id: str) -> list[SectionRecord]:
        """An article's sections in reading order, with their blocks."""
        return self._sections("WHERE article_id = ? ORDER BY ordinal", (article_id,))

    def section(self, sid: str) -> SectionRecord | None:
        """One section by id, or None."""
        found = self._sections("WHERE id = ?", (sid,))
        return found[0] if found else None

    def all_sections(self) -> list[SectionRecord]:
        """Every section of every article, in article and reading order."""
        return self._sections("ORDER BY article_id, ordinal", ())

    def _sections(self, where: str, params: tuple) -> list[SectionRecord]:
        with self._read_lock:
            # One read transaction: the sections and their blocks from the same commit.
            self._conn.execute("BEGIN")
            try:
                rows = self._conn.execute(f"SELECT * FROM sections {where}", params).fetchall()
                return [section_record(self._conn, r) for r in rows]
            finally:
                self._conn.execute("COMMIT")

    def verify(self) -> list[str]:
        """Every disagreement between the database and the index (empty: consistent). Reads
        every indexed section: for tests, benchmarks and the self-test, not for every start."""
        with self._read_lock:
            return article_problems(self.index_dir, self._conn, None)


# -- the lock ---------------------------------------------------------------------------------


def _file_lock(folder: Path) -> FileLock:
    return FileLock(str(folder / LOCK_FILENAME), timeout=LOCK_WAIT_S, mode=0o600)


@contextmanager
def _acquired(lock: FileLock, folder: Path) -> Iterator[None]:
    try:
        lock.acquire()
    except Timeout:
        raise LibraryBusyError(
            f"Perpustakaan pribadi {folder} sedang diubah oleh program lain. "
            "Tunggu sebentar, lalu coba lagi."
        ) from None
    try:
        yield
    finally:
        lock.release()


# -- opening and repair (under the lock) ------------------------------------------------------


def _open_database(folder: Path) -> tuple[sqlite3.Connection, Path | None]:
    """The database connection, and where a damaged file was moved (None when it was fine)."""
    path = folder / DB_FILENAME
    try:
        return connect(path), None
    except LibraryCorrupt as exc:
        broken = move_aside(path)
        conn = connect(path)
        copied = salvage(broken, conn)
        log.warning(
            "personal library %s was damaged (%s): moved to %s, %d article(s) recovered",
            path,
            exc,
            broken.name,
            copied,
        )
        return conn, broken
