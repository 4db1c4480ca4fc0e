"""The plain data of an import: what a parser returns, the limits, the result or the refusal."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from guide.article import ParsedArticle

PieceKind = Literal["heading", "paragraph", "item", "quote", "row"]


@dataclass(frozen=True, slots=True)
class Piece:
    """One structural block as a format parser found it, before normalisation.

    ``level`` is the source heading level (1-6) for headings, the number of an item of a
    numbered list (0: a bulleted item), 0 otherwise. ``row`` is one table row, its cells
    already joined with " | ".
    """

    kind: PieceKind
    text: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class Extracted:
    """What one format module returns: metadata the file states and its blocks in order."""

    pieces: list[Piece]
    title: str = ""
    author: str = ""
    published: str = ""  # "YYYY-MM-DD" or ""
    notes: list[str] = field(default_factory=list)


class Unreadable(Exception):
    """A file the parser refuses; ``str(exc)`` is the Indonesian reason (no file name)."""


@dataclass(frozen=True, slots=True)
class ImportedDocument:
    """One imported article: its metadata, canonical text and parsed structure."""

    article_id: str
    title: str
    author: str
    published: str
    file_name: str
    sha256: str
    text: str
    parsed: ParsedArticle
    kind: str


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file that was not imported, with one Indonesian sentence naming it and the reason."""

    file_name: str
    reason: str


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on one import: file size, extracted text, time, memory, zip members (for .docx)."""

    max_file_bytes: int = 25 * 1024 * 1024
    max_text_chars: int = 2_000_000
    max_seconds: float = 20.0
    max_memory_bytes: int = 512 * 1024 * 1024
    max_zip_members: int = 2_000
    max_zip_uncompressed: int = 100 * 1024 * 1024


def refusal(file_name: str, reason: str) -> Refusal:
    """The refusal sentence: «name» tidak dapat diimpor: reason."""
    reason = reason.strip().rstrip(".")
    return Refusal(file_name, f"«{file_name}» tidak dapat diimpor: {reason}.")
