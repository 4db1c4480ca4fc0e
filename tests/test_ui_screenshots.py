"""Screenshots of every view at 1024×768 and 1920×1080, saved (git ignores them) and checked:
not blank, no horizontal scrolling of the main content, no widget wider than the window."""

from __future__ import annotations

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
SIZES = [(1024, 768), (1920, 1080)]


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
    out.append(("search", Location("search", ("menyimpan data",))))
    out.append(("search-typo", Location("search", ("pemograman",))))
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
    folder = SHOTS / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    failures = []
    for name, location in _locations(library):
        assert window.navigate(location), name
        QApplication.processEvents()
        image = window.grab().toImage()
        image.save(str(folder / f"{name}.png"))
        assert image.width() == width and image.height() == height
        if _distinct_colours(image) < 8:
            failures.append(f"{name}: blank")
        failures += [f"{name}: {p}" for p in _overflow(window)]
    assert failures == [], "\n".join(failures[:40])
