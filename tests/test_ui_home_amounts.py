"""Issue 11, point 17 (two parts): the Frontend card says its salary is not discussed instead of
showing nothing, and the English interface writes rupiah amounts as English readers read them
("Rp13–30 million", "Rp7.5 million", "Rp13,000,000"; never "Rp13–30 M", where M would be the
Indonesian *miliar*, a thousand times more)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from ui.chart_numbers import SHORT_UNITS, Units, format_rupiah, format_rupiah_range, short_units
from ui.charts import SalaryChart
from ui.home_view import HomeView

ENGLISH = Units("thousand", "million", "billion", "trillion", ",", ".")


def _card_lines(home: HomeView, profile_id: str) -> list[str]:
    card = next(c for c in home.cards if c.profile_id == profile_id)
    return [label.text() for label in card.findChildren(QLabel)]


def test_frontend_card_says_salary_not_discussed(qtbot, library) -> None:
    home = HomeView()
    qtbot.addWidget(home)
    home.set_library(library)
    frontend = _card_lines(home, "frontend-developer")
    assert "Gaji: tidak dibahas di artikel sumber" in frontend
    assert any(line.startswith("Teknologi: ") for line in frontend)
    backend = _card_lines(home, "backend-developer")
    assert any(line.startswith("Gaji: Rp13–30 jt (2022") for line in backend)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (13_000_000, 30_000_000, "Rp13–30 million"),
        (7_500_000, 10_500_000, "Rp7.5–10.5 million"),
        (500_000, 1_500_000, "Rp500 thousand–Rp1.5 million"),
        (1_250_000_000, 1_250_000_000, "Rp1.25 billion"),
    ],
)
def test_english_units_and_separators(low: int, high: int, expected: str) -> None:
    assert format_rupiah_range(low, high, ENGLISH) == expected
    assert format_rupiah(13_000_000, False, ENGLISH) == "Rp13,000,000"
    assert format_rupiah(12_345_678, True, ENGLISH) == "Rp12.35 million"


def test_indonesian_is_unchanged() -> None:
    assert short_units() == SHORT_UNITS  # no translator: the source strings
    assert format_rupiah_range(7_500_000, 10_500_000, short_units()) == "Rp7,5–10,5 jt"
    assert format_rupiah(13_000_000, False, short_units()) == "Rp13.000.000"
    assert format_rupiah(7_500_000, True, ("K", "Jt", "B", "T")) == "Rp7,5 Jt"  # plain words


@pytest.mark.usefixtures("english")
def test_english_interface_writes_millions(qtbot, library) -> None:
    assert short_units() == ENGLISH
    home = HomeView()
    qtbot.addWidget(home)
    home.set_library(library)
    backend = _card_lines(home, "backend-developer")
    salary = next(line for line in backend if line.startswith("Salary: "))
    assert salary.startswith("Salary: Rp13–30 million (2022"), salary
    assert " M " not in salary and " M (" not in salary
    assert "Salary: not discussed in the source articles" in _card_lines(home, "frontend-developer")
    chart = SalaryChart()
    qtbot.addWidget(chart)
    backend_profile = library.profile("backend-developer")
    chart.set_salaries(library.quick_facts(backend_profile).salaries)
    values = [row.value for row in chart.rows()]
    assert "Rp13–30 million" in values
    assert all(" M" not in v and "jt" not in v for v in values)
    assert "Rp13,000,000 to Rp30,000,000" in chart.text_alternative()
    assert all("jt" not in chart.tick_text(t) for t in (0, 10_000_000, 20_000_000))
