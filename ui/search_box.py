"""The search box with suggestions as you type: completions, matching section headings,
recent searches, and always last "Cari teks lengkap: …".

The popup opens only when the user asks for it: typing, Down, or putting the cursor into an
empty box with the mouse or the keyboard (Tab, Ctrl+K). Focus that a program gives the box (the
window showing or being rebuilt in another language, a view opening, the window becoming
active again) opens nothing: the popup would cover the page and swallow the next click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QCompleter

# Item data roles as plain numbers (Qt.ItemDataRole.UserRole is 256): the box is built while
# the window first shows, and touching PySide's ``Qt`` namespace costs ~20 ms (it creates all
# 93 of its Python enums at once), so nothing on the start-up path names it.
USER_ROLE = 0x0100
KindRole = USER_ROLE + 1
ArgsRole = USER_ROLE + 2

# Qt.FocusReason and Qt.Key values as plain numbers, for the same reason as the roles above.
MOUSE_FOCUS, TAB_FOCUS, BACKTAB_FOCUS, SHORTCUT_FOCUS = 0, 1, 2, 5
KEY_DOWN = 0x01000015


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
        self._model: QStandardItemModel | None = None  # built on first use, as the completer
        self._completer: QCompleter | None = None  # built on first use (see completer_)
        self._focus_reason = -1
        self.textEdited.connect(self.refresh)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self.returnPressed.connect(self._enter)
        self.setClearButtonEnabled(True)

    @property
    def model(self) -> QStandardItemModel:
        """The suggestions shown, built on first use: their classes (and the Python enums
        PySide creates for them) load after the window's first frame."""
        if self._model is None:
            from PySide6.QtGui import QStandardItemModel

            self._model = QStandardItemModel(self)
        return self._model

    @property
    def completer_(self) -> QCompleter:
        """The popup's completer, built the first time a suggestion is shown (not while the
        window first appears)."""
        if self._completer is None:
            from PySide6.QtWidgets import QCompleter

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
        model = self._model
        if model is None:
            return []
        return [model.item(row).data(ArgsRole) for row in range(model.rowCount())]

    def refresh(self, text: str | None = None) -> None:
        """Refill the popup for ``text`` (the box's text by default) and show it."""
        text = self.text() if text is None else text
        items = self._provider(text) if self._provider else []
        if self._model is None and not items:
            return
        from PySide6.QtGui import QStandardItem

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
        self._focus_reason = _value(event.reason())  # judged in _focus_changed

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Recent searches when the user put the cursor into the empty box: with the mouse, a
        shortcut (Ctrl+K, "/"), or Tab from a widget still on screen. Qt also moves the focus
        "by Tab" when the focused widget disappears (a view switched away): that is not the
        user, and neither is focus given by the program or the window becoming active.
        The popup goes when the cursor moves to another widget (not the popup)."""
        if old is self and new is not None and new is not self and self._popup_visible():
            popup = self._completer.popup()
            if new is not popup and not popup.isAncestorOf(new):
                popup.hide()
        if new is not self or self.text():
            return
        reason = self._focus_reason
        tabbed = reason in (TAB_FOCUS, BACKTAB_FOCUS) and old is not None and old.isVisible()
        if reason in (MOUSE_FOCUS, SHORTCUT_FOCUS) or tabbed:
            self.refresh("")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click into the empty box that already has the cursor shows the recent searches."""
        had_focus = self.hasFocus()
        super().mousePressEvent(event)
        if had_focus and not self.text() and not self._popup_visible():
            self.refresh("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down opens the suggestions for the text (recent searches when empty)."""
        if _value(event.key()) == KEY_DOWN and not self._popup_visible():
            self.refresh()
            if self._popup_visible():
                event.accept()
                return
        super().keyPressEvent(event)

    def _popup_visible(self) -> bool:
        return self._completer is not None and self._completer.popup().isVisible()

    def _enter(self) -> None:
        if self._popup_visible():
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


def _value(enum: object) -> int:
    """An enum member's number (PySide gives enums, older code ints)."""
    return int(getattr(enum, "value", enum))
