"""The personal library (guide.personal): add / unchanged / replaced / remove, records that
round-trip with their offsets, its own searchable index, consistency after crashes and kills,
private folders, one writer at a time across processes."""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from guide import personal, personal_index, personal_segments
from guide.article import parse_article
from guide.importing.model import ImportedDocument
from guide.personal import AddResult, LibraryBusyError, PersonalLibrary
from guide.personal_schema import DB_FILENAME, ORIGIN_LABEL, SCHEMA_VERSION, connect, salvage
from guide.search import Searcher
from guide.store import TABLES, DataInvalidError

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks" / "bench_library_kill.py"
POSIX = os.name == "posix"

ANALYST = """Profesi Analis Data di Perusahaan

Seorang analis data mengolah angka penjualan menjadi laporan yang mudah dipahami manajer.

Tugas Harian

Setiap pagi analis data memeriksa dasbor dan mencari angka yang janggal.

Gaji Analis Data

Gaji awal analis data lulusan baru sekitar tujuh juta rupiah per bulan di kota besar.
"""
NURSE = """Menjadi Perawat Gigi

Perawat gigi membantu dokter gigi merawat pasien di klinik dan puskesmas.

Pendidikan

Calon perawat gigi menempuh pendidikan diploma tiga kesehatan gigi.
"""


def make(
    article_id: str, text: str, title: str = "", file_name: str = "catatan.txt"
) -> ImportedDocument:
    """An imported document of ``text`` (the title: the parser's, unless given)."""
    parsed = parse_article(article_id, text)
    return ImportedDocument(
        article_id,
        title or parsed.title,
        "Bu Sari",
        "2024-05-01",
        file_name,
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text,
        parsed,
        "txt",
    )


A = "guru-0000000000aa"
B = "guru-0000000000bb"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "perpustakaan"


@pytest.fixture
def lib(folder: Path):
    opened = PersonalLibrary.open(folder)
    yield opened
    opened.close()


def found(index_dir: Path, query: str) -> set[str]:
    """Article ids a fresh Searcher returns for ``query``."""
    searcher = Searcher(index_dir)
    try:
        return {hit.article_id for hit in searcher.search(query, limit=20, correct=False).hits}
    finally:
        searcher.close()


def bench() -> ModuleType:
    """benchmarks/bench_library_kill.py (its generator and kill run)."""
    spec = importlib.util.spec_from_file_location("bench_library_kill", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_library_kill"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def run_child(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run a Python snippet in a fresh process (the repo importable)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
        check=False,
    )


# -- adding, replacing, removing --------------------------------------------------------------


def test_add_unchanged_replaced_remove(lib: PersonalLibrary) -> None:
    doc = make(A, ANALYST, file_name="Analis Data.txt")
    assert lib.add(doc) == AddResult("imported", A)
    stamp_before = (lib.folder / personal_index.STAMP_FILENAME).read_text()
    mtime = lib.db_path.stat().st_mtime_ns, (lib.folder / "index").stat().st_mtime_ns
    assert lib.add(doc) == AddResult("unchanged", A)
    assert (lib.db_path.stat().st_mtime_ns, (lib.folder / "index").stat().st_mtime_ns) == mtime
    assert (lib.folder / personal_index.STAMP_FILENAME).read_text() == stamp_before

    changed = make(A, ANALYST.replace("tujuh juta", "sembilan juta"), file_name="Analis Data.txt")
    assert lib.add(changed) == AddResult("replaced", A)
    assert lib.article(A).text == changed.text
    assert [e.sha256 for e in lib.entries()] == [changed.sha256]

    assert lib.add(make(B, NURSE)) == AddResult("imported", B)
    assert [a.id for a in lib.articles()] == [A, B]
    assert lib.remove(A) is True
    assert lib.remove(A) is False
    assert [a.id for a in lib.articles()] == [B]
    assert lib.article(A) is None and lib.sections(A) == [] and lib.section(f"{A}-00") is None
    assert lib.verify() == []


def test_records_round_trip_with_offsets(lib: PersonalLibrary) -> None:
    doc = make(A, ANALYST, file_name="Analis Data.docx")
    lib.add(doc, imported_at="2025-02-03T04:05:06Z")
    article = lib.article(A)
    assert article is not None
    assert (article.title, article.author, article.published) == (
        "Profesi Analis Data di Perusahaan",
        "Bu Sari",
        "2024-05-01",
    )
    assert (article.site, article.publisher, article.url, article.attribution, article.note) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert article.language == "id" and article.text == ANALYST
    assert article.file == "Analis Data.docx" and article.references == ()
    assert article.label == "Profesi Analis Data di…"
    sections = lib.sections(A)
    assert [s.id for s in sections] == [f"{A}-{i:02d}" for i in range(len(doc.parsed.sections))]
    assert len(sections) == 3
    for record, parsed in zip(sections, doc.parsed.sections, strict=True):
        assert (record.heading, record.level, record.start, record.end, record.text) == (
            parsed.heading,
            parsed.level,
            parsed.start,
            parsed.end,
            parsed.text,
        )
        assert [(b.kind, b.text, b.start, b.end) for b in record.blocks] == [
            (b.kind, b.text, b.start, b.end) for b in parsed.blocks
        ]
        for block in record.blocks:
            assert article.text[block.start : block.end] == block.text
    assert lib.section(sections[1].id) == sections[1]
    assert lib.all_sections() == sections
    (entry,) = lib.entries()
    assert (entry.id, entry.title, entry.origin, entry.file) == (
        A,
        article.title,
        ORIGIN_LABEL,
        "Analis Data.docx",
    )
    assert (entry.imported_at, entry.sha256, entry.kind, entry.sections) == (
        "2025-02-03T04:05:06Z",
        doc.sha256,
        "txt",
        3,
    )


def test_imported_at_defaults_to_now_utc(lib: PersonalLibrary) -> None:
    lib.add(make(A, ANALYST))
    stamp = lib.entries()[0].imported_at
    when = time.mktime(time.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ"))
    assert abs(when - time.mktime(time.gmtime())) < 120


def test_labels_are_unique(lib: PersonalLibrary) -> None:
    lib.add(make(A, ANALYST, title="Catatan Karier"))
    lib.add(make(B, NURSE, title="Catatan Karier"))
    labels = [a.label for a in lib.articles()]
    assert labels == ["Catatan Karier", "Catatan Karier (b)"]


def test_bad_article_id_refused(lib: PersonalLibrary) -> None:
    with pytest.raises(ValueError):
        lib.add(make("guru x\n", ANALYST))
    assert lib.articles() == []


def test_columns_cover_the_bundled_store(folder: Path) -> None:
    """The same columns as the bundled store's tables (the same records come out)."""
    PersonalLibrary.open(folder).close()
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        for table in ("articles", "sections", "blocks"):
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            assert set(TABLES[table][0]) <= columns, table
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


# -- search -----------------------------------------------------------------------------------


def test_empty_library_has_a_searchable_index(lib: PersonalLibrary) -> None:
    assert found(lib.index_dir, "analis data") == set()


def test_search_finds_added_not_removed_and_not_old_versions(lib: PersonalLibrary) -> None:
    lib.add(make(A, ANALYST))
    lib.add(make(B, NURSE))
    assert found(lib.index_dir, "analis data") == {A}
    assert found(lib.index_dir, "perawat gigi") == {B}
    lib.add(make(A, ANALYST.replace("dasbor", "spreadsheet")))
    assert found(lib.index_dir, "dasbor") == set()
    assert found(lib.index_dir, "spreadsheet") == {A}
    lib.remove(B)
    assert found(lib.index_dir, "perawat gigi") == set()
    assert lib.verify() == []


def test_open_reader_keeps_its_view_during_a_replace(lib: PersonalLibrary) -> None:
    lib.add(make(A, ANALYST))
    reader = Searcher(lib.index_dir)
    try:
        lib.add(make(A, ANALYST.replace("dasbor", "spreadsheet")))
        assert {h.article_id for h in reader.search("dasbor").hits} == {A}
        assert found(lib.index_dir, "spreadsheet") == {A}
    finally:
        reader.close()


def test_add_is_searchable_within_a_second(lib: PersonalLibrary) -> None:
    """A ≤ 50 kB article, added and found by a new Searcher (the benchmark measures it; this
    bound leaves room for a loaded test machine)."""
    module = bench()
    lib.add(module.make_doc(1, 0, (5_000, 8_000)))  # warm: stemmer loaded, index has terms
    doc = module.make_doc(2, 0, (49_000, 50_000))
    assert len(doc.text) <= 50_000
    started = time.perf_counter()
    lib.add(doc)
    assert found(lib.index_dir, module.marker(2, 0)) == {doc.article_id}
    assert time.perf_counter() - started < 1.5


def test_adds_never_merge_tidy_merges_by_tiers_and_optimize_makes_one(
    lib: PersonalLibrary,
) -> None:
    """Each change adds one segment and never merges (an import is searchable sooner);
    tidy() merges them by tiers without changing what is found; optimize() rewrites
    everything as one, only above its threshold."""
    module = bench()
    for n in range(10):
        lib.add(module.make_doc(n, 0, (1_500, 2_500)))
    lib.remove(module.article_id(4))
    assert personal_segments.segment_count(lib.index_dir) == 10  # a removal adds none
    assert lib.tidy() > 0
    count = personal_segments.segment_count(lib.index_dir)
    assert count < personal_segments.FANIN
    assert lib.tidy() == 0  # already tidy
    assert lib.verify() == []
    assert found(lib.index_dir, module.marker(3, 0)) == {module.article_id(3)}
    assert found(lib.index_dir, module.marker(4, 0)) == set()
    assert lib.optimize() is False  # below the default threshold
    assert lib.optimize(min_segments=count + 1) is False
    assert lib.optimize(min_segments=1) is True
    assert personal_segments.segment_count(lib.index_dir) == 1
    assert lib.verify() == []
    assert found(lib.index_dir, module.marker(3, 0)) == {module.article_id(3)}


# -- failures and crashes ---------------------------------------------------------------------


def test_failed_index_write_rolls_the_database_back(
    lib: PersonalLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib.add(make(A, ANALYST))

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(personal, "replace_article", broken)
    with pytest.raises(OSError, match="disk full"):
        lib.add(make(B, NURSE))
    with pytest.raises(OSError, match="disk full"):
        lib.add(make(A, ANALYST.replace("dasbor", "spreadsheet")))
    monkeypatch.undo()
    assert [a.id for a in lib.articles()] == [A] and lib.article(A).text == ANALYST
    assert lib.verify() == []
    assert found(lib.index_dir, "dasbor") == {A}
    lib.close()
    reopened = PersonalLibrary.open(lib.folder)
    try:
        assert not reopened.index_rebuilt  # the stamp was clean again
    finally:
        reopened.close()


CRASH_AFTER = """
import os, sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
from bench_library_kill import make_doc
from guide import personal

where = sys.argv[2]
if where == "index":  # the index committed, the database not yet
    original = personal.replace_article
    def replace_then_die(*args, **kwargs):
        original(*args, **kwargs)
        os._exit(9)
    personal.replace_article = replace_then_die
else:  # both committed, the stamp not yet clean
    def stamp_then_die(folder, value, durable=False):
        if not durable:
            os._exit(9)
        personal_index_write(folder, value, durable)
    personal_index_write = personal.write_stamp
    personal.write_stamp = stamp_then_die
library = personal.PersonalLibrary.open(Path(sys.argv[1]))
library.add(make_doc(int(sys.argv[3]), 0, (2000, 4000)))
"""


@pytest.mark.parametrize("where", ["index", "commit"])
def test_crash_between_index_and_database_is_repaired_at_open(folder: Path, where: str) -> None:
    module = bench()
    with PersonalLibrary.open(folder) as lib:
        lib.add(make(A, ANALYST))
    result = run_child(CRASH_AFTER, str(folder), where, "7")
    assert result.returncode == 9, result.stderr
    stamp = (folder / personal_index.STAMP_FILENAME).read_text().strip()
    assert stamp == f"dirty {module.article_id(7)}"
    with PersonalLibrary.open(folder) as lib:
        assert lib.index_rebuilt
        assert lib.verify() == []
        ids = [a.id for a in lib.articles()]
        hits = found(lib.index_dir, module.marker(7, 0))
        if where == "index":  # the database never committed: the article is not there
            assert ids == [A] and hits == set()
        else:
            assert ids == sorted([A, module.article_id(7)]) and hits == {module.article_id(7)}
        assert found(lib.index_dir, "dasbor") == {A}


def test_rows_written_behind_the_index_are_indexed_at_open(folder: Path) -> None:
    """The database changed without the index (a crash between the database commit and the
    index commit of an older version, or a copied file): open rebuilds the index."""
    with PersonalLibrary.open(folder) as lib:
        lib.add(make(A, ANALYST))
    scratch = folder.parent / "scratch"
    with PersonalLibrary.open(scratch) as other:
        other.add(make(B, NURSE))
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("ATTACH ? AS other", (str(scratch / DB_FILENAME),))
    for table in ("articles", "sections", "blocks"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM other.{table}")
    conn.commit()
    conn.close()
    with PersonalLibrary.open(folder) as lib:
        assert lib.index_rebuilt
        assert lib.verify() == []
        assert found(lib.index_dir, "perawat gigi") == {B}


def test_missing_or_damaged_index_is_rebuilt(folder: Path) -> None:
    with PersonalLibrary.open(folder) as lib:
        lib.add(make(A, ANALYST))
    import shutil

    shutil.rmtree(folder / "index")
    with PersonalLibrary.open(folder) as lib:
        assert lib.index_rebuilt and lib.verify() == []
    for toc in (folder / "index").glob("_sections_*.toc"):
        toc.write_bytes(b"\x00garbage")
    with warnings.catch_warnings():  # Whoosh leaves the damaged file open: not ours to close
        warnings.simplefilter("ignore", ResourceWarning)
        with PersonalLibrary.open(folder) as lib:
            assert lib.index_rebuilt and lib.verify() == []
            assert found(lib.index_dir, "dasbor") == {A}
        gc.collect()
    assert not [p for p in folder.iterdir() if p.name.startswith(".index-")]


def test_dirty_stamp_left_by_another_program_is_repaired_before_a_change(
    lib: PersonalLibrary,
) -> None:
    """Another program was killed mid-change while this one stayed open."""
    lib.add(make(A, ANALYST))
    conn = sqlite3.connect(lib.db_path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM articles WHERE id = ?", (A,))
    conn.commit()
    conn.close()
    (lib.folder / personal_index.STAMP_FILENAME).write_text(f"dirty {A}\n")
    lib.add(make(B, NURSE))
    assert lib.verify() == []
    assert found(lib.index_dir, "analis data") == set()


def test_damaged_database_is_moved_aside(folder: Path) -> None:
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"this is not a database, " * 200)
    with PersonalLibrary.open(folder) as lib:
        assert lib.recovered_from is not None
        assert lib.recovered_from.name.startswith(f"{DB_FILENAME}.broken-")
        assert lib.recovered_from.read_bytes().startswith(b"this is not")
        assert lib.articles() == []
        lib.add(make(A, ANALYST))
        assert found(lib.index_dir, "analis data") == {A}


def test_salvage_copies_every_readable_article(tmp_path: Path, folder: Path) -> None:
    with PersonalLibrary.open(folder) as lib:
        lib.add(make(A, ANALYST))
        lib.add(make(B, NURSE))
        expected = (lib.articles(), lib.all_sections())
    conn = connect(tmp_path / "new.sqlite")
    try:
        assert salvage(folder / DB_FILENAME, conn) == 2
    finally:
        conn.close()
    shutil_target = tmp_path / "copy"
    shutil_target.mkdir()
    os.replace(tmp_path / "new.sqlite", shutil_target / DB_FILENAME)
    with PersonalLibrary.open(shutil_target) as copy:
        assert (copy.articles(), copy.all_sections()) == expected
        assert copy.index_rebuilt and copy.verify() == []


def test_newer_schema_is_refused_and_left_alone(folder: Path) -> None:
    PersonalLibrary.open(folder).close()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = (folder / DB_FILENAME).read_bytes()
    with pytest.raises(DataInvalidError, match="lebih baru"):
        PersonalLibrary.open(folder)
    assert (folder / DB_FILENAME).read_bytes() == before
    assert not list(folder.glob("*.broken-*"))


# -- kill -9 ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not POSIX, reason="SIGKILL")
def test_kill_9_during_changes_leaves_a_consistent_library(tmp_path: Path) -> None:
    """A child adding, replacing and removing articles is killed 20 times at random moments;
    after each kill the library opens, the database and the index agree, and it holds exactly
    the changes that finished (plus at most the one in flight)."""
    report = bench().kill_run(tmp_path / "lib", kills=20, seed=5, max_delay=0.6)
    assert report.problems == []
    assert report.opens_ok == report.consistent == report.state_ok == 20
    assert report.changes_done >= 5  # the children got on with their work
    assert report.repaired >= 2  # kills did land inside changes


# -- folders and locking ----------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_folder_and_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data" / "perpustakaan"
        with PersonalLibrary.open(folder) as lib:
            lib.add(make(A, ANALYST))
    finally:
        os.umask(old)
    with PersonalLibrary.open(folder):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


HOLD_LOCK = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def _hold_lock(folder: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / personal.LOCK_FILENAME), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_for_the_first(lib: PersonalLibrary) -> None:
    proc = _hold_lock(lib.folder, 1.5)
    try:
        started = time.perf_counter()
        assert lib.add(make(A, ANALYST)).status == "imported"
        assert time.perf_counter() - started >= 1.0
    finally:
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    assert lib.verify() == []


def test_a_writer_gives_up_after_the_lock_timeout(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(personal, "LOCK_WAIT_S", 0.3)
    with PersonalLibrary.open(folder) as lib:
        proc = _hold_lock(folder, 3)
        try:
            with pytest.raises(LibraryBusyError, match="sedang diubah"):
                lib.add(make(A, ANALYST))
        finally:
            proc.kill()
            proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()
        assert lib.articles() == []


ADD_MANY = """
import sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
from bench_library_kill import make_doc
from guide.personal import PersonalLibrary

library = PersonalLibrary.open(Path(sys.argv[1]))
first = int(sys.argv[2])
for n in range(first, first + 4):
    library.add(make_doc(n, 0, (2000, 5000)))
library.close()
"""


def test_two_programs_writing_at_once(folder: Path) -> None:
    PersonalLibrary.open(folder).close()
    results: list[subprocess.CompletedProcess] = []

    def run(first: int) -> None:
        results.append(run_child(ADD_MANY, str(folder), str(first)))

    threads = [threading.Thread(target=run, args=(first,)) for first in (100, 200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    with PersonalLibrary.open(folder) as lib:
        assert len(lib.articles()) == 8
        assert not lib.index_rebuilt and lib.verify() == []
