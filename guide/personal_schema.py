"""The personal library's SQLite file: schema, opening (WAL, foreign keys, versions), salvage of
a damaged file, and rows ↔ the same records the bundled store returns.

The tables are the bundled store's ``articles``/``sections``/``blocks`` (same columns, so the
same :class:`~guide.store.ArticleRecord` and :class:`~guide.store.SectionRecord` come out) plus
what an import adds to an article: ``sha256``, ``kind`` and ``imported_at``. Sections and blocks
belong to their article (``ON DELETE CASCADE``): deleting an article row removes all of it.
The DDL is plain SQL, not sqlite-utils: it needs the cascades, and importing sqlite-utils would
cost the app's start ~0.2 s.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from guide.article import Block, ParsedArticle, Section
from guide.metadata import LABEL_MAX, short_title
from guide.sqlite_files import Damaged, open_versioned, run_script
from guide.store import (
    BlockRecord,
    SectionRecord,
    section_id,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: the teachers' role profiles (table profiles)
DB_FILENAME = "library.sqlite"
ORIGIN_LABEL = "Artikel guru"
BUSY_TIMEOUT_MS = 30_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    title TEXT NOT NULL,
    site TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'id',
    url TEXT NOT NULL DEFAULT '',
    attribution TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    refs TEXT NOT NULL DEFAULT '[]',
    label TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    heading TEXT NOT NULL,
    level INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE TABLE IF NOT EXISTS blocks (
    section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (section_id, ordinal)
);
CREATE TABLE IF NOT EXISTS profiles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    toml TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


class DocumentLike(Protocol):
    """What an importer returns (``guide.importing.model.ImportedDocument``)."""

    @property
    def article_id(self) -> str: ...  # "guru-" + 12 hex: the same file name, the same id
    @property
    def title(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def published(self) -> str: ...  # ISO date or ""
    @property
    def file_name(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def parsed(self) -> ParsedArticle: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`PersonalLibrary.add` did with one document."""

    status: Literal["imported", "unchanged", "replaced"]
    article_id: str


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One imported article as the Sumber view and ``library --json`` list it."""

    id: str
    title: str
    origin: str  # "Artikel guru"
    file: str  # the original file name
    imported_at: str  # ISO 8601 UTC, "2025-01-31T08:15:00Z"
    sha256: str
    kind: str  # the importer's format ("pdf", "docx", ...)
    sections: int


class LibraryCorrupt(Exception):
    """The SQLite file is damaged (not a database, or an integrity check failed)."""


# -- opening ----------------------------------------------------------------------------------


def connect(path: Path, check: bool = True) -> sqlite3.Connection:
    """Open (creating when missing) the library file (guide.sqlite_files.open_versioned);
    ``check``: run SQLite's quick check. Raises :class:`LibraryCorrupt` for a damaged file,
    :class:`DataInvalidError` for one written by a newer program."""

    def newer(found: int) -> str:
        return (
            f"Perpustakaan pribadi {path} dibuat oleh versi program yang lebih baru "
            f"(skema {found}); perbarui program ini untuk membukanya."
        )

    try:
        return open_versioned(
            path,
            SCHEMA_VERSION,
            lambda conn, _found: run_script(conn, SCHEMA),
            newer,
            check,
            BUSY_TIMEOUT_MS,
        )
    except Damaged as exc:
        raise LibraryCorrupt(str(exc)) from exc


def salvage(broken: Path, conn: sqlite3.Connection) -> int:
    """Copy every article that can still be read whole from the damaged file ``broken`` into
    the (new, empty) library ``conn``; the number copied. Never raises."""
    try:
        src = sqlite3.connect(f"file:{broken.as_posix()}?mode=ro", uri=True)
        src.row_factory = sqlite3.Row
    except sqlite3.Error:
        return 0
    copied = 0
    try:
        ids = [r[0] for r in src.execute("SELECT id FROM articles")]
    except sqlite3.Error:
        ids = []
    for article_id in ids:
        try:
            article = src.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            sections = src.execute(
                "SELECT * FROM sections WHERE article_id = ?", (article_id,)
            ).fetchall()
            blocks = [
                b
                for s in sections
                for b in src.execute("SELECT * FROM blocks WHERE section_id = ?", (s["id"],))
            ]
            conn.execute("BEGIN IMMEDIATE")
            try:
                _insert_rows(conn, "articles", [dict(article)])
                _insert_rows(conn, "sections", [dict(s) for s in sections])
                _insert_rows(conn, "blocks", [dict(b) for b in blocks])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            copied += 1
        except (sqlite3.Error, TypeError, KeyError):
            continue
    try:  # the teachers' profiles: each one whole, or not at all
        profiles = [dict(r) for r in src.execute("SELECT * FROM profiles")]
    except sqlite3.Error:
        profiles = []
    for row in profiles:
        try:
            conn.execute("BEGIN IMMEDIATE")
            _insert_rows(conn, "profiles", [row])
            conn.execute("COMMIT")
        except (sqlite3.Error, TypeError, KeyError):
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
    src.close()
    return copied


# -- writing ----------------------------------------------------------------------------------


def _insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        [tuple(row[c] for c in columns) for row in rows],
    )


def parsed_article(article_id: str, title: str, sections: list[SectionRecord]) -> ParsedArticle:
    """The stored sections as the ParsedArticle they were made from (:func:`section_records`
    reversed)."""
    return ParsedArticle(
        article_id,
        title,
        tuple(
            Section(
                s.heading,
                s.level,
                s.start,
                s.end,
                tuple(Block(b.kind, b.text, b.start, b.end) for b in s.blocks),  # type: ignore[arg-type]
            )
            for s in sections
        ),
        (),
    )


def section_records(article_id: str, parsed: ParsedArticle) -> list[SectionRecord]:
    """The parsed sections as the records the store returns (ids ``<article id>-NN``)."""
    return [
        SectionRecord(
            id=section_id(article_id, i),
            article_id=article_id,
            ordinal=i,
            heading=s.heading,
            level=s.level,
            start=s.start,
            end=s.end,
            text=s.text,
            blocks=tuple(BlockRecord(b.kind, b.text, b.start, b.end) for b in s.blocks),
        )
        for i, s in enumerate(parsed.sections)
    ]


def unique_label(title: str, taken: set[str]) -> str:
    """A short name from the title, unique (case ignored) among ``taken``: "Judul (b)"…"""
    base = short_title(title) if title.strip() else "Artikel guru"
    if base.casefold() not in taken:
        return base
    stem = short_title(title or base, LABEL_MAX - 5)
    n = 0
    while True:
        suffix = chr(ord("b") + n) if n < 25 else str(n - 23)
        name = f"{stem} ({suffix})"
        if name.casefold() not in taken:
            return name
        n += 1


def insert_article(
    conn: sqlite3.Connection,
    doc: DocumentLike,
    sections: list[SectionRecord],
    label: str,
    imported_at: str,
) -> None:
    """Insert one article's rows (inside the caller's transaction)."""
    _insert_rows(
        conn,
        "articles",
        [
            {
                "id": doc.article_id,
                "file": doc.file_name,
                "title": doc.title or doc.parsed.title,
                "author": doc.author,
                "published": doc.published,
                "language": "id",
                "text": doc.text,
                "refs": json.dumps(list(doc.parsed.references), ensure_ascii=False),
                "label": label,
                "sha256": doc.sha256,
                "kind": doc.kind,
                "imported_at": imported_at,
            }
        ],
    )
    _insert_rows(
        conn,
        "sections",
        [
            {
                "id": s.id,
                "article_id": s.article_id,
                "ordinal": s.ordinal,
                "heading": s.heading,
                "level": s.level,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for s in sections
        ],
    )
    _insert_rows(
        conn,
        "blocks",
        [
            {
                "section_id": s.id,
                "ordinal": i,
                "kind": b.kind,
                "text": b.text,
                "start": b.start,
                "end": b.end,
            }
            for s in sections
            for i, b in enumerate(s.blocks)
        ],
    )


# -- reading ----------------------------------------------------------------------------------


def entry_of(row: sqlite3.Row) -> LibraryEntry:
    """A row of :data:`ENTRY_QUERY` as a :class:`LibraryEntry`."""
    return LibraryEntry(
        id=row["id"],
        title=row["title"],
        origin=ORIGIN_LABEL,
        file=row["file"],
        imported_at=row["imported_at"],
        sha256=row["sha256"],
        kind=row["kind"],
        sections=row["sections"],
    )


ENTRY_QUERY = """
SELECT a.id, a.title, a.file, a.imported_at, a.sha256, a.kind,
       (SELECT count(*) FROM sections s WHERE s.article_id = a.id) AS sections
FROM articles a
"""
