"""The side of a profile's slide: the quick facts (Ringkasan) or a chart (Gaji, Keahlian),
at the largest type that fits. A mixin of :class:`ui.slide_layout.Fitter`."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QWidget

from guide.slides import Slide
from ui.slide_parts import (
    BODY_LADDER,
    MAJORS,
    MIN_BODY,
    SALARY,
    TECHNOLOGIES,
    Box,
    SlideLayout,
    tr,
)
from ui.slide_parts import esc as _e


class SidePanelMixin:
    """Quick facts or a chart beside the key points."""

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
