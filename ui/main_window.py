"""The main window: toolbar and menus, one stacked view at a time, history, zoom, settings."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

# What the window needs before its first frame is imported here; ``QtCore.Qt`` is only named
# inside methods that run later: PySide creates a class's Python enums the first time the
# class is touched, and the ``Qt`` namespace has 93 of them (~20 ms). bench_startup.py.
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from guide import APP_NAME
from ui import i18n
from ui.fonts import apply_base_font, refresh_relative_fonts
from ui.library_actions import LibraryActionsMixin
from ui.loader import start_loader
from ui.loading_view import LoadingView
from ui.navigation import HOME, History, Location
from ui.palettes import high_contrast_palette
from ui.presentation import PresentationMixin
from ui.print_handout import PrintHandoutMixin
from ui.profile_authoring import ProfileAuthoringMixin
from ui.projector_mode import PROJECTOR_ZOOM, ProjectorMixin
from ui.search_box import SearchBox, Suggestion
from ui.settings import Settings, clamp_zoom
from ui.student_actions import StudentMixin
from ui.theme import SYSTEM, apply_theme, confirm_system_scheme, install_style
from ui.window_actions import WindowActionsMixin
from ui.window_views import WindowViewsMixin

_OPEN_WINDOWS: list[QMainWindow] = []  # windows created to replace another (language switch)
__all__ = ["PROJECTOR_ZOOM", "LoadingView", "MainWindow"]
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from guide.failures import Failure
    from guide.library import Library
    from guide.profiles import Citation
    from guide.search import Hit


class MainWindow(
    WindowActionsMixin,
    WindowViewsMixin,
    LibraryActionsMixin,
    ProfileAuthoringMixin,
    PresentationMixin,
    PrintHandoutMixin,
    StudentMixin,
    ProjectorMixin,
    QMainWindow,
):
    """Home, profiles, comparison, reader, sources and search, with back/forward."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.library: Library | None = None
        self._started = False  # after_first_show has run
        self.history = History()
        self.base_font = QFont(QApplication.font())
        self.zoom = self.settings.zoom
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        self.stack = QStackedWidget()
        self.loading = LoadingView()
        self.loading.retry_requested.connect(self.retry_loading)
        self.stack.addWidget(self.loading)
        # The other views are built (and their modules imported) the first time they are
        # shown, so the window appears without waiting for them.
        self.views: dict[str, QWidget] = {"loading": self.loading}
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)  # files dropped on the window are imported (library_actions)
        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self.statusBar().showMessage(self.tr("Memuat data…"))
        self.resize(1024, 720)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        self._settings_unsaved: QWidget | None = None  # the status bar's notice, once shown
        self._hint = ""  # the last hint (hint()): cleared when another page is shown
        self.apply_zoom(self.zoom, save=False)
        self.set_theme(self.settings.theme, save=False)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._update_actions()

    # -- construction ---------------------------------------------------------------------

    # -- data -----------------------------------------------------------------------------

    def after_first_show(self) -> None:
        """What waits until the window is on screen: the app style (ui/style.py), reading the
        system's colour scheme (costly in PySide, see ui.theme.confirm_system_scheme) and
        opening the data. Runs once, however often it is called."""
        if self._started:
            return
        self._started = True
        from guide import logs

        logs.setup_logging()  # errors go to the user's log file (the .exe has no console)
        if i18n.current_language() == i18n.DEFAULT_LANGUAGE:  # else installed before the window
            i18n.install_saved_language(QApplication.instance())  # Qt's own Indonesian strings
        self._system_scheme_changed()
        self.load_data()
        # While the worker opens the data: edges, focus ring, Enter (ui/style.py; ~50 ms).
        install_style(QApplication.instance())

    def load_data(self) -> None:
        """Open (or build) the data in a worker thread; the window stays responsive."""
        self.stack.setCurrentWidget(self.loading)
        self._thread, self._loader = start_loader(self, self.settings.lab.packs)
        # Bound methods of this window (not lambdas): Qt sees the window as the receiver, so a
        # signal from the worker is queued and the slot runs in the UI thread.
        self._loader.building.connect(self._on_building)
        self._loader.ready.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._loader.notice.connect(self._on_sources_notice)
        self._thread.start()

    def retry_loading(self) -> None:
        """ "Coba lagi" after a failure: start the loader again (the old thread has ended)."""
        old = getattr(self, "_thread", None)
        if old is not None and old.isRunning():
            return
        self.statusBar().showMessage(self.tr("Memuat data…"))
        self.loading.show_message(self.tr("Memuat data panduan…"))
        self.load_data()

    def set_library(self, library: Library, restore: bool = True) -> None:
        """The data is open: fill the views and show the last view (or home)."""
        self.library = library
        for name in ("home", "sources", "profile", "compare"):  # rebuilt with the new data
            old = self.views.pop(name, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        notice = getattr(library.location, "notice", "")
        if notice and not library.notice_said:  # the data was rebuilt: said once, not again
            from ui.guide_messages import translated  # after a change of language or an import

            self.statusBar().showMessage(translated(notice))
            library.notice_said = True
        else:
            self._show_counts(library)
        self.show_library_notices(library)  # a skipped lab pack: one line
        self._check_settings_saved()
        self._update_actions()
        if not restore:
            return
        last = self.settings.last_location
        if last is None or not self.navigate(last):
            self.navigate(HOME)

    def _show_counts(self, library: Library) -> None:
        self.statusBar().showMessage(
            self.tr("%1 artikel, %2 profil peran")
            .replace("%1", str(len(library.articles)))
            .replace("%2", str(len(library.profiles))),
            5000,
        )

    def _on_building(self) -> None:
        self.loading.show_message(
            self.tr("Menyiapkan data untuk pertama kali. Ini hanya sebentar…")
        )

    def _on_loaded(self, library: Library) -> None:
        self._owns_library = True  # opened by our loader: closed with the window
        self.set_library(library)

    def _on_failed(self, failure: Failure) -> None:
        from guide import datadir, logs

        self.statusBar().clearMessage()  # no longer "Memuat data…"
        log_file = logs.setup_logging()
        self.loading.show_failure(
            failure, str(datadir.cache_data_dir()), str(log_file) if log_file else ""
        )

    # -- navigation -----------------------------------------------------------------------

    def navigate(self, location: Location, record: bool = True) -> bool:
        """Show ``location``; False (and nothing changes) when it cannot be shown."""
        if self.library is None:
            return False
        typing = self.focusWidget() is self.search_box  # the student is in the toolbar's box
        try:
            title = self._show(location)
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            # A saved or typed location that does not exist (any more): the caller falls
            # back; logged so that a view failing to render is never silent.
            log.warning("cannot show %s: %s", location.encode()[:200], exc, exc_info=True)
            return False
        if self.projector:  # views built during projector mode get its link colour too
            self._recolour_citations(high_contrast_palette())
        if record:
            self.history.visit(location)
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)
        self.settings.last_location = location
        self._update_actions()
        self._settle_focus(typing)
        if self.statusBar().currentMessage() == self._hint:  # about the page left: gone
            self.statusBar().clearMessage()
        return True

    def hint(self, text: str) -> None:
        """A hint about what to do on this page (Ctrl+P or Ctrl+D with nothing to take): in
        the status bar for 8 s, or until another page is shown."""
        self._hint = text
        self.statusBar().showMessage(text, 8000)

    def _settle_focus(self, typing: bool) -> None:
        """After a view is shown, the keyboard is in it (the results list, the article, the
        widget last used there), never left to Qt's next tab stop, the toolbar's search box,
        which takes focus with its text selected. A student typing in that box stays there,
        the cursor after the query."""
        self.search_box.deselect()
        if typing:
            return
        target = self._focus_target(self.stack.currentWidget())
        if target is not None:
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _refresh_fonts(self, view: QWidget) -> None:
        """Widgets built after the last zoom get their relative fonts now."""
        refresh_relative_fonts(view, self._zoomed_font())

    def _on_profile_tab(self, section_id: str) -> None:
        current = self.history.current
        if current is not None and current.view == "profile":
            location = Location("profile", (current.args[0], section_id))
            self.history.replace(location)
            self.settings.last_location = location

    def go_back(self) -> None:
        """Alt+Left: the previous view."""
        location = self.history.back()
        if location is not None:
            self.navigate(location, record=False)

    def go_forward(self) -> None:
        """Alt+Right: the next view, after going back."""
        location = self.history.forward()
        if location is not None:
            self.navigate(location, record=False)

    def _update_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())
        ready = self.library is not None
        for action in (self.act_home, self.act_compare, self.act_sources, self.act_print):
            action.setEnabled(ready)
        for action in (self.act_quiz, self.act_path, self.act_selfcheck, self.act_bookmarks):
            action.setEnabled(ready)
        self.search_box.setEnabled(ready)
        self._update_library_actions()

    def open_citation(self, citation: Citation) -> None:
        """Open the reader at a citation's quote, highlighted."""
        self.navigate(
            Location(
                "reader",
                (citation.article_id, citation.start, citation.end, citation.section_id, ""),
            )
        )

    def open_hit(self, hit: Hit, _terms: frozenset[str]) -> None:
        """Open the reader at a search hit's snippet (marked), its matched words highlighted;
        at the section's start when the snippet cannot be placed."""
        from guide.hit_passage import hit_range

        result = self.search_view.result
        query = (result.corrected_query or result.query) if result else ""
        start = end = -1
        if self.library is not None:
            start, end, _ = hit_range(hit, self.library.open_article(hit.article_id))
        self.navigate(Location("reader", (hit.article_id, start, end, hit.section_id, query)))

    def search(self, text: str, correct: bool = True) -> None:
        """Show the full results for ``text`` (``correct=False``: exactly as typed)."""
        text = " ".join(text.split())
        if text and self.navigate(Location("search", (text, "1" if correct else "0"))):
            self.settings.add_recent_search(text)

    def _connect_search_box(self, box: SearchBox) -> None:
        box.set_provider(self.suggestions)
        box.search_requested.connect(self.search)
        box.section_requested.connect(
            lambda aid, sid: self.navigate(Location("reader", (aid, -1, -1, sid, box.text())))
        )

    def suggestions(self, text: str) -> list[Suggestion]:
        """The popup under a search box: recent searches for an empty box; else completions,
        matching section headings, and last "Cari teks lengkap: …"."""
        lib = self.library
        if lib is None:
            return []
        text = " ".join(text.split())
        if not text:
            return [
                Suggestion("recent", self.tr("Terakhir dicari: %1").replace("%1", q), q)
                for q in self.settings.recent_searches
            ]
        from ui.safe_text import fill  # (imported after start-up: views import it anyway)

        out = [Suggestion("word", word, word) for word in lib.suggest(text, limit=5)]
        titles = lib.labels
        for heading, section_id, article_id in lib.heading_matches(text, limit=3):
            # one pass: a heading holding "%2" must not be filled again
            label = fill(self.tr("Bagian: %1 (%2)"), heading, titles[article_id])
            out.append(Suggestion("heading", label, "", article_id, section_id))
        out.append(Suggestion("full", self.tr("Cari teks lengkap: «%1»").replace("%1", text), text))
        return out

    def clear_recent_searches(self) -> None:
        """Forget this user's searches."""
        self.settings.clear_recent_searches()
        self.statusBar().showMessage(self.tr("Riwayat pencarian dihapus."), 3000)
        if "home" in self.views:
            self.home.set_recent([])

    def reset_for_next_student(self, clear_student: bool = False) -> MainWindow:
        """Lab PCs: forget searches, history, last view, zoom, theme and language, and show
        home in the lab administrator's defaults (panduan-karier-lab.ini, else the built-in
        ones); ``clear_student``: the learning path, bookmarks, notes and answers too.
        Returns the window in use: a new one when the language changes back."""
        self.leave_projector()
        if clear_student:
            self.clear_student_data()
        self.settings.reset_for_next_student()
        self.history = History()
        self.search_box.clear()
        self.apply_zoom(self.settings.zoom, save=False)
        self.set_theme(self.settings.theme, save=False)
        if "home" in self.views:
            self.home.set_recent([])
            self.home.search.clear()
        self.navigate(HOME)
        window = self.switch_language(i18n.current_language(self.settings), remember=False)
        ready = QCoreApplication.translate("MainWindow", "Siap untuk siswa berikutnya.")
        window.statusBar().showMessage(ready, 4000)
        return window

    def _check_settings_saved(self) -> None:
        """Say once, in the status bar, when the settings cannot be saved (a read-only config
        folder or portable copy): the student's choices then last until the window closes."""
        if self._settings_unsaved is not None or self.settings.can_save():
            return
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.tr("Pengaturan tidak dapat disimpan"))
        explanation = self.tr(
            "Pengaturan tidak dapat disimpan: folder pengaturan tidak dapat ditulisi (%1). "
            "Tema, bahasa dan ukuran teks berlaku sampai aplikasi ditutup."
        ).replace("%1", self.settings.path)
        label.setToolTip(explanation)
        label.setAccessibleName(explanation)
        self._settings_unsaved = label
        self.statusBar().addPermanentWidget(label)
        log.warning("Pengaturan tidak dapat disimpan: %s", self.settings.path)

    def keyPressEvent(self, event) -> None:
        """ "/" puts the cursor in the search box when no text field has taken the key."""
        shift = QtCore.Qt.KeyboardModifier.ShiftModifier
        if event.text() == "/" and not event.modifiers() & ~shift:
            self.focus_search()
            return
        super().keyPressEvent(event)

    def focus_search(self) -> None:
        """Ctrl+K / Ctrl+F: put the cursor in the search box."""
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- zoom, full screen, about -------------------------------------------------------------

    def _zoomed_font(self) -> QFont:
        font = QFont(self.base_font)
        font.setPointSizeF(max(6.0, self.base_font.pointSizeF() * self.zoom))
        return font

    def apply_zoom(self, zoom: float, save: bool = True) -> None:
        """Scale all text in the views (remembered per user)."""
        self.zoom = clamp_zoom(zoom)
        apply_base_font(self.stack, self._zoomed_font())
        if save:
            self.settings.zoom = self.zoom
            self.statusBar().showMessage(
                self.tr("Ukuran teks: %1%").replace("%1", str(round(self.zoom * 100))), 2000
            )
            self._check_settings_saved()

    def toggle_fullscreen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ QtCore.Qt.WindowState.WindowFullScreen)

    # -- language ---------------------------------------------------------------------------------

    def switch_language(self, code: str, remember: bool = True) -> MainWindow:
        """Install the language and replace this window by one built in it, at the same view,
        size and history (Qt widgets take their texts when they are built); ``remember``:
        saved as the user's choice (a reset goes back to the default without saving it)."""
        if code == i18n.installed_language():
            return self
        if remember:
            i18n.set_language(self.settings, code)
            self._check_settings_saved()
        app = QApplication.instance()
        i18n.install(app, code)
        successor = MainWindow(self.settings)
        successor.setGeometry(self.geometry())
        successor.show()
        if self.library is not None:
            successor._owns_library = getattr(self, "_owns_library", False)
            self._owns_library = False
            successor.set_library(self.library, restore=False)
            current = self.history.current
            successor.history = self.history
            if current is not None:
                successor.navigate(current, record=False)
        _OPEN_WINDOWS.append(successor)
        self.close()
        return successor

    # -- themes -----------------------------------------------------------------------------------

    def set_theme(self, theme: str, save: bool = True) -> None:
        """Light, dark, high contrast, or the system's (remembered per user)."""
        self.theme = apply_theme(theme)
        self.theme_actions[self.theme].setChecked(True)
        if not self.projector:  # markers have their own palette (link colour): refresh it
            self._recolour_citations(None)
        if save:
            self.settings.theme = self.theme
            self._check_settings_saved()

    def _system_scheme_changed(self, scheme: object = None) -> None:
        """The system's light/dark scheme changed (or was read for the first time, just
        after the window showed): follow it when the theme is "system"."""
        if confirm_system_scheme(scheme) and self.theme == SYSTEM:
            self.set_theme(SYSTEM, save=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry; release the data."""
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.stop_library_work()
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.quit()
            thread.wait(5000)
        if self.library is not None and getattr(self, "_owns_library", False):
            self.library.close()
            self.library = None
        self.close_student()
        super().closeEvent(event)
