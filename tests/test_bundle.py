"""The frozen one-folder bundle (PyInstaller, build.spec), as a lab admin would install it:
copied, made read-only, run by an ordinary user with a fresh HOME and no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS

APP = "panduan-karier"

# About a minute of PyInstaller: run by default, skipped by `uv run pytest -m "not slow"`.
pytestmark = pytest.mark.slow


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the data, the translations and the bundle once per session (about a minute)."""
    from guide.build import build
    from guide.resources import bundled_data_dir
    from ui.i18n import compile_translations, translations_dir

    build(SEEDS, bundled_data_dir(), shared=True)  # the packaging step's input, as `build` makes it
    compile_translations(translations_dir())
    out = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(REPO / "build.spec"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return out / "dist" / APP


@pytest.fixture
def lab_copy(frozen: Path, tmp_path: Path) -> Path:
    """The bundle copied as an admin would, then made read-only."""
    copy = tmp_path / "lab" / APP
    shutil.copytree(frozen, copy, symlinks=True)
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o222)
    yield copy
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | 0o200)


def _run_as_student(exe: Path, args: list[str], home: Path, no_network: bool = False):
    """Run the frozen program as an unprivileged user (root ignores read-only files) with a
    fresh HOME; optionally in a network namespace where every connection fails."""
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o777)
    for folder in (*exe.parents, *home.parents):  # pytest's temp folders are 0700
        if folder.is_dir() and folder.owner() == "root" and str(folder).startswith("/tmp/"):
            folder.chmod(folder.stat().st_mode | 0o005)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    command = [str(exe), *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("setpriv is needed to run as an ordinary user")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    if no_network:
        if not shutil.which("unshare"):
            pytest.skip("unshare is needed to cut the network")
        command = (
            ["unshare", "--net", *command] if os.geteuid() == 0 else ["unshare", "-rn", *command]
        )
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_frozen_self_test_on_a_read_only_copy_writes_nothing_beside_it(
    lab_copy: Path, tmp_path: Path
) -> None:
    before = _snapshot(lab_copy)
    done = _run_as_student(lab_copy / APP, ["--self-test"], tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Uji mandiri: semua" in done.stdout
    assert "Tampilan" in done.stdout
    assert _snapshot(lab_copy) == before


def test_frozen_self_test_without_network(lab_copy: Path, tmp_path: Path) -> None:
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("network namespaces are not available here")
    done = _run_as_student(lab_copy / APP, ["--self-test"], tmp_path / "home", no_network=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Uji mandiri: semua" in done.stdout


def test_frozen_search_recovers_from_damaged_bundled_data(frozen: Path, tmp_path: Path) -> None:
    copy = tmp_path / "lab" / APP
    shutil.copytree(frozen, copy, symlinks=True)
    db = next(copy.rglob("resources/data/panduan.sqlite"))
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    home = tmp_path / "home"
    failed = _run_as_student(copy / APP, ["--self-test"], home)
    assert failed.returncode == 1 and "panduan.sqlite rusak" in failed.stdout
    done = _run_as_student(copy / APP, ["search", "menyimpan data", "--limit", "1"], home)
    assert done.returncode == 0, done.stderr
    assert "1. [" in done.stdout
    assert any(home.rglob("panduan.sqlite"))  # rebuilt into the user's cache, not beside it


def test_frozen_import_parses_in_its_worker_and_finds_the_article(
    lab_copy: Path, tmp_path: Path
) -> None:
    """The read-only program imports a teacher's files: each parsed by the frozen program's
    own worker (--import-worker; the second by a spare started with --preload meanwhile),
    stored in the user's folder, found by search; nothing is written beside the program."""
    before = _snapshot(lab_copy)
    files = tmp_path / "berkas"
    files.mkdir()
    for name in ("ahli-gizi.md", "panduan-jurusan.pdf"):
        shutil.copy(REPO / "tests" / "fixtures" / "import" / name, files / name)
    files.chmod(0o755)
    home = tmp_path / "home"
    done = _run_as_student(lab_copy / APP, ["import", *map(str, sorted(files.iterdir()))], home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("diimpor: ") == 2, done.stdout
    found = _run_as_student(lab_copy / APP, ["search", "ahli gizi puskesmas", "--limit", "1"], home)
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("1. [Artikel guru: guru-"), found.stdout
    assert _snapshot(lab_copy) == before
