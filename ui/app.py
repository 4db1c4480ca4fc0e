"""Start the desktop app: the window appears first, the data is opened in a worker."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from guide import APP_ID, APP_NAME, __version__
from guide.resources import resources_dir, user_config_dir


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and the window manager use."""
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    config = user_config_dir()
    if config is not None:  # portable mode: settings beside the program, not in the profile
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    app = QApplication.instance()
    if app is None:
        from ui.theme import FUSION_PROPERTY, fusion_arguments

        app = QApplication(fusion_arguments(argv if argv is not None else sys.argv[:1]))
        app.setProperty(FUSION_PROPERTY, True)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "panduan-karier.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(argv: list[str] | None = None) -> int:
    """Create the application and its main window, and run the event loop."""
    from guide.logs import install_excepthook

    app = make_app(argv)
    install_excepthook(on_error=_tell_user)
    window = open_main_window(app)
    code = app.exec()
    del window
    return code


START_ANYWAY_MS = 1000


def _tell_user(exc: BaseException) -> None:
    """An uncaught error (already logged): say so in the status bar of the open windows,
    with where the log is; the program goes on."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return  # widgets belong to the UI thread; the log has it
    from PySide6.QtWidgets import QMainWindow

    from guide.logs import log_path

    text = QCoreApplication.translate(
        "app", "Terjadi kesalahan tak terduga; rinciannya dicatat di %1"
    ).replace("%1", str(log_path()))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().show()
            widget.statusBar().showMessage(text, 15000)


def open_main_window(app: QApplication):
    """What `panduan-karier` does after QApplication: the language, the main window shown,
    the data loading in a worker; returns the window."""
    from PySide6.QtCore import QTimer

    from ui import i18n

    if i18n.current_language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_saved_language(app)  # before any widget takes its texts
    # else Indonesian: our strings are the source; Qt's own (dialog buttons) are installed by
    # MainWindow.after_first_show (a zero timer here can fire before the first frame)
    from ui.main_window import MainWindow  # after QApplication: widgets need it
    from ui.theme import defer_app_style

    defer_app_style()  # installed by after_first_show
    window = MainWindow()
    # Once the first frame is on screen: the data worker (its imports would compete with the
    # first paint for Python's lock) and reading the system's colour scheme (see
    # MainWindow.after_first_show). A zero timer alone can fire before the first frame.
    window.loading.first_painted.connect(lambda: QTimer.singleShot(0, window.after_first_show))
    # A window started minimised (or off screen) is not painted: go on anyway after a while.
    QTimer.singleShot(START_ANYWAY_MS, window.after_first_show)
    window.show()
    return window
