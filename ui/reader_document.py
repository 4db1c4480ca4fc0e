"""The reader's document, written with ``QTextCursor`` calls only: article text is always text.

    builder = write_passage(document, passage, font, palette, em)
    builder.units         # where each run of article text went (document position, text)
    builder.section_pos   # section id -> document position of its heading or first block
    quote_ranges(builder.units, passage)  -> document ranges of the passage's quote

No HTML or Markdown is ever parsed: ``insertText``, ``insertBlock``, lists, one-cell tables for
quotes, and ``QTextCharFormat``/``QTextBlockFormat``. Every string from the article goes through
:func:`ui.safe_text.plain` (no structural characters, same length).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTableFormat,
)

from guide.quote_finder import find_quote
from ui.article_byline import byline
from ui.palettes import blend, muted_color
from ui.safe_text import plain

if TYPE_CHECKING:
    from guide.library import Passage
    from guide.sources import Origin

TITLE_SCALE = 1.6
H2_SCALE = 1.3
H3_SCALE = 1.1
LINE_HEIGHT = 135  # percent, for body text

_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")


@dataclass(frozen=True, slots=True)
class Unit:
    """A run of article text in the document: a heading or a block (or the title)."""

    section: int  # index into passage.sections; -1 for the title
    start: int  # range in article.text (-1 when not from the body)
    end: int
    pos: int  # document position of text[0]
    text: str


def write_passage(
    document: QTextDocument,
    passage: Passage,
    font: QFont,
    palette: QPalette,
    em: float,
    origin: Origin | None = None,
) -> DocumentBuilder:
    """Write the article of ``passage`` (header, sections, references) into the empty
    ``document`` in one edit block; the builder tells where everything went. ``origin``: where
    an imported article comes from (its byline says so)."""
    builder = DocumentBuilder(QTextCursor(document), font, palette, em)
    builder.cursor.beginEditBlock()
    try:
        builder.header(passage, origin)
        builder.sections(passage)
        builder.references(passage.article.references)
    finally:
        builder.cursor.endEditBlock()
    return builder


def quote_ranges(units: Sequence[Unit], passage: Passage) -> list[tuple[int, int]]:
    """Document ranges of the passage's quote: exact parts, else its whole block; [] when the
    passage is a whole article or section."""
    start = passage.start
    if start < 0:
        return []
    content = [u for u in units if u.section >= 0]
    if not content:
        return []
    first = next((k for k, u in enumerate(content) if u.start <= start < u.end), None)
    if first is None:
        before = [k for k, u in enumerate(content) if u.start <= start]
        first = before[-1] if before else 0
    unit = content[first]
    group = [u for u in content[first:] if u.section == unit.section]
    quote = passage.article.text[start : max(start, passage.end)]
    found = find_quote([u.text for u in group], quote, hint=max(0, start - unit.start))
    if not found:
        return [(unit.pos, unit.pos + len(unit.text))]
    return [(group[i].pos + lo, group[i].pos + hi) for i, lo, hi in found]


class DocumentBuilder:
    """Writes one passage into a document with cursor calls, recording where the text went."""

    def __init__(self, cursor: QTextCursor, font: QFont, palette: QPalette, em: float) -> None:
        self.cursor = cursor
        self.font = font
        self.palette = palette
        self.em = em
        self.units: list[Unit] = []
        self.section_pos: dict[str, int] = {}
        self._first = True

    # formats

    def char(
        self,
        scale: float = 1.0,
        *,
        bold: bool = False,
        italic: bool = False,
        muted: bool = False,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if scale != 1.0:
            if self.font.pointSizeF() > 0:
                fmt.setFontPointSize(self.font.pointSizeF() * scale)
            else:
                fmt.setProperty(
                    QTextFormat.Property.FontPixelSize, round(self.font.pixelSize() * scale)
                )
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if italic:
            fmt.setFontItalic(True)
        if muted:
            fmt.setForeground(muted_color(self.palette))
        return fmt

    def block(
        self, top: float = 0.0, bottom: float = 0.6, *, line_height: int = LINE_HEIGHT
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(round(self.em * top))
        fmt.setBottomMargin(round(self.em * bottom))
        if line_height != 100:
            fmt.setLineHeight(
                line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
        return fmt

    # writing

    def new_block(self, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first:  # an empty block is waiting: the document's first, a cell's, after a table
            self.cursor.setBlockFormat(block)
            if self.cursor.position() == 0:
                # Not in a table cell or after one: there the block's character format is the
                # cell's (or the frame end's) format, and setting it would wipe the cell format.
                self.cursor.setBlockCharFormat(char)
            self._first = False
        else:
            self.cursor.insertBlock(block, char)

    def write(
        self, text: str, char: QTextCharFormat, section: int = -1, start: int = -1, end: int = -1
    ) -> None:
        safe = plain(text)
        self.units.append(Unit(section, start, end, self.cursor.position(), safe))
        self.cursor.insertText(safe, char)

    def header(self, passage: Passage, origin: Origin | None = None) -> None:
        """Title, then one line of what a student needs to cite it (:func:`byline`): never
        the metadata's editor's note, never "tidak diketahui" for each unknown field."""
        # Not a ``tr`` alias: lupdate cannot tell its context; the view's class name
        # ("ReaderView", what the view's ``self.tr`` uses at run time) is given explicitly.
        article = passage.article
        title = self.char(TITLE_SCALE, bold=True)
        self.new_block(self.block(0, 0.4, line_height=110), title)
        untitled = QCoreApplication.translate("ReaderView", "(tanpa judul)")
        self.write(article.title or untitled, title)
        muted = self.char(muted=True)
        self.new_block(self.block(0, 0.15, line_height=120), muted)
        self.cursor.insertText(plain(byline(article, origin=origin, wrap_between=True)), muted)
        rule = self.block(0.2, 0.8, line_height=100)
        rule.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.new_block(rule, self.char(0.5))

    def heading(self, text: str, level: int) -> QTextCharFormat:
        big = level <= 2
        block = self.block(1.1 if big else 0.8, 0.35, line_height=110)
        block.setHeadingLevel(2 if big else 3)
        char = self.char(H2_SCALE if big else H3_SCALE, bold=True)
        self.new_block(block, char)
        return char

    def sections(self, passage: Passage) -> None:
        source = passage.article.text
        body = self.char()
        quote_char = self.char(italic=True)
        for index, section in enumerate(passage.sections):
            if section.heading:
                char = self.heading(section.heading, section.level)
                end = section.blocks[0].start if section.blocks else section.end
                self.write(section.heading, char, index, section.start, end)
                self.section_pos[section.id] = self.units[-1].pos
            current: QTextList | None = None
            numbered, expected = False, 0
            in_quote = False
            for block in section.blocks:
                if block.kind != "quote" and in_quote:
                    self.leave_table()
                    in_quote = False
                if block.kind != "item" and current is not None:
                    self.space_after_list()
                    current = None
                if block.kind == "item":
                    # The number: in the block (bundled Markdown) or before it on its line
                    # (an imported numbered list's "3. " marker).
                    line_start = min(block.start, source.rfind("\n", 0, block.start) + 1)
                    match = _ITEM_NUMBER.match(source, line_start, block.end)
                    number = int(match.group(1)) if match else 0
                    self.new_block(self.block(0, 0.3), body)
                    if current is None or bool(match) != numbered or (match and number != expected):
                        current = self.cursor.createList(self.list_format(number))
                        numbered = bool(match)
                    else:
                        current.add(self.cursor.block())
                    expected = number + 1
                    self.write(block.text, body, index, block.start, block.end)
                elif block.kind == "quote":
                    if not in_quote:
                        self.enter_quote()
                        in_quote = True
                    self.new_block(self.block(0, 0.4), quote_char)
                    self.write(block.text, quote_char, index, block.start, block.end)
                else:
                    self.new_block(self.block(), body)
                    self.write(block.text, body, index, block.start, block.end)
                self.section_pos.setdefault(section.id, self.units[-1].pos)
            if in_quote:
                self.leave_table()
            if current is not None:
                self.space_after_list()

    def space_after_list(self) -> None:
        """A list's last item keeps a paragraph's space below it."""
        last = self.cursor.blockFormat()
        last.setBottomMargin(round(self.em * 0.6))
        self.cursor.setBlockFormat(last)

    def enter_quote(self) -> None:
        """Open a one-cell table with a bar on its left; the quote blocks go into its cell."""
        fmt = QTextTableFormat()
        fmt.setBorderCollapse(True)
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(round(self.em * 0.5))
        fmt.setLeftMargin(round(self.em * 0.8))
        fmt.setRightMargin(round(self.em * 0.8))
        fmt.setTopMargin(round(self.em * 0.1))
        fmt.setBottomMargin(round(self.em * 0.6))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(1, 1, fmt)
        cell = table.cellAt(0, 0)
        cell_format = cell.format().toTableCellFormat()
        bar = muted_color(self.palette)
        cell_format.setLeftBorder(max(3.0, self.em * 0.25))
        cell_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setLeftBorderBrush(bar)
        for side in ("Top", "Right", "Bottom"):
            getattr(cell_format, f"set{side}Border")(0)
        cell_format.setBackground(
            blend(
                self.palette.color(QPalette.ColorRole.Base),
                self.palette.color(QPalette.ColorRole.Text),
                0.05,
            )
        )
        cell.setFormat(cell_format)
        self.cursor.setPosition(cell.firstCursorPosition().position())
        self._first = True  # the cell's empty block takes the first quote

    def leave_table(self) -> None:
        """Continue after the table, in the empty block Qt keeps after every frame."""
        last = self.cursor.blockFormat()
        last.setBottomMargin(0)
        self.cursor.setBlockFormat(last)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._first = True

    def list_format(self, number: int) -> QTextListFormat:
        fmt = QTextListFormat()
        fmt.setIndent(1)
        if number:
            fmt.setStyle(QTextListFormat.Style.ListDecimal)
            fmt.setStart(number)
        else:
            fmt.setStyle(QTextListFormat.Style.ListDisc)
        return fmt

    def references(self, references: Sequence[str]) -> None:
        if not references:
            return
        char = self.heading("", 2)
        self.cursor.insertText(QCoreApplication.translate("ReaderView", "Referensi"), char)
        body = self.char()
        current: QTextList | None = None
        for reference in references:
            self.new_block(self.block(0, 0.3), body)
            if current is None:
                current = self.cursor.createList(self.list_format(0))
            else:
                current.add(self.cursor.block())
            self.cursor.insertText(plain(reference), body)
