"""Keyboard: every shortcut in the F1 help screen does what it says; projector mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QSignalSpy

from ui.main_window import PROJECTOR_ZOOM, MainWindow
from ui.navigation import HOME, Location


def test_every_shortcut_in_the_help_screen_triggers_its_action(qtbot, window: MainWindow) -> None:
    rows = window.shortcut_table()
    assert {"F1", "F5", "F11", "Alt+Kiri", "Alt+Kanan", "Ctrl+0"} <= {
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
            chooser = getattr(window, "file_dialog", None)
            if chooser is not None and chooser.isVisible():
                chooser.reject()  # Ctrl+O's window-modal file dialog would take the next keys
            if window.windowState() & Qt.WindowState.WindowFullScreen:
                window.showNormal()
        action.setEnabled(was_enabled)


def test_f1_shows_every_shortcut(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help
    assert dialog.isVisible()
    shown = {
        table.item(r, 0).text()
        for table in (dialog.table, dialog.presenting)  # the window's; presenting and quiz
        for r in range(table.rowCount())
    }
    for keys, _, _ in window.shortcut_table():
        assert keys in shown
    assert "F3" in shown and "/" in shown
    presenting = dialog.presenting  # the slides' own keys (ui/slide_view.py), a second tab
    keys = {presenting.item(r, 0).text() for r in range(presenting.rowCount())}
    assert {"B", "T", "Q", "Home / End", "1 / 2"} <= keys
    dialog.reject()


def _press_until_tab_changes(qtbot, window: MainWindow, key: Qt.Key) -> str:
    """Press ``key`` (projector mode) until the profile shows another tab; that tab."""
    before = window.profile.current_section()
    for _ in range(40):
        qtbot.keyClick(window.stack, key)
        if window.profile.current_section() != before:
            break
    return window.profile.current_section()


def test_projector_mode_enters_steps_and_leaves(qtbot, window: MainWindow) -> None:
    """The magnified page (F5 on a page that has no slides; a profile reached with Alt+Left
    while projecting). F5 on a profile or the comparison shows slides: test_ui_slides.py."""
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    normal = window.profile.title.font().pointSizeF()
    window.enter_projector()
    assert window.projector
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.profile.title.font().pointSizeF() >= normal * 1.6
    assert window.palette().color(window.backgroundRole()).name() == "#000000"
    # A long tab scrolls a page at a time first (issue 11, point 14), then the next tab comes.
    assert _press_until_tab_changes(qtbot, window, Qt.Key.Key_Right) == "tugas"
    assert _press_until_tab_changes(qtbot, window, Qt.Key.Key_PageDown) == "keahlian"
    assert _press_until_tab_changes(qtbot, window, Qt.Key.Key_Left) == "tugas"
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


# -- issue 11, point 13: focus ring, Enter, focus after navigation, F1 ----------------------


def _tab_to(qtbot, window: MainWindow, wanted, limit: int = 60):
    """Press Tab (as a student does) until a widget for which ``wanted(widget)`` has focus."""
    from PySide6.QtWidgets import QApplication

    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return widget
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the widget")


def _edge_contrast(image, rect, background) -> float:
    """The best contrast against ``background`` of the two pixels just inside the left and the
    top edge of ``rect`` (in the middle of each edge)."""
    from ui.theme import contrast_ratio

    points = []
    for inset in (0, 1):
        points.append((rect.left() + inset, rect.center().y()))
        points.append((rect.center().x(), rect.top() + inset))
    left = max(contrast_ratio(image.pixelColor(x, y), background) for x, y in points[::2])
    top = max(contrast_ratio(image.pixelColor(x, y), background) for x, y in points[1::2])
    return min(left, top)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_tabbing_to_a_citation_marker_shows_a_focus_ring(
    qtbot, window: MainWindow, theme: str
) -> None:
    """A flat citation marker reached with Tab gets a ring (≥ 3:1 against the page), and one
    without focus has none."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from ui.claims import CitationButton

    window.set_theme(theme, save=False)
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    window.profile.tabs.tabBar().setFocus()
    button = _tab_to(qtbot, window, lambda w: isinstance(w, CitationButton))
    QApplication.processEvents()
    image = window.grab().toImage()
    background = image.pixelColor(button.mapTo(window, QPoint(-1, -1)))

    def rect_of(widget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    assert _edge_contrast(image, rect_of(button), background) >= 3.0, theme
    other = next(b for b in window.profile.findChildren(CitationButton) if b is not button)
    assert _edge_contrast(image, rect_of(other), background) < 1.5, theme  # no ring


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_tabbing_to_a_button_and_a_tab_shows_a_focus_ring(
    qtbot, window: MainWindow, theme: str
) -> None:
    """A push button and a profile tab reached with Tab are ringed in the selection colour."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from ui.theme import contrast_ratio, palette_for

    window.set_theme(theme, save=False)
    ring = palette_for(theme).color(palette_for(theme).ColorRole.Highlight)
    window.navigate(HOME)
    button = window.home.cards[0].button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Backtab)
    _tab_to(qtbot, window, lambda w: w is button)
    QApplication.processEvents()
    image = window.grab().toImage()
    left = button.mapTo(window, QPoint(0, button.height() // 2))
    assert contrast_ratio(image.pixelColor(left), ring) < 1.2, theme
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    tabs = window.profile.tabs.tabBar()
    tabs.setFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_Backtab)
    _tab_to(qtbot, window, lambda w: w is tabs)
    QApplication.processEvents()
    image = window.grab().toImage()
    tab = tabs.tabRect(tabs.currentIndex())
    left = tabs.mapTo(window, QPoint(tab.left() + 1, tab.center().y()))
    assert contrast_ratio(image.pixelColor(left), ring) < 1.2, theme


def test_enter_presses_a_focused_button(qtbot, window: MainWindow) -> None:
    """Enter (Return or the keypad's) does what Space does on push and tool buttons."""
    from PySide6.QtWidgets import QToolButton

    from ui.claims import CitationButton

    window.navigate(HOME)
    button = window.home.cards[0].button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.profile
    marker = window.profile.findChildren(CitationButton)[0]
    marker.setFocus()
    qtbot.keyClick(marker, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window.stack.currentWidget() is window.reader
    tool = QToolButton(window.reader)
    tool.show()
    clicks = QSignalSpy(tool.clicked)
    tool.setFocus()
    qtbot.keyClick(tool, Qt.Key.Key_Return)
    assert clicks.count() == 1
    qtbot.keyClick(tool, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clicks.count() == 1  # Ctrl+Enter is not a press
    tool.setEnabled(False)
    qtbot.keyClick(tool, Qt.Key.Key_Return)
    assert clicks.count() == 1


def test_a_restored_view_has_the_focus_not_the_toolbar_box(qtbot, library) -> None:
    """Start (or a language switch) showing the last search: the keyboard is in the results,
    and the toolbar's box holds the query unselected."""
    from ui.settings import Settings

    settings = Settings()
    settings.last_location = Location("search", ("gaji",))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.set_library(library)
    assert win.stack.currentWidget() is win.search_view
    assert win.focusWidget() is win.search_view.results
    assert win.search_box.text() == "gaji" and not win.search_box.hasSelectedText()


def test_opening_a_view_moves_the_focus_into_it(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    window.navigate(HOME)
    window.home.search.setFocus()
    qtbot.keyClicks(window.home.search, "gaji")
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.search_view
    assert QApplication.focusWidget() is window.search_view.results
    assert not window.search_box.hasFocus() and not window.search_box.hasSelectedText()
    qtbot.keyClick(window.search_view.results, Qt.Key.Key_Return)  # open the first result
    assert window.stack.currentWidget() is window.reader
    assert QApplication.focusWidget() is window.reader.text
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.search_view.results
    window.act_compare.trigger()
    assert window.comparison.isAncestorOf(QApplication.focusWidget())


def test_searching_from_the_toolbar_keeps_the_student_there(qtbot, window: MainWindow) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "data")
    window.search_box.completer_.popup().hide()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.search_view
    assert window.search_box.hasFocus() and not window.search_box.hasSelectedText()
    assert window.search_box.cursorPosition() == len("data")


def test_f1_names_keys_in_indonesian_and_fits_the_screen(qtbot, window: MainWindow) -> None:
    """Issue 11, point 13: "Alt+Kiri", "Page Down", "Spasi"; every row visible at 1024×768."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help
    QApplication.processEvents()
    tables = (dialog.table, dialog.presenting)
    keys = [t.item(r, 0).text() for t in tables for r in range(t.rowCount())]
    shown = ", ".join(keys)
    for indonesian in ("Alt+Kiri", "Alt+Kanan", "Kiri, Page Up", "Kanan, Page Down", "Spasi"):
        assert indonesian in shown, keys
    for english in ("Left", "Right", "PgUp", "PgDown", "Space"):
        assert english not in shown, keys
    assert "Alt+Kiri" in window.act_back.toolTip()
    frame = dialog.frameGeometry()
    assert frame.width() <= 1024 and frame.height() <= 768 - 40, frame  # room for a task bar
    assert not dialog.table.verticalScrollBar().isVisible()
    table = dialog.table
    last = table.visualRect(table.model().index(table.rowCount() - 1, 1))
    assert last.bottom() <= table.viewport().height(), (last, table.viewport().height())
    assert not table.horizontalScrollBar().isVisible()
    dialog.reject()


def test_f1_keeps_qts_english_key_names_in_english(qtbot, library) -> None:
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.settings import Settings

    app = QApplication.instance()
    i18n.install(app, "en")
    try:
        win = MainWindow(Settings())
        qtbot.addWidget(win)
        rows = {text: keys for keys, text, _ in win.shortcut_table()}
        assert rows["Back"] == "Alt+Left", rows
        assert "PgDown" in rows[win.act_step_forward.text()], rows
        win.close()
    finally:
        i18n.install(app, "id")


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_a_page_reached_with_tab_shows_a_focus_ring(qtbot, window: MainWindow, theme: str) -> None:
    """The profile page (a scroll area that takes focus for the arrow keys) was a tab stop
    with nothing to show for it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ui.theme import contrast_ratio, palette_for

    window.set_theme(theme, save=False)
    ring = palette_for(theme).color(palette_for(theme).ColorRole.Highlight)
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    tabs = window.profile.tabs.tabBar()
    tabs.setFocus()
    page = _tab_to(qtbot, window, lambda w: isinstance(w, QScrollArea))
    QApplication.processEvents()
    image = window.grab().toImage()
    viewport = page.viewport()
    left = viewport.mapTo(window, QPoint(0, viewport.height() // 2))
    assert contrast_ratio(image.pixelColor(left), ring) < 1.2, theme
    qtbot.keyClick(page, Qt.Key.Key_Tab)  # on to the first citation marker: the page ring goes
    QApplication.processEvents()
    image = window.grab().toImage()
    assert contrast_ratio(image.pixelColor(left), ring) > 1.5, theme


def _tab_stops(start, count: int) -> list:
    """The next ``count`` widgets Tab reaches from ``start`` (focusable by Tab, visible)."""
    from PySide6.QtCore import Qt as _Qt

    stops, widget = [], start
    for _ in range(500):
        widget = widget.nextInFocusChain()
        tab = widget.focusPolicy() & _Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
            if len(stops) == count:
                break
    return stops


def test_home_tab_order_is_box_search_button_then_cards(window: MainWindow) -> None:
    """Issue 11, point 13: on Beranda "Cari" came after all the cards."""
    window.navigate(Location("home"))
    home = window.home
    stops = _tab_stops(home.search, 2)
    assert stops[0] is home.search_button
    assert stops[1] is home.cards[0].button
