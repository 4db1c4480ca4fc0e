"""The main window: toolbar and menus, one stacked view at a time, history, zoom, settings."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# What the window needs before its first frame is imported here; ``QtCore.Qt`` is only named
# inside methods that run later: PySide creates a class's Python enums the first time the
# class is touched, and the ``Qt`` namespace has 93 of them (~20 ms). bench_startup.py.
from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from guide import APP_NAME, __version__
from ui import i18n
from ui.fonts import apply_base_font, refresh_relative_fonts
from ui.loader import start_loader
from ui.navigation import HOME, History, Location
from ui.palettes import high_contrast_palette
from ui.search_box import SearchBox, Suggestion
from ui.settings import ZOOM_STEP, Settings, clamp_zoom
from ui.theme import CONTRAST, DARK, LIGHT, SYSTEM, THEMES, apply_theme, confirm_system_scheme

_OPEN_WINDOWS: list[QMainWindow] = []  # windows created to replace another (language switch)
PROJECTOR_ZOOM = 1.8  # projector type size relative to normal (the issue asks for ≥ 1.6×)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from guide.library import Library
    from guide.profiles import Citation
    from guide.search import Hit
    from ui.comparison_view import ComparisonView
    from ui.home_view import HomeView
    from ui.profile_view import ProfileView
    from ui.reader_view import ReaderView
    from ui.search_view import SearchView
    from ui.sources_view import SourcesView


class LoadingView(QWidget):
    """Shown until the data is open: what is happening, or what went wrong, in one sentence."""

    first_painted = Signal()  # once: the window's first frame is being drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.message = QLabel(self.tr("Memuat data panduan…"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Kemajuan"))
        self.progress.setTextVisible(False)
        # A centred column of readable width: the sentence above its busy bar.
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.progress)
        column.addStretch(2)
        panel = QWidget()
        panel.setLayout(column)
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 3)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell once that the first frame is being drawn (start-up waits for it)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def show_message(self, text: str, busy: bool = True) -> None:
        """Update the sentence; stop the busy bar when nothing is running."""
        self.message.setText(text)
        self.progress.setVisible(busy)


class MainWindow(QMainWindow):
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
        self.stack.addWidget(self.loading)
        # The other views are built (and their modules imported) the first time they are
        # shown, so the window appears without waiting for them.
        self.views: dict[str, QWidget] = {"loading": self.loading}
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self.statusBar().showMessage(self.tr("Memuat data…"))
        self.resize(1024, 720)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        self.apply_zoom(self.zoom, save=False)
        self.set_theme(self.settings.theme, save=False)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._update_actions()

    # -- construction ---------------------------------------------------------------------

    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        keys = ", ".join(
            QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts
        )
        action.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        seq = QKeySequence.StandardKey
        self.act_back = self._action(self.tr("Kembali"), self.go_back, ["Alt+Left"])
        self.act_forward = self._action(self.tr("Maju"), self.go_forward, ["Alt+Right"])
        self.act_home = self._action(self.tr("Beranda"), lambda: self.navigate(HOME), ["Alt+Home"])
        self.act_compare = self._action(
            self.tr("Bandingkan"),
            lambda: self.navigate(Location("compare")),
            ["Ctrl+B"],
            self.tr("Bandingkan Backend vs Frontend"),
        )
        self.act_sources = self._action(
            self.tr("Artikel sumber"), lambda: self.navigate(Location("sources")), ["Ctrl+L"]
        )
        self.act_find = self._action(
            self.tr("Cari"), self.focus_search, ["Ctrl+K", QKeySequence(seq.Find).toString()]
        )
        self.act_zoom_in = self._action(
            self.tr("Perbesar"),
            lambda: self.apply_zoom(self.zoom + ZOOM_STEP),
            ["Ctrl+=", "Ctrl++"],
        )
        self.act_zoom_out = self._action(
            self.tr("Perkecil"), lambda: self.apply_zoom(self.zoom - ZOOM_STEP), ["Ctrl+-"]
        )
        self.act_zoom_reset = self._action(
            self.tr("Ukuran normal"), lambda: self.apply_zoom(1.0), ["Ctrl+0"]
        )
        self.act_fullscreen = self._action(self.tr("Layar penuh"), self.toggle_fullscreen, ["F11"])
        self.act_next_tab = self._action(
            self.tr("Tab profil berikutnya"), lambda: self.step_tab(1), ["Ctrl+Tab"]
        )
        self.act_previous_tab = self._action(
            self.tr("Tab profil sebelumnya"), lambda: self.step_tab(-1), ["Ctrl+Shift+Tab"]
        )
        self.act_quit = self._action(self.tr("Keluar"), self.close, ["Ctrl+Q"])
        self.act_clear_recent = self._action(
            self.tr("Hapus riwayat pencarian"), self.clear_recent_searches
        )
        self.act_reset = self._action(
            self.tr("Atur ulang untuk siswa berikutnya"), self.reset_for_next_student
        )
        self.act_about = self._action(self.tr("Tentang Panduan Karier"), self.show_about)
        self.act_help = self._action(self.tr("Pintasan keyboard"), self.show_help, ["F1"])
        self.act_projector = self._action(
            self.tr("Mode proyektor"),
            self.toggle_projector,
            ["F5"],
            self.tr("Layar penuh, huruf besar, kontras tinggi; panah kiri/kanan untuk berpindah"),
        )
        # Active only in projector mode (else they would take the arrow keys from every widget).
        self.act_step_back = self._action(
            self.tr("Proyektor: sebelumnya"), lambda: self.projector_step(-1), ["Left", "PgUp"]
        )
        self.act_step_forward = self._action(
            self.tr("Proyektor: berikutnya"), lambda: self.projector_step(1), ["Right", "PgDown"]
        )
        self.act_leave_projector = self._action(
            self.tr("Keluar dari mode proyektor"), self.leave_projector, ["Esc"]
        )
        for action in (self.act_step_back, self.act_step_forward, self.act_leave_projector):
            action.setEnabled(False)
        self.projector = False
        self._projector_row = 0
        self._before_projector: tuple | None = None

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Navigasi"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        # The actions have no icons, so the buttons show their text (the default style).
        for action in (self.act_back, self.act_forward, self.act_home):
            bar.addAction(action)
        bar.addSeparator()
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(self.tr("Cari di artikel… (Ctrl+K atau /)"))
        self.search_box.setAccessibleName(self.tr("Kotak pencarian"))
        self.search_box.setMinimumWidth(220)
        self._connect_search_box(self.search_box)
        bar.addWidget(self.search_box)
        bar.addSeparator()
        bar.addAction(self.act_compare)
        bar.addAction(self.act_sources)
        self.addToolBar(bar)
        self.toolbar = bar

    def _make_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Berkas"))
        file_menu.addAction(self.act_clear_recent)
        file_menu.addAction(self.act_reset)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        go = menu.addMenu(self.tr("&Buka"))
        for action in (self.act_back, self.act_forward, self.act_home, self.act_compare):
            go.addAction(action)
        go.addAction(self.act_sources)
        go.addAction(self.act_find)
        view = menu.addMenu(self.tr("&Tampilan"))
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_next_tab)
        view.addAction(self.act_previous_tab)
        view.addSeparator()
        view.addAction(self.act_fullscreen)
        view.addAction(self.act_projector)
        themes = view.addMenu(self.tr("&Tema"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        names = {
            SYSTEM: self.tr("Ikuti sistem"),
            LIGHT: self.tr("Terang"),
            DARK: self.tr("Gelap"),
            CONTRAST: self.tr("Kontras tinggi"),
        }
        for theme in THEMES:
            action = QAction(names[theme], self, checkable=True)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[theme] = action
        languages = view.addMenu(self.tr("&Bahasa"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.installed_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # each language in its own words
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            language_group.addAction(action)
            languages.addAction(action)
            self.language_actions[code] = action
        help_menu = menu.addMenu(self.tr("Ba&ntuan"))
        help_menu.addAction(self.act_help)
        help_menu.addAction(self.act_about)

    # -- views, built on first use ----------------------------------------------------------

    def _view(self, name: str) -> QWidget:
        view = self.views.get(name)
        if view is None:
            view = getattr(self, f"_make_{name}")()
            self.views[name] = view
            self.stack.addWidget(view)
            refresh_relative_fonts(view, self._zoomed_font())
        return view

    def _make_home(self) -> QWidget:
        from ui.home_view import HomeView

        home = HomeView()
        self._connect_search_box(home.search)
        home.recent_cleared.connect(self.clear_recent_searches)
        home.profile_requested.connect(lambda pid: self.navigate(Location("profile", (pid, ""))))
        home.compare_requested.connect(lambda: self.navigate(Location("compare")))
        home.sources_requested.connect(lambda: self.navigate(Location("sources")))
        if self.library is not None:
            home.set_library(self.library, self.settings.recent_searches)
        return home

    def _make_profile(self) -> QWidget:
        from ui.profile_view import ProfileView

        profile = ProfileView()
        profile.citation_activated.connect(self.open_citation)
        profile.tab_changed.connect(self._on_profile_tab)
        profile.section_requested.connect(
            lambda pid, sid: self.navigate(Location("profile", (pid, sid)))
        )
        return profile

    def _make_compare(self) -> QWidget:
        from ui.comparison_view import ComparisonView

        comparison = ComparisonView()
        comparison.citation_activated.connect(self.open_citation)
        return comparison

    def _make_reader(self) -> QWidget:
        from ui.reader_view import ReaderView

        # The window keeps one history for every view, so the reader's own is switched off.
        reader = ReaderView(history_shortcuts=False)
        reader.back_button.hide()
        reader.forward_button.hide()
        return reader

    def _make_sources(self) -> QWidget:
        from ui.sources_view import SourcesView

        sources = SourcesView()
        sources.article_requested.connect(
            lambda aid: self.navigate(Location("reader", (aid, -1, -1, "", "")))
        )
        if self.library is not None:
            sources.set_articles(self.library.articles)
        return sources

    def _make_search(self) -> QWidget:
        from ui.search_view import SearchView

        search = SearchView()
        search.hit_activated.connect(self.open_hit)
        search.search_requested.connect(self.search)
        search.profile_requested.connect(lambda pid: self.navigate(Location("profile", (pid, ""))))
        if self.library is not None:
            search.set_library(self.library)
        return search

    @property
    def home(self) -> HomeView:
        """The home view."""
        return self._view("home")

    @property
    def profile(self) -> ProfileView:
        """The role profile view."""
        return self._view("profile")

    @property
    def comparison(self) -> ComparisonView:
        """The comparison view."""
        return self._view("compare")

    @property
    def reader(self) -> ReaderView:
        """The article reader."""
        return self._view("reader")

    @property
    def sources(self) -> SourcesView:
        """The list of source articles."""
        return self._view("sources")

    @property
    def search_view(self) -> SearchView:
        """The search results."""
        return self._view("search")

    # -- data -----------------------------------------------------------------------------

    def after_first_show(self) -> None:
        """What waits until the window is on screen: reading the system's colour scheme
        (costly in PySide, see ui.theme.confirm_system_scheme) and opening the data. Runs
        once, however often it is called."""
        if self._started:
            return
        self._started = True
        self._system_scheme_changed()
        self.load_data()

    def load_data(self) -> None:
        """Open (or build) the data in a worker thread; the window stays responsive."""
        self.stack.setCurrentWidget(self.loading)
        self._thread, self._loader = start_loader(self)
        # Bound methods of this window (not lambdas): Qt sees the window as the receiver, so a
        # signal from the worker is queued and the slot runs in the UI thread.
        self._loader.building.connect(self._on_building)
        self._loader.ready.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._thread.start()

    def set_library(self, library: Library, restore: bool = True) -> None:
        """The data is open: fill the views and show the last view (or home)."""
        self.library = library
        for name in ("home", "sources", "profile", "compare"):  # rebuilt with the new data
            old = self.views.pop(name, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        notice = getattr(library.location, "notice", "")
        if notice:  # the bundled data was damaged or missing and was rebuilt: say so, once
            self.statusBar().showMessage(notice)
        else:
            self._show_counts(library)
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

    def _on_failed(self, message: str) -> None:
        self.statusBar().clearMessage()  # no longer "Memuat data…"
        self.loading.show_message(
            self.tr("Data panduan tidak dapat dibuka. Rincian: %1").replace("%1", message),
            busy=False,
        )

    # -- navigation -----------------------------------------------------------------------

    def navigate(self, location: Location, record: bool = True) -> bool:
        """Show ``location``; False (and nothing changes) when it cannot be shown."""
        if self.library is None:
            return False
        try:
            title = self._show(location)
        except (KeyError, ValueError, IndexError, TypeError):
            return False
        if self.projector:  # views built during projector mode get its link colour too
            self._recolour_citations(high_contrast_palette())
        if record:
            self.history.visit(location)
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)
        self.settings.last_location = location
        self._update_actions()
        return True

    def _show(self, location: Location) -> str:
        lib = self.library
        assert lib is not None
        view, args = location.view, location.args
        if view == "home":
            self.home.set_recent(self.settings.recent_searches)
            self.stack.setCurrentWidget(self.home)
            return ""
        if view == "profile":
            profile = lib.profile(str(args[0]))
            if profile is None:
                raise KeyError(args[0])
            self.profile.show_profile(profile, lib, str(args[1]) if len(args) > 1 else "")
            self._refresh_fonts(self.profile)
            self.stack.setCurrentWidget(self.profile)
            return profile.name
        if view == "compare":
            comparison = lib.comparison(*(str(a) for a in args[:2])) if args else lib.comparison()
            self.comparison.show_comparison(comparison, list(lib.articles))
            self._refresh_fonts(self.comparison)
            self.stack.setCurrentWidget(self.comparison)
            return self.tr("Perbandingan")
        if view == "sources":
            self.stack.setCurrentWidget(self.sources)
            return self.tr("Artikel sumber")
        if view == "search":
            query = str(args[0])
            correct = len(args) < 2 or args[1] != "0"
            self.search_box.setText(query)
            self.search_view.show_result(lib.search(query, correct=correct))
            self.stack.setCurrentWidget(self.search_view)
            return self.tr("Cari: %1").replace("%1", query)
        if view == "reader":
            article_id, start, end, section_id, query = args
            passage = lib.open_article(str(article_id), int(start), int(end), str(section_id))
            terms = lib.query_terms(str(query)) if query else frozenset()
            self.reader.show_passage(passage, terms)
            self.stack.setCurrentWidget(self.reader)
            return passage.article.title
        raise KeyError(view)

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
        for action in (self.act_home, self.act_compare, self.act_sources):
            action.setEnabled(ready)
        self.search_box.setEnabled(ready)

    def open_citation(self, citation: Citation) -> None:
        """Open the reader at a citation's quote, highlighted."""
        self.navigate(
            Location(
                "reader",
                (citation.article_id, citation.start, citation.end, citation.section_id, ""),
            )
        )

    def open_hit(self, hit: Hit, _terms: frozenset[str]) -> None:
        """Open the reader at a search hit's section, its matched words highlighted."""
        result = self.search_view.result
        query = (result.corrected_query or result.query) if result else ""
        self.navigate(Location("reader", (hit.article_id, -1, -1, hit.section_id, query)))

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
        out = [Suggestion("word", word, word) for word in lib.suggest(text, limit=5)]
        titles = {a.id: a.site or a.publisher or a.id for a in lib.articles}
        for heading, section_id, article_id in lib.heading_matches(text, limit=3):
            label = (
                self.tr("Bagian: %1 (%2)").replace("%1", heading).replace("%2", titles[article_id])
            )
            out.append(Suggestion("heading", label, "", article_id, section_id))
        out.append(Suggestion("full", self.tr("Cari teks lengkap: «%1»").replace("%1", text), text))
        return out

    def clear_recent_searches(self) -> None:
        """Forget this user's searches."""
        self.settings.clear_recent_searches()
        self.statusBar().showMessage(self.tr("Riwayat pencarian dihapus."), 3000)
        if "home" in self.views:
            self.home.set_recent([])

    def reset_for_next_student(self) -> None:
        """Lab PCs: forget searches, history, last view and zoom; back to home."""
        self.settings.reset_for_next_student()
        self.history = History()
        self.search_box.clear()
        self.apply_zoom(1.0, save=False)
        if "home" in self.views:
            self.home.set_recent([])
            self.home.search.clear()
        self.navigate(HOME)
        self.statusBar().showMessage(self.tr("Siap untuk siswa berikutnya."), 4000)

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

    def toggle_fullscreen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ QtCore.Qt.WindowState.WindowFullScreen)

    # -- language ---------------------------------------------------------------------------------

    def switch_language(self, code: str) -> MainWindow:
        """Install the language and replace this window by one built in it, at the same view,
        size and history (Qt widgets take their texts when they are built)."""
        if code == i18n.installed_language():
            return self
        i18n.set_language(self.settings, code)
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

    def _system_scheme_changed(self, scheme: object = None) -> None:
        """The system's light/dark scheme changed (or was read for the first time, just
        after the window showed): follow it when the theme is "system"."""
        if confirm_system_scheme(scheme) and self.theme == SYSTEM:
            self.set_theme(SYSTEM, save=False)

    # -- projector mode -------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        """F5: enter or leave projector mode."""
        if self.projector:
            self.leave_projector()
        else:
            self.enter_projector()

    def enter_projector(self) -> None:
        """Full screen, type ≥ 1.6× (1.8× here), no menus or tool bar, high contrast."""
        if self.projector:
            return
        self.projector = True
        self._before_projector = (self.windowState(), self.zoom)
        self.menuBar().hide()
        self.toolbar.hide()
        self.statusBar().hide()
        self.setPalette(high_contrast_palette())
        self._recolour_citations(high_contrast_palette())
        self.apply_zoom(max(PROJECTOR_ZOOM, self.zoom * PROJECTOR_ZOOM), save=False)
        for action in (self.act_step_back, self.act_step_forward, self.act_leave_projector):
            action.setEnabled(True)
        self._projector_row = 0
        self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowFullScreen)

    def leave_projector(self) -> None:
        """Esc: back to the window as it was."""
        if not self.projector or self._before_projector is None:
            return
        state, zoom = self._before_projector
        self.projector = False
        for action in (self.act_step_back, self.act_step_forward, self.act_leave_projector):
            action.setEnabled(False)
        self.setPalette(QPalette())  # an empty palette: follow the application's theme again
        self._recolour_citations(None)
        self.apply_zoom(zoom, save=False)
        self.menuBar().show()
        self.toolbar.show()
        self.statusBar().show()
        self.setWindowState(state)

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous tab of the profile shown (wraps)."""
        if self.stack.currentWidget() is self.views.get("profile"):
            tabs = self.profile.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def _recolour_citations(self, palette: QPalette | None) -> None:
        claims = sys.modules.get("ui.claims")
        if claims is None:  # no view with citations was built yet (and importing it costs 40 ms)
            return
        CitationButton = claims.CitationButton

        for button in self.findChildren(CitationButton):
            button._use_link_colour(palette)

    def projector_step(self, step: int) -> None:
        """Left/Right, PageUp/PageDown: the next or previous profile tab or comparison row;
        in the reader, a page."""
        current = self.stack.currentWidget()
        if current is self.views.get("profile"):
            tabs = self.profile.tabs
            tabs.setCurrentIndex(max(0, min(tabs.count() - 1, tabs.currentIndex() + step)))
        elif current is self.views.get("compare"):
            rows = len(self.comparison.row_widgets)
            self._projector_row = max(0, min(rows - 1, self._projector_row + step))
            self.comparison.scroll_to_row(self._projector_row)
        elif current is self.views.get("reader"):
            bar = self.reader.text.verticalScrollBar()
            bar.setValue(bar.value() + step * bar.pageStep())

    # -- help, about ----------------------------------------------------------------------------

    def shortcut_table(self) -> list[tuple[str, str, QAction]]:
        """(keys, what they do, the action) for every action with a shortcut, as in F1."""
        rows = []
        for action in self.actions():
            if action.shortcuts():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                rows.append((keys, action.text().replace("&", ""), action))
        return rows

    def show_help(self) -> None:
        """F1: every keyboard shortcut, generated from the actions so it cannot go stale."""
        from ui.help_dialog import HelpDialog

        dialog = HelpDialog([(k, t) for k, t, _ in self.shortcut_table()], self)
        self._help = dialog
        dialog.open()

    def show_about(self) -> None:
        """A short About box, in Indonesian."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tentang %1").replace("%1", APP_NAME))
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "%1 versi %2\nPanduan karier luring tentang profesi Backend dan Frontend "
                "Developer, disusun dari lima artikel berbahasa Indonesia."
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
        )
        ok = box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry; release the data."""
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.quit()
            thread.wait(5000)
        if self.library is not None and getattr(self, "_owns_library", False):
            self.library.close()
            self.library = None
        super().closeEvent(event)
