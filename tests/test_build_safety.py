"""Issue 10, points 1, 3–6 and 10: a build never empties a folder that is not its own, survives
kills and races, ignores the umask, and a bundle another account cannot read is rebuilt."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from guide import datadir, outdir
from guide.build import build, is_current
from guide.cli import main
from guide.manifest import verify_manifest
from tests.conftest import REPO, SEEDS


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


# -- 1. never empty a folder that is not a build of ours --------------------------------------


def test_build_refuses_a_folder_holding_other_files(tmp_path, capsys) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "skripsi.docx").write_bytes(b"years of work")
    assert main(["build", "--seeds", str(SEEDS), "--out", str(documents)]) == 1
    assert "skripsi.docx" in _one_line_error(capsys)
    assert (documents / "skripsi.docx").read_bytes() == b"years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]


def test_build_never_replaces_the_seeds(tmp_path, capsys) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    before = sorted(p.relative_to(seeds) for p in seeds.rglob("*"))
    assert main(["build", "--seeds", str(seeds), "--out", str(seeds)]) == 1
    assert "seeds" in _one_line_error(capsys)
    assert main(["build", "--seeds", str(seeds), "--out", str(seeds / "data")]) == 1
    assert "seeds" in _one_line_error(capsys)
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path)]) == 1  # holds seeds
    _one_line_error(capsys)
    assert sorted(p.relative_to(seeds) for p in seeds.rglob("*")) == before


def test_build_out_dot_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--seeds", str(SEEDS), "--out", "."]) == 1
    assert "notes.txt" in _one_line_error(capsys)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_build_replaces_an_empty_folder_and_an_earlier_build(tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert build(SEEDS, out).built
    assert build(SEEDS, out, force=True).built  # its own earlier build: replaced
    assert is_current(out, SEEDS) and verify_manifest(out) == []


# -- 3. interrupted builds: stale temporaries, a kill inside the swap -------------------------


def test_next_build_removes_stale_temporaries(tmp_path) -> None:
    out = tmp_path / "data"
    stale = [".data-abcd1234", ".data-old-123456", ".data-build-xyz_9"]
    for name in stale:
        (tmp_path / name / "index").mkdir(parents=True)
        (tmp_path / name / "panduan.sqlite").write_bytes(b"half")
    build(SEEDS, out)
    assert not [name for name in stale if (tmp_path / name).exists()]
    assert (tmp_path / "keep-me").mkdir() is None  # an unrelated sibling is never touched
    build(SEEDS, out, force=True)
    assert (tmp_path / "keep-me").is_dir()


_KILL_IN_SWAP = """
import os, sys
from pathlib import Path
from guide import build, outdir
real = outdir.swap_in
def killed_after_first_rename(new, target):
    target.rename(target.with_name(f".{target.name}-old-1"))
    os._exit(9)  # like kill -9 between the two renames
outdir.swap_in = killed_after_first_rename
build.build(Path(sys.argv[1]), Path(sys.argv[2]), force=True)
"""


def test_a_kill_inside_the_swap_leaves_old_or_new_in_place(tmp_path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    target = cache / datadir.CACHE_DATA_DIRNAME
    build(SEEDS, target)
    done = subprocess.run(
        [sys.executable, "-c", _KILL_IN_SWAP, str(SEEDS), str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr
    assert not target.exists()  # the moment the kill left behind
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(cache))
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: tmp_path / "no-bundle")
    found = datadir.find_data(SEEDS)  # the next start puts a complete copy back
    assert found is not None and found.directory == target
    assert verify_manifest(target) == [] and is_current(target, SEEDS)
    assert sorted(p.name for p in cache.iterdir() if p.is_dir()) == ["data"]


def test_recovery_ignores_an_incomplete_copy(tmp_path) -> None:
    target = tmp_path / "data"
    build(SEEDS, target)
    target.rename(tmp_path / ".data-old-5")
    half = tmp_path / ".data-build-abc"
    half.mkdir()
    (half / "panduan.sqlite").write_bytes(b"half")  # no manifest: never complete
    assert outdir.recover(target)
    assert verify_manifest(target) == [] and not half.exists()


# -- 4. two first runs at once ----------------------------------------------------------------

_FIRST_RUN = """
import sys
from pathlib import Path
from guide import datadir
datadir.bundled_data_dir = lambda: Path(sys.argv[1])
location = datadir.ensure_data(Path(sys.argv[2]))
print(location.directory)
"""


def test_two_first_runs_at_once_both_get_the_data(tmp_path) -> None:
    env = {**os.environ, "PANDUAN_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", _FIRST_RUN, str(tmp_path / "none"), str(SEEDS)]
    runs = [
        subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0, err.decode()
        assert out.decode().strip() == str(tmp_path / "cache" / "data")
    assert verify_manifest(tmp_path / "cache" / "data") == []
    leftovers = [p.name for p in (tmp_path / "cache").iterdir() if p.is_dir() and p.name != "data"]
    assert leftovers == []


def test_a_second_run_waits_for_the_first_and_reuses_its_build(
    tmp_path, data_dir, monkeypatch
) -> None:
    import threading
    import time

    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: tmp_path / "no-bundle")
    target = datadir.cache_data_dir()
    target.parent.mkdir(parents=True)
    found = []
    with outdir.locked(target):  # the first run is building
        second = threading.Thread(target=lambda: found.append(datadir.ensure_data(SEEDS)))
        second.start()
        time.sleep(0.5)
        assert second.is_alive()  # waits instead of building beside the first
        shutil.copytree(data_dir, target)  # the first run's result
        outdir.set_modes(target, shared=False)
        inode = (target / "panduan.sqlite").stat().st_ino
    second.join(timeout=120)
    assert found and found[0].directory == target
    assert (target / "panduan.sqlite").stat().st_ino == inode  # reused, not rebuilt


# -- 5. umask 002: explicit modes, privacy by owner and mode ----------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
@pytest.mark.parametrize("shared", [False, True])
def test_a_build_under_umask_002_is_accepted(tmp_path, shared: bool) -> None:
    old = os.umask(0o002)
    try:
        build(SEEDS, tmp_path / "data", shared=shared)
    finally:
        os.umask(old)
    data = tmp_path / "data"
    for path in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert not mode & (stat.S_IWGRP | stat.S_IWOTH), (path, oct(mode))
        assert bool(mode & stat.S_IROTH) == shared, (path, oct(mode))
    assert datadir.problems(data, SEEDS) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_group_writable_file_inside_is_refused(tmp_path) -> None:
    data = tmp_path / "data"
    build(SEEDS, data)
    toc = next((data / "index").glob("*.toc"))
    toc.chmod(0o664)
    assert datadir.problems(data, SEEDS) == [datadir.WRITABLE]


# -- 6. a bundle this account cannot read -----------------------------------------------------


def test_unreadable_bundle_is_rebuilt_into_the_cache(tmp_path, data_dir, monkeypatch) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(data_dir, bundle)
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: bundle)

    def denied(directory: Path) -> list[str]:
        if directory == bundle:
            raise PermissionError(13, "Permission denied", str(bundle / "manifest.json"))
        return verify_manifest(directory)

    monkeypatch.setattr(datadir, "verify_manifest", denied)
    assert datadir.problems(bundle, SEEDS) == [datadir.UNREADABLE]
    location = datadir.ensure_data(SEEDS)
    assert not location.bundled and location.directory == datadir.cache_data_dir()
    assert location.notice.startswith("Data bawaan program tidak dapat dibaca")

    from guide import selftest

    checks = list(selftest.data_checks())  # no traceback: a failed line naming the reason
    assert not checks[0].passed and datadir.UNREADABLE in checks[0].detail


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_really_unreadable_bundle_is_rebuilt(tmp_path, data_dir, monkeypatch) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(data_dir, bundle)
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: bundle)
    bundle.chmod(0)
    try:
        location = datadir.ensure_data(SEEDS)
    finally:
        bundle.chmod(0o755)
    assert not location.bundled and "tidak dapat dibaca" in location.notice


# -- 2 (CLI). a full disk is one line, and the earlier data stays -----------------------------


def test_full_disk_during_build_is_one_line(tmp_path, capsys, monkeypatch) -> None:
    out = tmp_path / "out"
    build(SEEDS, out)
    before = sorted(p.name for p in out.rglob("*"))

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("guide.store.write_database", full)
    assert main(["build", "--force", "--seeds", str(SEEDS), "--out", str(out)]) == 1
    assert "Ruang disk penuh" in _one_line_error(capsys)
    assert sorted(p.name for p in out.rglob("*")) == before and verify_manifest(out) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out-")] == []


def test_an_unexpected_error_is_one_line_and_logged(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("guide.store.write_database", lambda *a, **k: 1 / 0)
    assert main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "out")]) == 1
    line = _one_line_error(capsys)
    assert "ZeroDivisionError" in line and "log" in line
    from guide.logs import log_path

    assert "ZeroDivisionError" in log_path().read_text(encoding="utf-8")


# -- 10. a console or file that is not UTF-8 ---------------------------------------------------


def test_cli_output_survives_a_cp1252_stdout(tmp_path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    env["PANDUAN_CACHE_DIR"] = str(tmp_path / "cache")
    out = tmp_path / "out"
    printed = {}
    for command in (
        ["build", "--seeds", str(SEEDS), "--out", str(out)],
        ["search", "pemograman", "--limit", "1"],
        ["export", "--role", "backend-developer"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "guide", *command], cwd=REPO, env=env, capture_output=True
        )
        assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
        assert b"Traceback" not in done.stderr
        printed[command[0]] = done.stdout.decode("cp1252")
    assert printed["build"].startswith("Dibangun: 5 artikel") and " ? " in printed["build"]
    assert "«pemrograman»" in printed["search"]  # cp1252 holds « and »
    assert "Backend Developer" in printed["export"]
