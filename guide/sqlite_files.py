"""What the app's own SQLite files share (the personal library, the student's store): telling a
damaged file from a busy one, and moving a damaged file aside, kept, never deleted."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from guide.store import DataInvalidError

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


class Damaged(Exception):
    """The file is not a database, or SQLite's quick check fails."""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Each ``;``-separated statement of ``script`` (sqlite3's executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def open_versioned(
    path: Path,
    version: int,
    migrate: Callable[[sqlite3.Connection, int], None],
    newer: Callable[[int], str],
    check: bool = True,
    busy_ms: int = 30_000,
) -> sqlite3.Connection:
    """Open (creating when missing) an app file in WAL mode with fsync on commit, autocommit
    (transactions explicit), foreign keys on. A file older than ``version`` is brought up to
    it by ``migrate(conn, found)`` in one transaction; a newer one raises DataInvalidError
    (``newer(found)`` says it); a damaged one raises :class:`Damaged`; ``check``: run
    SQLite's quick check on an up-to-date file."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout={busy_ms}")
        conn.execute("PRAGMA foreign_keys=ON")
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > version:
            raise DataInvalidError(newer(found))
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # a commit is on disk when it returns
        if found < version:  # 0: a new file
            conn.execute("BEGIN IMMEDIATE")
            migrate(conn, found)
            conn.execute(f"PRAGMA user_version={version}")
            conn.execute("COMMIT")
        elif check and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise Damaged("quick_check")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_corruption(exc):
            raise Damaged(str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """Whether ``exc`` says the file is damaged (not locked, not an I/O or permission error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError  # not Operational (locked, I/O, permissions)


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its WAL side files) to ``<name>.broken-<time>``; the new
    name of the main file."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
