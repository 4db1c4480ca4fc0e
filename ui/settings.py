"""Typed per-user settings over QSettings (INI format in the user's config folder).

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
import unicodedata

from PySide6.QtCore import QByteArray, QSettings

from guide import APP_ID
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


def clean_search(value: object) -> str | None:
    """A recent search as the search box would have saved it (whitespace collapsed, at most
    :data:`RECENT_MAX_CHARS`, no control characters); None for anything else."""
    if not isinstance(value, str) or len(value) > RECENT_MAX_CHARS:
        return None
    text = " ".join(value.split())
    if not text or any(unicodedata.category(c) in ("Cc", "Cs") for c in text):
        return None
    return text


class Settings:
    """The settings the app remembers, with types, limits and defaults in one place."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID
        )

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()

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
        value = self._read(ZOOM_KEY)
        if isinstance(value, bool):
            return ZOOM_DEFAULT
        if isinstance(value, int | float):
            return clamp_zoom(float(value))
        text = short_text(value)
        if text is None:
            return ZOOM_DEFAULT
        try:
            return clamp_zoom(float(text))
        except ValueError:
            return ZOOM_DEFAULT

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
        """A shared lab PC: forget searches, the last view and the zoom (keep window size)."""
        for key in (RECENT_KEY, LAST_VIEW_KEY, ZOOM_KEY):
            self._s.remove(key)

    @property
    def theme(self) -> str:
        """ "system" (default), "light", "dark" or "contrast"."""
        value = short_text(self._read(THEME_KEY))
        return value if value in THEMES else SYSTEM

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue(THEME_KEY, value)
