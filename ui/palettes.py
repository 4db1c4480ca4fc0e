"""Colour palettes the app can switch to (high contrast for projectors and low vision), the
colours the app style (ui/style.py) draws outlines and focus rings in, from any palette, and
the helpers the views colour with (dark or not, a blend, muted text)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

OUTLINE_RATIO = 3.2  # WCAG 2.1 SC 1.4.11 asks 3:1 for a control's edge; a little to spare
ROLES = QPalette.ColorRole


def high_contrast_palette() -> QPalette:
    """Black background, white text, yellow selection and links: readable from the back of a
    classroom on a washed-out projector (contrast 21:1 for text, 19:1 for highlights)."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd700")
    palette = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (roles.Window, black),
            (roles.WindowText, white),
            (roles.Base, black),
            (roles.AlternateBase, QColor("#1a1a1a")),
            (roles.Text, white),
            (roles.Button, black),
            (roles.ButtonText, white),
            (roles.BrightText, yellow),
            (roles.Highlight, yellow),
            (roles.HighlightedText, black),
            (roles.Link, yellow),
            (roles.LinkVisited, yellow),
            (roles.ToolTipBase, black),
            (roles.ToolTipText, white),
            (roles.PlaceholderText, QColor("#d0d0d0")),
            (roles.Mid, QColor("#b0b0b0")),
            (roles.Dark, white),
            (roles.Light, white),
        ):
            palette.setColor(group, role, colour)
    for role in (roles.Window, roles.Base, roles.Button):  # a disabled button stays black
        palette.setColor(QPalette.ColorGroup.Disabled, role, black)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#a0a0a0"))
    return palette


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a.rgb()), _luminance(b.rgb())), reverse=True)
    return (high + 0.05) / (low + 0.05)


@lru_cache(maxsize=256)
def _luminance(rgb: int) -> float:
    def channel(byte: int) -> float:
        v = byte / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _backgrounds(palette: QPalette) -> tuple[int, ...]:
    """What a control's edge sits between: the window, a field, a button, and the lighter
    top of the gradient Fusion fills buttons and drop-downs with."""
    button = palette.color(ROLES.Button)
    colours = (palette.color(ROLES.Window), palette.color(ROLES.Base), button, button.lighter(150))
    return tuple(colour.rgb() for colour in colours)


def _readable(rgb: int, backgrounds: tuple[int, ...]) -> bool:
    colour = QColor.fromRgb(rgb)
    return all(contrast_ratio(colour, QColor.fromRgb(bg)) >= OUTLINE_RATIO for bg in backgrounds)


@lru_cache(maxsize=64)
def _outline_rgb(mid: int, text: int, backgrounds: tuple[int, ...]) -> int:
    if _readable(mid, backgrounds):
        return mid
    start, end = QColor.fromRgb(backgrounds[0]), QColor.fromRgb(text)
    for step in range(1, 33):  # from the window colour towards the text, the first that reads
        t = step / 32
        mixed = QColor.fromRgbF(
            start.redF() + (end.redF() - start.redF()) * t,
            start.greenF() + (end.greenF() - start.greenF()) * t,
            start.blueF() + (end.blueF() - start.blueF()) * t,
        )
        if _readable(mixed.rgb(), backgrounds):
            return mixed.rgb()
    return text


def outline_colour(palette: QPalette) -> QColor:
    """The edge of a text field, drop-down list, button, menu or popup: the palette's Mid when
    it has :data:`OUTLINE_RATIO` against the window, field and button colours (and the light
    part of a button's gradient), else the grey nearest the window colour that has (Fusion's
    own edge, the window colour darkened, vanishes on black)."""
    rgb = _outline_rgb(
        palette.color(ROLES.Mid).rgb(), palette.color(ROLES.WindowText).rgb(), _backgrounds(palette)
    )
    return QColor.fromRgb(rgb)


def focus_colour(palette: QPalette) -> QColor:
    """The keyboard focus ring: the selection colour, or the text colour where the selection
    colour would not stand out from the backgrounds."""
    highlight = palette.color(ROLES.Highlight)
    if _readable(highlight.rgb(), _backgrounds(palette)):
        return highlight
    return palette.color(ROLES.WindowText)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` moved ``share_of_b`` of the way towards ``b`` (RGB, opaque)."""
    mix = [
        round(x * (1 - share_of_b) + y * share_of_b)
        for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour moved a third towards the background (still >= 4.5:1)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return blend(text, base, 0.33)
