"""Settings read from a hostile or damaged INI file: every value is checked and capped, a bad
one falls back to its default, reading never raises and stays fast (issue 10, point 11)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from ui import i18n
from ui.navigation import HOME, Location
from ui.settings import RECENT_LIMIT, ZOOM_MAX, ZOOM_MIN, Settings

RECENT_MAX_CHARS = 200  # the cap on one remembered search (ui.settings has the same)
GEOMETRY_MAX_BYTES = 4096  # far above the 66 bytes QWidget.saveGeometry writes

# Reading a settings file takes well under 50 ms here (the 10 MB ones included); the limit is
# wide so that a loaded CI machine does not fail it, and still far below the 30 s start-up
# an oversized file caused.
READ_LIMIT_S = 1.0

# Serialized Qt values as QSettings writes them in an INI file (the file is the user's to
# edit, or another program's to damage): none of them is text where text is expected.
QT_VALUES = {
    "int": r"@Variant(\0\0\0\x2\0\0\0\x5)",
    "bytes": "@ByteArray(abc)",
    "point": "@Point(1 2)",
    "rect": "@Rect(1 2 3 4)",
    "map": r"@Variant(\0\0\0\b\0\0\0\x1\0\0\0\x2\0x\0\0\0\x2\0\0\0\x1)",
    "nested-list": r"a, @Variant(\0\0\0\t\0\0\0\x1\0\0\0\x2\0\0\0\x2)",
    "unknown-type": r"@Variant(\0\0\0\x7f\0\0\0\x10garbage)",
    "invalid": "@Invalid()",
}
# What Qt says while it fails to read an unknown serialized type (the value comes back None).
QT_READ_WARNINGS = ("QVariant::load: unknown user type", "Trying to construct an instance")

_names = itertools.count()


def settings_file(folder: Path, **sections: dict[str, str]) -> Settings:
    """Settings over a fresh INI file holding exactly ``sections`` (raw INI values)."""
    path = folder / f"settings-{next(_names)}.ini"  # a new name: Qt caches files by path
    lines = []
    for section, values in sections.items():
        lines.append(f"[{section}]")
        lines += [f"{key}={value}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def read_all(settings: Settings) -> dict[str, object]:
    """Every value the app reads from its settings, timed as one read."""
    started = time.perf_counter()
    values = {
        "recent": settings.recent_searches,
        "last": settings.last_location,
        "zoom": settings.zoom,
        "theme": settings.theme,
        "geometry": settings.geometry,
        "language": i18n.current_language(settings),
    }
    elapsed = time.perf_counter() - started
    assert elapsed < READ_LIMIT_S, f"reading the settings took {elapsed:.2f} s"
    return values


DEFAULTS = {
    "recent": [],
    "last": None,
    "zoom": 1.0,
    "theme": "system",
    "geometry": None,
    "language": "id",
}


@pytest.mark.qt_log_ignore(*QT_READ_WARNINGS)
@pytest.mark.parametrize("raw", QT_VALUES.values(), ids=QT_VALUES.keys())
def test_serialized_qt_values_fall_back_to_defaults(tmp_path: Path, raw: str) -> None:
    settings = settings_file(
        tmp_path,
        search={"recent": raw},
        view={"last": raw, "zoom": raw, "theme": raw},
        window={"geometry": raw},
        ui={"language": raw},
    )
    expected = dict(DEFAULTS)
    if raw == QT_VALUES["int"]:
        expected["zoom"] = ZOOM_MAX  # a number is a zoom factor: 5 is clamped
    if raw == QT_VALUES["nested-list"]:
        expected["recent"] = ["a"]  # the one entry that is text is kept
    assert read_all(settings) == expected


@pytest.mark.qt_log_ignore(*QT_READ_WARNINGS)
@pytest.mark.parametrize("raw", QT_VALUES.values(), ids=QT_VALUES.keys())
def test_searching_works_over_a_serialized_qt_value(tmp_path: Path, raw: str) -> None:
    """The original failure: every search raised TypeError remembering itself."""
    settings = settings_file(tmp_path, search={"recent": raw})
    settings.add_recent_search("gaji backend")
    settings.add_recent_search("docker")
    assert settings.recent_searches[:2] == ["docker", "gaji backend"]
    assert all(isinstance(q, str) for q in settings.recent_searches)


def test_oversized_recent_searches_are_capped_and_fast(tmp_path: Path) -> None:
    """100,000 entries and multi-megabyte ones: at most RECENT_LIMIT short strings come
    back, quickly, and the file is rewritten capped so the next start does not pay again."""
    huge = "x" * 3_000_000
    entries = [huge, "a" * (RECENT_MAX_CHARS + 1), *(f"kata{i}" for i in range(100_000))]
    settings = settings_file(tmp_path, search={"recent": ", ".join(entries)})
    recent = read_all(settings)["recent"]
    assert recent == [f"kata{i}" for i in range(RECENT_LIMIT)]
    settings.sync()
    assert Path(settings.path).stat().st_size < 1000
    started = time.perf_counter()
    again = Settings(QSettings(settings.path, QSettings.Format.IniFormat)).recent_searches
    assert time.perf_counter() - started < READ_LIMIT_S
    assert again == recent


def test_recent_searches_are_text_of_bounded_length(tmp_path: Path) -> None:
    stored = [
        "  docker   compose ",
        "tab\tand\nnewline",
        "nul\x00char",
        "",
        "   ",
        "DOCKER compose",
    ]
    settings = settings_file(tmp_path)
    settings._s.setValue("search/recent", stored)
    # duplicates (case-insensitive) and control characters go; whitespace is collapsed
    assert settings.recent_searches == ["docker compose", "tab and newline"]
    settings.add_recent_search("q" * 10_000)
    assert settings.recent_searches[0] == "q" * RECENT_MAX_CHARS
    for i in range(20):
        settings.add_recent_search(f"cari {i}")
    assert len(settings.recent_searches) == RECENT_LIMIT


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 100_000,
        '["home", ' + "[" * 50_000 + "]" * 50_000 + "]",
        '["home", "' + "b" * 5_000_000 + '"]',
        '{"view": "home"}',
        '["home", 1, null]',
        "@Point(1 2)",
        "home, profile",  # QSettings reads this as a list
    ],
    ids=["brackets", "nested-args", "huge", "object", "non-text-args", "point", "list"],
)
def test_hostile_last_view_is_ignored_quickly(tmp_path: Path, raw: str) -> None:
    """A deeply nested or huge view/last raised RecursionError (the window stayed on the
    loading view) or took seconds to parse; now it is None at once."""
    settings = settings_file(tmp_path, view={"last": raw})
    assert read_all(settings)["last"] is None
    settings.sync()
    assert Path(settings.path).stat().st_size < 1000  # an oversized one is not kept


def test_last_view_round_trip_and_oversized_location(tmp_path: Path) -> None:
    settings = settings_file(tmp_path)
    reader = Location("reader", ("000", "120", "180", "000-03", "gaji"))
    settings.last_location = reader
    assert settings.last_location == reader
    settings.last_location = Location("search", ("q" * 10_000,))
    assert settings.last_location is None  # not written, and the older one forgotten


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nan", 1.0),
        ("inf", 1.0),
        ("-inf", 1.0),
        ("1e400", 1.0),
        ("true", 1.0),
        ("1" * 100_000, 1.0),
        ("1.5, 2", 1.0),
        ("100", ZOOM_MAX),
        ("0.01", ZOOM_MIN),
        ("-5", ZOOM_MIN),
        ("1.46", 1.5),
    ],
)
def test_zoom_is_finite_and_clamped(tmp_path: Path, raw: str, expected: float) -> None:
    assert read_all(settings_file(tmp_path, view={"zoom": raw}))["zoom"] == expected


def test_zoom_setter_refuses_non_finite(tmp_path: Path) -> None:
    settings = settings_file(tmp_path)
    settings.zoom = float("nan")
    assert settings.zoom == 1.0
    settings.zoom = 2.0
    assert settings.zoom == 2.0


@pytest.mark.parametrize("raw", ["klingon", "Dark", "x" * 1_000_000, "dark, light", ""])
def test_unknown_theme_is_the_system_one(tmp_path: Path, raw: str) -> None:
    assert read_all(settings_file(tmp_path, view={"theme": raw}))["theme"] == "system"


def test_known_themes_are_kept(tmp_path: Path) -> None:
    from ui.theme import THEMES

    for theme in THEMES:
        assert settings_file(tmp_path, view={"theme": theme}).theme == theme


@pytest.mark.parametrize("raw", ["klingon", "EN", "x" * 1_000_000, "en, id", ""])
def test_unknown_language_is_indonesian(tmp_path: Path, raw: str) -> None:
    assert read_all(settings_file(tmp_path, ui={"language": raw}))["language"] == "id"
    assert i18n.current_language(settings_file(tmp_path, ui={"language": "en"})) == "en"


def _byte_array(data: bytes) -> str:
    """``data`` as QSettings writes a QByteArray in an INI file."""
    return "@ByteArray(" + "".join(f"\\x{b:x}" for b in data) + ")"


def test_geometry_must_be_a_saved_geometry_of_sane_size(qtbot, tmp_path: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    saved = bytes(widget.saveGeometry().data())
    good = settings_file(tmp_path, window={"geometry": _byte_array(saved)})
    assert isinstance(good.geometry, QByteArray) and bytes(good.geometry.data()) == saved
    for bad in (
        saved[4:],  # no magic number
        saved[:4] + b"\x00" * GEOMETRY_MAX_BYTES,  # far larger than any saved geometry
    ):
        settings = settings_file(tmp_path, window={"geometry": _byte_array(bad)})
        assert read_all(settings)["geometry"] is None
    assert settings_file(tmp_path, window={"geometry": "text"}).geometry is None


@pytest.mark.qt_log_ignore(*QT_READ_WARNINGS)
def test_window_starts_home_over_a_hostile_settings_file(qtbot, library, tmp_path: Path) -> None:
    """The whole window: it opens on home (not stuck on the loading view), and a search over
    a serialized recent-search list works and is remembered."""
    from ui.main_window import MainWindow

    settings = settings_file(
        tmp_path,
        search={"recent": QT_VALUES["point"]},
        view={"last": "[" * 100_000, "zoom": "nan", "theme": QT_VALUES["map"]},
        window={"geometry": QT_VALUES["bytes"]},
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_library(library)
    assert window.history.current == HOME
    assert window.stack.currentWidget() is not window.loading
    assert window.zoom == 1.0
    assert [s.text for s in window.suggestions("")] == []
    settings.add_recent_search("gaji")
    assert settings.recent_searches == ["gaji"]
