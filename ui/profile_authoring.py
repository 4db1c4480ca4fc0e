"""The main window's part of a teacher's authoring: "Kutip ke profil…" (Ctrl+Shift+K, and the
reader's context menu) opens :class:`ui.quote_dialog.QuoteDialog` on the passage selected in
the reader; once stored, the library is read again and the views show the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint

if TYPE_CHECKING:
    from ui.quote_dialog import QuoteDialog
    from ui.role_editor import RoleEditor


class ProfileAuthoringMixin:
    """Mixed into MainWindow (uses its library, reader, status bar and refresh)."""

    quote_dialog: QuoteDialog | None = None
    role_editor: RoleEditor | None = None

    def selected_passage(self) -> tuple[str, str] | None:
        """(article id, the selected text, whitespace collapsed) in the reader on screen."""
        reader = self.views.get("reader")  # type: ignore[attr-defined]
        if reader is None or self.stack.currentWidget() is not reader:  # type: ignore[attr-defined]
            return None
        passage = reader.current_passage()
        text = " ".join(reader.text.textCursor().selectedText().split())
        if passage is None or not text:
            return None
        return passage.article.id, text

    def quote_selection(self) -> QuoteDialog | None:
        """Kutip ke profil…: the dialog for the selected passage (or what to do first)."""
        if self.library is None:  # type: ignore[attr-defined]
            return None
        found = self.selected_passage()
        if found is None:
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "MainWindow",
                    "Buka sebuah artikel, blok kalimat yang ingin dikutip, lalu pilih "
                    "«Kutip ke profil…» (Ctrl+Shift+K).",
                ),
                8000,
            )
            return None
        from ui.quote_dialog import QuoteDialog

        old = self.quote_dialog
        if old is not None:
            old.deleteLater()
        dialog = QuoteDialog(self.library, *found, parent=self)  # type: ignore[arg-type, attr-defined]
        dialog.saved.connect(self._quoted)
        self.quote_dialog = dialog
        dialog.open()
        return dialog

    def _quoted(self, _profile_id: str, name: str) -> None:
        from ui.safe_text import fill

        self.refresh_library()  # type: ignore[attr-defined]
        self._refresh_home()
        self.statusBar().showMessage(  # type: ignore[attr-defined]
            fill(QCoreApplication.translate("MainWindow", "Dikutip ke profil «%1»."), name), 6000
        )

    def edit_role(self) -> RoleEditor | None:
        """Ubah profil peran…: the editor of the teacher's role on screen (or what to do)."""
        library = self.library  # type: ignore[attr-defined]
        profile_view = self.views.get("profile")  # type: ignore[attr-defined]
        shown = getattr(profile_view, "profile", None) if profile_view is not None else None
        on_screen = profile_view is not None and self.stack.currentWidget() is profile_view  # type: ignore[attr-defined]
        teachers = library.teacher_profiles if library is not None else ()
        mine = {t.profile.id: t.profile for t in teachers if t.origin == "personal"}
        if not on_screen or shown is None or shown.id not in mine:
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "MainWindow",
                    "Buka profil peran buatan Anda dulu, lalu pilih «Ubah profil peran…».",
                ),
                8000,
            )
            return None
        from ui.role_editor import RoleEditor

        old = self.role_editor
        if old is not None:
            old.deleteLater()
        editor = RoleEditor(library, mine[shown.id], parent=self)  # type: ignore[arg-type]
        editor.saved.connect(self._role_saved)
        editor.deleted.connect(self._role_deleted)
        self.role_editor = editor
        editor.open()
        return editor

    def copy_role(self) -> bool:
        """Salin ke perpustakaan saya: a lab pack's role on screen becomes the teacher's own
        (the copy wins over the pack's), to edit; True when copied."""
        from guide.profile_toml import dump_profile

        library = self.library  # type: ignore[attr-defined]
        profile_view = self.views.get("profile")  # type: ignore[attr-defined]
        shown = getattr(profile_view, "profile", None) if profile_view is not None else None
        on_screen = profile_view is not None and self.stack.currentWidget() is profile_view  # type: ignore[attr-defined]
        personal = library.sources.personal if library and library.sources else None
        if not on_screen or shown is None or library.profile_origin(shown.id) != "pack":
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "MainWindow", "Buka profil peran dari paket lab dulu, lalu salin."
                ),
                8000,
            )
            return False
        if personal is None:
            return False
        personal.save_profile(shown.id, shown.name, dump_profile(shown))
        self._role_saved(shown.id)
        from ui.safe_text import fill

        self.statusBar().showMessage(  # type: ignore[attr-defined]
            fill(
                QCoreApplication.translate(
                    "MainWindow",
                    "«%1» disalin ke perpustakaan pribadi; sekarang dapat diubah.",
                ),
                shown.name,
            ),
            8000,
        )
        return True

    def _role_saved(self, profile_id: str) -> None:
        from ui.navigation import Location

        self.refresh_library()  # type: ignore[attr-defined]
        self._refresh_home()
        self.navigate(Location("profile", (profile_id, "")), record=False)  # type: ignore[attr-defined]

    def _role_deleted(self, _profile_id: str) -> None:
        from ui.navigation import HOME

        self.refresh_library()  # type: ignore[attr-defined]
        self._refresh_home()
        self.navigate(HOME)  # type: ignore[attr-defined]

    def _refresh_home(self) -> None:
        home = self.views.get("home")  # type: ignore[attr-defined]
        if home is not None and self.library is not None:  # type: ignore[attr-defined]
            home.set_library(self.library, self.settings.recent_searches)  # type: ignore[attr-defined]

    def reader_context_menu(self, pos: QPoint) -> None:
        """The reader's own menu (copy, select all) with "Simpan ke Simpanan" (the selection,
        or the section) and "Kutip ke profil…" below."""
        text = self.reader.text  # type: ignore[attr-defined]
        menu = text.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.act_bookmark)  # type: ignore[attr-defined]
        menu.addAction(self.act_quote_to_profile)  # type: ignore[attr-defined]
        self.reader_menu = menu  # kept for a test to look at
        menu.popup(text.viewport().mapToGlobal(pos))
