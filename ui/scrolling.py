"""A vertical scroll area whose content keeps a readable line length on wide screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ReadableScroll(QScrollArea):
    """Scrolls vertically only; the content is centred and at most ``chars`` characters wide
    (measured in the current font, so zoom and projector mode keep the same line length)."""

    def __init__(self, body: QWidget, name: str, chars: int = 120) -> None:
        super().__init__()
        self.chars = chars
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(name)
        self.setWidget(body)
        self._fit()

    def _fit(self) -> None:
        body = self.widget()
        if body is not None:
            limit = body.fontMetrics().averageCharWidth() * self.chars
            body.setMaximumWidth(max(480, limit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)
