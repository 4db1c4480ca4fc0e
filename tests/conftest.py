"""Shared fixtures: offscreen Qt, per-test user folders in tmp, one data build per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's cache or data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture(scope="session")
def library(data_dir: Path):
    """The session's build opened as the UI opens it (read-only, shared by the tests)."""
    from guide.datadir import DataLocation
    from guide.library import Library

    opened = Library(DataLocation(data_dir, bundled=False))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once for the whole session into a temporary folder."""
    from guide.build import build

    out = tmp_path_factory.mktemp("built") / "data"
    build(SEEDS, out)
    return out


@pytest.fixture(scope="session")
def searcher(data_dir: Path):
    """An open searcher over the session's build."""
    from guide.resources import INDEX_DIRNAME
    from guide.search import Searcher

    opened = Searcher(data_dir / INDEX_DIRNAME)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, library):
    """The main window at 1024×768 with the session's data, active, in the default theme."""
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.theme import SYSTEM

    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    win.set_library(library)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.set_theme(SYSTEM, save=False)  # the palette is the application's: leave it as found


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program's translations, compiled once."""
    from ui import i18n

    out = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(out)
    return out


@pytest.fixture
def english(qapp, qm_dir: Path):
    """The English interface for one test, then Indonesian (the source language) again."""
    from ui import i18n

    i18n.install(qapp, "en", qm_dir)
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def teacher_window(qtbot, data_dir: Path):
    """A window on the session's build plus this test's own (empty) personal library, in the
    per-test user folders of conftest (PANDUAN_DATA_DIR); the window closes the library."""
    from guide.datadir import DataLocation
    from guide.library import Library
    from guide.sources import open_sources
    from ui.main_window import MainWindow
    from ui.settings import Settings

    library = Library(DataLocation(data_dir, bundled=False), open_sources(with_packs=False))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.set_library(library)
    window._owns_library = True
    yield window
    window.stop_library_work()
