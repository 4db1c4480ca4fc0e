"""Full search results: count, correction banner, and the hits; activating one opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from ui.result_delegate import ResultDelegate
from ui.results_model import ResultsModel

if TYPE_CHECKING:
    from guide.search import Hit, SearchResult


class SearchView(QWidget):
    """The results of one search."""

    hit_activated = Signal(object, object)  # guide.search.Hit, frozenset of terms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status pencarian"))
        self.model = ResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(self.tr("Hasil pencarian"))
        self.results.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def show_result(self, result: SearchResult) -> None:
        """Fill the list and say what was found, once, in plain words."""
        self.result = result
        self.model.set_results(result.hits)
        self.status.setText(self.status_text(result))
        if result.hits:
            self.results.setCurrentIndex(self.model.index(0))

    def status_text(self, result: SearchResult) -> str:
        """The count, and the correction used or suggested."""
        count = self.tr("%n hasil", "", len(result.hits))
        if result.corrected_query:
            return (
                self.tr("Menampilkan hasil untuk «%1». Tidak ada hasil untuk «%2». %3")
                .replace("%1", result.corrected_query)
                .replace("%2", result.query)
                .replace("%3", count)
            )
        if not result.hits:
            return self.tr(
                "Tidak ada hasil untuk «%1». Coba kata lain, misalnya: gaji, tugas, keahlian."
            ).replace("%1", result.query)
        if result.suggestion:
            return (
                self.tr("%1 untuk «%2». Maksud Anda «%3»?")
                .replace("%1", count)
                .replace("%2", result.query)
                .replace("%3", result.suggestion)
            )
        return self.tr("%1 untuk «%2».").replace("%1", count).replace("%2", result.query)

    def _activated(self, index: QModelIndex) -> None:
        hit: Hit | None = self.model.hit(index.row())
        if hit is not None and self.result is not None:
            self.hit_activated.emit(hit, self.result.terms)
