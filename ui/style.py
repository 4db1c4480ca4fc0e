"""The app's style sheet: palette-based, so light, dark and high-contrast themes all work."""

from __future__ import annotations

STYLE_SHEET = """
QPushButton#citation {
    border: 1px solid transparent;
    border-radius: 3px;
    color: palette(link);
    text-decoration: underline;
    padding: 1px 4px;
    background: transparent;
}
QPushButton#citation:hover { border-color: palette(link); }
QPushButton#citation:focus { border: 2px solid palette(highlight); }
QFrame#roleCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#differs { border-left: 4px solid palette(highlight); }
QLabel#notDiscussed { font-style: italic; }
QLabel#editorNote { font-style: italic; }
"""
