"""Themes: light, dark, high contrast, following the system; remembered; readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.navigation import HOME, Location
from ui.settings import Settings
from ui.theme import CONTRAST, DARK, LIGHT, SYSTEM, contrast_ratio, palette_for

SHOTS = Path(__file__).resolve().parent / "screenshots" / "themes"
ROLES = QPalette.ColorRole


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_theme_palettes_are_readable(theme: str) -> None:
    palette = palette_for(theme)
    pairs = [
        (ROLES.WindowText, ROLES.Window),
        (ROLES.Text, ROLES.Base),
        (ROLES.ButtonText, ROLES.Button),
        (ROLES.HighlightedText, ROLES.Highlight),
        (ROLES.Link, ROLES.Base),
    ]
    for fg, bg in pairs:
        ratio = contrast_ratio(palette.color(fg), palette.color(bg))
        assert ratio >= (7.0 if theme == CONTRAST else 4.5), (theme, fg, bg, ratio)


def test_default_follows_the_system_and_choice_persists(qtbot, window: MainWindow, library) -> None:
    assert window.theme == SYSTEM and window.theme_actions[SYSTEM].isChecked()
    window.theme_actions[DARK].trigger()
    app_bg = QApplication.palette().color(ROLES.Window).name()
    assert app_bg == palette_for(DARK).color(ROLES.Window).name()
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.theme == DARK and again.theme_actions[DARK].isChecked()
    again.set_theme(SYSTEM)


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_screenshots_in_every_theme(qtbot, window: MainWindow, theme: str) -> None:
    window.set_theme(theme, save=False)
    folder = SHOTS / theme
    folder.mkdir(parents=True, exist_ok=True)
    salary = window.library.profile("backend-developer").section("gaji").claims[0].citations[0]
    views = {
        "home": HOME,
        "gaji": Location("profile", ("backend-developer", "gaji")),
        "keahlian": Location("profile", ("backend-developer", "keahlian")),
        "compare": Location("compare"),
        "reader": Location(
            "reader", (salary.article_id, salary.start, salary.end, salary.section_id, "")
        ),
        "search": Location("search", ("menyimpan data",)),
    }
    background = palette_for(theme).color(ROLES.Window)
    for name, location in views.items():
        assert window.navigate(location)
        QApplication.processEvents()
        image = window.grab().toImage()
        image.save(str(folder / f"{name}.png"))
        corner = image.pixelColor(image.width() // 2, image.height() - 40)
        assert contrast_ratio(corner, background) < 1.5, (theme, name)  # the theme is applied


def test_citation_markers_follow_a_theme_change(window: MainWindow) -> None:
    from ui.claims import CitationButton

    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    button = window.profile.findChildren(CitationButton)[0]
    for theme in (DARK, CONTRAST, LIGHT):
        window.set_theme(theme, save=False)
        QApplication.processEvents()
        expected = palette_for(theme).color(ROLES.Link).name()
        assert button.palette().color(ROLES.ButtonText).name() == expected, theme


def test_leaving_projector_mode_follows_the_theme_again(window: MainWindow) -> None:
    window.enter_projector()
    window.leave_projector()
    window.set_theme(DARK, save=False)
    QApplication.processEvents()
    expected = palette_for(DARK).color(ROLES.Window).name()
    assert window.palette().color(ROLES.Window).name() == expected


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_screenshots_languages_and_projector(
    qtbot, library, theme: str, language: str, projector: bool
) -> None:
    from ui import i18n

    app = QApplication.instance()
    i18n.install(app, language)
    try:
        win = MainWindow(Settings())
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        win.set_library(library)
        win.set_theme(theme, save=False)
        if projector:
            win.enter_projector()
            # The offscreen "screen" is 800×800: show the projector layout in a 1024×768 window.
            win.setWindowState(Qt.WindowState.WindowNoState)
            win.resize(1024, 768)
        folder = SHOTS / f"{theme}-{language}-{'projector' if projector else 'normal'}"
        folder.mkdir(parents=True, exist_ok=True)
        for name, location in {
            "home": HOME,
            "ringkasan": Location("profile", ("backend-developer", "ringkasan")),
            "gaji": Location("profile", ("backend-developer", "gaji")),
            "compare": Location("compare"),
            "search": Location("search", ("pemograman",)),
        }.items():
            assert win.navigate(location)
            QApplication.processEvents()
            image = win.grab().toImage()
            image.save(str(folder / f"{name}.png"))
            assert image.width() >= 1000
        if projector:
            win.leave_projector()
        menus = [a.text() for a in win.menuBar().actions()]
        assert ("&File" in menus) == (language == "en")
        win.set_theme(SYSTEM, save=False)
        win.close()
    finally:
        i18n.install(app, "id")


def test_citations_built_in_projector_mode_use_its_colours(window: MainWindow) -> None:
    from ui.claims import CitationButton

    window.enter_projector()
    window.navigate(Location("profile", ("backend-developer", "gaji")))
    button = window.profile.findChildren(CitationButton)[0]
    assert button.palette().color(ROLES.ButtonText).name() == "#ffd700"
    window.leave_projector()
    assert button.palette().color(ROLES.ButtonText).name() != "#ffd700"


def test_light_palette_is_fusions_own_but_for_the_readable_colours() -> None:
    from PySide6.QtWidgets import QStyleFactory

    ours, fusion = palette_for(LIGHT), QStyleFactory.create("Fusion").standardPalette()
    changed = {ROLES.Highlight: "#1a5fb4", ROLES.Link: "#0b57d0", ROLES.PlaceholderText: "#5f6368"}
    argb = QColor.NameFormat.HexArgb
    groups = QPalette.ColorGroup
    for group in (groups.Active, groups.Inactive, groups.Disabled):
        for role in ROLES:
            if role in (ROLES.NColorRoles, ROLES.NoRole):
                continue
            expected = changed.get(role) or fusion.color(group, role).name(argb)
            got = ours.color(group, role)
            assert (got.name() if role in changed else got.name(argb)) == expected, (group, role)


@pytest.fixture
def system_scheme():
    """Leave what ui.theme learnt about the system as it was."""
    from ui import theme

    before = (theme._System.palette_dark, theme._System.scheme_dark)
    yield theme._System
    theme._System.palette_dark, theme._System.scheme_dark = before


def test_the_system_scheme_decides_once_known_else_its_palette(system_scheme) -> None:
    from ui.theme import confirm_system_scheme, system_is_dark

    system_scheme.palette_dark, system_scheme.scheme_dark = True, None
    assert system_is_dark()  # not read yet: the platform's palette is dark
    assert confirm_system_scheme(Qt.ColorScheme.Light)  # changed the answer
    assert not system_is_dark()
    assert not confirm_system_scheme(Qt.ColorScheme.Light)
    assert confirm_system_scheme(Qt.ColorScheme.Unknown)  # the platform does not say: palette
    assert system_is_dark()
    system_scheme.palette_dark = False
    assert confirm_system_scheme(Qt.ColorScheme.Dark) and system_is_dark()


def test_the_window_follows_a_change_of_system_scheme(window: MainWindow, system_scheme) -> None:
    system_scheme.scheme_dark = False
    window.set_theme(SYSTEM, save=False)
    light = palette_for(LIGHT).color(ROLES.Window).name()
    dark = palette_for(DARK).color(ROLES.Window).name()
    assert QApplication.palette().color(ROLES.Window).name() == light
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(ROLES.Window).name() == dark
    window.set_theme(LIGHT, save=False)  # a chosen theme stays, whatever the system does
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(ROLES.Window).name() == light


# -- issue 11, point 4: every field, drop-down, menu and popup has an edge that reads ---------


def _edge_reads(image, edge: tuple[int, int], inside: tuple[int, int], outside: QColor) -> str:
    """'' when the pixel at ``edge`` has ≥ 3:1 against both ``outside`` (what is around the
    control) and the pixel at ``inside``; else what was found."""
    line, within = image.pixelColor(*edge), image.pixelColor(*inside)
    ratios = contrast_ratio(line, outside), contrast_ratio(line, within)
    if min(ratios) >= 3.0:
        return ""
    return f"edge {line.name()} vs outside {outside.name()} / inside {within.name()}: {ratios}"


def _check_control(window: MainWindow, widget) -> list[str]:
    """The left and top edges of ``widget`` as the window shows it."""
    from PySide6.QtCore import QPoint

    image = window.grab().toImage()
    origin = widget.mapTo(window, QPoint(0, 0))
    x, y = origin.x(), origin.y()
    mid_x, mid_y = x + widget.width() // 2, y + widget.height() // 2
    outside = image.pixelColor(x - 2, mid_y)
    found = [  # inside: between the edge and the text
        _edge_reads(image, (x, mid_y), (x + 2, mid_y), outside),
        _edge_reads(image, (mid_x, y), (mid_x, y + 3), outside),
    ]
    return [f"{type(widget).__name__}: {f}" for f in found if f]


def _check_popup(popup, window_colour: QColor) -> list[str]:
    """The left and top edges of a menu or popup list, which floats over the window."""
    image = popup.grab().toImage()
    mid_x, mid_y, bottom = image.width() // 2, image.height() // 2, image.height() - 1
    found = [  # (the bottom edge: the top row may be the selected one, in the selection colour)
        _edge_reads(image, (0, mid_y), (2, mid_y), window_colour),
        _edge_reads(image, (mid_x, bottom), (mid_x, bottom - 2), window_colour),
    ]
    return [f"{type(popup).__name__}: {f}" for f in found if f]


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_fields_drop_downs_menus_and_popups_have_a_visible_edge(
    qtbot, window: MainWindow, theme: str
) -> None:
    """WCAG 2.1 SC 1.4.11: a control's edge has ≥ 3:1 against what is around it and inside
    it. Fusion draws it in the window colour darkened, black on the high-contrast black."""
    from PySide6.QtCore import QPoint

    window.set_theme(theme, save=False)
    window_colour = palette_for(theme).color(ROLES.Window)
    assert window.navigate(Location("search", ("menyimpan data",)))
    view = window.search_view
    window.search_box.clear()
    view.results.setFocus()  # the fields are drawn without focus
    QApplication.processEvents()
    problems = _check_control(window, window.search_box)
    problems += _check_control(window, view.article_filter)
    problems += _check_control(window, view.role_filter)

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tampilan")
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    problems += _check_popup(menu, window_colour)
    submenu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    submenu.popup(window.mapToGlobal(QPoint(240, 80)))
    qtbot.waitUntil(submenu.isVisible)
    problems += _check_popup(submenu, window_colour)
    submenu.hide()
    menu.hide()

    view.article_filter.showPopup()
    drop_down = view.article_filter.view().window()
    qtbot.waitUntil(drop_down.isVisible)
    problems += _check_popup(drop_down, window_colour)
    view.article_filter.hidePopup()

    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "dat")
    suggestions = window.search_box.completer_.popup()
    qtbot.waitUntil(suggestions.isVisible)
    problems += _check_popup(suggestions, window_colour)
    suggestions.hide()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_outline_and_focus_colours_read_on_every_palette(theme: str) -> None:
    """The colours ui/style.py draws edges and the focus ring in, against the window, field
    and button colours (the projector's palette is the high-contrast one)."""
    from ui.palettes import focus_colour, outline_colour

    palette = palette_for(theme)
    for colour in (outline_colour(palette), focus_colour(palette)):
        for role in (ROLES.Window, ROLES.Base, ROLES.Button):
            assert contrast_ratio(colour, palette.color(role)) >= 3.0, (theme, colour.name(), role)


STYLE_CHILD = """
import json, sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from ui.app import make_app, open_main_window

app = make_app([])
window = open_main_window(app)
seen = {}

def first_frame():
    seen["style_at_first_frame"] = "ui.style" in sys.modules
    seen["qt_namespace_built"] = "Qt" in vars(QtCore)

window.loading.first_painted.connect(first_frame)

def poll():
    if window.library is not None:
        seen["style_when_ready"] = type(QApplication.style()).__name__
        print(json.dumps(seen), flush=True)
        window.close()
        app.quit()

timer = QtCore.QTimer()
timer.timeout.connect(poll)
timer.start(10)
QtCore.QTimer.singleShot(50_000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_the_app_style_comes_after_the_first_frame(tmp_path: Path) -> None:
    """ui/style.py paints from Python, which builds PySide's ``Qt`` namespace (~30 ms): the
    first frame is plain Fusion, and the app style is in place once the window is up."""
    import json
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PANDUAN_CACHE_DIR": str(tmp_path / "cache"),
        "PANDUAN_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", STYLE_CHILD],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "style_at_first_frame": False,
        "qt_namespace_built": False,
        "style_when_ready": "AppStyle",
    }


def _darkest_contrast(image, rect, background: QColor) -> float:
    """The highest contrast against ``background`` of any pixel on ``rect``'s border ring (the
    indicator's or groove's edge, wherever the style puts it inside the rectangle)."""
    best = 0.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            if rect.left() + 2 < x < rect.right() - 2 and rect.top() + 2 < y < rect.bottom() - 2:
                continue  # only the outer two pixels: the edge, not the check mark
            best = max(best, contrast_ratio(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST])
def test_radio_buttons_check_boxes_and_progress_bars_have_a_visible_edge(
    qtbot, window: MainWindow, theme: str
) -> None:
    """The self-check's answers (radio buttons), the reset's check box and the learning path's
    progress bar: an empty circle, square or scale still shows (≥ 3:1 against the window)."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QProgressBar,
        QRadioButton,
        QStyle,
        QStyleOptionButton,
        QVBoxLayout,
        QWidget,
    )

    window.set_theme(theme, save=False)
    background = palette_for(theme).color(ROLES.Window)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    radio, check, bar = QRadioButton("Belum seperti saya"), QCheckBox("Hapus juga"), QProgressBar()
    bar.setRange(0, 11)
    bar.setValue(0)
    bar.setTextVisible(False)
    for widget in (radio, check, bar):
        layout.addWidget(widget)
    box.resize(300, 120)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    found = {}
    for widget, element in (
        (radio, QStyle.SubElement.SE_RadioButtonIndicator),
        (check, QStyle.SubElement.SE_CheckBoxIndicator),
    ):
        option = QStyleOptionButton()
        option.initFrom(widget)
        rect = widget.style().subElementRect(element, option, widget)
        rect.translate(widget.pos())
        found[type(widget).__name__] = _darkest_contrast(image, rect, background)
    found["QProgressBar"] = _darkest_contrast(image, bar.geometry(), background)
    assert all(ratio >= 3.0 for ratio in found.values()), (theme, found)


@pytest.mark.parametrize("theme", [DARK, CONTRAST])
def test_a_scroll_handle_and_a_pressed_toggle_show_on_dark_themes(
    qtbot, window: MainWindow, theme: str
) -> None:
    """The scroll bar's handle had a 1.2:1 edge on black; a step's chosen state differed from
    the others by a shade (1.2:1): the handle is edged, a pressed toggle has a bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QScrollBar, QStyle, QStyleOptionSlider

    window.set_theme(theme, save=False)
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.setRange(0, 100)
    bar.setPageStep(20)
    bar.resize(16, 300)
    toggles = [QPushButton("Selesai"), QPushButton("Belum")]
    for toggle in toggles:
        toggle.setCheckable(True)
        toggle.resize(120, 30)
    toggles[0].setChecked(True)
    for widget in (bar, *toggles):
        qtbot.addWidget(widget)
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    image = bar.grab().toImage()
    track = image.pixelColor(bar.width() // 2, bar.height() - 40)
    assert _darkest_contrast(image, handle, track) >= 3.0
    pressed, other = (t.grab().toImage() for t in toggles)
    row = pressed.height() - 4  # the bar, just above the button's bottom edge
    x = pressed.width() // 2
    assert contrast_ratio(pressed.pixelColor(x, row), other.pixelColor(x, row)) >= 3.0
