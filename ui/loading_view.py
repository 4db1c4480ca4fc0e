"""The view shown until the data is open: what is happening, or what went wrong and what to do.

A failure is never an endless busy bar: it says, in one translated sentence, what happened
(disk full, no permission, …), where the data goes and where the log is, and offers
"Coba lagi".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QPushButton

    from guide.failures import Failure


class LoadingView(QWidget):
    """Shown until the data is open: what is happening, or what went wrong, in one sentence."""

    first_painted = Signal()  # once: the window's first frame is being drawn
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.message = QLabel(self.tr("Memuat data panduan…"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.detail = QLabel()  # where the data goes, where the log is (after a failure)
        self.detail.setWordWrap(True)
        self.detail.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Kemajuan"))
        self.progress.setTextVisible(False)
        self.retry_button: QPushButton | None = None  # built on the first failure
        # A centred column of readable width: the sentence above its busy bar.
        self._column = column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.detail)
        column.addWidget(self.progress)
        column.addStretch(2)
        panel = QWidget()
        panel.setLayout(column)
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 3)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell once that the first frame is being drawn (start-up waits for it)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def show_message(self, text: str, busy: bool = True) -> None:
        """Update the sentence; stop the busy bar when nothing is running."""
        self.message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.message.setText(text)
        self.progress.setVisible(busy)
        if busy:
            self.detail.hide()
            if self.retry_button is not None:
                self.retry_button.hide()

    def show_failure(self, failure: Failure, data_dir: str, log_file: str) -> None:
        """What went wrong and the way forward: retry, free space, where the data goes."""
        self.show_message(self.failure_sentence(failure), busy=False)
        lines = [self.tr("Data dibangun di folder: %1").replace("%1", data_dir)]
        if log_file:
            lines.append(self.tr("Rincian teknis dicatat di: %1").replace("%1", log_file))
        self.detail.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setText("\n".join(lines))
        self.detail.show()
        if self.retry_button is None:
            from PySide6.QtWidgets import QPushButton

            self.retry_button = QPushButton(self.tr("Coba lagi"))
            self.retry_button.clicked.connect(self.retry_requested)
            self._column.insertWidget(
                self._column.count() - 1,
                self.retry_button,
                alignment=QtCore.Qt.AlignmentFlag.AlignLeft,
            )
        self.retry_button.show()
        self.retry_button.setFocus()

    def failure_sentence(self, failure: Failure) -> str:
        """One translated sentence for a failure kind (guide.failures)."""
        from guide import failures

        where = failure.path
        if failure.kind == failures.DISK_FULL:
            return self.tr(
                "Ruang disk penuh (atau kuota habis), jadi data panduan tidak dapat disiapkan. "
                "Kosongkan ruang di disk, lalu pilih Coba lagi."
            )
        if failure.kind == failures.PERMISSION:
            return self.tr(
                "Akun ini tidak punya izin untuk membuka atau menulis data panduan (%1). "
                "Minta bantuan admin lab, lalu pilih Coba lagi."
            ).replace("%1", where or "-")
        if failure.kind == failures.READ_ONLY:
            return self.tr(
                "Folder data panduan hanya dapat dibaca (%1). Minta bantuan admin lab, "
                "lalu pilih Coba lagi."
            ).replace("%1", where or "-")
        if failure.kind == failures.KNOWN:
            return self.tr("Data panduan tidak dapat dibuka. Rincian: %1").replace(
                "%1", failure.detail
            )
        return self.tr(
            "Data panduan tidak dapat dibuka karena kesalahan tak terduga. Pilih Coba lagi; "
            "bila tetap gagal, berikan berkas log kepada admin lab."
        )
