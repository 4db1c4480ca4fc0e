"""Typed per-user settings over QSettings (INI format in the user's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from guide import APP_ID
from ui.navigation import Location

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.6, 3.0, 0.1
RECENT_LIMIT = 8


def clamp_zoom(value: float) -> float:
    """Zoom limited to what the layouts handle, rounded to one decimal."""
    return round(min(ZOOM_MAX, max(ZOOM_MIN, value)), 1)


class Settings:
    """The settings the app remembers, with types and defaults in one place."""

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

    def _get(self, key: str, default: object) -> object:
        value = self._s.value(key, default)
        return default if value is None else value

    @property
    def zoom(self) -> float:
        """Text zoom factor (1.0 = normal)."""
        try:
            return clamp_zoom(float(self._get("view/zoom", 1.0)))
        except (TypeError, ValueError):
            return 1.0

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._s.setValue("view/zoom", clamp_zoom(value))

    @property
    def geometry(self) -> QByteArray | None:
        """Saved window geometry (QWidget.saveGeometry)."""
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def last_location(self) -> Location | None:
        """The view shown when the app was closed."""
        return Location.decode(str(self._get("view/last", "")))

    @last_location.setter
    def last_location(self, location: Location) -> None:
        self._s.setValue("view/last", location.encode())

    @property
    def recent_searches(self) -> list[str]:
        """The user's last searches, newest first."""
        value = self._s.value("search/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or [] if str(v).strip()][:RECENT_LIMIT]

    def add_recent_search(self, query: str) -> None:
        """Remember a search (moved to the front if it was there already)."""
        query = " ".join(query.split())
        if not query:
            return
        recent = [q for q in self.recent_searches if q.casefold() != query.casefold()]
        self._s.setValue("search/recent", [query, *recent][:RECENT_LIMIT])

    def clear_recent_searches(self) -> None:
        """Forget every search."""
        self._s.remove("search/recent")

    def reset_for_next_student(self) -> None:
        """A shared lab PC: forget searches, the last view and the zoom (keep window size)."""
        for key in ("search/recent", "view/last", "view/zoom"):
            self._s.remove(key)

    @property
    def theme(self) -> str:
        """ "system" (default), "light", "dark" or "contrast"."""
        return str(self._get("view/theme", "system"))

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("view/theme", value)
