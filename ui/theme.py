"""Light, dark and high-contrast themes, or the system's; applied to the whole application."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.palettes import contrast_ratio as contrast_ratio  # re-exported: tests, views
from ui.palettes import high_contrast_palette

SYSTEM, LIGHT, DARK, CONTRAST = "system", "light", "dark", "contrast"
THEMES = (SYSTEM, LIGHT, DARK, CONTRAST)


def dark_palette() -> QPalette:
    """A dark palette with text contrast above 12:1 and a blue that reads on dark grey."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#202124",
        roles.WindowText: "#e8eaed",
        roles.Base: "#17181a",
        roles.AlternateBase: "#26282b",
        roles.Text: "#e8eaed",
        roles.Button: "#2d2f33",
        roles.ButtonText: "#e8eaed",
        roles.BrightText: "#ffffff",
        roles.Highlight: "#8ab4f8",
        roles.HighlightedText: "#000000",
        roles.Link: "#8ab4f8",
        roles.LinkVisited: "#c58af9",
        roles.ToolTipBase: "#2d2f33",
        roles.ToolTipText: "#e8eaed",
        roles.PlaceholderText: "#a8abb0",
        roles.Mid: "#5f6368",
        roles.Dark: "#0f0f10",
        roles.Light: "#3c4043",
        roles.Midlight: "#35373b",
        roles.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


# Fusion's standard light palette (Qt 6), written out: asking a Fusion style object for it
# (QStyleFactory.create("Fusion").standardPalette()) would build a second style and make
# PySide create QStyle's 11 enums while the window first shows. tests/test_ui_theme.py checks
# this table against Fusion's own palette.
_FUSION_LIGHT = {
    "WindowText": "#000000",
    "Button": "#efefef",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Dark": "#9f9f9f",
    "Mid": "#b8b8b8",
    "Text": "#000000",
    "BrightText": "#ffffff",
    "ButtonText": "#000000",
    "Base": "#ffffff",
    "Window": "#efefef",
    "Shadow": "#767676",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "Link": "#0000ff",
    "LinkVisited": "#ff00ff",
    "AlternateBase": "#f7f7f7",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#80000000",
    "Accent": "#308cc6",
}
_FUSION_LIGHT_DISABLED = {
    "WindowText": "#bebebe",
    "Dark": "#bebebe",
    "Text": "#bebebe",
    "ButtonText": "#bebebe",
    "Base": "#efefef",
    "Shadow": "#b1b1b1",
    "Highlight": "#919191",
    "Accent": "#919191",
}


def light_palette() -> QPalette:
    """Fusion's standard light palette with a darker selection and link blue (white on the
    selection 6.5:1 instead of Fusion's 3.7:1)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for name, colour in _FUSION_LIGHT.items():
        palette.setColor(getattr(roles, name), QColor(colour))
    for name, colour in _FUSION_LIGHT_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(roles, name), QColor(colour))
    palette.setColor(roles.Highlight, QColor("#1a5fb4"))
    palette.setColor(roles.Link, QColor("#0b57d0"))
    palette.setColor(roles.PlaceholderText, QColor("#5f6368"))
    return palette


class _System:
    """What the platform says about dark mode (see system_is_dark)."""

    palette_dark: bool | None = None  # its own palette, read before the app sets one
    scheme_dark: bool | None = None  # QStyleHints.colorScheme(): None until read, or unknown


def _remember_platform_palette(app: QApplication) -> None:
    if _System.palette_dark is None:  # before the first theme replaces the platform's palette
        palette, roles = app.palette(), QPalette.ColorRole
        text, window = palette.color(roles.WindowText), palette.color(roles.Window)
        _System.palette_dark = text.lightness() > window.lightness()


def system_is_dark() -> bool:
    """True when the operating system asks for a dark colour scheme: its colour scheme once
    read (confirm_system_scheme), else, and when the platform does not tell, whether its own
    palette is dark (Windows, macOS, GNOME and KDE give a dark palette in dark mode)."""
    if _System.scheme_dark is not None:
        return _System.scheme_dark
    return bool(_System.palette_dark)


def confirm_system_scheme(scheme: object = None) -> bool:
    """Read the system's colour scheme (or take ``scheme``, from colorSchemeChanged);
    True when this changes what system_is_dark() says.

    Called after the window shows, not before: the Qt.ColorScheme it returns makes PySide
    create the whole ``Qt`` namespace (93 enums, ~20 ms)."""
    before = system_is_dark()
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    schemes = QtCore.Qt.ColorScheme
    _System.scheme_dark = None if scheme == schemes.Unknown else scheme == schemes.Dark
    return system_is_dark() != before


def palette_for(theme: str) -> QPalette:
    """The palette a theme stands for ("system": dark or light, as the system says)."""
    if theme == CONTRAST:
        return high_contrast_palette()
    if theme == DARK or (theme == SYSTEM and system_is_dark()):
        return dark_palette()
    return light_palette()


FUSION_PROPERTY = "pkFusion"  # set on the QApplication once it uses the Fusion style


def fusion_arguments(argv: list[str]) -> list[str]:
    """QApplication arguments that start it with the Fusion style (as apply_theme would set
    it, without PySide wrapping the QStyle that setStyle returns: 11 enums, ~6 ms)."""
    return [*argv, "-style", "Fusion"]


def apply_theme(theme: str) -> str:
    """Apply a theme to the running application (the app style, Fusion, which honours every
    palette role); returns the theme applied (unknown names fall back to following the
    system)."""
    theme = theme if theme in THEMES else SYSTEM
    app = QApplication.instance()
    if app is None:
        return theme
    _remember_platform_palette(app)
    if _Style.deferred:  # the first frame: plain Fusion (app.py sets it by its arguments)
        _Style.deferred = False
        if not app.property(FUSION_PROPERTY):
            app.setStyle("Fusion")
            app.setProperty(FUSION_PROPERTY, True)
    else:
        install_style(app)
    app.setPalette(palette_for(theme))
    return theme


STYLE_PROPERTY = "pkAppStyle"  # set on the QApplication once it uses ui.style.AppStyle


class _Style:
    deferred = False  # the next apply_theme leaves the app style for later (defer_app_style)


def defer_app_style() -> None:
    """At start-up: the first frame is drawn by plain Fusion, and the next :func:`apply_theme`
    does not install the app style (its Python painting makes PySide build the ``Qt``
    namespace, ~30 ms); :func:`install_style` does, after the first frame."""
    _Style.deferred = True


def install_style(app: QApplication) -> None:
    """Give the application :class:`ui.style.AppStyle` (Fusion with edges and a focus ring
    every palette shows, and Enter pressing buttons), once."""
    _Style.deferred = False
    if app.property(STYLE_PROPERTY):
        return
    from ui.style import AppStyle

    palette = app.palette()  # the theme's, kept whatever the new style suggests
    app.setStyle(AppStyle())
    app.setPalette(palette)
    app.setProperty(FUSION_PROPERTY, True)
    app.setProperty(STYLE_PROPERTY, True)
