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

from guide import build
from guide.resources import DB_FILENAME, INDEX_DIRNAME, bundled_data_dir, seeds_dir, user_cache_dir

CACHE_DATA_DIRNAME = "data"


@dataclass(frozen=True, slots=True)
class DataLocation:
    """Where the DB and index are, and whether that is the program's own read-only copy."""

    directory: Path
    bundled: bool

    @property
    def db_path(self) -> Path:
        """The SQLite file."""
        return self.directory / DB_FILENAME

    @property
    def index_dir(self) -> Path:
        """The Whoosh index folder."""
        return self.directory / INDEX_DIRNAME


def is_private(path: Path) -> bool:
    """True when no other user can write ``path`` (Whoosh unpickles what it finds there).

    POSIX only: owned by us or root and not group/world-writable. On Windows the folder's ACL
    decides, and the bundle and the user's cache both sit where other users cannot write.
    """
    if sys.platform == "win32":
        return True
    try:
        info = path.stat()
    except OSError:
        return False
    if info.st_uid not in (0, os.getuid()):
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cache_data_dir() -> Path:
    """The folder the data is rebuilt into for this user."""
    return user_cache_dir() / CACHE_DATA_DIRNAME


def _usable(directory: Path, seeds: Path) -> bool:
    return (
        build.is_current(directory, seeds)
        and is_private(directory)
        and is_private(directory / INDEX_DIRNAME)
    )


def find_data(seeds: Path | None = None) -> DataLocation | None:
    """The current data, bundled first, then the user's cache; None when neither is usable."""
    seeds = seeds or seeds_dir()
    bundled = bundled_data_dir()
    if _usable(bundled, seeds):
        return DataLocation(bundled, bundled=True)
    cached = cache_data_dir()
    if _usable(cached, seeds):
        return DataLocation(cached, bundled=False)
    return None


def ensure_data(
    seeds: Path | None = None, on_build: Callable[[], None] | None = None
) -> DataLocation:
    """Find the data, or build it into the user's cache (calling ``on_build`` first)."""
    seeds = seeds or seeds_dir()
    found = find_data(seeds)
    if found is not None:
        return found
    if on_build is not None:
        on_build()
    target = cache_data_dir()
    build.build(seeds, target, force=True)
    return DataLocation(target, bundled=False)
