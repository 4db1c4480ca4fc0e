"""The QPainter charts on the real data: they draw, say everything in text, and never clip."""

from __future__ import annotations

import dataclasses
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from guide.facts import Salary
from guide.library import Library, TechCount
from ui.charts import (
    SalaryChart,
    TechChart,
    format_rupiah,
    format_rupiah_range,
    nice_ticks,
)
from ui.safe_text import rich_text

# --------------------------------------------------------------------------------------------
# Pure helpers


@pytest.mark.parametrize(
    ("amount", "short", "expected"),
    [
        (13_000_000, False, "Rp13.000.000"),
        (7_500_000, False, "Rp7.500.000"),
        (10_500_000, False, "Rp10.500.000"),
        (0, False, "Rp0"),
        (999, False, "Rp999"),
        (-5_000, False, "-Rp5.000"),
        (13_000_000, True, "Rp13 jt"),
        (7_500_000, True, "Rp7,5 jt"),
        (10_500_000, True, "Rp10,5 jt"),
        (0, True, "Rp0"),
        (10_000_000, True, "Rp10 jt"),
        (30_000_000, True, "Rp30 jt"),
        (500_000, True, "Rp500 rb"),
        (750, True, "Rp750"),
        (12_345_678, True, "Rp12,35 jt"),
        (1_250_000_000, True, "Rp1,25 M"),
        (999_999_999, True, "Rp1 M"),  # not "Rp1.000 jt"
        (2 * 10**12, True, "Rp2 T"),
        (10**15, True, "Rp1.000 T"),
    ],
)
def test_format_rupiah(amount: int, short: bool, expected: str) -> None:
    assert format_rupiah(amount, short) == expected


def test_format_rupiah_translated_units() -> None:
    assert format_rupiah(7_500_000, True, ("K", "Jt", "B", "T")) == "Rp7,5 Jt"


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (13_000_000, 30_000_000, "Rp13–30 jt"),
        (7_500_000, 10_500_000, "Rp7,5–10,5 jt"),
        (13_000_000, 13_000_000, "Rp13 jt"),
        (0, 30_000_000, "Rp0–30 jt"),
        (500_000, 1_500_000, "Rp500 rb–Rp1,5 jt"),
    ],
)
def test_format_rupiah_range(low: int, high: int, expected: str) -> None:
    assert format_rupiah_range(low, high) == expected


@pytest.mark.parametrize(
    ("maximum", "count", "expected"),
    [
        (30_000_000, 3, [0, 10_000_000, 20_000_000, 30_000_000]),
        (30_000_000, 4, [0, 10_000_000, 20_000_000, 30_000_000]),
        (30_000_000, 6, [0, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 25_000_000, 30_000_000]),
        (10_500_000, 4, [0, 5_000_000, 10_000_000, 15_000_000]),
        (5, 5, [0, 1, 2, 3, 4, 5]),
        (5, 2, [0, 5]),
        (7, 3, [0, 5, 10]),
        (100, 4, [0, 25, 50, 75, 100]),
        (1, 8, [0, 1]),
        (0.5, 3, [0, 1]),
        (0, 4, [0, 1]),
        (-3, 4, [0, 1]),
        (25, 0, [0, 25]),  # a count below 1 is one step
    ],
)
def test_nice_ticks(maximum: float, count: int, expected: list[int]) -> None:
    assert nice_ticks(maximum, count) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**16), st.integers(min_value=1, max_value=12))
def test_nice_ticks_properties(maximum: int, count: int) -> None:
    ticks = nice_ticks(maximum, count)
    step = ticks[1]
    assert ticks[0] == 0
    assert all(isinstance(t, int) for t in ticks)
    assert all(b - a == step for a, b in pairwise(ticks))
    assert 2 <= len(ticks) <= count + 1
    assert ticks[-1] >= maximum > ticks[-2]  # covers the maximum, no empty step beyond it
    mantissa = step
    while mantissa % 10 == 0 and mantissa >= 100:
        mantissa //= 10
    assert mantissa in {1, 2, 5, 10, 20, 25, 50}


# --------------------------------------------------------------------------------------------
# Real data


@pytest.fixture(scope="module")
def salaries(library: Library) -> tuple[Salary, ...]:
    found = library.facts.salaries
    assert len(found) == 2, "the seeds state two salary ranges"
    return found


@pytest.fixture(scope="module")
def counts(library: Library) -> tuple[TechCount, ...]:
    found = library.technology_counts()
    assert len(found) > 10
    return found


@pytest.fixture
def salary_chart(qtbot, salaries: tuple[Salary, ...]) -> SalaryChart:
    chart = SalaryChart()
    qtbot.addWidget(chart)
    chart.set_salaries(salaries)
    return chart


@pytest.fixture
def tech_chart(qtbot, counts: tuple[TechCount, ...]) -> TechChart:
    chart = TechChart()
    qtbot.addWidget(chart)
    chart.set_counts(counts)
    return chart


def scaled(widget: QWidget, factor: float) -> None:
    """The widget's font ``factor`` × larger (as the app's zoom and projector mode do)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    widget.setFont(font)


def render(chart: QWidget, width: int, height: int | None = None) -> QImage:
    chart.resize(width, chart.heightForWidth(width) if height is None else height)
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage) -> dict[int, int]:
    """Pixel value -> how many pixels have it."""
    found: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            found[pixel] = found.get(pixel, 0) + 1
    return found


def role_rgb(widget: QWidget, role: QPalette.ColorRole) -> int:
    return widget.palette().color(role).rgb()


# --------------------------------------------------------------------------------------------
# Drawing


@pytest.mark.parametrize("kind", ["salary", "tech"])
def test_chart_draws_bars_and_text(kind: str, salary_chart, tech_chart) -> None:
    chart = salary_chart if kind == "salary" else tech_chart
    image = render(chart, 600, 300)
    found = colours(image)
    base = role_rgb(chart, QPalette.ColorRole.Base)
    highlight = role_rgb(chart, QPalette.ColorRole.Highlight)
    assert len(found) > 10  # antialiased text, bars, grid lines, axis
    assert found[base] < 0.97 * image.width() * image.height()
    bar_area = sum(r.bar.width() * r.bar.height() for r in chart.chart_layout(600).rows)
    assert found.get(highlight, 0) > 0.5 * bar_area
    assert found.get(role_rgb(chart, QPalette.ColorRole.Text), 0) > 50


@pytest.mark.parametrize("kind", ["salary", "tech"])
def test_colours_come_from_the_palette(kind: str, salary_chart, tech_chart) -> None:
    """A high-contrast palette without black or white: neither appears in the drawing."""
    chart = salary_chart if kind == "salary" else tech_chart
    palette = QPalette()
    for role, name in [
        (QPalette.ColorRole.Window, "#101820"),
        (QPalette.ColorRole.Base, "#101820"),
        (QPalette.ColorRole.Text, "#ffe066"),
        (QPalette.ColorRole.WindowText, "#ffe066"),
        (QPalette.ColorRole.Highlight, "#00c8ff"),
        (QPalette.ColorRole.HighlightedText, "#101820"),
        (QPalette.ColorRole.Mid, "#607080"),
    ]:
        palette.setColor(role, QColor(name))
    chart.setPalette(palette)
    found = colours(render(chart, 600))
    assert found[QColor("#00c8ff").rgb()] > 1000  # bars
    assert found[QColor("#ffe066").rgb()] > 100  # text, axis, outlines
    assert QColor("#607080").rgb() in found  # grid lines
    assert QColor("#000000").rgb() not in found
    assert QColor("#ffffff").rgb() not in found
    assert max(found, key=found.get) == QColor("#101820").rgb()


@pytest.mark.parametrize("width", [600, 1000])
def test_grid_lines_stop_at_text(width: int, salary_chart, tech_chart) -> None:
    """The grid behind a value ("Rp7,5–10,5 jt" spans the Rp20 jt line at 1000 px, 2×) is
    interrupted instead of striking through the text."""
    grid = QColor("#ff00ff")
    crossed = 0
    for chart in (salary_chart, tech_chart):
        palette = chart.palette()
        palette.setColor(QPalette.ColorRole.Mid, grid)
        chart.setPalette(palette)
        scaled(chart, 2)
        image = render(chart, width)
        layout = chart.chart_layout(width)
        texts = [t.rect for row in layout.rows for t in (row.label, row.value)]
        for rect in texts:
            crossed += any(rect.left() <= t.x <= rect.right() for t in layout.ticks)
            for y in range(int(rect.top()) + 1, int(rect.bottom())):
                for x in range(int(rect.left()) + 1, int(rect.right())):
                    assert image.pixelColor(x, y) != grid, (x, y)
        assert grid.rgb() in colours(image)
    assert crossed  # the test does look at text a grid line passes through


@pytest.mark.parametrize("kind", ["salary", "tech"])
@pytest.mark.parametrize("width", [600, 1000])
@pytest.mark.parametrize("factor", [1, 2])
def test_text_fits_without_overlap(kind, width, factor, salary_chart, tech_chart) -> None:
    chart = salary_chart if kind == "salary" else tech_chart
    scaled(chart, factor)
    layout = chart.chart_layout(width)
    texts = layout.texts()
    bounds = QRectF(0, 0, width, layout.height)
    assert len(layout.rows) == len(chart.rows())
    for text in texts:
        assert not text.elided, text.full
        assert bounds.contains(text.rect), (text.full, text.rect, bounds)
    for a, b in combinations(texts, 2):
        assert not a.rect.intersects(b.rect), (a.full, b.full)
    for row in layout.rows:
        assert bounds.contains(row.bar)
        for text in texts:
            assert not text.rect.intersects(row.bar), (text.full, row.label.full)
    if factor == 1 and kind == "salary":
        assert not layout.stacked  # at ~600 px the labels stand left of their bars


@pytest.mark.parametrize("kind", ["salary", "tech"])
@pytest.mark.parametrize("factor", [1, 2])
def test_nothing_is_drawn_past_the_height_asked_for(kind, factor, salary_chart, tech_chart):
    """Grabbed at heightForWidth, the bottom margin and right margin stay background."""
    chart = salary_chart if kind == "salary" else tech_chart
    scaled(chart, factor)
    image = render(chart, 600)
    base = role_rgb(chart, QPalette.ColorRole.Base)
    margin = chart.fontMetrics().height() // 3
    edge = [(x, y) for y in range(image.height() - margin, image.height()) for x in range(600)]
    edge += [(x, y) for x in range(600 - margin, 600) for y in range(image.height())]
    assert all(image.pixel(x, y) == base for x, y in edge)


def test_text_wraps_before_it_is_elided(qtbot, salaries) -> None:
    chart = SalaryChart()
    qtbot.addWidget(chart)
    chart.set_salaries(salaries)
    scaled(chart, 2)
    layout = chart.chart_layout(300)
    assert layout.stacked
    assert not [t.full for t in layout.texts() if t.elided]
    assert any(row.label.wrap for row in layout.rows)
    assert layout.note is not None
    assert layout.note.rect.height() > 2 * chart.fontMetrics().height()
    assert layout.height == chart.heightForWidth(300)


@pytest.mark.parametrize("width", [1, 40, 120, 250, 450, 800, 1500, 3000])
def test_any_width_draws(width: int, salary_chart, tech_chart) -> None:
    for chart in (salary_chart, tech_chart):
        image = render(chart, width)
        assert image.width() == width
        assert chart.heightForWidth(width) > 0
        layout = chart.chart_layout(width)
        for tick in layout.ticks:
            assert layout.axis_left - 0.5 <= tick.x <= layout.axis_right + 0.5
        labelled = [t.label.rect for t in layout.ticks if t.label is not None]
        assert labelled, "the top of the axis is always labelled"
        assert all(b.left() >= a.right() for a, b in pairwise(labelled))


def test_odd_salaries(qtbot, salaries) -> None:
    one = salaries[0]
    odd = [
        dataclasses.replace(one, low=13_000_000, high=13_000_000, year=None, reported_by=""),
        dataclasses.replace(one, low=1, high=10**15),
        dataclasses.replace(one, low=500_000, high=1_500_000, published_by=""),
    ] * 7
    chart = SalaryChart()
    qtbot.addWidget(chart)
    chart.set_salaries(odd)
    for width in (600, 1000):
        layout = chart.chart_layout(width)
        assert len(layout.rows) == 21
        assert layout.rows[0].bar.width() >= 3  # equal low and high is still a visible mark
        assert layout.rows[1].bar.right() <= layout.axis_right + 1
        assert not [t.full for t in layout.texts() if t.elided]
        render(chart, width)
    assert layout.rows[0].label.text == "tidak diketahui · tidak diketahui via EKRUT"
    assert layout.rows[0].value.text == "Rp13 jt"
    assert layout.rows[1].value.text == "Rp1–Rp1.000 T"
    alternative = chart.text_alternative()
    assert "tidak diketahui, tidak diketahui via EKRUT: Rp13.000.000." in alternative
    assert "Rp1 sampai Rp1.000.000.000.000.000" in alternative


def test_same_publisher_is_named_once(qtbot, salaries) -> None:
    chart = SalaryChart()
    qtbot.addWidget(chart)
    chart.set_salaries([dataclasses.replace(salaries[0], reported_by="EKRUT")])
    assert chart.rows()[0].label == "2022 · EKRUT"


# --------------------------------------------------------------------------------------------
# Text alternatives


def test_salary_text_alternative(salary_chart: SalaryChart) -> None:
    text = salary_chart.text_alternative()
    for value in [
        "Rp13.000.000",
        "Rp30.000.000",
        "Rp7.500.000",
        "Rp10.500.000",
        "2022",
        "2024",
        "Kompas.com",
        "JobStreet",
        "EKRUT",
        "dibimbing.id",
    ]:
        assert value in text
    assert text.startswith(
        "Gaji: 2022, Kompas.com via EKRUT: Rp13.000.000 sampai Rp30.000.000. "
        "2024, JobStreet via dibimbing.id: Rp7.500.000 sampai Rp10.500.000."
    )
    assert salary_chart.accessibleDescription() == text
    assert salary_chart.toolTip() == rich_text(text)  # escaped: sources come from articles
    assert salary_chart.accessibleName() == "Grafik gaji"
    assert salary_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_salary_rows_and_note(salary_chart: SalaryChart) -> None:
    rows = salary_chart.rows()
    assert [r.label for r in rows] == [
        "2022 · Kompas.com via EKRUT",
        "2024 · JobStreet via dibimbing.id",
    ]
    assert [r.value for r in rows] == ["Rp13–30 jt", "Rp7,5–10,5 jt"]
    ticks = [t.label.text for t in salary_chart.chart_layout(600).ticks if t.label]
    assert ticks[0] == "Rp0"
    assert ticks[-1] == "Rp30 jt"
    assert "Rp10 jt" in ticks
    note = (
        "Angka per bulan tidak disebutkan di artikel; sumber dan tahun berbeda, "
        "jadi tidak bisa dibandingkan langsung."
    )
    assert salary_chart.note_text() == note
    assert salary_chart.chart_layout(600).note.text == note
    assert salary_chart.text_alternative().endswith(note)


def test_salary_note_only_when_needed(qtbot, salaries) -> None:
    chart = SalaryChart()
    qtbot.addWidget(chart)
    stated = dataclasses.replace(salaries[0], period_stated=True)
    chart.set_salaries([stated])
    assert chart.note_text() == ""
    assert chart.chart_layout(600).note is None
    chart.set_salaries([salaries[0]])
    assert chart.note_text() == "Angka per bulan tidak disebutkan di artikel."
    chart.set_salaries([stated, dataclasses.replace(stated, low=14_000_000)])
    assert chart.note_text() == ""  # same source and year
    chart.set_salaries([stated, dataclasses.replace(stated, year=2023)])
    assert chart.note_text() == "Tahunnya berbeda, jadi tidak bisa dibandingkan langsung."


def test_tech_text_alternative(tech_chart: TechChart, counts) -> None:
    text = tech_chart.text_alternative()
    shown = counts[:10]
    for count in shown:
        expected = f"{count.technology.name}: {len(count.articles)} dari 5 artikel."
        assert expected in text
    assert counts[10].technology.name + ":" not in text
    assert f"Ditampilkan 10 dari {len(counts)} teknologi." in text
    assert [r.label for r in tech_chart.rows()] == [c.technology.name for c in shown]
    assert tech_chart.rows()[0].value == f"{len(shown[0].articles)} dari 5 artikel"
    assert tech_chart.accessibleDescription() == text
    assert tech_chart.toolTip() == rich_text(text)
    assert tech_chart.accessibleName()
    assert tech_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_tech_axis_is_whole_articles(tech_chart: TechChart) -> None:
    ticks = [t.label.text for t in tech_chart.chart_layout(600).ticks if t.label]
    assert ticks == ["0", "1", "2", "3", "4", "5"]


def test_tech_limit(qtbot, counts) -> None:
    chart = TechChart()
    qtbot.addWidget(chart)
    chart.set_counts(counts, limit=3)
    assert len(chart.rows()) == 3
    chart.set_counts(counts, limit=None)
    assert len(chart.rows()) == len(counts)
    assert "Ditampilkan" not in chart.text_alternative()
    for count in counts:
        assert f"{count.technology.name}: {len(count.articles)} dari" in chart.text_alternative()


@pytest.mark.parametrize(
    ("chart_type", "setter", "expected"),
    [
        (SalaryChart, "set_salaries", "Gaji tidak dibahas di artikel sumber"),
        (TechChart, "set_counts", "Teknologi tidak dibahas di artikel sumber"),
    ],
)
def test_empty_chart_says_so(qtbot, chart_type, setter, expected) -> None:
    chart = chart_type()
    qtbot.addWidget(chart)
    getattr(chart, setter)([])
    assert chart.text_alternative() == expected + "."
    assert chart.accessibleDescription() == expected + "."
    layout = chart.chart_layout(600)
    assert layout.empty is not None
    assert layout.empty.text == expected
    assert not layout.rows
    assert not layout.ticks  # no empty axis
    found = colours(render(chart, 600))
    assert role_rgb(chart, QPalette.ColorRole.Highlight) not in found
    assert len(found) > 3  # the sentence is drawn


# --------------------------------------------------------------------------------------------
# Size


def test_height_grows_with_rows_and_font(qtbot, counts) -> None:
    heights = []
    for limit in (1, 3, 10):
        chart = TechChart()
        qtbot.addWidget(chart)
        chart.set_counts(counts, limit=limit)
        heights.append(chart.heightForWidth(600))
    assert heights[0] < heights[1] < heights[2]
    assert chart.hasHeightForWidth()
    assert chart.sizePolicy().hasHeightForWidth()
    scaled(chart, 2)
    assert chart.heightForWidth(600) > 1.8 * heights[2]
    hint = chart.sizeHint()
    assert hint.height() == chart.heightForWidth(hint.width())  # not laid out yet
    chart.resize(300, 10)
    assert chart.sizeHint().height() == chart.heightForWidth(300)  # laid out: its own width
    assert chart.minimumSizeHint().height() == chart.heightForWidth(300) > hint.height()


def test_salary_height_grows(qtbot, salaries) -> None:
    one, two = SalaryChart(), SalaryChart()
    for chart in (one, two):
        qtbot.addWidget(chart)
    one.set_salaries(salaries[:1])
    two.set_salaries(salaries)
    assert one.heightForWidth(600) < two.heightForWidth(600)
    normal = two.heightForWidth(600)
    scaled(two, 2)
    assert two.heightForWidth(600) > 1.8 * normal
    assert two.heightForWidth(300) > two.heightForWidth(1000)  # narrower: labels on top


def test_layout_gives_the_height_for_its_width(qtbot, salaries, counts) -> None:
    """As on a profile page (a scroll area, a top-aligned column): each chart gets the height
    its width needs, also after the font doubles (projector mode) and the labels stack."""
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    body = QWidget()
    column = QVBoxLayout(body)
    column.setAlignment(Qt.AlignmentFlag.AlignTop)
    salary, tech = SalaryChart(), TechChart()
    salary.set_salaries(salaries)
    tech.set_counts(counts)
    column.addWidget(salary)
    column.addWidget(tech)
    column.addWidget(QLabel("sesudah"))
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    scroll.resize(600, 500)
    scroll.show()
    qtbot.waitExposed(scroll)

    def fits() -> bool:
        return all(c.height() >= c.heightForWidth(c.width()) > 0 for c in (salary, tech))

    qtbot.waitUntil(fits)
    assert not salary.chart_layout(salary.width()).stacked
    scaled(body, 2)
    qtbot.waitUntil(fits)
    assert salary.chart_layout(salary.width()).stacked
    assert tech.geometry().top() >= salary.geometry().bottom()
