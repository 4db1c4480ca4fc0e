"""Presentation mode as slides (issue 15): every slide of both bundled roles and of the
comparison fits 1024×768 (and 1920×1080) in the three themes, and the keys a teacher and a
presenter's clicker use step, reveal, jump, blank and leave where the slide was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from guide.library import BACKEND_ID, FRONTEND_ID
from guide.slides import comparison_deck, profile_deck
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.palettes import high_contrast_palette
from ui.slide_layout import MIN_BODY, overflows
from ui.slide_view import SlideView
from ui.theme import palette_for

SHOTS = Path(__file__).resolve().parent / "screenshots"
THEMES = {"contrast": high_contrast_palette, "light": lambda: palette_for("light"),
          "dark": lambda: palette_for("dark")}  # fmt: skip


def _decks(library):
    return {
        "compare": comparison_deck(library, BACKEND_ID, FRONTEND_ID),
        "backend": profile_deck(library, BACKEND_ID),
        "frontend": profile_deck(library, FRONTEND_ID),
    }


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_every_slide_and_every_page_of_its_claims_fits_the_screen(
    qtbot, library, theme: str, size: tuple[int, int]
) -> None:
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_colours(THEMES[theme](), theme)
    folder = SHOTS / f"{size[0]}x{size[1]}" / "slides"
    folder.mkdir(parents=True, exist_ok=True)
    for name, deck in _decks(library).items():
        view.show_deck(deck)
        for index in range(view.count):
            view.go_to(index)
            layout = view.current_layout()
            assert overflows(layout) == [], (name, index)
            assert layout.body_px >= round(size[1] * MIN_BODY)  # presentation size, never less
            assert deck.role_names[0] in layout.text()  # the role names stay visible …
            assert view.counter_text() in layout.text()  # … and the counter "3 / 10"
            image = view.grab().toImage()
            if size == (1024, 768) or theme == "contrast":
                image.save(str(folder / f"{name}-{index + 1:02d}-{theme}.png"))
            background = QColor(image.pixel(2, 2))
            assert background == THEMES[theme]().color(view.backgroundRole())
            shown = "\n".join(p.full for c in deck.slides[index].columns for p in c.details)
            revealed = ""
            for page in range(layout.pages):  # Enter: every claim, page by page, all fitting
                view.reveal()
                assert view.page == page
                details = view.current_layout()
                assert overflows(details) == [], (name, index, page)
                revealed += details.text()
                if all(c.details for c in deck.slides[index].columns):  # both roles speak:
                    assert "tidak dibahas" not in details.text(), (name, index, page)
            if layout.pages:
                view.reveal()
                assert view.page == -1  # after the last page: the key points again
                words = " ".join(shown.split())
                got = " ".join(revealed.split())
                for claim in deck.slides[index].columns[0].details:  # every claim was shown
                    head = " ".join(claim.full.split()[:6])
                    assert head in got or "…" in got, (name, index, head)
                assert words  # something to reveal


def test_a_long_point_is_shortened_and_the_rest_waits_for_enter(qtbot, library) -> None:
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    deck = profile_deck(library, BACKEND_ID)
    view.show_deck(deck, deck.index_of("keahlian"))
    layout = view.current_layout()
    shown = len(deck.slides[view.index].columns[0].points) - layout.hidden
    assert layout.hidden > 0 and shown >= 3  # 11 groups do not fit at presentation size
    assert f"{layout.hidden}" in layout.text().splitlines()[-1]  # "Enter: semua klaim (6 lagi)"
    assert layout.chart is not None  # the technologies' chart beside the points


def _present(qtbot, window: MainWindow, location: Location) -> SlideView:
    window.navigate(location)
    qtbot.keyClick(window.stack, Qt.Key.Key_F5)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is 800×800
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.slides.width() == 1024)
    assert window.stack.currentWidget() is window.slides
    return window.slides


def test_the_comparison_steps_reveals_jumps_blanks_and_leaves_at_its_row(
    qtbot, window: MainWindow
) -> None:
    slides = _present(qtbot, window, Location("compare"))
    assert window.projector and not window.menuBar().isVisible()
    assert slides.palette().color(slides.backgroundRole()).name() == "#000000"  # high contrast
    assert slides.counter_text() == "1 / 10"
    seen = []
    for _ in range(slides.count):  # every slide with the clicker's PageDown, then back
        seen.append((slides.counter_text(), slides.anchor()))
        assert overflows(slides.current_layout()) == []
        qtbot.keyClick(slides, Qt.Key.Key_PageDown)
    assert [c for c, _ in seen] == [f"{i} / 10" for i in range(1, 11)]
    assert [a for _, a in seen] == [s.anchor for s in slides.deck.slides]
    for _ in range(slides.count):
        qtbot.keyClick(slides, Qt.Key.Key_Left)
    for key, expected in (
        (Qt.Key.Key_Right, 2), (Qt.Key.Key_PageDown, 3), (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Left, 1), (Qt.Key.Key_Left, 1), (Qt.Key.Key_End, 10),
        (Qt.Key.Key_Right, 10), (Qt.Key.Key_Home, 1),
    ):  # fmt: skip
        qtbot.keyClick(slides, key)
        assert slides.index + 1 == expected, key
    qtbot.keyClicks(slides, "7")  # a number jumps once the presenter stops typing
    qtbot.waitUntil(lambda: slides.index == 6, timeout=2000)
    qtbot.keyClicks(slides, "10")
    qtbot.keyClick(slides, Qt.Key.Key_Return)  # … or at once with Enter
    assert slides.index == 9 and slides.page == -1
    qtbot.keyClicks(slides, "3")
    qtbot.keyClick(slides, Qt.Key.Key_Enter)
    assert slides.counter_text() == "3 / 10"
    key_points = slides.current_layout().text()
    qtbot.keyClick(slides, Qt.Key.Key_Space)  # reveal the row's full claims
    assert slides.page == 0
    revealed = slides.current_layout().text()
    assert revealed != key_points and "Semua klaim" in revealed
    qtbot.keyClick(slides, Qt.Key.Key_B)  # blank
    assert slides.blank
    assert QColor(slides.grab().toImage().pixel(500, 400)) == QColor("black")
    qtbot.keyClick(slides, Qt.Key.Key_B)  # and back, at the same place
    assert not slides.blank and slides.index == 2 and slides.page == 0
    image = slides.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 768, 16)}) > 2
    qtbot.keyClick(slides, Qt.Key.Key_Escape)  # leave where you were: the row "Teknologi"
    assert not window.projector and window.menuBar().isVisible()
    assert window.stack.currentWidget() is window.comparison
    qtbot.waitUntil(lambda: window.comparison.row_in_view() == 2)
    assert window.history.current.view == "compare"


def test_a_profile_starts_at_its_tab_and_leaves_at_the_slides_tab(
    qtbot, window: MainWindow
) -> None:
    slides = _present(qtbot, window, Location("profile", (BACKEND_ID, "gaji")))
    assert slides.counter_text() == "4 / 8" and slides.anchor() == "gaji"
    tabs = [s.anchor for s in slides.deck.slides]
    qtbot.keyClick(slides, Qt.Key.Key_Home)
    for number, tab in enumerate(tabs, start=1):  # every tab's slide with Right
        assert slides.counter_text() == f"{number} / 8" and slides.anchor() == tab
        qtbot.keyClick(slides, Qt.Key.Key_Right)
    qtbot.keyClicks(slides, "4")
    qtbot.keyClick(slides, Qt.Key.Key_Return)
    assert "Backend Developer" in slides.current_layout().text()
    assert slides.current_layout().chart is not None  # the salary chart
    qtbot.keyClick(slides, Qt.Key.Key_PageDown)  # the presenter's clicker
    assert slides.anchor() == "pendidikan"
    qtbot.keyClick(slides, Qt.Key.Key_T)  # the colours: high contrast → light → dark
    assert slides.palette().color(slides.backgroundRole()) == palette_for("light").color(
        slides.backgroundRole()
    )
    qtbot.keyClick(slides, Qt.Key.Key_T)
    assert slides.theme == "dark"
    qtbot.keyClick(slides, Qt.Key.Key_Escape)
    assert not window.projector
    assert window.stack.currentWidget() is window.profile
    assert window.profile.current_section() == "pendidikan"
    assert window.history.current == Location("profile", (BACKEND_ID, "pendidikan"))


def test_f5_elsewhere_still_magnifies_the_page(qtbot, window: MainWindow) -> None:
    window.navigate(Location("sources"))
    qtbot.keyClick(window.stack, Qt.Key.Key_F5)
    assert window.projector and window.stack.currentWidget() is window.sources
    qtbot.keyClick(window.stack, Qt.Key.Key_Escape)
    assert not window.projector
