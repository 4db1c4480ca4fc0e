"""The main window (first cut): a search box, the result list, and the selected passage."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guide import APP_NAME
from guide.search import Hit, Searcher, SearchResult
from ui.loader import start_loader
from ui.result_delegate import ResultDelegate
from ui.results_model import ResultsModel

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    """Search the articles and read the matching passage."""

    def __init__(self) -> None:
        super().__init__()
        self.searcher: Searcher | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1024, 700)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Cari di artikel, misalnya: menyimpan data, gaji, skill, front end")
        )
        self.search_box.setAccessibleName(self.tr("Kotak pencarian"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setEnabled(False)

        self.status = QLabel(self.tr("Memuat data…"))
        self.status.setAccessibleName(self.tr("Status pencarian"))
        self.status.setWordWrap(True)

        self.model = ResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setAccessibleName(self.tr("Daftar hasil"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.passage = QTextBrowser()
        self.passage.setOpenLinks(False)
        self.passage.setOpenExternalLinks(False)
        self.passage.setAccessibleName(self.tr("Isi bagian artikel"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.results)
        splitter.addWidget(self.passage)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        big = self.search_box.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.search_box.setFont(big)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.results.selectionModel().selectionChanged.connect(self._on_selection)

    # -- data loading ---------------------------------------------------------------------

    def load_data(self) -> None:
        """Open (or build) the data in a worker thread; the window stays responsive."""
        self._thread, self._loader = start_loader(self)
        self._loader.building.connect(
            lambda: self.status.setText(self.tr("Menyiapkan data untuk pertama kali…")),
            Qt.ConnectionType.QueuedConnection,
        )
        self._loader.ready.connect(self.set_searcher, Qt.ConnectionType.QueuedConnection)
        self._loader.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def set_searcher(self, searcher: Searcher) -> None:
        """Data is ready: enable searching."""
        self.searcher = searcher
        self.search_box.setEnabled(True)
        self.search_box.setFocus()
        self.status.setText(self.tr("Ketik kata yang ingin dicari, lalu tekan Enter."))
        if self.search_box.text():
            self.run_search()

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Data panduan tidak dapat dibuka: %1").replace("%1", message))

    # -- searching ------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for the box's text and show the results."""
        self._timer.stop()
        if self.searcher is None:
            return
        text = self.search_box.text()
        if not text.strip():
            self.show_result(None)
            return
        self.show_result(self.searcher.search(text, limit=30))

    def show_result(self, result: SearchResult | None) -> None:
        """Fill the list and the status line from a search result."""
        self.model.set_results(result.hits if result else ())
        self.passage.clear()
        if result is None:
            self.status.setText(self.tr("Ketik kata yang ingin dicari, lalu tekan Enter."))
            return
        if not result.hits:
            self.status.setText(self.tr("Tidak ada hasil untuk «%1».").replace("%1", result.query))
            return
        count = self.tr("%n hasil", "", len(result.hits))
        if result.corrected_query:
            count = self.tr("Menampilkan hasil untuk «%1» (tidak ada hasil untuk «%2»). %3")
            count = (
                count.replace("%1", result.corrected_query)
                .replace("%2", result.query)
                .replace("%3", self.tr("%n hasil", "", len(result.hits)))
            )
        self.status.setText(count)
        self.results.setCurrentIndex(self.model.index(0))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        hit = self.model.hit(indexes[0].row()) if indexes else None
        if hit is not None:
            self.show_passage(hit)

    def show_passage(self, hit: Hit) -> None:
        """Show a hit's section as plain text (never HTML), its matched words highlighted."""
        self.passage.clear()
        cursor = QTextCursor(self.passage.document())
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setFontPointSize(self.font().pointSizeF() * 1.25)
        cursor.insertText(hit.heading or hit.article_title, title)
        cursor.insertBlock()
        meta = QTextCharFormat()
        meta.setForeground(self.palette().placeholderText())
        cursor.insertText(hit.article_title, meta)
        cursor.insertBlock()
        cursor.insertBlock()
        body_start = cursor.position()
        cursor.insertText(hit.text, QTextCharFormat())
        mark = QTextCharFormat()
        mark.setBackground(QColor("#ffe066"))
        mark.setForeground(QColor("#000000"))
        for start, end in hit.matches:
            cursor.setPosition(body_start + start)
            cursor.setPosition(body_start + end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)
        if hit.matches:
            cursor.setPosition(body_start + hit.matches[0][0])
            self.passage.setTextCursor(cursor)
            self.passage.ensureCursorVisible()
