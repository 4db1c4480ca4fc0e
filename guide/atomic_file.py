"""Files a user keeps or hands on (a handout, a plan, a lab pack): whole or not at all.

The file is written beside its target under a temporary name, flushed to disk and renamed
into place, so a kill or a full disk leaves the old file (or none), never half of one. The
temporary file is created with the mode any new file of the user gets (0666 less the umask),
not ``mkstemp``'s private 0600: a pack a teacher puts in a lab folder must be readable by the
students' accounts. A file being replaced keeps its mode; a symbolic link is followed (its
target is replaced, the link stays); a device or a pipe is never replaced.
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
NAME_MAX = 255  # bytes in a file name: ext4, NTFS (UTF-16 units), FAT32 long names


def _create_beside(out: Path, prefix: str) -> Path:
    """A new empty file in ``out``'s folder, created exclusively (never someone else's). A
    folder that refuses it is named in the error, not the temporary file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = out.with_name(f"{prefix}{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(temp, flags, 0o666)  # the kernel applies the umask
        except FileExistsError:
            continue
        except OSError as exc:  # read-only, no permission, full: about the folder
            raise type(exc)(exc.errno, exc.strerror, str(out.parent)) from exc
        os.close(fd)
        return temp
    raise FileExistsError(f"no free temporary name beside {out}")


def _target(out: Path) -> Path:
    """Where ``out`` is written: a symbolic link's target (the link stays). Refused in one
    sentence: a folder, a path inside a file, a device or pipe, a name the disk cannot hold."""
    if len(out.name.encode("utf-8")) > NAME_MAX:  # (asking the disk about it fails too)
        raise KnownError("Nama berkas terlalu panjang: pakai nama yang lebih pendek.")
    if out.is_symlink():
        out = Path(os.path.realpath(out))
    if out.is_dir():
        raise KnownError(f"{out} adalah folder, bukan berkas: tulis nama berkas di dalamnya.")
    if out.exists() and not out.is_file():
        raise KnownError(f"{out} bukan berkas biasa: pilih nama berkas lain.")
    for folder in out.parents:
        if folder.exists():
            if not folder.is_dir():
                raise KnownError(f"{folder} adalah berkas, bukan folder: pilih folder lain.")
            break
    return out


@contextmanager
def replaced_atomically(out: Path, prefix: str = ".partial-") -> Iterator[Path]:
    """Yield an empty temporary file beside ``out`` to write; on success it is fsynced and
    renamed to ``out``. On any error (or interruption) it is removed and ``out`` is untouched."""
    out = _target(out)
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
