"""A claim as the student sees it: our statement, citation markers, and any editor's note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from guide.profiles import Citation, Claim
from ui.flow_layout import FlowLayout
from ui.fonts import relative_font
from ui.safe_text import fill, no_mnemonic, plain_label, rich_text

if TYPE_CHECKING:
    from guide.store import ArticleRecord


def source_label(article: ArticleRecord | None, article_id: str) -> str:
    """A short name for a citation marker: the site, else the publisher, else the id."""
    if article is not None and (article.site or article.publisher):
        return article.site or article.publisher
    return fill(QCoreApplication.translate("CitationButton", "Artikel %1"), article_id)


class CitationButton(QPushButton):
    """A small marker that opens the reader at the quoted passage.

    The site, title and quote come from the article: the marker shows them as text (no "&"
    shortcut) and the tooltip escapes them (:func:`ui.safe_text.rich_text`)."""

    def __init__(
        self, citation: Citation, article: ArticleRecord | None, nth: int = 1, parent=None
    ) -> None:
        label = source_label(article, citation.article_id)
        super().__init__(no_mnemonic(f"[{label}]" if nth == 1 else f"[{label} {nth}]"), parent)
        self.citation = citation
        title = article.title if article else citation.article_id
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._use_link_colour()
        self.setObjectName("citation")
        self.setAccessibleName(fill(self.tr("Buka kutipan di artikel: %1"), title))
        tip = fill(self.tr("Buka kutipan di «%1»:\n“%2”"), title, citation.quote)
        self.setToolTip(rich_text(tip))
        relative_font(self, 0.9, underline=True)

    def _use_link_colour(self, source: QPalette | None = None) -> None:
        """Inherit every colour but the text, which is ``source``'s link colour (the
        application's by default; projector mode passes its own)."""
        palette = QPalette()
        link = (source or QApplication.palette()).color(QPalette.ColorRole.Link)
        palette.setColor(QPalette.ColorRole.ButtonText, link)
        self.setPalette(palette)


class ClaimWidget(QWidget):
    """One claim: text, citation markers, and the editor's note when there is one."""

    citation_activated = Signal(object)  # guide.profiles.Citation

    def __init__(
        self, claim: Claim, articles: Mapping[str, ArticleRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.claim = claim
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(0)
        self.text = plain_label(claim.text)
        layout.addWidget(self.text)
        markers = FlowLayout(spacing=2)
        self.buttons: list[CitationButton] = []
        seen: dict[str, int] = {}
        for citation in claim.citations:
            seen[citation.article_id] = seen.get(citation.article_id, 0) + 1
            button = CitationButton(
                citation, articles.get(citation.article_id), seen[citation.article_id], self
            )
            button.clicked.connect(lambda _=False, c=citation: self.citation_activated.emit(c))
            markers.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(markers)
        if claim.note:
            note = plain_label(fill(self.tr("Catatan editor: %1"), claim.note), name="editorNote")
            note.setAccessibleName(self.tr("Catatan editor"))
            relative_font(note, 0.95, italic=True)
            layout.addWidget(note)
