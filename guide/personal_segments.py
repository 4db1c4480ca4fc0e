"""Keep the personal index's segments few, off the import's critical path.

Every change writes one small segment (``merge=False``): an import stays fast, but each
segment costs every search and every reopen a little (200 one-article segments: search p95
×10, reopen 1.8 s). :func:`tidy` brings them back down, after the new article is already
searchable (the app calls it in its worker once the window has the new index; the command
line after a batch).

Policy — tiers, as in a log-structured merge: a segment's tier is how many times it is
``FANIN`` × bigger than ``BASE_DOCS`` sections; when a tier holds ``FANIN`` segments they become
one segment of the next tier. So a section is rewritten about once per tier (log₄ of the
library's size), and a library of N sections keeps at most ``FANIN - 1`` segments per tier
(≤ 12 up to 25,000 sections). A segment more than half of whose sections were deleted
(replaced or removed articles) is rewritten too.

A "merge" re-indexes the segments' articles from the database instead of Whoosh's own merge,
which re-reads every posting in Python and measured five times slower (7.5 ms a section
against 1.4). One Whoosh commit: the chosen segments are dropped and one new segment holds
their live articles, so a reader sees the old layout or the new one, and a kill leaves the old
one. Only the layout changes, never what is indexed: the stamp stays as it is.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import writing
from whoosh.reading import SegmentReader

from guide.index import INDEX_NAME, WRITER_LIMIT_MB, document_fields, open_checked
from guide.store import SectionRecord, section_record

log = logging.getLogger("guide.personal")

BASE_DOCS = 100  # sections: tier 0 is below this
FANIN = 4  # this many segments of one tier become one of the next
MAX_ROUNDS = 8  # one tidy() stops after this many merges (the next one goes on)


def segment_count(index_dir: Path) -> int:
    """How many segments the index has (each costs a little in every search)."""
    ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME, readonly=True)
    try:
        return len(ix._segments())  # whoosh-reloaded is pinned: its table of contents
    finally:
        ix.close()


def tier(docs: int) -> int:
    """A segment's tier: 0 below ``BASE_DOCS`` sections, then one more per ``FANIN`` ×."""
    if docs < BASE_DOCS:
        return 0
    return 1 + int(math.log(docs / BASE_DOCS, FANIN) + 1e-9)


def choose(segments: list) -> list:
    """The segments to rewrite as one now, or [] (the layout is tidy)."""
    for segment in segments:
        if segment.deleted_count() * 2 > segment.doc_count_all():
            return [segment]
    tiers: dict[int, list] = {}
    for segment in segments:
        tiers.setdefault(tier(segment.doc_count_all()), []).append(segment)
    for level in sorted(tiers):
        group = tiers[level]
        if len(group) >= FANIN:
            return sorted(group, key=lambda s: s.doc_count_all())[:FANIN]
    return []


def _live_articles(storage: object, schema: object, segments: list) -> list[str]:
    """The ids of the articles with live (not deleted) sections in ``segments``."""
    found: set[str] = set()
    for segment in segments:
        reader = SegmentReader(storage, schema, segment)
        try:
            found.update(fields["article"] for _, fields in reader.iter_docs())
        finally:
            reader.close()
    return sorted(found)


def _pairs_of(conn: sqlite3.Connection, article_ids: list[str]) -> list[tuple[SectionRecord, str]]:
    """The database's sections of ``article_ids`` with their article titles (one read)."""
    pairs = []
    conn.execute("BEGIN")
    try:
        for article_id in article_ids:
            row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:  # removed: the index will no longer hold it
                continue
            rows = conn.execute(
                "SELECT * FROM sections WHERE article_id = ? ORDER BY ordinal", (article_id,)
            ).fetchall()
            pairs += [(section_record(conn, r), row[0]) for r in rows]
    finally:
        conn.execute("COMMIT")
    return pairs


def merge_once(index_dir: Path, conn: sqlite3.Connection) -> int:
    """Rewrite the segments :func:`choose` picks as one; how many it rewrote (0: none).
    The caller holds the library's lock and the index agrees with the database."""
    ix = open_checked(index_dir, readonly=False)
    try:
        writer = ix.writer(timeout=5.0, delay=0.05, compound=False, limitmb=WRITER_LIMIT_MB)
        try:
            chosen = choose(list(writer.segments))
            if not chosen:
                writer.cancel()
                return 0
            articles = _live_articles(writer.storage, writer.schema, chosen)
            for article_id in articles:  # its sections anywhere else would be duplicated
                writer.delete_by_term("article", article_id)
            for section, title in _pairs_of(conn, articles):
                writer.add_document(**document_fields(section, title))
            ids = {s.segment_id() for s in chosen}

            def drop_chosen(_w: writing.SegmentWriter, segments: list) -> list:
                return [s for s in segments if s.segment_id() not in ids]

            writer.commit(mergetype=drop_chosen)
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        return len(chosen)
    finally:
        ix.close()


def tidy(index_dir: Path, conn: sqlite3.Connection, stop: Callable[[], bool] | None = None) -> int:
    """Merge by tiers until the layout is tidy (at most ``MAX_ROUNDS`` merges, none once
    ``stop()`` says so: the window is closing); the number of segments rewritten."""
    total = 0
    for _ in range(MAX_ROUNDS):
        if stop is not None and stop():
            break
        merged = merge_once(index_dir, conn)
        if not merged:
            break
        total += merged
    if total:
        log.info("personal index %s: %d segments merged", index_dir, total)
    return total
