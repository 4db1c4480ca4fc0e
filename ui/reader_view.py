"""The reader: one cleaned article with its header, the cited passage highlighted, and history.

The document is built only with ``QTextCursor`` calls (``insertText``, ``insertBlock``, lists)
and ``QTextCharFormat``/``QTextBlockFormat``: article text is always text, never markup, and the
widget showing it is a :class:`~ui.safe_text.SafeTextBrowser`, which never loads a resource.

    view = ReaderView()
    view.show_passage(library.passage(citation), terms=frozenset({"simpan"}))
    view.back(); view.forward(); view.next_match(); view.previous_match()
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from guide.library import Passage
from ui.dates import format_date
from ui.safe_text import SafeTextBrowser, plain

HISTORY_LIMIT = 100
MARK_MS = 1600  # how long a section heading opened by id stays marked

TITLE_SCALE = 1.6
H2_SCALE = 1.3
H3_SCALE = 1.1
LINE_HEIGHT = 135  # percent, for body text
MEASURE = 100  # longest line, in average characters (wider windows get side margins)

_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")


# -- colours ---------------------------------------------------------------------------------


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    mix = [
        round(x * (1 - share_of_b) + y * share_of_b)
        for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour moved a third towards the background (still >= 4.5:1)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return _blend(text, base, 0.33)


def highlight_format(palette: QPalette) -> QTextCharFormat:
    """The cited passage: a strong yellow with black text (readable in light and dark themes)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffd84d") if is_dark(palette) else QColor("#ffe066"))
    fmt.setForeground(QColor("#000000"))
    return fmt


def term_format(palette: QPalette) -> QTextCharFormat:
    """A searched word: a lighter mark, plus a dotted underline that survives inside the quote."""
    fmt = QTextCharFormat()
    if is_dark(palette):
        fmt.setBackground(QColor("#5c4d12"))
        fmt.setForeground(QColor("#ffffff"))
        fmt.setUnderlineColor(QColor("#ffd84d"))
    else:
        fmt.setBackground(QColor("#fff3c4"))
        fmt.setForeground(QColor("#000000"))
        fmt.setUnderlineColor(QColor("#8a6a00"))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    return fmt


# -- finding the quote in the cleaned text ---------------------------------------------------


def _not_space(char: str) -> bool:
    return not char.isspace()


def _folded(text: str, keep: Callable[[str], bool]) -> tuple[str, list[int]]:
    """The kept characters of ``text`` casefolded, and for each the offset it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if keep(char):
            folded = char.casefold()
            chars.append(folded)
            origin.extend([i] * len(folded))
    return "".join(chars), origin


def _edge(text: str, *, trailing: bool) -> str:
    """The punctuation at one end of ``text`` (after stripping spaces)."""
    text = text.strip()
    run = []
    for char in reversed(text) if trailing else text:
        if char.isalnum() or char.isspace():
            break
        run.append(char)
    return "".join(reversed(run)) if trailing else "".join(run)


def find_quote(texts: Sequence[str], quote: str, hint: int = 0) -> list[tuple[int, int, int]]:
    """Where ``quote`` is in consecutive display texts: [(text index, start, end)], or [].

    The match must start in ``texts[0]`` and may run on into the following texts. It is searched
    ignoring whitespace and case first, then (when markers, markdown or punctuation differ
    between the source and the cleaned text) comparing letters and digits only. Of several
    matches the one starting nearest ``hint`` (an offset into ``texts[0]``) wins.
    """
    for keep in (_not_space, str.isalnum):
        needle, _ = _folded(quote, keep)
        if not needle:
            continue
        pieces: list[str] = []
        owners: list[tuple[int, int]] = []
        for index, text in enumerate(texts):
            folded, origin = _folded(text, keep)
            pieces.append(folded)
            owners.extend((index, offset) for offset in origin)
        hay = "".join(pieces)
        best: tuple[int, int] | None = None
        at = hay.find(needle)
        while at >= 0 and owners[at][0] == 0:
            distance = abs(owners[at][1] - hint)
            if best is None or distance < best[0]:
                best = (distance, at)
            at = hay.find(needle, at + 1)
        if best is None:
            continue
        spans: dict[int, list[int]] = {}
        for index, offset in owners[best[1] : best[1] + len(needle)]:
            span = spans.setdefault(index, [offset, offset + 1])
            span[0] = min(span[0], offset)
            span[1] = max(span[1], offset + 1)
        found = [(index, lo, hi) for index, (lo, hi) in sorted(spans.items())]
        if keep is str.isalnum:  # give back the punctuation the comparison skipped
            lead, tail = _edge(quote, trailing=False), _edge(quote, trailing=True)
            index, lo, hi = found[0]
            if lead and texts[index][max(0, lo - len(lead)) : lo] == lead:
                found[0] = (index, lo - len(lead), hi)
            index, lo, hi = found[-1]
            if tail and texts[index][hi : hi + len(tail)] == tail:
                found[-1] = (index, lo, hi + len(tail))
        return found
    return []


# -- the view ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    """One history step: what was shown, and where the reader had scrolled when leaving it."""

    passage: Passage
    terms: frozenset[str]
    scroll: int = field(default=-1, compare=False)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A run of article text in the document: a heading or a block (or the title)."""

    section: int  # index into passage.sections; -1 for the title
    start: int  # range in article.text (-1 when not from the body)
    end: int
    pos: int  # document position of text[0]
    text: str


class ReaderView(QWidget):
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
        self._units: list[_Unit] = []
        self._section_pos: dict[str, int] = {}
        self._matches: list[tuple[int, int]] = []
        self._highlight: list[tuple[int, int]] = []
        self._match_index = -1
        self._anchor: tuple[int, bool] | None = None  # document position kept in view, centred?

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

    def match_count(self) -> int:
        """How many words of the shown text match the search terms."""
        return len(self._matches)

    def next_match(self) -> bool:
        """Select the next marked word after the cursor (wrapping); False if there is none."""
        if not self._matches:
            return False
        cursor = self.text.textCursor()
        pos = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
        index = next((i for i, (start, _) in enumerate(self._matches) if start >= pos), 0)
        self._select_match(index)
        return True

    def previous_match(self) -> bool:
        """Select the marked word before the cursor (wrapping); False if there is none."""
        if not self._matches:
            return False
        cursor = self.text.textCursor()
        pos = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        before = [i for i, (_, end) in enumerate(self._matches) if end <= pos]
        self._select_match(before[-1] if before else len(self._matches) - 1)
        return True

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
        builder = _Builder(self, QTextCursor(doc), font, self.text.palette(), em)
        builder.cursor.beginEditBlock()
        builder.header(passage)
        builder.sections(passage)
        builder.references(passage.article.references)
        builder.cursor.endEditBlock()
        self._units = builder.units
        self._section_pos = builder.section_pos
        self._mark_terms(entry.terms)
        self._show_target(passage)
        if announce:
            self.article_shown.emit(passage.article.id)

    def _mark_terms(self, terms: frozenset[str]) -> None:
        self._matches = []
        self._match_index = -1
        if terms:
            # Imported on first use: the analysis pulls in Whoosh, which start-up must not wait for.
            from guide import analysis

            for unit in self._units:
                for token in analysis.tokenize(unit.text):
                    term = analysis.term_of(token.text)
                    if term is not None and term in terms:
                        self._matches.append((unit.pos + token.start, unit.pos + token.end))
            self._matches.sort()
            self._merge(self._matches, term_format(self.text.palette()))
        self._update_match_controls()

    def _merge(self, ranges: Sequence[tuple[int, int]], fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self.text.document())
        for start, end in ranges:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _show_target(self, passage: Passage) -> None:
        """Highlight the quote (or mark the section) and keep it in view."""
        cursor = QTextCursor(self.text.document())
        target, centre = 0, False
        ranges = self._quote_ranges(passage) if passage.start >= 0 else []
        self._highlight = ranges
        if ranges:
            self._merge(ranges, highlight_format(self.text.palette()))
            target, centre = ranges[0][0], True
        elif passage.section_id in self._section_pos:
            target = self._section_pos[passage.section_id]
            self._mark_block(target)
        cursor.setPosition(target)
        self.text.setTextCursor(cursor)
        self._anchor = (target, centre)
        self._apply_anchor()
        self._scroll_timer.start()

    def _quote_ranges(self, passage: Passage) -> list[tuple[int, int]]:
        """Document ranges of the passage's quote: exact parts, else its whole block."""
        start = passage.start
        content = [u for u in self._units if u.section >= 0]
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
        """Keep lines to a readable length on wide screens: a centred column of MEASURE chars."""
        width = self.text.viewport().width()
        doc = self.text.document()
        column = QFontMetricsF(doc.defaultFont()).averageCharWidth() * MEASURE
        side = max(0, round((width - 2 * doc.documentMargin() - column) / 2))
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

    # -- search matches -------------------------------------------------------------------

    def _select_match(self, index: int) -> None:
        start, end = self._matches[index]
        self._match_index = index
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self._anchor = (start, True)
        self._apply_anchor()
        self._update_match_controls()

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


class _Builder:
    """Writes one passage into a document with cursor calls, recording where the text went."""

    def __init__(
        self, view: ReaderView, cursor: QTextCursor, font: QFont, palette: QPalette, em: float
    ) -> None:
        self.view = view
        self.cursor = cursor
        self.font = font
        self.palette = palette
        self.em = em
        self.units: list[_Unit] = []
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
        self.units.append(_Unit(section, start, end, self.cursor.position(), safe))
        self.cursor.insertText(safe, char)

    def header(self, passage: Passage) -> None:
        # Not ``self.view.tr``: lupdate cannot tell that alias's context; the view's class name
        # ("ReaderView", what ``self.tr`` uses at run time) is given explicitly instead.
        translate = QCoreApplication.translate
        article = passage.article
        title = self.char(TITLE_SCALE, bold=True)
        self.new_block(self.block(0, 0.4, line_height=110), title)
        self.write(article.title or translate("ReaderView", "(tanpa judul)"), title)
        unknown = translate("ReaderView", "tidak diketahui")
        meta = translate("ReaderView", "Penerbit: %1  ·  Penulis: %2  ·  Tanggal: %3")
        meta = (
            meta.replace("%1", plain(article.publisher) or unknown)
            .replace("%2", plain(article.author) or unknown)
            .replace("%3", self.date(article.published) or unknown)
        )
        muted = self.char(muted=True)
        self.new_block(self.block(0, 0.15, line_height=120), muted)
        self.cursor.insertText(meta, muted)
        self.new_block(self.block(0, 0.15, line_height=120), muted)
        source = translate("ReaderView", "Sumber: %1")
        self.cursor.insertText(source.replace("%1", plain(article.attribution) or unknown), muted)
        if article.note:
            note = self.char(italic=True, muted=True)
            self.new_block(self.block(0, 0.15, line_height=120), note)
            text = translate("ReaderView", "Catatan: %1").replace("%1", plain(article.note))
            self.cursor.insertText(text, note)
        rule = self.block(0.2, 0.8, line_height=100)
        rule.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.new_block(rule, self.char(0.5))

    def date(self, iso: str) -> str:
        return plain(format_date(iso))

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
                    match = _ITEM_NUMBER.match(source, block.start, block.end)
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
            _blend(
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
