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

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QWidget

from guide.slides import Deck, Slide, SlideColumn, SlidePoint
from ui.slide_parts import (
    BODY_LADDER,
    EARLIER_PAGE,
    MARKERS,
    MARKS,
    MIN_BODY,
    NOT_DISCUSSED,
    ROLES,
    Box,
    SlideLayout,
    overflows,
    tr,
)
from ui.slide_parts import esc as _e
from ui.slide_side import SidePanelMixin

__all__ = ["MIN_BODY", "Fitter", "SlideLayout", "overflows", "tr"]


class Fitter(SidePanelMixin):
    """Lays out the slides of ``deck`` for a ``size`` in ``palette``'s colours."""

    def __init__(self, deck: Deck, size: QSizeF, palette: QPalette, family: str = "") -> None:
        self.deck, self.size, self.palette = deck, size, palette
        self.family = family or QFont().family()
        h, w = size.height(), size.width()
        self.margin = round(min(w, h) * 0.045)
        self.gap = round(w * 0.03)
        self._charts: dict[str, QWidget] = {}
        self._page_cache: dict[int, list] = {}

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
        if not points:  # a role with claims has none left on a later page: not "not discussed"
            said = EARLIER_PAGE if column.details or column.points else NOT_DISCUSSED
            parts.append(f"<p><i>{_e(tr(said))}</i></p>")
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
        words = tr(MARKS.get(slide.mark, slide.mark))
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
        if page < 0:
            revealable = self._key_points(slide, body, layout)
            layout.pages = len(self._pages(index, body)) if revealable else 0
            if layout.hidden:
                hint = QCoreApplication.translate("Slides", "Enter: semua klaim (%1 lagi)").replace(
                    "%1", str(layout.hidden)
                )
            elif layout.pages:
                hint = QCoreApplication.translate("Slides", "Enter: semua klaim")
            else:
                hint = ""
        else:
            pages = self._pages(index, body)
            layout.pages = len(pages)
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

    def _key_points(self, slide: Slide, body: QRectF, layout: SlideLayout) -> bool:
        """Place the key points at the largest type that fits; whether Enter has more to show
        (other claims, whole statements, points left out or cut)."""
        share = self._side(slide)
        cut = False
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
                    cut = True
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
        return slide.has_details or layout.hidden > 0 or cut

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

    def _pages(self, index: int, body: QRectF):
        """Slide ``index``'s full claims in pages, laid out once per fitter."""
        if index not in self._page_cache:
            self._page_cache[index] = self._detail_pages(self.deck.slides[index], body)
        return self._page_cache[index]

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
