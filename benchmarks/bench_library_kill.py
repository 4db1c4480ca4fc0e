"""The personal library under kill -9, and its speed with 200 imported articles.

Part 1 — kills. A child process opens a library and runs a deterministic sequence of changes
(mostly new articles, every 5th a new version of an earlier one, every 11th a removal), printing
``begin N`` before and ``done N`` after each, and merging segments (``tidy``) after every third.
The parent kills it with SIGKILL at a random moment (most kills a random delay after the
child's library is open, so they land inside ``add()``; some from the child's start, so they
land in ``open()`` and its repair), then opens the library itself and checks: it opens; the
database and the index agree (``PersonalLibrary.verify``: every indexed section equals its
stored row, none missing, none extra); the articles present are exactly the changes that
finished, plus at most the one in flight. The next child continues the sequence. Prints opens
OK, consistent, state == finished changes, and how many opens repaired the index (kills that
landed between the index commit and the stamp).

Part 2 — speed. Into a fresh library: 200 generated articles (5–50 kB of Indonesian-like text,
parsed with ``guide.article.parse_article``), each ``add()`` timed; for every 10th, the time
from the start of ``add()`` until a new ``Searcher`` on the index finds the article's marker
word. Then search p50/p95 over a query set with the 200 articles in the library (and the
number of index segments: each change adds one, ``PersonalLibrary.tidy()`` after each add merges
them by tiers, timed apart), the time of ``PersonalLibrary.optimize()`` (one segment) and search
p50/p95 after it.

Run: ``uv run python benchmarks/bench_library_kill.py [--kills 100] [--articles 200] [--json]``
(about 3–4 minutes on 2 cores). ``--child FOLDER START`` is the child's entry point.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))  # also when a test loads this file by path

from common import percentile  # noqa: E402

from guide.article import parse_article  # noqa: E402
from guide.importing.model import ImportedDocument  # noqa: E402

# -- generated articles -----------------------------------------------------------------------

_VOCABULARY = """
siswa guru sekolah kerja karier perusahaan gaji analis data aplikasi jaringan komputer
perawat pasien rumah sakit desain grafis pelanggan proyek laporan tim rapat jadwal
keterampilan pelatihan sertifikat magang lulusan kampus jurusan teknik akuntansi pajak
keuangan pemasaran media sosial konten video kamera listrik mesin bengkel kendaraan
pertanian panen pupuk kebun ternak pangan gizi masakan restoran hotel tamu wisata
bahasa inggris komunikasi presentasi wawancara lamaran surat pengalaman tanggung jawab
belajar mengajar membaca menulis menghitung merancang membangun memperbaiki mengelola
menyimpan mengirim memeriksa melayani membantu mengatur merawat menanam menjual membeli
setiap hari pagi siang malam minggu bulan tahun awal akhir baru lama besar kecil tinggi
rendah cepat lambat mudah sulit penting utama khusus umum daerah kota desa provinsi
industri kantor pabrik toko pasar gudang lapangan bandara pelabuhan stasiun terminal
"""
_WORDS = tuple(_VOCABULARY.split())
_HEADS = (
    "Tugas Harian",
    "Gaji dan Tunjangan",
    "Keterampilan yang Dibutuhkan",
    "Jenjang Karier",
    "Pendidikan dan Pelatihan",
    "Tantangan Pekerjaan",
    "Peluang Kerja",
    "Alat Kerja",
    "Tips untuk Siswa",
    "Kesimpulan",
)
KILL_TEXT_CHARS = (1_500, 6_000)  # small articles: many changes per child
SPEED_TEXT_CHARS = (5_000, 50_000)


def marker(n: int, version: int = 0) -> str:
    """A word only article ``n`` (version ``version``) holds: "xq" + letters + "z"."""
    value, letters = n * 1000 + version + 1, ""
    while value:
        value, rest = divmod(value, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[rest]
    return f"xq{letters}z"


def make_text(n: int, version: int, chars: tuple[int, int]) -> str:
    """The text of article ``n`` (version ``version``): a title, headed sections of
    paragraphs and list items, the marker word in the first paragraph; deterministic."""
    rng = random.Random(n * 7919 + version)
    target = rng.randint(*chars)
    title = f"Profesi {rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()} {n}"
    parts = [title, ""]
    size, first = len(title), True
    heads = list(_HEADS)
    rng.shuffle(heads)
    while size < target:
        head = heads.pop() if heads else f"Bagian {rng.choice(_WORDS).title()} {len(parts)}"
        parts += [head, ""]
        for _ in range(rng.randint(2, 4)):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(40, 90))]
            if first:
                words.insert(3, marker(n, version))
                first = False
            sentences, i = [], 0
            while i < len(words):
                step = rng.randint(8, 16)
                sentence = " ".join(words[i : i + step])
                sentences.append(sentence[0].upper() + sentence[1:] + ".")
                i += step
            parts += [" ".join(sentences), ""]
        if rng.random() < 0.4:
            for _ in range(rng.randint(2, 4)):
                item = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 9)))
                parts.append(f"- {item.capitalize()}")
            parts.append("")
        size = sum(len(p) + 1 for p in parts)
    return "\n".join(parts)


def article_id(n: int) -> str:
    """The id of generated article ``n``: "guru-" + 12 hex."""
    return f"guru-{n:012x}"


def make_doc(
    n: int, version: int = 0, chars: tuple[int, int] = SPEED_TEXT_CHARS
) -> ImportedDocument:
    """Generated article ``n`` as an imported document."""
    text = make_text(n, version, chars)
    aid = article_id(n)
    parsed = parse_article(aid, text)
    return ImportedDocument(
        aid,
        parsed.title or text.splitlines()[0],
        "Bu Guru",
        "2024-07-01",
        f"artikel-{n}.txt",
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text,
        parsed,
        "txt",
    )


# -- the change sequence ----------------------------------------------------------------------


def change(i: int) -> tuple[str, int, int]:
    """The i-th change of the kill run: ("add", article, version) or ("remove", article, 0)."""
    if i % 11 == 10:
        return "remove", i - 5, 0
    if i % 5 == 4:
        return "add", i - 3, i  # a new version of an earlier article
    return "add", i, 0


def apply_change(state: dict[str, str], i: int) -> None:
    """What change ``i`` does to {article id: sha256}."""
    kind, n, version = change(i)
    if kind == "remove":
        state.pop(article_id(n), None)
    else:
        text = make_text(n, version, KILL_TEXT_CHARS)
        state[article_id(n)] = hashlib.sha256(text.encode("utf-8")).hexdigest()


def child_main(folder: Path, start: int) -> None:
    """Run changes start, start+1, … until killed (at most 10,000)."""
    from guide.personal import PersonalLibrary

    library = PersonalLibrary.open(folder)
    print("ready", flush=True)
    for i in range(start, start + 10_000):
        print(f"begin {i}", flush=True)
        kind, n, version = change(i)
        if kind == "remove":
            library.remove(article_id(n))
        else:
            library.add(make_doc(n, version, KILL_TEXT_CHARS))
        print(f"done {i}", flush=True)
        if i % 3 == 2:  # as the app after a batch: kills land in the merges too
            library.tidy()


# -- the kill run -----------------------------------------------------------------------------


@dataclass
class KillReport:
    """What the kill run saw."""

    kills: int = 0
    opens_ok: int = 0
    consistent: int = 0
    state_ok: int = 0  # the library held exactly the finished changes (+ the one in flight)
    in_flight_applied: int = 0  # the change being made when killed had committed
    in_flight_dropped: int = 0  # … had not: nothing of it is left
    repaired: int = 0  # opens that rebuilt the index (killed between its commit and the stamp)
    during_open: int = 0  # killed before the child's library was open
    changes_done: int = 0
    problems: list[str] = field(default_factory=list)
    open_s: list[float] = field(default_factory=list)


def _read_lines(proc: subprocess.Popen, until: float, stop_at: str | None) -> list[str]:
    """Lines of the child's stdout until ``until`` (monotonic) or a line equal to ``stop_at``."""
    assert proc.stdout is not None
    lines: list[str] = []
    fd = proc.stdout.fileno()
    buffer = b""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            break
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
        *done, buffer = buffer.split(b"\n")
        lines += [d.decode() for d in done]
        if stop_at is not None and stop_at in lines:
            break
    proc._leftover = buffer  # type: ignore[attr-defined]
    return lines


def _drain(proc: subprocess.Popen) -> list[str]:
    assert proc.stdout is not None
    rest = getattr(proc, "_leftover", b"") + proc.stdout.read()
    proc.stdout.close()
    return [line for line in rest.decode().split("\n") if line]


def kill_run(
    folder: Path,
    kills: int,
    seed: int = 13,
    max_delay: float = 0.8,
    open_kill_share: float = 0.15,
    log: Any = None,
) -> KillReport:
    """Kill a changing child ``kills`` times; check the library after each kill."""
    from guide.personal import PersonalLibrary

    rng = random.Random(seed)
    report = KillReport()
    state: dict[str, str] = {}  # the finished changes' result
    next_change = 0
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path}
    for k in range(kills):
        proc = subprocess.Popen(
            [sys.executable, str(HERE), "--child", str(folder), str(next_change)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
        )
        try:
            if rng.random() < open_kill_share:  # from the start: lands in imports or open()
                lines = _read_lines(proc, time.monotonic() + rng.uniform(0.3, 1.5), "ready")
                if "ready" not in lines:
                    report.during_open += 1
                else:
                    lines += _read_lines(proc, time.monotonic() + rng.uniform(0, 0.05), None)
            else:
                lines = _read_lines(proc, time.monotonic() + 60, "ready")
                lines += _read_lines(proc, time.monotonic() + rng.uniform(0, max_delay), None)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait()
        lines += _drain(proc)
        report.kills += 1
        done = [int(line.split()[1]) for line in lines if line.startswith("done ")]
        begun = [int(line.split()[1]) for line in lines if line.startswith("begin ")]
        for i in done:
            apply_change(state, i)
        report.changes_done += len(done)
        pending = begun[-1] if begun and (not done or begun[-1] > done[-1]) else None
        with_pending = dict(state)
        if pending is not None:
            apply_change(with_pending, pending)
        started = time.perf_counter()
        try:
            library = PersonalLibrary.open(folder)
        except Exception as exc:
            report.problems.append(f"kill {k}: open failed: {exc!r}")
            break
        report.open_s.append(time.perf_counter() - started)
        try:
            report.opens_ok += 1
            report.repaired += library.index_rebuilt
            problems = library.verify()
            if problems:
                report.problems.append(f"kill {k}: inconsistent: {problems[:3]}")
            else:
                report.consistent += 1
            actual = {e.id: e.sha256 for e in library.entries()}
        finally:
            library.close()
        if actual == state:
            report.state_ok += 1
            report.in_flight_dropped += pending is not None and with_pending != state
        elif pending is not None and actual == with_pending:
            report.state_ok += 1
            report.in_flight_applied += 1
            state = with_pending
        else:
            extra = sorted(actual.keys() ^ state.keys())[:3]
            report.problems.append(f"kill {k}: state differs from the finished changes {extra}")
            state = actual
        if pending is not None:
            next_change = pending + 1
        elif done:
            next_change = done[-1] + 1
        if log is not None:
            log(
                f"kill {k + 1}/{kills}: {len(done)} done, in flight {pending}, "
                f"{len(actual)} articles"
            )
    return report


# -- speed ------------------------------------------------------------------------------------

SPEED_QUERIES = (
    "gaji analis data",
    "keterampilan komunikasi",
    "perawat rumah sakit",
    "cara menjadi desainer grafis",
    "pelatihan sertifikat magang",
    "jenjang karier teknik",
    "tugas harian",
    "menyimpan data pelanggan",
    "wawancara kerja",
    "pertanian pupuk",
)


def _search_times(index_dir: Path) -> list[float]:
    """Seconds of each search of the query set, ten rounds, on a new Searcher."""
    from guide.search import Searcher

    searcher = Searcher(index_dir)
    times: list[float] = []
    try:
        for _ in range(10):
            for query in SPEED_QUERIES:
                started = time.perf_counter()
                searcher.search(query, limit=30)
                times.append(time.perf_counter() - started)
    finally:
        searcher.close()
    return times


def speed_run(folder: Path, articles: int, log: Any = None) -> dict[str, Any]:
    """Add ``articles`` generated articles; time each add, add-until-searchable, and search."""
    from guide.personal import PersonalLibrary
    from guide.personal_segments import segment_count
    from guide.search import Searcher

    docs = [make_doc(1_000_000 + n) for n in range(articles)]
    sizes = [len(d.text) for d in docs]
    add_s: list[float] = []
    tidy_s: list[float] = []
    add_cpu_s: list[float] = []  # this process's CPU time: steadier on a shared machine
    searchable_s: list[float] = []
    library = PersonalLibrary.open(folder)
    try:
        for n, doc in enumerate(docs):
            started, cpu = time.perf_counter(), time.process_time()
            result = library.add(doc)
            add_s.append(time.perf_counter() - started)
            add_cpu_s.append(time.process_time() - cpu)
            assert result.status == "imported", result
            if n % 10 == 0:
                searcher = Searcher(library.index_dir)
                found = searcher.search(marker(1_000_000 + n), limit=5).hits
                searchable_s.append(time.perf_counter() - started)
                searcher.close()
                assert found and found[0].article_id == doc.article_id, found
            started = time.perf_counter()
            library.tidy()  # as the app, after the article is searchable
            tidy_s.append(time.perf_counter() - started)
            if log is not None and n % 50 == 49:
                log(f"{n + 1} articles added")
        sections = len(library.all_sections())
        started = time.perf_counter()
        problems = library.verify()
        verify_s = time.perf_counter() - started
    finally:
        library.close()
    reopen_started = time.perf_counter()
    PersonalLibrary.open(folder).close()
    reopen_s = time.perf_counter() - reopen_started
    search_s = _search_times(library.index_dir)
    segments = segment_count(library.index_dir)
    library = PersonalLibrary.open(folder)
    try:
        started = time.perf_counter()
        library.optimize(min_segments=2)  # whatever the app's threshold
        optimize_s = time.perf_counter() - started
    finally:
        library.close()
    optimized_s = _search_times(library.index_dir)

    def ms(samples: list[float], q: float) -> float:
        return round(percentile(samples, q) * 1000, 1)

    return {
        "articles": articles,
        "sections": sections,
        "text_kb_p50": round(percentile(sizes, 50) / 1000, 1),
        "text_kb_max": round(max(sizes) / 1000, 1),
        "add_ms_p50": ms(add_s, 50),
        "add_ms_p95": ms(add_s, 95),
        "add_ms_max": round(max(add_s) * 1000, 1),
        "add_cpu_ms_p50": ms(add_cpu_s, 50),
        "add_cpu_ms_p95": ms(add_cpu_s, 95),
        "add_cpu_ms_max": round(max(add_cpu_s) * 1000, 1),
        "add_ms_first_10": ms(add_s[:10], 50),
        "add_ms_last_10": ms(add_s[-10:], 50),
        "searchable_ms_p50": ms(searchable_s, 50),
        "tidy_ms_p50": ms(tidy_s, 50),
        "tidy_ms_max": round(max(tidy_s) * 1000, 1),
        "tidy_s_total": round(sum(tidy_s), 1),
        "searchable_ms_max": round(max(searchable_s) * 1000, 1),
        "segments": segments,
        "search_ms_p50": ms(search_s, 50),
        "search_ms_p95": ms(search_s, 95),
        "optimize_ms": round(optimize_s * 1000, 1),
        "search_ms_p50_optimized": ms(optimized_s, 50),
        "search_ms_p95_optimized": ms(optimized_s, 95),
        "reopen_ms": round(reopen_s * 1000, 1),
        "verify_ms": round(verify_s * 1000, 1),
        "consistent": not problems,
    }


# -- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run both parts and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "START"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(Path(args.child[0]), int(args.child[1]))
        return 0

    def log(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr, flush=True)

    root = Path(tempfile.mkdtemp(prefix="bench-library-"))
    try:
        started = time.perf_counter()
        report = kill_run(root / "kills", args.kills, seed=args.seed, log=log)
        kill_s = time.perf_counter() - started
        speed = speed_run(root / "speed", args.articles, log=log)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    kills = {
        "kills": report.kills,
        "opens_ok": report.opens_ok,
        "consistent": report.consistent,
        "state_equals_finished_changes": report.state_ok,
        "changes_finished": report.changes_done,
        "in_flight_committed": report.in_flight_applied,
        "in_flight_dropped": report.in_flight_dropped,
        "opens_that_repaired_index": report.repaired,
        "killed_before_open_done": report.during_open,
        "open_ms_p50": round(percentile(report.open_s, 50) * 1000, 1),
        "open_ms_max": round(max(report.open_s, default=math.nan) * 1000, 1),
        "seconds": round(kill_s, 1),
        "problems": report.problems,
    }
    if args.json:
        print(json.dumps({"kill": kills, "speed": speed}, indent=1))
    else:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
        print(f"machine: {os.cpu_count()} CPUs, load {load:.2f}, Python {sys.version.split()[0]}")
        print("\nkill -9 during changes")
        for key, value in kills.items():
            print(f"  {key:32} {value}")
        print(f"\n{args.articles} generated articles in the library")
        for key, value in speed.items():
            print(f"  {key:32} {value}")
    ok = (
        not report.problems
        and report.opens_ok == report.consistent == report.state_ok == report.kills
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
