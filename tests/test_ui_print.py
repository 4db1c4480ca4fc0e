"""Ctrl+P "Cetak / Simpan PDF…" (issue 15): the shown profile's or comparison's one-page
handout, printed through Qt's print preview when there is a printer, written as a PDF
(QPdfWriter) when there is none; checked with a PDF text extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from guide.handout import key_point
from guide.library import BACKEND_ID
from ui.main_window import MainWindow
from ui.navigation import Location


def _pdf(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _key_points_in(text: str, window: MainWindow) -> int:
    claims = window.library.profile(BACKEND_ID).claims()
    return sum(" ".join(key_point(c.text).split())[:60] in text for c in claims)


def _no_printer(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return answer, filters

    monkeypatch.setattr("ui.print_handout.printers_available", lambda: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    return asked


def test_without_a_printer_ctrl_p_saves_the_profiles_handout_as_one_pdf_page(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _no_printer(monkeypatch, str(tmp_path / "untuk kelas"))
    window.navigate(Location("profile", (BACKEND_ID, "gaji")))
    window.act_print.trigger()
    assert asked and asked[0].endswith("Handout-Backend-Developer.pdf")
    out = tmp_path / "untuk kelas.pdf"  # ".pdf" added when the name has none
    pages, text = _pdf(out)
    assert pages == 1
    assert "Backend Developer" in text and "Rp13–30 jt" in text  # the role, the salary
    assert _key_points_in(text, window) >= 6
    assert "EKRUT" in text and "dibimbing.id" in text  # the publishers, in the sources
    assert "Dibuat luring dari artikel yang dikutip" in text
    assert str(out) in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".handout-*"))  # no temporary file left


def test_the_comparisons_handout_and_nothing_to_print_elsewhere(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_printer(monkeypatch, str(tmp_path / "banding.pdf"))
    window.navigate(Location("compare"))
    window.act_print.trigger()
    pages, text = _pdf(tmp_path / "banding.pdf")
    assert pages == 1 and "Backend Developer vs Frontend Developer" in text
    assert "Tugas utama" in text
    (tmp_path / "banding.pdf").unlink()
    window.navigate(Location("sources"))
    window.act_print.trigger()
    assert not (tmp_path / "banding.pdf").exists()
    assert "profil peran atau perbandingan" in window.statusBar().currentMessage()
    window.navigate(Location("profile", (BACKEND_ID, "")))  # the hint goes with its page
    assert "profil peran atau perbandingan" not in window.statusBar().currentMessage()


def test_a_failed_save_says_so_and_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "berkas"
    blocked.write_text("not a folder")
    _no_printer(monkeypatch, str(blocked / "handout.pdf"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.navigate(Location("profile", (BACKEND_ID, "")))
    window.act_print.trigger()
    assert len(warnings) == 1 and "\n" not in warnings[0].strip()
    assert blocked.read_text() == "not a folder"


def test_with_a_printer_the_preview_paints_the_same_page(
    qtbot, qapp, qm_dir: Path, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QAction

    from ui import i18n

    out = tmp_path / "printed.pdf"
    shown: list[str] = []
    actions: list[str] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:  # "print" to a PDF file instead of paper
        shown.append(dialog.windowTitle())
        actions.extend(a.text() for a in dialog.findChildren(QAction))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr("ui.print_handout.printers_available", lambda: True)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.navigate(Location("profile", (BACKEND_ID, "")))
    i18n.install(qapp, "id", qm_dir)  # Qt's own preview in Indonesian too (qt_id.ts)
    try:
        window.act_print.trigger()
    finally:
        i18n.uninstall(qapp)
    assert shown == ["Pratinjau: Backend Developer"]
    assert {"Cetak", "Halaman berikutnya", "Sesuaikan lebar", "Perbesar"} <= set(actions)
    pages, text = _pdf(out)
    assert pages == 1 and "Backend Developer" in text and _key_points_in(text, window) >= 6


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_the_page_is_dark_on_white_whatever_the_windows_theme(window: MainWindow, theme) -> None:
    """A handout or plan printed from the dark or high-contrast theme: the document's text
    colour comes from the palette it is painted with, and the screen's was light grey or
    white on the white paper."""
    from PySide6.QtGui import QColor, QImage

    from ui.page_pdf import paint_page

    window.set_theme(theme, save=False)
    image = QImage(595, 842, QImage.Format.Format_RGB32)  # A4 at 72 dots per inch
    image.setDotsPerMeterX(2835)
    image.setDotsPerMeterY(2835)
    image.fill(QColor("#ffffff"))
    text = "Menulis kode di sisi server. " * 40
    paint_page([f"<h2>Backend Developer</h2><p>{text}</p>"], image, "a4")
    dark = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(0, 595, 2)
        for y in range(0, 300, 2)
    )
    assert dark > 500, dark


def test_the_save_dialog_starts_in_an_existing_folder_then_the_last_one(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lab account without a Documents folder: the dialog starts in the home folder, not in
    the program's folder; after a save, in the folder chosen."""
    from PySide6.QtCore import QStandardPaths

    from ui import print_handout

    monkeypatch.setattr(print_handout._LastFolder, "path", None)
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(tmp_path / "nope"))
    )
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    chosen = tmp_path / "kelas"
    chosen.mkdir()
    asked = _no_printer(monkeypatch, str(chosen / "a.pdf"))
    window.navigate(Location("profile", (BACKEND_ID, "")))
    window.act_print.trigger()
    window.act_print.trigger()
    assert [Path(a).parent for a in asked] == [tmp_path, chosen]


def test_qts_own_file_dialog_reads_indonesian(qapp, qm_dir: Path) -> None:
    """Where Qt draws the save dialog itself (Linux without a desktop's portal), its labels,
    buttons and columns come from qt_id.ts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    from ui import i18n

    i18n.install(qapp, "id", qm_dir)
    try:
        dialog = QFileDialog(None, "Simpan sebagai PDF")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        headers = dialog.findChild(QTreeView).model()
        columns = [headers.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    finally:
        i18n.uninstall(qapp)
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels, labels
    assert columns == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
