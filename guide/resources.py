"""Where bundled files live (source tree or PyInstaller bundle) and where per-user files go.

One helper for every bundled path, like qutebrowser's ``utils/resources.py``. Nothing here
creates a directory next to the program; per-user folders are created on demand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from guide import APP_ID

DATA_DIRNAME = "data"
DB_FILENAME = "panduan.sqlite"
LEARNING_FILENAME = "learning.json"  # learning paths and the self-check (guide.learning)
INDEX_DIRNAME = "index"
STAMP_FILENAME = "build.json"


def base_dir() -> Path:
    """The folder holding `seeds/` and `resources/`: the bundle root when frozen, else the repo."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    """The bundled seed articles, metadata and profiles (overridable for tests)."""
    override = os.environ.get("PANDUAN_SEEDS_DIR")
    return Path(override) if override else base_dir() / "seeds"


def resources_dir() -> Path:
    """Bundled icons, themes, translations, and the generated data folder."""
    return base_dir() / "resources"


def bundled_data_dir() -> Path:
    """The DB + index shipped with the program (filled by `panduan-karier build`)."""
    return resources_dir() / DATA_DIRNAME


PORTABLE_MARKER = ".portable"
PORTABLE_DIRNAME = "data-pengguna"


def program_dir() -> Path:
    """The folder of the program: beside the executable when frozen, else the checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return base_dir()


def portable_dir() -> Path | None:
    """Portable mode (a USB stick): a ``.portable`` file beside the program, as Kiwix does,
    keeps every user file in ``data-pengguna/`` beside it instead of the user's profile."""
    if (program_dir() / PORTABLE_MARKER).is_file():
        return program_dir() / PORTABLE_DIRNAME
    return None


def _user_dir(override_variable: str, portable_name: str, kind: str) -> Path:
    """An environment override, else the portable folder's ``portable_name``, else the
    platform's per-user ``kind`` folder ("cache" or "data")."""
    override = os.environ.get(override_variable)
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable / portable_name
    import platformdirs  # imported when needed: ~15 ms the app's first window need not wait

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))


def user_cache_dir() -> Path:
    """Per-user cache, where data is rebuilt when the bundled copy is missing or stale."""
    return _user_dir("PANDUAN_CACHE_DIR", "cache", "cache")


def user_data_dir() -> Path:
    """Per-user data: recent searches, bookmarks, imported articles."""
    return _user_dir("PANDUAN_DATA_DIR", "data", "data")


def user_config_dir() -> Path | None:
    """Where settings go in portable mode; None: Qt's per-user default (QSettings)."""
    portable = portable_dir()
    return portable / "config" if portable is not None else None
