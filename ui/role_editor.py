"""The editor of a teacher's role: its claims per tab, each claim's sources.

Select a claim to change its statement (below the list), move it up or down within its tab,
or remove it; select a source to remove it (a claim's last source removes the claim). "Hapus
peran…" deletes the whole role after a confirmation. Nothing is stored until "Simpan"; closing
with changes asks whether to save them, throw them away or keep editing — unsaved work is never
lost silently. The changes themselves are :mod:`guide.profile_editing`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide import profile_editing as edit
from guide.profiles import Profile
from ui.content_labels import label as content_label
from ui.safe_text import fill, plain_label, rich_text

if TYPE_CHECKING:
    from guide.library import Library

ROLE = Qt.ItemDataRole.UserRole  # ("claim", claim id) or ("citation", claim id, index)


class RoleEditor(QDialog):
    """Edit (or delete) one of the teacher's own roles."""

    saved = Signal(str)  # the role's id: stored
    deleted = Signal(str)  # the role's id: removed

    def __init__(self, library: Library, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.original = self.profile = profile
        self.setWindowTitle(fill(self.tr("Ubah peran %1"), profile.name))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Klaim per tab, dengan sumbernya"))
        self.tree.currentItemChanged.connect(self._selected)
        self.statement = QPlainTextEdit()
        self.statement.setAccessibleName(self.tr("Pernyataan klaim yang dipilih"))
        self.statement.setTabChangesFocus(True)
        self.statement.textChanged.connect(self._statement_edited)
        self.up = QPushButton(self.tr("Naik"))
        self.down = QPushButton(self.tr("Turun"))
        self.remove = QPushButton(self.tr("Hapus"))
        self.delete_role = QPushButton(self.tr("Hapus peran…"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.delete_role.clicked.connect(self._ask_delete)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.confirm: QMessageBox | None = None  # the open question, for tests to answer
        tools = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.delete_role)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 3)
        layout.addLayout(tools)
        layout.addWidget(plain_label(self.tr("Pernyataan:")))
        layout.addWidget(self.statement, 1)
        layout.addLayout(bottom)
        self._fill()
        self.resize(max(640, 80 * self.fontMetrics().averageCharWidth()), 520)

    # -- the list ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """There are changes not stored yet."""
        return self.profile != self.original

    def _fill(self, select: tuple | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        labels = self.library.labels
        chosen = None
        for section in self.profile.sections:
            if not section.claims:  # the built Sumber tab: nothing to edit there
                continue
            tab = QTreeWidgetItem([content_label(section.title)])
            tab.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = tab.font(0)
            font.setBold(True)
            tab.setFont(0, font)
            self.tree.addTopLevelItem(tab)
            for claim in section.claims:
                item = QTreeWidgetItem([claim.text])
                item.setData(0, ROLE, ("claim", claim.id))
                tab.addChild(item)
                chosen = item if select == ("claim", claim.id) else chosen
                for i, citation in enumerate(claim.citations):
                    name = labels.get(citation.article_id, citation.article_id)
                    source = QTreeWidgetItem([f"[{name}] “{citation.quote}”"])
                    source.setData(0, ROLE, ("citation", claim.id, i))
                    source.setToolTip(0, rich_text(f"“{citation.quote}”"))
                    item.addChild(source)
            tab.setExpanded(True)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(chosen)
        self._selected(chosen)
        self.save_button.setEnabled(self.dirty)

    def _current(self) -> tuple | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _selected(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        data = item.data(0, ROLE) if item is not None else None
        is_claim = bool(data) and data[0] == "claim"
        self.up.setEnabled(is_claim)
        self.down.setEnabled(is_claim)
        self.remove.setEnabled(bool(data))
        self.statement.blockSignals(True)
        claim = next((c for c in self.profile.claims() if data and c.id == data[1]), None)
        self.statement.setPlainText(claim.text if is_claim and claim else "")
        self.statement.setEnabled(is_claim)
        self.statement.blockSignals(False)

    # -- changes (kept in memory until Simpan) ----------------------------------------------

    def _statement_edited(self) -> None:
        data = self._current()
        text = self.statement.toPlainText()
        if not data or data[0] != "claim" or not text.strip():
            return
        self.profile = edit.with_claim_text(self.profile, data[1], text)
        self.tree.currentItem().setText(0, text.strip())
        self.save_button.setEnabled(self.dirty)

    def _move(self, step: int) -> None:
        data = self._current()
        if data and data[0] == "claim":
            self.profile = edit.with_claim_moved(self.profile, data[1], step)
            self._fill(select=data)

    def _remove(self) -> None:
        data = self._current()
        if not data:
            return
        if data[0] == "claim":
            self.profile = edit.without_claim(self.profile, data[1])
        else:
            self.profile = edit.without_citation(self.profile, data[1], data[2])
        self._fill()

    # -- storing ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the role as edited; True when stored (a role left without claims cannot be
        stored: delete it instead)."""
        from guide.profile_toml import dump_profile

        if not self.profile.claims():
            self._say(self.tr("Peran tanpa klaim tidak dapat disimpan; hapus perannya saja."))
            return False
        personal = self.library.sources.personal if self.library.sources else None
        try:
            if personal is None:
                raise OSError("no personal library")
            personal.save_profile(self.profile.id, self.profile.name, dump_profile(self.profile))
        except Exception as exc:
            from ui.library_worker import error_sentence

            self._say(error_sentence(exc))
            return False
        self.original = self.profile
        self.save_button.setEnabled(False)
        self.saved.emit(self.profile.id)
        return True

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, parent=self)
        box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm = box
        box.open()

    def _ask_delete(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hapus peran"),
            fill(self.tr("Hapus peran «%1» beserta semua klaimnya?"), self.profile.name),
            parent=self,
        )
        delete = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda b: self._delete() if b is delete else None)
        self.confirm = box
        box.open()

    def _delete(self) -> None:
        personal = self.library.sources.personal if self.library.sources else None
        if personal is not None and personal.remove_profile(self.profile.id):
            self.original = self.profile  # nothing left to save
            self.deleted.emit(self.profile.id)
            self.accept()

    # -- closing: never losing changes silently --------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.dirty:
            event.accept()
            return
        event.ignore()
        self._ask_unsaved()

    def reject(self) -> None:
        """Esc: as closing."""
        if self.dirty:
            self._ask_unsaved()
            return
        super().reject()

    def _ask_unsaved(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Ada perubahan yang belum disimpan."),
            parent=self,
        )
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Lanjut mengubah"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(keep)

        def answered(button: object) -> None:
            if button is save and self.save():
                self.done(QDialog.DialogCode.Accepted)
            elif button is drop:
                self.profile = self.original
                self.done(QDialog.DialogCode.Rejected)

        box.buttonClicked.connect(answered)
        self.confirm = box
        box.open()
