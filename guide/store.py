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

from guide.article import ParsedArticle
from guide.facts import Facts
from guide.metadata import ArticleMeta, fallback_label
from guide.profiles import SECTION_TITLES, Aspect, Citation, Claim, Profile, ProfileSection
from guide.store_facts import FACT_TABLES, Spans, fact_rows, read_facts, section_at

SCHEMA_VERSION = 2  # 2: articles.label


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
    label: str = ""  # the short name students see ("EKRUT"); never empty after construction

    def __post_init__(self) -> None:
        if not self.label:  # a record built by hand: the name the build would derive
            object.__setattr__(self, "label", fallback_label(self.site, self.publisher, self.title))


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


# Every table, created up front so an empty one still exists (a role with no claims yet).
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "articles": (
        {
            "id": str,
            "file": str,
            "title": str,
            "site": str,
            "publisher": str,
            "author": str,
            "published": str,
            "language": str,
            "url": str,
            "attribution": str,
            "note": str,
            "text": str,
            "refs": str,
            "label": str,
        },
        "id",
    ),
    "sections": (
        {
            "id": str,
            "article_id": str,
            "ordinal": int,
            "heading": str,
            "level": int,
            "start": int,
            "end": int,
            "text": str,
        },
        "id",
    ),
    "blocks": (
        {"section_id": str, "ordinal": int, "kind": str, "text": str, "start": int, "end": int},
        ("section_id", "ordinal"),
    ),
    "profiles": (
        {"id": str, "ordinal": int, "name": str, "aliases": str, "summary": str, "file": str},
        "id",
    ),
    "claims": (
        {
            "profile_id": str,
            "section": str,
            "ordinal": int,
            "id": str,
            "text": str,
            "grp": str,
            "aspects": str,
            "vals": str,
            "note": str,
        },
        ("profile_id", "id"),
    ),
    "citations": (
        {
            "profile_id": str,
            "claim_id": str,
            "ordinal": int,
            "article_id": str,
            "quote": str,
            "start": int,
            "end": int,
            "section_id": str,
        },
        ("profile_id", "claim_id", "ordinal"),
    ),
    "aspects": ({"id": str, "label": str, "ordinal": int}, "id"),
    **FACT_TABLES,
}


def write_database(
    path: Path,
    articles: Iterable[tuple[ArticleMeta, str, ParsedArticle]],
    profiles: Iterable[Profile] = (),
    aspects: Iterable[Aspect] = (),
    facts: Facts | None = None,
) -> tuple[int, int]:
    """Write a fresh database at ``path`` (which must not exist); return (articles, sections).

    One transaction, no fsync (``synchronous=OFF``): the file is a temporary one that the build
    swaps in only when complete, so a crash leaves nothing half-written in use.
    """
    import sqlite_utils  # only the build writes; reading needs sqlite3 alone (saves ~0.2 s)

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=OFF")
        db = sqlite_utils.Database(conn)
        for name, (columns, pk) in TABLES.items():
            db[name].create(columns, pk=pk)
        rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        spans: Spans = {}
        for meta, text, parsed in articles:
            _article_rows(rows, meta, text, parsed)
            spans[meta.id] = [
                (s.start, s.end, section_id(meta.id, i)) for i, s in enumerate(parsed.sections)
            ]
        _profile_rows(rows, profiles, spans)
        rows["aspects"] = [
            {"id": a.id, "label": a.label, "ordinal": i} for i, a in enumerate(aspects)
        ]
        if facts is not None:
            rows.update(fact_rows(facts, spans))
        with conn:
            for name, table_rows in rows.items():
                db[name].insert_all(table_rows)
        db["sections"].create_index(["article_id", "ordinal"], unique=True)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return len(rows["articles"]), len(rows["sections"])


def _article_rows(
    rows: dict[str, list[dict]], meta: ArticleMeta, text: str, parsed: ParsedArticle
) -> None:
    rows["articles"].append(
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
            "label": meta.label or fallback_label(meta.site, meta.publisher, meta.title),
        }
    )
    for ordinal, section in enumerate(parsed.sections):
        sid = section_id(meta.id, ordinal)
        rows["sections"].append(
            {
                "id": sid,
                "article_id": meta.id,
                "ordinal": ordinal,
                "heading": section.heading,
                "level": section.level,
                "start": section.start,
                "end": section.end,
                "text": section.text,
            }
        )
        rows["blocks"] += [
            {
                "section_id": sid,
                "ordinal": i,
                "kind": b.kind,
                "text": b.text,
                "start": b.start,
                "end": b.end,
            }
            for i, b in enumerate(section.blocks)
        ]


def _profile_rows(rows: dict[str, list[dict]], profiles: Iterable[Profile], spans: Spans) -> None:
    for p_ord, profile in enumerate(profiles):
        rows["profiles"].append(
            {
                "id": profile.id,
                "ordinal": p_ord,
                "name": profile.name,
                "aliases": json.dumps(list(profile.aliases), ensure_ascii=False),
                "summary": profile.summary,
                "file": profile.source_file,
            }
        )
        claims = [(section.id, claim) for section in profile.sections for claim in section.claims]
        for ordinal, (section, claim) in enumerate(claims):
            rows["claims"].append(
                {
                    "profile_id": profile.id,
                    "section": section,
                    "ordinal": ordinal,
                    "id": claim.id,
                    "text": claim.text,
                    "grp": claim.group,
                    "aspects": json.dumps(list(claim.aspects)),
                    "vals": json.dumps(list(claim.values), ensure_ascii=False),
                    "note": claim.note,
                }
            )
            rows["citations"] += [
                {
                    "profile_id": profile.id,
                    "claim_id": claim.id,
                    "ordinal": i,
                    "article_id": c.article_id,
                    "quote": c.quote,
                    "start": c.start,
                    "end": c.end,
                    "section_id": section_at(spans, c.article_id, c.start),
                }
                for i, c in enumerate(claim.citations)
            ]


def connect_readonly(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """Open ``path`` read-only; never creates a file. Checks the schema version."""
    if not path.is_file():
        raise DataMissingError(f"Basis data tidak ditemukan: {path}")
    uri = "file:" + quote(path.resolve().as_posix(), safe="/:") + "?mode=ro"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DataInvalidError(f"Basis data tidak dapat dibaca: {path}") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise DataInvalidError(
            f"Basis data {path} berversi skema {version}; program ini memerlukan versi "
            f"{SCHEMA_VERSION}"
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
        return [article_record(row) for row in rows]

    def article(self, article_id: str) -> ArticleRecord | None:
        """One article by id, or None."""
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_record(row) if row else None

    def sections(self, article_id: str) -> list[SectionRecord]:
        """An article's sections in reading order, with their blocks."""
        rows = self._conn.execute(
            "SELECT * FROM sections WHERE article_id = ? ORDER BY ordinal", (article_id,)
        ).fetchall()
        return [section_record(self._conn, row) for row in rows]

    def section(self, sid: str) -> SectionRecord | None:
        """One section by id, or None."""
        row = self._conn.execute("SELECT * FROM sections WHERE id = ?", (sid,)).fetchone()
        return section_record(self._conn, row) if row else None

    def all_sections(self) -> list[SectionRecord]:
        """Every section of every article, in article and reading order."""
        rows = self._conn.execute("SELECT * FROM sections ORDER BY article_id, ordinal").fetchall()
        return [section_record(self._conn, row) for row in rows]

    def facts(self) -> Facts:
        """Salaries, technologies and their mentions, majors and companies."""
        return read_facts(self._conn)

    def aspects(self) -> list[Aspect]:
        """The comparison rows, in order."""
        rows = self._conn.execute("SELECT id, label FROM aspects ORDER BY ordinal").fetchall()
        return [Aspect(r["id"], r["label"]) for r in rows]

    def profiles(self) -> list[Profile]:
        """Every role profile with its claims and located citations, in file order."""
        rows = self._conn.execute("SELECT id FROM profiles ORDER BY ordinal").fetchall()
        return [p for p in (self.profile(r["id"]) for r in rows) if p is not None]

    def profile(self, profile_id: str) -> Profile | None:
        """One role profile by id, or None."""
        row = self._conn.execute("SELECT * FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        if row is None:
            return None
        citations: dict[str, list[Citation]] = {}
        for c in self._conn.execute(
            "SELECT * FROM citations WHERE profile_id = ? ORDER BY claim_id, ordinal", (profile_id,)
        ):
            citations.setdefault(c["claim_id"], []).append(
                Citation(c["article_id"], c["quote"], c["start"], c["end"], c["section_id"])
            )
        by_section: dict[str, list[Claim]] = {}
        for c in self._conn.execute(
            "SELECT * FROM claims WHERE profile_id = ? ORDER BY ordinal", (profile_id,)
        ):
            by_section.setdefault(c["section"], []).append(
                Claim(
                    id=c["id"],
                    text=c["text"],
                    citations=tuple(citations.get(c["id"], ())),
                    group=c["grp"],
                    aspects=tuple(json.loads(c["aspects"])),
                    values=tuple(json.loads(c["vals"])),
                    note=c["note"],
                )
            )
        sections = tuple(
            ProfileSection(sid, title, tuple(by_section.get(sid, ())))
            for sid, title in SECTION_TITLES.items()
        )
        return Profile(
            id=row["id"],
            name=row["name"],
            aliases=tuple(json.loads(row["aliases"])),
            summary=row["summary"],
            sections=sections,
            source_file=row["file"],
        )


def article_record(row: sqlite3.Row) -> ArticleRecord:
    """An ``articles`` row as its record (the personal library's rows have the same columns)."""
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
        label=row["label"],
    )


def section_record(conn: sqlite3.Connection, row: sqlite3.Row) -> SectionRecord:
    """A ``sections`` row and its blocks as its record."""
    blocks = conn.execute(
        'SELECT kind, text, "start", "end" FROM blocks WHERE section_id = ? ORDER BY ordinal',
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
