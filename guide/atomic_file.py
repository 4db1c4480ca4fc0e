"""Files a user keeps or hands on (a handout, a plan, a lab pack): whole or not at all.

The file is written beside its target under a temporary name, flushed to disk and renamed
into place, so a kill or a full disk leaves the old file (or none), never half of one. The
temporary file is created with the mode any new file of the user gets (0666 less the umask),
not ``mkstemp``'s private 0600: a pack a teacher puts in a lab folder must be readable by the
students' accounts. A file being replaced keeps its mode.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from guide.failures import KnownError

_ATTEMPTS = 100


def _create_beside(out: Path, prefix: str) -> Path:
    """A new empty file in ``out``'s folder, created exclusively (never someone else's)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = out.with_name(f"{prefix}{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(temp, flags, 0o666)  # the kernel applies the umask
        except FileExistsError:
            continue
        os.close(fd)
        return temp
    raise FileExistsError(f"no free temporary name beside {out}")


def _check_place(out: Path) -> None:
    """Refuse, in one sentence, a target that is a folder or lies inside a file."""
    if out.is_dir():
        raise KnownError(f"{out} adalah folder, bukan berkas: tulis nama berkas di dalamnya.")
    for folder in out.parents:
        if folder.exists():
            if not folder.is_dir():
                raise KnownError(f"{folder} adalah berkas, bukan folder: pilih folder lain.")
            return


@contextmanager
def replaced_atomically(out: Path, prefix: str = ".partial-") -> Iterator[Path]:
    """Yield an empty temporary file beside ``out`` to write; on success it is fsynced and
    renamed to ``out``. On any error (or interruption) it is removed and ``out`` is untouched."""
    _check_place(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = _create_beside(out, prefix)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        with suppress(FileNotFoundError):  # a file replaced keeps its mode
            os.chmod(temp, stat.S_IMODE(out.stat().st_mode))
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
