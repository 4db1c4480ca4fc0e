"""Colour palettes the app can switch to (high contrast for projectors and low vision)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


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
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#a0a0a0"))
    return palette
