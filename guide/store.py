"""The SQLite store: articles, sections and blocks, written with sqlite-utils, read read-only.

The shipped file uses ``journal_mode=DELETE`` (a WAL database cannot be opened on read-only
media) and is opened with ``mode=ro`` (plus ``immutable=1`` for a bundled copy), so a missing
file raises :class:`DataMissingError` instead of silently creating an empty database.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from guide.article import ParsedArticle
from guide.metadata import ArticleMeta

SCHEMA_VERSION = 1


class DataMissingError(FileNotFoundError):
    """The database (or index) the app needs is not there."""


class DataInvalidError(RuntimeError):
    """The database exists but is not one this version can read."""


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article's metadata, its source text and the references it lists."""

    id: str
    file: str
    title: str
    site: str
    publisher: str
    author: str
    published: str
    language: str
    url: str
    attribution: str
    note: str
    text: str
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlockRecord:
    """One paragraph, list item or quote of a section, with offsets into the article text."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SectionRecord:
    """One section of an article, in reading order."""

    id: str
    article_id: str
    ordinal: int
    heading: str
    level: int
    start: int
    end: int
    text: str
    blocks: tuple[BlockRecord, ...]


def section_id(article_id: str, ordinal: int) -> str:
    """The stable id of an article's n-th section, e.g. ``"001-04"``."""
    return f"{article_id}-{ordinal:02d}"


def write_database(
    path: Path, articles: Iterable[tuple[ArticleMeta, str, ParsedArticle]]
) -> tuple[int, int]:
    """Write a fresh database at ``path`` (which must not exist); return (articles, sections)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        db = sqlite_utils.Database(conn)
        n_articles = n_sections = 0
        for meta, text, parsed in articles:
            _insert_article(db, meta, text, parsed)
            n_articles += 1
            n_sections += len(parsed.sections)
        db["sections"].create_index(["article_id", "ordinal"], unique=True, if_not_exists=True)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return n_articles, n_sections


def _insert_article(
    db: sqlite_utils.Database, meta: ArticleMeta, text: str, parsed: ParsedArticle
) -> None:
    db["articles"].insert(
        {
            "id": meta.id,
            "file": meta.file,
            "title": meta.title or parsed.title,
            "site": meta.site,
            "publisher": meta.publisher,
            "author": meta.author,
            "published": meta.published,
            "language": meta.language,
            "url": meta.url,
            "attribution": meta.attribution,
            "note": meta.note,
            "text": text,
            "refs": json.dumps(list(parsed.references), ensure_ascii=False),
        },
        pk="id",
    )
    for ordinal, section in enumerate(parsed.sections):
        sid = section_id(meta.id, ordinal)
        db["sections"].insert(
            {
                "id": sid,
                "article_id": meta.id,
                "ordinal": ordinal,
                "heading": section.heading,
                "level": section.level,
                "start": section.start,
                "end": section.end,
                "text": section.text,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["blocks"].insert_all(
            (
                {
                    "section_id": sid,
                    "ordinal": i,
                    "kind": b.kind,
                    "text": b.text,
                    "start": b.start,
                    "end": b.end,
                }
                for i, b in enumerate(section.blocks)
            ),
            pk=("section_id", "ordinal"),
            foreign_keys=[("section_id", "sections", "id")],
        )


def connect_readonly(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """Open ``path`` read-only; never creates a file. Checks the schema version."""
    if not path.is_file():
        raise DataMissingError(f"Database not found: {path}")
    uri = "file:" + quote(path.resolve().as_posix(), safe="/:") + "?mode=ro"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DataInvalidError(f"Not a readable database: {path} ({exc})") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise DataInvalidError(
            f"Database schema version {version} at {path}; this program needs {SCHEMA_VERSION}"
        )
    conn.row_factory = sqlite3.Row
    return conn


class Store:
    """Read access to the built database. Returns plain records, never rows or cursors."""

    def __init__(self, path: Path, immutable: bool = False) -> None:
        self.path = path
        self._conn = connect_readonly(path, immutable=immutable)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def articles(self) -> list[ArticleRecord]:
        """All articles in id order."""
        rows = self._conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
        return [_article(row) for row in rows]

    def article(self, article_id: str) -> ArticleRecord | None:
        """One article by id, or None."""
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def sections(self, article_id: str) -> list[SectionRecord]:
        """An article's sections in reading order, with their blocks."""
        rows = self._conn.execute(
            "SELECT * FROM sections WHERE article_id = ? ORDER BY ordinal", (article_id,)
        ).fetchall()
        return [self._section(row) for row in rows]

    def section(self, sid: str) -> SectionRecord | None:
        """One section by id, or None."""
        row = self._conn.execute("SELECT * FROM sections WHERE id = ?", (sid,)).fetchone()
        return self._section(row) if row else None

    def all_sections(self) -> list[SectionRecord]:
        """Every section of every article, in article and reading order."""
        rows = self._conn.execute("SELECT * FROM sections ORDER BY article_id, ordinal").fetchall()
        return [self._section(row) for row in rows]

    def _section(self, row: sqlite3.Row) -> SectionRecord:
        blocks = self._conn.execute(
            "SELECT kind, text, start, end FROM blocks WHERE section_id = ? ORDER BY ordinal",
            (row["id"],),
        ).fetchall()
        return SectionRecord(
            id=row["id"],
            article_id=row["article_id"],
            ordinal=row["ordinal"],
            heading=row["heading"],
            level=row["level"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            blocks=tuple(BlockRecord(b["kind"], b["text"], b["start"], b["end"]) for b in blocks),
        )


def _article(row: sqlite3.Row) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        file=row["file"],
        title=row["title"],
        site=row["site"],
        publisher=row["publisher"],
        author=row["author"],
        published=row["published"],
        language=row["language"],
        url=row["url"],
        attribution=row["attribution"],
        note=row["note"],
        text=row["text"],
        references=tuple(json.loads(row["refs"])),
    )
