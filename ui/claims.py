"""A claim as the student sees it: our statement, citation markers, and any editor's note.

One marker per article a claim cites, named by the article's short label ("[EKRUT]"), never by
its internal id. When the claim quotes an article more than once the marker says how often
("[Profil Profesi, 11 kutipan]"), its tooltip lists every quote, and activating it (click,
Space, Enter) opens the first; a small "▾" button beside it, a right-click, or ↓ / the menu key
on the marker opens a menu of all its quotes to pick another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.profiles import Citation, Claim
from ui.flow_layout import FlowLayout
from ui.fonts import relative_font
from ui.safe_text import fill, no_mnemonic, plain_label, rich_text

if TYPE_CHECKING:
    from PySide6.QtCore import QSize

    from guide.store import ArticleRecord

MENU_QUOTE_CHARS = 90  # a quote in the menu is cut after this many characters
TIP_QUOTE_CHARS = 160  # … and in the tooltip listing several quotes
_PAD = 5  # pixels either side of a marker's text (room for the focus ring)
_ARROW_PAD = 4  # … and of the "▾"


def source_label(article: ArticleRecord | None) -> str:
    """A marker's name: the article's short label ("EKRUT"); never its id."""
    if article is not None and article.label:
        return article.label
    return QCoreApplication.translate("CitationButton", "sumber")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,.;:") + "…"


def _fit_width(button: QPushButton, size: QSize, pad: int = _PAD) -> QSize:
    """A flat marker as wide as its text (Fusion pads every push button to 80 px, which
    centred "[EKRUT]" in a wide empty box)."""
    width = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&&", "&"))
    size.setWidth(width + 2 * pad)
    return size


class CitationButton(QPushButton):
    """A marker for every quote a claim takes from one article: opens the reader at the first
    quote; its menu (↓, the menu key, right-click, or the "▾" beside it) opens any of them.

    The label, title and quotes come from the data: the marker shows them as text (no "&"
    shortcut) and the tooltip escapes them (:func:`ui.safe_text.rich_text`)."""

    chosen = Signal(object)  # guide.profiles.Citation: the quote to open

    def __init__(
        self,
        citations: Sequence[Citation] | Citation,
        article: ArticleRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        self.citations: tuple[Citation, ...] = (
            (citations,) if isinstance(citations, Citation) else tuple(citations)
        )
        self.citation = self.citations[0]  # the one activating the marker opens
        self.label = source_label(article)
        super().__init__(parent)
        count = len(self.citations)
        text = f"[{self.label}]"
        if count > 1:
            text = fill(self.tr("[%1, %n kutipan]", "", count), self.label)
        # A teacher's citation whose article was removed or changed: kept, and said so.
        self.broken = sum(1 for c in self.citations if c.quote and c.start < 0)
        if self.broken:
            text = f"{text} — {self.broken_text()}"
        self.setText(no_mnemonic(text))
        self.title = article.title if article is not None else self.label
        self.more: QPushButton | None = None  # the "▾" beside a marker of several quotes
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._use_link_colour()
        self.setObjectName("citation")
        relative_font(self, 0.9, underline=True)
        self._describe()
        self.clicked.connect(lambda: self.chosen.emit(self.citation))

    def broken_text(self) -> str:
        """What a marker with quotes no longer found in their article says."""
        return self.tr("%n kutipan tidak ditemukan lagi di artikel", "", self.broken)

    def _describe(self) -> None:
        """Accessible name, description and tooltip: the title and every quote."""
        count = len(self.citations)
        if count == 1:
            self.setAccessibleName(fill(self.tr("Buka kutipan di artikel: %1"), self.title))
            tip = fill(self.tr("Buka kutipan di «%1»:\n“%2”"), self.title, self.citation.quote)
            if self.broken:
                tip = f"{tip}\n{self.broken_text()}"
                self.setAccessibleDescription(self.broken_text())
            self.setToolTip(rich_text(tip))
            return
        self.setAccessibleName(
            fill(self.tr("%n kutipan dari artikel %1; buka yang pertama", "", count), self.title)
        )
        self.setAccessibleDescription(
            self.tr("Tekan panah bawah untuk memilih kutipan lain dari artikel ini.")
        )
        lines = [fill(self.tr("%n kutipan dari «%1»:", "", count), self.title)]
        lines += [
            f"{i}. “{shorten(c.quote, TIP_QUOTE_CHARS)}”"
            for i, c in enumerate(self.citations, start=1)
        ]
        if self.broken:
            lines.append(self.broken_text())
        lines.append(
            self.tr(
                "Klik untuk membuka kutipan pertama; klik ▾, klik kanan, atau tekan panah "
                "bawah untuk memilih kutipan lain."
            )
        )
        self.setToolTip(rich_text("\n".join(lines)))

    def sizeHint(self) -> QSize:
        """As wide as the text, not Fusion's 80-pixel minimum."""
        return _fit_width(self, super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        """As wide as the text."""
        return _fit_width(self, super().minimumSizeHint())

    def quote_menu(self) -> QMenu:
        """A menu of every quote, numbered; choosing one opens it in the reader."""
        menu = QMenu(self)
        menu.setObjectName("quoteMenu")
        menu.setAccessibleName(fill(self.tr("Kutipan dari %1"), self.label))
        menu.setToolTipsVisible(True)
        for i, citation in enumerate(self.citations, start=1):
            text = f"{i}. “{shorten(citation.quote, MENU_QUOTE_CHARS)}”"
            action = menu.addAction(no_mnemonic(text))
            action.setToolTip(rich_text(f"“{citation.quote}”"))
            action.triggered.connect(lambda _=False, c=citation: self.chosen.emit(c))
        return menu

    def show_quote_menu(self, at: QPoint | None = None) -> QMenu | None:
        """Open the menu of quotes below the marker (or at ``at``, global); None for a marker
        of a single quote, which has nothing to choose."""
        if len(self.citations) < 2:
            return None
        menu = self.quote_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(at if at is not None else self.mapToGlobal(QPoint(0, self.height())))
        menu.setActiveAction(menu.actions()[0])
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """↓, Alt+↓, the menu key and Shift+F10 open the menu of quotes."""
        key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        opens = key in (Qt.Key.Key_Down, Qt.Key.Key_Menu) or (key == Qt.Key.Key_F10 and shift)
        if opens and len(self.citations) > 1:
            self.show_quote_menu()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: the menu of quotes where the pointer is."""
        if len(self.citations) > 1:
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            self.show_quote_menu(None if keyboard else event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def _use_link_colour(self, source: QPalette | None = None) -> None:
        """Inherit every colour but the text, which is ``source``'s link colour (the
        application's by default; projector mode passes its own). The "▾" follows."""
        palette = QPalette()
        link = (source or QApplication.palette()).color(QPalette.ColorRole.Link)
        palette.setColor(QPalette.ColorRole.ButtonText, link)
        self.setPalette(palette)
        if self.more is not None:
            self.more.setPalette(palette)


class QuoteMenuButton(QPushButton):
    """The "▾" beside a marker of several quotes: opens the marker's menu of quotes."""

    def __init__(self, marker: CitationButton, parent: QWidget | None = None) -> None:
        super().__init__("▾", parent)
        self.marker = marker
        count = len(marker.citations)
        name = fill(self.tr("Pilih satu dari %n kutipan: %1", "", count), marker.label)
        self.setAccessibleName(name)
        self.setToolTip(rich_text(name))
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("citationMenu")
        self.setPalette(marker.palette())
        relative_font(self, 0.9)
        self.clicked.connect(lambda: marker.show_quote_menu())

    def sizeHint(self) -> QSize:
        """Just the arrow."""
        return _fit_width(self, super().sizeHint(), _ARROW_PAD)

    def minimumSizeHint(self) -> QSize:
        """Just the arrow."""
        return _fit_width(self, super().minimumSizeHint(), _ARROW_PAD)


def citation_marker(
    citations: Sequence[Citation], article: ArticleRecord | None
) -> tuple[QWidget, CitationButton]:
    """The marker of one article's quotes, with its "▾" when there are several, as one
    widget (so a wrapping line never separates them) and the marker itself."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    button = CitationButton(citations, article, host)
    row.addWidget(button)
    if len(button.citations) > 1:
        button.more = QuoteMenuButton(button, host)
        row.addWidget(button.more)
    return host, button


class ClaimWidget(QWidget):
    """One claim: text, one citation marker per cited article, and the editor's note. With
    ``bookmarkable`` its context menu offers "Simpan ke Simpanan" (Ctrl+D)."""

    citation_activated = Signal(object)  # guide.profiles.Citation
    bookmark_requested = Signal(object)  # this widget
    bookmarkable = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.bookmarkable:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Simpan ke Simpanan (Ctrl+D)"))
        action.triggered.connect(lambda: self.bookmark_requested.emit(self))
        menu.exec(event.globalPos())

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
        markers = FlowLayout(spacing=4)
        self.buttons: list[CitationButton] = []
        for article_id, citations in claim.citations_by_article():
            host, button = citation_marker(citations, articles.get(article_id))
            button.chosen.connect(self.citation_activated)
            markers.addWidget(host)
            self.buttons.append(button)
        layout.addLayout(markers)
        if claim.note:
            note = plain_label(fill(self.tr("Catatan editor: %1"), claim.note), name="editorNote")
            note.setAccessibleName(self.tr("Catatan editor"))
            relative_font(note, 0.95, italic=True)
            layout.addWidget(note)
