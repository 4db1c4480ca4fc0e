"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None on every call
that returns nothing, and the app dies with "none_dealloc" after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        colour.setRed(3)
    assert sys.getrefcount(None) >= before - 50
