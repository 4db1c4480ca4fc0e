"""Fitting a slide (:mod:`guide.slides`) to the screen: nothing cut off, nothing to scroll.

Every size is relative to the slide's height, so a 1024×768 projector and a 1920×1080 screen
show the same slide. The key points take the largest type of a ladder that fits; below the
smallest the last points wait for Enter ("+2 lagi"), and a point that alone is too long is
shortened at a word with "…" (its whole text is one key away). The full claims (Enter) are
paginated at the largest type that fits, never below the smallest. Each text is a
QTextDocument whose measured height is the height of its box: :func:`overflows` checks a
layout (the tests run it on every slide).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QWidget

from guide.slides import Deck, Slide, SlideColumn, SlidePoint

BODY_LADDER = (0.048, 0.045, 0.042, 0.039, 0.036, 0.034, 0.032, 0.030)  # × the slide's height
MIN_BODY = BODY_LADDER[-1]  # 23 px at 768: 1.8× the app's normal type, as projector mode was
MARKERS = 2  # source names shown after a point ("+2" for the rest: the app lists them)
ROLES = QPalette.ColorRole
_CONTEXT = "Slides"
NOT_DISCUSSED = QT_TRANSLATE_NOOP("Slides", "tidak dibahas di artikel sumber")
SALARY = QT_TRANSLATE_NOOP("Slides", "Gaji")
MAJORS = QT_TRANSLATE_NOOP("Slides", "Jurusan")
TECHNOLOGIES = QT_TRANSLATE_NOOP("Slides", "Teknologi yang sering disebut")
_MARKS = {
    "sama": QT_TRANSLATE_NOOP("Slides", "Sama"),
    "sebagian-sama": QT_TRANSLATE_NOOP("Slides", "Sebagian sama"),
    "berbeda": QT_TRANSLATE_NOOP("Slides", "Berbeda"),
    "hanya-satu-peran": QT_TRANSLATE_NOOP("Slides", "Hanya dibahas untuk satu peran"),
    "tidak-dibandingkan": QT_TRANSLATE_NOOP("Slides", "Keduanya dibahas"),
}


def tr(text: str) -> str:
    """The slides' strings (context "Slides")."""
    return QCoreApplication.translate(_CONTEXT, text)


def _e(text: str) -> str:
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


class Fitter:
    """Lays out the slides of ``deck`` for a ``size`` in ``palette``'s colours."""

    def __init__(self, deck: Deck, size: QSizeF, palette: QPalette, family: str = "") -> None:
        self.deck, self.size, self.palette = deck, size, palette
        self.family = family or QFont().family()
        h, w = size.height(), size.width()
        self.margin = round(min(w, h) * 0.045)
        self.gap = round(w * 0.03)
        self._charts: dict[str, QWidget] = {}

    # -- documents --------------------------------------------------------------------------

    def px(self, share: float) -> float:
        """A type size: ``share`` of the slide's height, in pixels."""
        return max(8.0, round(self.size.height() * share))

    def colour(self, role: QPalette.ColorRole) -> str:
        return self.palette.color(role).name()

    def document(self, body: str, px: float, width: float, bold: bool = False) -> QTextDocument:
        """``body`` (HTML) in ``px`` type, wrapped at ``width``."""
        document = QTextDocument()
        font = QFont(self.family)
        font.setPixelSize(round(px))
        font.setBold(bold)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        text = self.colour(ROLES.WindowText)
        document.setHtml(f"<div style='color:{text}'>{body}</div>")
        return document

    def _points_html(
        self, column: SlideColumn, points: tuple[SlidePoint, ...], px: float, full: bool
    ) -> str:
        parts = []
        if column.heading:
            accent = self.colour(ROLES.Link)
            parts.append(
                f"<p style='margin-bottom:{round(px * 0.35)}px'><b style='color:{accent}'>"
                f"{_e(column.heading)}</b></p>"
            )
        if not points:
            parts.append(f"<p><i>{_e(tr(NOT_DISCUSSED))}</i></p>")
        link = self.colour(ROLES.Link)
        for point in points:
            text = point.full if full else point.text
            marks = " · ".join(point.sources[:MARKERS])
            if len(point.sources) > MARKERS:
                marks += f" +{len(point.sources) - MARKERS}"
            small = round(px * 0.7)
            source = f"<span style='color:{link}; font-size:{small}px'>[{_e(marks)}]</span>"
            gap = round(px * 0.45)
            parts.append(f"<p style='margin-bottom:{gap}px'>•&nbsp;{_e(text)} {source}</p>")
        return "".join(parts)

    def column_document(
        self,
        column: SlideColumn,
        points: tuple[SlidePoint, ...],
        px: float,
        width: float,
        full: bool = False,
    ) -> QTextDocument:
        return self.document(self._points_html(column, points, px, full), px, width)

    # -- the frame: header, title, mark, hint ----------------------------------------------

    def _frame(self, slide: Slide, index: int, layout: SlideLayout) -> tuple[float, float]:
        """Header, counter and title (and mark): the body's top and the hint's top."""
        w, h, m = self.size.width(), self.size.height(), self.margin
        small = self.px(0.026)
        counter = self.document(f"<b>{index + 1} / {len(self.deck.slides)}</b>", small, w)
        counter_w = counter.idealWidth() + 2
        counter.setTextWidth(counter_w)
        names = " <span>vs</span> ".join(_e(n) for n in self.deck.role_names)
        header = self.document(names, small, w - 2 * m - counter_w - self.gap)
        top = m * 0.6
        layout.boxes.append(
            Box("header", QRectF(m, top, header.textWidth(), header.size().height()), header)
        )
        layout.boxes.append(
            Box(
                "counter",
                QRectF(w - m - counter_w, top, counter_w, counter.size().height()),
                counter,
            )
        )
        y = top + max(header.size().height(), counter.size().height()) + m * 0.4
        title_text = QCoreApplication.translate("content", slide.title)
        title = self.document(_e(title_text), self.px(0.062), w - 2 * m, bold=True)
        layout.boxes.append(Box("title", QRectF(m, y, w - 2 * m, title.size().height()), title))
        y += title.size().height() + m * 0.2
        if slide.mark:
            mark = self._mark_document(slide, w - 2 * m)
            layout.boxes.append(Box("mark", QRectF(m, y, w - 2 * m, mark.size().height()), mark))
            y += mark.size().height()
        hint_px = self.px(0.024)
        hint_h = self.document("Ag", hint_px, w).size().height()
        return y + m * 0.5, h - m * 0.6 - hint_h

    def _mark_document(self, slide: Slide, width: float) -> QTextDocument:
        back, fore = self.colour(ROLES.Highlight), self.colour(ROLES.HighlightedText)
        words = tr(_MARKS.get(slide.mark, slide.mark))
        body = (
            f"<span style='background-color:{back}; color:{fore}'>"
            f"&nbsp;<b>{_e(words)}</b>&nbsp;</span>"
        )
        if slide.shared:
            shared = QCoreApplication.translate("Slides", "sama-sama: %1").replace(
                "%1", ", ".join(slide.shared)
            )
            body += f"&nbsp; {_e(shared)}"
        return self.document(body, self.px(0.032), width)

    def _hint(self, layout: SlideLayout, top: float, text: str) -> None:
        w, m = self.size.width(), self.margin
        document = self.document(_e(text), self.px(0.024), w - 2 * m)
        document.setHtml(
            f"<div style='color:{self.colour(ROLES.PlaceholderText)}'>{_e(text)}</div>"
        )
        layout.boxes.append(
            Box("hint", QRectF(m, top, w - 2 * m, document.size().height()), document)
        )

    # -- the body --------------------------------------------------------------------------

    def layout(self, index: int, page: int = -1) -> SlideLayout:
        """Slide ``index``: its key points (``page`` −1) or page ``page`` of its full claims."""
        slide = self.deck.slides[index]
        layout = SlideLayout(self.size)
        body_top, hint_top = self._frame(slide, index, layout)
        body = QRectF(
            self.margin,
            body_top,
            self.size.width() - 2 * self.margin,
            hint_top - body_top - self.margin * 0.3,
        )
        pages = self._detail_pages(slide, body)
        layout.pages = len(pages) if slide.has_details or self._key_hidden(slide, body) else 0
        if page < 0 or not layout.pages:
            self._key_points(slide, body, layout)
            if layout.hidden:
                hint = QCoreApplication.translate("Slides", "Enter: semua klaim (%1 lagi)").replace(
                    "%1", str(layout.hidden)
                )
            elif layout.pages:
                hint = QCoreApplication.translate("Slides", "Enter: semua klaim")
            else:
                hint = ""
        else:
            px, columns = pages[min(page, len(pages) - 1)]
            layout.body_px = px
            self._place_columns(layout, body, columns, px, full=True)
            hint = QCoreApplication.translate(
                "Slides", "Semua klaim, halaman %1 dari %2 · Enter: lanjut"
            )
            hint = hint.replace("%1", str(page + 1)).replace("%2", str(len(pages)))
        if hint:
            self._hint(layout, hint_top, hint)
        return layout

    def _column_rects(self, body: QRectF, count: int, share: float = 0.0) -> list[QRectF]:
        """``count`` columns across ``body``; ``share`` > 0: the first takes that share and
        the rest is one side panel."""
        if count == 1 and not share:
            return [QRectF(body)]
        first = (body.width() - self.gap) * (share or 0.5)
        rest = body.width() - self.gap - first
        return [
            QRectF(body.left(), body.top(), first, body.height()),
            QRectF(body.left() + first + self.gap, body.top(), rest, body.height()),
        ]

    def _place_columns(
        self,
        layout: SlideLayout,
        body: QRectF,
        columns: list[tuple[SlideColumn, tuple[SlidePoint, ...]]],
        px: float,
        full: bool,
        share: float = 0.0,
    ) -> None:
        rects = self._column_rects(body, len(columns), share)
        for rect, (column, points) in zip(rects, columns, strict=False):
            document = self.column_document(column, points, px, rect.width(), full)
            rect.setHeight(document.size().height())
            layout.boxes.append(Box("column", rect, document))

    def _side(self, slide: Slide) -> float:
        """The share of the width the key points take (the rest: facts or chart)."""
        if slide.chart:
            return 0.5
        return 0.56 if slide.facts is not None or slide.summary else 0.0

    def _key_hidden(self, slide: Slide, body: QRectF) -> bool:
        layout = SlideLayout(self.size)
        self._key_points(slide, body, layout)
        return layout.hidden > 0 or any(p.text != p.full for c in slide.columns for p in c.points)

    def _key_points(self, slide: Slide, body: QRectF, layout: SlideLayout) -> None:
        share = self._side(slide)
        rects = self._column_rects(body, len(slide.columns), share)
        shown = [list(c.points) for c in slide.columns]
        for step in BODY_LADDER:
            px = self.px(step)
            if all(
                self._fits(c, tuple(p), px, r)
                for c, p, r in zip(slide.columns, shown, rects, strict=False)
            ):
                break
        else:  # the smallest type: the last points wait for Enter, a long one is shortened
            px = self.px(MIN_BODY)
            for i, (column, rect) in enumerate(zip(slide.columns, rects, strict=False)):
                while len(shown[i]) > 1 and not self._fits(column, tuple(shown[i]), px, rect):
                    shown[i].pop()
                    layout.hidden += 1
                if shown[i] and not self._fits(column, tuple(shown[i]), px, rect):
                    shown[i][0] = self._shortened(column, shown[i][0], px, rect)
        layout.body_px = px
        self._place_columns(
            layout,
            body,
            [(c, tuple(p)) for c, p in zip(slide.columns, shown, strict=False)],
            px,
            full=False,
            share=share,
        )
        if share:
            self._side_panel(slide, QRectF(rects[1]) if len(rects) > 1 else body, px, layout)

    def _fits(
        self,
        column: SlideColumn,
        points: tuple[SlidePoint, ...],
        px: float,
        rect: QRectF,
        full: bool = False,
    ) -> bool:
        document = self.column_document(column, points, px, rect.width(), full)
        return (
            document.size().height() <= rect.height()
            and document.idealWidth() <= rect.width() + 0.5
        )

    def _shortened(
        self, column: SlideColumn, point: SlidePoint, px: float, rect: QRectF, full: bool = False
    ) -> SlidePoint:
        """``point`` cut at a word with "…" so that it fits alone (binary search)."""
        words = (point.full if full else point.text).split()
        low, high = 1, len(words)
        while low < high:
            mid = (low + high + 1) // 2
            trial = SlidePoint(" ".join(words[:mid]) + " …", point.full, point.sources)
            if full:
                trial = SlidePoint(trial.text, trial.text, point.sources)
            if self._fits(column, (trial,), px, rect, full):
                low = mid
            else:
                high = mid - 1
        text = " ".join(words[:low]) + " …"
        return SlidePoint(text, text if full else point.full, point.sources)

    # -- the side panel: quick facts or a chart -----------------------------------------------

    def _side_panel(self, slide: Slide, rect: QRectF, px: float, layout: SlideLayout) -> None:
        if slide.chart:
            self._place_chart(slide, rect, layout)
            return
        lines = self._fact_lines(slide)
        for step in (s for s in BODY_LADDER if self.px(s) <= px):
            document = self._facts_document(lines, self.px(step) * 0.85, rect.width())
            if document.size().height() <= rect.height():
                break
        else:
            while len(lines) > 1 and document.size().height() > rect.height():
                lines.pop()
                document = self._facts_document(lines, self.px(MIN_BODY) * 0.85, rect.width())
        layout.boxes.append(
            Box(
                "facts",
                QRectF(rect.left(), rect.top(), rect.width(), document.size().height()),
                document,
            )
        )

    def _fact_lines(self, slide: Slide) -> list[str]:
        from ui.profile_view import salary_line

        lines = [f"<i>{_e(slide.summary)}</i>"] if slide.summary else []
        facts = slide.facts
        if facts is None:
            return lines
        if facts.salaries:
            said = "<br>".join(_e(salary_line(s)) for s in facts.salaries[:3])
            lines.append(f"<b>{_e(tr(SALARY))}</b><br>{said}")
        majors = list(dict.fromkeys(f.value for f in facts.majors))[:5]
        if majors:
            lines.append(f"<b>{_e(tr(MAJORS))}</b><br>{_e(', '.join(majors))}")
        techs = [
            f"{t.technology.name} ({len(t.articles)}/{t.total_articles})"
            for t in facts.technologies[:6]
        ]
        if techs:
            lines.append(f"<b>{_e(tr(TECHNOLOGIES))}</b><br>{_e(', '.join(techs))}")
        return lines

    def _facts_document(self, lines: list[str], px: float, width: float) -> QTextDocument:
        gap = round(px * 0.5)
        body = "".join(f"<p style='margin-bottom:{gap}px'>{line}</p>" for line in lines)
        return self.document(body, px, width)

    def _chart(self, kind: str) -> QWidget:
        chart = self._charts.get(kind)
        if chart is None:
            from ui.charts import SalaryChart, TechChart

            chart = SalaryChart() if kind == "salary" else TechChart()
            chart.setPalette(self.palette)
            self._charts[kind] = chart
        return chart

    def _place_chart(self, slide: Slide, rect: QRectF, layout: SlideLayout) -> None:
        """The chart at the largest type (and, for technologies, the most bars) that fits."""
        chart = self._chart(slide.chart)
        width = int(rect.width())
        for step in (0.030, 0.027, 0.024, 0.022):
            for limit in (8, 6, 5, 4) if slide.chart == "tech" else (0,):
                self._fill_chart(chart, slide.facts, limit)
                font = QFont(self.family)
                font.setPixelSize(round(self.px(step)))
                chart.setFont(font)
                if chart.heightForWidth(width) <= rect.height() and not any(
                    t.elided for t in chart.chart_layout(width).texts()
                ):
                    break
            else:
                continue
            break
        height = min(chart.heightForWidth(width), int(rect.height()))
        chart.resize(width, height)
        layout.chart, layout.chart_rect = chart, QRectF(rect.left(), rect.top(), width, height)

    @staticmethod
    def _fill_chart(chart: QWidget, facts, limit: int) -> None:
        if hasattr(chart, "set_salaries"):
            chart.set_salaries(facts.salaries)
        else:
            chart.set_counts(facts.technologies, limit)

    def _detail_pages(self, slide: Slide, body: QRectF):
        """The full claims in pages: [(px, [(column, points), …]), …]."""
        rects = self._column_rects(body, len(slide.columns))
        for step in BODY_LADDER:
            px = self.px(step)
            if all(
                self._fits(c, c.details, px, r, True)
                for c, r in zip(slide.columns, rects, strict=False)
            ):
                return [(px, [(c, c.details) for c in slide.columns])]
        px = self.px(MIN_BODY)
        per_column = [self._paginate(c, px, r) for c, r in zip(slide.columns, rects, strict=False)]
        count = max(len(p) for p in per_column)
        return [
            (
                px,
                [
                    (c, p[i] if i < len(p) else ())
                    for c, p in zip(slide.columns, per_column, strict=False)
                ],
            )
            for i in range(count)
        ]

    def _paginate(self, column: SlideColumn, px: float, rect: QRectF):
        pages: list[tuple[SlidePoint, ...]] = []
        current: list[SlidePoint] = []
        for point in column.details:
            if self._fits(column, (*current, point), px, rect, True):
                current.append(point)
                continue
            if current:
                pages.append(tuple(current))
            if not self._fits(column, (point,), px, rect, True):
                point = self._shortened(column, point, px, rect, full=True)
            current = [point]
        pages.append(tuple(current))
        return pages


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
