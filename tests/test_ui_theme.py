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
