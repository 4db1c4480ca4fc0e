"""The library of articles: every source with its metadata and a button to read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ui.article_byline import byline
from ui.fonts import relative_font
from ui.safe_text import fill, plain_label
from ui.scrolling import ReadableScroll

if TYPE_CHECKING:
    from guide.store import ArticleRecord


class SourcesView(QWidget):
    """All articles the guide is built from."""

    article_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = plain_label(self.tr("Artikel sumber"))
        relative_font(title, 1.6, bold=True)
        self.layout_.addWidget(title)
        self.layout_.addWidget(
            plain_label(
                self.tr("Semua isi panduan ini berasal dari artikel berikut."),
                name="muted",
            )
        )
        scroll = ReadableScroll(self.body, self.tr("Daftar artikel sumber"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_articles(self, articles: tuple[ArticleRecord, ...]) -> None:
        """One card per article."""
        for article in articles:
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(card)
            name = plain_label(f"[{article.label}] {article.title}")
            relative_font(name, 1.15, bold=True)
            box.addWidget(name)
            box.addWidget(plain_label(byline(article)))
            button = QPushButton(self.tr("Baca artikel"))
            button.setAccessibleName(fill(self.tr("Baca artikel %1"), article.title))
            button.clicked.connect(lambda _=False, a=article.id: self.article_requested.emit(a))
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
            self.layout_.addWidget(card)
