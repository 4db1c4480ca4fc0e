"""Fonts relative to the app's base font, so zoom and projector mode scale every view."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

FACTOR_PROPERTY = "pkFontFactor"
FLAGS_PROPERTY = "pkFontFlags"


def relative_font(
    widget: QWidget,
    factor: float,
    bold: bool = False,
    *,
    italic: bool = False,
    underline: bool = False,
) -> None:
    """Give ``widget`` a font ``factor`` × its parent's; kept relative when zoom changes.

    (No style sheets in this app: Qt stops propagating fonts below a styled widget, which
    would break zoom.)"""
    flags = "b" * bold + "i" * italic + "u" * underline
    widget.setProperty(FACTOR_PROPERTY, factor)
    widget.setProperty(FLAGS_PROPERTY, flags)
    base = widget.parentWidget().font() if widget.parentWidget() else widget.font()
    widget.setFont(_scaled(base, factor, flags))


def _scaled(base: QFont, factor: float, flags: str) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if "b" in flags:
        font.setWeight(QFont.Weight.Bold)
    font.setItalic("i" in flags)
    font.setUnderline("u" in flags)
    return font


def apply_base_font(root: QWidget, base: QFont) -> None:
    """Set ``root``'s font and recompute every relative font below it."""
    root.setFont(base)
    refresh_relative_fonts(root, base)


def refresh_relative_fonts(root: QWidget, base: QFont) -> None:
    """Recompute the relative fonts below ``root`` (widgets built since the last zoom)
    without giving ``root`` a font of its own, which would stop it following later zooms."""
    for child in root.findChildren(QWidget):
        factor = child.property(FACTOR_PROPERTY)
        if factor is not None:
            child.setFont(_scaled(base, float(factor), str(child.property(FLAGS_PROPERTY) or "")))
