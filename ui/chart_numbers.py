"""Numbers as the charts write them: rupiah in the interface language, and round axis ticks.

    format_rupiah(amount, short)        -> "Rp13.000.000" / "Rp13 jt", "Rp7,5 jt"
    format_rupiah_range(low, high)      -> "Rp13–30 jt", "Rp7,5–10,5 jt"
    nice_ticks(maximum, count)          -> [0, 10_000_000, 20_000_000, 30_000_000]

The unit words and digit separators are a :class:`Units`: Indonesian by default
(:data:`SHORT_UNITS`), or the interface language's from :func:`short_units` — in English
"Rp13–30 million", "Rp7.5–10.5 million", "Rp13,000,000" (never "Rp13–30 M": in Indonesian
M is *miliar*, a thousand times more, and an English reader cannot tell which is meant).

Pure Python apart from :func:`short_units`, which asks Qt for the translated words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class Units(NamedTuple):
    """The words after a short amount (for 10^3, 10^6, 10^9, 10^12) and the digit separators,
    in one language. A plain sequence of four words is taken with Indonesian separators."""

    thousand: str = "rb"
    million: str = "jt"
    billion: str = "M"
    trillion: str = "T"
    group: str = "."  # thousands separator: "13.000.000"
    decimal: str = ","  # decimal separator: "7,5"


# "ribu", "juta", "miliar", "triliun" as written in Indonesian news ("Rp13 jt", "Rp1,2 M").
SHORT_UNITS = Units()
_UNIT_VALUES = (10**3, 10**6, 10**9, 10**12)
MAX_TICKS = 8


def _units(units: Sequence[str]) -> Units:
    return units if isinstance(units, Units) else Units(*tuple(units)[:4])


def _group(digits: int, separator: str = ".") -> str:
    """12345678 -> "12.345.678" (Indonesian thousands separator by default)."""
    return f"{digits:,}".replace(",", separator)


def _decimal_text(value: Decimal, units: Units = SHORT_UNITS) -> str:
    """Up to two decimals, trailing zeros dropped, the units' separators: 7.5 -> "7,5"."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = int(rounded)
    cents = int((rounded - whole) * 100)
    text = _group(whole, units.group)
    if cents:
        text += units.decimal + f"{cents:02d}".rstrip("0")
    return text


def _short_parts(amount: int, units: Sequence[str]) -> tuple[str, str]:
    """The number and unit of a short amount: 7_500_000 -> ("7,5", "jt"); 500 -> ("500", "")."""
    units = _units(units)
    amount = abs(int(amount))
    index = -1
    for i, size in enumerate(_UNIT_VALUES):
        if amount >= size:
            index = i
    if index < 0:
        return str(amount), ""
    value = Decimal(amount) / _UNIT_VALUES[index]
    # 999_999_999 rounds to "1.000 jt": say "1 M" instead.
    if index + 1 < len(_UNIT_VALUES) and value.quantize(Decimal("0.01"), ROUND_HALF_UP) >= 1000:
        index += 1
        value = Decimal(amount) / _UNIT_VALUES[index]
    return _decimal_text(value, units), units[index]


def short_units() -> Units:
    """:data:`SHORT_UNITS` in the interface language (context "SalaryChart"): the words
    spelled out where the abbreviation would mislead ("million", not "M")."""
    translate = QCoreApplication.translate
    return Units(
        translate("SalaryChart", "rb", "ribu (10^3) after a short rupiah amount"),
        translate("SalaryChart", "jt", "juta (10^6) after a short rupiah amount"),
        translate("SalaryChart", "M", "miliar (10^9) after a short rupiah amount"),
        translate("SalaryChart", "T", "triliun (10^12) after a short rupiah amount"),
        translate("SalaryChart", ".", "thousands separator in amounts: Rp13.000.000"),
        translate("SalaryChart", ",", "decimal separator in amounts: Rp7,5 jt"),
    )


def format_rupiah(amount: int, short: bool = False, units: Sequence[str] = SHORT_UNITS) -> str:
    """Rupiah as Indonesians write it: "Rp13.000.000", or short "Rp13 jt", "Rp7,5 jt", "Rp0".

    Short amounts keep up to two decimals ("Rp12,35 jt"); ``units`` are the abbreviations of
    ribu, juta, miliar and triliun (translatable by the caller).
    """
    sign = "-" if amount < 0 else ""
    if not short:
        return f"{sign}Rp{_group(abs(int(amount)), _units(units).group)}"
    number, unit = _short_parts(amount, units)
    return f"{sign}Rp{number} {unit}" if unit else f"{sign}Rp{number}"


def format_rupiah_range(low: int, high: int, units: Sequence[str] = SHORT_UNITS) -> str:
    """A short range with the unit written once when both ends share it: "Rp13–30 jt",
    "Rp7,5–10,5 jt"; "Rp500 rb–Rp1,5 jt" otherwise; one amount when low == high."""
    if low == high:
        return format_rupiah(low, True, units)
    low_number, low_unit = _short_parts(low, units)
    high_number, high_unit = _short_parts(high, units)
    if low >= 0 and high >= 0 and (low_unit == high_unit or low == 0):
        unit = f" {high_unit}" if high_unit else ""
        return f"Rp{low_number}–{high_number}{unit}"
    return f"{format_rupiah(low, True, units)}–{format_rupiah(high, True, units)}"


def nice_ticks(maximum: float, count: int) -> list[int]:
    """Integer axis ticks from 0 to at least ``maximum`` in at most ``count`` equal steps of
    1, 2, 2.5 or 5 times a power of ten: ``nice_ticks(30_000_000, 3)`` ->
    ``[0, 10_000_000, 20_000_000, 30_000_000]``. ``[0, 1]`` when ``maximum`` is not positive."""
    top = math.ceil(maximum) if maximum > 0 else 0
    if top <= 0:
        return [0, 1]
    count = max(1, int(count))
    power = 1
    while True:
        for factor in (10, 20, 25, 50):
            step = factor * power // 10
            if step >= 1 and step * count >= top:
                intervals = -(-top // step)
                return [i * step for i in range(intervals + 1)]
        power *= 10
