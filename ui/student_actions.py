"""The student's side of the window: the learning path, Simpanan (Ctrl+D), "Apa saya cocok?"
and the one-page plan, all kept in the user's own store (guide.student), opened on first use.

A mixin of :class:`ui.main_window.MainWindow`. A save that fails (a full disk) says so in one
sentence and the view shows again what is stored: nothing is pretended.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.navigation import Location

if TYPE_CHECKING:
    from guide.student import Bookmark, StudentStore
    from ui.bookmarks_view import BookmarksView
    from ui.path_view import PathView
    from ui.selfcheck_view import SelfCheckView

log = logging.getLogger(__name__)


class StudentMixin:
    """Views and actions over the student's store."""

    _student: StudentStore | None = None

    # -- the store --------------------------------------------------------------------------

    @property
    def student(self) -> StudentStore | None:
        """The user's store, opened on first use (None when it cannot be opened: said once)."""
        if self._student is None and not getattr(self, "_student_failed", False):
            from guide import failures
            from guide.student import open_student_store

            try:
                self._student = open_student_store()
            except Exception as exc:
                log.warning("student store not opened: %s", exc, exc_info=True)
                self._student_failed = True
                self._say_failure(failures.cli_message(failures.classify(exc)))
                return None
            if self._student.notice:
                self._say_failure(self._student.notice)
        return self._student

    @property
    def student_if_any(self) -> StudentStore | None:
        """The store for reading: None (nothing saved yet) when there is no file; looking
        never creates one (the self-test opens every view and must write nothing)."""
        if self._student is None:
            from guide.student import student_store_path

            if not student_store_path().is_file():
                return None
        return self.student

    def _say_failure(self, sentence: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.guide_messages import translated

        QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "Simpanan belajar"), translated(sentence)
        )

    def _saved(self, save) -> bool:
        """Run ``save(store)``; False (and said) when it did not happen."""
        store = self.student
        if store is None:
            return False
        from guide import failures
        from guide.student import StudentStoreError

        try:
            save(store)
        except StudentStoreError as exc:
            self._say_failure(failures.cli_message(failures.classify(exc)))
            return False
        return True

    def close_student(self) -> None:
        if self._student is not None:
            self._student.close()
            self._student = None

    def path_progress(self, role: str) -> tuple[int, int] | None:
        """(done, total) of ``role``'s learning path for this student; None without a path."""
        from guide.learning import DONE  # not at import: this module is on the start-up path

        path = self.library.learning_path(role) if self.library is not None else None
        if path is None:
            return None
        store = self.student_if_any
        states = store.states(role) if store is not None else {}
        return sum(states.get(s.id) == DONE for s in path.steps), len(path.steps)

    # -- the learning path -----------------------------------------------------------------

    @property
    def path_view(self) -> PathView:
        return self._view("path")

    def _make_path(self) -> PathView:
        from ui.path_view import PathView

        view = PathView()
        view.state_chosen.connect(self.set_step_state)
        view.citation_activated.connect(self.open_citation)
        view.search_requested.connect(lambda words: self.search(words))
        view.tab_requested.connect(lambda r, t: self.navigate(Location("profile", (r, t))))
        view.plan_requested.connect(self.print_plan)
        return view

    def show_first_path(self) -> None:
        """Buka → Jalur belajar: the path of the role shown (the first of a comparison),
        else the first there is."""
        if self.library is None:
            return
        paths = self.library.learning.paths
        role = next((r for r in (*self.shown_roles(), *paths) if r in paths), "")
        if role:
            self.navigate(Location("path", (role, "")))

    def show_path(self, role: str, step: str = "") -> str:
        """The path location: ``role``'s steps (scrolled to ``step``)."""
        assert self.library is not None
        path = self.library.learning_path(role)
        profile = self.library.profile(role)
        if path is None or profile is None:
            raise KeyError(role)
        store = self.student_if_any
        states = store.states(role) if store is not None else {}
        view = self.path_view
        if view.path is not path:
            view.show_path(path, profile.name, states, {a.id: a for a in self.library.articles})
        else:
            view.set_states(states)
        self.stack.setCurrentWidget(view)
        view.scroll_to_step(step)
        return view.title.text()

    def set_step_state(self, role: str, step: str, state: str) -> None:
        """A step's state chosen: saved at once (or the stored one shown again)."""
        self._saved(lambda store: store.set_states(role, {step: state}))
        store = self.student_if_any  # what is stored is shown, saved or not
        if "path" in self.views:
            self.path_view.set_states(store.states(role) if store is not None else {})
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        """Progress on the home cards and the profile shown."""
        home = self.views.get("home")
        if home is not None and self.library is not None:
            home.set_progress({p.id: self.path_progress(p.id) for p in self.library.profiles})
        profile = self.views.get("profile")
        if profile is not None and profile.profile is not None:
            profile.set_path_progress(self.path_progress(profile.profile.id))

    # -- Simpanan ---------------------------------------------------------------------------

    @property
    def bookmarks_view(self) -> BookmarksView:
        return self._view("bookmarks")

    def _make_bookmarks(self) -> BookmarksView:
        from ui.bookmarks_view import BookmarksView

        view = BookmarksView()
        view.open_requested.connect(self.open_bookmark)
        view.remove_requested.connect(self.remove_bookmark)
        view.note_changed.connect(self.change_note)
        return view

    def show_bookmarks(self) -> str:
        store = self.student_if_any
        self.bookmarks_view.show_bookmarks(store.bookmarks() if store is not None else [])
        self.stack.setCurrentWidget(self.bookmarks_view)
        return self.bookmarks_view.title.text()

    def bookmark_current(self) -> Bookmark | None:
        """Ctrl+D: save what is shown (the reader's selection or section, the profile's claim
        with the keyboard or the mouse, the search result chosen) to Simpanan."""
        from ui.bookmark_targets import current_bookmark

        bookmark = current_bookmark(self)
        if bookmark is None:
            self.hint(
                QCoreApplication.translate(
                    "MainWindow",
                    "Untuk menyimpan: blok kalimat di artikel, pilih sebuah hasil pencarian, "
                    "atau arahkan ke sebuah klaim profil, lalu tekan Ctrl+D.",
                )
            )
            return None
        return bookmark if self._save_bookmark(bookmark) else None

    def bookmark_claim(self, widget) -> None:
        """A profile claim's context menu: "Simpan ke Simpanan"."""
        from ui.bookmark_targets import claim_bookmark

        bookmark = claim_bookmark(self, widget)
        if bookmark is not None:
            self._save_bookmark(bookmark)

    def _save_bookmark(self, bookmark: Bookmark) -> bool:
        """Save ``bookmark`` and say so in the status bar (a failure: said by _saved)."""
        if not self._saved(lambda store: store.add_bookmark(bookmark)):
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Disimpan ke Simpanan: %1").replace(
                "%1", bookmark.title
            ),
            6000,
        )
        return True

    def open_bookmark(self, bookmark: Bookmark) -> None:
        """Open where a bookmark points: the profile's claim, or the reader at the passage."""
        if bookmark.kind == "claim":
            if self.navigate(Location("profile", (bookmark.profile_id, bookmark.tab))):
                self.profile.show_claim(bookmark.claim_id)
            return
        location = (
            bookmark.article_id,
            bookmark.start,
            bookmark.end,
            bookmark.section_id,
            bookmark.query,
        )
        if not self.navigate(Location("reader", location)):
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Artikel simpanan ini tidak ada lagi di perpustakaan."
                ),
                8000,
            )

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Hapus simpanan"),
            QCoreApplication.translate("MainWindow", "Hapus «%1» dari Simpanan?").replace(
                "%1", bookmark.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._saved(lambda store: store.remove_bookmark(bookmark.id))
            self.show_bookmarks()

    def change_note(self, bookmark: Bookmark, note: str) -> None:
        if not self._saved(lambda store: store.set_note(bookmark.id, note)):
            self.show_bookmarks()  # the note as stored

    # -- Apa saya cocok? -------------------------------------------------------------------

    @property
    def selfcheck_view(self) -> SelfCheckView:
        return self._view("selfcheck")

    def _make_selfcheck(self) -> SelfCheckView:
        from ui.selfcheck_view import SelfCheckView

        view = SelfCheckView()
        view.answered.connect(self.save_answer)
        view.citation_activated.connect(self.open_citation)
        view.step_requested.connect(
            lambda step: self.navigate(Location("path", (self.library.learning.check_role, step)))
        )
        view.tab_requested.connect(
            lambda tab: self.navigate(Location("profile", (self.library.learning.check_role, tab)))
        )
        return view

    def show_selfcheck(self) -> str:
        assert self.library is not None
        learning = self.library.learning
        view = self.selfcheck_view
        if not view.cards:
            store = self.student_if_any
            answers = store.answers() if store is not None else {}
            view.show_statements(
                learning.statements,
                self.library.learning_path(learning.check_role),
                answers,
                {a.id: a for a in self.library.articles},
            )
        self.stack.setCurrentWidget(view)
        return view.title.text()

    def save_answer(self, statement: str, answer: str) -> None:
        self._saved(lambda store: store.set_answers({statement: answer}))

    # -- the plan and the next student ----------------------------------------------------

    def print_plan(self, role: str) -> None:
        """Rencana belajarku: preview and print with a printer, else a PDF where asked."""
        from guide.plan import student_plan
        from ui.plan_pdf import versions

        store = self.student
        if store is None or self.library is None:
            return
        plan = student_plan(self.library, store, role)
        title = QCoreApplication.translate("MainWindow", "Rencana belajarku: %1").replace(
            "%1", plan.role
        )
        stem = QCoreApplication.translate("MainWindow", "Rencana-belajar-%1").replace(
            "%1", plan.role
        )
        self.print_page(lambda: versions(plan), title, stem)  # its name in the UI's language

    def ask_reset_for_next_student(self):
        """Berkas → "Atur ulang untuk siswa berikutnya": asks whether the learning path,
        bookmarks, notes and answers go too (yes by default on a lab PC with a lab file),
        then does exactly that. The window in use afterwards (None: cancelled)."""
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Atur ulang untuk siswa berikutnya")
        )
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Riwayat pencarian, tampilan terakhir, ukuran teks, tema dan bahasa kembali "
                "ke bawaan.",
            )
        )
        also = QCheckBox(
            QCoreApplication.translate(
                "MainWindow",
                "Hapus juga jalur belajar, Simpanan, catatan, dan jawaban «Apa saya cocok?»",
            )
        )
        also.setChecked(bool(self.settings.lab.path))  # a shared lab account: yes
        box.setCheckBox(also)
        reset = box.addButton(
            QCoreApplication.translate("MainWindow", "Atur ulang"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "Batal"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(reset)
        self._reset_box = box  # tests answer it
        box.exec()
        if box.clickedButton() is not reset:
            return None
        return self.reset_for_next_student(clear_student=also.isChecked())

    def clear_student_data(self) -> bool:
        """Forget this student's ticks, bookmarks, notes and answers."""
        ok = self.student_if_any is None or self._saved(lambda store: store.clear())
        for name in ("path", "bookmarks", "selfcheck"):
            view = self.views.get(name)
            if view is not None:
                view.deleteLater()
                del self.views[name]
        return ok
