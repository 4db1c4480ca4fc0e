"""Dates as files state them ("2024-02-12T08:30", "12/02/2024", "12 Februari 2024") -> ISO."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "aug", "agt"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov", "nop"),
            ("desember", "december", "des", "dec"),
        )
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WORDS = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_PDF = re.compile(r"D?:?(\d{4})(\d{2})(\d{2})")


def _make(year: int, month: int, day: int) -> str:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return ""
    return date.isoformat() if 1900 <= date.year <= 2100 else ""


def iso_date(value: object) -> str:
    """``value`` as "YYYY-MM-DD", or "" when it is not a plausible date."""
    if isinstance(value, dt.datetime | dt.date):
        return _make(value.year, value.month, value.day)
    if not isinstance(value, str):
        return ""
    text = value.strip()[:100]
    if m := _ISO.search(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.search(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if (m := _WORDS.search(text)) and (month := _MONTHS.get(m[2].lower())):
        return _make(int(m[3]), month, int(m[1]))
    if m := _PDF.fullmatch(text[:10]):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    return ""
