"""Whole-process start-up of the app to its main window shown, next to a minimal PySide6
window (QTabWidget + QLabel) in the same run, and the peak memory of each.

Each run is a fresh ``python`` process, started the way ``panduan-karier`` starts
(``ui.app.run()``: QApplication, language, main window, event loop; the CLI module's imports
left out, bench_bundle.py times those) or the minimal window's few lines with ``app.exec()``.
Both are timed from outside, with no hook in the program, as bench_bundle.py does: Qt's own
debug logging (``qt.widgets.painting``) prints a line each time a window's pixels are handed
to the platform, and this script takes the time from the spawn to

* **window shown**: the first frame of the first window;
* **data ready** (the app only): the first frame after ``HomeView`` became visible, i.e. the
  home page with the roles, drawn once the worker thread has opened the data;

then ends the child; peak memory is its ``ru_maxrss`` (the app's, at data ready). Runs of the
two programs alternate so machine noise hits both alike; figures are medians after one
warm-up each. Offscreen platform; the data already built in a temporary user cache (the
first-run build is measured by bench_build.py); settings empty on each run; Python's
bytecode cached (common.window_env).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from common import (
    MINIMAL_WINDOW,
    SEEDS,
    log,
    machine_info,
    parse_args,
    print_json,
    print_machine,
    print_table,
    time_window,
    window_env,
)

RUNS = 11
TIME_TARGET = 1.3  # ≤ 1.3× the minimal window's start-up
MEMORY_TARGET = 2.0  # ≤ 2× its peak memory

APP = "import sys; from ui.app import run; sys.exit(run())"


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    info = machine_info()
    minimal: list[dict] = []
    app: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = window_env(root)
        from guide.build import build
        from guide.datadir import cache_data_dir

        os.environ["PANDUAN_CACHE_DIR"] = env["PANDUAN_CACHE_DIR"]
        build(SEEDS, cache_data_dir())
        for i in range(RUNS + 1):
            log("warm-up runs…" if i == 0 else f"run {i}/{RUNS}", args.json)
            for rows, command, ready in (
                (minimal, [sys.executable, "-c", MINIMAL_WINDOW], None),
                (app, [sys.executable, "-c", APP], "HomeView"),
            ):
                config = tempfile.mkdtemp(dir=tmp, prefix="config-")
                row = time_window(command, {**env, "XDG_CONFIG_HOME": config}, ready)
                if i:
                    rows.append(row)

    def median(rows: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    figures = {
        "machine": info,
        "runs": RUNS,
        "minimal_shown_s": median(minimal, "shown"),
        "app_shown_s": median(app, "shown"),
        "app_data_ready_s": median(app, "ready"),
        "minimal_peak_mib": median(minimal, "peak_mib"),
        "app_peak_mib": median(app, "peak_mib"),
        "ratios_per_run": [a["shown"] / m["shown"] for a, m in zip(app, minimal, strict=True)],
    }
    figures["time_ratio"] = figures["app_shown_s"] / figures["minimal_shown_s"]
    figures["memory_ratio"] = figures["app_peak_mib"] / figures["minimal_peak_mib"]
    if args.json:
        print_json(figures)
        return
    print_machine(info)
    print(f"\nMedian of {RUNS} fresh processes each (offscreen, data already built):\n")
    print_table(
        ["program", "window shown s", "data ready s", "peak MiB"],
        [
            [
                "minimal PySide6 window",
                f"{figures['minimal_shown_s']:.3f}",
                "—",
                f"{figures['minimal_peak_mib']:.1f}",
            ],
            [
                "Panduan Karier",
                f"{figures['app_shown_s']:.3f}",
                f"{figures['app_data_ready_s']:.3f}",
                f"{figures['app_peak_mib']:.1f}",
            ],
        ],
    )
    ok_time = "ok" if figures["time_ratio"] <= TIME_TARGET else "OVER"
    ok_mem = "ok" if figures["memory_ratio"] <= MEMORY_TARGET else "OVER"
    ratios = sorted(figures["ratios_per_run"])
    print(f"start-up ratio {figures['time_ratio']:.2f}× (target ≤ {TIME_TARGET}×: {ok_time})")
    print(f"  per run (app ÷ minimal of the same round): {ratios[0]:.2f}× to {ratios[-1]:.2f}×")
    print(f"memory ratio   {figures['memory_ratio']:.2f}× (target ≤ {MEMORY_TARGET}×: {ok_mem})")


if __name__ == "__main__":
    main()
