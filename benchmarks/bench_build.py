"""Build-time benchmark: seeds/ → SQLite + Whoosh index with ``guide.build.build``.

Figures (all into a temporary folder, never resources/ or seeds/):

* import  — ``import guide.build`` in a fresh interpreter (measured inside it);
* cold    — one forced build in a fresh interpreter, timed inside it, so it includes loading
            the PySastrawi dictionary and filling the stem cache (median of several processes);
* warm    — median of N=7 forced builds in this process after one untimed build;
* no-op   — median of N=7 builds when the output is already up to date (hash check only).

Target (the issue): a build takes ≤ 1 s on a 2-core machine.

Run: ``uv run python benchmarks/bench_build.py [--json]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import (
    REPO,
    SEEDS,
    log,
    machine_info,
    parse_args,
    percentile,
    print_json,
    print_machine,
    print_table,
    time_once,
)

WARM_RUNS = 7
NOOP_RUNS = 7
COLD_PROCESSES = 3
TARGET_S = 1.0

# Runs in a fresh interpreter: times the import and one forced build, prints them as JSON.
_COLD_SCRIPT = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from guide.build import build
t1 = time.perf_counter()
report = build(Path(sys.argv[1]), Path(sys.argv[2]), force=True)
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "build_s": t2 - t1, "report_s": report.seconds,
                  "sections": report.sections, "articles": report.articles}))
"""


# What the cold figures are made of, each in its own fresh process (overlaps not subtracted).
_PARTS = {
    "import sqlite_utils": "import sqlite_utils",
    "import whoosh (index, fields, query)": "import whoosh.index, whoosh.fields, whoosh.query",
    "load the PySastrawi dictionary": (
        "from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
        "StemmerFactory().create_stemmer()"
    ),
}
_PART_SCRIPT = """
import sys, time
t0 = time.perf_counter()
exec(sys.argv[1])
print(time.perf_counter() - t0)
"""


def part_time(code: str) -> float:
    """Seconds ``code`` takes in a fresh Python process, timed inside it."""
    completed = subprocess.run(
        [sys.executable, "-c", _PART_SCRIPT, code],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(completed.stdout.strip().splitlines()[-1])


def cold_run(out_dir: Path) -> dict[str, Any]:
    """Import + one forced build in a fresh Python process; the process's own timings."""
    completed = subprocess.run(
        [sys.executable, "-c", _COLD_SCRIPT, str(SEEDS), str(out_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    """Measure, then print a table (or one JSON object with ``--json``)."""
    args = parse_args(__doc__.splitlines()[0])
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        root = Path(tmp)
        log(f"cold: {COLD_PROCESSES} fresh processes…", args.json)
        colds = [cold_run(root / f"cold{i}") for i in range(COLD_PROCESSES)]
        parts = {
            name: percentile([part_time(code) for _ in range(COLD_PROCESSES)], 50)
            for name, code in _PARTS.items()
        }

        from guide.build import build  # imported here so the cold runs come first

        out = root / "data"
        log(f"warm: 1 + {WARM_RUNS} forced builds in-process…", args.json)
        first_s, report = time_once(lambda: build(SEEDS, out, force=True))
        warm = [time_once(lambda: build(SEEDS, out, force=True))[0] for _ in range(WARM_RUNS)]
        log(f"no-op: {NOOP_RUNS} up-to-date builds…", args.json)
        noop = []
        for _ in range(NOOP_RUNS):
            seconds, result = time_once(lambda: build(SEEDS, out))
            if result.built:  # a sanity check of the set-up, not of the timing
                raise RuntimeError("the no-op build rebuilt: the output was not up to date")
            noop.append(seconds)

    cold_build = [c["build_s"] for c in colds]
    cold_import = [c["import_s"] for c in colds]
    figures = {
        "machine": info,
        "corpus": {"articles": report.articles, "sections": report.sections},
        "target_s": TARGET_S,
        "import_guide_build_s": {
            "median": percentile(cold_import, 50),
            "runs": cold_import,
        },
        "cold_build_s": {"median": percentile(cold_build, 50), "runs": cold_build},
        "cold_import_plus_build_s": {
            "median": percentile([c["import_s"] + c["build_s"] for c in colds], 50)
        },
        "cold_parts_s": parts,
        "first_in_process_build_s": first_s,
        "warm_build_s": {
            "median": percentile(warm, 50),
            "min": min(warm),
            "max": max(warm),
            "runs": warm,
        },
        "noop_build_s": {"median": percentile(noop, 50), "max": max(noop), "runs": noop},
    }
    if args.json:
        print_json(figures)
        return

    print("bench_build — seeds/ → SQLite + Whoosh index (guide.build.build)")
    print_machine(info)
    print(f"Corpus: {report.articles} articles, {report.sections} sections")
    print()

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f}"

    def verdict(seconds: float) -> str:
        return "ok" if seconds <= TARGET_S else "OVER"

    cold_med = figures["cold_build_s"]["median"]
    warm_med = figures["warm_build_s"]["median"]
    cold_total = figures["cold_import_plus_build_s"]["median"]
    rows = [
        [
            "import guide.build (fresh process)",
            ms(figures["import_guide_build_s"]["median"]),
            f"median of {COLD_PROCESSES}",
            "—",
            "",
        ],
        [
            "cold build, fresh process (incl. Sastrawi load)",
            ms(cold_med),
            f"median of {COLD_PROCESSES}: " + ", ".join(ms(s) for s in cold_build),
            "≤ 1000",
            verdict(cold_med),
        ],
        [
            "cold import + build",
            ms(cold_total),
            f"median of {COLD_PROCESSES}",
            "≤ 1000",
            verdict(cold_total),
        ],
        *(
            [f"  part: {name}", ms(seconds), f"median of {COLD_PROCESSES}, own process", "—", ""]
            for name, seconds in parts.items()
        ),
        ["first build in this process", ms(first_s), "1 run", "—", ""],
        [
            "warm forced build",
            ms(warm_med),
            f"median of {WARM_RUNS} (min {ms(min(warm))}, max {ms(max(warm))})",
            "≤ 1000",
            verdict(warm_med),
        ],
        [
            "no-op build (up to date)",
            ms(figures["noop_build_s"]["median"]),
            f"median of {NOOP_RUNS} (max {ms(max(noop))})",
            "—",
            "",
        ],
    ]
    print_table(["measure", "ms", "runs", "target ms", ""], rows)
    print("Target from the issue: ≤ 1 s per build on a 2-core machine.")


if __name__ == "__main__":
    main()
