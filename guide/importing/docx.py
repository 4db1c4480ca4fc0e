"""Word .docx: checked as a zip first (members, sizes, no DTDs), then read with python-docx.

Before python-docx sees the file: it must be a zip whose central directory lists at most
``max_zip_members`` members and at most ``max_zip_uncompressed`` bytes in all (a zip bomb is
refused from the directory alone), holding ``word/document.xml``; every XML member is read
(bounded by its declared size) and refused if it has a ``<!DOCTYPE`` or ``<!ENTITY`` (no
entity expansion can happen; python-docx's own parser has ``resolve_entities=False`` too).
Heading 1–4 (and Title) styles become headings, list paragraphs items, tables one row of
text per table row (cells joined with " | "); core properties give title, author, created.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from guide.importing.compose import clean_line
from guide.importing.dates import iso_date
from guide.importing.model import Extracted, Limits, Piece, Unreadable

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_TEXT = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _has_dtd(head: bytes) -> bool:
    """A ``<!DOCTYPE`` or ``<!ENTITY`` declaration, in ASCII/UTF-8 or in UTF-16 of either byte
    order (XML may be stored so, and its DTD with it)."""
    if _DTD.search(head):
        return True
    return any(
        _DTD_TEXT.search(head[shift:].decode(codec, errors="ignore"))
        for codec in ("utf-16-le", "utf-16-be")
        for shift in (0, 1)
    )


_HEADING_STYLE = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\b|\blist\s*(bullet|number|paragraph)|^daftar", re.IGNORECASE)
_MAX_TABLE_DEPTH = 8


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse a file that is not a sane .docx zip (bomb, too many members, DTDs)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise Unreadable("dokumen Word ini rusak (bukan arsip .docx yang utuh)") from exc
    if len(members) > limits.max_zip_members:
        raise Unreadable(
            f"dokumen Word ini berisi terlalu banyak bagian ({len(members):,} bagian; "
            f"paling banyak {limits.max_zip_members:,})"
        )
    total = sum(m.file_size for m in members)
    if total > limits.max_zip_uncompressed:
        raise Unreadable(
            f"isi dokumen Word ini terlalu besar setelah dibuka ({total / 2**20:,.0f} MB; "
            f"paling besar {limits.max_zip_uncompressed / 2**20:,.0f} MB)"
        )
    names = {m.filename for m in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise Unreadable("berkas ini bukan dokumen Word (.docx) yang sah")
    for member in members:
        if not member.filename.lower().endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(member) as stream:
                head = stream.read(limits.max_zip_uncompressed)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            NotImplementedError,
            ValueError,
        ) as exc:
            raise Unreadable("dokumen Word ini rusak (sebagian isinya tidak dapat dibuka)") from exc
        if _has_dtd(head):
            raise Unreadable(
                "dokumen Word ini memuat definisi entitas XML (<!DOCTYPE>) yang tidak diizinkan"
            )


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "") if style is not None else ""


def _is_list(paragraph: Any, style: str) -> bool:
    if _LIST_STYLE.search(style):
        return True
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


class _ListNumbers:
    """Numbers of numbered-list paragraphs, as Word counts them: per list (numId) and level,
    a deeper level restarting under each item above it; 0 for a bulleted paragraph."""

    def __init__(self, document: Any) -> None:
        try:
            self._numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            self._numbering = None  # no numbering part: only "List Number" styles count
        self._formats: dict[tuple[str, int], str] = {}
        self._counts: dict[tuple[str, int], int] = {}

    def number(self, paragraph: Any, style: str) -> int:
        """The paragraph's number in its list (1, 2, …), or 0 when it is not numbered."""
        where = _list_of(paragraph)
        if where is None:
            numbered = bool(re.search(r"number|nomor|angka", style, re.IGNORECASE))
            where = ("style:" + style, 0) if numbered else None
        elif self._format(*where) in ("bullet", "none", ""):
            where = None
        if where is None:
            return 0
        list_id, level = where
        for key in [k for k in self._counts if k[0] == list_id and k[1] > level]:
            del self._counts[key]  # a deeper level starts again under this item
        self._counts[where] = self._counts.get(where, 0) + 1
        return self._counts[where]

    def _format(self, num_id: str, level: int) -> str:
        key = (num_id, level)
        if key not in self._formats:
            self._formats[key] = self._lookup(num_id, level)
        return self._formats[key]

    def _lookup(self, num_id: str, level: int) -> str:
        numbering = self._numbering
        if numbering is None or not num_id.isdigit():
            return "decimal"
        try:
            abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
            if not abstract:
                return ""
            found = numbering.xpath(
                f'./w:abstractNum[@w:abstractNumId="{int(abstract[0])}"]'
                f'/w:lvl[@w:ilvl="{level}"]/w:numFmt/@w:val'
            )
        except (ValueError, TypeError, AttributeError):
            return ""
        return str(found[0]) if found else ""


def _list_of(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) of the paragraph's own numbering, else its style's; None without."""
    try:
        style = paragraph.style
        owners = [paragraph._p.pPr, style.element.pPr if style is not None else None]
    except (KeyError, ValueError, AttributeError):
        owners = [paragraph._p.pPr]
    for ppr in owners:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(level)
    return None


def _paragraph_piece(paragraph: Any, numbers: _ListNumbers | None = None) -> Piece | None:
    text = paragraph.text
    if not text.strip():
        return None
    style = _style_name(paragraph)
    if m := _HEADING_STYLE.match(style.strip()):
        return Piece("heading", text, min(int(m.group(1)), 4))
    if style.strip().lower() == "title":
        return Piece("heading", text, 1)
    if style.strip().lower() in ("quote", "intense quote", "kutipan"):
        return Piece("quote", text)
    if _is_list(paragraph, style):
        return Piece("item", text, numbers.number(paragraph, style) if numbers else 0)
    return Piece("paragraph", text)


def _cell_text(cell: Any) -> str:
    return clean_line(" ".join(p.text for p in cell.paragraphs))


def _table_pieces(table: Any, depth: int) -> Iterator[Piece]:
    """One row piece per table row; a nested table's rows follow its row (up to a depth)."""
    for row in table.rows:
        cells: list[str] = []
        nested: list[Any] = []
        for cell in row.cells:
            text = _cell_text(cell)
            if text and (not cells or cells[-1] != text):  # a merged cell repeats itself
                cells.append(text)
            nested.extend(cell.tables)
        if cells:
            yield Piece("row", " | ".join(cells))
        if depth < _MAX_TABLE_DEPTH:
            for inner in nested:
                yield from _table_pieces(inner, depth + 1)


def _body_pieces(document: Any) -> Iterator[Piece]:
    from docx.table import Table

    numbers = _ListNumbers(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_pieces(block, 0)
        elif (piece := _paragraph_piece(block, numbers)) is not None:
            yield piece


def parse(data: bytes, limits: Limits | None = None) -> Extracted:
    """A .docx file's pieces and core properties."""
    limits = limits or Limits()
    check_zip(data, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        pieces = list(_body_pieces(document))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise Unreadable("dokumen Word ini rusak atau bukan berkas .docx") from exc
    except Exception as exc:
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise Unreadable("dokumen Word ini rusak atau bukan berkas .docx") from exc
        raise
    try:
        core = document.core_properties
        title, author, created = core.title or "", core.author or "", core.created
    except (ValueError, KeyError, AttributeError):
        title, author, created = "", "", None
    if not clean_line(title):
        first = next((p for p in pieces if p.kind == "heading"), None)
        title = first.text if first is not None and first.level <= 1 else ""
    return Extracted(
        pieces, title=clean_line(title), author=clean_line(author), published=iso_date(created)
    )
