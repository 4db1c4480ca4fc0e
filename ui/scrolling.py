"""A vertical scroll area whose content keeps a readable line length on wide screens, and a
page column (title, tabs or filters, and such a scroll area) centred the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStyle, QWidget


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


class ReadableColumn(QWidget):
    """``content`` centred, at most ``chars`` characters of the current font wide (and a
    scroll bar and a margin): a page's title and tabs line up with its text at 1920 px."""

    def __init__(self, content: QWidget, chars: int) -> None:
        super().__init__()
        self.content = content
        self.chars = chars
        row = QHBoxLayout(self)  # stretches, not an alignment: the content takes its room
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(content, 1000)
        row.addStretch(1)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.content.setMaximumWidth(
            metrics.averageCharWidth() * self.chars + bar + 2 * metrics.height()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)
