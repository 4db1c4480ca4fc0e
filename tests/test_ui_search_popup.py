"""The recent-searches popup opens when the user asks for it, never by itself (issue 11,
point 6): not when the window shows or is rebuilt in another language, not when a view switch
moves the focus, not when the program focuses the box; yes on a click into the empty box, Tab
into it, Ctrl+K, or Down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.search_box import SearchBox
from ui.settings import Settings

RECENT = ["docker", "gaji"]


def _popup_open(box: SearchBox) -> bool:
    return box._completer is not None and box._completer.popup().isVisible()


def _any_popup(window: MainWindow) -> list[str]:
    return [b.accessibleName() for b in window.findChildren(SearchBox) if _popup_open(b)]


@pytest.fixture
def lab_window(qtbot, library):
    """A window at 1024×768 for a student who searched before (recent searches kept)."""
    settings = Settings()
    for query in reversed(RECENT):
        settings.add_recent_search(query)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.set_library(library)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    i18n.install(QApplication.instance(), "id")


def test_no_popup_on_show_view_switches_or_program_focus(qtbot, lab_window: MainWindow) -> None:
    window = lab_window
    qtbot.wait(20)
    assert not _any_popup(window)
    # a student on Beranda with the focus on a card button opens a profile: Qt moves the
    # focus "by Tab" to the next widget, the toolbar search box; that is not a request
    window.home.cards[0].button.setFocus()
    window.navigate(Location("profile", ("backend-developer", "")))
    qtbot.wait(20)
    assert not _any_popup(window)
    window.navigate(Location("home"))
    qtbot.wait(20)
    assert not _any_popup(window)
    window.search_box.clearFocus()
    window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
    window.home.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.wait(20)
    assert not _any_popup(window)


def test_no_popup_after_a_language_switch(qtbot, lab_window: MainWindow) -> None:
    lab_window.search_box.setFocus()
    english = lab_window.switch_language("en")
    qtbot.addWidget(english)
    english.activateWindow()
    qtbot.waitUntil(english.isActiveWindow)
    qtbot.wait(20)
    assert not _any_popup(english)


def test_click_into_the_empty_box_shows_recent_searches(qtbot, lab_window: MainWindow) -> None:
    box = lab_window.search_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _popup_open(box))
    assert [s.query for s in box.suggestions()][:2] == RECENT
    box.completer_.popup().hide()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # a second click while it has the cursor
    qtbot.waitUntil(lambda: _popup_open(box))


def _before_in_tab_order(box: QWidget) -> QWidget:
    widget = box.previousInFocusChain()
    while not (
        widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        widget = widget.previousInFocusChain()
    return widget


def test_tab_ctrl_k_and_down_show_recent_searches(qtbot, lab_window: MainWindow) -> None:
    box = lab_window.search_box
    before = _before_in_tab_order(box)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.waitUntil(lambda: _popup_open(box))
    box.completer_.popup().hide()
    before.setFocus()
    lab_window.focus_search()  # Ctrl+K
    qtbot.waitUntil(lambda: _popup_open(box))
    box.completer_.popup().hide()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _popup_open(box))
    assert [s.query for s in box.suggestions()][:2] == RECENT


def test_the_popup_goes_when_the_focus_leaves(qtbot, lab_window: MainWindow) -> None:
    box = lab_window.search_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _popup_open(box))
    lab_window.home.cards[0].button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: not _popup_open(box))
