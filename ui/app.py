"""Start the desktop app: the window appears first, the data is opened in a worker."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from guide import APP_ID, APP_NAME, __version__
from ui.main_window import MainWindow


def run(argv: list[str] | None = None) -> int:
    """Create the application and its main window, and run the event loop."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    window.load_data()
    return app.exec()
