"""The personal library's index and how it is kept in step with the database.

The stamp (``index.stamp`` beside the index) holds the digest of the database state the index
was last made to match (:func:`db_state`), or "dirty" while a change is between its first index
write and its database commit. When it does not match the database (a process was killed in
that window), when the index is missing or unreadable, or when it holds another number of
sections, :func:`ensure_index` rebuilds the index from the database, which is the truth.
The caller holds the library's lock for all of these.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import writing
from whoosh.index import LockError

from guide import analysis
from guide.index import (
    INDEX_NAME,
    INDEX_VERSION,
    WRITER_LIMIT_MB,
    document_fields,
    index_words,
    load_stems,
    open_checked,
    write_index,
    write_stems,
)
from guide.index_write import delete_article, replace_article
from guide.personal_schema import SCHEMA_VERSION
from guide.store import DataInvalidError, SectionRecord, section_record

log = logging.getLogger("guide.personal")

INDEX_DIRNAME = "index"
STAMP_FILENAME = "index.stamp"
DIRTY = "dirty"
INDEX_SEED = "personal"
_LEFTOVER_PREFIXES = (".index-rebuild-", ".index-old-")


def db_state(conn: sqlite3.Connection) -> tuple[str, int]:
    """(digest of what the index must hold, number of sections) of the database's state."""
    digest = hashlib.sha256(
        f"schema={SCHEMA_VERSION};index={INDEX_VERSION};"
        f"analysis={analysis.ANALYSIS_VERSION}\n".encode()
    )
    total = 0
    rows = conn.execute(
        "SELECT a.id, a.sha256, (SELECT count(*) FROM sections s WHERE s.article_id = a.id) "
        "FROM articles a ORDER BY a.id"
    )
    for article_id, sha256, sections in rows:
        digest.update(f"{article_id}\t{sha256}\t{sections}\n".encode())
        total += sections
    return digest.hexdigest(), total


def remove_leftovers(folder: Path) -> None:
    """Delete the temporary folders of a rebuild that was killed."""
    for entry in folder.iterdir():
        if entry.name.startswith(_LEFTOVER_PREFIXES) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def read_stamp(folder: Path) -> str:
    try:
        return (folder / STAMP_FILENAME).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""


def write_stamp(folder: Path, value: str, durable: bool = False) -> None:
    """Write the stamp in place. A torn write is only a stamp that matches nothing, which
    means a rebuild: safe. ``durable``: on disk before anything that follows."""
    fd = os.open(folder / STAMP_FILENAME, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"{value}\n".encode("ascii"))
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def _count_problem(index_dir: Path, sections: int) -> str:
    """Why the index cannot be used, or holds another number of sections ("" when fine)."""
    try:
        ix = open_checked(index_dir, readonly=True)
    except DataInvalidError as exc:
        return str(exc)
    try:
        with ix.searcher() as searcher:
            count = searcher.doc_count()
    finally:
        ix.close()
    return "" if count == sections else f"{count} sections indexed, {sections} stored"


def _repair_article(
    folder: Path, conn: sqlite3.Connection, article_id: str, digest: str, sections: int
) -> bool:
    """After a change of ``article_id`` was interrupted (the stamp says "dirty <id>"): every
    other article is as the last clean stamp said, so index this one as the database holds it
    (or delete it) and check the count; True when the index agrees again."""
    index_dir = folder / INDEX_DIRNAME
    try:
        conn.execute("BEGIN")
        try:
            pairs = _all_pairs_of(conn, article_id)
        finally:
            conn.execute("COMMIT")
        if pairs:
            replace_article(index_dir, article_id, pairs)
        else:
            delete_article(index_dir, article_id)
    except Exception as exc:  # damaged index, disk full…: the full rebuild decides
        log.info("personal index %s: repair of %s failed (%s)", index_dir, article_id, str(exc))
        return False
    if _count_problem(index_dir, sections):
        return False
    write_stamp(folder, digest)
    return True


def ensure_index(folder: Path, conn: sqlite3.Connection, quiet: bool = True) -> bool:
    """Make the index agree with the database when it does not (the stamp differs, the index
    is missing or unreadable, or holds another number of sections); True when it changed
    something. An interrupted change of one article repairs that article only; anything else
    rebuilds the whole index from the database."""
    digest, sections = db_state(conn)
    index_dir = folder / INDEX_DIRNAME
    try:
        present, problem = whoosh_index.exists_in(str(index_dir), indexname=INDEX_NAME), ""
    except Exception as exc:  # a damaged table of contents
        present, problem = True, f"unreadable index: {exc}"
    if not present:
        problem = "no index"
    elif not problem:
        stamp = read_stamp(folder)
        if stamp.startswith(DIRTY + " "):
            article_id = stamp[len(DIRTY) + 1 :]
            if _repair_article(folder, conn, article_id, digest, sections):
                log.info(
                    "personal library %s: %s re-indexed (interrupted change)", folder, article_id
                )
                return True
        if stamp == digest:
            problem = _count_problem(index_dir, sections)
        else:
            problem = "interrupted change" if stamp.startswith(DIRTY) else "stamp differs"
    if not problem:
        return False
    new = problem == "no index" and not conn.execute("SELECT 1 FROM articles").fetchone()
    rebuild_index(folder, conn)
    if new and quiet:
        log.info("personal library %s: empty index created", folder)
    else:  # INFO: the log file keeps it; a CLI user's terminal does not show it
        log.info("personal library %s: index rebuilt from the database (%s)", folder, problem)
    return not new


def _all_pairs(conn: sqlite3.Connection) -> list[tuple[SectionRecord, str]]:
    titles = dict(conn.execute("SELECT id, title FROM articles").fetchall())
    rows = conn.execute("SELECT * FROM sections ORDER BY article_id, ordinal").fetchall()
    return [(section_record(conn, r), titles[r["article_id"]]) for r in rows]


def rebuild_index(folder: Path, conn: sqlite3.Connection) -> int:
    """Make the index hold exactly the database's sections (caller holds the lock); the
    number indexed. In place, in one commit (a reader keeps the old view; works while other
    programs have it open, even on Windows); a missing, damaged or old-version index is
    written anew beside it and swapped in."""
    conn.execute("BEGIN")  # one consistent view of the database for the whole rebuild
    try:
        digest, _ = db_state(conn)
        pairs = _all_pairs(conn)
    finally:
        conn.execute("COMMIT")
    write_stamp(folder, DIRTY, durable=True)
    index_dir = folder / INDEX_DIRNAME
    analysis.prime_stems(load_stems(index_dir))
    try:
        _rewrite_in_place(index_dir, pairs)
    except (DataInvalidError, OSError, LockError) as exc:
        log.info("personal index %s written anew (%s)", index_dir, str(exc))
        _write_anew(folder, index_dir, pairs)
    write_stamp(folder, digest)
    return len(pairs)


def _rewrite_in_place(index_dir: Path, pairs: list[tuple[SectionRecord, str]]) -> None:
    if not index_dir.is_dir():
        raise DataInvalidError("no index")
    ix = open_checked(index_dir, readonly=False)
    try:
        writer = ix.writer(timeout=5.0, delay=0.05, compound=False, limitmb=WRITER_LIMIT_MB)
        try:
            for section, title in pairs:
                writer.add_document(**document_fields(section, title))
            writer.commit(mergetype=writing.CLEAR)  # only the new segment remains
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        write_stems(index_dir, analysis.stems_of(index_words(ix)))
    finally:
        ix.close()


def _write_anew(folder: Path, index_dir: Path, pairs: list[tuple[SectionRecord, str]]) -> None:
    work = Path(tempfile.mkdtemp(prefix=_LEFTOVER_PREFIXES[0], dir=folder))
    try:
        write_index(work, pairs, INDEX_SEED)
        old = None
        if index_dir.exists():
            old = folder / f"{_LEFTOVER_PREFIXES[1]}{time.time_ns()}"
            os.replace(index_dir, old)
        os.replace(work, index_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def article_problems(
    index_dir: Path, conn: sqlite3.Connection, article_id: str | None
) -> list[str]:
    """Where the index's documents differ from the database's sections (of one article, or
    of all when ``article_id`` is None): missing, extra or different documents."""
    conn.execute("BEGIN")
    try:
        pairs = _all_pairs(conn) if article_id is None else _all_pairs_of(conn, article_id)
    finally:
        conn.execute("COMMIT")
    wanted = {s.id: (s.article_id, title, s.heading, s.text) for s, title in pairs}
    ix = open_checked(index_dir, readonly=True)
    try:
        with ix.searcher() as searcher:
            if article_id is None:
                stored = [searcher.stored_fields(n) for n in searcher.reader().all_doc_ids()]
            else:
                stored = [
                    searcher.stored_fields(n) for n in searcher.document_numbers(article=article_id)
                ]
    finally:
        ix.close()
    found = {
        f["section_id"]: (f["article"], f["article_title"], f["heading"], f["body"]) for f in stored
    }
    problems = [f"not indexed: {sid}" for sid in sorted(wanted.keys() - found.keys())]
    problems += [f"indexed, not stored: {sid}" for sid in sorted(found.keys() - wanted.keys())]
    problems += [
        f"indexed differently: {sid}"
        for sid in sorted(wanted.keys() & found.keys())
        if wanted[sid] != found[sid]
    ]
    if len(stored) != len(found):
        problems.append(f"{len(stored) - len(found)} duplicate document(s)")
    return problems


def _all_pairs_of(conn: sqlite3.Connection, article_id: str) -> list[tuple[SectionRecord, str]]:
    row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return []
    rows = conn.execute(
        "SELECT * FROM sections WHERE article_id = ? ORDER BY ordinal", (article_id,)
    ).fetchall()
    return [(section_record(conn, r), row[0]) for r in rows]
