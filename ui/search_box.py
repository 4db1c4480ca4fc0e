"""The search box with suggestions as you type: completions, matching section headings,
recent searches, and always last "Cari teks lengkap: …"."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

# Item data roles as plain numbers (Qt.ItemDataRole.UserRole is 256): the box is built while
# the window first shows, and touching PySide's ``Qt`` namespace costs ~20 ms (it creates all
# 93 of its Python enums at once), so nothing on the start-up path names it.
USER_ROLE = 0x0100
KindRole = USER_ROLE + 1
ArgsRole = USER_ROLE + 2


class Suggestion(NamedTuple):
    """One line of the popup: what it says, and what choosing it does."""

    kind: str  # "word" | "heading" | "recent" | "full"
    label: str
    query: str = ""  # the text a search runs for ("word", "recent", "full")
    article_id: str = ""  # where a "heading" leads
    section_id: str = ""


Provider = Callable[[str], list[Suggestion]]


class SearchBox(QLineEdit):
    """A QLineEdit whose popup is refilled on every keystroke by a provider function."""

    search_requested = Signal(str)  # full results for this text
    section_requested = Signal(str, str)  # article id, section id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provider: Provider | None = None
        self.model = QStandardItemModel(self)
        self._completer: QCompleter | None = None  # built on first use (see completer_)
        self.textEdited.connect(self.refresh)
        self.returnPressed.connect(self._enter)
        self.setClearButtonEnabled(True)

    @property
    def completer_(self) -> QCompleter:
        """The popup's completer, built the first time a suggestion is shown (not while the
        window first appears)."""
        if self._completer is None:
            completer = QCompleter(self.model, self)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
            completer.setMaxVisibleItems(10)
            completer.setWidget(self)
            completer.popup().setAccessibleName(self.tr("Saran pencarian"))
            completer.activated[QModelIndex].connect(self._chosen)
            self._completer = completer
        return self._completer

    def set_provider(self, provider: Provider | None) -> None:
        """Where suggestions come from (None while the data is loading)."""
        self._provider = provider

    def suggestions(self) -> list[Suggestion]:
        """What the popup shows now."""
        return [self.model.item(row).data(ArgsRole) for row in range(self.model.rowCount())]

    def refresh(self, text: str | None = None) -> None:
        """Refill the popup for ``text`` (the box's text by default) and show it."""
        text = self.text() if text is None else text
        items = self._provider(text) if self._provider else []
        self.model.clear()
        for suggestion in items:
            item = QStandardItem(suggestion.label)
            item.setData(suggestion.kind, KindRole)
            item.setData(suggestion, ArgsRole)
            item.setData(suggestion.query or text, QtCore.Qt.ItemDataRole.EditRole)
            item.setData(suggestion.label, QtCore.Qt.ItemDataRole.DisplayRole)
            item.setEditable(False)
            self.model.appendRow(item)
        if items and self.hasFocus():
            self.completer_.complete()
            self.completer_.popup().setCurrentIndex(QModelIndex())
        elif self._completer is not None:  # nothing to show: no completer built for that
            self._completer.popup().hide()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.text():
            self.refresh("")  # recent searches

    def _enter(self) -> None:
        if self._completer is not None and self._completer.popup().isVisible():
            index = self.completer_.popup().currentIndex()
            self.completer_.popup().hide()
            if index.isValid():
                self._chosen(index)
                return
        if self.text().strip():
            self.search_requested.emit(self.text())

    def _chosen(self, index: QModelIndex) -> None:
        suggestion: Suggestion | None = index.data(ArgsRole)
        if suggestion is None:
            return
        self.completer_.popup().hide()
        if suggestion.kind == "heading":
            self.section_requested.emit(suggestion.article_id, suggestion.section_id)
            return
        query = suggestion.query or self.text()
        self.setText(query)
        if query.strip():
            self.search_requested.emit(query)
