"""The build: what it writes, when it rebuilds, determinism, atomicity, and read-only opening."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from guide import build as build_mod
from guide.build import BuildError, build, is_current
from guide.index import open_index
from guide.resources import DB_FILENAME, INDEX_DIRNAME
from guide.store import SCHEMA_VERSION, DataInvalidError, DataMissingError, Store, connect_readonly
from tests.conftest import SEEDS


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    return copy


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_build_writes_db_and_index(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    assert ids == ["000", "001", "002", "003", "004"]
    n_sections = conn.execute("SELECT count(*) FROM sections").fetchone()[0]
    conn.close()
    assert n_sections >= 30
    ix = open_index(data_dir / INDEX_DIRNAME)
    assert ix.doc_count() == n_sections
    ix.close()


def test_store_reads_records(data_dir: Path) -> None:
    store = Store(data_dir / DB_FILENAME, immutable=True)
    articles = store.articles()
    assert [a.id for a in articles] == ["000", "001", "002", "003", "004"]
    sections = store.sections("002")
    headings = [s.heading for s in sections]
    assert "1. Merancang Struktur Database yang Efisien" in headings
    assert "10. Terus Belajar dan Mengikuti Tren Teknologi" in headings
    first = next(s for s in sections if s.blocks)
    article = store.article("002")
    assert article is not None
    for block in first.blocks:
        assert block.text.split()[0] in article.text[block.start : block.end]
    assert store.section(first.id) == first
    assert store.article("999") is None
    store.close()


def test_up_to_date_build_is_skipped_and_force_rebuilds(seeds_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(seeds_copy, out).built
    again = build(seeds_copy, out)
    assert not again.built and again.articles == 5
    assert build(seeds_copy, out, force=True).built


def test_changed_seed_triggers_rebuild(seeds_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds_copy, out)
    seed = seeds_copy / "003_d13f704c28995768.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nGoto\n", encoding="utf-8")
    assert not is_current(out, seeds_copy)
    assert build(seeds_copy, out).built


def test_changed_code_triggers_rebuild(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(seeds_copy, out)
    monkeypatch.setattr(build_mod, "code_hash", lambda: "different code")
    assert not is_current(out, seeds_copy)


def test_build_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build(SEEDS, first)
    build(SEEDS, second)
    assert _tree_digest(first) == _tree_digest(second)


def test_missing_seeds_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="Folder seeds tidak ditemukan"):
        build(tmp_path / "nope", tmp_path / "out")


def test_missing_metadata_is_a_clear_error(seeds_copy: Path, tmp_path: Path) -> None:
    (seeds_copy / "articles.toml").unlink()
    with pytest.raises(BuildError, match=r"articles\.toml"):
        build(seeds_copy, tmp_path / "out")


def test_unreadable_article_fails_and_keeps_previous_data(seeds_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds_copy, out)
    before = _tree_digest(out)
    (seeds_copy / "001_2f415d63f242478f.txt").write_bytes(b"\xff\xfe broken \x80")
    with pytest.raises(BuildError, match="001"):
        build(seeds_copy, out)
    assert _tree_digest(out) == before
    # no temporary folder is left; only the (empty) build lock file stays beside the data
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".out.lock"]


def test_connect_readonly_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(DataMissingError):
        connect_readonly(missing)
    assert not missing.exists()


def test_connect_readonly_rejects_garbage_and_refuses_writes(
    tmp_path: Path, data_dir: Path
) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DataInvalidError):
        connect_readonly(garbage)
    conn = connect_readonly(data_dir / DB_FILENAME, immutable=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    conn.close()


def test_open_index_missing(tmp_path: Path) -> None:
    with pytest.raises(DataMissingError):
        open_index(tmp_path)


def test_facts_round_trip_through_the_store(data_dir: Path) -> None:
    from guide.facts import extract_all

    expected = extract_all(SEEDS)
    db = Store(data_dir / DB_FILENAME)
    stored = db.facts()
    db.close()
    assert stored.salaries == expected.salaries
    assert stored.mentions == expected.mentions
    assert stored.list_facts == expected.list_facts
    assert [t.id for t in stored.technologies] == [t.id for t in expected.technologies]
    assert stored.counts == expected.counts
