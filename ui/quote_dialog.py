"""'Kutip ke profil…': a passage selected in the reader becomes a cited claim of a teacher's role.

The dialog asks for the role (one of the teacher's, or a new one: name, other names, a one-line
summary), the tab, optionally a comparison row and a group, and the short statement (filled
with the passage to start from); or it adds the passage to an existing claim as a further
source. "Simpan" checks the profile as ``profile add`` does (the quote verbatim inside one
paragraph of its article) and stores it in the personal library in one transaction; a
problem is said in the dialog and nothing is stored. All the guide's work is in
:mod:`guide.profile_editing` and :mod:`guide.teacher_profiles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guide.profile_editing import EDITABLE_SECTIONS, new_profile, with_citation, with_new_claim
from guide.profiles import SECTION_TITLES, Citation, Profile
from ui.content_labels import label as content_label
from ui.safe_text import fill, plain_label

if TYPE_CHECKING:
    from guide.library import Library

NEW_ROLE = ""  # the role list's "Peran baru…" entry
NEW_CLAIM = ""  # the claim list's "Klaim baru" entry


class QuoteDialog(QDialog):
    """Quote a passage of an article into a teacher's role profile."""

    saved = Signal(str, str)  # profile id, its name: stored, the library is to be read again

    def __init__(
        self, library: Library, article_id: str, quote: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.article_id = article_id
        self.quote = quote
        self.stored = False
        self.confirm: QMessageBox | None = None  # the open question, for tests to answer
        self.setWindowTitle(self.tr("Kutip ke profil"))
        self.roles = {
            t.profile.id: t.profile for t in library.teacher_profiles if t.origin == "personal"
        }
        form = QFormLayout()
        article = library.article(article_id)
        title = article.title if article is not None else article_id
        self.passage = plain_label(fill(self.tr("«%1»\n— dari «%2»"), quote, title))
        self.passage.setAccessibleName(self.tr("Kutipan"))
        form.addRow(self.tr("Kutipan:"), self.passage)

        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Peran"))
        self.role.addItem(self.tr("Peran baru…"), NEW_ROLE)
        for profile in sorted(self.roles.values(), key=lambda p: p.name.casefold()):
            self.role.addItem(profile.name, profile.id)
        form.addRow(self.tr("&Peran:"), self.role)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nama peran baru"))
        form.addRow(self.tr("&Nama peran:"), self.name)
        self.aliases = QLineEdit()
        self.aliases.setAccessibleName(self.tr("Nama lain, dipisah koma"))
        self.aliases.setPlaceholderText(self.tr("dipisah koma, boleh kosong"))
        form.addRow(self.tr("Nama &lain:"), self.aliases)
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Ringkasan satu kalimat"))
        form.addRow(self.tr("&Ringkasan:"), self.summary)

        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Tab"))
        for section_id in EDITABLE_SECTIONS:
            self.section.addItem(content_label(SECTION_TITLES[section_id]), section_id)
        form.addRow(self.tr("&Tab:"), self.section)
        self.claim = QComboBox()
        self.claim.setAccessibleName(self.tr("Klaim"))
        form.addRow(self.tr("&Klaim:"), self.claim)
        self.aspect = QComboBox()
        self.aspect.setAccessibleName(self.tr("Baris perbandingan"))
        self.aspect.addItem(self.tr("— tidak ada —"), "")
        for aspect in library.aspects:
            self.aspect.addItem(content_label(aspect.label), aspect.id)
        form.addRow(self.tr("&Baris perbandingan:"), self.aspect)
        self.group = QLineEdit()
        self.group.setAccessibleName(self.tr("Kelompok, boleh kosong"))
        form.addRow(self.tr("Kel&ompok:"), self.group)
        self.statement = QPlainTextEdit(quote)
        self.statement.setAccessibleName(self.tr("Pernyataan singkat"))
        self.statement.setTabChangesFocus(True)
        form.addRow(self.tr("Pern&yataan:"), self.statement)

        self.problem = plain_label(name="error")
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.section.currentIndexChanged.connect(self._fill_claims)
        self.claim.currentIndexChanged.connect(self._claim_changed)
        if len(self.roles) >= 1:
            self.role.setCurrentIndex(1)  # the teacher's first role: the usual case
        self._role_changed()
        self.resize(max(560, 70 * self.fontMetrics().averageCharWidth()), self.sizeHint().height())

    # -- the form follows the choices -------------------------------------------------------

    def _role_changed(self) -> None:
        new = self.role.currentData() == NEW_ROLE
        for field in (self.name, self.aliases, self.summary):
            field.setEnabled(new)
        self._fill_claims()

    def _fill_claims(self) -> None:
        self.claim.blockSignals(True)
        self.claim.clear()
        self.claim.addItem(self.tr("Klaim baru"), NEW_CLAIM)
        profile = self.roles.get(self.role.currentData() or "")
        section = profile.section(self.section.currentData()) if profile else None
        for claim in section.claims if section else ():
            short = claim.text if len(claim.text) <= 70 else claim.text[:69] + "…"
            self.claim.addItem(fill(self.tr("Tambahkan sebagai sumber: %1"), short), claim.id)
        self.claim.blockSignals(False)
        self._claim_changed()

    def _claim_changed(self) -> None:
        new = self.claim.currentData() == NEW_CLAIM
        for field in (self.aspect, self.group, self.statement):
            field.setEnabled(new)

    # -- saving -----------------------------------------------------------------------------

    def built_profile(self) -> Profile:
        """The role with the passage added, as the form says; ValueError with a sentence."""
        citation = Citation(self.article_id, self.quote)
        role_id = self.role.currentData()
        if role_id == NEW_ROLE:
            name, summary = self.name.text().strip(), self.summary.text().strip()
            if not name or not summary:
                raise ValueError(self.tr("Isi nama peran baru dan ringkasannya."))
            taken = [p.id for p in self.library.profiles]
            profile = new_profile(name, self.aliases.text().split(","), summary, taken)
        else:
            profile = self.roles[role_id]
        claim_id = self.claim.currentData()
        if claim_id != NEW_CLAIM:
            return with_citation(profile, claim_id, citation)
        statement = self.statement.toPlainText().strip()
        if not statement:
            raise ValueError(self.tr("Tulis pernyataan singkatnya."))
        aspect, group = self.aspect.currentData(), self.group.text()
        section = self.section.currentData()
        return with_new_claim(profile, section, statement, citation, aspect, group)[0]

    def save(self) -> None:
        """Check and store the role; close when stored, else say why and keep everything."""
        from guide.profile_toml import dump_profile
        from guide.profiles import ProfileError
        from guide.teacher_profiles import checked_for_saving

        personal = self.library.sources.personal if self.library.sources else None
        try:
            if personal is None:
                raise ValueError(self.tr("Perpustakaan pribadi tidak dapat dibuka."))
            profile = self.built_profile()
            checked_for_saving(profile, self.library.article_index)
            personal.save_profile(profile.id, profile.name, dump_profile(profile))
        except (ValueError, ProfileError) as exc:  # CitationError is a ProfileError
            from ui.guide_messages import translated

            self.problem.setText(translated(str(exc)))
            self.problem.show()
            return
        except OSError as exc:
            from ui.library_worker import error_sentence

            self.problem.setText(error_sentence(exc))
            self.problem.show()
            return
        self.stored = True
        self.saved.emit(profile.id, profile.name)
        self.accept()

    # -- closing: typed work is never dropped without asking --------------------------------

    @property
    def typed(self) -> bool:
        """The teacher has written something here that is not stored."""
        edited = self.statement.toPlainText().strip() != " ".join(self.quote.split())
        fields = (self.name, self.aliases, self.summary, self.group)
        return not self.stored and (edited or any(f.text().strip() for f in fields))

    def reject(self) -> None:
        """Batal, Esc, the close button: asks first when something was typed."""
        if not self.typed:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Yang sudah ditulis belum disimpan."),
            parent=self,
        )
        drop = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Lanjut menulis"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda b: QDialog.reject(self) if b is drop else None)
        self.confirm = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.typed and self.isVisible():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
