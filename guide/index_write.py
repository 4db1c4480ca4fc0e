"""Change an index made by ``guide.index.write_index`` in place: add, replace or delete an
article's sections, and compact it. For the user's own library only.

Whoosh unpickles the schema it finds in the folder, so these functions are for the user's
private folder, never for a shared one (see ``guide.datadir``). Each change is ONE writer
commit: a reader opened before it sees the old index, one opened after it the new one, never a
half-written change (Whoosh swaps its table of contents in with a rename). One writer at a
time: a second one waits up to ``LOCK_WAIT_S`` and then gets :class:`IndexBusyError`.

A change merges only small segments (Whoosh's default policy), so adding one article to a
10,000-section index writes a small new segment and leaves the big one alone; deleted sections
stay in their segment, marked deleted, until :func:`optimize` rewrites everything as one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import cast

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.writing import SegmentWriter

from guide.analysis import prime_stems, stems_of
from guide.index import (
    INDEX_NAME,
    WRITER_LIMIT_MB,
    document_fields,
    index_words,
    load_stems,
    open_checked,
    write_stems,
)
from guide.store import DataMissingError, SectionRecord

LOCK_WAIT_S = 3.0  # how long a change waits for another writer to finish
LOCK_POLL_S = 0.05


class IndexBusyError(RuntimeError):
    """Another writer holds the index's write lock (another window or program is changing it)."""


@contextmanager
def _writer(directory: Path) -> Iterator[tuple[whoosh_index.Index, SegmentWriter]]:
    """The index opened for writing and a locked writer; cancelled if the block raises."""
    if not whoosh_index.exists_in(str(directory), indexname=INDEX_NAME):
        raise DataMissingError(f"Indeks pencarian tidak ditemukan: {directory}")
    ix = open_checked(directory, readonly=False)
    try:
        try:
            writer = ix.writer(
                timeout=LOCK_WAIT_S, delay=LOCK_POLL_S, compound=False, limitmb=WRITER_LIMIT_MB
            )
        except LockError:
            raise IndexBusyError(
                f"Indeks pencarian {directory} sedang diubah oleh proses lain. "
                "Tunggu sebentar, lalu coba lagi."
            ) from None
        try:
            yield ix, writer
        except BaseException:
            _cancel(writer)
            raise
    finally:
        ix.close()


def _cancel(writer: SegmentWriter) -> None:
    """Drop the writer's uncommitted work, its lock and its half-written segment files
    (no table of contents names them; Whoosh would only delete them at the next commit)."""
    if writer.is_closed:  # the commit got as far as releasing the lock
        return
    segment = getattr(writer, "newsegment", None)
    try:
        writer.cancel()
    finally:
        lock = writer.writelock
        if lock is not None and not writer.is_closed:  # cancel() itself failed
            lock.release()
            writer.is_closed = True
    if segment is not None:  # a random name only this writer used: safe after the release
        for name in segment.list_files(writer.storage):
            with suppress(OSError):
                writer.storage.delete_file(name)


def _add(
    writer: SegmentWriter, sections: Iterable[tuple[SectionRecord, str]], fresh: bool
) -> set[str]:
    """Add (section, article title) pairs, replacing any document with the same section id
    unless ``fresh`` (the caller deleted the article first: no look-up per section); the words
    of the added sections."""
    words: set[str] = set()
    add = writer.add_document if fresh else writer.update_document
    for section, article_title in sections:
        fields = document_fields(section, article_title)
        words.update(cast(list[str], fields["words"]))
        add(**fields)
    return words


def _add_article(
    directory: Path,
    ix: whoosh_index.Index,
    writer: SegmentWriter,
    sections: list[tuple[SectionRecord, str]],
    fresh: bool = False,
) -> None:
    """Add ``sections`` and the stems of their new words to the stems file (rebuilt from the
    index if unreadable). The known stems prime the stemmer first: a fresh process would
    otherwise run Sastrawi (~0.3 ms) on every word of the article.

    Runs before the commit, under the write lock: a stem is a fixed function of its word, so
    an entry left by a change that then failed is never wrong.
    """
    stems = load_stems(directory)
    prime_stems(stems)
    words = _add(writer, sections, fresh)
    if not stems:
        stems = stems_of(index_words(ix))
    elif words <= stems.keys():
        return
    stems.update(stems_of(sorted(words - stems.keys())))
    write_stems(directory, stems)


def add_sections(
    directory: Path, sections: Iterable[tuple[SectionRecord, str]], merge: bool = True
) -> int:
    """Add (section, article title) pairs to the index in ``directory``; the number added.

    A section whose id is already indexed is replaced. ``merge=False`` never merges segments
    (each call adds one; :func:`optimize` later). Raises DataMissingError, DataInvalidError
    (not an index of this version) or IndexBusyError.
    """
    sections = list(sections)
    with _writer(directory) as (ix, writer):
        _add_article(directory, ix, writer, sections)
        writer.commit(merge=merge)
    return len(sections)


def delete_article(directory: Path, article_id: str, merge: bool = True) -> int:
    """Delete every section of article ``article_id``; the number deleted (0: none indexed).

    The stems file keeps the article's words (harmless: a stem never depends on the index).
    """
    with _writer(directory) as (_ix, writer):
        deleted = writer.delete_by_term("article", article_id)
        writer.commit(merge=merge)
    return deleted


def replace_article(
    directory: Path,
    article_id: str,
    sections: Iterable[tuple[SectionRecord, str]],
    merge: bool = True,
) -> tuple[int, int]:
    """Delete article ``article_id`` and add ``sections`` in one commit; (deleted, added)."""
    sections = list(sections)
    with _writer(directory) as (ix, writer):
        deleted = writer.delete_by_term("article", article_id)
        _add_article(directory, ix, writer, sections, fresh=True)
        writer.commit(merge=merge)
    return deleted, len(sections)


def optimize(directory: Path) -> int:
    """Merge all segments into one (dropping deleted sections) and rebuild the stems file from
    the index's words; the number of sections. Slow on a big index: call it rarely."""
    prime_stems(load_stems(directory))  # else a fresh process stems ~20,000 words anew
    with _writer(directory) as (ix, writer):
        writer.commit(optimize=True)
        # After the commit (lock released): the table of the optimized index. A word another
        # writer adds meanwhile may miss its entry, which costs its first search ~0.3 ms.
        with ix.searcher() as searcher:
            count = searcher.doc_count()
        write_stems(directory, stems_of(index_words(ix)))
    return count
