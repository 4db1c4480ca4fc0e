"""The Whoosh full-text index: one document per section. This module builds one whole;
``guide.index_write`` adds, replaces and deletes articles in one (the user's own library).

Whoosh pickles the schema (with our analyzer classes from ``guide.analysis``) into the index, so
the index carries ``INDEX_VERSION`` and is rebuilt with the database. Never open an index from a
folder other users can write to (see ``guide.datadir``).
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from guide.analysis import VARIANTS, indonesian_analyzer, plain_analyzer, stems_of
from guide.store import DataInvalidError, DataMissingError, SectionRecord

INDEX_VERSION = 2  # 2: analysis 2 ("kinerja" is its own term)
INDEX_NAME = "sections"
STEMS_FILENAME = "stems.json"  # every indexed word's stem, so the first searches start warm

# Field weights: a word in a heading or the article title says more than one in the body.
TITLE_BOOST = 2.0
HEADING_BOOST = 3.0
BODY_BOOST = 1.0

# Whoosh sorts postings in memory up to this many MB (its estimate), else in runs pickled to
# temporary files and merged: 10,000 sections fit in memory (~300 MB peak instead of ~220 MB),
# which makes write_index ~40 % faster. Larger corpora still spill to disk.
WRITER_LIMIT_MB = 256


def make_schema() -> Schema:
    """The index schema. ``words`` is unstemmed, for completions and spelling corrections."""
    stemmed = indonesian_analyzer()
    return Schema(
        section_id=ID(stored=True, unique=True),
        article=ID(stored=True),
        ordinal=NUMERIC(stored=True),
        article_title=TEXT(analyzer=stemmed, stored=True),
        heading=TEXT(analyzer=stemmed, stored=True),
        body=TEXT(analyzer=stemmed, stored=True),
        words=TEXT(analyzer=plain_analyzer(), phrase=False),
        version=STORED(),
    )


@contextmanager
def _seeded_random(seed: str):
    """Whoosh names segments with ``random``: seed it so a build is byte-for-byte repeatable."""
    state = random.getstate()
    random.seed(seed)
    try:
        yield
    finally:
        random.setstate(state)


_PLAIN = plain_analyzer()
_VARIANT_FIRSTS = tuple(first for first, _ in VARIANTS.values())


def _words(parts: tuple[str, ...]) -> list[str]:
    """The "words" field's tokens of ``" ".join(parts)``, tokenizing each part on its own (the
    stemmed fields analyse the same parts, and the tokenizer remembers recent texts).

    Only a spelling variant can span the joining space ("Back" + "end"): when a part ends with
    a variant's first half, the joined text is tokenized instead.
    """
    for part in parts[:-1]:
        if part.rstrip(" \t\u00a0")[-8:].lower().endswith(_VARIANT_FIRSTS):
            return [t.text for t in _PLAIN(" ".join(parts))]
    return [t.text for part in parts for t in _PLAIN(part)]


def document_fields(section: SectionRecord, article_title: str) -> dict[str, object]:
    """The fields of one section's index document (``words`` pre-tokenized, see :func:`_words`)."""
    return {
        "section_id": section.id,
        "article": section.article_id,
        "ordinal": section.ordinal,
        "article_title": article_title,
        "heading": section.heading,
        "body": section.text,
        "words": _words((article_title, section.heading, section.text)),
        "version": INDEX_VERSION,
    }


def index_words(ix: whoosh_index.Index) -> list[str]:
    """Every word of the index's unstemmed "words" field, sorted."""
    with ix.searcher() as searcher:
        return sorted(
            t.decode("utf-8") if isinstance(t, bytes) else t
            for t in searcher.reader().field_terms("words")
        )


def write_stems(directory: Path, stems: Mapping[str, str]) -> None:
    """Replace the {word: stem} table atomically (temporary file, fsync, rename)."""
    data = json.dumps(dict(stems), ensure_ascii=False, sort_keys=True).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".stems-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, directory / STEMS_FILENAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_index(directory: Path, sections: Iterable[tuple[SectionRecord, str]], seed: str) -> int:
    """Create the index in ``directory`` from (section, article title) pairs; return the count."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    with _seeded_random(seed):
        ix = whoosh_index.create_in(str(directory), make_schema(), indexname=INDEX_NAME)
        # Not compound: a compound file records each part's mtime, which breaks repeatability.
        writer = ix.writer(compound=False, limitmb=WRITER_LIMIT_MB)
        for section, article_title in sections:
            writer.add_document(**document_fields(section, article_title))
            count += 1
        writer.commit(optimize=True)
        words = index_words(ix)
        ix.close()
    write_stems(directory, stems_of(words))
    return count


def load_stems(directory: Path) -> dict[str, str]:
    """The {word: stem} table the build stored with the index ({} when absent or damaged)."""
    try:
        stems = json.loads((directory / STEMS_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stems if isinstance(stems, dict) else {}


def open_index(directory: Path) -> whoosh_index.Index:
    """Open the index read-only and check its version; raise DataMissing/DataInvalid errors."""
    if not whoosh_index.exists_in(str(directory), indexname=INDEX_NAME):
        raise DataMissingError(f"Indeks pencarian tidak ditemukan: {directory}")
    return open_checked(directory, readonly=True)


def open_checked(directory: Path, readonly: bool) -> whoosh_index.Index:
    """Open an existing index and check its version (an index without documents passes: a
    personal library whose last article was deleted)."""
    try:
        ix = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME, readonly=readonly)
        with ix.searcher() as searcher:
            empty = not searcher.doc_count_all()
            stored = {} if empty else searcher.stored_fields(0)
    except Exception as exc:  # Whoosh raises many types (pickle, EOF, index errors)
        raise DataInvalidError(f"Indeks pencarian tidak dapat dibaca: {directory}") from exc
    if not empty and stored.get("version") != INDEX_VERSION:
        ix.close()
        raise DataInvalidError(
            f"Indeks pencarian {directory} berversi {stored.get('version')}; "
            f"program ini memerlukan versi {INDEX_VERSION}"
        )
    return ix
