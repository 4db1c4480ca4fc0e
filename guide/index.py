"""The Whoosh full-text index: one document per section. The only module that builds one.

Whoosh pickles the schema (with our analyzer classes from ``guide.analysis``) into the index, so
the index carries ``INDEX_VERSION`` and is rebuilt with the database. Never open an index from a
folder other users can write to (see ``guide.datadir``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from guide.analysis import indonesian_analyzer, plain_analyzer, stems_of
from guide.store import DataInvalidError, DataMissingError, SectionRecord

INDEX_VERSION = 2  # 2: analysis 2 ("kinerja" is its own term)
INDEX_NAME = "sections"
STEMS_FILENAME = "stems.json"  # every indexed word's stem, so the first searches start warm

# Field weights: a word in a heading or the article title says more than one in the body.
TITLE_BOOST = 2.0
HEADING_BOOST = 3.0
BODY_BOOST = 1.0


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


def write_index(directory: Path, sections: Iterable[tuple[SectionRecord, str]], seed: str) -> int:
    """Create the index in ``directory`` from (section, article title) pairs; return the count."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    with _seeded_random(seed):
        ix = whoosh_index.create_in(str(directory), make_schema(), indexname=INDEX_NAME)
        # Not compound: a compound file records each part's mtime, which breaks repeatability.
        writer = ix.writer(compound=False)
        for section, article_title in sections:
            writer.add_document(
                section_id=section.id,
                article=section.article_id,
                ordinal=section.ordinal,
                article_title=article_title,
                heading=section.heading,
                body=section.text,
                words=" ".join((article_title, section.heading, section.text)),
                version=INDEX_VERSION,
            )
            count += 1
        writer.commit(optimize=True)
        with ix.searcher() as searcher:
            words = [
                t.decode("utf-8") if isinstance(t, bytes) else t
                for t in searcher.reader().field_terms("words")
            ]
        ix.close()
    (directory / STEMS_FILENAME).write_text(
        json.dumps(stems_of(sorted(words)), ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
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
    try:
        ix = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME, readonly=True)
        with ix.searcher() as searcher:
            stored = searcher.stored_fields(0) if searcher.doc_count_all() else {}
    except Exception as exc:  # Whoosh raises many types (pickle, EOF, index errors)
        raise DataInvalidError(f"Indeks pencarian tidak dapat dibaca: {directory}") from exc
    if stored.get("version") != INDEX_VERSION:
        ix.close()
        raise DataInvalidError(
            f"Indeks pencarian {directory} berversi {stored.get('version')}; "
            f"program ini memerlukan versi {INDEX_VERSION}"
        )
    return ix
