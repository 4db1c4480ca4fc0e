"""The import dialog: one row per file (its name, then "menunggu", "sedang diimpor…",
"diimpor", "tidak berubah" or "ditolak: <reason>"), a progress bar, "Batal"; at the end "Buka"
(the first imported article, in the reader) and "Tutup".

The work runs in a :class:`~ui.library_worker.ImportWorker` thread, so the window never
freezes. "Batal" (or Esc, or closing the dialog) stops after the file being imported now,
which finishes whole; the dialog then closes, and the window still reads the library again
when the worker ends (:attr:`ImportDialog.batch_finished`). A pack (``pack=``) is read as one
step: its row is the pack file, then one row per article it held.

Every file name and reason is shown as plain text (table items; tooltips escaped). A reason
is the guide's Indonesian sentence, shown in the interface language (:mod:`ui.guide_messages`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.guide_messages import translated
from ui.library_worker import ImportWorker, start_worker
from ui.safe_text import fill, plain_label, rich_text

if TYPE_CHECKING:
    from guide.teacher_library import ImportRow

NAME, STATUS = 0, 1


class ImportDialog(QDialog):
    """Imports files (or a pack) into the personal library, one row per file."""

    open_requested = Signal(str)  # "Buka": the article id to show in the reader
    # The ImportRows, cancelled?, the library's reopened searcher (guide.library.Reopened)
    # or None: the window switches to it.
    batch_finished = Signal(object, bool, object)
    work_ended = Signal()  # the worker thread is done (after merging the index's segments)

    def __init__(
        self,
        paths: Sequence[Path] = (),
        parent: QWidget | None = None,
        *,
        pack: Path | None = None,
        library: object = None,
    ) -> None:
        super().__init__(parent)
        self.paths = [Path(p) for p in paths]
        self.pack = pack
        self.library = library  # guide.library.Library: reopened in the worker when done
        self.rows: list[ImportRow] = []
        self.running = False  # until the worker thread ends
        self.batch_done = False  # every file is done (the worker may still merge segments)
        self.cancelled = False
        self._failure = ""
        self.setWindowTitle(self.tr("Impor paket") if pack else self.tr("Tambah artikel"))
        self.setModal(False)

        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Keadaan impor"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Berkas"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Berkas yang diimpor"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Kemajuan impor"))
        self.progress.setFormat(self.tr("%v dari %m"))

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setToolTip(self.tr("Berhenti setelah berkas yang sedang diimpor"))
        self.open_button = self.buttons.addButton(
            self.tr("Buka"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setToolTip(self.tr("Buka artikel pertama yang diimpor di pembaca"))
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_first)
        self.close_button.clicked.connect(self.reject)
        self.open_button.hide()
        self.close_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        names = [pack.name] if pack else [p.name for p in self.paths]
        for name, path in zip(names, [pack] if pack else self.paths, strict=True):
            self._add_row(name, self.tr("menunggu"), str(path))
        self.progress.setRange(0, 0 if pack else len(self.paths))  # a pack: busy, one step
        self.progress.setValue(0)
        self._size_for(parent)

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker thread (the dialog is shown by the caller)."""
        self.worker = ImportWorker(self.paths, self.pack, self.library)
        self.thread_ = start_worker(self.worker, self)
        # Bound methods of the dialog: queued to the UI thread.
        self.worker.row_started.connect(self._on_started)
        self.worker.row_done.connect(self._on_row)
        self.worker.failed.connect(self._on_failed)
        self.worker.ready.connect(self._on_ready)
        self.worker.finished.connect(self._on_work_ended)
        self.running = True
        if self.pack:
            self.message.setText(fill(self.tr("Membaca paket «%1»…"), self.pack.name))
        else:
            self.message.setText(self.tr("Mengimpor %n berkas…", "", len(self.paths)))
        self.thread_.start()

    def cancel(self) -> None:
        """ "Batal": stop after the file being imported now; the dialog closes."""
        if not self.running or self.batch_done:
            self.reject()
            return
        self.cancelled = True
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Membatalkan: berkas yang sedang diimpor diselesaikan…"))
        self.hide()

    def reject(self) -> None:
        """Esc and the window's close button: cancel while running, then close."""
        if self.running and not self.batch_done and not self.cancelled:
            self.cancel()
            return
        super().reject()

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for the worker thread to end (the window closing); True when it has."""
        thread = getattr(self, "thread_", None)
        return thread is None or thread.wait(msecs)

    def _on_started(self, index: int) -> None:
        if 0 <= index < self.table.rowCount():
            self._set_status(index, self.tr("sedang diimpor…"))
            self.table.scrollToItem(self.table.item(index, NAME))

    def _on_row(self, index: int, row: ImportRow) -> None:
        self.rows.append(row)
        if self.pack is not None:  # a pack's article: a row of its own, named by its title
            self._add_row(row.title or Path(row.file).name, status_text(row), row.file)
            return
        self._set_status(index, status_text(row))
        self.progress.setValue(index + 1)

    def _on_failed(self, sentence: str) -> None:
        self._failure = translated(sentence)
        if self.pack is not None:
            self._set_status(0, fill(self.tr("ditolak: %1"), self._failure))

    def _on_work_ended(self) -> None:
        self.running = False
        self.work_ended.emit()

    def _on_ready(self, stopped: bool, reopened: object) -> None:
        self.batch_done = True
        self.cancelled = self.cancelled or stopped
        if self.pack is not None:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            if not self._failure:
                self._set_status(0, self.tr("%n artikel dibaca", "", len(self.rows)))
        waiting = self.tr("menunggu")
        for index in range(self.table.rowCount() if self.pack is None else 0):
            if self.status_of(index) == waiting:  # cancelled before its turn
                self._set_status(index, self.tr("dibatalkan"))
        self.message.setText(self.summary())
        self.cancel_button.hide()
        self.close_button.show()
        self.open_button.setVisible(self.first_article() is not None)
        default = self.open_button if self.open_button.isVisible() else self.close_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        self.batch_finished.emit(list(self.rows), self.cancelled, reopened)

    # -- what it says ---------------------------------------------------------------------------

    def summary(self) -> str:
        """ "Selesai: 1 diimpor, 0 tidak berubah, 1 ditolak." (or why nothing was)."""
        if self._failure:
            return self._failure
        counts = [sum(r.status == s for r in self.rows) for s in STATUSES]
        text = fill(
            self.tr("Selesai: %1 diimpor, %2 tidak berubah, %3 ditolak."),
            *(str(n) for n in counts),
        )
        if self.cancelled and self.pack is None:
            left = len(self.paths) - len(self.rows)
            text += " " + self.tr("Dibatalkan: %n berkas tidak diimpor.", "", left)
        return text

    def first_article(self) -> str | None:
        """The article "Buka" opens: the first imported, else the first unchanged."""
        for status in ("imported", "unchanged"):
            found = next((r for r in self.rows if r.status == status and r.article_id), None)
            if found is not None:
                return found.article_id
        return None

    def status_of(self, index: int) -> str:
        """What row ``index`` says in its status column."""
        item = self.table.item(index, STATUS)
        return item.text() if item is not None else ""

    def _open_first(self) -> None:
        article = self.first_article()
        self.accept()
        if article:
            self.open_requested.emit(article)

    # -- the table ------------------------------------------------------------------------------

    def _add_row(self, name: str, status: str, tip: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setToolTip(rich_text(tip))  # a file name is untrusted text: escaped
        self.table.setItem(row, NAME, item)
        self.table.setItem(row, STATUS, QTableWidgetItem(status))
        self._fit_rows()

    def _set_status(self, index: int, text: str) -> None:
        item = self.table.item(index, STATUS)
        if item is not None:
            item.setText(text)
            item.setToolTip(rich_text(text))
            self.table.resizeRowToContents(index)

    def _fit_rows(self) -> None:
        """The name column as wide as the names (at most 40 % of the table), the status
        column the rest; each row as tall as its wrapped status."""
        width = self.table.viewport().width()
        wanted = max(
            self.table.sizeHintForColumn(NAME),
            self.table.horizontalHeader().sectionSizeFromContents(NAME).width(),
        )
        self.table.setColumnWidth(NAME, max(1, min(wanted, int(width * 0.4))))
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's width changed: fit the columns and rows again."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _size_for(self, parent: QWidget | None) -> None:
        """Wide enough for a reason on one or two lines, within a 1024×768 screen."""
        em = self.fontMetrics().averageCharWidth()
        width, height = max(640, 110 * em), max(420, 28 * self.fontMetrics().height())
        screen = (parent or self).screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 60)
            height = min(height, available.height() - 100)
        self.resize(width, height)


STATUSES = ("imported", "unchanged", "rejected")


def status_text(row: ImportRow) -> str:
    """ "diimpor", "tidak berubah" or "ditolak: <reason>" (in the interface language)."""
    if row.status == "imported":
        return QCoreApplication.translate("ImportDialog", "diimpor")
    if row.status == "unchanged":
        return QCoreApplication.translate("ImportDialog", "tidak berubah")
    reason = translated(row.reason or "")
    return fill(QCoreApplication.translate("ImportDialog", "ditolak: %1"), reason)
