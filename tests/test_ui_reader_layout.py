"""The reader in the main window at every zoom and in projector mode (issue 11, point 1): the
whole article can be scrolled to, the text keeps a side margin, no gap above a heading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QTextBlock, QTextDocument

from guide.library import Library
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.reader_view import ReaderView

ARTICLES = ("000", "001", "002", "003", "004")
MODES = ("1.0", "1.7", "3.0", "projector")
LEAST_MARGIN = 24  # px; and at least 3 % of the width (a projector's overscan)


def _settle(qtbot, window: MainWindow) -> None:
    """Let the re-render, side margins and scrolling (0 ms timers) happen."""
    reader = window.reader
    qtbot.waitUntil(
        lambda: not (reader._rerender_timer.isActive() or reader._measure_timer.isActive())
    )
    qtbot.wait(30)


def _enter(qtbot, window: MainWindow, mode: str) -> None:
    if mode == "projector":
        window.enter_projector()
        # The offscreen "screen" is 800×800: show the projector layout in a 1024×768 window.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 768)
    else:
        window.apply_zoom(float(mode), save=False)
    _settle(qtbot, window)


def _leave(qtbot, window: MainWindow) -> None:
    if window.projector:
        window.leave_projector()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 768)
    window.apply_zoom(1.0, save=False)
    _settle(qtbot, window)


def _last_text_block(doc: QTextDocument) -> QTextBlock:
    block = doc.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    return block


def _last_text_of(library: Library, article_id: str) -> str:
    """What the article ends with: its last reference, else the last block of its body."""
    passage = library.open_article(article_id)
    if passage.article.references:
        return passage.article.references[-1]
    return next(s.blocks[-1].text for s in reversed(passage.sections) if s.blocks)


def _on_screen(reader: ReaderView, block: QTextBlock) -> QRectF:
    """The block's text (its lines, not its margins) in viewport coordinates."""
    layout = block.layout()
    assert layout is not None and layout.lineCount(), f"not laid out: {block.text()[:40]!r}"
    first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
    top = layout.position().y() + first.y()
    bottom = layout.position().y() + last.y() + last.height()
    x = layout.position().x() + min(first.x(), last.x())
    shift = reader.text.verticalScrollBar().value()
    return QRectF(x, top - shift, layout.boundingRect().width(), bottom - top)


def _assert_fully_visible(reader: ReaderView, block: QTextBlock) -> None:
    """The block's last line is in the viewport, and all of it when it fits."""
    rect = _on_screen(reader, block)
    height = reader.text.viewport().height()
    layout = block.layout()
    last_line = layout.lineAt(layout.lineCount() - 1)
    line_top = rect.bottom() - last_line.height()
    assert rect.height() > 0, block.text()
    assert rect.bottom() <= height + 1, (block.text()[:40], rect, height)
    assert line_top >= 0, (block.text()[:40], rect, height)
    if rect.height() <= height:
        assert rect.top() >= 0, (block.text()[:40], rect, height)


def _assert_side_margin(reader: ReaderView, block: QTextBlock) -> None:
    width = reader.text.viewport().width()
    rect = _on_screen(reader, block)
    least = max(LEAST_MARGIN, 0.03 * width)
    assert rect.left() >= least, (block.text()[:40], rect.left(), width)
    assert rect.right() <= width - least, (block.text()[:40], rect.right(), width)


@pytest.mark.parametrize("mode", MODES)
def test_every_article_can_be_read_to_its_end(
    qtbot, window: MainWindow, library: Library, mode: str
) -> None:
    """Opened from a search for "gaji" (its words are marked), then zoomed or put on the
    projector, and opened again in that mode: Ctrl+End, the scroll bar's end and PageDown
    all reach the article's last line, and the text never touches the window's edge."""
    for article_id in ARTICLES:
        expected = _last_text_of(library, article_id)
        for opened_before in (True, False):
            if opened_before:
                window.navigate(Location("reader", (article_id, -1, -1, "", "gaji")))
                _settle(qtbot, window)
                _enter(qtbot, window, mode)
            else:
                _enter(qtbot, window, mode)
                window.navigate(Location("reader", (article_id, -1, -1, "", "gaji")))
                _settle(qtbot, window)
            reader = window.reader
            doc = reader.text.document()
            last = _last_text_block(doc)
            assert " ".join(last.text().split()) == " ".join(expected.split())
            # Ctrl+End
            reader.text.setFocus()
            qtbot.keyClick(reader.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            _assert_fully_visible(reader, last)
            # the scroll bar's end
            bar = reader.text.verticalScrollBar()
            bar.setValue(0)
            bar.setValue(bar.maximum())
            _assert_fully_visible(reader, last)
            assert abs(doc.size().height() - (bar.maximum() + bar.pageStep())) <= 2
            # every block of text is laid out (none of zero height past the lazy layout)
            block = doc.begin()
            while block.isValid():
                if block.text().strip():
                    _on_screen(reader, block)
                block = block.next()
            # margins: the title and the last line keep clear of both edges
            _assert_side_margin(reader, last)
            _assert_side_margin(reader, doc.firstBlock())
            if mode == "projector":  # the presenter's PageDown gets there too
                bar.setValue(0)
                for _ in range(bar.maximum() // max(1, bar.pageStep()) + 1):
                    window.projector_step(1)
                _assert_fully_visible(reader, last)
            _leave(qtbot, window)


@pytest.mark.parametrize("mode", ["1.7", "projector"])
def test_a_section_opened_from_search_has_no_gap_above_its_heading(
    qtbot, window: MainWindow, library: Library, mode: str
) -> None:
    """ "Berapa Gaji Back End Developer?" from a search for "gaji", then F5 (or zoom): the
    heading is near the top (or the article's end is reached) with text right above it."""
    passage = library.open_article("001")
    section = next(s for s in passage.sections if s.heading.startswith("Berapa Gaji"))
    # the section itself (a heading suggestion; a result now opens at its snippet instead)
    window.navigate(Location("reader", ("001", -1, -1, section.id, "gaji")))
    _settle(qtbot, window)
    _enter(qtbot, window, mode)
    reader = window.reader
    doc = reader.text.document()
    em = QFontMetricsF(doc.defaultFont()).height()
    heading = next(
        b for b in _iter_blocks(doc) if b.text().startswith("Berapa Gaji Back End Developer")
    )
    qtbot.waitUntil(lambda: _on_screen(reader, heading).top() >= 0)
    rect = _on_screen(reader, heading)
    bar = reader.text.verticalScrollBar()
    assert rect.top() <= 3 * em or bar.value() == bar.maximum(), (rect, em)
    above = heading.previous()
    while not above.text().strip():
        above = above.previous()
    gap = rect.top() - _on_screen(reader, above).bottom()
    assert 0 <= gap <= 3 * em, (gap, em)
    _assert_fully_visible(reader, heading)
    _assert_side_margin(reader, heading)
    _leave(qtbot, window)


def _iter_blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


# -- the root cause: formatting while Qt's lazy layout is pending --------------------------


def _unlaid(doc: QTextDocument) -> list[str]:
    """Blocks with text but no laid-out line (height 0: unreachable by scrolling)."""
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # what the reader's scrolling does
    return [
        b.text()[:40]
        for b in _iter_blocks(doc)
        if b.text().strip() and (b.layout() is None or not b.layout().lineCount())
    ]


def test_formatting_a_fresh_document_leaves_no_block_unlaid(qtbot) -> None:
    """apply_format right after a long text was written (Qt lays it out lazily, ~1,000
    characters at a time): every block is still laid out afterwards."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QTextEdit

    from ui.highlight import apply_format

    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.resize(600, 400)
    edit.show()
    qtbot.waitExposed(edit)
    doc = edit.document()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for i in range(300):
        if i:
            cursor.insertBlock()
        cursor.insertText(f"Paragraf {i}: " + "kata gaji yang cukup panjang " * 8)
    cursor.endEditBlock()
    fmt = QTextCharFormat()
    fmt.setFontWeight(700)
    apply_format(doc, [(10, 14), (2000, 2004)], fmt)
    assert _unlaid(doc) == []
    assert doc.size().height() > 300 * QFontMetricsF(doc.defaultFont()).height()


@pytest.mark.parametrize("article_id", ARTICLES)
def test_reader_lays_out_every_block_at_every_zoom(
    qtbot, library: Library, article_id: str
) -> None:
    """The reader alone, its side margins unchanged after the first render (nothing else
    re-lays the document out): zoomed in steps from 100 % to 300 % with searched words
    marked, no block of the article is left at height 0."""
    from PySide6.QtGui import QFont

    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(1024, 680)
    reader.show()
    qtbot.waitExposed(reader)
    base = reader.font().pointSizeF()
    passage = library.open_article(article_id)
    for step in range(10, 31, 1):
        font = QFont(reader.font())
        font.setPointSizeF(base * step / 10)
        reader.setFont(font)
        reader.show_passage(passage, frozenset({"gaji", "data", "backend"}))
        assert _unlaid(reader.text.document()) == [], step / 10
