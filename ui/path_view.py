"""The learning path "Jalur belajar" of a role (guide.learning): its steps as a checklist.

Each step: its title, the state the student gives it (Belum / Sedang dipelajari / Selesai,
saved at once in the student's store), what it is in our words with the citation markers of
the passages it comes from (they open the reader there), what to practise, its technologies
(each searches the articles) and the profile tabs that say more. On top: the progress
("3 dari 8 langkah selesai"), what the articles leave out, and "Rencana belajarku (PDF)…".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from guide.learning import DONE, STATES, LearningPath, PathStep
from guide.profiles import SECTION_TITLES, Claim
from ui.claims import ClaimWidget
from ui.content_labels import label as content_label
from ui.fonts import relative_font
from ui.safe_text import LinkLabel, fill, plain_label
from ui.scrolling import ReadableScroll

STATE_NAMES = {
    "belum": QT_TRANSLATE_NOOP("PathView", "Belum"),
    "sedang": QT_TRANSLATE_NOOP("PathView", "Sedang dipelajari"),
    "selesai": QT_TRANSLATE_NOOP("PathView", "Selesai"),
}


TICK = "✓ "


def state_name(state: str) -> str:
    """A state in the interface language."""
    return QCoreApplication.translate("PathView", STATE_NAMES[state])


class StateButton(QPushButton):
    """A state's button, as wide as when it is ticked ("✓ Selesai"), so that ticking one
    never moves the others and the buttons line up from step to step."""

    def __init__(self, state: str) -> None:
        super().__init__(state_name(state))
        self.setCheckable(True)
        self.name = state_name(state)

    def sizeHint(self) -> QSize:
        """The size the style gives the ticked text (as QPushButton measures its own)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = TICK + self.name
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, option.text)
        ticked = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, text, self
        )
        return ticked.expandedTo(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the ticked text."""
        return self.sizeHint()

    def show_ticked(self, ticked: bool) -> None:
        """Pressed and ticked, or neither."""
        self.setChecked(ticked)
        self.setText((TICK if ticked else "") + self.name)


class StepCard(QFrame):
    """One step: title, state buttons, explanation with citations, practice, links."""

    state_chosen = Signal(str, str)  # step id, state
    citation_activated = Signal(object)
    link_activated = Signal(str)  # "search:<words>" or "tab:<tab id>"

    def __init__(self, number: int, step: PathStep, state: str, articles: Mapping) -> None:
        super().__init__()
        self.step = step
        self.setObjectName("pathStep")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = plain_label(f"{number}. {step.title}")
        relative_font(self.title, 1.15, bold=True)
        head.addWidget(self.title, 1)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        for i, value in enumerate(STATES):
            button = StateButton(value)
            button.setAccessibleName(fill(self.tr("%1: %2"), step.title, state_name(value)))
            self.buttons.addButton(button, i)
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons.idClicked.connect(lambda i: self.state_chosen.emit(step.id, STATES[i]))
        layout.addLayout(head)
        explanation = ClaimWidget(Claim(step.id, step.explanation, step.citations), articles)
        explanation.citation_activated.connect(self.citation_activated)
        layout.addWidget(explanation)
        if step.practice:
            practice = plain_label(
                self.tr("Latihan:") + "\n" + "\n".join(f"• {p}" for p in step.practice)
            )
            layout.addWidget(practice)
        self.links = LinkLabel()  # technologies (search) and profile tabs
        self.links.linkActivated.connect(self.link_activated)
        layout.addWidget(self.links)
        lines = []
        if step.technologies:
            lines.append(
                (self.tr("Teknologi: %1"), [(f"search:{t}", t) for t in step.technologies])
            )
        if step.tabs:
            tabs = [(f"tab:{t}", content_label(SECTION_TITLES[t])) for t in step.tabs]
            lines.append((self.tr("Baca di profil: %1"), tabs))
        self.links.set_links(lines)
        self.links.setVisible(bool(lines))
        self.set_state(state)

    def set_state(self, state: str) -> None:
        """Show ``state`` (no signal): its button pressed and ticked."""
        for i, value in enumerate(STATES):
            button = self.buttons.button(i)
            assert isinstance(button, StateButton)
            button.show_ticked(value == state)
        self.setProperty("pkState", state)


class PathView(QWidget):
    """A role's learning path with the student's progress."""

    state_chosen = Signal(str, str, str)  # role, step id, state
    citation_activated = Signal(object)
    search_requested = Signal(str)
    tab_requested = Signal(str, str)  # role, tab id
    plan_requested = Signal(str)  # role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: LearningPath | None = None
        self.cards: list[StepCard] = []
        self.title = plain_label("")
        relative_font(self.title, 1.6, bold=True)
        self.intro = plain_label("")
        self.progress_text = plain_label("")
        relative_font(self.progress_text, 1.05, bold=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.limits = plain_label("", name="muted")
        relative_font(self.limits, 1.0, italic=True)
        self.plan_button = QPushButton(self.tr("Rencana belajarku (PDF)…"))
        self.plan_button.clicked.connect(
            lambda: self.path and self.plan_requested.emit(self.path.role)
        )
        top = QHBoxLayout()
        top.addWidget(self.progress_text, 1)
        top.addWidget(self.plan_button)
        self.body = QWidget()  # the header and the steps, one readable column
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.intro):
            column.addWidget(widget)
        column.addLayout(top)
        column.addWidget(self.progress)
        column.addWidget(self.limits)
        self.steps_layout = QVBoxLayout()
        column.addLayout(self.steps_layout)
        column.addStretch(1)
        self.scroll = ReadableScroll(self.body, self.tr("Langkah jalur belajar"), chars=110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)

    def show_path(
        self, path: LearningPath, role_name: str, states: dict[str, str], articles: Mapping
    ) -> None:
        """Lay out ``path`` with the student's ``states``."""
        self.path = path
        self.title.setText(fill(self.tr("Jalur belajar: %1"), role_name))
        self.intro.setText(path.intro)
        self.limits.setText(path.limits)
        self.limits.setVisible(bool(path.limits))
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = []
        for number, step in enumerate(path.steps, start=1):
            card = StepCard(number, step, states.get(step.id, STATES[0]), articles)
            card.state_chosen.connect(lambda s, v: self.state_chosen.emit(path.role, s, v))
            card.citation_activated.connect(self.citation_activated)
            card.link_activated.connect(self._link)
            self.steps_layout.addWidget(card)
            self.cards.append(card)
        self.set_states(states)

    def set_states(self, states: dict[str, str]) -> None:
        """Show the saved states and the progress."""
        for card in self.cards:
            card.set_state(states.get(card.step.id, STATES[0]))
        done = sum(states.get(c.step.id) == DONE for c in self.cards)
        total = len(self.cards)
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        text = fill(self.tr("%1 dari %2 langkah selesai"), str(done), str(total))
        self.progress_text.setText(text)
        self.progress.setAccessibleName(text)

    def scroll_to_step(self, step_id: str) -> None:
        """Bring a step's card to the top (after the layout has settled); "" keeps the view."""
        card = next((c for c in self.cards if c.step.id == step_id), None)
        if card is None:
            return
        from PySide6.QtCore import QTimer

        def scroll() -> None:
            self.scroll.verticalScrollBar().setValue(max(0, card.y() - 6))
            card.buttons.checkedButton().setFocus()

        QTimer.singleShot(0, scroll)

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "search":
            self.search_requested.emit(value)
        elif kind == "tab" and self.path is not None:
            self.tab_requested.emit(self.path.role, value)
