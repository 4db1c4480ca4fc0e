"""F1: the keyboard shortcuts, in a table a keyboard user can read and close."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class HelpDialog(QDialog):
    """A two-column table: keys, what they do."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        self.rows = rows + self.view_keys()
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Fungsi")])
        self.table.setAccessibleName(self.tr("Daftar pintasan keyboard"))
        for row, (keys, text) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def view_keys(self) -> list[tuple[str, str]]:
        """Keys that belong to one view rather than to a window action."""
        return [
            ("F3", self.tr("Kata dicari berikutnya (pembaca)")),
            ("Shift+F3", self.tr("Kata dicari sebelumnya (pembaca)")),
            ("/", self.tr("Ke kotak pencarian (bila tidak sedang mengetik)")),
        ]
