"""Shared helpers for the benchmark scripts (not a test module).

Timing and percentiles, machine facts, table printing, the ``--json`` switch, the student query
set, the suggest() prefixes, and the deterministic synthetic corpus built from the seeds.
The scripts in this folder import it as ``common`` (their own folder is ``sys.path[0]``).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

from guide.store import BlockRecord, SectionRecord, Store

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# -- the query set ---------------------------------------------------------------------------

# Realistic student queries, grouped by what they exercise. Kept in one place so that every
# script (and a later CI job) measures the same thing.
QUERIES: tuple[str, ...] = (
    # Indonesian with affixes (the stemmer must map them onto the articles' forms)
    "menyimpan data",
    "pengembangan aplikasi",
    "keamanan server",
    "mengelola basis data",
    "merancang API",
    "bahasa pemrograman yang harus dipelajari",
    "kemampuan berkomunikasi",
    "jurusan kuliah",
    "optimasi kinerja",
    "tanggung jawab",
    # typos (spelling correction: search, no hit, correct, search again)
    "pemograman",
    "databse",
    "kemanan",
    "bakcend",
    "progamer",
    "servr",
    # English career words (synonyms to Indonesian)
    "salary",
    "skill",
    "skills",
    "company",
    "career",
    "soft skill",
    "problem solving",
    "job description",
    # technical terms kept whole
    "node.js",
    "ci/cd",
    "HTML5",
    "AWS Lambda",
    "python",
    "docker",
    "REST API",
    "c++",
    # multi-word questions
    "apa tugas backend developer",
    "berapa gaji backend engineer",
    "front end",
    "perbedaan backend dan frontend",
    "cara menjadi backend developer",
    "apa itu API",
    "skill yang dibutuhkan backend engineer",
    "lulusan SMK bisa jadi backend",
)

# Prefixes a student types letter by letter (1, 2, 3 and 5 letters of a few words).
SUGGEST_PREFIXES: tuple[str, ...] = (
    "p",
    "pe",
    "pem",
    "pemro",
    "d",
    "da",
    "dat",
    "datab",
    "b",
    "ba",
    "bac",
    "backe",
    "s",
    "se",
    "ser",
    "serve",
    "k",
    "ke",
    "kea",
    "keama",
)

# -- timing ----------------------------------------------------------------------------------


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``samples``, linear interpolation between ranks."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * q / 100.0
    lo, hi = math.floor(rank), math.ceil(rank)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


def summarize_ms(samples_s: Sequence[float]) -> dict[str, float]:
    """p50/p95/max/mean in milliseconds (rounded to µs) of samples given in seconds."""
    ms = [s * 1000.0 for s in samples_s]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "max_ms": round(max(ms), 3) if ms else math.nan,
        "mean_ms": round(sum(ms) / len(ms), 3) if ms else math.nan,
    }


def time_once(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call of ``fn``."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def time_repeated(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds of ``repeat`` calls of ``fn`` after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


# -- machine facts, output -------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _version(name: str) -> str:
    try:
        return importlib_metadata.version(name)
    except importlib_metadata.PackageNotFoundError:
        return "?"


def machine_info() -> dict[str, Any]:
    """CPU count, CPU model, Python, platform and the versions of the libraries measured."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count()
    return {
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "whoosh_reloaded": _version("whoosh-reloaded"),
        "pysastrawi": _version("PySastrawi"),
    }


def print_machine(info: dict[str, Any]) -> None:
    """The machine facts, one line each, for the top of a report."""
    print(f"CPU: {info['cpu_count']} logical ({info['cpu_usable']} usable), {info['cpu_model']}")
    print(f"Python: {info['python']} ({info['implementation']}), {info['platform']}")
    print(
        f"Libraries: SQLite {info['sqlite']}, whoosh-reloaded {info['whoosh_reloaded']}, "
        f"PySastrawi {info['pysastrawi']}"
    )
    print()


def fmt_ms(value: float) -> str:
    """A millisecond figure for a table cell."""
    if math.isnan(value):
        return "—"
    if value >= 100:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A plain-text table: left-aligned text, right-aligned numbers."""
    cells = [[str(c) for c in row] for row in rows]
    raw_rows = [list(row) for row in cells]
    widths = [len(h) for h in headers]
    for row in raw_rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def numeric(cell: str) -> bool:
        return bool(re.fullmatch(r"[-+]?[\d.,]+[a-z%×x]*", cell))

    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in raw_rows:
        print(
            "  ".join(
                c.rjust(w) if numeric(c) else c.ljust(w) for c, w in zip(row, widths, strict=True)
            )
        )
    print()


def parse_args(description: str, argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The common command line: ``--json`` prints one JSON object instead of tables."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--json", action="store_true", help="print the figures as one JSON object on stdout"
    )
    return parser.parse_args(argv)


def log(message: str, quiet: bool) -> None:
    """Progress on stderr (silent in --json mode, so stdout stays one JSON object)."""
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def print_json(figures: dict[str, Any]) -> None:
    """The figures as one JSON object on stdout."""
    json.dump(figures, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    print()


# -- a window's start-up, seen from outside -------------------------------------------------

# The reference for start-up ratios: a minimal PySide6 window, run to its event loop.
MINIMAL_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
app = QApplication([])
tabs = QTabWidget(); tabs.addTab(QLabel("Halo"), "Tab"); tabs.resize(1024, 768); tabs.show()
app.exec()
"""

# Qt's own debug categories mark the frames: one "Flushing …" line each time a window's pixels
# are handed to the platform (qt.widgets.painting), and every widget made visible, by class
# name (qt.widgets.showhide). No hook in the program timed.
QT_LOG_ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "QT_LOGGING_RULES": "qt.widgets.painting.debug=true;qt.widgets.showhide.debug=true",
    "QT_MESSAGE_PATTERN": "%{category}: %{message}",
    "QT_FORCE_STDERR_LOGGING": "1",  # a windowed Windows program would log to the debugger
}
WINDOW_TIMEOUT_S = 60.0


def window_env(root: Path) -> dict[str, str]:
    """The environment of a timed window: QT_LOG_ENV, a fresh HOME and app folders in
    ``root``, and Python's bytecode cached in ``root`` as on any real install (pip and uv
    write ``__pycache__``, PyInstaller bundles ``.pyc``) even when the shell sets
    PYTHONDONTWRITEBYTECODE, which would recompile every module on every start."""
    env = {
        **os.environ,
        **QT_LOG_ENV,
        "HOME": str(root),
        "XDG_CACHE_HOME": str(root / "cache"),  # fontconfig's cache, kept between runs
        "PANDUAN_CACHE_DIR": str(root / "app-cache"),
        "PANDUAN_DATA_DIR": str(root / "app-data"),
        "PYTHONPYCACHEPREFIX": str(root / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _reap(proc: subprocess.Popen) -> float | None:
    """Wait for the child; its peak RSS in MiB where the OS reports it (Linux, macOS)."""
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB else
        return usage.ru_maxrss / scale
    proc.wait()
    return None


def time_window(command: list[str], env: dict[str, str], ready_widget: str | None) -> dict:
    """Spawn ``command`` (with QT_LOG_ENV in ``env``); seconds from the spawn to its first
    frame and (with ``ready_widget``) to the first frame after that widget became visible;
    then terminate it. Also its peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    watchdog = threading.Timer(WINDOW_TIMEOUT_S, proc.kill)
    watchdog.start()
    shown = ready = None
    widget_visible = False
    other: collections.deque[str] = collections.deque(maxlen=8)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.perf_counter() - start
            if "qt.widgets.painting: Flushing" in line:
                shown = now if shown is None else shown
                if ready_widget is None or widget_visible:
                    ready = now
                    break
            elif ready_widget and f"visibility of {ready_widget}(" in line and "to true" in line:
                widget_visible = True
            elif not line.startswith("qt.widgets."):
                other.append(line.rstrip())
    finally:
        watchdog.cancel()
        proc.terminate()
        peak = _reap(proc)
        if proc.stderr:
            proc.stderr.close()
    if ready is None:
        detail = " | ".join(other) or "no output"
        raise RuntimeError(f"{command[0]}: no frame (window shown {shown}); stderr: {detail}")
    return {"shown": shown, "ready": ready, "peak_mib": peak}


# -- corpora ---------------------------------------------------------------------------------


def load_sections(db_path: Path) -> list[tuple[SectionRecord, str]]:
    """(section, article title) pairs of a built database, as ``guide.index.write_index`` takes."""
    db = Store(db_path)
    try:
        titles = {a.id: a.title for a in db.articles()}
        return [(s, titles[s.article_id]) for s in db.all_sections()]
    finally:
        db.close()


SYNTHETIC_SIZE = 10_000
SYNTHETIC_SEED = 2024
SYNTHETIC_METHOD = (
    "random.Random(2024); sentence pool = every sentence of every seed section (blocks split "
    "after . ! ? followed by a space). Synthetic section i (id 'syn-00001'..'syn-10000') "
    "takes the heading, article id and article title of a seed section chosen at random, "
    "and 2-6 sentences drawn without replacement from the whole pool in random order "
    "(one paragraph block each). Vocabulary and term distributions stay those of the seeds; "
    "only the number of sections (and so the posting-list lengths) grows."
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str) -> list[str]:
    """The sentences of a block of text (a cheap split after . ! ? and whitespace)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.split()) >= 2]


def sentence_pool(seeds: Sequence[tuple[SectionRecord, str]]) -> list[str]:
    """Every sentence of every block of the seed sections, in order."""
    return [
        sentence
        for section, _ in seeds
        for block in (section.blocks or (BlockRecord("paragraph", section.text, 0, 0),))
        for sentence in split_sentences(block.text)
    ]


def synthetic_sections(
    seeds: Sequence[tuple[SectionRecord, str]],
    size: int = SYNTHETIC_SIZE,
    seed: int = SYNTHETIC_SEED,
) -> list[tuple[SectionRecord, str]]:
    """``size`` deterministic sections made of the seeds' headings and sentences."""
    rng = random.Random(seed)
    pool = sentence_pool(seeds)
    out = []
    for i in range(1, size + 1):
        model, title = seeds[rng.randrange(len(seeds))]
        sentences = rng.sample(pool, rng.randint(2, 6))
        blocks, offset = [], 0
        for sentence in sentences:
            blocks.append(BlockRecord("paragraph", sentence, offset, offset + len(sentence)))
            offset += len(sentence) + 2
        text = "\n\n".join(sentences)
        record = SectionRecord(
            id=f"syn-{i:05d}",
            article_id=model.article_id,
            ordinal=i,
            heading=model.heading,
            level=model.level,
            start=0,
            end=len(text),
            text=text,
            blocks=tuple(blocks),
        )
        out.append((record, title))
    return out
