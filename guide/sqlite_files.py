"""What the app's own SQLite files share (the personal library, the student's store): telling a
damaged file from a busy one, and moving a damaged file aside, kept, never deleted."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


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
