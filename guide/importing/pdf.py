"""PDF: pypdf's text per page, mended into paragraphs; refused when encrypted or scanned.

PDF text comes as positioned lines: hard line breaks inside paragraphs, words hyphenated at
line ends, tabs and runs of spaces, page numbers and running headers. Lines are joined into
paragraphs (a paragraph ends at a blank line, or after a line that ends a sentence and stops
well short of the page's text width); bullet lines are items; a heading is recognised only
conservatively (a short title-like line standing alone between paragraphs), never invented
from font guesses. A paragraph broken by a page break is joined again.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from guide.importing.compose import clean_line, has_words, item_number, join_lines, list_item
from guide.importing.dates import iso_date
from guide.importing.model import Extracted, Piece, Unreadable
from guide.importing.txt import is_title_like

_PAGE_NUMBER = re.compile(
    r"(?:(?:halaman|hal\.?|page)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:/|dari|of)\s*\d{1,4})?",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", ":", "…", '."', ".”")
_BAD_TITLES = re.compile(
    r"^(untitled|tanpa judul|microsoft word|document\d*|slide \d+)\b|\.\w{2,4}$", re.I
)
MIN_WORD_CHARS = 20  # fewer letters/digits than this in the whole PDF: no text layer


def _open(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError, PdfReadError) as exc:
                raise Unreadable("PDF ini terenkripsi (berkata sandi)") from exc
            if not opened:
                raise Unreadable("PDF ini terenkripsi (berkata sandi)")
        len(reader.pages)
    except FileNotDecryptedError as exc:
        raise Unreadable("PDF ini terenkripsi (berkata sandi)") from exc
    except Unreadable:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError, AssertionError) as exc:  # fmt: skip
        raise Unreadable("berkas PDF ini rusak atau bukan PDF yang sah") from exc
    return reader


def _page_lines(reader: Any, max_chars: int) -> list[list[str]]:
    """The text lines of every page (tabs and runs of spaces collapsed)."""
    pages: list[list[str]] = []
    total = 0
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except Exception:
            text = ""
        total += len(text)
        if total > max_chars:
            raise Unreadable(f"teksnya terlalu panjang (lebih dari {max_chars:,} karakter)")
        pages.append([" ".join(line.split()) for line in text.splitlines()])
    return pages


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Page numbers, and running headers/footers (the same first/last line on many pages)."""
    edges: Counter[str] = Counter()
    for lines in pages:
        filled = [line for line in lines if line]
        edges.update({*filled[:2], *filled[-2:]})
    repeated = {line for line, n in edges.items() if n >= 3 and n * 2 >= len(pages)}
    return [
        [line for line in lines if line not in repeated and not _PAGE_NUMBER.fullmatch(line)]
        for lines in pages
    ]


def _is_heading(line: str, prev: str, nxt: str, width: int) -> bool:
    """A short title-like line standing alone: after a blank line, the page top or the end of
    a sentence, and followed by a capitalised line that is not a list entry."""
    return (
        is_title_like(line)
        and len(line) < 0.6 * width
        and (not prev or prev.endswith(_SENTENCE_END))
        and nxt[:1].isupper()
        and list_item(nxt) is None
    )


def _page_pieces(lines: list[str]) -> list[Piece]:
    """One page's lines as paragraphs, items and (conservatively) headings."""
    width = max((len(line) for line in lines), default=0)
    pieces: list[Piece] = []
    para: list[str] = []
    kind, number = "paragraph", 0

    def flush() -> None:
        nonlocal para, kind, number
        if para:
            pieces.append(Piece(kind, join_lines(para), number))  # type: ignore[arg-type]
        para, kind, number = [], "paragraph", 0

    for i, line in enumerate(lines):
        if not line:
            flush()
            continue
        prev = lines[i - 1] if i else ""
        nxt = next((x for x in lines[i + 1 :] if x), "")
        item = list_item(line)
        if item is not None:
            flush()
            para, kind, number = [item], "item", item_number(line)
        elif _is_heading(line, prev, nxt, width):
            flush()
            pieces.append(Piece("heading", line, 2))
            continue
        else:
            para.append(line)
        if line.endswith(_SENTENCE_END) and len(line) < 0.8 * width and nxt[:1].isupper():
            flush()
    flush()
    return pieces


def _continues(last: Piece, first: Piece) -> bool:
    """Whether a page's first paragraph goes on with the previous page's last paragraph or
    item: that one stops mid-sentence and this one starts with a small letter."""
    return (
        last.kind in ("paragraph", "item")
        and first.kind == "paragraph"
        and not last.text.endswith(_SENTENCE_END)
        and first.text[:1].islower()
    )


def _across_pages(pages: list[list[Piece]]) -> list[Piece]:
    """The pages' pieces in order, a paragraph broken by a page break joined again
    ("peker-" + "jaan" mended as within a page)."""
    pieces: list[Piece] = []
    for page in pages:
        if pieces and page and _continues(pieces[-1], page[0]):
            last = pieces.pop()
            pieces.append(Piece(last.kind, join_lines([last.text, page[0].text]), last.level))
            page = page[1:]
        pieces.extend(page)
    return pieces


def _title(info: dict[str, Any], pieces: list[Piece]) -> str:
    meta = clean_line(str(info.get("/Title") or ""))
    if meta and has_words(meta) and not _BAD_TITLES.search(meta):
        return meta
    first = next((p for p in pieces if p.kind in ("heading", "paragraph")), None)
    if first is not None and is_title_like(first.text):
        return first.text
    return ""


def parse(data: bytes, max_chars: int = 2_000_000) -> Extracted:
    """A PDF's pieces, title, author and creation date."""
    reader = _open(data)
    pages = _strip_furniture(_page_lines(reader, max_chars))
    pieces = _across_pages([_page_pieces(lines) for lines in pages])
    if sum(c.isalnum() for p in pieces for c in p.text) < MIN_WORD_CHARS:
        raise Unreadable("PDF ini hasil pindaian tanpa teks (tidak ada teks yang bisa dibaca)")
    try:
        info = dict(reader.metadata or {})
    except Exception:
        info = {}
    author = clean_line(str(info.get("/Author") or ""))
    return Extracted(
        pieces,
        title=_title(info, pieces),
        author=author if has_words(author) else "",
        published=iso_date(str(info.get("/CreationDate") or "")),
    )
