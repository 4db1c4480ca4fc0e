"""Search in the UI: suggestions as you type, results with filters, banners, recent searches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.main_window import MainWindow
from ui.navigation import Location
from ui.results_model import SourceRole


def test_typing_shows_completions_headings_and_full_text_last(qtbot, window: MainWindow) -> None:
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "pemr")
    items = box.suggestions()
    assert items[0].kind == "word" and items[0].query == "pemrograman"
    assert items[-1].kind == "full" and items[-1].label == "Cari teks lengkap: «pemr»"
    box.clear()
    qtbot.keyClicks(box, "tugas back")
    headings = [s.label for s in box.suggestions() if s.kind == "heading"]
    assert any("Apa Tugas Seorang Backend Developer?" in h for h in headings)
    assert box.suggestions()[-1].label == "Cari teks lengkap: «tugas back»"


def test_enter_shows_full_results_with_source_line(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "menyimpan data")
    window.search_box.completer_.popup().hide()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    view = window.search_view
    assert window.stack.currentWidget() is view
    assert view.status.text().startswith(f"{view.model.rowCount()} hasil untuk «menyimpan data»")
    sources = [view.model.index(r).data(SourceRole) for r in range(view.model.rowCount())]
    assert any("dibimbing.id" in s and "2024" in s for s in sources)


def test_partial_matches_are_said_on_their_source_line(window: MainWindow) -> None:
    """Sections holding only some of the words come after the complete ones, and say so."""
    window.search("docker skalabilitas")
    model = window.search_view.model
    hits = [model.hit(r) for r in range(model.rowCount())]
    sources = [model.index(r).data(SourceRole) for r in range(model.rowCount())]
    assert hits[0].complete and "sebagian" not in sources[0]
    partial = [s for h, s in zip(hits, sources, strict=True) if not h.complete]
    assert partial and all(s.endswith("memuat sebagian kata yang dicari") for s in partial)


def test_choosing_a_heading_suggestion_opens_the_reader(qtbot, window: MainWindow) -> None:
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "tugas back")
    row = next(i for i, s in enumerate(box.suggestions()) if s.kind == "heading")
    box._chosen(box.model.index(row, 0))
    assert window.stack.currentWidget() is window.reader


def test_correction_banner_and_search_as_typed(qtbot, window: MainWindow) -> None:
    window.search("pemograman")
    view = window.search_view
    assert view.status.text().startswith("Menampilkan hasil untuk «pemrograman».")
    assert view.alternative.isVisible()
    assert view.alternative.text() == "Cari «pemograman» saja?"
    qtbot.mouseClick(view.alternative, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    assert "Tidak ada hasil untuk «pemograman»" in view.empty_text.text()
    assert view.status.text() == ""  # said once, in the empty panel only


def test_did_you_mean_when_there_are_results(window: MainWindow) -> None:
    window.search("gaji pemograman")
    view = window.search_view
    assert view.model.rowCount() > 0
    assert view.alternative.text() == "Maksud Anda «gaji pemrograman»?"


def test_no_results_offers_suggestions_and_profiles(window: MainWindow) -> None:
    window.search("zzzqqq")
    view = window.search_view
    assert not view.results.isVisible() and view.empty.isVisible()
    labels = [b.text() for b in view.empty.findChildren(QPushButton)]
    assert "Profil Backend Developer" in labels and "Profil Frontend Developer" in labels


def test_filters_by_article_and_role(window: MainWindow) -> None:
    window.search("developer")
    view = window.search_view
    total = view.model.rowCount()
    view.article_filter.setCurrentIndex(view.article_filter.findData("003"))
    assert 0 < view.model.rowCount() < total
    assert {h.article_id for h in view.visible_hits()} == {"003"}
    assert "(dari" in view.status.text()
    view.article_filter.setCurrentIndex(0)
    view.role_filter.setCurrentIndex(view.role_filter.findData("frontend-developer"))
    roles = window.library.section_roles
    assert all("frontend-developer" in roles[h.section_id] for h in view.visible_hits())


def test_recent_searches_clear_and_lab_reset(qtbot, window: MainWindow) -> None:
    window.search("gaji")
    window.search("docker")
    assert window.settings.recent_searches[:2] == ["docker", "gaji"]
    window.navigate(Location("home"))
    assert window.home.recent_label.isVisible()
    window.search_box.clear()
    window.search_box.setFocus()
    window.search_box.refresh("")
    assert [s.query for s in window.search_box.suggestions()][:2] == ["docker", "gaji"]
    window.apply_zoom(1.5)
    window.reset_for_next_student()
    assert window.settings.recent_searches == [] and window.zoom == 1.0
    assert window.stack.currentWidget() is window.home and not window.history.can_go_back()
    window.search("gaji")
    window.clear_recent_searches()
    assert window.settings.recent_searches == []


def test_slash_focuses_search_unless_typing(qtbot, window: MainWindow) -> None:
    window.navigate(Location("compare"))
    window.comparison.setFocus()
    qtbot.keyClick(window.comparison, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "a/b")
    assert window.search_box.text().endswith("a/b")


def test_reader_from_a_result_marks_words_and_f3_moves(qtbot, window: MainWindow) -> None:
    window.search("menyimpan data")
    view = window.search_view
    view.results.setCurrentIndex(view.model.index(0))
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    reader = window.reader
    assert reader.match_count() >= 2
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reader.text.setFocus()
    first = reader.text.textCursor().selectionStart()
    qtbot.keyClick(reader.text, Qt.Key.Key_F3)
    assert reader.text.textCursor().selectionStart() != first


def test_role_filter_says_it_keeps_the_sections_a_profile_cites(window: MainWindow) -> None:
    """Issue 11, point 10: "Frontend Developer" kept sections titled Back-end without saying
    that it means "sections the Frontend Developer profile cites"."""
    window.search("developer")
    view = window.search_view
    combo = view.role_filter
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [
        "Semua bagian",
        "Dikutip di profil Backend Developer",
        "Dikutip di profil Frontend Developer",
    ]
    combo.setCurrentIndex(combo.findData("frontend-developer"))
    total = len(view.result.hits)
    shown = view.model.rowCount()
    assert 0 < shown < total
    assert view.status.text() == (
        f"{shown} hasil (dari {total}) untuk «developer». "
        "Hanya bagian artikel yang dikutip di profil Frontend Developer."
    )
    combo.setCurrentIndex(0)
    assert "dikutip" not in view.status.text()


def test_no_results_never_offers_an_unrelated_word(window) -> None:
    """Issue 11, point 11: "kisah cinta" offered «kisaran», "salry" «salah» (completions of
    the first three letters); only a real correction is offered now."""
    window.search("kisah cinta")
    view = window.search_view
    texts = [
        view.empty_buttons.itemAt(i).widget().text()
        for i in range(view.empty_buttons.count())
        if view.empty_buttons.itemAt(i).widget() is not None
    ]
    assert not [t for t in texts if "kisaran" in t or t.startswith("Cari")], texts


def test_article_filter_names_articles_not_ids(window) -> None:
    window.search("gaji")
    combo = window.search_view.article_filter
    items = [combo.itemText(i) for i in range(combo.count())]
    assert not [t for t in items if t[:3].isdigit()], items
    assert len({t.split(" — ")[0] for t in items}) == len(items)
