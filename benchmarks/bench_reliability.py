"""Kill -9 during builds and a full disk during a first run: does the app still start?

    uv run python benchmarks/bench_reliability.py [--kills 30] [--json]

1. ``--kills`` times: a first run (``python -m guide search gaji`` with an empty cache and no
   bundle, so it builds) is killed with SIGKILL at a random moment of its build; then a fresh
   start (the same command) must find working data. Counted: starts that worked, what the kill
   left behind (data in place / none / temporaries) and what was left after the next start.
2. A full disk: the user's cache on a 256 kB tmpfs (needs root; skipped otherwise). The CLI
   must end in one Indonesian line, the window must leave its busy bar for a message with
   "Coba lagi" (timed), and nothing half-written may stay in the cache.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, SEEDS, machine_info, print_json, print_table

NO_BUNDLE = "/nonexistent-bundle"
FIRST_RUN = (
    "import sys\n"
    "from pathlib import Path\n"
    "import guide.datadir as d\n"
    f"d.bundled_data_dir = lambda: Path({NO_BUNDLE!r})\n"
    "from guide.cli import main\n"
    "sys.exit(main(['search', 'gaji', '--limit', '1']))\n"
)
WINDOW = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "import guide.datadir as d\n"
    f"d.bundled_data_dir = lambda: Path({NO_BUNDLE!r})\n"
    "from ui.app import make_app\n"
    "app = make_app([])\n"
    "from ui.main_window import MainWindow\n"
    "win = MainWindow(); win.show(); started = time.perf_counter(); win.load_data()\n"
    "while win.loading.progress.isVisible() and time.perf_counter() - started < 60:\n"
    "    app.processEvents(); time.sleep(0.01)\n"
    "button = win.loading.retry_button\n"
    "print(round(time.perf_counter() - started, 2))\n"
    "print(win.loading.message.text())\n"
    "print(bool(button and button.isVisible()))\n"
)


def _env(cache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PANDUAN_CACHE_DIR": str(cache),
        "PANDUAN_DATA_DIR": str(cache.parent / "userdata"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _state(cache: Path) -> tuple[str, int]:
    """("in place" / "none", number of build temporaries) of the cache's data folder."""
    data = cache / "data"
    temps = [p for p in cache.glob(".data-*") if p.is_dir()] if cache.is_dir() else []
    return ("in place" if (data / "manifest.json").is_file() else "none"), len(temps)


def _run(script: str, cache: Path, **options) -> subprocess.CompletedProcess:
    """Run ``script`` (FIRST_RUN or WINDOW) in a fresh process with ``cache`` as the
    user's cache; its output captured as text."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=_env(cache),
        capture_output=True,
        text=True,
        **options,
    )


def _build_time(root: Path) -> float:
    started = time.perf_counter()
    _run(FIRST_RUN, root / "timing", check=True)
    return time.perf_counter() - started


def kills(root: Path, count: int, seed: int = 2026) -> dict:
    """Kill first runs at random moments; count what the next start finds."""
    rng = random.Random(seed)
    total = _build_time(root)
    rows, worked, after_kill = [], 0, {"in place": 0, "none": 0}
    leftovers_after_start = 0
    for n in range(count):
        cache = root / f"kill-{n}"
        if n % 2:  # half the kills hit a rebuild over an existing build (the swap)
            _run(FIRST_RUN, cache, check=True)
            (cache / "data" / "build.json").write_text("{}", encoding="utf-8")  # stale
        delay = rng.uniform(0.05, total)
        process = subprocess.Popen(
            [sys.executable, "-c", FIRST_RUN],
            cwd=REPO,
            env=_env(cache),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        placed, temps = _state(cache)
        after_kill[placed] += 1
        start = _run(FIRST_RUN, cache)
        ok = start.returncode == 0 and start.stdout.startswith("1. [")
        worked += ok
        _, left = _state(cache)
        leftovers_after_start += left
        rows.append((n + 1, f"{delay:.2f}", placed, temps, "ok" if ok else start.stderr[-80:]))
    print_table(("kill", "after s", "data after kill", "temporaries", "next start"), rows)
    return {
        "kills": count,
        "first_run_s": round(total, 2),
        "next_start_worked": worked,
        "after_kill": after_kill,
        "temporaries_left_after_next_start": leftovers_after_start,
    }


def full_disk(root: Path) -> dict:
    """A 256 kB cache: the CLI's message, the window's message and how long it took."""
    mount = root / "tiny"
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        return {"skipped": f"cannot mount a small tmpfs ({mounted.stderr.strip()[:60]})"}
    try:
        cache = mount / "cache"
        cli = _run(FIRST_RUN, cache)
        window = _run(WINDOW, cache, timeout=120)
        seconds, message, retry = ([*window.stdout.splitlines(), "", "", ""])[:3]
        left = sorted(p.name for p in cache.iterdir()) if cache.is_dir() else []
        result = {
            "cli_exit": cli.returncode,
            "cli_stderr": cli.stderr.strip(),
            "cli_lines": len(cli.stderr.strip().splitlines()),
            "window_message_after_s": seconds,
            "window_message": message,
            "window_retry_button": retry,
            "left_in_cache": left,
        }
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    for key, value in result.items():
        print(f"{key}: {value}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=30, help="how many first runs to kill")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    assert SEEDS.is_dir()
    root = Path(tempfile.mkdtemp(prefix="bench-reliability-"))
    try:
        print(f"# kill -9 during first runs ({args.kills}×)")
        killed = kills(root, args.kills)
        print(killed)
        print("\n# full disk (256 kB cache) during a first run")
        full = full_disk(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if args.json:
        print_json({"machine": machine_info(), "kills": killed, "full_disk": full})


if __name__ == "__main__":
    main()
