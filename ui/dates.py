"""Dates as people read them: "3 Juli 2024" (month names through Qt's translation system)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def month_name(month: int) -> str:
    """The translated name of month 1–12."""
    return QCoreApplication.translate("dates", _MONTHS[month - 1])


def format_date(iso: str) -> str:
    """ "2024-07-03" → "3 Juli 2024"; "" stays ""; anything unparsable is returned as is."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {month_name(day.month)} {day.year}"
