"""Screenshots of every view at 1024×768 and 1920×1080, and at 200 % scaling, saved (git
ignores them) and checked: not blank, no horizontal scrolling of the main content, no widget
wider than the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from guide.profiles import SECTION_IDS
from ui.main_window import MainWindow
from ui.navigation import HOME, Location
from ui.settings import Settings

SHOTS = Path(__file__).resolve().parent / "screenshots"
# PK_SHOT_SIZES="960x540" is how the 200 % run below asks for its own size.
SIZES = [
    tuple(int(n) for n in size.split("x"))
    for size in os.environ.get("PK_SHOT_SIZES", "1024x768,1920x1080").split(",")
]


def _locations(library) -> list[tuple[str, Location]]:
    out = [("home", HOME), ("compare", Location("compare")), ("sources", Location("sources"))]
    for profile in library.profiles:
        for section in SECTION_IDS:
            out.append(
                (f"profile-{profile.id}-{section}", Location("profile", (profile.id, section)))
            )
    salary = library.profile("backend-developer").section("gaji").claims[0].citations[0]
    out.append(
        (
            "reader-citation",
            Location(
                "reader", (salary.article_id, salary.start, salary.end, salary.section_id, "")
            ),
        )
    )
    out.append(("reader-003", Location("reader", ("003", -1, -1, "", ""))))
    out.append(("quiz", Location("quiz", ("backend-developer", "frontend-developer", 1))))
    out.append(("path-backend", Location("path", ("backend-developer", ""))))
    out.append(("path-frontend", Location("path", ("frontend-developer", ""))))
    out.append(("selfcheck", Location("selfcheck")))
    out.append(("bookmarks", Location("bookmarks")))
    out.append(("search", Location("search", ("menyimpan data",))))
    out.append(("search-typo", Location("search", ("pemograman",))))
    out.append(("search-partial", Location("search", ("gmn skalabilitas docker",))))
    return out


def _distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def _overflow(window: MainWindow) -> list[str]:
    problems = []
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            problems.append(f"horizontal scroll in {area.accessibleName() or area.objectName()}")
    width = window.width()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        left = widget.mapTo(window, QPoint(0, 0)).x()
        if left + widget.width() > width + 1 and not isinstance(widget.parentWidget(), QScrollArea):
            problems.append(
                f"{type(widget).__name__} {widget.objectName()} ends at {left + widget.width()}"
            )
    return problems


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_screenshots(qtbot, library, width: int, height: int) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.set_library(library)
    scale = window.devicePixelRatio()
    folder = SHOTS / (f"{width}x{height}" + (f"@{scale:g}x" if scale != 1 else ""))
    folder.mkdir(parents=True, exist_ok=True)
    failures = []
    for name, location in _locations(library):
        assert window.navigate(location), name
        QApplication.processEvents()
        image = window.grab().toImage()
        image.save(str(folder / f"{name}.png"))
        assert (image.width(), image.height()) == (round(width * scale), round(height * scale))
        if _distinct_colours(image) < 8:
            failures.append(f"{name}: blank")
        failures += [f"{name}: {p}" for p in _overflow(window)]
    assert failures == [], "\n".join(failures[:40])


@pytest.mark.slow  # a second pytest process: run by default, `-m "not slow"` skips it
@pytest.mark.skipif("PK_SHOT_SIZES" in os.environ, reason="this is the run it starts")
def test_screenshots_at_200_percent_scaling() -> None:
    """A 1920×1080 screen at 200 % is 960×540 logical pixels: run the same checks there,
    in a fresh process, because Qt reads QT_SCALE_FACTOR once at start."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "PK_SHOT_SIZES": "960x540"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            __file__,
            "-k",
            "test_screenshots[",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert (SHOTS / "960x540@2x" / "compare.png").is_file()
