"""F1: the keyboard shortcuts, in a table a keyboard user can read and close.

The table is as tall as its rows, so every shortcut shows without scrolling on a 1024×768
lab screen; only a smaller screen (or a much larger font) brings back a scroll bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.key_names import key_text

ROW_PADDING = 5  # pixels above and below a row's text


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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        rows_header = self.table.verticalHeader()
        rows_header.setVisible(False)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.fontMetrics().height() + 2 * ROW_PADDING)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit_table()

    def _fit_table(self) -> None:
        """Make the table as tall and wide as its contents, within the screen."""
        table = self.table
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        height = table.horizontalHeader().sizeHint().height() + frame
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        width = table.horizontalHeader().length() + frame + 24  # room for the stretch
        available = self.screen().availableGeometry() if self.screen() else None
        if available is not None:  # a small screen: scroll rather than run off it
            height = min(height, available.height() - 160)
            width = min(width, available.width() - 80)
        table.setMinimumSize(width, height)
        self.resize(self.sizeHint())

    def view_keys(self) -> list[tuple[str, str]]:
        """Keys that belong to one view rather than to a window action."""
        return [
            ("F3", self.tr("Kata dicari berikutnya (pembaca)")),
            ("Shift+F3", self.tr("Kata dicari sebelumnya (pembaca)")),
            ("/", self.tr("Ke kotak pencarian (bila tidak sedang mengetik)")),
            (
                f"{key_text('Tab')}, {key_text('Shift+Tab')}",
                self.tr("Ke tombol atau tautan berikutnya, sebelumnya"),
            ),
            (
                f"{key_text('Return')}, {key_text('Space')}",
                self.tr("Menekan tombol yang sedang dipilih"),
            ),
        ]
