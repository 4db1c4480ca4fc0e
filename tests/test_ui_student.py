"""The student's side of the window (issue 16): the learning path's ticks, Simpanan (Ctrl+D)
with notes, «Apa saya cocok?», the plan, and reset for the next student — each kept across a
restart of the window, in the user's own store."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from guide.library import BACKEND_ID
from ui.main_window import MainWindow
from ui.navigation import HOME, Location
from ui.settings import Settings

ROLE = BACKEND_ID


def _restart(qtbot, window: MainWindow, library) -> MainWindow:
    """Close the window and open a new one on the same user folders (a new session)."""
    window.close()
    fresh = MainWindow(Settings())
    qtbot.addWidget(fresh)
    fresh.resize(1024, 768)
    fresh.show()
    fresh.set_library(library)
    fresh.activateWindow()
    qtbot.waitUntil(fresh.isActiveWindow)
    return fresh


def test_ticked_steps_are_kept_and_shown_on_home_and_the_profile(
    qtbot, window: MainWindow, library
) -> None:
    window.navigate(HOME)
    card = next(c for c in window.home.cards if c.profile_id == ROLE)
    qtbot.mouseClick(card.path_button, Qt.MouseButton.LeftButton)
    view = window.path_view
    assert window.stack.currentWidget() is view
    steps = library.learning_path(ROLE).steps
    assert len(view.cards) == len(steps) >= 7
    assert view.progress_text.text() == f"0 dari {len(steps)} langkah selesai"
    before = [[b.geometry() for b in c.buttons.buttons()] for c in view.cards[:3]]
    qtbot.mouseClick(view.cards[0].buttons.button(2), Qt.MouseButton.LeftButton)  # Selesai
    qtbot.mouseClick(view.cards[1].buttons.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.cards[2].buttons.button(1), Qt.MouseButton.LeftButton)  # Sedang
    qtbot.mouseClick(view.cards[1].buttons.button(0), Qt.MouseButton.LeftButton)  # back: Belum
    assert view.progress_text.text() == f"1 dari {len(steps)} langkah selesai"
    assert view.progress.value() == 1
    QApplication.processEvents()  # ticking moves no button; they line up from step to step
    assert [[b.geometry() for b in c.buttons.buttons()] for c in view.cards[:3]] == before
    assert len({tuple(g.x() for g in row) for row in before}) == 1
    window = _restart(qtbot, window, library)
    window.navigate(Location("path", (ROLE, "")))
    view = window.path_view
    states = [c.buttons.checkedId() for c in view.cards[:3]]
    assert states == [2, 0, 1]  # selesai, belum, sedang: as left
    assert view.cards[0].buttons.checkedButton().text().startswith("✓")
    window.navigate(HOME)
    card = next(c for c in window.home.cards if c.profile_id == ROLE)
    assert card.progress.text() == f"Jalur belajar: 1 dari {len(steps)} langkah selesai"
    window.navigate(Location("profile", (ROLE, "")))
    assert window.profile.path_button.isVisible()
    assert "1 dari" in window.profile.path_button.text()


def test_a_step_links_to_its_citation_search_and_profile_tab(qtbot, window: MainWindow) -> None:
    window.navigate(Location("path", (ROLE, "")))
    card = next(c for c in window.path_view.cards if c.step.technologies)
    citation = card.step.citations[0]
    marker = card.findChildren(type(window.path_view.cards[0].buttons.button(0)))  # buttons
    assert marker
    card.citation_activated.emit(citation)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.current_passage().article.id == citation.article_id
    window.navigate(Location("path", (ROLE, "")))
    card.links.linkActivated.emit(f"search:{card.step.technologies[0]}")
    assert window.stack.currentWidget() is window.search_view
    window.navigate(Location("path", (ROLE, "")))
    card.links.linkActivated.emit(f"tab:{card.step.tabs[0]}")
    assert window.profile.current_section() == card.step.tabs[0]


def _select(window: MainWindow, start: int, length: int) -> str:
    cursor = window.reader.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)
    return " ".join(cursor.selectedText().split())


def test_a_bookmarked_passage_reopens_at_its_highlight_after_a_restart(
    qtbot, window: MainWindow, library
) -> None:
    window.navigate(Location("reader", ("003", -1, -1, "", "")))
    document = window.reader.text.toPlainText()
    sentence = "Pekerjaan sebagai back-end developer"
    at = document.index(sentence)
    selected = _select(window, at, 180)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "Disimpan ke Simpanan" in window.statusBar().currentMessage()
    window = _restart(qtbot, window, library)
    window.navigate(Location("bookmarks"))
    [card] = window.bookmarks_view.cards
    assert card.bookmark.kind == "passage" and card.bookmark.article_id == "003"
    assert selected[:60] in " ".join(card.bookmark.excerpt.split())
    card.note.setText("contoh untuk presentasi")
    card.note.editingFinished.emit()
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    shown = " ".join(window.reader.highlighted_text().split())
    assert shown.startswith(sentence) and selected[:100] in shown  # the passage, highlighted
    window = _restart(qtbot, window, library)
    window.navigate(Location("bookmarks"))
    assert window.bookmarks_view.cards[0].note.text() == "contoh untuk presentasi"


def test_claims_and_results_are_saved_filtered_and_removed(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(Location("profile", (ROLE, "keahlian")))
    claim = window.profile.claim_widgets["keahlian"][0]
    claim.buttons[0].setFocus()
    qtbot.keyClick(claim.buttons[0], Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.search("gaji")
    results = window.search_view.results
    results.setCurrentIndex(window.search_view.model.index(0, 0))
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.navigate(Location("sources"))
    assert window.bookmark_current() is None  # nothing to save here: said in the status bar
    assert "Ctrl+D" in window.statusBar().currentMessage()
    window.navigate(Location("bookmarks"))
    view = window.bookmarks_view
    assert sorted(c.bookmark.kind for c in view.cards) == ["claim", "hit"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("claim"))
    [shown] = view.visible_cards()
    assert shown.bookmark.claim_id == claim.claim.id and "Keahlian" in shown.bookmark.title
    view.kind_filter.setCurrentIndex(0)
    view.word_filter.setText("gaji")
    assert [c.bookmark.kind for c in view.visible_cards()] == ["hit"]
    view.word_filter.setText("tidak-ada-kata-ini")
    assert view.visible_cards() == [] and view.empty.isVisible()
    view.word_filter.clear()
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)  # the claim in its tab
    assert window.profile.current_section() == "keahlian"
    window.navigate(Location("bookmarks"))

    asked: list[str] = []  # the confirmation, answered "Ya"
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    window.remove_bookmark(window.bookmarks_view.cards[0].bookmark)
    assert len(asked) == 1 and "dari Simpanan?" in asked[0]
    assert len(window.bookmarks_view.cards) == 1


def test_the_self_check_shows_what_the_articles_say_with_citations(
    qtbot, window: MainWindow, library
) -> None:
    window.navigate(HOME)
    qtbot.mouseClick(window.home.start_buttons[0], Qt.MouseButton.LeftButton)
    view = window.selfcheck_view
    assert window.stack.currentWidget() is view
    assert 8 <= len(view.cards) <= 12 and "bukan tes psikologi" in view.about.text()
    first, second = view.cards[:2]
    qtbot.mouseClick(first.group.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.group.buttons()[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.results_button, Qt.MouseButton.LeftButton)
    assert first.result.isVisible() and "Ya, seperti saya" in first.your_answer.text()
    assert first.says.buttons  # the citation markers of what the articles say
    assert "belum dijawab" in view.cards[2].your_answer.text()
    citation = first.statement.citations[0]
    first.says.buttons[0].chosen.emit(citation)
    assert window.reader.current_passage().article.id == citation.article_id
    window = _restart(qtbot, window, library)
    window.navigate(Location("selfcheck"))
    assert window.selfcheck_view.cards[0].answer() == "ya"
    step = next(c for c in window.selfcheck_view.cards if c.statement.steps)
    step.link_activated.emit(f"step:{step.statement.steps[0]}")
    assert window.stack.currentWidget() is window.path_view


def test_the_plan_prints_from_the_path_with_ctrl_p(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rencana.pdf"
    monkeypatch.setattr("ui.print_handout.printers_available", lambda: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    window.navigate(Location("path", (ROLE, "")))
    qtbot.mouseClick(window.path_view.cards[0].buttons.button(2), Qt.MouseButton.LeftButton)
    window.act_print.trigger()
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert len(PdfReader(out).pages) == 1 and "Rencana belajarku: Backend Developer" in text
    assert "1 dari" in text


@pytest.mark.parametrize("clear", [True, False])
def test_reset_for_the_next_student_clears_the_students_data_only_when_asked(
    qtbot, window: MainWindow, clear: bool
) -> None:
    window.navigate(Location("path", (ROLE, "")))
    qtbot.mouseClick(window.path_view.cards[0].buttons.button(2), Qt.MouseButton.LeftButton)
    window.save_answer("suka-logika", "ya")

    def answer() -> None:
        box = window._reset_box
        assert box.checkBox().isChecked() is False  # no lab file: a personal PC, "no"
        box.checkBox().setChecked(clear)
        box.buttons()[0].click()  # "Atur ulang"

    QTimer.singleShot(0, answer)
    fresh = window.ask_reset_for_next_student()
    assert fresh is not None
    store = fresh.student
    assert (store.states(ROLE) == {}) is clear
    assert (store.answers() == {}) is clear


def test_when_the_store_cannot_be_written_the_path_says_so_and_shows_what_is_stored(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "bukan-folder"
    blocked.write_text("x")
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(blocked / "data"))  # cannot be created
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.navigate(Location("path", (ROLE, "")))
    card = window.path_view.cards[0]
    qtbot.mouseClick(card.buttons.button(2), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "\n" not in warnings[0].strip()
    assert card.buttons.checkedId() == 0  # not pretended: still "Belum"
    assert window.path_view.progress.value() == 0
    qtbot.mouseClick(card.buttons.button(1), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1  # said once, not at every click


def test_on_a_lab_pc_the_reset_clears_the_students_data_by_default(
    qtbot, window: MainWindow
) -> None:
    from ui.settings import LabDefaults

    window.settings.lab = LabDefaults(path="C:/Lab/panduan-karier-lab.ini")
    window.save_answer("suka-logika", "ya")
    seen: list[bool] = []

    def answer() -> None:
        box = window._reset_box
        seen.append(box.checkBox().isChecked())
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    fresh = window.ask_reset_for_next_student()
    assert seen == [True] and fresh.student.answers() == {}


def test_right_click_saves_a_reader_selection_or_a_search_result(
    qtbot, window: MainWindow
) -> None:
    """The bookmarks' empty list says «klik kanan → Simpan ke Simpanan»: the reader's menu
    and a search result's menu have it."""
    window.navigate(Location("reader", ("003", -1, -1, "", "")))
    at = window.reader.text.toPlainText().index("Pekerjaan sebagai back-end developer")
    _select(window, at, 60)
    window.reader_context_menu(window.reader.text.rect().center())
    assert window.act_bookmark in window.reader_menu.actions()
    window.reader_menu.close()
    window.act_bookmark.trigger()  # as chosen from the menu
    window.search("gaji")
    results = window.search_view.results
    assert results.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.act_bookmark in results.actions()
    results.setCurrentIndex(window.search_view.model.index(1, 0))
    results.setFocus()
    window.act_bookmark.trigger()  # as chosen from the result's menu
    window.navigate(Location("bookmarks"))
    kinds = sorted(c.bookmark.kind for c in window.bookmarks_view.cards)
    assert kinds == ["hit", "passage"]


def test_results_asked_for_at_the_end_start_at_the_first_statement(
    qtbot, window: MainWindow
) -> None:
    """«Lihat apa kata artikel» under the last statement opened every result and left the
    view somewhere in the middle of statement 1 or 2: now it shows statement 1 from its top."""
    from PySide6.QtWidgets import QApplication

    window.navigate(Location("selfcheck"))
    view = window.selfcheck_view
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    first = view.cards[0]
    top = first.mapTo(view.body, first.rect().topLeft()).y()
    assert first.result.isVisible() and bar.value() == min(top, bar.maximum())
    assert bar.value() > 0  # the page's header scrolled away: statement 1 at the top
