"""The self-test's view checks: open every view offscreen with the data and render it."""

from __future__ import annotations

import os
from collections.abc import Iterator

from guide.selftest import Check


def self_test() -> int:
    """`panduan-karier --self-test`: check the data and every view; print a one-screen
    report (a window when there is no console); 0 when all pass."""
    import sys

    from guide import selftest

    checks = list(selftest.data_checks())
    if all(c.passed for c in checks):
        checks += list(view_checks())
    text = selftest.report(checks)
    passed = all(c.passed for c in checks)
    if sys.stdout is None:  # the Windows .exe has no console: show the report in a window
        show_report(text, passed)
    else:
        print(text)
    return 0 if passed else 1


def view_checks() -> Iterator[Check]:
    """Build the main window offscreen and show every view once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from guide import datadir
    from guide.library import Library
    from guide.profiles import SECTION_IDS
    from ui.app import make_app

    make_app([])
    from ui.main_window import MainWindow
    from ui.navigation import HOME, Location
    from ui.settings import Settings

    location = datadir.find_data()
    if location is None:
        yield Check("Tampilan", False, "tidak ada data untuk ditampilkan")
        return
    import tempfile

    from PySide6.QtCore import QSettings

    library = Library(location)
    # A throwaway settings file: the self-test changes nothing of the user's (last view,
    # window geometry, recent searches), so the next student starts where they should.
    scratch = tempfile.TemporaryDirectory(prefix="panduan-selftest-")
    settings = Settings(QSettings(f"{scratch.name}/settings.ini", QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1024, 768)
    window.show()
    window.set_library(library, restore=False)
    views = [
        ("Beranda", HOME),
        ("Perbandingan", Location("compare")),
        ("Sumber", Location("sources")),
    ]
    for profile in library.profiles:
        views += [
            (f"{profile.name}: {s}", Location("profile", (profile.id, s))) for s in SECTION_IDS
        ]
    views.append(("Pembaca", Location("reader", (library.articles[0].id, "-1", "-1", "", ""))))
    views.append(("Hasil pencarian", Location("search", ("gaji",))))
    views += [
        (f"Jalur belajar {role}", Location("path", (role, ""))) for role in library.learning.paths
    ]
    views += [
        ("Apa saya cocok?", Location("selfcheck")),
        ("Simpanan", Location("bookmarks")),
        ("Kuis kelas", Location("quiz", (library.profiles[0].id, library.profiles[1].id, "1"))),
    ]
    shown = 0
    try:
        for name, where in views:
            if not window.navigate(where) or window.grab().isNull():
                yield Check(f"Tampilan {name}", False, "tidak dapat ditampilkan")
            else:
                shown += 1
        yield Check("Tampilan", shown == len(views), f"{shown} dari {len(views)} tampilan dibuka")
    finally:
        window.close()
        library.close()
        del settings
        scratch.cleanup()


def show_report(text: str, passed: bool) -> None:
    """The report in a dialog, for a program started without a console (Windows .exe)."""
    from PySide6 import QtCore
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QMessageBox

    from ui.app import make_app

    make_app([])
    box = QMessageBox()
    box.setWindowTitle(QMessageBox.tr("Uji mandiri Panduan Karier"))
    box.setIcon(QMessageBox.Icon.Information if passed else QMessageBox.Icon.Warning)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # paths and messages, never markup
    box.setText(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    box.setFont(QFont(font))
    box.addButton(QMessageBox.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
