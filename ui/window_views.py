"""The main window's views, each built (and its module imported) the first time it is shown.

A mixin of :class:`ui.main_window.MainWindow`: the window appears without waiting for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.fonts import refresh_relative_fonts
from ui.navigation import Location

if TYPE_CHECKING:
    from ui.comparison_view import ComparisonView
    from ui.home_view import HomeView
    from ui.profile_view import ProfileView
    from ui.reader_view import ReaderView
    from ui.search_view import SearchView
    from ui.sources_view import SourcesView


def _can_take_focus(widget: QWidget, view: QWidget) -> bool:
    """A tab stop of ``view`` that is shown and enabled, and not a text field."""
    tab = QtCore.Qt.FocusPolicy.TabFocus  # named here, not at import (see ui/main_window.py)
    return (
        view.isAncestorOf(widget)
        and widget.isVisibleTo(view)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & tab)
        and not isinstance(widget, QLineEdit)
    )


class WindowViewsMixin:
    """Builds the views on first use and connects them to the window."""

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
        home.path_requested.connect(lambda pid: self.navigate(Location("path", (pid, ""))))
        home.selfcheck_requested.connect(lambda: self.navigate(Location("selfcheck")))
        home.quiz_requested.connect(lambda: self.start_quiz())
        home.bookmarks_requested.connect(lambda: self.navigate(Location("bookmarks")))
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
        profile.path_requested.connect(lambda pid: self.navigate(Location("path", (pid, ""))))
        profile.claim_bookmark_requested.connect(self.bookmark_claim)
        return profile

    def _make_compare(self) -> QWidget:
        from ui.comparison_view import ComparisonView

        comparison = ComparisonView()
        comparison.shown_values = lambda v: self.library.shown_values(v) if self.library else v
        comparison.citation_activated.connect(self.open_citation)
        comparison.roles_chosen.connect(
            lambda left, right: self.navigate(Location("compare", (left, right)))
        )
        return comparison

    def _make_reader(self) -> QWidget:
        from ui.reader_view import ReaderView

        # The window keeps one history for every view, so the reader's own is switched off.
        reader = ReaderView(history_shortcuts=False)
        reader.back_button.hide()
        reader.forward_button.hide()
        reader.origin_of = self._origin_of
        reader.text.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        reader.text.customContextMenuRequested.connect(self.reader_context_menu)
        return reader

    def _roles_citing(self, article_id: str) -> list[str]:
        """The names of the teacher's roles that cite ``article_id``."""
        if self.library is None:
            return []
        return [
            t.profile.name
            for t in self.library.teacher_profiles
            if t.profile.citations_of(article_id)
        ]

    def _origin_of(self, article_id: str):
        """Where an article comes from (guide.sources.Origin), for the views' bylines."""
        from guide.sources import BUNDLED

        return self.library.origin(article_id) if self.library is not None else BUNDLED

    def _make_sources(self) -> QWidget:
        from ui.sources_view import SourcesView

        sources = SourcesView()
        sources.article_requested.connect(
            lambda aid: self.navigate(Location("reader", (aid, -1, -1, "", "")))
        )
        sources.remove_requested.connect(self.remove_article)
        sources.add_requested.connect(self.add_articles)
        sources.citing_roles = self._roles_citing
        if self.library is not None:
            sources.set_articles(self.library.articles, self._origin_of)
        return sources

    def _make_search(self) -> QWidget:
        from ui.search_view import SearchView

        search = SearchView()
        search.hit_activated.connect(self.open_hit)
        search.search_requested.connect(self.search)
        search.profile_requested.connect(lambda pid: self.navigate(Location("profile", (pid, ""))))
        search.section_requested.connect(
            lambda pid, sid: self.navigate(Location("profile", (pid, sid)))
        )
        search.compare_requested.connect(
            lambda left, right: self.navigate(Location("compare", (left, right)))
        )
        search.results.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        search.results.addAction(self.act_bookmark)  # right-click a result: "Simpan ke Simpanan"
        if self.library is not None:
            search.set_library(self.library)
        return search

    def _focus_target(self, view: QWidget) -> QWidget | None:
        """Where the keyboard goes when ``view`` is shown: the results of a search, the text
        of an article, else the widget last used in the view or its first tab stop; never a
        text field (a search box opens its suggestions when it takes focus)."""
        if view is self.views.get("search") and self.search_view.model.rowCount():
            return self.search_view.results
        if view is self.views.get("reader"):
            return self.reader.text
        last = view.focusWidget()
        if last is not None and _can_take_focus(last, view):
            return last
        widget = view.nextInFocusChain()  # the window's tab order, a ring through the view
        while widget is not None and widget is not view:
            if _can_take_focus(widget, view):
                return widget
            widget = widget.nextInFocusChain()
        return None

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

    def shown_roles(self) -> tuple[str, ...]:
        """The role of the profile shown, or the two of the comparison shown; () elsewhere
        (F5's slides, Ctrl+P's handout and Buka → Jalur belajar start from it)."""
        current, location = self.stack.currentWidget(), self.history.current
        if self.library is None or location is None:
            return ()
        if current is self.views.get("profile") and location.view == "profile":
            return (location.args[0],)
        if current is self.views.get("compare") and self.comparison.comparison is not None:
            shown = self.comparison.comparison
            return shown.left.id, shown.right.id
        return ()

    def _show(self, location: Location) -> str:
        """Show ``location``'s view; the window's title for it."""
        lib = self.library
        assert lib is not None
        view, args = location.view, location.args
        if view == "home":
            self.home.set_recent(self.settings.recent_searches)
            self.home.set_progress({p.id: self.path_progress(p.id) for p in lib.profiles})
            self.stack.setCurrentWidget(self.home)
            return ""
        if view == "profile":
            profile = lib.profile(str(args[0]))
            if profile is None:
                raise KeyError(args[0])
            self.profile.show_profile(profile, lib, str(args[1]) if len(args) > 1 else "")
            self.profile.set_path_progress(self.path_progress(profile.id))
            self._refresh_fonts(self.profile)
            self.stack.setCurrentWidget(self.profile)
            return profile.name
        if view == "compare":
            comparison = lib.comparison(*(str(a) for a in args[:2])) if args else lib.comparison()
            roles = [(p.id, p.name) for p in lib.profiles]
            self.comparison.set_roles(roles, comparison.left.id, comparison.right.id)
            self.comparison.show_comparison(comparison, list(lib.articles))
            self._refresh_fonts(self.comparison)
            self.stack.setCurrentWidget(self.comparison)
            return QCoreApplication.translate("MainWindow", "Perbandingan")
        if view == "sources":
            self.stack.setCurrentWidget(self.sources)
            return QCoreApplication.translate("MainWindow", "Artikel sumber")
        if view == "search":
            query = str(args[0])
            correct = len(args) < 2 or args[1] != "0"
            self.search_box.setText(query)
            self.search_view.show_result(lib.search(query, correct=correct))
            self.stack.setCurrentWidget(self.search_view)
            return QCoreApplication.translate("MainWindow", "Cari: %1").replace("%1", query)
        if view == "reader":
            article_id, start, end, section_id, query = args
            passage = lib.open_article(str(article_id), int(start), int(end), str(section_id))
            terms = lib.query_terms(str(query)) if query else frozenset()
            self.reader.show_passage(passage, terms)
            self.stack.setCurrentWidget(self.reader)
            return passage.article.title
        if view == "quiz":
            return self.show_quiz(*(str(a) for a in args[:3]))
        if view == "path":
            return self.show_path(str(args[0]), str(args[1]) if len(args) > 1 else "")
        if view == "bookmarks":
            return self.show_bookmarks()
        if view == "selfcheck":
            return self.show_selfcheck()
        raise KeyError(view)
