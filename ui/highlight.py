"""Marking text in the reader: the colours, and applying them in one pass.

    merge_ranges([(5, 9), (0, 3), (3, 4), (8, 12)])  -> [(0, 4), (5, 12)]
    apply_format(document, ranges, term_format(palette))  # one edit block, any number of ranges
    term_ranges([(pos, text), ...], terms)               -> document ranges of the searched words

Formatting a document range by range costs a layout of the whole paragraph per range (each
``mergeCharFormat`` outside an edit block is its own change), so 4,000 matches in one paragraph
took over a minute. :func:`apply_format` merges the ranges first (pure Python, one sort) and
formats them inside one edit block: the document is laid out once, whatever the count.

Before formatting, :func:`apply_format` finishes the document's layout
(:func:`finish_layout`). Qt lays a new document out lazily (about 1,000 characters, then the
rest on a timer); a format change while that is pending relays out only the changed range,
walks on to the end without laying out the blocks the lazy layout had not reached yet (they
keep a height of 0) and then declares the layout done. The document's height, the scroll bar's
range, Ctrl+End and PageDown then stop short of the article's end — at 170 % zoom and in
projector mode, article 001 searched for "gaji" lost everything after its salary section.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument

from ui.palettes import is_dark

Range = tuple[int, int]

# -- colours ---------------------------------------------------------------------------------


def highlight_format(palette: QPalette) -> QTextCharFormat:
    """The cited passage: a strong yellow with black text (readable in light and dark themes);
    light cyan where the palette selects in yellow (high contrast), so that a selection in
    the passage still shows."""
    yellow = QColor("#ffd84d") if is_dark(palette) else QColor("#ffe066")
    selection = palette.color(QPalette.ColorRole.Highlight)
    near = sum(abs(a - b) for a, b in zip(yellow.getRgb()[:3], selection.getRgb()[:3], strict=True))
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#8ee8ff") if near < 120 else yellow)
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


# -- ranges ----------------------------------------------------------------------------------


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, disjoint ranges covering the same positions as ``ranges``.

    Overlapping and touching ranges (one ends where the next starts) become one; empty or
    reversed ranges are dropped. O(n log n) for the sort, then one pass."""
    merged: list[Range] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def finish_layout(document: QTextDocument) -> None:
    """Lay out whatever part of ``document`` Qt's lazy layout has not reached yet (nothing to
    do when the layout is complete or the document is not shown anywhere)."""
    # QTextDocumentLayout::pageCount() runs ensureLayoutFinished(): the lazy layout to the end.
    document.documentLayout().pageCount()


def apply_format(document: QTextDocument, ranges: Iterable[Range], fmt: QTextCharFormat) -> int:
    """Merge ``fmt`` into every range of ``document`` in one edit block; the number of
    (merged) ranges formatted. The document's layout is finished first (see the module's
    docstring): formatting during a lazy layout leaves the rest of the document unlaid."""
    merged = merge_ranges(ranges)
    if not merged:
        return 0
    finish_layout(document)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one change, one layout: not one per range
    try:
        for start, end in merged:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
    finally:
        cursor.endEditBlock()
    return len(merged)


def term_ranges(texts: Iterable[tuple[int, str]], terms: frozenset[str]) -> list[Range]:
    """Document ranges of the words whose search term is in ``terms``, sorted.

    ``texts`` are (document position, text) pairs: each run of article text as written."""
    if not terms:
        return []
    # Imported on first use: the analysis pulls in Whoosh, which start-up must not wait for.
    from guide import analysis

    found: list[Range] = []
    for pos, text in texts:
        for token in analysis.tokenize(text):
            term = analysis.term_of(token.text)
            if term is not None and term in terms:
                found.append((pos + token.start, pos + token.end))
    found.sort()
    return found
