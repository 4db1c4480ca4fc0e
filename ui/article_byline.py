"""An article's byline as a student reads it: who published it, who wrote it, and when.

    byline(article)  -> "Penerbit: dibimbing.id  ·  Penulis: Siti …  ·  Tanggal: 3 Juli 2024"
    byline(article)  -> "Penerbit: EKRUT  ·  Penulis: Anisa …  ·  tanggal tidak disebutkan"

Only what the article states: an unknown publisher or author is left out (not "tidak
diketahui" three times over), an unknown date is said once ("tanggal tidak disebutkan"), and an
article naming neither publisher nor author is named by its short name (``label``, the name on
its citation markers: "Sumber: Profil Profesi").
An article a teacher imported says where it comes from instead of a publisher it does not have:

    byline(article, origin)  -> "Artikel guru  ·  brosur.pdf  ·  diimpor 3 Juli 2025"
    byline(article, origin)  -> "Paket lab: Karier Kesehatan  ·  gizi.md  ·  Penulis: …"

The metadata's ``note`` is for the people who maintain ``seeds/articles.toml`` (where a date
came from, what the text lacks) and is never shown here.

Strings are translated with the explicit context "ReaderView" (a module function has no
widget; the reader is where the byline is read, and ``tests/test_i18n.py`` accepts only contexts
that PySide asks for, such as a class name of ``ui/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.dates import format_date, format_timestamp
from ui.safe_text import fill

if TYPE_CHECKING:
    from guide.sources import Origin
    from guide.store import ArticleRecord

SEPARATOR = "  ·  "
KEEP_TOGETHER = 32  # characters: a longer part (a long author list) may still wrap inside


def origin_name(origin: Origin | None) -> str:
    """ "Artikel guru", "Paket lab: <title>", or "" for the program's own articles."""
    if origin is None or origin.kind == "bundled":
        return ""
    if origin.kind == "pack":
        return fill(QCoreApplication.translate("ReaderView", "Paket lab: %1"), origin.pack_title)
    return QCoreApplication.translate("ReaderView", "Artikel guru")


def origin_parts(origin: Origin) -> list[str]:
    """Where an imported article comes from: its origin, the file's name, when it was imported
    (a teacher's article; a pack's articles were imported on another PC)."""
    parts = [origin_name(origin), origin.file_name]
    if origin.kind == "personal" and origin.imported_at:
        when = format_timestamp(origin.imported_at)
        parts.append(fill(QCoreApplication.translate("ReaderView", "diimpor %1"), when))
    return [p for p in parts if p]


def byline_parts(article: ArticleRecord, origin: Origin | None = None) -> list[str]:
    """The byline's parts in reading order (publisher, author, date), each with its label; an
    imported article's origin first (:func:`origin_parts`), and its date only when stated."""
    imported = origin is not None and origin.kind != "bundled"
    parts: list[str] = origin_parts(origin) if imported else []
    publisher = article.publisher or article.site
    if publisher:
        parts.append(fill(QCoreApplication.translate("ReaderView", "Penerbit: %1"), publisher))
    if article.author:
        parts.append(fill(QCoreApplication.translate("ReaderView", "Penulis: %1"), article.author))
    name = article.label
    if not parts and not imported and name and name.casefold() != article.title.casefold():
        # Neither publisher nor author: the article's short name (its citation markers' name).
        parts.append(fill(QCoreApplication.translate("ReaderView", "Sumber: %1"), name))
    date = format_date(article.published)
    if date:
        parts.append(fill(QCoreApplication.translate("ReaderView", "Tanggal: %1"), date))
    elif not imported:
        parts.append(QCoreApplication.translate("ReaderView", "tanggal tidak disebutkan"))
    return parts


def byline(
    article: ArticleRecord,
    separator: str = SEPARATOR,
    origin: Origin | None = None,
    wrap_between: bool = False,
) -> str:
    """The byline on one line, its first letter a capital. ``wrap_between``: for a label
    that wraps, a short part ("Tanggal: 21 September 2023") keeps its words together (no-break
    spaces), so a line breaks only between parts."""
    parts = byline_parts(article, origin)
    if wrap_between:
        parts = [p.replace(" ", "\u00a0") if len(p) <= KEEP_TOGETHER else p for p in parts]
    text = separator.join(parts)
    return text[:1].upper() + text[1:]
