"""A focus ring round a scroll area (a page, the article text) that the keyboard moved to.

A page in this app is a frameless scroll area that takes focus, so that the arrow keys and
Page Up/Page Down scroll it; no style draws its focus, so a student pressing Tab landed on an
invisible stop. :class:`ScrollFocusRings` (installed on such areas by ui/style.py) shows a
two-pixel ring over the visible part of the area while it has focus and the keyboard is in
use, as the style does for buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ui.palettes import focus_colour

RING_WIDTH = 2.0
RING_NAME = "pkFocusRing"
_WATCHED = (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize)


class FocusRing(QWidget):
    """The ring: a transparent widget over the area's viewport that clicks pass through."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        from PySide6.QtCore import Qt  # named when a ring is first made (see ui/main_window.py)

        super().__init__(area)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Only the ring; the rest stays see-through."""
        painter = QPainter(self)
        pen = QPen()
        pen.setColor(focus_colour(self.palette()))
        pen.setWidthF(RING_WIDTH)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()


class ScrollFocusRings(QObject):
    """An event filter for scroll areas: shows, places and hides each one's ring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the area's focus and size; never takes the event."""
        if event.type() in _WATCHED and isinstance(watched, QAbstractScrollArea):
            self.update_ring(watched)
        return False

    @staticmethod
    def update_ring(area: QAbstractScrollArea) -> None:
        """Show the ring while ``area`` has focus the keyboard gave it; else hide it."""
        from PySide6.QtCore import Qt

        ring = area.findChild(FocusRing, RING_NAME)
        window = area.window()
        keyboard = window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        if area.hasFocus() and keyboard:
            if ring is None:
                ring = FocusRing(area)
            ring.setGeometry(area.viewport().geometry())
            ring.raise_()
            ring.show()
        elif ring is not None:
            ring.hide()
