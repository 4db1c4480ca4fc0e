"""The first main window, driven with qtbot: it searches for real and highlights the passage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from guide.search import Searcher
from ui.main_window import MainWindow
from ui.results_model import HitRole, ResultsModel


@pytest.fixture
def window(qtbot, searcher: Searcher) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_searcher(searcher)
    return win


def test_typing_searches_and_highlights(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "menyimpan data")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.model.rowCount() > 0
    assert "hasil" in window.status.text()
    hit = window.model.data(window.model.index(0), HitRole)
    assert hit.heading in window.passage.toPlainText()
    cursor = QTextCursor(window.passage.document())
    body = window.passage.toPlainText()
    start = body.index(hit.text)
    s, e = hit.matches[0]
    cursor.setPosition(start + s + 1)
    assert cursor.charFormat().background().color().name() == "#ffe066"
    assert body[start + s : start + e].lower() in {"menyimpan", "data", "penyimpanan", "disimpan"}


def test_typo_shows_corrected_query(qtbot, window: MainWindow) -> None:
    window.search_box.setText("pemograman")
    window.run_search()
    assert window.model.rowCount() > 0
    assert "pemrograman" in window.status.text()


def test_no_results_says_so(qtbot, window: MainWindow) -> None:
    window.search_box.setText("zzzqqq")
    window.run_search()
    assert window.model.rowCount() == 0
    assert "Tidak ada hasil" in window.status.text()


def test_window_loads_data_in_worker(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(data_dir.parent))
    monkeypatch.setattr("guide.datadir.bundled_data_dir", lambda: data_dir.parent / "none")
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.search_box.isEnabled()
    win.load_data()
    qtbot.waitUntil(lambda: win.searcher is not None, timeout=20_000)
    assert win.search_box.isEnabled()
    win._thread.wait(5_000)
    win.searcher.close()


def test_results_model(qtmodeltester, searcher: Searcher) -> None:
    model = ResultsModel()
    model.set_results(searcher.search("gaji").hits)
    qtmodeltester.check(model)
    assert model.rowCount() > 0
