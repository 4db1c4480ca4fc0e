"""Search that answers the question (issue 11, point 12): a query naming a profile topic shows
links above the results to that tab or to the comparison; a role the sources are silent about
is said to be so; the snippet's passage is where the reader can open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from guide.hit_passage import snippet_range
from ui.main_window import MainWindow
from ui.navigation import Location

BACKEND, FRONTEND = "backend-developer", "frontend-developer"


@pytest.mark.parametrize("query", ["gaji", "salary", "penghasilan", "gajinya"])
def test_salary_query_links_the_gaji_tab(qtbot, window: MainWindow, query: str) -> None:
    window.search(query)
    topics = window.search_view.topics
    assert topics.isVisible()
    assert topics.button_texts() == ["Profil Backend Developer: Gaji"]
    assert not topics.notice.isVisible()
    button = topics._buttons[0]
    assert button.isVisible() and button.y() < window.search_view.results.y() + 1
    with qtbot.waitSignal(window.search_view.section_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [BACKEND, "gaji"]


def test_jurusan_links_pendidikan(window: MainWindow) -> None:
    window.search("jurusan")
    assert window.search_view.topics.button_texts() == [
        "Profil Backend Developer: Pendidikan & Jalur Karier"
    ]


def test_difference_question_links_the_comparison(qtbot, window: MainWindow) -> None:
    window.search("apa bedanya backend dan frontend")
    topics = window.search_view.topics
    assert topics.button_texts() == ["Bandingkan Backend Developer dan Frontend Developer"]
    with qtbot.waitSignal(window.search_view.compare_requested) as signal:
        qtbot.mouseClick(topics._buttons[0], Qt.MouseButton.LeftButton)
    assert signal.args == [BACKEND, FRONTEND]


def test_frontend_salary_is_said_to_be_missing(window: MainWindow) -> None:
    window.search("berapa gaji frontend")
    view = window.search_view
    assert view.model.rowCount() > 0  # the backend figures are still there, but not silently
    notice = view.topics.notice
    assert notice.isVisible()
    assert notice.text() == (
        "Artikel sumber tidak membahas «Gaji» untuk Frontend Developer. "
        "Hasil di bawah ini menyebut «Gaji» untuk peran lain."
    )
    assert view.topics.button_texts() == ["Profil Backend Developer: Gaji"]


def test_no_links_for_a_query_that_names_no_topic(window: MainWindow) -> None:
    window.search("gaji")
    window.search("menyimpan data")
    topics = window.search_view.topics
    assert not topics.isVisible() and topics.button_texts() == []


def test_the_links_navigate_in_the_window(qtbot, window: MainWindow) -> None:
    window.search("salary")
    qtbot.mouseClick(window.search_view.topics._buttons[0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.profile
    assert window.profile.current_section() == "gaji"
    window.search("backend vs frontend")
    qtbot.mouseClick(window.search_view.topics._buttons[0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.comparison


def test_the_snippet_range_opens_the_reader_at_the_snippet(qtbot, window: MainWindow) -> None:
    """What MainWindow.open_hit should pass: the reader highlights and shows the passage."""
    window.search("gaji")
    hit = window.search_view.model.hit(1)  # Kisaran gaji …: the snippet is mid-section
    passage = window.library.open_article(hit.article_id)
    section = next(s for s in passage.sections if s.id == hit.section_id)
    start, end = snippet_range(hit, passage.article.text, section.start, section.end)
    assert start > section.start  # not the section's first line
    window.navigate(Location("reader", (hit.article_id, start, end, hit.section_id, "gaji")))
    reader = window.reader
    shown = " ".join(reader.highlighted_text().split())
    assert shown == " ".join(hit.snippet.text.strip("…").split())
    qtbot.wait(50)
    cursor_rect = reader.text.cursorRect()
    assert reader.text.viewport().rect().contains(cursor_rect.center())


def test_opening_a_result_lands_at_its_snippet(qtbot, window: MainWindow) -> None:
    window.search("gaji")
    view = window.search_view
    hit = view.model.hit(1)
    view.results.setCurrentIndex(view.model.index(1))
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    shown = " ".join(window.reader.highlighted_text().split())
    assert shown == " ".join(hit.snippet.text.strip("…").split())
