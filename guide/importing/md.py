"""Markdown: markdown-it-py's token stream (never rendered; raw HTML ignored) and front matter."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from guide.importing.dates import iso_date
from guide.importing.model import Extracted, Piece
from guide.importing.sniff import decode_text

_FENCES = {"---": "yaml", "+++": "toml"}
_MAX_FRONT_MATTER = 20_000
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # an image markdown-it left as text (file:, data:)


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(fields, body): a leading ``---`` block read as flat ``key: value`` lines (never YAML
    with a library), ``+++`` as TOML; an unterminated or unreadable block is body text."""
    stripped = text.lstrip("\ufeff")
    fence = stripped[:3]
    if fence not in _FENCES or not re.match(r"(---|\+\+\+)[ \t]*\r?\n", stripped):
        return {}, text
    m = re.compile(rf"^{re.escape(fence)}[ \t]*$", re.MULTILINE).search(stripped, 3)
    if m is None or m.start() > _MAX_FRONT_MATTER:
        return {}, text
    block, body = stripped[3 : m.start()], stripped[m.end() :]
    if _FENCES[fence] == "toml":
        try:
            return tomllib.loads(block), body
        except (tomllib.TOMLDecodeError, RecursionError):
            return {}, body
    fields: dict[str, Any] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not line[:1].isspace():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, body


def _field(fields: dict[str, Any], *names: str) -> str:
    for name in names:
        value = fields.get(name)
        if isinstance(value, list) and value:
            value = ", ".join(str(v) for v in value if isinstance(v, str | int))
        if isinstance(value, str) and value.strip():
            return value.strip()
        if value is not None and not isinstance(value, dict | list):
            return str(value)
    return ""


def _inline_text(token: Any) -> str:
    """The plain text of an inline token: text and code spans; breaks as spaces; no HTML."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _MD_IMAGE.sub("", "".join(parts))


def pieces_of(body: str) -> list[Piece]:
    """The structural pieces of a Markdown body, in order."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = md.parse(body)
    pieces: list[Piece] = []
    stack: list[str] = []
    counters: list[int] = []  # the next number of each open ordered list
    number = 0  # the number for the current item's first text (0: bulleted)
    row: list[str] | None = None
    level = 0
    for tok in tokens:
        if tok.type == "heading_open":
            level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            level = 0
        elif tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            stack.append(tok.type.split("_")[0])
            if tok.type == "ordered_list_open":
                counters.append(_start(tok))
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            stack.pop() if stack else None
            if tok.type == "ordered_list_close" and counters:
                counters.pop()
        elif tok.type == "list_item_open":
            number = 0
            if stack and stack[-1] == "ordered" and counters:
                number, counters[-1] = counters[-1], counters[-1] + 1
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            pieces.append(Piece("row", " | ".join(c for c in row if c)))
            row = None
        elif tok.type in ("fence", "code_block"):
            pieces.append(Piece("paragraph", tok.content))
        elif tok.type == "inline":
            text = _inline_text(tok)
            if row is not None:
                row.append(text.strip())
            elif level:
                pieces.append(Piece("heading", text, level))
            elif stack and stack[-1] in ("bullet", "ordered"):
                pieces.append(Piece("item", text, number))
                number = 0  # a second paragraph of the item is not numbered again
            elif "blockquote" in stack:
                pieces.append(Piece("quote", text))
            else:
                pieces.append(Piece("paragraph", text))
    return pieces


def _start(tok: Any) -> int:
    """The first number of an ordered list ("3." starts at 3)."""
    try:
        return max(0, min(999, int(tok.attrGet("start") or 1)))
    except (TypeError, ValueError):
        return 1


def parse(data: bytes) -> Extracted:
    """A Markdown file's front matter (title, author, date) and pieces."""
    fields, body = front_matter(decode_text(data))
    title = _field(fields, "title", "judul")
    pieces = pieces_of(body)
    if not title:
        first = next((p for p in pieces if p.kind == "heading"), None)
        if first is not None and first.level == 1:
            title = first.text
    return Extracted(
        pieces,
        title=title,
        author=_field(fields, "author", "authors", "penulis"),
        published=iso_date(fields.get("date") or fields.get("tanggal") or fields.get("published")),
    )
