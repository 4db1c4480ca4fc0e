"""Whole-process start-up of the app to its main window shown, next to a minimal PySide6
window (QTabWidget + QLabel) in the same run, and the peak memory of each.

Each run is a fresh ``python`` process started by this script; the child prints how long after
the parent's spawn time its window was shown (``QWindow`` exposed after ``show()``), then, for
the app, when its data was open and ready, and its peak RSS (``ru_maxrss``). Runs of the two
programs alternate so machine noise hits both alike. Offscreen platform, data already built in
a temporary user cache (the first-run build is measured by bench_build.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    REPO,
    SEEDS,
    log,
    machine_info,
    parse_args,
    print_json,
    print_machine,
    print_table,
)

RUNS = 7
TIME_TARGET = 1.3  # ≤ 1.3× the minimal window's start-up
MEMORY_TARGET = 2.0  # ≤ 2× its peak memory

_REPORT = """
import json, resource, sys, time
def report(**extra):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mib": peak, **extra}), flush=True)
"""

MINIMAL = (
    _REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
app = QApplication([])
tabs = QTabWidget(); tabs.addTab(QLabel("Halo"), "Tab"); tabs.resize(1024, 768); tabs.show()
app.processEvents()
shown = time.time() - START
QTimer.singleShot(0, lambda: (report(shown=shown), app.quit()))
app.exec()
"""
)

APP = (
    _REPORT
    + """
from ui.app import make_app, open_main_window
app = make_app([])
window = open_main_window(app)  # what `panduan-karier` does: language, window, data loading
window.resize(1024, 768)
app.processEvents()
shown = time.time() - START
from PySide6.QtCore import QTimer
def poll():
    if window.library is not None:
        report(shown=shown, ready=time.time() - START)
        window.close(); app.quit()
    elif not window.loading.progress.isVisible() and window.stack.currentWidget() is window.loading:
        print(window.loading.message.text(), file=sys.stderr); app.exit(1)
timer = QTimer(); timer.timeout.connect(poll); timer.start(5)
app.exec()
"""
)


def run_child(code: str, env: dict[str, str]) -> dict[str, float]:
    """Start one fresh process; return what it reported."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", f"START = {start!r}\n{code}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "child failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    info = machine_info()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PANDUAN_CACHE_DIR": str(Path(tmp) / "cache"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "HOME": tmp,
        }
        from guide.build import build
        from guide.datadir import cache_data_dir

        os.environ["PANDUAN_CACHE_DIR"] = env["PANDUAN_CACHE_DIR"]
        build(SEEDS, cache_data_dir())
        log("warm-up runs…", args.json)
        run_child(MINIMAL, env)
        run_child(APP, env)
        minimal, app = [], []
        for i in range(RUNS):
            log(f"run {i + 1}/{RUNS}", args.json)
            minimal.append(run_child(MINIMAL, env))
            app.append(run_child(APP, env))

    def median(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    figures = {
        "machine": info,
        "runs": RUNS,
        "minimal_shown_s": median(minimal, "shown"),
        "app_shown_s": median(app, "shown"),
        "app_data_ready_s": median(app, "ready"),
        "minimal_peak_mib": median(minimal, "peak_mib"),
        "app_peak_mib": median(app, "peak_mib"),
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
    print(f"\nstart-up ratio {figures['time_ratio']:.2f}× (target ≤ {TIME_TARGET}×: {ok_time})")
    print(f"memory ratio   {figures['memory_ratio']:.2f}× (target ≤ {MEMORY_TARGET}×: {ok_mem})")


if __name__ == "__main__":
    main()
