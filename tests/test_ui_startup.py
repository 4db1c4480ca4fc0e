"""The real start (`panduan-karier`): the window's first frame comes before any slow work.

Run in a fresh interpreter, because what is measured is what a fresh process does before its
first frame: no data worker yet, and PySide's ``Qt`` namespace (93 enums, ~20 ms on Python
3.11) not built. benchmarks/bench_startup.py has the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from ui.app import make_app, open_main_window

app = make_app([])
window = open_main_window(app)
seen = {}

def first_frame():
    seen["qt_namespace_built"] = "Qt" in vars(QtCore)
    seen["worker_started"] = getattr(window, "_thread", None) is not None
    seen["view"] = type(window.stack.currentWidget()).__name__
    seen["toolbar"] = window.toolbar.isVisible() and window.menuBar().isVisible()

window.loading.first_painted.connect(first_frame)

def poll():
    if window.library is not None:
        seen["view_when_ready"] = type(window.stack.currentWidget()).__name__
        seen["style"] = QApplication.style().name()
        print(json.dumps(seen), flush=True)
        window.close()
        app.quit()

timer = QtCore.QTimer()
timer.timeout.connect(poll)
timer.start(10)
QtCore.QTimer.singleShot(50_000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_first_frame_before_the_data_and_the_costly_parts(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PANDUAN_CACHE_DIR": str(tmp_path / "cache"),
        "PANDUAN_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["view"] == "LoadingView" and seen["toolbar"]  # the whole window, loading
    assert not seen["worker_started"]  # the data is opened after the first frame
    assert not seen["qt_namespace_built"]
    assert seen["view_when_ready"] == "HomeView"
    assert seen["style"].lower() == "fusion"


def test_a_window_that_is_never_painted_still_opens_its_data(qtbot, monkeypatch, data_dir) -> None:
    """Started minimised (no first frame), the data is opened anyway, after a while."""
    from PySide6.QtWidgets import QApplication, QWidget

    from ui import app as app_module
    from ui.main_window import LoadingView

    monkeypatch.setattr("guide.datadir.bundled_data_dir", lambda: data_dir)
    monkeypatch.setattr(
        LoadingView, "paintEvent", lambda self, event: QWidget.paintEvent(self, event)
    )
    monkeypatch.setattr(app_module, "START_ANYWAY_MS", 300)
    window = app_module.open_main_window(QApplication.instance())
    qtbot.addWidget(window)
    assert not window.loading._painted
    qtbot.waitUntil(lambda: window.library is not None, timeout=30_000)
    assert not window.loading._painted  # it was the fallback, not a first frame
    window.after_first_show()  # a late second call does nothing
    assert window.stack.currentWidget() is window.home
    window.close()
