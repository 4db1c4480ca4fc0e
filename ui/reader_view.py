"""The reader: one cleaned article with its header, the cited passage highlighted, and history.

The document is built only with ``QTextCursor`` calls (:mod:`ui.reader_document`): article
text is always text, never markup, and the widget showing it is a
:class:`~ui.safe_text.SafeTextBrowser`, which never loads a resource. Quote and searched words
are marked by :mod:`ui.highlight` in one edit of the document, whatever their number.

    view = ReaderView()
    view.show_passage(library.passage(citation), terms=frozenset({"simpan"}))
    view.back(); view.forward(); view.next_match(); view.previous_match()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QToolButton, QVBoxLayout, QWidget

from guide.quote_finder import find_quote
from ui.highlight import apply_format, highlight_format, term_format, term_ranges
from ui.reader_document import H2_SCALE, H3_SCALE, TITLE_SCALE, Unit, quote_ranges, write_passage
from ui.reader_matches import ReaderMatchesMixin
from ui.safe_text import SafeTextBrowser

if TYPE_CHECKING:
    from guide.library import Passage
    from guide.sources import Origin

HISTORY_LIMIT = 100
MARK_MS = 1600  # how long a section heading opened by id stays marked
MEASURE = 100  # longest line, in average characters (wider windows get side margins)
GUTTER_SHARE = 0.04  # least side margin, as a share of the width (projector overscan: 2-5 %)

# Importable from here as before: the document, its colours and the quote search now live in
# ui.reader_document, ui.highlight and guide.quote_finder.
__all__ = [
    "H2_SCALE",
    "H3_SCALE",
    "MARK_MS",
    "TITLE_SCALE",
    "ReaderView",
    "find_quote",
    "highlight_format",
    "term_format",
]


def side_margin(width: float, column: float, gutter: float) -> int:
    """The left and right margin of the reader's text in a viewport ``width`` wide: the text
    centred in a ``column`` when there is room, and never less than ``gutter`` nor
    GUTTER_SHARE of the width (a projector's overscan cuts the edges of the picture).

    The root frame's left/right margins replace the document margin on those sides, so a
    margin of 0 puts the text at the window's edge (which is what happened from 160 % zoom)."""
    least = max(gutter, width * GUTTER_SHARE)
    return round(max(least, (width - column) / 2))


# -- the view ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    """One history step: what was shown, and where the reader had scrolled when leaving it."""

    passage: Passage
    terms: frozenset[str]
    scroll: int = field(default=-1, compare=False)


class ReaderView(ReaderMatchesMixin, QWidget):
    """Shows one article, highlights a cited passage and searched words, keeps a history."""

    history_changed = Signal()
    article_shown = Signal(str)
    link_requested = Signal(QUrl)  # an anchor was activated (never followed; there are none)

    def __init__(self, parent: QWidget | None = None, *, history_shortcuts: bool = True) -> None:
        """``history_shortcuts=False`` leaves Alt+Left/Alt+Right to a window that keeps its own
        history: two enabled shortcuts for one key are ambiguous in Qt and neither fires."""
        super().__init__(parent)
        self._history: list[_Entry] = []
        self._index = -1
        self._units: list[Unit] = []
        self._section_pos: dict[str, int] = {}
        self._matches: list[tuple[int, int]] = []
        self._highlight: list[tuple[int, int]] = []
        self._match_index = -1
        self._anchor: tuple[int, bool] | None = None  # document position kept in view, centred?
        # Library.origin: an imported article's byline says where it comes from
        self.origin_of: Callable[[str], Origin] | None = None

        self.back_button = self._tool_button(
            self.tr("◀ Kembali"),
            self.tr("Kembali"),
            self.tr("Kembali ke bacaan sebelumnya (Alt+Panah Kiri)"),
            self.back,
        )
        self.forward_button = self._tool_button(
            self.tr("Maju ▶"),
            self.tr("Maju"),
            self.tr("Maju ke bacaan berikutnya (Alt+Panah Kanan)"),
            self.forward,
        )
        self.match_label = QLabel(self)
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.setAccessibleName(self.tr("Jumlah kata yang dicari"))
        self.previous_match_button = self._tool_button(
            self.tr("‹ Sebelumnya"),
            self.tr("Kata dicari sebelumnya"),
            self.tr("Ke kata dicari sebelumnya (Shift+F3)"),
            self.previous_match,
        )
        self.next_match_button = self._tool_button(
            self.tr("Berikutnya ›"),
            self.tr("Kata dicari berikutnya"),
            self.tr("Ke kata dicari berikutnya (F3)"),
            self.next_match,
        )

        self.text = SafeTextBrowser(self)
        self.text.setAccessibleName(self.tr("Isi artikel"))
        self.text.setAccessibleDescription(
            self.tr("Teks artikel. Pilih teks dengan tetikus atau dengan Shift dan tombol panah.")
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.link_requested.connect(self.link_requested)
        self.text.viewport().installEventFilter(self)
        self.text.installEventFilter(self)
        self.text.verticalScrollBar().actionTriggered.connect(self._forget_anchor)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        bar.addWidget(self.match_label)
        bar.addWidget(self.previous_match_button)
        bar.addWidget(self.next_match_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)

        QWidget.setTabOrder(self.back_button, self.forward_button)
        QWidget.setTabOrder(self.forward_button, self.previous_match_button)
        QWidget.setTabOrder(self.previous_match_button, self.next_match_button)
        QWidget.setTabOrder(self.next_match_button, self.text)
        self.setFocusProxy(self.text)

        alt = Qt.KeyboardModifier.AltModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.back_shortcut = self._shortcut(
            [QKeySequence(QKeyCombination(alt, Qt.Key.Key_Left)), QKeySequence(Qt.Key.Key_Back)],
            self.back,
        )
        self.forward_shortcut = self._shortcut(
            [
                QKeySequence(QKeyCombination(alt, Qt.Key.Key_Right)),
                QKeySequence(Qt.Key.Key_Forward),
            ],
            self.forward,
        )
        self._match_shortcuts = [
            self._shortcut([QKeySequence(Qt.Key.Key_F3)], self.next_match),
            self._shortcut(
                [QKeySequence(QKeyCombination(shift, Qt.Key.Key_F3))], self.previous_match
            ),
        ]
        self._history_shortcuts = history_shortcuts

        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._apply_anchor)
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(MARK_MS)
        self._mark_timer.timeout.connect(lambda: self.text.setExtraSelections([]))
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._fit_measure)
        self._rerender_timer = QTimer(self)
        self._rerender_timer.setSingleShot(True)
        self._rerender_timer.setInterval(0)
        self._rerender_timer.timeout.connect(self._rerender)

        self._update_history_controls()
        self._update_match_controls()

    def _tool_button(
        self, text: str, name: str, tip: str, slot: Callable[[], object]
    ) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _shortcut(self, keys: list[QKeySequence], slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(self)
        shortcut.setKeys(keys)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: slot())
        return shortcut

    # -- public API -----------------------------------------------------------------------

    def show_passage(self, passage: Passage, terms: frozenset[str] = frozenset()) -> None:
        """Show an article, highlight its passage or section and the words in ``terms``.

        The passage is pushed onto the history (forward entries are dropped); showing what is
        already shown again only re-renders it.
        """
        entry = _Entry(passage, frozenset(terms))
        if not (0 <= self._index < len(self._history) and self._history[self._index] == entry):
            self._remember_scroll()
            del self._history[self._index + 1 :]
            self._history.append(entry)
            del self._history[:-HISTORY_LIMIT]
            self._index = len(self._history) - 1
        self._render(entry)
        self._update_history_controls()
        self.history_changed.emit()

    def current_passage(self) -> Passage | None:
        """What is shown now, or None."""
        return self._history[self._index].passage if self._history else None

    def marked_passage(self) -> tuple[int, int, str, str] | None:
        """What Ctrl+D saves: the selection as (start, end, section id, its text) in the
        article, else the section at the top of the view (its start and end, its heading);
        None when nothing is shown."""
        from guide.profiles import QuoteLocator

        passage = self.current_passage()
        content = [u for u in self._units if u.section >= 0]
        if passage is None or not content:
            return None
        cursor = self.text.textCursor()
        at = (
            cursor.selectionStart()
            if cursor.hasSelection()
            else (self.text.cursorForPosition(self.text.viewport().rect().topLeft()).position())
        )
        unit = next((u for u in reversed(content) if u.pos <= at), content[0])
        section = passage.sections[unit.section]
        text = " ".join(cursor.selectedText().split()) if cursor.hasSelection() else ""
        if not text:
            return section.start, section.end, section.id, section.heading or section.text[:200]
        tail = passage.article.text[unit.start :]
        span = QuoteLocator({"a": tail}).locate("a", text)
        if span is None:  # not verbatim (a selection across the title or a list number)
            return section.start, section.end, section.id, text
        return unit.start + span[0], unit.start + span[1], section.id, text

    def can_go_back(self) -> bool:
        """Whether there is an earlier passage in the history."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """Whether there is a later passage in the history."""
        return 0 <= self._index < len(self._history) - 1

    def back(self) -> None:
        """Show the previous passage of the history (does nothing at the start)."""
        if self.can_go_back():
            self._go(self._index - 1)

    def forward(self) -> None:
        """Show the next passage of the history (does nothing at the end)."""
        if self.can_go_forward():
            self._go(self._index + 1)

    def highlighted_text(self) -> str:
        """The text of the highlighted quote as shown (its parts joined by a space), or ""."""
        cursor = QTextCursor(self.text.document())
        parts = []
        for start, end in self._highlight:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            parts.append(cursor.selectedText().replace("\u2029", " "))
        return " ".join(parts)

    # -- history --------------------------------------------------------------------------

    def _go(self, index: int) -> None:
        """Show a history entry again, scrolled to where the reader left it."""
        self._remember_scroll()
        self._index = index
        entry = self._history[index]
        self._render(entry)
        if entry.scroll >= 0:
            self._scroll_to_value(entry.scroll)
        self._update_history_controls()
        self.history_changed.emit()

    def _remember_scroll(self) -> None:
        if 0 <= self._index < len(self._history):
            self._history[self._index].scroll = self.text.verticalScrollBar().value()

    def _update_history_controls(self) -> None:
        self.back_button.setEnabled(self.can_go_back())
        self.forward_button.setEnabled(self.can_go_forward())
        # Enabled only when they can act, so a window's own Alt+Left still works otherwise.
        self.back_shortcut.setEnabled(self._history_shortcuts and self.can_go_back())
        self.forward_shortcut.setEnabled(self._history_shortcuts and self.can_go_forward())

    def set_history_shortcuts(self, enabled: bool) -> None:
        """Turn the view's own Alt+Left/Alt+Right (and Back/Forward keys) on or off."""
        self._history_shortcuts = enabled
        self._update_history_controls()

    # -- rendering ------------------------------------------------------------------------

    def _rerender(self) -> None:
        """Font or palette changed: build the document again in the new sizes and colours."""
        if not self._history:
            return
        bar = self.text.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        keep_anchor = self._anchor is not None
        self._render(self._history[self._index], announce=False)
        if not keep_anchor:
            self._forget_anchor()
            self._scroll_to_value(round(ratio * bar.maximum()))

    def _render(self, entry: _Entry, *, announce: bool = True) -> None:
        passage = entry.passage
        self._mark_timer.stop()
        self.text.setExtraSelections([])
        doc = self.text.document()
        doc.clear()
        self.text.neutralise_document()
        font = self.text.font()
        em = QFontMetricsF(font).height()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(round(em * 1.2))
        self._fit_measure()
        doc.setIndentWidth(round(em * 1.6))
        origin = self.origin_of(passage.article.id) if self.origin_of else None
        builder = write_passage(doc, passage, font, self.text.palette(), em, origin)
        self._units = builder.units
        self._section_pos = builder.section_pos
        self._mark_terms(entry.terms)
        self._show_target(passage)
        if announce:
            self.article_shown.emit(passage.article.id)

    def _mark_terms(self, terms: frozenset[str]) -> None:
        """Mark every searched word (one pass over the text, one edit of the document)."""
        self._matches = term_ranges(((u.pos, u.text) for u in self._units), terms)
        self._match_index = -1
        apply_format(self.text.document(), self._matches, term_format(self.text.palette()))
        self._update_match_controls()

    def _show_target(self, passage: Passage) -> None:
        """Highlight the quote (or mark the section) and keep it in view."""
        cursor = QTextCursor(self.text.document())
        target, centre = 0, False
        ranges = quote_ranges(self._units, passage)
        self._highlight = ranges
        if ranges:
            apply_format(self.text.document(), ranges, highlight_format(self.text.palette()))
            target, centre = ranges[0][0], True
        elif passage.section_id in self._section_pos:
            target = self._section_pos[passage.section_id]
            self._mark_block(target)
        cursor.setPosition(target)
        self.text.setTextCursor(cursor)
        self._anchor = (target, centre)
        self._apply_anchor()
        self._scroll_timer.start()

    def _mark_block(self, pos: int) -> None:
        """Briefly mark the block at ``pos`` (a section heading opened by id)."""
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(self.text.document().findBlock(pos))
        fmt = QTextCharFormat(highlight_format(self.text.palette()))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = fmt
        self.text.setExtraSelections([selection])
        self._mark_timer.start()

    # -- scrolling ------------------------------------------------------------------------

    def _apply_anchor(self) -> None:
        """Scroll so the anchor position is centred (a quote) or near the top (a section)."""
        if self._anchor is None:
            return
        pos, centre = self._anchor
        doc = self.text.document()
        block = doc.findBlock(pos)
        if not block.isValid():
            return
        layout = doc.documentLayout()
        layout.blockBoundingRect(doc.lastBlock())  # lays the whole document out
        rect = layout.blockBoundingRect(block)
        y, height = rect.y(), rect.height()
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount():
            line = text_layout.lineForTextPosition(pos - block.position())
            if line.isValid():
                y, height = rect.y() + line.y(), line.height()
        if centre:
            value = y + height / 2 - self.text.viewport().height() / 2
        elif block == doc.firstBlock():
            value = 0.0
        else:  # a heading: near the top, a little space above it
            value = y - QFontMetricsF(doc.defaultFont()).height()
        bar = self.text.verticalScrollBar()
        bar.setValue(round(max(bar.minimum(), min(value, bar.maximum()))))

    def _fit_measure(self) -> None:
        """Keep lines to a readable length on wide screens: a centred column of MEASURE chars,
        and never less than a gutter on either side (:func:`side_margin`)."""
        doc = self.text.document()
        side = side_margin(
            self.text.viewport().width(),
            QFontMetricsF(doc.defaultFont()).averageCharWidth() * MEASURE,
            doc.documentMargin(),
        )
        root = doc.rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != side or fmt.rightMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)
            if self._anchor is not None:
                self._apply_anchor()

    def _scroll_to_value(self, value: int) -> None:
        """Scroll to a saved position (the whole document laid out first); no anchor."""
        self._forget_anchor()
        doc = self.text.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())
        self.text.verticalScrollBar().setValue(value)

    def _forget_anchor(self, *_args: object) -> None:
        """The reader scrolled or clicked: stop keeping the target in view."""
        self._anchor = None
        self._scroll_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the target in view while the text is laid out; forget it once the user acts."""
        kind = event.type()
        if watched is self.text.viewport():
            if kind == QEvent.Type.Resize:
                # Not now: the resize may come from inside a layout (a scroll bar appearing),
                # and changing the root frame there corrupts the layout.
                self._measure_timer.start()
            if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._anchor is not None:
                self._scroll_timer.start()
            elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
                self._forget_anchor()
        elif watched is self.text and kind == QEvent.Type.KeyPress:
            self._forget_anchor()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Zoom (a font change) and theme changes re-render in the new sizes and colours."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._rerender_timer.start()
        super().changeEvent(event)

    def _update_match_controls(self) -> None:
        count = len(self._matches)
        for widget in (self.match_label, self.previous_match_button, self.next_match_button):
            widget.setVisible(count > 0)
        if self._match_index >= 0:
            text = self.tr("Kata dicari: %1 dari %2")
            text = text.replace("%1", str(self._match_index + 1)).replace("%2", str(count))
        else:
            text = self.tr("Kata dicari: %n", "", count)
        self.match_label.setText(text)
