"""Teachers' articles in the window (issue 13): "Tambah artikel…" and dropped files through the
import dialog's worker, "Buka", the sources view's origin and "Hapus", search before and after,
packs exported and imported through the dialogs, "Batal" after the current file, the lab
folder's ``packs=`` key; screenshots of the dialog, the reader and the results."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import REPO
from tests.test_ui_screenshots import _distinct_colours, _overflow
from ui.main_window import MainWindow
from ui.navigation import Location
from ui.results_model import SourceRole
from ui.settings import Settings

FIXTURES = REPO / "tests" / "fixtures" / "import"
GOOD = FIXTURES / "ahli-gizi.md"  # "Mengenal Profesi Ahli Gizi", front matter, headings
SCANNED = FIXTURES / "brosur-pindaian.pdf"  # a scanned PDF: no text, refused
SHOTS = Path(__file__).resolve().parent / "screenshots"
IMPORT_WAIT_MS = 90_000  # the sandboxed parse: ~0.2-1 s a file, more on a busy machine


def _run(qtbot, dialog) -> None:
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=IMPORT_WAIT_MS)


def _teacher_ids(window: MainWindow) -> list[str]:
    lib = window.library
    return [a.id for a in lib.articles if lib.origin(a.id).kind == "personal"]


def _search_origins(window: MainWindow, query: str) -> list[str]:
    window.search(query)
    model = window.search_view.model
    return [model.index(r).data(SourceRole) for r in range(model.rowCount())]


def test_import_open_list_search_and_remove(qtbot, teacher_window: MainWindow) -> None:
    window = teacher_window
    assert not any("Artikel guru" in s for s in _search_origins(window, "ahli gizi"))
    dialog = window.import_files([GOOD, SCANNED])
    assert dialog.isVisible() and dialog.status_of(1) in ("menunggu", "sedang diimpor…")
    assert not window.act_add_articles.isEnabled()  # one batch at a time
    _run(qtbot, dialog)
    assert dialog.status_of(0) == "diimpor"
    assert dialog.status_of(1).startswith("ditolak: ")
    assert len(dialog.status_of(1)) > len("ditolak: ") + 10  # a reason, in words
    assert dialog.message.text() == "Selesai: 1 diimpor, 0 tidak berubah, 1 ditolak."
    assert dialog.open_button.isVisible() and dialog.close_button.isVisible()
    assert window.act_add_articles.isEnabled()
    [article_id] = _teacher_ids(window)

    # "Buka": the reader, its byline naming the origin, the file and the day
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.reader
    text = window.reader.text.toPlainText()
    assert text.startswith("Mengenal Profesi Ahli Gizi")
    assert "Artikel guru  ·  ahli-gizi.md  ·  diimpor " in text
    assert "Penulis: Bapak Yusuf Rahman" in text and "<div" not in text

    # search finds it, and says where it comes from; the filter has "Artikel guru (semua)"
    sources = _search_origins(window, "ahli gizi")
    assert sources and "Artikel guru" in sources[0]
    combo = window.search_view.article_filter
    index = combo.findText("Artikel guru (semua)")
    assert index == 1
    combo.setCurrentIndex(index)
    hits = window.search_view.visible_hits()
    assert hits and {h.article_id for h in hits} == {article_id}

    # the sources view lists it with its origin, and removes it after "Hapus" is confirmed
    assert window.navigate(Location("sources"))
    view = window.sources
    card_text = " ".join(
        label.text() for label in view.cards[article_id].findChildren(type(view.imported_hint))
    )
    # each part of the byline keeps its words together: lines break only between parts
    assert "Tanggal:\xa021\xa0September\xa02023" in card_text
    card_text = card_text.replace("\xa0", " ")
    assert "Artikel guru" in card_text and "ahli-gizi.md" in card_text and "diimpor" in card_text
    qtbot.mouseClick(view.remove_buttons[article_id], Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    assert [b.text() for b in box.buttons()] == ["Hapus", "Batal"] or {
        b.text() for b in box.buttons()
    } == {"Hapus", "Batal"}
    cancel = next(b for b in box.buttons() if b.text() == "Batal")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert _teacher_ids(window) == [article_id]  # "Batal" keeps it
    qtbot.mouseClick(view.remove_buttons[article_id], Qt.MouseButton.LeftButton)
    remove = next(b for b in view.confirm_box.buttons() if b.text() == "Hapus")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert _teacher_ids(window) == []
    assert article_id not in window.sources.cards
    assert "Belum ada artikel guru" in window.sources.imported_hint.text()
    assert not any("Artikel guru" in s for s in _search_origins(window, "ahli gizi"))
    assert window.search_view.article_filter.findText("Artikel guru (semua)") == -1
    # its words leave the index too (rewritten in a worker): nothing corrects towards them
    assert not window.library_busy()  # an import may start at once
    qtbot.waitUntil(lambda: not window.tidying(), timeout=IMPORT_WAIT_MS)
    qtbot.waitUntil(lambda: "puskesmas" not in window.library.searcher.vocabulary.freqs)


def test_ctrl_o_opens_the_file_dialog_and_imports_the_chosen_files(
    qtbot, teacher_window: MainWindow
) -> None:
    window = teacher_window
    window.stack.setFocus()
    qtbot.keyClick(window.stack, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    chooser = window.file_dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles  # several at once
    filters = chooser.nameFilters()
    assert filters[0].startswith("Artikel (") and "*.docx" in filters[0] and "*.pdf" in filters[0]
    assert filters[-1] == "Semua berkas (*)"
    chooser.setDirectory(str(FIXTURES))
    chooser.selectFile(f'"{GOOD.name}" "{SCANNED.name}"')
    chooser.accept()
    dialog = window._import_dialog
    assert dialog is not None and dialog.table.rowCount() == 2
    _run(qtbot, dialog)
    assert dialog.status_of(0) == "diimpor" and dialog.status_of(1).startswith("ditolak: ")


def test_dropped_file_starts_an_import(qtbot, teacher_window: MainWindow) -> None:
    window = teacher_window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(GOOD)), QUrl("https://example.com/a.html")])
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    web_only = QMimeData()
    web_only.setUrls([QUrl("https://example.com/a.html")])
    refused = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        web_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()  # a web address is never fetched
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialog = window._import_dialog
    assert dialog is not None and dialog.table.rowCount() == 1  # the local file only
    _run(qtbot, dialog)
    assert dialog.status_of(0) == "diimpor"
    assert len(_teacher_ids(window)) == 1


def test_dropped_folder_is_expanded_one_level(tmp_path: Path) -> None:
    from ui.library_actions import expand_paths

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "a.TXT").write_text("x", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    found = expand_paths([tmp_path, GOOD, GOOD, tmp_path / "missing.txt"])
    assert [p.name for p in found] == ["a.TXT", "b.md", "ahli-gizi.md"]


def test_cancel_stops_after_the_current_file(
    qtbot, teacher_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Batal" while the first file is being imported: it finishes whole, the rest wait."""
    from guide import teacher_library

    window = teacher_window
    gate = threading.Event()
    real = teacher_library.import_path

    def held(personal, path, then=None):
        gate.wait(60)  # the first file is "sedang diimpor…" until the test has pressed Batal
        return real(personal, path, then)

    monkeypatch.setattr(teacher_library, "import_path", held)
    others = [FIXTURES / "catatan-cp1252.txt", FIXTURES / "profesi-pilot-utf16.txt"]
    dialog = window.import_files([GOOD, *others])
    qtbot.waitUntil(lambda: dialog.status_of(0) == "sedang diimpor…")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # closed at once; the worker finishes its file
    gate.set()
    _run(qtbot, dialog)
    assert [dialog.status_of(i) for i in range(3)] == ["diimpor", "dibatalkan", "dibatalkan"]
    assert len(_teacher_ids(window)) == 1  # the file being imported, whole; nothing else
    assert "Dibatalkan: 2 berkas tidak diimpor." in window.statusBar().currentMessage()


def test_the_new_index_is_opened_in_the_worker_then_merged(
    qtbot, teacher_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window never opens the personal index itself after an import: the worker does
    (Library.reopen) and hands it over; then the worker merges the segments (tidy)."""
    from guide.library import Library
    from guide.personal import PersonalLibrary

    window = teacher_window
    calls: list[tuple[str, int]] = []
    reopen, tidy = Library.reopen, PersonalLibrary.tidy

    def spy_reopen(self):
        calls.append(("reopen", threading.get_ident()))
        return reopen(self)

    def spy_tidy(self, stop=None):
        calls.append(("tidy", threading.get_ident()))
        return tidy(self, stop)

    monkeypatch.setattr(Library, "reopen", spy_reopen)
    monkeypatch.setattr(PersonalLibrary, "tidy", spy_tidy)
    _run(qtbot, window.import_files([GOOD]))
    main = threading.get_ident()
    assert [name for name, _ in calls] == ["reopen", "tidy"]  # once each, in this order
    assert all(thread != main for _, thread in calls)
    assert "Artikel guru" in " ".join(_search_origins(window, "ahli gizi puskesmas"))


def test_esc_closes_the_finished_dialog(qtbot, teacher_window: MainWindow) -> None:
    dialog = teacher_window.import_files([SCANNED])
    _run(qtbot, dialog)
    assert not dialog.open_button.isVisible()  # nothing to open
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_pack_export_then_import(
    qtbot, teacher_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = teacher_window
    _run(qtbot, window.import_files([GOOD]))
    [article_id] = _teacher_ids(window)

    out = tmp_path / "kelas-xi"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_pack()
    ask = window.pack_title_dialog
    assert ask is not None and ask.isVisible() and ask.textValue() == "Paket artikel guru"
    ask.setTextValue("Karier Kesehatan")
    ask.accept()
    qtbot.waitUntil(
        lambda: window.library_message is not None and window.library_message.isVisible(),
        timeout=30_000,
    )
    message = window.library_message.text()
    pack = tmp_path / "kelas-xi.pkpack"
    assert pack.is_file() and str(pack) in message and "Artikel guru di dalamnya: 1" in message
    window.library_message.done(0)

    window.remove_article(article_id)
    assert _teacher_ids(window) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    dialog = window.import_pack()
    _run(qtbot, dialog)
    assert dialog.windowTitle() == "Impor paket"
    assert dialog.status_of(0) == "1 artikel dibaca"
    assert dialog.table.item(1, 0).text() == "Mengenal Profesi Ahli Gizi"
    assert dialog.status_of(1) == "diimpor"
    assert _teacher_ids(window) == [article_id]


def test_a_bad_pack_is_refused_with_its_sentence(
    qtbot, teacher_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "rusak.pkpack"
    bad.write_bytes(b"PK\x03\x04 bukan zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog = teacher_window.import_pack()
    _run(qtbot, dialog)
    assert dialog.status_of(0).startswith("ditolak: ")
    assert "rusak.pkpack" in dialog.message.text()  # PackError's sentence names the file
    assert not dialog.open_button.isVisible()


def test_export_with_no_teacher_article_says_so(teacher_window: MainWindow) -> None:
    teacher_window.export_pack()
    box = teacher_window.library_message
    assert box is not None and "Belum ada artikel guru" in box.text()
    assert [b.text() for b in box.buttons()] == ["Tutup"]


def test_lab_file_packs_key_keeps_windows_paths(tmp_path: Path) -> None:
    from ui.settings import read_lab_file

    lab = tmp_path / "panduan-karier-lab.ini"
    lab.write_text(
        "theme=dark\npacks=\\\\server\\lab share\\paket   ; the lab folder\n", encoding="utf-8"
    )
    defaults = read_lab_file(lab)
    assert defaults.packs == "\\\\server\\lab share\\paket" and defaults.theme == "dark"
    lab.write_text('[General]\npacks="C:\\ProgramData\\panduan-karier\\paket"\n', encoding="utf-8")
    assert read_lab_file(lab).packs == "C:\\ProgramData\\panduan-karier\\paket"


def test_loader_opens_the_lab_folder_and_says_a_bad_pack(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """The lab folder of the lab file is read by the loader; a skipped pack is one line."""
    from ui.loader import DataLoader

    folder = tmp_path / "lab"
    folder.mkdir()
    (folder / "rusak.pkpack").write_bytes(b"bukan paket")
    monkeypatch.delenv("PANDUAN_PACKS_DIR", raising=False)
    monkeypatch.setattr("guide.datadir.ensure_data", lambda on_build=None: _location(data_dir))
    loader = DataLoader(str(folder))
    got = []
    loader.ready.connect(got.append)
    loader.run()
    [library] = got
    try:
        assert len(library.pack_problems) == 1 and "rusak.pkpack" in library.pack_problems[0]
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.set_library(library)
        assert window.statusBar().currentMessage() == library.pack_problems[0]
    finally:
        library.close()


def _location(data_dir: Path):
    from guide.datadir import DataLocation

    return DataLocation(data_dir, bundled=False)


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_screenshots_of_a_teacher_article(
    qtbot, teacher_window: MainWindow, width: int, height: int
) -> None:
    """The import dialog, the reader and search results with a teacher's article: saved for a
    look (tests/screenshots/, ignored by git), and checked not to overflow."""
    window = teacher_window
    window.resize(width, height)
    folder = SHOTS / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    dialog = window.import_files([GOOD, SCANNED, FIXTURES / "berita-data-analyst.html"])
    _run(qtbot, dialog)
    QApplication.processEvents()
    dialog.grab().save(str(folder / "import-dialog.png"))
    assert dialog.width() <= width and dialog.height() <= height
    for row in range(dialog.table.rowCount()):  # every status readable, none cut off
        index = dialog.table.model().index(row, 1)
        hint = dialog.table.sizeHintForRow(row)
        assert dialog.table.rowHeight(row) >= hint, (row, index.data())
    if width == 1024:  # the dialog in the other themes: statuses readable on their colours
        for theme in ("dark", "contrast"):
            window.set_theme(theme, save=False)
            QApplication.processEvents()
            dialog.grab().save(str(folder / f"import-dialog-{theme}.png"))
        window.set_theme("system", save=False)
    dialog.accept()
    shots = {
        "reader-teacher": Location("reader", (_teacher_ids(window)[0], -1, -1, "", "")),
        "search-teacher": Location("search", ("ahli gizi",)),
        "sources-teacher": Location("sources"),
    }
    failures = []
    for name, location in shots.items():
        assert window.navigate(location), name
        QApplication.processEvents()
        image = window.grab().toImage()
        image.save(str(folder / f"{name}.png"))
        if _distinct_colours(image) < 8:
            failures.append(f"{name}: blank")
        failures += [f"{name}: {p}" for p in _overflow(window)]
    assert failures == []
