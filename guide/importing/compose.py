"""Every format ends here: structural pieces -> the canonical article text and its offsets.

The canonical text is plain and readable on its own::

    Judul artikel

    Paragraf pembuka …

    Judul bagian

    Paragraf …

    - butir pertama
    - butir kedua

    > kutipan

    Kolom 1 | Kolom 2
    Nilai 1 | Nilai 2

Every block is one line, so ``text[block.start:block.end] == block.text`` for every block
(the "- " and "> " markers sit before ``block.start``), and ``text[section.start:]`` begins
with the section's heading. As in :func:`guide.article.parse_article`: a section starts at
its heading (or its first block when the heading is ""), ends at its last block (or its
heading when it has none); text before the first heading is a lead section with heading ""
and level 1; headings are level 2, deeper ones level 3; the title is not a section. Table rows
become paragraphs (one per row).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from guide.article import Block, BlockKind, ParsedArticle, SectionCollector
from guide.importing.model import Piece

MAX_HEADING_CHARS = 200  # a longer "heading" (a whole paragraph in bold) is a paragraph

# Invisible characters dropped outright: soft hyphen, zero-width marks, BOM, word joiner,
# bidi controls (which can disguise text).
_DROP = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"),
    None,
)
_MARKERS: dict[str, str] = {"item": "- ", "quote": "> "}
_TIGHT = {"item", "row"}  # consecutive blocks of these kinds are separated by one newline


def clean_line(text: str) -> str:
    """One line of display text: NFC, no control or invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_DROP)
    if not text.isprintable():
        text = "".join(
            " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
            for c in text
            if unicodedata.category(c) not in ("Cs", "Co", "Cn") or c.isspace()
        )
    return " ".join(text.split())


def has_words(text: str) -> bool:
    """Whether a text holds at least one letter or digit."""
    return any(c.isalnum() for c in text)


def _heading_levels(levels: Iterable[int]) -> dict[int, int]:
    """Source heading levels ranked: the highest becomes 2, every deeper one 3."""
    ranked = sorted(set(levels))
    return {level: 2 if i == 0 else 3 for i, level in enumerate(ranked)}


def _prepare(pieces: Iterable[Piece], title: str) -> list[Piece]:
    """Cleaned pieces with words; the first heading dropped when it repeats the title."""
    out: list[Piece] = []
    seen_heading = False
    for piece in pieces:
        text = clean_line(piece.text)
        if not has_words(text):
            continue
        kind = piece.kind
        if kind == "heading" and len(text) > MAX_HEADING_CHARS:
            kind = "paragraph"
        if kind == "heading" and not seen_heading:
            seen_heading = True
            if title and text.casefold() == title.casefold():
                continue
        out.append(Piece(kind, text, piece.level if kind in ("heading", "item") else 0))
    return out


@dataclass(slots=True)
class _Writer(SectionCollector):
    """Appends lines to the text and keeps the sections being built."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    last_kind: str = ""

    def write(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def line(self, kind: str, text: str, number: int = 0) -> int:
        """Write ``text`` on a line of its own (after its marker: "- ", "> ", or "3. " for
        item 3 of a numbered list); its start offset."""
        if self.length:
            tight = kind == self.last_kind and kind in _TIGHT
            self.write("\n" if tight else "\n\n")
        self.last_kind = kind
        self.write(f"{number}. " if kind == "item" and number else _MARKERS.get(kind, ""))
        return self.write(text)

    def heading_line(self, text: str, level: int) -> None:
        start = self.line("heading", text)
        self.open_section(text, level, start, start + len(text))

    def block(self, kind: BlockKind, source_kind: str, text: str, number: int = 0) -> None:
        start = self.line(source_kind, text, number)
        self.append(Block(kind, text, start, start + len(text)))


def compose(
    pieces: Iterable[Piece], *, title: str = "", article_id: str = ""
) -> tuple[str, ParsedArticle]:
    """The canonical text of ``pieces`` (title line first) and its ParsedArticle."""
    title = clean_line(title)
    prepared = _prepare(pieces, title)
    levels = _heading_levels(p.level for p in prepared if p.kind == "heading")
    w = _Writer()
    if title:
        w.line("title", title)
    for piece in prepared:
        if piece.kind == "heading":
            w.heading_line(piece.text, levels[piece.level])
        elif piece.kind == "row":
            w.block("paragraph", "row", piece.text)
        else:
            w.block(piece.kind, piece.kind, piece.text, piece.level)
    w.flush()
    text = "".join(w.parts) + ("\n" if w.parts else "")
    return text, ParsedArticle(article_id, title, tuple(w.sections), ())


# -- helpers for formats whose text comes as lines (txt, pdf) --------------------------------

_BULLET = re.compile(r"^\s*(?:[•●◦▪■\-*–·]|\d{1,3}[.)]|[a-z][.)])\s+(?=\S)")
_HYPHEN_END = re.compile(r"(\w+)-$")


_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(?=\S)")


def item_number(line: str) -> int:
    """The number of a "3. x" / "3) x" line; 0 for a bullet (or any other line)."""
    m = _NUMBERED.match(line)
    return int(m.group(1)) if m else 0


def list_item(line: str) -> str | None:
    """The item text of a "- x" / "• x" / "1. x" / "a) x" line, else None."""
    m = _BULLET.match(line)
    return line[m.end() :].strip() if m else None


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph joined: a word hyphenated at a line end is mended ("peker-"
    + "jaan" -> "pekerjaan"), a reduplication split there keeps its hyphen ("anak-" +
    "anak" -> "anak-anak"), every other break becomes a space."""
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        m = _HYPHEN_END.search(out)
        if m and line[0].islower():
            word, nxt = m.group(1).lower(), re.match(r"\w*", line).group(0).lower()
            if min(len(word), len(nxt)) >= 3 and (word.endswith(nxt) or nxt.startswith(word)):
                out += line  # reduplication: anak-anak, sehari-hari
            else:
                out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out
