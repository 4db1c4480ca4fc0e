"""Two charts drawn with QPainter (QtCharts is not in PySide6-Essentials), with text alternatives.

    SalaryChart.set_salaries(salaries)  one bar per salary statement, low to high, in rupiah
    TechChart.set_counts(counts, limit) one bar per technology: in how many articles it is named

The shared bar chart (geometry, painting, sizes) is :class:`ui.bar_chart.BarChart`; the number
formats (``format_rupiah``, ``format_rupiah_range``, ``nice_ticks``) are in
:mod:`ui.chart_numbers` and importable from here as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.bar_chart import BarChart, ChartLayout, ChartRow
from ui.chart_numbers import (
    SHORT_UNITS,
    Units,
    format_rupiah,
    format_rupiah_range,
    nice_ticks,
    short_units,
)
from ui.safe_text import fill

if TYPE_CHECKING:
    from guide.facts import Salary
    from guide.library import TechCount


class SalaryChart(BarChart):
    """Salary statements as ranges on one rupiah axis, each labelled with year and source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._salaries: tuple[Salary, ...] = ()
        self._data_changed()

    def set_salaries(self, salaries: Sequence[Salary]) -> None:
        """Show these statements, in the order given."""
        self._salaries = tuple(salaries)
        self._data_changed()

    def salaries(self) -> tuple[Salary, ...]:
        return self._salaries

    def _units(self) -> Units:
        return short_units()

    def _source(self, salary: Salary) -> str:
        unknown = self.tr("tidak diketahui")
        reported, published = salary.reported_by or unknown, salary.published_by or unknown
        if reported == published:
            return reported
        return fill(self.tr("%1 via %2"), reported, published)

    def _year(self, salary: Salary) -> str:
        return str(salary.year) if salary.year else self.tr("tidak diketahui")

    def rows(self) -> list[ChartRow]:
        units = self._units()
        return [
            ChartRow(
                fill(self.tr("%1 · %2"), self._year(s), self._source(s)),
                s.low,
                s.high,
                format_rupiah_range(s.low, s.high, units),
            )
            for s in self._salaries
        ]

    def tick_text(self, value: int) -> str:
        return format_rupiah(value, True, self._units())

    def empty_text(self) -> str:
        return self.tr("Gaji tidak dibahas di artikel sumber")

    def chart_name(self) -> str:
        return self.tr("Grafik gaji")

    def note_text(self) -> str:
        """Why these amounts are not comparable, when they are not."""
        salaries = self._salaries
        parts = []
        if any(not s.period_stated for s in salaries):
            parts.append(self.tr("Angka per bulan tidak disebutkan di artikel"))
        sources = len({(s.reported_by, s.published_by) for s in salaries}) > 1
        years = len({s.year for s in salaries}) > 1
        if sources and years:
            parts.append(self.tr("sumber dan tahun berbeda, jadi tidak bisa dibandingkan langsung"))
        elif sources:
            parts.append(self.tr("sumbernya berbeda, jadi tidak bisa dibandingkan langsung"))
        elif years:
            parts.append(self.tr("tahunnya berbeda, jadi tidak bisa dibandingkan langsung"))
        if not parts:
            return ""
        text = "; ".join(parts)
        return text[0].upper() + text[1:] + "."

    def text_alternative(self) -> str:
        """ "Gaji: 2022, Kompas.com via EKRUT: Rp13.000.000 sampai Rp30.000.000. …"."""
        if not self._salaries:
            return self.empty_text() + "."
        parts = [self.tr("Gaji:")]
        units = self._units()
        for s in self._salaries:
            low, high = format_rupiah(s.low, False, units), format_rupiah(s.high, False, units)
            amount = low if s.low == s.high else fill(self.tr("%1 sampai %2"), low, high)
            parts.append(fill(self.tr("%1, %2: %3."), self._year(s), self._source(s), amount))
        if note := self.note_text():
            parts.append(note)
        return " ".join(parts)


class TechChart(BarChart):
    """Technologies by the number of articles naming them, on an axis 0..number of articles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[TechCount, ...] = ()
        self._available = 0
        self._data_changed()

    def set_counts(self, counts: Sequence[TechCount], limit: int | None = 10) -> None:
        """Show the first ``limit`` counts (all when ``limit`` is None or not positive), in
        the order given."""
        counts = tuple(counts)
        self._available = len(counts)
        self._counts = counts[:limit] if limit and limit > 0 else counts
        self._data_changed()

    def counts(self) -> tuple[TechCount, ...]:
        return self._counts

    def _count_text(self, count: TechCount) -> str:
        return fill(
            self.tr("%1 dari %2 artikel"), str(len(count.articles)), str(count.total_articles)
        )

    def rows(self) -> list[ChartRow]:
        return [
            ChartRow(c.technology.name, 0, len(c.articles), self._count_text(c))
            for c in self._counts
        ]

    def axis_maximum(self) -> int:
        totals = [max(c.total_articles, len(c.articles)) for c in self._counts]
        return max(totals, default=0)

    def axis_exact(self) -> bool:
        return True

    def empty_text(self) -> str:
        return self.tr("Teknologi tidak dibahas di artikel sumber")

    def chart_name(self) -> str:
        return self.tr("Grafik teknologi yang disebut di artikel")

    def text_alternative(self) -> str:
        """ "Teknologi yang disebut di artikel: API: 4 dari 5 artikel. …"."""
        if not self._counts:
            return self.empty_text() + "."
        parts = [self.tr("Teknologi yang disebut di artikel:")]
        parts += [
            fill(self.tr("%1: %2."), c.technology.name, self._count_text(c)) for c in self._counts
        ]
        if self._available > len(self._counts):
            parts.append(
                fill(
                    self.tr("Ditampilkan %1 dari %2 teknologi."),
                    str(len(self._counts)),
                    str(self._available),
                )
            )
        return " ".join(parts)


__all__ = [
    "SHORT_UNITS",
    "BarChart",
    "ChartLayout",
    "SalaryChart",
    "TechChart",
    "Units",
    "format_rupiah",
    "format_rupiah_range",
    "nice_ticks",
    "short_units",
]
