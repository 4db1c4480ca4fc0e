"""Plain text: charset-normalizer decodes; blank lines split paragraphs; list lines are items."""

from __future__ import annotations

import re

from guide.importing.compose import clean_line, item_number, join_lines, list_item
from guide.importing.model import Extracted, Piece
from guide.importing.sniff import decode_text

_MAX_TITLE_CHARS = 120
_MAX_HEADING_WORDS = 12
_SENTENCE_END = (".", ",", ";", ":", "!", "?", "…")


def is_title_like(line: str) -> bool:
    """A short stand-alone line that does not end like a sentence: a title or a heading."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_HEADING_WORDS
        and not line.endswith(_SENTENCE_END)
        and (line[0].isupper() or line[0].isdigit())
        and list_item(line) is None
    )


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Groups of consecutive non-blank lines."""
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def group_pieces(group: list[str]) -> list[Piece]:
    """One blank-line group: list lines become items, the lines between them a paragraph."""
    pieces: list[Piece] = []
    prose: list[str] = []
    for line in group:
        item = list_item(line)
        if item is None:
            if pieces and pieces[-1].kind == "item" and not prose and line[:1].isspace():
                last = pieces[-1]  # a continuation line of the item
                pieces[-1] = Piece("item", f"{last.text} {line.strip()}", last.level)
            else:
                prose.append(line)
            continue
        if prose:
            pieces.append(Piece("paragraph", join_lines(prose)))
            prose = []
        pieces.append(Piece("item", item, item_number(line)))
    if prose:
        pieces.append(Piece("paragraph", join_lines(prose)))
    return pieces


def parse(data: bytes) -> Extracted:
    """A .txt file's pieces; a short title-like first line is the title."""
    text = decode_text(data)
    groups = paragraphs(re.split(r"\r\n|\r|\n", text))
    title = ""
    pieces: list[Piece] = []
    for i, group in enumerate(groups):
        single = len(group) == 1 and is_title_like(group[0])
        if single and i == 0:
            title = clean_line(group[0])
        elif single and i + 1 < len(groups):
            pieces.append(Piece("heading", group[0], 2))
        else:
            pieces.extend(group_pieces(group))
    return Extracted(pieces, title=title)
