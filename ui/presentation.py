"""Presenting to a class: F5 on a profile or the comparison shows its slides
(:mod:`ui.slide_view`), and the class quiz (:mod:`ui.quiz_view`) can be played on the
projector too. A mixin of :class:`ui.main_window.MainWindow`; projector mode's full screen,
high contrast and big type are :mod:`ui.projector_mode`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ui.navigation import Location
from ui.palettes import high_contrast_palette

if TYPE_CHECKING:
    from guide.quiz import Question
    from ui.quiz_view import QuizView
    from ui.slide_view import SlideView


class PresentationMixin:
    """Slides of a profile or a comparison, and the quiz."""

    presentation_theme = "contrast"  # the slides' colours: high contrast unless T changes them

    # -- slides ---------------------------------------------------------------------------------

    @property
    def slides(self) -> SlideView:
        return self._view("slides")

    def _make_slides(self) -> SlideView:
        from ui.slide_view import SlideView

        view = SlideView()
        view.leave_requested.connect(self._slides_leave_requested)
        view.quiz_requested.connect(self._quiz_from_slides)
        view.theme_requested.connect(self.set_presentation_theme)
        return view

    def showing_slides(self) -> bool:
        return self.stack.currentWidget() is self.views.get("slides")

    def start_slides(self) -> bool:
        """F5 on a profile (from its tab shown) or the comparison (from its row in view):
        full screen slides. False elsewhere (projector mode magnifies the page there)."""
        from guide.slides import comparison_deck, profile_deck

        roles = self.shown_roles()
        if len(roles) == 1:
            deck = profile_deck(self.library, roles[0])
            start = deck.index_of(self.profile.current_section())
        elif len(roles) == 2:
            deck = comparison_deck(self.library, *roles)
            start = self.comparison.row_in_view()
        else:
            return False
        self.enter_projector()
        slides = self.slides
        slides.set_colours(self._presentation_palette(), self.presentation_theme)
        slides.show_deck(deck, start)
        self.stack.setCurrentWidget(slides)
        slides.setFocus()
        return True

    def _presentation_palette(self):
        from ui.theme import palette_for

        theme = self.presentation_theme
        return high_contrast_palette() if theme == "contrast" else palette_for(theme)

    def set_presentation_theme(self, theme: str) -> None:
        """T on a slide: the next colours (high contrast, light, dark)."""
        self.presentation_theme = theme
        if "slides" in self.views:
            self.slides.set_colours(self._presentation_palette(), theme)

    def _slides_leave_requested(self, _anchor: str) -> None:
        self.leave_projector()

    def leave_slides(self) -> None:
        """After Esc on a slide: the profile at the slide's tab, or the comparison with the
        slide's aspect at the top."""
        slides = self.slides
        deck, anchor = slides.deck, slides.anchor()
        if deck is None:
            return
        if deck.kind == "profile":
            location = Location("profile", (deck.role_ids[0], anchor))
        else:
            location = Location("compare", deck.role_ids)
        self.navigate(location, record=False)
        self.history.replace(location)
        if deck.kind == "compare":
            row = deck.index_of(anchor)
            # after the table's layout has settled at the window's normal size
            QTimer.singleShot(0, lambda: self.comparison.scroll_to_row(row, top=True))

    # -- the class quiz ------------------------------------------------------------------------

    @property
    def quiz(self) -> QuizView:
        return self._view("quiz")

    def _make_quiz(self) -> QuizView:
        from ui.quiz_view import QuizView

        view = QuizView()
        view.citation_requested.connect(self._open_question_source)
        view.again_requested.connect(lambda: self.start_quiz(*view.round_key[:2]))
        view.back_requested.connect(lambda: self.navigate(Location("compare", view.round_key[:2])))
        return view

    def start_quiz(self, left: str = "", right: str = "") -> None:
        """A new round about two roles (those compared last, by default), a new seed."""
        if not left or not right:
            shown = self.comparison.comparison if "compare" in self.views else None
            if shown is None and self.library is not None:
                shown = self.library.comparison()
            if shown is None:
                return
            left, right = shown.left.id, shown.right.id
        self.navigate(Location("quiz", (left, right, random.randrange(1, 1_000_000))))

    def _quiz_from_slides(self) -> None:
        """Q on the comparison's slides: the quiz about its roles, still on the projector."""
        deck = self.slides.deck
        if deck is not None:
            self.start_quiz(*deck.role_ids)

    def show_quiz(self, left: str, right: str, seed: str) -> str:
        """The quiz location: the round of ``seed`` (the one in progress when it is that)."""
        assert self.library is not None
        quiz = self.quiz
        if quiz.round_key != (left, right, seed):
            comparison = self.library.comparison(left, right)
            from ui.content_labels import label

            aspects = {a.id: label(a.label) for a in self.library.aspects}
            titles = {a.id: a.title for a in self.library.articles}
            quiz.start(comparison, int(seed), aspects, titles)
        self.stack.setCurrentWidget(quiz)
        return quiz.title.text()

    def _open_question_source(self, question: Question) -> None:
        location = (question.article, question.start, question.end, question.section_id, "")
        self.navigate(Location("reader", location))
