"""What went wrong, in a kind the user can act on: disk full, no permission, read-only, …

The core raises many exception types (OSError, sqlite3 errors, Whoosh's, our own); the CLI
turns a :class:`Failure` into one Indonesian line, the UI into a translated sentence with a
way forward. Raw English OS text never reaches the user alone.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

DISK_FULL = "disk-full"
PERMISSION = "permission"
READ_ONLY = "read-only"
KNOWN = "known"  # our own errors, whose message is already one Indonesian sentence
UNEXPECTED = "unexpected"

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class KnownError(Exception):
    """An error of ours whose message is already one Indonesian sentence for the user."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An error as the user sees it: its kind, the file concerned, a plain detail."""

    kind: str
    path: str = ""
    detail: str = ""


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and its causes/contexts (a BuildError raised from an OSError, …)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def classify(exc: BaseException) -> Failure:
    """The :class:`Failure` behind ``exc`` (any exception)."""
    from guide.build import BuildError
    from guide.store import DataInvalidError, DataMissingError

    for cause in _chain(exc):
        if isinstance(cause, OSError):
            path = str(cause.filename or "")
            if cause.errno in _FULL_ERRNOS:
                return Failure(DISK_FULL, path)
            if cause.errno == errno.EROFS:
                return Failure(READ_ONLY, path)
            if isinstance(cause, PermissionError):
                return Failure(PERMISSION, path)
        if isinstance(cause, sqlite3.Error):
            text = str(cause).casefold()
            if "disk is full" in text or "disk full" in text:
                return Failure(DISK_FULL)
            if "readonly" in text or "read-only" in text:
                return Failure(READ_ONLY)
    from guide.index_write import IndexBusyError

    if isinstance(exc, BuildError | DataMissingError | DataInvalidError | KnownError):
        return Failure(KNOWN, detail=str(exc))
    if isinstance(exc, IndexBusyError):
        return Failure(KNOWN, detail=str(exc))
    if isinstance(exc, OSError):
        return Failure(UNEXPECTED, str(exc.filename or ""), type(exc).__name__)
    return Failure(UNEXPECTED, detail=type(exc).__name__)


def cli_message(failure: Failure, log_file: str = "") -> str:
    """One Indonesian line for the terminal."""
    where = f": {failure.path}" if failure.path else ""
    if failure.kind == DISK_FULL:
        return f"Ruang disk penuh (atau kuota habis){where}. Kosongkan ruang, lalu coba lagi."
    if failure.kind == PERMISSION:
        return f"Tidak ada izin untuk membuka atau menulis berkas{where}."
    if failure.kind == READ_ONLY:
        return f"Folder ini hanya dapat dibaca{where}."
    if failure.kind == KNOWN:
        return failure.detail
    logged = f"; rinciannya dicatat di {log_file}" if log_file else ""
    return f"Terjadi kesalahan tak terduga ({failure.detail}){where}{logged}."
