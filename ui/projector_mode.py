"""Projector mode (F5): full screen, big type, high contrast, arrow keys step through.

A mixin of :class:`ui.main_window.MainWindow`.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from ui.palettes import high_contrast_palette

PROJECTOR_ZOOM = 1.8  # projector type size relative to normal (the issue asks for ≥ 1.6×)
# A widget with this property set to True only says how to use the screen with a mouse
# ("klik tanda sumber …"): projector mode hides it, the presenter says it if need be.
HINT_PROPERTY = "pkUsageHint"
HIDDEN_PROPERTY = "pkHiddenByProjector"


def usage_hints(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` marked with HINT_PROPERTY (each view marks its own)."""
    return [w for w in root.findChildren(QWidget) if w.property(HINT_PROPERTY)]


def show_usage_hints(root: QWidget, show: bool) -> None:
    """Hide the usage hints under ``root`` (``show=False``), or show again those hidden."""
    for hint in usage_hints(root):
        if not show and not hint.isHidden():
            hint.setProperty(HIDDEN_PROPERTY, True)
            hint.hide()
        elif show and hint.property(HIDDEN_PROPERTY):
            hint.setProperty(HIDDEN_PROPERTY, None)
            hint.show()


class ProjectorMixin:
    """Enter, leave and step through projector mode."""

    def toggle_projector(self) -> None:
        """F5: enter or leave projector mode: a profile or the comparison as slides
        (ui/presentation.py), any other page magnified."""
        if self.projector:
            self.leave_projector()
        elif not self.start_slides():
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
        self._hide_usage_hints()
        self.stack.currentChanged.connect(self._hide_usage_hints)  # views built later too
        self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowFullScreen)

    def _hide_usage_hints(self, *_args: object) -> None:
        """Projector mode has no room for two lines on how to click: hide the hints."""
        for view in self.views.values():
            show_usage_hints(view, False)

    def leave_projector(self) -> None:
        """Esc: back to the window as it was (from slides: at the slide's tab or row)."""
        if not self.projector or self._before_projector is None:
            return
        from_slides = self.showing_slides()
        state, zoom = self._before_projector
        self.projector = False
        for action in (self.act_step_back, self.act_step_forward, self.act_leave_projector):
            action.setEnabled(False)
        self.stack.currentChanged.disconnect(self._hide_usage_hints)
        for view in self.views.values():
            show_usage_hints(view, True)
        self.setPalette(QPalette())  # an empty palette: follow the application's theme again
        self._recolour_citations(None)
        self.apply_zoom(zoom, save=False)
        self.menuBar().show()
        self.toolbar.show()
        self.statusBar().show()
        self.setWindowState(state)
        if from_slides:
            self.leave_slides()

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
        """Left/Right, PageUp/PageDown (a presenter's clicker): the next or previous slide;
        the quiz's next question; on a profile (magnified), a page of the
        current tab, and the next or previous tab only at its end or start; the next or
        previous comparison row; in the reader, a page."""
        current = self.stack.currentWidget()
        if current is self.views.get("slides"):
            self.slides.step(step)
        elif current is self.views.get("quiz"):
            if step > 0:
                self.quiz.next_question()
        elif current is self.views.get("profile"):
            self.profile.step_page(step)
        elif current is self.views.get("compare"):
            rows = len(self.comparison.row_widgets)
            self._projector_row = max(0, min(rows - 1, self._projector_row + step))
            self.comparison.scroll_to_row(self._projector_row)
        elif current is self.views.get("reader"):
            bar = self.reader.text.verticalScrollBar()
            bar.setValue(bar.value() + step * bar.pageStep())
