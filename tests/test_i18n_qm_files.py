"""The .qm files: where they come from (the program's, else compiled into the user's cache)
and what a damaged or half-written one does (a full disk while compiling, a killed compile,
a file of another kind): never used, compiled again, the app still starts."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.test_i18n import APP_TS, QT_TS
from ui import i18n

# -- where the .qm files come from -----------------------------------------------------------


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A program folder holding only the .ts sources (a source checkout before a build)."""
    folder = tmp_path / "program" / "translations"
    folder.mkdir(parents=True)
    for ts in (APP_TS, QT_TS):
        (folder / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def test_missing_qm_is_compiled_into_the_users_cache(program: Path) -> None:
    found = i18n.qm_directory()
    assert found == i18n.cache_qm_dir()
    assert sorted(p.name for p in found.glob("*.qm")) == ["panduan_en.qm", "qt_id.qm"]
    assert not list(program.glob("*.qm"))  # never next to the program


def test_stale_qm_is_compiled_again(program: Path) -> None:
    cache = i18n.qm_directory()
    qm = cache / "panduan_en.qm"
    old = (program / "panduan_en.ts").stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert i18n.qm_directory() == cache
    assert qm.stat().st_mtime > old


def test_current_program_qm_is_used_as_is(program: Path) -> None:
    i18n.compile_translations(program)
    assert i18n.qm_directory() == program
    assert not i18n.cache_qm_dir().exists()


def test_without_lrelease_the_app_still_starts(
    qapp: QApplication, program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    assert i18n.qm_directory() is None
    try:
        i18n.install(qapp, "en")  # no catalogue to load: the source strings stay
        assert QLabel.tr("Berbeda") == "Berbeda"
    finally:
        i18n.uninstall(qapp)


# -- damaged .qm files: a full cache while compiling ----------------------------------------

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _fake_lrelease(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Stand in for pyside6-lrelease: a script run as ``lrelease -silent TS -qm OUT``."""
    script = tmp_path / "fake-lrelease"
    script.write_text(f'#!/bin/sh\nout="$4"\n{body}\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(i18n, "find_tool", lambda name: script)


def _damage(qm: Path, keep: int) -> None:
    """Cut ``qm`` to its first ``keep`` bytes and date it after every .ts (so that, by mtime
    alone, it looks current)."""
    qm.write_bytes(qm.read_bytes()[:keep])
    future = time.time() + 3600
    os.utime(qm, (future, future))


@pytest.mark.skipif(sys.platform == "win32", reason="the fake lrelease is a shell script")
@pytest.mark.parametrize(
    "body",
    [
        ': > "$out"; exit 0',  # a full disk that lrelease does not notice: 0 bytes, success
        'head -c 100 "$GOOD_QM" > "$out"; exit 0',  # truncated, success
        'head -c 100 "$GOOD_QM" > "$out"; exit 1',  # truncated, failure
    ],
    ids=["empty", "truncated", "failed"],
)
def test_failed_compile_leaves_no_empty_or_partial_qm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qm_dir: Path, body: str
) -> None:
    """The original failure: lrelease on a full disk wrote 0 bytes and the file was renamed
    into place. Now nothing is renamed unless it is a valid catalogue, an old good .qm stays,
    and no temporary file is left behind."""
    monkeypatch.setenv("GOOD_QM", str(qm_dir / "panduan_en.qm"))
    out = tmp_path / "out"
    out.mkdir()
    good = (qm_dir / "qt_id.qm").read_bytes()
    (out / "qt_id.qm").write_bytes(good)
    _fake_lrelease(tmp_path, monkeypatch, body)
    with pytest.raises(i18n.TranslationError, match=re.escape("panduan_en.ts")):
        i18n.compile_translations(out, [APP_TS])
    with pytest.raises(i18n.TranslationError, match=re.escape("qt_id.ts")):
        i18n.compile_translations(out, [QT_TS])
    assert sorted(p.name for p in out.iterdir()) == ["qt_id.qm"]  # no .qm.part either
    assert (out / "qt_id.qm").read_bytes() == good


def test_full_disk_at_fsync_leaves_the_old_qm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qm_dir: Path
) -> None:
    """A full disk can show only when the data is flushed: the compile fails with the OS
    error (the CLI turns it into an Indonesian sentence) and changes nothing."""
    import errno

    out = tmp_path / "out"
    out.mkdir()
    good = (qm_dir / "panduan_en.qm").read_bytes()
    (out / "panduan_en.qm").write_bytes(good)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError) as raised:
        i18n.compile_translations(out, [APP_TS])
    assert raised.value.errno == errno.ENOSPC
    assert sorted(p.name for p in out.iterdir()) == ["panduan_en.qm"]
    assert (out / "panduan_en.qm").read_bytes() == good


def test_compile_removes_temporaries_a_killed_compile_left(tmp_path: Path) -> None:
    """A compile killed between lrelease and the rename leaves a .qm.part: removed by the
    next compile once it is old (a fresh one may belong to a compile still running)."""
    stale = tmp_path / ".panduan_en.4242.deadbeef.qm.part"
    fresh = tmp_path / ".panduan_en.4243.cafebabe.qm.part"
    for part in (stale, fresh):
        part.write_bytes(b"")
    old = time.time() - 2 * i18n.STALE_PART_SECONDS
    os.utime(stale, (old, old))
    i18n.compile_translations(tmp_path, [APP_TS])
    assert not stale.exists() and fresh.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_compiled_qm_is_readable_by_other_accounts(tmp_path: Path) -> None:
    """The temporary file keeps lrelease's usual mode: a bundle built by one account is read
    by the others (a private 0600 temporary would make it unreadable to them)."""
    previous = os.umask(0o022)
    try:
        (qm,) = i18n.compile_translations(tmp_path, [APP_TS])
    finally:
        os.umask(previous)
    assert qm.stat().st_mode & 0o777 == 0o644


def test_compiled_qm_files_start_with_the_magic_bytes(qm_dir: Path) -> None:
    for qm in qm_dir.glob("*.qm"):
        assert qm.read_bytes()[:16] == QM_MAGIC
        assert i18n.valid_qm(qm)


def test_valid_qm_refuses_empty_truncated_and_foreign_files(tmp_path: Path, qm_dir: Path) -> None:
    data = (qm_dir / "panduan_en.qm").read_bytes()
    for name, content in {
        "empty": b"",
        "magic-only": data[:16],
        "header": data[:20],  # QTranslator loads this, with no message in it
        "half": data[: len(data) // 2],
        "no-magic": b"\x00" * 16 + data[16:],
        "text": b"<TS></TS>",
    }.items():
        path = tmp_path / f"{name}.qm"
        path.write_bytes(content)
        assert not i18n.valid_qm(path), name
    assert not i18n.valid_qm(tmp_path / "missing.qm")
    assert i18n.valid_qm(qm_dir / "panduan_en.qm")


@pytest.mark.parametrize("keep", [0, 20, 5000], ids=["empty", "header", "truncated"])
def test_damaged_qm_in_the_cache_is_recompiled_and_english_loads(
    qapp: QApplication, program: Path, keep: int
) -> None:
    """The original failure: a 0-byte .qm newer than its .ts counted as current, so English
    never loaded again. A damaged one is compiled again, whatever its date."""
    cache = i18n.qm_directory()
    assert cache == i18n.cache_qm_dir()
    _damage(cache / "panduan_en.qm", keep)
    assert i18n.qm_directory() == cache
    assert (cache / "panduan_en.qm").read_bytes()[:16] == QM_MAGIC
    assert (cache / "panduan_en.qm").stat().st_size > 1000
    try:
        i18n.install(qapp, "en")
        assert QLabel.tr("Berbeda") == "Different"
    finally:
        i18n.uninstall(qapp)


def test_damaged_program_qm_is_not_used(program: Path) -> None:
    """The program's own .qm files, damaged: the cache is compiled and used instead."""
    i18n.compile_translations(program)
    _damage(program / "panduan_en.qm", 0)
    assert i18n.qm_directory() == i18n.cache_qm_dir()


def test_damaged_qm_is_ignored_when_it_cannot_be_recompiled(
    qapp: QApplication, program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No lrelease and only empty .qm files: none is used, and the app stays Indonesian
    without an error (as with no .qm at all)."""
    cache = i18n.qm_directory()
    for qm in cache.glob("*.qm"):
        _damage(qm, 0)
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    assert i18n.qm_directory() is None
    try:
        assert i18n.load_translator(qapp, "en", cache) is None
        i18n.install(qapp, "en", cache)
        assert QLabel.tr("Berbeda") == "Berbeda"
    finally:
        i18n.uninstall(qapp)
