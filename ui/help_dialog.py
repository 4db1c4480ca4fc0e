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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.key_names import key_text

ROW_PADDING = 5  # pixels above and below a row's text


class HelpDialog(QDialog):
    """Two-column tables (keys, what they do): the window's, and on a second tab the
    presentation's and the class quiz's (``presenting``)."""

    def __init__(
        self,
        rows: list[tuple[str, str]],
        parent: QWidget | None = None,
        presenting: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        self.rows = rows + self.view_keys()
        self.table = self._table(self.rows, self.tr("Daftar pintasan keyboard"))
        self.presenting = self._table(presenting or [], self.tr("Tombol presentasi dan kuis"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Jendela"))
        self.tabs.addTab(self.presenting, self.tr("Presentasi dan kuis"))
        self.tabs.setTabVisible(1, bool(presenting))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._fit_table(self.presenting)
        self._fit_table(self.table)
        self.resize(self.sizeHint())

    def _table(self, rows: list[tuple[str, str]], name: str) -> QTableWidget:
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Fungsi")])
        table.setAccessibleName(name)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        rows_header = table.verticalHeader()
        rows_header.setVisible(False)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.fontMetrics().height() + 2 * ROW_PADDING)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _fit_table(self, table: QTableWidget) -> None:
        """Make the table as tall and wide as its contents, within the screen."""
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
