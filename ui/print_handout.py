"""Ctrl+P "Cetak / Simpan PDF…": the one-page handout of the profile or comparison shown (on
the learning path: the student's plan, ui.plan_pdf).

With a printer: Qt's print preview (QPrintPreviewDialog), whose print button prints (and
offers a PDF printer where the system has one). Without one (a lab PC often has none): a
file dialog and the PDF written directly (:func:`ui.handout_pdf.write_handout`, atomic).
A mixin of :class:`ui.main_window.MainWindow`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

if TYPE_CHECKING:
    from guide.handout import Handout

log = logging.getLogger(__name__)


def printers_available() -> bool:
    """Whether the system knows a printer (QtPrintSupport is imported only here)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


class _LastFolder:
    """Where the last PDF was saved in this session: the next one is offered there too."""

    path: Path | None = None


def suggested_file(stem: str) -> Path:
    """``stem``.pdf (spaces as hyphens, no odd characters) in the folder the last PDF went
    to, else the user's Documents folder, else their home (a dialog given a folder that does
    not exist opens in the program's current folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = re.sub(r"[^\w\- ]+", "", stem).strip().replace(" ", "-") or "handout"
    for folder in (_LastFolder.path, Path(documents) if documents else None, Path.home()):
        if folder is not None and folder.is_dir():
            return folder / f"{name}.pdf"
    return Path.home() / f"{name}.pdf"


class PrintHandoutMixin:
    """Ctrl+P on a profile or the comparison."""

    def current_handout(self) -> Handout | None:
        """The handout of what is shown: a role profile or the comparison (None elsewhere)."""
        from guide.handout import comparison_handout, role_handout

        roles = self.shown_roles()
        if len(roles) == 1:
            return role_handout(self.library, roles[0])
        if len(roles) == 2:
            return comparison_handout(self.library, *roles)
        return None

    def print_handout(self) -> None:
        """Ctrl+P: the handout of the profile or comparison shown; on the learning path, the
        student's plan."""
        path = self.views.get("path")
        if path is not None and self.stack.currentWidget() is path and path.path is not None:
            self.print_plan(path.path.role)
            return
        handout = self.current_handout()
        if handout is None:
            self.hint(
                QCoreApplication.translate(
                    "MainWindow", "Buka profil peran atau perbandingan untuk mencetak handout."
                )
            )
            return
        from ui.handout_pdf import versions

        stem = QCoreApplication.translate("MainWindow", "Handout-%1").replace("%1", handout.title)
        self.print_page(lambda: versions(handout), handout.title, stem)

    def print_page(self, make: Callable[[], Iterable[str]], title: str, stem: str) -> None:
        """Preview and print with a printer; else save the PDF where the user says.
        ``make()`` gives the page's HTML versions, longest first (ui.page_pdf)."""
        if printers_available():
            self.preview_page(make, title)
        else:
            self.save_page_pdf(make, title, stem)

    def preview_page(self, make: Callable[[], Iterable[str]], title: str) -> None:
        """QPrintPreviewDialog showing the page as it will print."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ui.page_pdf import page_layout, paint_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageLayout(page_layout("a4"))

        def paint(device: QPrinter) -> None:
            letter = device.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
            paper = "letter" if letter else "a4"
            device.setPageLayout(page_layout(paper))
            paint_page(make(), device, paper)

        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Pratinjau: %1").replace("%1", title)
        )
        dialog.paintRequested.connect(paint)
        self._print_preview = dialog  # kept while open (tests look at it)
        dialog.exec()

    def save_page_pdf(
        self, make: Callable[[], Iterable[str]], title: str, stem: str
    ) -> Path | None:
        """No printer: ask where, write the PDF; the path written (None: cancelled/failed)."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ui.guide_messages import translated
        from ui.page_pdf import write_page

        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Simpan sebagai PDF"),
            str(suggested_file(stem)),
            QCoreApplication.translate("MainWindow", "Dokumen PDF (*.pdf)"),
        )
        if not name:
            return None
        out = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        from guide import failures

        try:
            write_page(make(), out, "a4", title)
        except (OSError, failures.KnownError) as exc:  # a full disk, a folder chosen, …
            log.warning("PDF not written to %s: %s", out, exc)
            message = translated(failures.cli_message(failures.classify(exc)))
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "PDF tidak tersimpan"), message
            )
            return None
        _LastFolder.path = out.parent
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "PDF disimpan: %1").replace("%1", str(out)),
            10000,
        )
        return out
