"""The packaged app: bundle size, zip size, and start-up of the frozen program next to a
minimal PySide6 window and the app run from source, in the same run.

Needs the PyInstaller build first (``dist/panduan-karier/`` and its zip)::

    uv run panduan-karier build && uv run pyinstaller --noconfirm build.spec
    uv run python benchmarks/bench_bundle.py [--json]

Sizes: every regular file of the folder (symbolic links, which the Linux bundle uses for Qt's
libraries, count once, as their target); the 15 largest files and folders; a breakdown by
kind; the zip.

Start-up, measured from outside, without any hook in the app: each program is a fresh
process, offscreen, with Qt's own debug categories ``qt.widgets.painting`` (one "Flushing …"
line each time a window's pixels are handed to the platform) and ``qt.widgets.showhide``
(every widget made visible, by class name) switched on through ``QT_LOGGING_RULES``. This
script reads the child's stderr as it comes and takes the time from spawning it to

* **window shown**: the first "Flushing" line, the first frame of the first window;
* **data ready** (the app only): the first flush after ``HomeView`` became visible, i.e. the
  home page with the roles, drawn once the worker thread has opened the data;

then terminates the child (peak RSS from ``os.wait4``, where there is one). Runs of the
programs alternate so machine noise hits them alike; figures are medians of 7 after one
warm-up each. Also timed: the whole ``--version`` process, frozen and from source. Runs from
source keep their bytecode (common.window_env), as the frozen one has it. Each
run gets an empty settings folder (so the app always opens on its home page); the bundled
data must be current (the build spec checks it), so nothing is rebuilt while timing.
"""

from __future__ import annotations

import collections
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import (
    MINIMAL_WINDOW,
    REPO,
    log,
    machine_info,
    parse_args,
    print_json,
    print_machine,
    print_table,
    time_window,
    window_env,
)

from guide import APP_ID, __version__

RUNS = 7
TOP = 15
TARGET_MB = 100.0  # the Linux one-folder bundle (issue 13: ≤ 100 MB with the import libraries)
TIMEOUT_S = 60.0
DIST = REPO / "dist"
BUNDLE = DIST / APP_ID
EXECUTABLE = BUNDLE / (f"{APP_ID}.exe" if sys.platform == "win32" else APP_ID)
BUILD_HINT = "uv run panduan-karier build && uv run pyinstaller --noconfirm build.spec"

# -- sizes -----------------------------------------------------------------------------------

KINDS = (  # first match wins; paths relative to the bundle, "/"-separated
    ("Qt libraries", ("_internal/PySide6/Qt/lib/", "_internal/PySide6/Qt6")),
    ("Qt plugins", ("_internal/PySide6/Qt/plugins/", "_internal/PySide6/plugins/")),
    ("Qt translations", ("_internal/PySide6/Qt/translations/", "_internal/PySide6/translations/")),
    (
        "PySide6/shiboken bindings",
        (
            "_internal/PySide6/",
            "_internal/shiboken6/",
            "_internal/libpyside",
            "_internal/libshiboken",
        ),
    ),
    ("Python runtime", ("_internal/libpython", "_internal/python3", "_internal/base_library.zip")),
    (
        "app data and Sastrawi",
        ("_internal/resources/", "_internal/seeds/", "_internal/guide/", "_internal/Sastrawi/"),
    ),
    ("executable (bootloader + Python code)", (f"{APP_ID}",)),
)


# What each dependency of the teachers' import adds (issue 13): the bundle's files under these
# top-level folders of _internal/ (lxml ships its C extensions and libxml2 inside its package).
IMPORT_DEPENDENCIES = (
    ("lxml (readability-lxml, python-docx)", ("lxml/", "lxml_html_clean/")),
    ("readability-lxml", ("readability/",)),
    ("cssselect", ("cssselect/",)),
    ("python-docx", ("docx/",)),
    ("pypdf", ("pypdf/",)),
    ("charset-normalizer", ("charset_normalizer/",)),
    ("chardet (readability)", ("chardet/",)),
    ("markdown-it-py + mdurl", ("markdown_it/", "mdurl/")),
    ("filelock", ("filelock/",)),
)


def dependency_sizes(files: dict[str, int]) -> dict[str, int]:
    """Bytes in the bundle of each dependency of :data:`IMPORT_DEPENDENCIES`."""
    out = {}
    for name, folders in IMPORT_DEPENDENCIES:
        prefixes = tuple(f"_internal/{f}" for f in folders)
        out[name] = sum(size for path, size in files.items() if path.startswith(prefixes))
    return out


def kind_of(relative: str) -> str:
    for kind, prefixes in KINDS:
        if relative.startswith(prefixes):
            return kind
    return "other shared libraries and files"


def bundle_sizes(root: Path) -> dict[str, Any]:
    """Total, per-kind, largest files and largest folders of the bundle folder."""
    files: dict[str, int] = {}
    links = 0
    for folder, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(folder, name)
            if path.is_symlink():
                links += 1
            elif name in filenames:
                files[path.relative_to(root).as_posix()] = path.stat().st_size
    folders: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for relative, size in files.items():
        kinds[kind_of(relative)] += size
        parts = relative.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders["/".join(parts[:depth]) + "/"] += size
    folders.pop("_internal/", None)
    return {
        "total_bytes": sum(files.values()),
        "files": len(files),
        "symlinks": links,
        "by_kind": dict(kinds.most_common()),
        "largest_files": dict(sorted(files.items(), key=lambda kv: -kv[1])[:TOP]),
        "largest_folders": dict(folders.most_common(TOP)),
        "import_dependencies": dependency_sizes(files),
    }


def find_zip() -> Path | None:
    candidates = sorted(DIST.glob(f"{APP_ID}-{__version__}-*.zip"))
    return candidates[-1] if candidates else None


# -- start-up --------------------------------------------------------------------------------


def time_process(command: list[str], env: dict[str, str]) -> float:
    """Seconds of one whole process (``--version``)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=REPO, capture_output=True, check=True, timeout=TIMEOUT_S)
    return time.perf_counter() - start


def startup(tmp: Path, quiet: bool) -> dict[str, Any]:
    base_env = window_env(tmp)
    programs = {
        "minimal PySide6 window (python -c)": ([sys.executable, "-c", MINIMAL_WINDOW], None),
        "Panduan Karier from source (python -m ui)": (
            [sys.executable, "-m", "ui"],
            "HomeView",
        ),
        # What bench_startup.py measures: the window without the CLI module's imports.
        "Panduan Karier from source (ui.app.run(), no CLI)": (
            [sys.executable, "-c", "import sys; from ui.app import run; sys.exit(run())"],
            "HomeView",
        ),
        "Panduan Karier frozen (dist/)": ([str(EXECUTABLE)], "HomeView"),
    }
    samples: dict[str, list[dict]] = {name: [] for name in programs}
    for i in range(RUNS + 1):
        log("warm-up runs…" if i == 0 else f"run {i}/{RUNS}", quiet)
        for name, (command, ready_widget) in programs.items():
            env = {**base_env, "XDG_CONFIG_HOME": tempfile.mkdtemp(dir=tmp, prefix="config-")}
            row = time_window(command, env, ready_widget)
            if i:
                samples[name].append(row)
    versions: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(RUNS):
        versions["frozen"].append(time_process([str(EXECUTABLE), "--version"], base_env))
        versions["source"].append(time_process([sys.executable, "-m", "ui", "--version"], base_env))

    def median(rows: list[dict], key: str) -> float | None:
        values = [r[key] for r in rows if r[key] is not None]
        return statistics.median(values) if values else None

    result: dict[str, Any] = {"runs": RUNS, "programs": {}}
    for name, rows in samples.items():
        result["programs"][name] = {
            "window_shown_s": median(rows, "shown"),
            "data_ready_s": median(rows, "ready") if programs[name][1] else None,
            "peak_mib": median(rows, "peak_mib"),
        }
    result["version_process_s"] = {k: statistics.median(v) for k, v in versions.items()}
    minimal = result["programs"]["minimal PySide6 window (python -c)"]["window_shown_s"]
    frozen = result["programs"]["Panduan Karier frozen (dist/)"]["window_shown_s"]
    result["frozen_vs_minimal_shown"] = frozen / minimal
    return result


# -- report ----------------------------------------------------------------------------------


def mb(size: int) -> str:
    return f"{size / 1e6:.1f}"


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    if not EXECUTABLE.is_file():
        print(f"No frozen app at {EXECUTABLE}; build it first: {BUILD_HINT}", file=sys.stderr)
        return 1
    info = machine_info()
    sizes = bundle_sizes(BUNDLE)
    archive = find_zip()
    zip_bytes = archive.stat().st_size if archive else None
    with tempfile.TemporaryDirectory() as tmp:
        timing = startup(Path(tmp), args.json)
    figures = {
        "machine": info,
        "bundle": str(BUNDLE),
        "bundle_bytes": sizes["total_bytes"],
        "bundle_files": sizes["files"],
        "bundle_symlinks": sizes["symlinks"],
        "by_kind_bytes": sizes["by_kind"],
        "largest_files_bytes": sizes["largest_files"],
        "largest_folders_bytes": sizes["largest_folders"],
        "import_dependencies_bytes": sizes["import_dependencies"],
        "zip": archive.name if archive else None,
        "zip_bytes": zip_bytes,
        "startup": timing,
    }
    if args.json:
        print_json(figures)
        return 0
    print_machine(info)
    total = sizes["total_bytes"]
    verdict = "ok" if total / 1e6 <= TARGET_MB else "OVER"
    print(
        f"Bundle {BUNDLE.relative_to(REPO)}: {mb(total)} MB ({total / 2**20:.1f} MiB), "
        f"{sizes['files']} files, {sizes['symlinks']} symbolic links "
        f"(target ≤ {TARGET_MB:.0f} MB on Linux: {verdict})"
    )
    if archive:
        print(f"Zip {archive.name}: {mb(zip_bytes)} MB ({zip_bytes / total:.0%} of the folder)\n")
    else:
        print("Zip: not found (build.spec writes it at the end)\n")
    print_table(
        ["kind", "MB", "share"],
        [[k, mb(v), f"{v / total:.0%}"] for k, v in sizes["by_kind"].items()],
    )
    print_table(
        [f"largest {TOP} files", "MB"], [[k, mb(v)] for k, v in sizes["largest_files"].items()]
    )
    print_table(
        [f"largest {TOP} folders", "MB"], [[k, mb(v)] for k, v in sizes["largest_folders"].items()]
    )
    deps = sizes["import_dependencies"]
    print_table(
        ["what the teachers' import adds", "MB"],
        [*([k, mb(v)] for k, v in deps.items()), ["all of them", mb(sum(deps.values()))]],
    )
    print(f"Start-up, median of {RUNS} fresh processes each (offscreen, settings empty):\n")
    rows = []
    for name, row in timing["programs"].items():
        ready, peak = row["data_ready_s"], row["peak_mib"]
        rows.append(
            [
                name,
                f"{row['window_shown_s']:.3f}",
                f"{ready:.3f}" if ready is not None else "—",
                f"{peak:.1f}" if peak is not None else "—",
            ]
        )
    print_table(["program", "window shown s", "data ready s", "peak MiB"], rows)
    version = timing["version_process_s"]
    print(
        f"`--version`, whole process: frozen {version['frozen']:.3f} s, "
        f"from source {version['source']:.3f} s"
    )
    print(f"frozen window shown / minimal window: {timing['frozen_vs_minimal_shown']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
