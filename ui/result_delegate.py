"""Paints a search hit as three lines: heading (bold), article (muted), snippet (marked words).

Every colour comes from the palette of the view being painted (``option.palette``), in the
colour group the style paints the row's background in: a view can have its own palette
(projector mode sets a high-contrast one on the window while the application keeps its light
theme), and a QTextDocument left to itself draws in the *application's* text colour — black on
the projector's black, or white on a light-blue or yellow selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.results_model import HitRole, SourceRole
from ui.safe_text import plain
from ui.theme import contrast_ratio

if TYPE_CHECKING:
    from guide.search import Hit


MARK_BACKGROUND = QColor("#ffe066")
MARK_FOREGROUND = QColor("#000000")
PADDING = 6
MIN_CONTRAST = 4.5  # WCAG AA for normal text


class RowColours(NamedTuple):
    """The colours one row's text is written in."""

    text: QColor
    muted: QColor
    mark_foreground: QColor
    mark_background: QColor | None  # None: marked words are bold and underlined instead
    selected: bool


def colour_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The group the style paints this row in (as Fusion decides it): Disabled, Inactive
    (window not active) or Active."""
    groups = QPalette.ColorGroup
    if not option.state & QStyle.StateFlag.State_Enabled:
        return groups.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return groups.Inactive
    return groups.Active


def row_colours(palette: QPalette, group: QPalette.ColorGroup, selected: bool) -> RowColours:
    """Highlight/HighlightedText for every part of a selected row; Text, a readable muted
    colour and yellow marks otherwise."""
    roles = QPalette.ColorRole
    if selected:
        text = palette.color(group, roles.HighlightedText)
        return RowColours(text, text, text, None, True)
    text = palette.color(group, roles.Text)
    muted = palette.color(group, roles.PlaceholderText)
    backgrounds = (palette.color(group, roles.Base), palette.color(group, roles.AlternateBase))
    if muted.alpha() < 255 or any(contrast_ratio(muted, bg) < MIN_CONTRAST for bg in backgrounds):
        muted = text  # a faint placeholder colour is not for text a student must read
    return RowColours(text, muted, MARK_FOREGROUND, MARK_BACKGROUND, False)


def hit_document(
    hit: Hit, font: QFont, colours: RowColours, width: float, source: str = ""
) -> QTextDocument:
    """A plain-text document (never HTML) of the hit, the matched words marked, every
    character in an explicit colour of ``colours``.

    Every string is article text: written with ``insertText`` only, structural characters
    neutralised (:func:`ui.safe_text.plain`), so nothing in it can become markup or an object."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    cursor = QTextCursor(doc)

    def coloured(colour: QColor, bold: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(colour)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    cursor.insertText(plain(hit.heading or hit.article_title), coloured(colours.text, True))
    cursor.insertBlock()
    cursor.insertText(plain(source or hit.article_title), coloured(colours.muted))
    cursor.insertBlock()
    normal = coloured(colours.text)
    mark = coloured(colours.mark_foreground)
    if colours.mark_background is not None:
        mark.setBackground(colours.mark_background)
    else:  # on the selection colour: the marked words stand out by weight and underline
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setFontUnderline(True)
    text, last = plain(hit.snippet.text), 0  # same length: the spans still apply
    for start, end in hit.snippet.spans:
        cursor.insertText(text[last:start], normal)
        cursor.insertText(text[start:end], mark)
        last = end
    cursor.insertText(text[last:], normal)
    return doc


class ResultDelegate(QStyledItemDelegate):
    """Draws hits with :func:`hit_document` in the colours of the view's own palette; the row
    background and selection are the style's.

    Laid-out documents are cached per hit, width, font, palette, colour group and selection
    state: the list asks for each row's size and paint many times, and a layout costs ~1 ms."""

    CACHE_LIMIT = 400

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple, QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        hit = index.data(HitRole)
        if hit is None:
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = colour_group(option)
        width = max(50, option.rect.width() - 2 * PADDING)
        key = (hit, width, option.font.key(), selected, option.palette.cacheKey(), group)
        doc = self._cache.get(key)
        if doc is None:
            colours = row_colours(option.palette, group, selected)
            doc = hit_document(hit, option.font, colours, width, index.data(SourceRole) or "")
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
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(option.palette)  # never the application's palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group, roles = colour_group(option), QPalette.ColorRole
        text = option.palette.color(group, roles.HighlightedText if selected else roles.Text)
        context.palette.setColor(roles.Text, text)
        doc.documentLayout().draw(painter, context)
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
