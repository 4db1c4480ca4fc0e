"""Profiles in projector mode and the Sumber tab (issue 11, points 14, 17a and 17b): every tab
name readable at 1024×768 with 1.8× type, PageDown/PageUp scroll a long tab before changing
tabs, the Sumber entries open their article, and no two-line click hint on the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QScrollBar, QToolButton

from ui.main_window import PROJECTOR_ZOOM, MainWindow
from ui.navigation import Location
from ui.profile_view import ProfileView


def _projector(qtbot, window: MainWindow) -> None:
    """Projector mode in a 1024×768 window (the offscreen "screen" is 800×800)."""
    window.enter_projector()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(30)  # the 0 ms timers: fitting the tab names, re-rendering


def _settle(qtbot, profile: ProfileView) -> None:
    """Let the tab names be fitted (a 0 ms timer after a resize or a font change)."""
    timer = getattr(profile, "_fit_timer", None)
    qtbot.waitUntil(lambda: timer is None or not timer.isActive())
    qtbot.wait(10)


def _bar(profile: ProfileView) -> QScrollBar:
    return profile.tabs.currentWidget().verticalScrollBar()


# -- point 14: tab names ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ["backend-developer", "frontend-developer"])
def test_every_tab_name_is_readable_in_projector_mode_at_1024(
    qtbot, window: MainWindow, role: str
) -> None:
    window.navigate(Location("profile", (role, "tugas")))
    normal = window.profile.font().pointSizeF()
    _projector(qtbot, window)
    profile = window.profile
    _settle(qtbot, profile)
    bar = profile.tabs.tabBar()
    assert bar.sizeHint().width() <= profile.tabs.width()  # no scrolling needed
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows == []
    metrics = QFontMetricsF(bar.font())
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), (bar.tabText(index), rect, bar.rect())
        text = bar.tabText(index).replace("&&", "&")
        assert metrics.horizontalAdvance(text) <= rect.width(), text
        assert "…" not in text
        # the full name stays in the tooltip and for screen readers
        assert bar.accessibleTabName(index) == profile.profile.sections[index].title
    names = [bar.tabText(i).replace("&&", "&") for i in range(bar.count())]
    assert names[1] == "Tugas" and names[4] == "Pendidikan"
    # type stays projector-sized: the tab names at least 1.25× normal, the page at 1.8×
    assert bar.font().pointSizeF() >= normal * 1.25
    page = profile.tabs.currentWidget().widget()
    assert page.font().pointSizeF() == pytest.approx(normal * PROJECTOR_ZOOM, rel=0.02)
    # back in a normal window the full names return
    window.leave_projector()
    window.resize(1024, 768)
    _settle(qtbot, profile)
    names = [bar.tabText(i).replace("&&", "&") for i in range(bar.count())]
    assert names == [s.title for s in profile.profile.sections]
    assert bar.sizeHint().width() <= profile.tabs.width()


# -- point 14: a presenter's clicker ---------------------------------------------------------


def test_page_down_scrolls_a_long_tab_before_moving_to_the_next(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "tugas")))
    _projector(qtbot, window)
    profile = window.profile
    bar = _bar(profile)
    assert bar.maximum() > 2 * bar.pageStep()  # a long tab: several pages
    assert bar.value() == 0
    presses = 0
    while bar.value() < bar.maximum():
        qtbot.keyClick(window.stack, Qt.Key.Key_PageDown)
        presses += 1
        assert profile.current_section() == "tugas", presses
        assert presses < 50
    assert presses >= 2
    qtbot.keyClick(window.stack, Qt.Key.Key_PageDown)  # at the end: the next tab, at its top
    assert profile.current_section() == "keahlian"
    assert _bar(profile).value() == 0
    qtbot.keyClick(window.stack, Qt.Key.Key_PageUp)  # at the start: the previous tab's end
    assert profile.current_section() == "tugas"
    assert _bar(profile).value() == _bar(profile).maximum()
    qtbot.keyClick(window.stack, Qt.Key.Key_Left)  # Left is a page up too
    assert profile.current_section() == "tugas"
    assert _bar(profile).value() == _bar(profile).maximum() - _bar(profile).pageStep()
    qtbot.keyClick(window.stack, Qt.Key.Key_Right)  # and Right a page down
    assert _bar(profile).value() == _bar(profile).maximum()
    # the last tab's end and the first tab's start stay put
    profile.select_tab("sumber")
    _bar(profile).setValue(_bar(profile).maximum())
    qtbot.keyClick(window.stack, Qt.Key.Key_PageDown)
    assert profile.current_section() == "sumber"
    profile.select_tab("ringkasan")
    _bar(profile).setValue(0)
    qtbot.keyClick(window.stack, Qt.Key.Key_PageUp)
    assert profile.current_section() == "ringkasan"
    window.leave_projector()


# -- point 17a: the Sumber tab ---------------------------------------------------------------


def test_sumber_entries_open_their_article_by_click_and_enter(qtbot, window: MainWindow) -> None:
    window.navigate(Location("profile", ("backend-developer", "sumber")))
    profile = window.profile
    entries = getattr(profile, "source_entries", [])
    assert [e.article_id for e in entries] == ["000", "001", "002", "003", "004"]
    texts = [e.text_shown() for e in entries]
    assert texts[0].startswith("[EKRUT]  Backend Engineer: Tugas dan Tanggung Jawab")
    byline = "Penerbit: EKRUT  ·  Penulis: Anisa Sekarningrum  ·  tanggal tidak disebutkan"
    assert byline in texts[0].replace("\u00a0", " ")
    assert "tanggal\u00a0tidak\u00a0disebutkan" in texts[0]  # a part never breaks inside
    quoted = sum(c.article_id == "000" for k in profile.profile.claims() for c in k.citations)
    assert f"{quoted}\u00a0kutipan di profil ini" in texts[0]  # the number never ends a line
    for text in texts:
        assert "tidak diketahui" not in text
        assert not any(f"[{i}]" in text for i in ("000", "001", "002", "003", "004"))
    for entry in entries:
        assert entry.isVisibleTo(profile) and entry.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert entry.accessibleName().startswith("Baca artikel: ")
    # a click opens the article at its start
    qtbot.mouseClick(entries[1], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    passage = window.reader.current_passage()
    assert passage is not None and passage.article.id == "001" and passage.start == -1
    # a click on the title text inside the entry opens it too (the labels let clicks through)
    window.go_back()
    assert window.stack.currentWidget() is window.profile
    entries = window.profile.source_entries
    entry = entries[4]
    qtbot.mouseClick(entry.heading, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reader)
    assert window.reader.current_passage().article.id == "004"
    # Enter on the focused entry
    window.go_back()
    entries = window.profile.source_entries
    entries[3].setFocus()
    qtbot.waitUntil(entries[3].hasFocus)
    qtbot.keyClick(entries[3], Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.current_passage().article.id == "003"


# -- point 17b: the click hint ---------------------------------------------------------------


def test_projector_mode_spends_no_lines_on_the_click_hint(qtbot, window: MainWindow) -> None:
    window.navigate(Location("compare"))
    legend = window.comparison.legend
    assert "klik tanda sumber" in legend.text()
    assert legend.isVisible()
    _projector(qtbot, window)
    assert not legend.isVisible()
    window.navigate(Location("profile", ("backend-developer", "ringkasan")))
    window.navigate(Location("compare"))
    assert not legend.isVisible()
    window.leave_projector()
    assert legend.isVisible()


def test_a_hint_built_while_in_projector_mode_is_hidden_too(qtbot, window: MainWindow) -> None:
    _projector(qtbot, window)
    assert "compare" not in window.views  # built on first use, here in projector mode
    window.navigate(Location("compare"))
    assert not window.comparison.legend.isVisible()
    window.leave_projector()
    assert window.comparison.legend.isVisible()
