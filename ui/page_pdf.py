"""One page of text as a PDF or on a printer: the handout (Ctrl+P) and the student's plan.

A page is HTML laid out by a QTextDocument in points (72 per inch) on A4 or Letter with the
same margins; the type starts at 10 pt and goes down to 9 pt (never less); if the text still
needs a second page, the next, shorter version of it is tried (the caller says what to drop),
and at worst the first page alone is kept. QPdfWriter writes the file (QtGui: no window);
the same page can be painted on a QPrinter (print preview).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from guide import APP_NAME, __version__
from guide.atomic_file import replaced_atomically

log = logging.getLogger(__name__)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
SIZES_PT = (10.0, 9.5, 9.0)  # never below 9 pt
MARGIN_MM = 14.0


def sources_and_footer(
    sources: Iterable[str], heading: str, made_offline: str, level: int = 4
) -> str:
    """The page's end: the cited articles under ``heading`` (an ``h{level}``, as the page's
    other sections), one paragraph each with a hanging indent (a wrapped line does not read
    as another source), then the app, its version and ``made_offline`` ("Dibuat luring dari
    artikel yang dikutip"), every text escaped."""
    footer = f"{APP_NAME} {__version__} · {made_offline}"
    entries = "".join(
        f"<p style='margin-top:0; margin-bottom:1px; margin-left:12px; text-indent:-12px'>"
        f"{html.escape(s, quote=False)}</p>"
        for s in sources
    )
    return (
        f"<h{level}>{html.escape(heading, quote=False)}</h{level}>{entries}"
        f"<p style='color:#555'>{html.escape(footer, quote=False)}</p>"
    )


def source_mark(label: str) -> str:
    """A point's small source mark "[Startup Campus]", escaped, never broken across lines."""
    kept = html.escape(label, quote=False).replace(" ", "&nbsp;")
    return f"<span style='color:#555'>[{kept}]</span>"


def page_layout(paper: str) -> QPageLayout:
    """``paper`` (a4 | letter), portrait, the pages' margins."""
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _document(html: str, size: QSizeF, points: float, device) -> QTextDocument:
    """``html`` laid out for ``device`` (one unit = one point), in pages of ``size``."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(points)
    for ligatures in ("liga", "clig"):  # "fi" as two letters: a PDF's copied text is found
        font.setFeature(QFont.Tag(ligatures), 0)  # by search (ﬁ, U+FB01, is not "fi")
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(size)
    return document


def fitted(versions: Iterable[str], paper: str) -> tuple[QTextDocument, float]:
    """The first of ``versions`` (HTML, longest first) that fits one page of ``paper``, laid
    out in points, and its type size; none fits: the first page of the shortest."""
    rect = page_layout(paper).paintRect(QPageLayout.Unit.Point)
    size = QSizeF(rect.width(), rect.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    reference = QPdfWriter(buffer)  # a device of 72 dots per inch: one unit = one point
    reference.setPageLayout(page_layout(paper))
    reference.setResolution(72)
    html = ""
    for html in versions:
        for points in SIZES_PT:
            document = _document(html, size, points, reference)
            if document.pageCount() == 1:
                return document, points
    log.warning("no version fits one page: the first page of the shortest is kept")
    return _document(html, size, SIZES_PT[-1], reference), SIZES_PT[-1]


def paint_page(versions: Iterable[str], device: QPagedPaintDevice, paper: str) -> float:
    """Paint the page on ``device`` (a QPdfWriter or a QPrinter, its page layout already
    set); the type size used."""
    document, points = fitted(versions, paper)
    rect = page_layout(paper).paintRect(QPageLayout.Unit.Point)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()  # not the screen's theme: dark text on white paper
    context.clip = QRectF(0, 0, rect.width(), rect.height())
    painter = QPainter(device)
    try:
        painter.scale(device.logicalDpiX() / 72, device.logicalDpiY() / 72)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
    finally:
        painter.end()
    return points


def paper_palette() -> QPalette:
    """Black text and dark blue links on white, whatever theme the window is in (the
    document's default text colour comes from the palette it is drawn with)."""
    palette = QPalette(QColor("#000000"), QColor("#ffffff"))
    for role, colour in (
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Link, "#0b57d0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def write_page(versions: Iterable[str], out: Path, paper: str, title: str) -> int:
    """Write the page to ``out`` as a one-page PDF; the type size used (points). Written
    beside and renamed into place (fsync first): never a half-written PDF."""
    with replaced_atomically(out, ".handout-") as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        points = paint_page(versions, writer, paper)
        del writer  # flushes and closes the file
    return int(points)
