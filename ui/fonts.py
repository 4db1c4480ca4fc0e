"""Fonts relative to the app's base font, so zoom and projector mode scale every view."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

FACTOR_PROPERTY = "pkFontFactor"
BOLD_PROPERTY = "pkFontBold"


def relative_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Give ``widget`` a font ``factor`` × its parent's; kept relative when zoom changes."""
    widget.setProperty(FACTOR_PROPERTY, factor)
    widget.setProperty(BOLD_PROPERTY, bold)
    base = widget.parentWidget().font() if widget.parentWidget() else widget.font()
    widget.setFont(_scaled(base, factor, bold))


def _scaled(base: QFont, factor: float, bold: bool) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold:
        font.setWeight(QFont.Weight.Bold)
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
            child.setFont(_scaled(base, float(factor), bool(child.property(BOLD_PROPERTY))))
