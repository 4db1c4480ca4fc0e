"""Language: English selectable, taking effect at once in a rebuilt window; remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.settings import Settings


@pytest.fixture
def indonesian_after():
    yield
    i18n.install(QApplication.instance(), "id")


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.usefixtures("indonesian_after")
def test_switching_to_english_keeps_the_view_and_persists(qtbot, library) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.set_library(library)
    window.navigate(Location("profile", ("backend-developer", "gaji")))
    assert "&Berkas" in _menu_titles(window)
    english = window.switch_language("en")
    qtbot.addWidget(english)
    assert english is not window and not window.isVisible()
    assert "&File" in _menu_titles(english)
    assert english.stack.currentWidget() is english.profile
    assert english.profile.current_section() == "gaji"
    assert english.act_compare.text() == "Compare"
    assert i18n.current_language(Settings()) == "en"
    # a restart: the saved language is installed before the window is built
    i18n.install(QApplication.instance(), "id")
    i18n.install_saved_language(QApplication.instance(), Settings())
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert "&File" in _menu_titles(again)
    assert again.language_actions["en"].isChecked()
    back = again.switch_language("id")
    qtbot.addWidget(back)
    assert "&Berkas" in _menu_titles(back)
    assert i18n.current_language(Settings()) == "id"
