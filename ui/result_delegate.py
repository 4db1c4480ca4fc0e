"""Paints a search hit as three lines: heading (bold), article (muted), snippet (marked words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.results_model import HitRole, SourceRole
from ui.safe_text import plain

if TYPE_CHECKING:
    from guide.search import Hit


MARK_BACKGROUND = QColor("#ffe066")
MARK_FOREGROUND = QColor("#000000")
PADDING = 6


def hit_document(
    hit: Hit, font: QFont, muted: QColor, width: float, source: str = ""
) -> QTextDocument:
    """A plain-text document (never HTML) of the hit, the matched words marked.

    Every string is article text: written with ``insertText`` only, structural characters
    neutralised (:func:`ui.safe_text.plain`), so nothing in it can become markup or an object."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    cursor = QTextCursor(doc)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(plain(hit.heading or hit.article_title), bold)
    cursor.insertBlock()
    muted_format = QTextCharFormat()
    muted_format.setForeground(muted)
    cursor.insertText(plain(source or hit.article_title), muted_format)
    cursor.insertBlock()
    normal = QTextCharFormat()
    mark = QTextCharFormat()
    mark.setBackground(MARK_BACKGROUND)
    mark.setForeground(MARK_FOREGROUND)
    text, last = plain(hit.snippet.text), 0  # same length: the spans still apply
    for start, end in hit.snippet.spans:
        cursor.insertText(text[last:start], normal)
        cursor.insertText(text[start:end], mark)
        last = end
    cursor.insertText(text[last:], normal)
    return doc


class ResultDelegate(QStyledItemDelegate):
    """Draws hits with :func:`hit_document`; the selection colour comes from the style.

    Laid-out documents are cached per hit, width, font and selection state: the list asks for
    each row's size and paint many times, and a layout costs ~1 ms."""

    CACHE_LIMIT = 400

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple, QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        hit = index.data(HitRole)
        if hit is None:
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = max(50, option.rect.width() - 2 * PADDING)
        key = (hit, width, option.font.key(), selected, option.palette.cacheKey())
        doc = self._cache.get(key)
        if doc is None:
            palette = option.palette
            muted = (palette.highlightedText() if selected else palette.placeholderText()).color()
            doc = hit_document(hit, option.font, muted, width, index.data(SourceRole) or "")
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = doc
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        doc = self._document(option, index)
        if doc is None:
            return super().paint(painter, option, index)
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            item = QStyle.ControlElement.CE_ItemViewItem
            style.drawControl(item, background, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.highlightedText().color())
        doc.drawContents(painter, QRectF(0, 0, doc.textWidth(), doc.size().height()))
        painter.restore()
        return None

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget
        if view is not None:
            option.rect.setWidth(view.viewport().width())
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.textWidth()) + 2 * PADDING, int(doc.size().height()) + 2 * PADDING)
