"""The desktop app driven with qtbot: home, profile tabs, citations, comparison, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from ui.charts import SalaryChart, TechChart
from ui.claims import CitationButton, ClaimWidget
from ui.main_window import MainWindow
from ui.navigation import HOME, Location
from ui.profile_view import QuickFactsBox
from ui.settings import Settings


def _labels(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_home_has_role_cards_search_and_compare(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.home
    names = [card.profile_id for card in window.home.cards]
    assert names == ["backend-developer", "frontend-developer"]
    text = _labels(window.home)
    assert "Backend Developer" in text and "Frontend Developer" in text
    assert "Rp13–30 jt" in text or "Rp7,5–10,5 jt" in text
    assert window.home.compare_button.text() == "Bandingkan Backend vs Frontend"
    assert window.home.search.isVisible()


def test_every_profile_tab_shows_content(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.cards[0].button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.profile
    tabs = window.profile.tabs
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == [
        "Ringkasan",
        "Tugas & Tanggung Jawab",
        "Keahlian",
        "Gaji",
        "Pendidikan & Jalur Karier",
        "Tempat Kerja",
        "Mitos & Fakta",
        "Sumber",
    ]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        page = tabs.currentWidget().widget()
        claims = page.findChildren(ClaimWidget)
        assert claims, tabs.tabText(i)
        assert all(c.buttons for c in claims)
    ringkasan = tabs.widget(0).widget()
    box = ringkasan.findChild(QuickFactsBox)
    assert any("Rp13–30 jt" in line and "2022" in line for line in box.lines)
    assert any("dari 5 artikel" in line for line in box.lines)
    assert tabs.widget(3).widget().findChild(SalaryChart) is not None
    assert tabs.widget(2).widget().findChild(TechChart) is not None


def test_frontend_says_not_discussed_instead_of_empty(window: MainWindow) -> None:
    window.navigate(Location("profile", ("frontend-developer", "gaji")))
    page = window.profile.tabs.currentWidget().widget()
    assert not page.findChildren(ClaimWidget)
    assert "Tidak dibahas di artikel sumber." in _labels(page)


def test_an_empty_section_leads_to_the_role_that_has_it(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("frontend-developer", "gaji")))
    page = window.profile.tabs.currentWidget().widget()
    buttons = [b for b in page.findChildren(QAbstractButton) if b.text().startswith("Lihat")]
    assert [b.text() for b in buttons] == ["Lihat Gaji: Backend Developer"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.profile.profile.id == "backend-developer"
    assert window.profile.current_section() == "gaji"
    assert window.profile.tabs.currentWidget().widget().findChildren(SalaryChart)
    window.go_back()
    assert window.profile.profile.id == "frontend-developer"
    assert window.profile.current_section() == "gaji"
    # a section no role has claims for shows no such button (backend has every section)
    window.navigate(Location("profile", ("backend-developer", "gaji")))
    page = window.profile.tabs.currentWidget().widget()
    assert not [b for b in page.findChildren(QAbstractButton) if b.text().startswith("Lihat")]


def test_citation_opens_reader_with_quote_highlighted(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "gaji")))
    button = window.profile.tabs.currentWidget().widget().findChildren(CitationButton)[0]
    quote = button.citation.quote
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.highlighted_text().split() == quote.split()


def test_comparison_rows_marks_and_not_discussed(window: MainWindow) -> None:
    qtbot_click = window.home.compare_button
    qtbot_click.click()
    view = window.comparison
    assert window.stack.currentWidget() is view
    rows = view.comparison.rows
    assert len(rows) >= 7
    assert sum(1 for w in view.row_widgets if w.objectName() == "differs") >= 3
    text = _labels(view)
    assert "Berbeda" in text and "Sebagian sama" in text
    assert "Tidak dibahas di artikel sumber." in text
    assert view.findChildren(CitationButton)


@pytest.mark.parametrize("width", [1024, 1920])
def test_the_comparisons_header_and_aspect_names_line_up_with_the_table(
    window: MainWindow, width: int
) -> None:
    """At 1920 px the table is centred: its title and pickers start where it starts (they sat
    at the window's edge); an aspect without the «differs» bar has its name where the others
    have it (it touched the frame)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    window.resize(width, 1080 if width > 1024 else 768)
    window.navigate(Location("compare", ("backend-developer", "frontend-developer")))
    QApplication.processEvents()
    view = window.comparison

    def x(widget: QWidget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).x()

    first_cell = view.row_widgets[0]
    assert abs(x(view.title) - x(first_cell)) <= 1
    names = {}
    for row, frame in zip(view.comparison.rows, view.row_widgets, strict=True):
        name = frame.findChildren(QLabel)[0]
        names.setdefault(row.differs, x(name))
    assert set(names) == {True, False} and names[True] == names[False]


def test_back_and_forward(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "")))
    window.navigate(Location("compare"))
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.profile
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.profile
    assert window.act_back.isEnabled() and window.act_forward.isEnabled()


def test_search_then_open_hit_in_reader(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "menyimpan data")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.search_view
    assert window.search_view.model.rowCount() > 0
    view = window.search_view.results
    view.setCurrentIndex(window.search_view.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.match_count() > 0


def test_settings_survive_a_restart(qtbot, library) -> None:
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.set_library(library)
    first.apply_zoom(1.5)
    first.navigate(Location("profile", ("backend-developer", "gaji")))
    first.resize(760, 600)  # within the offscreen screen (800×800), which geometry is clamped to
    first.close()
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    second.set_library(library)
    assert second.zoom == 1.5
    assert second.stack.currentWidget() is second.profile
    assert second.profile.current_section() == "gaji"
    assert (second.size().width(), second.size().height()) == (760, 600)


def test_zoom_scales_relative_fonts(window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "")))
    window.apply_zoom(1.0)
    title, claim = window.profile.title, window.profile.findChildren(ClaimWidget)[0].text
    title_size, claim_size = title.font().pointSizeF(), claim.font().pointSizeF()
    assert title_size == pytest.approx(claim_size * 1.6, rel=0.05)
    window.apply_zoom(2.0)
    assert title.font().pointSizeF() == pytest.approx(title_size * 2, rel=0.05)
    assert claim.font().pointSizeF() == pytest.approx(claim_size * 2, rel=0.05)
    window.apply_zoom(1.0)
    assert title.font().pointSizeF() == pytest.approx(title_size, rel=0.05)


VIEWS = (
    HOME,
    Location("profile", ("backend-developer", "")),
    Location("compare"),
    Location("sources"),
    Location("search", ("gaji",)),
    Location("reader", ("001", "-1", "-1", "", "")),
)


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    missing = []
    for location in VIEWS:
        assert window.navigate(location)
        view = window.stack.currentWidget()
        for widget in [view, *view.findChildren(QWidget)]:
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(view):
                continue
            text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
            if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and text)):
                missing.append((location.view, type(widget).__name__, widget.objectName()))
    assert missing == [], missing


def test_unknown_location_is_refused(window: MainWindow) -> None:
    assert not window.navigate(Location("profile", ("astronaut", "")))
    assert not window.navigate(Location("nowhere"))
    assert window.stack.currentWidget() is window.home


def test_window_shows_first_and_builds_data_in_a_worker(qtbot, data_dir, monkeypatch) -> None:
    monkeypatch.setattr("guide.datadir.bundled_data_dir", lambda: data_dir.parent / "none")
    messages: list[str] = []
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    original = win.loading.show_message
    monkeypatch.setattr(
        win.loading,
        "show_message",
        lambda text, busy=True: (messages.append(text), original(text, busy)),
    )
    win.load_data()
    assert win.stack.currentWidget() is win.loading and win.library is None
    assert win.loading.progress.isVisible()
    qtbot.waitUntil(lambda: win.library is not None, timeout=30_000)
    assert any("pertama kali" in m for m in messages)  # the user was told it is building
    assert win.stack.currentWidget() is win.home
    win.close()


def test_unreadable_data_is_one_plain_sentence(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("PANDUAN_SEEDS_DIR", "/nonexistent/seeds")
    monkeypatch.setattr(
        "guide.datadir.bundled_data_dir", lambda: __import__("pathlib").Path("/nonexistent")
    )
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.load_data()
    qtbot.waitUntil(lambda: not win.loading.progress.isVisible(), timeout=30_000)
    text = win.loading.message.text()
    assert text.startswith("Data panduan tidak dapat dibuka.") and "Traceback" not in text


def test_sources_view_shows_no_maintainer_notes(window) -> None:
    """Issue 11, point 8: the notes in articles.toml are for maintainers, not students."""
    from PySide6.QtWidgets import QLabel

    from ui.navigation import Location

    window.navigate(Location("sources"))
    joined = "\n".join(label.text() for label in window.sources.findChildren(QLabel))
    for note in (a.note for a in window.library.articles if a.note):
        assert note not in joined
    assert "tidak diketahui" not in joined and "front matter" not in joined


def test_the_data_rebuilt_notice_is_said_once_not_after_a_language_change(
    qtbot, window: MainWindow, data_dir
) -> None:
    """The window is rebuilt when the language changes (and refilled after an import): the
    notice that the data was rebuilt was shown again each time, alarming a student."""
    from guide.datadir import DataLocation
    from guide.library import Library

    notice = (
        "Data bawaan program berasal dari versi lain, jadi data dibangun ulang dari artikel "
        "sumber di folder Anda."
    )
    library = Library(DataLocation(data_dir, bundled=False, notice=notice))
    try:
        window.set_library(library, restore=False)
        assert window.statusBar().currentMessage() == notice
        window.statusBar().clearMessage()
        window.set_library(library, restore=False)  # as the rebuilt window does
        assert "versi lain" not in window.statusBar().currentMessage()
        assert "artikel" in window.statusBar().currentMessage()  # the counts instead
    finally:
        library.close()


def test_the_comparisons_shared_values_are_written_as_on_the_slides(window: MainWindow) -> None:
    """«sama-sama: api, css, javascript» (the profiles' lower-case keys) read «API, CSS,
    JavaScript», as the slides and the gazetteer write them."""
    window.navigate(Location("compare", ("backend-developer", "frontend-developer")))
    marks = [label.text() for label in window.comparison.findChildren(QLabel, "mark")]
    shared = next(m for m in marks if "sama-sama:" in m)
    assert "JavaScript" in shared and "CSS" in shared and "javascript" not in shared


def test_home_puts_the_cards_in_one_column_when_two_do_not_fit(window: MainWindow) -> None:
    """F5 on home at 1024×768 (1.8× type): two role cards side by side were wider than the
    screen and cut off at the right; now one a row, and two again when the room is back."""
    from PySide6.QtWidgets import QApplication

    window.navigate(HOME)
    grid = window.home.cards_grid

    def columns() -> int:
        return len({grid.getItemPosition(grid.indexOf(card))[1] for card in window.home.cards})

    assert columns() == 2
    window.enter_projector()
    window.resize(1024, 768)
    QApplication.processEvents()
    assert columns() == 1
    for card in window.home.cards:
        right = card.mapTo(window.home, card.rect().topRight()).x()
        assert right <= window.home.width(), (right, window.home.width())
    window.leave_projector()
    window.resize(1024, 768)
    QApplication.processEvents()
    assert columns() == 2


def test_a_profiles_title_tabs_and_text_line_up_at_1920(window: MainWindow) -> None:
    """At 1920 px the tabs and title sat at the window's edge, the text ~500 px to the right:
    now one centred column."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QScrollArea

    window.resize(1920, 1080)
    window.navigate(Location("profile", ("backend-developer", "")))
    QApplication.processEvents()
    view = window.profile

    def x(widget: QWidget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).x()

    scroll = view.tabs.currentWidget().findChild(QScrollArea) or view.tabs.currentWidget()
    text = scroll.widget() if isinstance(scroll, QScrollArea) else scroll
    assert x(view.title) == x(view.tabs.tabBar())
    assert 0 <= x(text) - x(view.title) <= 40, (x(text), x(view.title))
    assert x(view.title) > 200  # centred, not at the edge


def test_search_results_keep_a_readable_width_at_1920(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    window.resize(1920, 1080)
    window.search("gaji")
    QApplication.processEvents()
    results = window.search_view.results
    limit = results.fontMetrics().averageCharWidth() * 150 + 80
    assert results.width() <= limit < 1400, (results.width(), limit)
