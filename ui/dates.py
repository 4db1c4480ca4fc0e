"""Dates as people read them: "3 Juli 2024" (month names through Qt's translation system)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# QT_TRANSLATE_NOOP only marks the names for lupdate (context "dates"); month_name() looks them
# up at run time with the same context.
_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "Januari"),
    QT_TRANSLATE_NOOP("dates", "Februari"),
    QT_TRANSLATE_NOOP("dates", "Maret"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "Mei"),
    QT_TRANSLATE_NOOP("dates", "Juni"),
    QT_TRANSLATE_NOOP("dates", "Juli"),
    QT_TRANSLATE_NOOP("dates", "Agustus"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "Oktober"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "Desember"),
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


def format_timestamp(iso: str) -> str:
    """An ISO time ("2025-01-31T23:15:00Z", UTC) → its date where the user is ("1 Februari
    2025" east of UTC+0:45); "" stays ""; anything unparsable goes to :func:`format_date`."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return format_date(iso[:10])
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return format_date(moment.date().isoformat())
