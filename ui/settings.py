"""Typed per-user settings over QSettings (INI format in the user's config folder), and the
lab administrator's defaults (``panduan-karier-lab.ini``, see :func:`lab_defaults`).

Every value read from the file is checked before use: the file may have been edited by hand,
written by another program or version, or be hostile (serialized Qt values where text is
expected, megabyte strings, thousands of entries). A value of the wrong type, size or range
falls back to its default; reading never raises, and its cost does not grow with what the file
holds beyond Qt's own parse of it (an oversized recent-search list or last view is rewritten
capped, or removed, the first time it is read).
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from guide import APP_ID
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_KEY, LANGUAGES
from ui.navigation import MAX_ENCODED_LENGTH, Location
from ui.theme import SYSTEM, THEMES

log = logging.getLogger(__name__)

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.6, 3.0, 0.1
ZOOM_DEFAULT = 1.0
RECENT_LIMIT = 8  # recent searches kept
RECENT_MAX_CHARS = 200  # a longer "search" was not typed into the search box
RECENT_SCAN_LIMIT = 64  # entries looked at when reading, however many the file holds
GEOMETRY_MAX_BYTES = 4096  # QWidget.saveGeometry writes 66 bytes
GEOMETRY_MAGIC = b"\x01\xd9\xd0\xcb"  # the first four bytes of QWidget.saveGeometry's output
SHORT_TEXT_MAX_CHARS = 64  # a number or a name (zoom, theme, language)

RECENT_KEY = "search/recent"
LAST_VIEW_KEY = "view/last"
ZOOM_KEY = "view/zoom"
THEME_KEY = "view/theme"
GEOMETRY_KEY = "window/geometry"


def clamp_zoom(value: float) -> float:
    """Zoom limited to what the layouts handle, rounded to one decimal (1.0 if not finite)."""
    if not math.isfinite(value):
        return ZOOM_DEFAULT
    return round(min(ZOOM_MAX, max(ZOOM_MIN, value)), 1)


def read_value(qsettings: QSettings, key: str) -> object:
    """``qsettings.value(key)``, or None when it is missing or Qt cannot turn it into a Python
    value (an unknown serialized type); never raises."""
    try:
        return qsettings.value(key)
    except Exception:  # a Qt value PySide cannot convert: treated as absent
        log.warning("Pengaturan %s tidak terbaca; nilai bawaan dipakai", key, exc_info=True)
        return None


def short_text(value: object) -> str | None:
    """``value`` when it is a string of at most :data:`SHORT_TEXT_MAX_CHARS`; else None."""
    return value if isinstance(value, str) and len(value) <= SHORT_TEXT_MAX_CHARS else None


def parse_zoom(value: object) -> float | None:
    """A zoom factor from a stored value (a number, or short text holding one), clamped with
    :func:`clamp_zoom`; None when it is not one (or not finite)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(short_text(value) or "nan")
        except ValueError:
            return None
    return clamp_zoom(number) if math.isfinite(number) else None


def parse_theme(value: object) -> str | None:
    """One of :data:`ui.theme.THEMES`, or None."""
    text = short_text(value)
    return text if text in THEMES else None


def parse_language(value: object) -> str | None:
    """A language code of :data:`ui.i18n.LANGUAGES` ("id", "en"), or None."""
    text = short_text(value)
    return text if text in LANGUAGES else None


FOLDER_MAX_CHARS = 1024  # a lab folder's path (a network share, C:\ProgramData\…)


def parse_folder(value: object) -> str | None:
    """A folder path as an administrator writes it (surrounding quotes and spaces removed), or
    None: empty, too long, or holding control characters. Whether it exists is checked when it
    is read (a share may be offline at one start and back at the next)."""
    if not isinstance(value, str) or len(value) > FOLDER_MAX_CHARS:
        return None
    text = value.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if not text or any(unicodedata.category(c) in ("Cc", "Cs") for c in text):
        return None
    return text


TRUE_WORDS = frozenset({"true", "yes", "ya", "1", "on"})
FALSE_WORDS = frozenset({"false", "no", "tidak", "0", "off"})


def parse_flag(value: object) -> bool | None:
    """true/false (also yes/no, ya/tidak, 1/0, on/off, any case), or None."""
    if isinstance(value, bool):
        return value
    text = (short_text(value) or "").strip().casefold()
    if text in TRUE_WORDS:
        return True
    return False if text in FALSE_WORDS else None


def clean_search(value: object) -> str | None:
    """A recent search as the search box would have saved it (whitespace collapsed, at most
    :data:`RECENT_MAX_CHARS`, no control characters); None for anything else."""
    if not isinstance(value, str) or len(value) > RECENT_MAX_CHARS:
        return None
    text = " ".join(value.split())
    if not text or any(unicodedata.category(c) in ("Cc", "Cs") for c in text):
        return None
    return text


# -- the lab administrator's defaults ---------------------------------------------------------

LAB_FILENAME = "panduan-karier-lab.ini"
LAB_FILE_MAX_BYTES = 64 * 1024  # five keys; anything larger is not an admin's file


class LabDefaults(NamedTuple):
    """What a lab administrator set in ``panduan-karier-lab.ini``; None: the built-in default."""

    language: str | None = None
    theme: str | None = None
    zoom: float | None = None
    read_only: bool = False  # students' choices last one session; every start is the defaults
    path: str = ""  # the file they came from ("" when there is none)
    packs: str = ""  # the lab folder of content packs (PANDUAN_PACKS_DIR wins over it)


LAB_KEYS = {
    "language": parse_language,
    "theme": parse_theme,
    "zoom": parse_zoom,
    "read_only": parse_flag,
    "packs": parse_folder,
}
RAW_KEYS = frozenset({"packs"})  # read as written: QSettings takes "\\" in a path as an escape


def raw_ini_value(path: Path, key: str) -> str | None:
    """The text after ``key=`` in the INI file ``path`` (outside any section but [General]),
    exactly as written, a trailing " ; comment" removed; None when it is not there. For a
    Windows path, which QSettings would unescape (``C:\\ProgramData`` -> "C:rogramData")."""
    try:
        data = path.read_bytes()[:LAB_FILE_MAX_BYTES]
    except OSError:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Notepad's ANSI
        text = data.decode("cp1252", errors="replace")
    general = True
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            general = stripped.casefold() == "[general]"
            continue
        name, sep, value = stripped.partition("=")
        if general and sep and name.strip() == key:
            return re.split(r"\s;", value, maxsplit=1)[0].strip()
    return None


def read_lab_file(path: Path) -> LabDefaults:
    """The defaults in ``path``; every value is checked like the user's own settings, and one
    that is unknown or invalid is left out (and logged, for the administrator)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        log.warning("Berkas lab %s tidak terbaca: %s", path, exc)
        return LabDefaults(path=str(path))
    if size > LAB_FILE_MAX_BYTES:
        log.warning("Berkas lab %s terlalu besar (%d bita); diabaikan", path, size)
        return LabDefaults(path=str(path))
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    if qsettings.status() != QSettings.Status.NoError:
        log.warning("Berkas lab %s tidak terbaca (format INI rusak); diabaikan", path)
        return LabDefaults(path=str(path))
    values: dict[str, object] = {}
    for key in qsettings.allKeys()[: len(LAB_KEYS) * 4]:
        name = key.removeprefix("General/")
        parse = LAB_KEYS.get(name)
        raw = raw_ini_value(path, name) if name in RAW_KEYS else read_value(qsettings, key)
        value = parse(raw) if parse else None
        if value is None:
            log.warning("Berkas lab %s: %s tidak dikenal atau tidak sah; diabaikan", path, key[:64])
        else:
            values[name] = value
    return LabDefaults(**values, path=str(path))


def lab_files() -> list[Path]:
    """Where the lab file is looked for, first found wins: beside the program (the folder a
    lab copies to every PC), then the system-wide settings folder (Windows:
    ``C:\\ProgramData\\panduan-karier``, Linux: ``/etc/xdg/panduan-karier``)."""
    from guide.resources import program_dir

    system = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.SystemScope, APP_ID, Path(LAB_FILENAME).stem
    ).fileName()
    return [program_dir() / LAB_FILENAME, Path(system)]


@lru_cache(maxsize=1)
def lab_defaults() -> LabDefaults:
    """The lab administrator's defaults, read once per run (``lab_defaults.cache_clear()``
    reads them again); all None when there is no lab file."""
    for path in lab_files():
        if path.is_file():
            lab = read_lab_file(path)
            log.info("Bawaan lab dari %s: %s", path, lab)
            return lab
    return LabDefaults()


_session_file: list[str] = []


def session_qsettings() -> QSettings:
    """Read-only lab mode: this run's settings, in a temporary file removed when the program
    ends, so that nothing a student chose is there at the next start."""
    if not _session_file:
        import atexit
        import shutil
        import tempfile

        try:
            folder = tempfile.mkdtemp(prefix=f"{APP_ID}-")
        except OSError:  # no temporary folder: Qt keeps the values in memory all the same
            log.warning("Tidak ada folder sementara untuk pengaturan sesi", exc_info=True)
            folder = str(Path(tempfile.gettempdir()) / f"{APP_ID}-tidak-ada")
        else:
            atexit.register(shutil.rmtree, folder, True)
        _session_file.append(str(Path(folder) / "sesi.ini"))
    return QSettings(_session_file[0], QSettings.Format.IniFormat)


# -- the user's settings -----------------------------------------------------------------------


class Settings:
    """The settings the app remembers, with types, limits and defaults in one place.

    A value the user never chose (or that is unusable) is the lab administrator's default
    (:func:`lab_defaults`), else the built-in one. With ``read_only=true`` in the lab file the
    settings live in a file of this run only (:func:`session_qsettings`)."""

    def __init__(self, qsettings: QSettings | None = None, lab: LabDefaults | None = None) -> None:
        self.lab = lab_defaults() if lab is None else lab
        if qsettings is None and self.lab.read_only:
            qsettings = session_qsettings()
        elif qsettings is None:
            ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
            qsettings = QSettings(ini, user, APP_ID, APP_ID)
        self._s = qsettings

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()

    def can_save(self) -> bool:
        """Write pending changes; False when they cannot reach the disk (a read-only config
        folder or settings file, a read-only portable copy, a full disk)."""
        self._s.sync()
        return self._s.status() == QSettings.Status.NoError and self._s.isWritable()

    @property
    def default_zoom(self) -> float:
        """The zoom a student starts with: the lab's, else 100 %."""
        return self.lab.zoom if self.lab.zoom is not None else ZOOM_DEFAULT

    @property
    def default_theme(self) -> str:
        """The theme a student starts with: the lab's, else following the system."""
        return self.lab.theme or SYSTEM

    @property
    def default_language(self) -> str:
        """The language a student starts with: the lab's, else Indonesian."""
        return self.lab.language or DEFAULT_LANGUAGE

    @property
    def path(self) -> str:
        """Where the settings file lives."""
        return self._s.fileName()

    def _read(self, key: str) -> object:
        return read_value(self._s, key)

    def _discard(self, key: str) -> None:
        """Forget a stored value that is unusable, so the next start does not read it again."""
        log.warning("Pengaturan %s tidak sah; dihapus, nilai bawaan dipakai", key)
        self._s.remove(key)

    @property
    def zoom(self) -> float:
        """Text zoom factor (1.0 = normal), finite and within [ZOOM_MIN, ZOOM_MAX]."""
        value = parse_zoom(self._read(ZOOM_KEY))
        return self.default_zoom if value is None else value

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._s.setValue(ZOOM_KEY, clamp_zoom(value))

    @property
    def geometry(self) -> QByteArray | None:
        """Saved window geometry (QWidget.saveGeometry), or None unless it looks like one."""
        value = self._read(GEOMETRY_KEY)
        if not isinstance(value, QByteArray) or not 0 < value.size() <= GEOMETRY_MAX_BYTES:
            return None
        if bytes(value.left(len(GEOMETRY_MAGIC)).data()) != GEOMETRY_MAGIC:
            return None
        return value

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(GEOMETRY_KEY, value)

    @property
    def last_location(self) -> Location | None:
        """The view shown when the app was closed; None when unset or unusable."""
        value = self._read(LAST_VIEW_KEY)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > MAX_ENCODED_LENGTH:
            self._discard(LAST_VIEW_KEY)
            return None
        return Location.decode(value)

    @last_location.setter
    def last_location(self, location: Location) -> None:
        encoded = location.encode()
        if len(encoded) <= MAX_ENCODED_LENGTH:
            self._s.setValue(LAST_VIEW_KEY, encoded)
        else:  # a location too long to read back: forget the old one rather than keep it
            self._s.remove(LAST_VIEW_KEY)

    @property
    def recent_searches(self) -> list[str]:
        """The user's last searches, newest first: at most :data:`RECENT_LIMIT` strings of at
        most :data:`RECENT_MAX_CHARS` each. A stored list that breaks these rules is rewritten
        with what is usable in it."""
        value = self._read(RECENT_KEY)
        if value is None:
            return []
        stored = [value] if isinstance(value, str) else value
        if not isinstance(stored, list):
            self._discard(RECENT_KEY)
            return []
        recent: list[str] = []
        seen: set[str] = set()
        for item in stored[:RECENT_SCAN_LIMIT]:
            query = clean_search(item)
            if query is not None and query.casefold() not in seen:
                seen.add(query.casefold())
                recent.append(query)
                if len(recent) == RECENT_LIMIT:
                    break
        if stored != recent:
            self._store_recent(recent)
        return recent

    def _store_recent(self, recent: list[str]) -> None:
        if recent:
            self._s.setValue(RECENT_KEY, recent)
        else:
            self._s.remove(RECENT_KEY)

    def add_recent_search(self, query: str) -> None:
        """Remember a search (moved to the front if it was there already); whitespace is
        collapsed and a query longer than :data:`RECENT_MAX_CHARS` is cut to that length."""
        query = " ".join(query.split())[:RECENT_MAX_CHARS].strip()
        if clean_search(query) is None:
            return
        recent = [q for q in self.recent_searches if q.casefold() != query.casefold()]
        self._store_recent([query, *recent][:RECENT_LIMIT])

    def clear_recent_searches(self) -> None:
        """Forget every search."""
        self._s.remove(RECENT_KEY)

    def reset_for_next_student(self) -> None:
        """A shared lab PC: forget searches, the last view, the zoom, the theme and the
        language, so that they are the lab's defaults again (the window size is kept)."""
        for key in (RECENT_KEY, LAST_VIEW_KEY, ZOOM_KEY, THEME_KEY, LANGUAGE_KEY):
            self._s.remove(key)

    @property
    def theme(self) -> str:
        """ "system", "light", "dark" or "contrast" (default: the lab's, else "system")."""
        value = parse_theme(self._read(THEME_KEY))
        return self.default_theme if value is None else value

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue(THEME_KEY, value)
