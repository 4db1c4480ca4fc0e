"""Issue 10, point 2: any error while opening the data ends in a translated sentence with a way
forward (never an endless busy bar); uncaught errors and views that fail to render are logged."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from guide import datadir
from guide.logs import install_excepthook, log_path
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.settings import Settings


def _failing_window(qtbot, monkeypatch, error: BaseException) -> MainWindow:
    real = datadir.ensure_data
    calls = []

    def ensure_data(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(datadir, "ensure_data", ensure_data)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.load_data()
    qtbot.waitUntil(lambda: not win.loading.progress.isVisible(), timeout=30_000)
    return win


@pytest.fixture
def built_cache(data_dir, monkeypatch):
    """The user's cache holds the session's build (a retry finds it at once)."""
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(data_dir.parent))
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: data_dir.parent / "none")


@pytest.mark.usefixtures("built_cache")
def test_full_disk_says_so_and_retry_opens_the_data(qtbot, monkeypatch) -> None:
    win = _failing_window(qtbot, monkeypatch, sqlite3.OperationalError("database or disk is full"))
    assert win.loading.message.text().startswith("Ruang disk penuh")
    assert str(datadir.cache_data_dir()) in win.loading.detail.text()
    assert str(log_path()) in win.loading.detail.text()
    button = win.loading.retry_button
    assert button is not None and button.isVisible() and button.text() == "Coba lagi"
    button.click()
    qtbot.waitUntil(lambda: win.library is not None, timeout=30_000)
    assert win.stack.currentWidget() is win.home and not button.isVisible()
    win.close()


@pytest.mark.usefixtures("built_cache")
@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RuntimeError("boom"), "kesalahan tak terduga"),
        (MemoryError(), "kesalahan tak terduga"),
        (PermissionError(13, "Permission denied", "/x/cache/data"), "tidak punya izin"),
        (OSError(30, "Read-only file system", "/x/cache"), "hanya dapat dibaca"),
    ],
)
def test_any_error_ends_in_a_translated_sentence(qtbot, monkeypatch, error, expected) -> None:
    win = _failing_window(qtbot, monkeypatch, error)
    text = win.loading.message.text()
    assert expected in text and "Traceback" not in text
    assert "Permission denied" not in text and "Read-only file system" not in text
    assert win.loading.retry_button is not None and win.loading.retry_button.isVisible()
    assert type(error).__name__ in log_path().read_text(encoding="utf-8")
    win.close()


def test_a_view_that_cannot_be_shown_is_logged(window, caplog) -> None:
    with caplog.at_level("WARNING"):
        assert not window.navigate(Location("profile", ("no-such-role", "")))
    assert any("cannot show" in r.getMessage() and r.exc_info for r in caplog.records)


def test_an_uncaught_error_is_logged_and_told(window, monkeypatch) -> None:
    from ui.app import _tell_user

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    install_excepthook(on_error=_tell_user)
    try:
        raise LookupError("a bug in a slot")
    except LookupError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "a bug in a slot" in log_path().read_text(encoding="utf-8")
    assert "kesalahan tak terduga" in window.statusBar().currentMessage()


def test_damaged_bundle_and_unwritable_cache_name_the_real_cause(
    qtbot, tmp_path, data_dir, monkeypatch
) -> None:
    """Issue 11, point 16: one sentence naming the cause, no raw "[Errno 13]", no search box."""
    import shutil

    bundle = tmp_path / "bundle"
    shutil.copytree(data_dir, bundle)
    (bundle / "panduan.sqlite").write_bytes(b"damaged")
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: bundle)
    cache = datadir.cache_data_dir()

    def unwritable(self, *args, **kwargs):  # what creating the lock file in the cache meets
        raise PermissionError(13, "Permission denied", str(cache.parent / ".data.lock"))

    monkeypatch.setattr("filelock.FileLock.acquire", unwritable)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.load_data()
    qtbot.waitUntil(lambda: not win.loading.progress.isVisible(), timeout=30_000)
    text = win.loading.message.text()
    assert "tidak punya izin" in text and str(cache.parent) in text
    assert "Errno" not in text and "Permission denied" not in text
    assert not win.search_box.isEnabled()
    win.close()
