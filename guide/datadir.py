"""Find usable data (bundled, else the user's cache), building it into the cache if needed.

The bundled copy is opened read-only and immutable. When it is missing, stale or unsafe, the
data is rebuilt from the bundled seeds into the user's cache folder; nothing is ever written
next to the program.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from guide import build, index, outdir, store
from guide.manifest import verify_manifest
from guide.resources import (
    DB_FILENAME,
    INDEX_DIRNAME,
    LEARNING_FILENAME,
    bundled_data_dir,
    seeds_dir,
    user_cache_dir,
)

CACHE_DATA_DIRNAME = "data"
# Why a data folder cannot be used (datadir.problems), as the self-test shows them.
MISSING = "tidak ada"
OTHER_VERSION = "dibangun dari seeds atau kode versi lain"
WRITABLE = "dapat diubah pengguna lain"
UNREADABLE = "tidak dapat dibaca oleh akun ini"


@dataclass(frozen=True, slots=True)
class DataLocation:
    """Where the DB and index are, and whether that is the program's own read-only copy."""

    directory: Path
    bundled: bool
    notice: str = ""  # one sentence for the user when the bundled copy could not be used

    @property
    def db_path(self) -> Path:
        """The SQLite file."""
        return self.directory / DB_FILENAME

    @property
    def index_dir(self) -> Path:
        """The Whoosh index folder."""
        return self.directory / INDEX_DIRNAME

    @property
    def learning_file(self) -> Path:
        """The learning paths and the self-check (JSON, guide.learning)."""
        return self.directory / LEARNING_FILENAME


def is_private(path: Path) -> bool:
    """True when no other user can write ``path`` (Whoosh unpickles what it finds there).

    POSIX only, by owner and mode: owned by us or root, and not group/world-writable (a
    build sets its modes explicitly, whatever the umask). On Windows the folder's ACL
    decides, and the bundle and the user's cache both sit where other users cannot write.
    """
    if sys.platform == "win32":
        return True
    try:
        info = path.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or info.st_uid not in (0, os.getuid()):
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _tree_is_private(directory: Path) -> bool:
    """``directory``, and every folder and file in it, pass :func:`is_private`."""
    return is_private(directory) and all(is_private(p) for p in directory.rglob("*"))


def cache_data_dir() -> Path:
    """The folder the data is rebuilt into for this user."""
    return user_cache_dir() / CACHE_DATA_DIRNAME


def problems(directory: Path, seeds: Path) -> list[str]:
    """Why ``directory`` cannot be used (empty: it can). Checks, in order: present, built from
    these seeds with this code, private, every file's checksum, DB and index versions. A
    folder this account cannot read is "unreadable", like a damaged one."""
    try:
        return _problems(directory, seeds)
    except OSError:  # e.g. built by another account with private modes
        return [UNREADABLE]


def _problems(directory: Path, seeds: Path) -> list[str]:
    if not directory.is_dir() or not any(directory.iterdir()):
        return [MISSING]
    if not (directory / DB_FILENAME).is_file():
        return [f"{DB_FILENAME} hilang"]
    if not build.is_current(directory, seeds):
        return [OTHER_VERSION]
    if not _tree_is_private(directory):
        return [WRITABLE]
    damaged = verify_manifest(directory)
    if damaged:
        return damaged
    try:
        store.connect_readonly(directory / DB_FILENAME).close()
        index.open_index(directory / INDEX_DIRNAME).close()
    except (store.DataMissingError, store.DataInvalidError) as exc:
        return [str(exc)]
    return []


NOTICES = {
    MISSING: "Data bawaan program tidak ditemukan",
    OTHER_VERSION: "Data bawaan program berasal dari versi lain",
    WRITABLE: "Folder data bawaan program dapat diubah pengguna lain",
    UNREADABLE: "Data bawaan program tidak dapat dibaca oleh akun ini",
}
DAMAGED = "Data bawaan program rusak"
REBUILT = ", jadi data dibangun ulang dari artikel sumber di folder Anda."


def _notice(reasons: list[str]) -> str:
    """One plain Indonesian sentence for the user about why the bundled data was not used."""
    return NOTICES.get(reasons[0], DAMAGED) + REBUILT


def _locate(seeds: Path) -> tuple[DataLocation | None, str]:
    """The usable data (bundled first, then the user's cache) or None, and the notice to give
    when the bundled copy is there but unusable. The bundled copy is checked once."""
    bundled = bundled_data_dir()
    if not getattr(sys, "frozen", False):  # a checkout's own build (never a read-only install)
        outdir.recover_if_needed(bundled)
    reasons = problems(bundled, seeds)
    if not reasons:
        return DataLocation(bundled, bundled=True), ""
    notice = _notice(reasons) if _expects_bundle(reasons) else ""
    cached = cache_data_dir()
    outdir.recover_if_needed(cached)
    if not problems(cached, seeds):
        # Rebuilt at an earlier start: said then, not again at every start (issue 11.9).
        return DataLocation(cached, bundled=False), notice
    return None, notice


def find_data(seeds: Path | None = None) -> DataLocation | None:
    """The current data, bundled first, then the user's cache; None when neither is usable.

    Its ``notice`` is empty: the user was told when the cache was built (ensure_data)."""
    return _locate(seeds or seeds_dir())[0]


def _expects_bundle(reasons: list[str]) -> bool:
    """A missing bundle is news only in the packaged program (a source checkout has none
    until ``panduan-karier build``)."""
    return reasons != [MISSING] or getattr(sys, "frozen", False)


def ensure_data(
    seeds: Path | None = None, on_build: Callable[[], None] | None = None
) -> DataLocation:
    """Find the data, or build it into the user's cache (calling ``on_build`` first)."""
    seeds = seeds or seeds_dir()
    found, notice = _locate(seeds)
    if found is not None:
        return found
    if on_build is not None:
        on_build()
    target = cache_data_dir()
    # Another first run may be building the same cache: wait for it and reuse its result.
    build.build(seeds, target, force=True, still_needed=lambda: bool(problems(target, seeds)))
    return DataLocation(target, bundled=False, notice=notice)
