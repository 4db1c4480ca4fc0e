"""Full search results: count, filters, correction banner, links to the profile tabs the query
names, the hits; and a helpful empty state.

No hit is selected when results appear: the list shows its focus on the first row once it has
the keyboard focus, Enter opens that row, and the first Up/Down selects it (then moves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.article_byline import origin_name
from ui.flow_layout import FlowLayout
from ui.result_delegate import ResultDelegate
from ui.results_model import ResultsModel
from ui.safe_text import fill, no_mnemonic
from ui.scrolling import ReadableColumn
from ui.topic_links import TopicLinks

if TYPE_CHECKING:
    from guide.library import Library
    from guide.search import Hit, SearchResult


RESULT_CHARS = 150  # a result's lines at most this many characters wide (1920 px)
TEACHER_ARTICLES = "\x00personal"  # the article filter's data for "every teacher's article"


class ResultsList(QListView):
    """The hits. With a focused row that is not selected (after a search, nothing is), the
    first Up or Down selects that row instead of skipping past it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if (
            event.key() in keys
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and current.isValid()
            and not self.selectionModel().isSelected(current)
        ):
            self.selectionModel().setCurrentIndex(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            event.accept()
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    """The results of one search."""

    hit_activated = Signal(object, object)  # guide.search.Hit, frozenset of terms
    search_requested = Signal(str, bool)  # query, correct spelling?
    profile_requested = Signal(str)
    section_requested = Signal(str, str)  # profile id, section id (a profile tab)
    compare_requested = Signal(str, str)  # two profile ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None
        self.library: Library | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status pencarian"))
        self.alternative = QPushButton()
        self.alternative.setVisible(False)
        self.alternative.clicked.connect(self._alternative)
        self._alternative_query: tuple[str, bool] | None = None

        self.article_filter = QComboBox()
        self.article_filter.setAccessibleName(self.tr("Saring menurut artikel"))
        # Not "the role's sections": a section passes when the role's profile cites it.
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(
            self.tr("Saring: hanya bagian artikel yang dikutip di profil peran")
        )
        self.article_filter.currentIndexChanged.connect(self._apply_filters)
        self.role_filter.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Artikel:")))
        filters.addWidget(self.article_filter, 2)
        filters.addWidget(QLabel(self.tr("Bagian:")))
        filters.addWidget(self.role_filter, 1)

        self.topics = TopicLinks()
        self.topics.section_requested.connect(self.section_requested)
        self.topics.compare_requested.connect(self.compare_requested)

        self.model = ResultsModel(self)
        self.results = ResultsList()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(self.tr("Hasil pencarian"))
        self.results.activated.connect(self._activated)

        self.empty = QWidget()
        self.empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_buttons = FlowLayout(spacing=6)
        self.empty_layout.addWidget(self.empty_text)
        self.empty_layout.addLayout(self.empty_buttons)
        self.empty_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.alternative)
        page = QWidget()  # centred at 1920 px: result lines ~150 characters, not 1,440 px
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.topics)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(ReadableColumn(page, RESULT_CHARS))

    def set_library(self, library: Library) -> None:
        """Fill the filters from the articles and roles."""
        self.library = library
        self.article_filter.blockSignals(True)
        self.article_filter.clear()
        self.article_filter.addItem(self.tr("Semua artikel"), "")
        origins = {a.id: library.origin(a.id) for a in library.articles}
        if any(o.kind == "personal" for o in origins.values()):
            self.article_filter.addItem(self.tr("Artikel guru (semua)"), TEACHER_ARTICLES)
        for article in library.articles:  # the article's short name, never its id
            origin = origin_name(origins[article.id])
            text = f"{article.title} — {origin}" if origin else f"{article.label} — {article.title}"
            self.article_filter.addItem(text, article.id)
        self.article_filter.blockSignals(False)
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("Semua bagian"), "")
        for profile in library.profiles:
            self.role_filter.addItem(
                fill(self.tr("Dikutip di profil %1"), profile.name), profile.id
            )
        self.role_filter.blockSignals(False)
        self.model.set_articles({a.id: a for a in library.articles}, library.origin)

    def show_result(self, result: SearchResult) -> None:
        """Show a new result with the filters reset."""
        self.result = result
        for combo in (self.article_filter, self.role_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if self.library is not None:
            query = result.corrected_query or result.query
            self.topics.show_query(query, self.library.profiles, bool(result.hits))
        self._apply_filters()

    def visible_hits(self) -> tuple[Hit, ...]:
        """The hits that pass the filters."""
        if self.result is None:
            return ()
        article = self.article_filter.currentData() or ""
        role = self.role_filter.currentData() or ""
        roles = self.library.section_roles if self.library else {}
        return tuple(
            h
            for h in self.result.hits
            if (not article or h.article_id == article or self._teachers(article, h.article_id))
            and (not role or role in roles.get(h.section_id, ()))
        )

    def _teachers(self, chosen: str, article_id: str) -> bool:
        """ "Artikel guru (semua)" is chosen and the article is a teacher's."""
        library = self.library
        return (
            chosen == TEACHER_ARTICLES
            and library is not None
            and library.origin(article_id).kind == "personal"
        )

    def _apply_filters(self) -> None:
        result = self.result
        if result is None:
            return
        hits = self.visible_hits()
        self.model.set_results(hits)
        filtered = len(hits) != len(result.hits)
        self.status.setText(self.status_text(result, len(hits), filtered))
        self._set_alternative(result)
        has_hits = bool(hits)
        self.results.setVisible(has_hits)
        self.empty.setVisible(not has_hits)
        if has_hits:
            self.results.scrollToTop()  # nothing selected: the user chooses (see ResultsList)
        else:
            self._fill_empty(result, filtered)

    def status_text(self, result: SearchResult, shown: int, filtered: bool) -> str:
        """The count and, when used, the correction, said once."""
        if not shown:
            return ""
        count = self.tr("%n hasil", "", shown)
        if filtered:
            count = fill(self.tr("%1 (dari %2)"), count, str(len(result.hits)))
        if result.corrected_query:
            text = fill(self.tr("Menampilkan hasil untuk «%1». %2"), result.corrected_query, count)
        else:
            text = fill(self.tr("%1 untuk «%2»."), count, result.query)
        role = self._role_name()
        if role:
            text += " " + fill(self.tr("Hanya bagian artikel yang dikutip di profil %1."), role)
        return text

    def _role_name(self) -> str:
        """The name of the profile the role filter keeps the cited sections of, or ""."""
        role = self.role_filter.currentData() or ""
        profile = self.library.profile(role) if self.library and role else None
        return profile.name if profile else ""

    def _set_alternative(self, result: SearchResult) -> None:
        if result.corrected_query:
            self._alternative_query = (result.query, False)
            text = fill(self.tr("Cari «%1» saja?"), result.query)
        elif result.suggestion and result.hits:
            self._alternative_query = (result.suggestion, True)
            text = fill(self.tr("Maksud Anda «%1»?"), result.suggestion)
        else:
            self._alternative_query = None
            text = ""
        self.alternative.setText(no_mnemonic(text))
        self.alternative.setAccessibleName(text)
        self.alternative.setVisible(bool(text))

    def _alternative(self) -> None:
        if self._alternative_query is not None:
            self.search_requested.emit(*self._alternative_query)

    def _fill_empty(self, result: SearchResult, filtered: bool) -> None:
        while self.empty_buttons.count():
            item = self.empty_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if filtered:
            self.empty_text.setText(
                fill(
                    self.tr(
                        "Tidak ada hasil untuk «%1» dengan saringan ini. Pilih «Semua artikel» "
                        "atau «Semua bagian»."
                    ),
                    result.query,
                )
            )
            return
        self.empty_text.setText(
            fill(
                self.tr(
                    "Tidak ada hasil untuk «%1». Periksa ejaannya, coba kata lain, atau buka "
                    "profil peran:"
                ),
                result.query,
            )
        )
        if result.suggestion:
            self._empty_button(
                fill(self.tr("Cari «%1»"), result.suggestion),
                lambda q=result.suggestion: self.search_requested.emit(q, True),
            )
        for profile in self.library.profiles if self.library else ():
            self._empty_button(
                fill(self.tr("Profil %1"), profile.name),
                lambda pid=profile.id: self.profile_requested.emit(pid),
            )

    def _empty_button(self, text: str, slot) -> None:
        button = QPushButton(no_mnemonic(text))
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        self.empty_buttons.addWidget(button)

    def _activated(self, index: QModelIndex) -> None:
        hit: Hit | None = self.model.hit(index.row())
        if hit is not None and self.result is not None:
            self.hit_activated.emit(hit, self.result.terms)
