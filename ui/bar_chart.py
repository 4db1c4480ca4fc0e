"""The bar chart both charts share: geometry computed once per width, painted with QPainter.

Everything is measured from the widget's font (so zoom and projector mode scale the charts) and
painted in the widget's palette (so light, dark and high-contrast themes stay readable). The
geometry of one width is computed once by :meth:`BarChart.chart_layout`, which both painting and
``heightForWidth`` use: the layout asks for the height the text needs instead of clipping it.
When the labels, the bars and the values do not fit side by side, each label goes on its own
line above its bar; text is elided only when even that is too narrow, and the full text is
always in the tooltip and the accessible description (:meth:`BarChart.text_alternative`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.chart_numbers import MAX_TICKS, nice_ticks
from ui.safe_text import rich_text

# --------------------------------------------------------------------------------------------
# Geometry


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One bar: its label, the value range it covers, and the text written at its end."""

    label: str
    low: int
    high: int
    value: str


@dataclass(frozen=True, slots=True)
class PlacedText:
    """A text and the rectangle it is drawn in; ``text`` is elided only as a last resort."""

    text: str
    full: str
    rect: QRectF
    wrap: bool = False  # drawn on several lines (stacked labels longer than the width)

    @property
    def elided(self) -> bool:
        return self.text != self.full


@dataclass(frozen=True, slots=True)
class PlacedRow:
    label: PlacedText
    bar: QRectF
    value: PlacedText


@dataclass(frozen=True, slots=True)
class PlacedTick:
    x: float
    label: PlacedText | None  # None when it would overlap its neighbour


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Where everything goes at one width; ``height`` is what the text needs."""

    width: int
    height: int
    stacked: bool  # labels on their own line above the bars
    rows: tuple[PlacedRow, ...] = ()
    ticks: tuple[PlacedTick, ...] = ()
    axis_left: float = 0
    axis_right: float = 0
    axis_y: float = 0
    grid_top: float = 0
    note: PlacedText | None = None
    empty: PlacedText | None = None

    def texts(self) -> list[PlacedText]:
        """Every text drawn."""
        found = [t for row in self.rows for t in (row.label, row.value)]
        found += [tick.label for tick in self.ticks if tick.label is not None]
        found += [t for t in (self.note, self.empty) if t is not None]
        return found


# --------------------------------------------------------------------------------------------
# The widget


class BarChart(QWidget):
    """A horizontal bar chart: labels, bars from ``low`` to ``high`` on a shared axis from 0,
    a value at each bar's end, an optional note. Subclasses supply rows and texts."""

    WIDE_AXIS_SHARE = 0.3  # below this share of the width for the bars, stack labels on top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.setAutoFillBackground(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- for subclasses --------------------------------------------------------------------

    def rows(self) -> list[ChartRow]:
        """The bars, top to bottom."""
        return []

    def axis_maximum(self) -> int:
        """The largest value the axis must show."""
        return max((row.high for row in self.rows()), default=0)

    def axis_exact(self) -> bool:
        """True when the axis ends exactly at :meth:`axis_maximum` (not at a rounder tick)."""
        return False

    def tick_text(self, value: int) -> str:
        return str(value)

    def empty_text(self) -> str:
        return ""

    def note_text(self) -> str:
        return ""

    def chart_name(self) -> str:
        return ""

    def text_alternative(self) -> str:
        """Plain text saying everything the chart shows."""
        return ""

    # -- state -----------------------------------------------------------------------------

    def _data_changed(self) -> None:
        """Texts for assistive technology and the tooltip, then a new size and a repaint."""
        alternative = self.text_alternative()  # names sources and publishers from articles
        self.setAccessibleName(self.chart_name())
        self.setAccessibleDescription(alternative)
        self.setToolTip(rich_text(alternative))
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._data_changed()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.update()
        elif kind == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    # -- size ------------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    @staticmethod
    def _advance(metrics: QFontMetricsF, text: str) -> float:
        return math.ceil(metrics.horizontalAdvance(text)) + 1.0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.chart_layout(width).height

    def _preferred_width(self) -> int:
        metrics = self._metrics()
        rows = self.rows()
        if not rows:
            return math.ceil(self._advance(metrics, self.empty_text()) + 2 * metrics.height())
        label = max(self._advance(metrics, r.label) for r in rows)
        value = max(self._advance(metrics, r.value) for r in rows)
        return math.ceil(label + value + 24 * metrics.horizontalAdvance("M"))

    def _needed_height(self) -> int:
        """The height for the width the chart has once laid out (before that, for its
        preferred width). Layouts that size children by their hints rather than by
        heightForWidth (a QVBoxLayout with an alignment, a QScrollArea's widget) then still
        give the chart all the height its text needs."""
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized) and self.width() > 0
        return self.heightForWidth(self.width() if laid_out else self._preferred_width())

    def sizeHint(self) -> QSize:
        return QSize(self._preferred_width(), self._needed_height())

    def minimumSizeHint(self) -> QSize:
        width = math.ceil(16 * self._metrics().horizontalAdvance("M"))
        return QSize(width, self._needed_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if old != new and (old <= 0 or self.heightForWidth(old) != self.heightForWidth(new)):
            self.updateGeometry()  # the hints depend on the width

    # -- layout ----------------------------------------------------------------------------

    def chart_layout(self, width: int) -> ChartLayout:
        """The geometry of the chart ``width`` pixels wide."""
        metrics = self._metrics()
        line = math.ceil(metrics.height())
        pad = math.ceil(line * 0.5)
        gap = math.ceil(metrics.horizontalAdvance("M") * 0.75)
        inner = max(1.0, width - 2.0 * pad)
        rows = self.rows()
        if not rows:
            return self._empty_layout(width, metrics, pad, inner)

        advance = self._advance
        bar_h = math.ceil(line * 1.25)
        row_h = bar_h + math.ceil(line * 0.5)
        min_bar = max(3.0, round(line / 4))
        label_w = max(advance(metrics, r.label) for r in rows)
        value_w = max(advance(metrics, r.value) for r in rows)
        tick_sets = self._tick_sets()
        tick_w = max(advance(metrics, self.tick_text(v)) for ticks in tick_sets for v in ticks)
        zero_w = advance(metrics, self.tick_text(0))
        right_reserve = max(value_w + gap / 2 + min_bar / 2, tick_w / 2)
        axis_right = width - pad - right_reserve
        min_axis = max(5.0 * line, (zero_w + tick_w) / 2 + gap)

        axis_left = pad + max(label_w + gap, zero_w / 2)
        stacked = axis_right - axis_left < max(min_axis, self.WIDE_AXIS_SHARE * width)
        if stacked:
            axis_left = pad + zero_w / 2
            if axis_right - axis_left < 2 * line:  # very narrow: the value text is elided
                axis_right = axis_left + 2 * line
        axis_len = max(1.0, axis_right - axis_left)
        top_value, ticks = self._choose_ticks(tick_sets, metrics, axis_left, axis_len, gap)

        def x_of(value: int) -> float:
            share = min(max(value, 0) / top_value, 1.0) if top_value > 0 else 0.0
            return axis_left + share * axis_len

        placed: list[PlacedRow] = []
        y = float(pad)
        grid_top = y
        group_gap = math.ceil(line * 0.6)  # stacked: more space between rows than within one
        for index, row in enumerate(rows):
            if stacked:
                y += group_gap if index else 0
                label = self._placed(metrics, row.label, QRectF(pad, y, inner, line), wrap=True)
                y = label.rect.bottom() + math.ceil(line * 0.1)
                bar_band = QRectF(0, y, width, bar_h + math.ceil(line * 0.2))
            else:
                label = self._placed(metrics, row.label, QRectF(pad, y, label_w, row_h))
                bar_band = QRectF(0, y, width, row_h)
            left, right = x_of(min(row.low, row.high)), x_of(max(row.low, row.high))
            if right - left < min_bar:
                middle = (left + right) / 2
                left, right = middle - min_bar / 2, middle + min_bar / 2
            bar_top = bar_band.top() + (bar_band.height() - bar_h) / 2
            bar = QRectF(round(left), round(bar_top), max(1, round(right) - round(left)), bar_h)
            value_left = bar.right() + gap / 2
            value_band = QRectF(
                value_left, bar_band.top(), width - pad - value_left, bar_band.height()
            )
            placed.append(
                PlacedRow(
                    label,
                    bar,
                    self._placed(metrics, row.value, value_band),
                )
            )
            y = bar_band.bottom()
        axis_y = y + math.ceil(line * 0.2)
        tick_len = math.ceil(line * 0.3)
        tick_top = axis_y + tick_len + 1
        placed_ticks = []
        for value, show in ticks:
            x = x_of(value)
            label = None
            if show:
                text = self.tick_text(value)
                text_w = advance(metrics, text)
                label = PlacedText(text, text, QRectF(x - text_w / 2, tick_top, text_w, line))
            placed_ticks.append(PlacedTick(x, label))
        y = tick_top + line

        note = None
        if text := self.note_text():
            y += math.ceil(line * 0.6)
            note_rect = self._wrapped_rect(metrics, text, pad, y, inner)
            note = PlacedText(text, text, note_rect)
            y = note_rect.bottom()
        return ChartLayout(
            width=width,
            height=math.ceil(y + pad),
            stacked=stacked,
            rows=tuple(placed),
            ticks=tuple(placed_ticks),
            axis_left=axis_left,
            axis_right=axis_left + axis_len,
            axis_y=axis_y,
            grid_top=grid_top,
            note=note,
        )

    def _empty_layout(
        self, width: int, metrics: QFontMetricsF, pad: int, inner: float
    ) -> ChartLayout:
        text = self.empty_text()
        line = math.ceil(metrics.height())
        rect = self._wrapped_rect(metrics, text, pad, pad + line, inner)
        height = math.ceil(rect.bottom() + line + pad)
        # centred horizontally; vertically centred in whatever height the widget gets
        return ChartLayout(
            width=width, height=height, stacked=False, empty=PlacedText(text, text, rect)
        )

    @staticmethod
    def _wrapped_rect(metrics: QFontMetricsF, text: str, x: float, y: float, w: float) -> QRectF:
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, w, 1_000_000), flags, text)
        return QRectF(x, y, w, math.ceil(bound.height()))

    def _placed(
        self, metrics: QFontMetricsF, text: str, band: QRectF, wrap: bool = False
    ) -> PlacedText:
        """``text`` at the left of ``band``, vertically centred, in a rectangle just its size.
        Longer than the band: with ``wrap``, on as many lines as it needs from the band's top;
        elided to the band's width when that fails too (one word longer than the band)."""
        if wrap and self._advance(metrics, text) > band.width():
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            bound = metrics.boundingRect(QRectF(0, 0, band.width(), 1_000_000), flags, text)
            if bound.width() <= band.width():
                rect = QRectF(
                    band.left(),
                    band.top(),
                    min(band.width(), math.ceil(bound.width()) + 1.0),
                    math.ceil(bound.height()),
                )
                return PlacedText(text, text, rect, wrap=True)
        shown = text
        if self._advance(metrics, text) > band.width():
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, band.width()))
        height = math.ceil(metrics.height())
        width = min(self._advance(metrics, shown), max(0.0, band.width()))
        top = band.top() + (band.height() - height) / 2
        return PlacedText(shown, text, QRectF(band.left(), top, width, height))

    def _tick_sets(self) -> list[list[int]]:
        """Candidate ticks, most first; with an exact axis they end at its maximum."""
        maximum = self.axis_maximum()
        found: list[list[int]] = []
        for count in range(MAX_TICKS, 0, -1):
            ticks = nice_ticks(maximum, count)
            if self.axis_exact() and maximum > 0:
                ticks = [t for t in ticks if t < maximum] + [maximum]
            if ticks not in found:
                found.append(ticks)
        return found

    def _choose_ticks(
        self,
        tick_sets: list[list[int]],
        metrics: QFontMetricsF,
        axis_left: float,
        axis_len: float,
        gap: float,
    ) -> tuple[int, list[tuple[int, bool]]]:
        """The densest ticks whose labels do not touch; the top value of the axis; a tick
        whose label would still collide (a last resort) keeps its line but not its label."""

        def spans(ticks: list[int]) -> list[tuple[float, float]]:
            top = ticks[-1]
            out = []
            for value in ticks:
                x = axis_left + (value / top if top else 0.0) * axis_len
                half = self._advance(metrics, self.tick_text(value)) / 2
                out.append((x - half, x + half))
            return out

        for ticks in tick_sets:
            placed = spans(ticks)
            if all(b[0] - a[1] >= gap for a, b in pairwise(placed)):
                return ticks[-1], [(t, True) for t in ticks]
        # Too narrow for any labelled set: the tightest axis, its lines, and only the labels
        # of its top value and of 0 (when both fit).
        ticks = min(tick_sets, key=lambda t: (t[-1], len(t)))
        placed = spans(ticks)
        zero_fits = placed[-1][0] - placed[0][1] >= gap
        shown = [(value, index == len(ticks) - 1) for index, value in enumerate(ticks)]
        shown[0] = (ticks[0], zero_fits)
        return ticks[-1], shown

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.chart_layout(self.width())
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.Text)
        painter = QPainter(self)
        painter.setFont(self.font())
        try:
            if layout.empty is not None:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(self.rect()).adjusted(
                        layout.empty.rect.left(), 0, -layout.empty.rect.left(), 0
                    ),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    layout.empty.text,
                )
            else:
                self._paint_chart(painter, layout, palette)
            if self.hasFocus():
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def _paint_chart(self, painter: QPainter, layout: ChartLayout, palette: QPalette) -> None:
        text_color = palette.color(QPalette.ColorRole.Text)
        line_width = max(1, round(self._metrics().height() / 16))
        # grid and axis
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        for tick in layout.ticks:
            x = round(tick.x)
            painter.drawLine(x, round(layout.grid_top), x, round(layout.axis_y))
        painter.setPen(QPen(text_color, line_width))
        axis_y = round(layout.axis_y)
        painter.drawLine(round(layout.axis_left), axis_y, round(layout.axis_right), axis_y)
        tick_len = math.ceil(self._metrics().height() * 0.3)
        for tick in layout.ticks:
            painter.drawLine(round(tick.x), axis_y, round(tick.x), axis_y + tick_len)
        # bars
        painter.setPen(QPen(text_color, line_width, Qt.PenStyle.SolidLine))
        painter.setBrush(palette.highlight())
        for row in layout.rows:
            painter.drawRect(row.bar)
        # text
        painter.setPen(text_color)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        left_middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        halo = palette.base()
        margin = max(1.0, self._metrics().horizontalAdvance(" ") / 2)
        for row in layout.rows:
            for text in (row.label, row.value):
                # the grid lines stop around the text instead of crossing it
                painter.fillRect(text.rect.adjusted(-margin, 0, margin, 0), halo)
                flags = left_middle | int(Qt.TextFlag.TextWordWrap) if text.wrap else left_middle
                painter.drawText(text.rect, flags, text.text)
        for tick in layout.ticks:
            if tick.label is not None:
                painter.drawText(
                    tick.label.rect, int(Qt.AlignmentFlag.AlignCenter), tick.label.text
                )
        if layout.note is not None:
            painter.drawText(
                layout.note.rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                layout.note.text,
            )

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
