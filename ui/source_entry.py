"""One entry of a profile's "Sumber" tab: an article the profile cites, as a button that opens it.

    entry = SourceEntry(article, quotes=62)
    entry.clicked.connect(...)          # a click, Space or Enter on the focused entry

The entry is a push button holding word-wrapped labels (the marker name and title, the byline,
the number of quotes), so a long title wraps instead of widening the page, the whole entry is one
click target and one tab stop, and the style draws its frame and keyboard focus ring. The labels
let mouse events through to the button. Article text reaches them as plain text only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.article_byline import SEPARATOR, byline
from ui.fonts import relative_font
from ui.safe_text import fill, plain_label

if TYPE_CHECKING:
    from guide.store import ArticleRecord

_NUMBER_SPACE = re.compile(r"(\d) ")


class SourceEntry(QPushButton):
    """An article cited by a profile: "[label] title", its byline and how often it is quoted;
    clicking it (or Enter, or Space) emits ``clicked``."""

    def __init__(self, article: ArticleRecord, quotes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_id = article.id
        self.setObjectName("sourceEntry")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        name = article.label or article.title
        self.heading = self._label(
            f"[{name}]  {article.title}" if name != article.title else article.title
        )
        relative_font(self.heading, 1.0, bold=True)
        count = self.tr("%n kutipan di profil ini", "", quotes)
        count = _NUMBER_SPACE.sub("\\1\u00a0", count, count=1)  # "62" stays with its noun
        self.details = self._label(f"{byline(article, wrap_between=True)}{SEPARATOR}{count}")
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        self.setAccessibleName(fill(self.tr("Baca artikel: %1"), article.title))
        self.setAccessibleDescription(self.details.text())
        self.setToolTip(self.tr("Buka artikel ini di pembaca"))

    def _label(self, text: str) -> QLabel:
        label = plain_label(text)
        label.setForegroundRole(QPalette.ColorRole.ButtonText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setParent(self)
        return label

    def text_shown(self) -> str:
        """What the entry says, its lines joined by a newline."""
        return f"{self.heading.text()}\n{self.details.text()}"

    def sizeHint(self) -> QSize:
        """As big as its labels need (a push button measures only its own text)."""
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Return open the article too (a push button outside a dialog takes only
        Space)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)
