"""Search results are readable in every theme and in projector mode (issue 11, points 2 and 3):
the rows are rendered by the real list and delegate into an image and the text pixels are
measured against the background they sit on; nothing is selected until the user moves."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ui.main_window import MainWindow
from ui.result_delegate import MARK_BACKGROUND, PADDING, ResultDelegate
from ui.theme import contrast_ratio

MODES = ["light", "dark", "contrast", "projector"]
QUERY = "gaji"  # two hits, each with marked words in its snippet
MIN_RATIO = 4.5


def _show(window: MainWindow, mode: str) -> None:
    window.set_theme("light" if mode == "projector" else mode, save=False)
    window.search(QUERY)
    if mode == "projector":
        window.enter_projector()
    view = window.search_view
    view.results.setFocus()
    view.results.viewport().update()


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    return [
        QColor(image.pixel(x, y))
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def _text_contrast(pixels: list[QColor]) -> tuple[float, QColor, QColor]:
    """(ratio, text colour, background): the background is the commonest colour, the text
    the pixel that stands out most from it (the core of a glyph); marked words' yellow boxes
    are left out (their own black-on-yellow is measured separately)."""
    counts = Counter(p.rgb() for p in pixels)
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    best, colour = 1.0, background
    for rgb in counts:
        pixel = QColor.fromRgb(rgb)
        if _near(pixel, MARK_BACKGROUND, 12):
            continue
        ratio = contrast_ratio(pixel, background)
        if ratio > best:
            best, colour = ratio, pixel
    return best, colour, background


def _blocks(window: MainWindow, row: int, selected: bool) -> list[tuple[str, QRect]]:
    """The title, source and snippet lines of a row, in viewport coordinates, from the
    delegate's own layout of the row."""
    results = window.search_view.results
    index = results.model().index(row, 0)
    rect = results.visualRect(index)
    delegate = results.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(results)
    option.rect = rect
    option.font = results.font()
    option.palette = results.palette()
    option.widget = results
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    doc = delegate._document(option, index)
    layout = doc.documentLayout()
    out = []
    block = doc.begin()
    for name in ("title", "source", "snippet"):
        box = layout.blockBoundingRect(block).toRect()
        out.append(
            (
                name,
                QRect(
                    rect.left() + PADDING,
                    rect.top() + PADDING + box.top(),
                    min(box.width(), rect.width() - 2 * PADDING),
                    box.height(),
                ),
            )
        )
        block = block.next()
    return out


@pytest.mark.parametrize("mode", MODES)
def test_every_line_of_every_row_reads_selected_or_not(qtbot, window: MainWindow, mode) -> None:
    _show(window, mode)
    view = window.search_view
    assert view.model.rowCount() >= 2
    view.results.setCurrentIndex(view.model.index(0))  # row 0 selected, row 1 not
    qtbot.wait(20)
    image = view.results.viewport().grab().toImage()
    highlight = view.results.palette().color(view.results.palette().ColorRole.Highlight)
    failures = []
    for row, selected in ((0, True), (1, False)):
        for name, rect in _blocks(window, row, selected):
            pixels = _pixels(image, rect)
            ratio, text, background = _text_contrast(pixels)
            if ratio < MIN_RATIO:
                failures.append(
                    f"{mode} row {row} ({'selected' if selected else 'not selected'}) {name}: "
                    f"{text.name()} on {background.name()} = {ratio:.2f}:1"
                )
            if selected:
                assert _near(background, highlight, 8), (mode, name, background.name())
                marks = [p for p in pixels if _near(p, MARK_BACKGROUND, 6)]
                if marks and not _near(highlight, MARK_BACKGROUND, 6):
                    failures.append(f"{mode} row {row} {name}: a yellow mark on the selection")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("mode", MODES)
def test_marked_words_read_in_unselected_rows(qtbot, window: MainWindow, mode) -> None:
    _show(window, mode)
    view = window.search_view
    view.results.clearSelection()
    qtbot.wait(20)
    image = view.results.viewport().grab().toImage()
    _, rect = _blocks(window, 1, False)[2]
    rect = rect.intersected(image.rect())
    marked = [
        (x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        if _near(QColor(image.pixel(x, y)), MARK_BACKGROUND, 6)
    ]
    assert marked, "the matched words are marked"
    # the first marked word: the run of mark-coloured pixels on its top line, glyphs between
    top = min(y for _, y in marked)
    line = sorted(x for x, y in marked if y == top + 2)
    run = [line[0]]
    for x in line[1:]:
        if x - run[-1] > 8:
            break
        run.append(x)
    bottom = max(y for x, y in marked if run[0] <= x <= run[-1])
    box = QRect(run[0], top, run[-1] - run[0] + 1, bottom - top + 1)
    darkest = min(_pixels(image, box), key=lambda p: p.lightness())
    assert contrast_ratio(darkest, MARK_BACKGROUND) >= MIN_RATIO, darkest.name()


def test_no_result_is_selected_until_the_user_moves(qtbot, window: MainWindow) -> None:
    window.search("developer")
    view = window.search_view
    results = view.results
    assert view.model.rowCount() >= 3
    assert results.selectionModel().selectedIndexes() == []
    results.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(results.hasFocus)
    assert results.selectionModel().selectedIndexes() == []  # focus alone selects nothing
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert [i.row() for i in results.selectionModel().selectedIndexes()] == [0]
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert [i.row() for i in results.selectionModel().selectedIndexes()] == [1]
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert [i.row() for i in results.selectionModel().selectedIndexes()] == [0]
    # a new search starts unselected again
    window.search("gaji")
    assert results.selectionModel().selectedIndexes() == []


def test_enter_on_the_focused_first_row_opens_it(qtbot, window: MainWindow) -> None:
    window.search("gaji")
    results = window.search_view.results
    results.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(results.hasFocus)
    first = window.search_view.model.hit(0)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.current_passage().article.id == first.article_id
