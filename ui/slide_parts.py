"""What a fitted slide is made of (:mod:`ui.slide_layout` fits, :mod:`ui.slide_side` adds the
quick facts or a chart): its boxes of text, the sizes and words it uses, and the check that
nothing exceeds the slide."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QWidget

BODY_LADDER = (0.048, 0.045, 0.042, 0.039, 0.036, 0.034, 0.032, 0.030)  # × the slide's height
MIN_BODY = BODY_LADDER[-1]  # 23 px at 768: 1.8× the app's normal type, as projector mode was
MARKERS = 2  # source names shown after a point ("+2" for the rest: the app lists them)
ROLES = QPalette.ColorRole
CONTEXT = "Slides"
NOT_DISCUSSED = QT_TRANSLATE_NOOP("Slides", "tidak dibahas di artikel sumber")
EARLIER_PAGE = QT_TRANSLATE_NOOP("Slides", "semua klaimnya sudah di halaman sebelumnya")
SALARY = QT_TRANSLATE_NOOP("Slides", "Gaji")
MAJORS = QT_TRANSLATE_NOOP("Slides", "Jurusan")
TECHNOLOGIES = QT_TRANSLATE_NOOP("Slides", "Teknologi yang sering disebut")
MARKS = {
    "sama": QT_TRANSLATE_NOOP("Slides", "Sama"),
    "sebagian-sama": QT_TRANSLATE_NOOP("Slides", "Sebagian sama"),
    "berbeda": QT_TRANSLATE_NOOP("Slides", "Berbeda"),
    "hanya-satu-peran": QT_TRANSLATE_NOOP("Slides", "Hanya dibahas untuk satu peran"),
    "tidak-dibandingkan": QT_TRANSLATE_NOOP("Slides", "Keduanya dibahas"),
}


def tr(text: str) -> str:
    """The slides' strings (context "Slides")."""
    return QCoreApplication.translate(CONTEXT, text)


def esc(text: str) -> str:
    """``text`` escaped for the slides' HTML."""
    return html.escape(text, quote=False)


@dataclass
class Box:
    """A text placed on the slide: ``document`` is drawn at ``rect``'s top left."""

    kind: str  # header | counter | title | mark | column | facts | hint
    rect: QRectF
    document: QTextDocument


@dataclass
class SlideLayout:
    """Where everything of one slide (or one page of its full claims) goes."""

    size: QSizeF
    boxes: list[Box] = field(default_factory=list)
    chart: QWidget | None = None  # a ui.charts chart, resized to chart_rect
    chart_rect: QRectF = field(default_factory=QRectF)
    pages: int = 0  # pages of full claims (0: Enter shows nothing more)
    hidden: int = 0  # key points that did not fit (shown with the full claims)
    body_px: float = 0.0  # the type size the body got

    def text(self) -> str:
        """Everything on the slide as plain text (screen readers, tests)."""
        return "\n".join(b.document.toPlainText() for b in self.boxes)


def overflows(layout: SlideLayout) -> list[str]:
    """What does not fit the slide: a box outside it, or a text taller or wider than its box
    (measured again), or a chart taller than its place or with a shortened label."""
    slide = QRectF(0, 0, layout.size.width(), layout.size.height())
    problems = []
    for box in layout.boxes:
        text = box.document.toPlainText()[:60]
        if not slide.contains(box.rect):
            problems.append(f"{box.kind} outside the slide: {text!r}")
        size = box.document.size()
        if (
            size.height() > box.rect.height() + 0.5
            or box.document.idealWidth() > box.rect.width() + 0.5
        ):
            problems.append(f"{box.kind} larger than its box: {text!r}")
    bodies = [b.rect for b in layout.boxes if b.kind in ("column", "facts")]
    for i, a in enumerate(bodies):
        problems += [f"boxes overlap: {a} {b}" for b in bodies[i + 1 :] if a.intersects(b)]
    if layout.chart is not None:
        width = int(layout.chart_rect.width())
        if not slide.contains(layout.chart_rect):
            problems.append("chart outside the slide")
        if layout.chart.heightForWidth(width) > layout.chart_rect.height():
            problems.append("chart taller than its place")
        if any(t.elided for t in layout.chart.chart_layout(width).texts()):
            problems.append("chart label shortened")
    return problems
