"""A teacher's role profile in the window: a card on home marked "Dibuat guru", the same
profile tabs with citation markers, and a citation whose article was removed shown as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guide.cli import main
from tests.test_teacher_profiles import GIZI, _profile
from ui.main_window import MainWindow
from ui.navigation import Location


@pytest.fixture
def with_profile(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> str:
    """ahli-gizi.md imported and the Ahli Gizi profile stored (the CLI, as a teacher would)."""
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    assert main(["import", str(GIZI), "--json"]) == 0
    gizi_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    return gizi_id


def test_a_teacher_role_on_home_and_in_its_tabs(
    qtbot,
    with_profile: str,
    teacher_window: MainWindow,
) -> None:
    window = teacher_window
    window.navigate(Location("home"))
    cards = {card.profile_id: card for card in window.home.cards}
    assert set(cards) == {"backend-developer", "frontend-developer", "ahli-gizi"}
    assert cards["ahli-gizi"].made_by_teacher and not cards["backend-developer"].made_by_teacher
    qtbot.mouseClick(cards["ahli-gizi"].button, Qt.MouseButton.LeftButton)
    view = window.profile
    assert window.stack.currentWidget() is view
    assert view.tabs.tabText(0).replace("&", "") == "Ringkasan"
    [claim] = view.claim_widgets["ringkasan"]
    [marker] = claim.buttons
    assert marker.text().startswith("[") and not marker.broken
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.current_passage().article.id == with_profile
    # its Sumber tab lists the articles it cites
    window.navigate(Location("profile", ("ahli-gizi", "sumber")))
    sources = [e.article_id for e in window.profile.source_entries]
    assert sources == [with_profile, "001"] or sorted(sources) == sorted([with_profile, "001"])
    # search's role filter offers it, and keeps the section its claim cites
    window.search("ahli gizi")
    roles = window.search_view.role_filter
    index = roles.findData("ahli-gizi")
    assert index > 0 and roles.itemText(index) == "Dikutip di profil Ahli Gizi"
    roles.setCurrentIndex(index)
    model = window.search_view.model
    assert model.rowCount() >= 1


def test_a_removed_articles_citation_is_marked_not_dropped(
    qtbot,
    with_profile: str,
    teacher_window: MainWindow,
) -> None:
    window = teacher_window
    assert window.navigate(Location("sources"))  # asked first: the roles citing it are named
    box = window.sources.confirm_remove(with_profile, "Ahli gizi")
    assert "Profil peran yang mengutip artikel ini: Ahli Gizi." in box.text()
    box.reject()
    other = window.sources.confirm_remove("002", "Startup Campus")  # no role cites it
    assert "mengutip" not in other.text()
    other.reject()
    assert window.library.remove_article(with_profile)
    window.refresh_views()
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    [claim] = window.profile.claim_widgets["ringkasan"]
    [marker] = claim.buttons
    assert marker.broken == 1
    assert "kutipan tidak ditemukan lagi di artikel" in marker.text()
    assert "kutipan tidak ditemukan lagi di artikel" in marker.toolTip()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_screenshots_of_a_teacher_role(
    qtbot, with_profile: str, teacher_window: MainWindow, width: int, height: int
) -> None:
    """Home with the teacher's role and its profile tab: saved for a look (tests/screenshots/,
    ignored by git); the card's texts are all visible."""
    from PySide6.QtWidgets import QApplication

    window = teacher_window
    window.resize(width, height)
    folder = Path(__file__).parent / "screenshots" / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    window.navigate(Location("home"))
    QApplication.processEvents()
    window.grab().save(str(folder / "home-teacher-role.png"))
    card = next(c for c in window.home.cards if c.profile_id == "ahli-gizi")
    assert card.isVisible() and card.button.isVisible()
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    QApplication.processEvents()
    window.grab().save(str(folder / "profile-teacher-role.png"))
    assert window.profile.tabs.count() >= 2
    editor = window.edit_role()
    QApplication.processEvents()
    editor.grab().save(str(folder / "role-editor.png"))
    assert editor.width() <= width and editor.height() <= height
    editor.reject()


def _select(window: MainWindow, text: str) -> None:
    """Select ``text`` in the reader, as a mouse drag would."""
    from PySide6.QtGui import QTextCursor

    document = window.reader.text.document()
    found = document.find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)


def test_quote_a_passage_into_a_new_role_then_as_a_second_source(
    qtbot, teacher_window: MainWindow, capsys
) -> None:
    """Select a passage in the reader → Kutip ke profil… → a new role with one cited claim on
    home; a second passage added to that claim as a further source; a selection across two
    paragraphs is refused in the dialog, nothing stored."""
    window = teacher_window
    assert main(["import", str(GIZI), "--json"]) == 0
    gizi_id = json.loads(capsys.readouterr().out)["id"]
    window.refresh_library()
    window.navigate(Location("reader", (gizi_id, -1, -1, "", "")))
    assert window.quote_selection() is None  # nothing selected: the status bar says what to do
    assert "blok kalimat" in window.statusBar().currentMessage()

    _select(window, "Ahli gizi membantu orang mengatur pola makan agar tetap sehat.")
    window.reader_context_menu(window.reader.text.rect().center())
    assert window.act_quote_to_profile in window.reader_menu.actions()
    window.reader_menu.close()
    window.act_quote_to_profile.trigger()
    dialog = window.quote_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.role.currentData() == ""  # no role yet: "Peran baru…"
    qtbot.keyClicks(dialog.name, "Ahli Gizi")
    qtbot.keyClicks(dialog.summary, "Membantu orang menjaga pola makan sehat.")
    dialog.aspect.setCurrentIndex(dialog.aspect.findData("fokus-kerja"))
    dialog.statement.setPlainText("Ahli gizi membantu orang mengatur pola makan.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.problem.text()
    assert "Dikutip ke profil «Ahli Gizi»." in window.statusBar().currentMessage()
    assert "ahli-gizi" in {card.profile_id for card in window.home.cards}
    role = window.library.profile("ahli-gizi")
    [claim] = role.claims()
    assert claim.text == "Ahli gizi membantu orang mengatur pola makan." and claim.aspects == (
        "fokus-kerja",
    )
    assert claim.citations[0].start >= 0  # located in the article

    # a second passage, as a further source of the same claim
    window.navigate(Location("reader", (gizi_id, -1, -1, "", "")))
    _select(window, "Mereka bekerja di rumah sakit, sekolah, dan industri makanan.")
    dialog = window.quote_selection()
    assert dialog.role.currentData() == "ahli-gizi"  # the teacher's role, by default
    dialog.claim.setCurrentIndex(1)  # "Tambahkan sebagai sumber: …"
    assert not dialog.statement.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [claim] = window.library.profile("ahli-gizi").claims()
    assert len(claim.citations) == 2

    # across two paragraphs: not one verbatim passage of the article
    window.navigate(Location("reader", (gizi_id, -1, -1, "", "")))
    _select(window, "Rumah sakit dan puskesmas")
    cursor = window.reader.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.Down, cursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)
    dialog = window.quote_selection()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "kutipan" in dialog.problem.text()
    assert len(window.library.profile("ahli-gizi").claims()) == 1  # nothing stored
    dialog.reject()

    # the role built through the UI, as a student sees it: saved for a look
    from PySide6.QtWidgets import QApplication

    folder = Path(__file__).parent / "screenshots" / "1024x768"
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1024, 768)
    window.navigate(Location("home"))
    QApplication.processEvents()
    window.grab().save(str(folder / "home-role-built-in-the-app.png"))
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    QApplication.processEvents()
    window.grab().save(str(folder / "profile-role-built-in-the-app.png"))


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_screenshot_of_the_quote_dialog(
    qtbot, with_profile: str, teacher_window: MainWindow, width: int, height: int
) -> None:
    """The quote dialog over the reader: saved for a look; it fits the screen."""
    from PySide6.QtWidgets import QApplication

    window = teacher_window
    window.resize(width, height)
    window.navigate(Location("reader", (with_profile, -1, -1, "", "")))
    _select(window, "Ahli gizi membantu orang mengatur pola makan agar tetap sehat.")
    dialog = window.quote_selection()
    QApplication.processEvents()
    folder = Path(__file__).parent / "screenshots" / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "quote-dialog.png"))
    assert dialog.width() <= width and dialog.height() <= height
    assert dialog.role.currentData() == "ahli-gizi"
    dialog.reject()


def test_compare_any_two_roles_with_the_pickers(
    qtbot, with_profile: str, teacher_window: MainWindow
) -> None:
    """The comparison view's role pickers: a teacher's role against Backend Developer; a row
    one role does not discuss says so."""
    window = teacher_window
    window.navigate(Location("compare"))
    view = window.comparison
    pickers = (view.left_picker, view.right_picker)
    assert [p.currentData() for p in pickers] == ["backend-developer", "frontend-developer"]
    assert view.left_picker.findData("ahli-gizi") >= 0
    view.right_picker.setCurrentIndex(view.right_picker.findData("ahli-gizi"))
    view.right_picker.activated.emit(view.right_picker.currentIndex())
    assert view.comparison.right.id == "ahli-gizi"
    assert view.title.text() == "Backend Developer vs Ahli Gizi"
    rows = {r.aspect.id: r for r in view.comparison.rows}
    assert rows["fokus-kerja"].right.discussed and not rows["gaji"].right.discussed
    window.go_back()
    assert (view.comparison.left.id, view.comparison.right.id) == (
        "backend-developer",
        "frontend-developer",
    )


def _button(box, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_edit_a_teacher_role_and_never_lose_changes(
    qtbot, with_profile: str, teacher_window: MainWindow
) -> None:
    """Ubah profil peran…: change a statement, remove a claim's only source (the claim goes),
    save; closing with changes asks; deleting the role asks, then home no longer shows it."""
    window = teacher_window
    window.navigate(Location("profile", ("backend-developer", "")))
    assert window.edit_role() is None  # the program's role: not editable
    assert "buatan Anda" in window.statusBar().currentMessage()
    window.navigate(Location("profile", ("ahli-gizi", "")))
    editor = window.edit_role()
    assert editor is not None and editor.isVisible() and not editor.dirty
    tree = editor.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))  # Ringkasan's claim
    editor.statement.setPlainText("Ahli gizi menjaga pola makan orang.")
    assert editor.dirty and editor.save_button.isEnabled()

    editor.close()  # changes: asked, not lost
    assert editor.confirm is not None and editor.confirm.isVisible()
    qtbot.mouseClick(_button(editor.confirm, "Lanjut mengubah"), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.dirty

    claim = tree.topLevelItem(1).child(0)  # Keahlian's claim, one source
    tree.setCurrentItem(claim.child(0))
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert [c.id for c in editor.profile.claims()] == ["definisi"]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.dirty
    [stored] = window.library.profile("ahli-gizi").claims()
    assert stored.text == "Ahli gizi menjaga pola makan orang."
    assert window.stack.currentWidget() is window.profile

    qtbot.mouseClick(editor.delete_role, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(editor.confirm, "Batal"), Qt.MouseButton.LeftButton)
    assert window.library.profile("ahli-gizi") is not None  # "Batal" keeps it
    qtbot.mouseClick(editor.delete_role, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(editor.confirm, "Hapus"), Qt.MouseButton.LeftButton)
    assert window.library.profile("ahli-gizi") is None
    assert "ahli-gizi" not in {card.profile_id for card in window.home.cards}
    assert window.stack.currentWidget() is window.home


def test_a_lab_packs_role_is_read_only_until_copied(
    qtbot, with_profile: str, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a student's (or another teacher's) PC a lab pack's role shows read-only; "Salin
    peran ke perpustakaan saya" makes it the teacher's own, to edit."""
    from guide.datadir import DataLocation
    from guide.library import Library
    from guide.sources import open_sources
    from ui.settings import Settings

    lab = tmp_path / "lab"
    assert main(["pack", "export", str(lab / "kelas.pkpack")]) == 0
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(lab))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "lain" / "data"))
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(tmp_path / "lain" / "cache"))
    library = Library(DataLocation(data_dir, bundled=False), open_sources())
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.set_library(library)
    window._owns_library = True
    assert library.profile_origin("ahli-gizi") == "pack"
    window.navigate(Location("profile", ("ahli-gizi", "")))
    assert window.edit_role() is None  # a lab's role: not editable here
    assert window.copy_role()
    assert window.library.profile_origin("ahli-gizi") == "personal"
    assert "dapat diubah" in window.statusBar().currentMessage()
    editor = window.edit_role()
    assert editor is not None
    editor.reject()
    window.stop_library_work()


def test_the_quote_dialog_never_drops_typed_work_silently(
    qtbot, with_profile: str, teacher_window: MainWindow
) -> None:
    window = teacher_window
    window.navigate(Location("reader", (with_profile, -1, -1, "", "")))
    _select(window, "Ahli gizi membantu orang mengatur pola makan agar tetap sehat.")
    dialog = window.quote_selection()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()
    dialog = window.quote_selection()
    dialog.statement.setPlainText("Ahli gizi menyusun menu sehat.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm is not None and dialog.confirm.isVisible()
    qtbot.mouseClick(_button(dialog.confirm, "Lanjut menulis"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.statement.toPlainText() == "Ahli gizi menyusun menu sehat."
    dialog.reject()
    qtbot.mouseClick(_button(dialog.confirm, "Buang"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(window.library.profile("ahli-gizi").claims()) == 2  # nothing stored


def test_a_teacher_role_presents_quizzes_and_prints_like_the_programs_roles(
    qtbot, with_profile: str, teacher_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """Issue 15: slides, the quiz against another role and the handout work for a teacher's
    role too."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from ui.slide_layout import overflows

    window = teacher_window
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    qtbot.keyClick(window.stack, Qt.Key.Key_F5)
    slides = window.slides
    assert window.stack.currentWidget() is slides and slides.deck.role_names == ("Ahli Gizi",)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: slides.width() == 1024)
    for index in range(slides.count):
        slides.go_to(index)
        assert overflows(slides.current_layout()) == [], index
    qtbot.keyClick(slides, Qt.Key.Key_Escape)
    window.start_quiz("backend-developer", "ahli-gizi")
    quiz = window.quiz
    assert quiz.title.text() == "Backend Developer atau Ahli Gizi?"
    if quiz.questions:  # only aspects where the roles differ give questions
        assert {q.answer for q in quiz.questions} <= {"backend-developer", "ahli-gizi"}
    else:  # this small role has none: said so, nothing to answer
        assert "Belum ada soal" in quiz.statement.text()
        assert not quiz.choice_buttons[0].isVisible() and quiz.back_button.isVisible()
        qtbot.keyClick(quiz, Qt.Key.Key_1)
        assert quiz.answers == []
    out = tmp_path / "gizi.pdf"
    monkeypatch.setattr("ui.print_handout.printers_available", lambda: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    window.navigate(Location("profile", ("ahli-gizi", "")))
    window.act_print.trigger()
    reader = PdfReader(out)
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and text.startswith("Ahli Gizi")
