"""Keyboard: every shortcut in the F1 help screen does what it says; projector mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QSignalSpy

from ui.main_window import PROJECTOR_ZOOM, MainWindow
from ui.navigation import Location


def test_every_shortcut_in_the_help_screen_triggers_its_action(qtbot, window: MainWindow) -> None:
    rows = window.shortcut_table()
    assert {"F1", "F5", "F11", "Alt+Left", "Alt+Right", "Ctrl+0"} <= {
        key for keys, _, _ in rows for key in keys.split(", ")
    }
    for _keys, text, action in rows:
        if action in (window.act_quit, window.act_help):
            continue  # quitting ends the test; F1 opens a dialog (tested below)
        was_enabled = action.isEnabled()
        action.setEnabled(True)
        for sequence in action.shortcuts():
            spy = QSignalSpy(action.triggered)
            combo = sequence[0]
            window.stack.setFocus()
            qtbot.keyClick(window.stack, combo.key(), combo.keyboardModifiers())
            assert spy.count() == 1, f"{sequence.toString()} ({text}) did not trigger"
            if window.projector:
                window.leave_projector()
            if window.windowState() & Qt.WindowState.WindowFullScreen:
                window.showNormal()
        action.setEnabled(was_enabled)


def test_f1_shows_every_shortcut(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help
    assert dialog.isVisible()
    shown = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    for keys, _, _ in window.shortcut_table():
        assert keys in shown
    assert "F3" in shown and "/" in shown
    dialog.reject()


def test_projector_mode_enters_steps_and_leaves(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    normal = window.profile.title.font().pointSizeF()
    qtbot.keyClick(window.stack, Qt.Key.Key_F5)
    assert window.projector
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.profile.title.font().pointSizeF() >= normal * 1.6
    assert window.palette().color(window.backgroundRole()).name() == "#000000"
    qtbot.keyClick(window.stack, Qt.Key.Key_Right)
    assert window.profile.current_section() == "tugas"
    qtbot.keyClick(window.stack, Qt.Key.Key_PageDown)
    assert window.profile.current_section() == "keahlian"
    qtbot.keyClick(window.stack, Qt.Key.Key_Left)
    assert window.profile.current_section() == "tugas"
    window.navigate(Location("compare"))
    qtbot.keyClick(window.stack, Qt.Key.Key_Right)
    assert window._projector_row == 1
    qtbot.keyClick(window.stack, Qt.Key.Key_Escape)
    assert not window.projector
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.zoom == 1.0 and PROJECTOR_ZOOM >= 1.6


def test_arrow_keys_are_not_taken_outside_projector_mode(qtbot, window: MainWindow) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "abc")
    window.search_box.completer_.popup().hide()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Left)
    assert window.search_box.cursorPosition() == 2
    assert QKeySequence("Left") in window.act_step_back.shortcuts()


def test_ctrl_tab_steps_profile_tabs_from_anywhere(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "sumber")))
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.profile.current_section() == "ringkasan"  # wraps around
    qtbot.keyClick(
        window.stack,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.profile.current_section() == "sumber"


def test_menu_bar_mnemonics_are_unique(window: MainWindow) -> None:
    """Issue 11, point 13: "Berkas" and "Buka" both took Alt+B."""
    import re

    titles = [action.text() for action in window.menuBar().actions()]
    keys = [re.search(r"&(\w)", title).group(1).casefold() for title in titles]
    assert len(keys) == len(set(keys)) == len(titles), titles
