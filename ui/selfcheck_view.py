""" "Apa saya cocok?": a short self-check built only from the articles (guide.learning).

The student answers each statement on a simple scale (answers saved as they are given); then
"Lihat apa kata artikel" shows, per statement, what they answered, what the articles say with
the citation markers of the passages, and the learning-path steps and profile tabs that fit.
Not a score, not a verdict, and it says plainly that it is not a psychological test.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guide.learning import CheckStatement, LearningPath
from guide.profiles import SECTION_TITLES, Claim
from ui.claims import ClaimWidget
from ui.content_labels import label as content_label
from ui.fonts import relative_font
from ui.safe_text import LinkLabel, fill, plain_label
from ui.scrolling import ReadableScroll

ANSWERS = {
    "ya": QT_TRANSLATE_NOOP("SelfCheckView", "Ya, seperti saya"),
    "sebagian": QT_TRANSLATE_NOOP("SelfCheckView", "Sebagian"),
    "belum": QT_TRANSLATE_NOOP("SelfCheckView", "Belum seperti saya"),
}


def answer_name(answer: str) -> str:
    return QCoreApplication.translate("SelfCheckView", ANSWERS.get(answer, answer))


class StatementCard(QFrame):
    """One statement: the scale, and (in the results) what the articles say about it."""

    answered = Signal(str, str)  # statement id, answer
    citation_activated = Signal(object)
    link_activated = Signal(str)  # "step:<id>" or "tab:<id>"

    def __init__(
        self, number: int, statement: CheckStatement, path: LearningPath | None, articles: Mapping
    ) -> None:
        super().__init__()
        self.statement = statement
        self.path = path
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.text = plain_label(f"{number}. {statement.text}")
        relative_font(self.text, 1.1, bold=True)
        layout.addWidget(self.text)
        scale = QHBoxLayout()
        self.group = QButtonGroup(self)
        for value in ANSWERS:
            button = QRadioButton(answer_name(value))
            button.setProperty("pkAnswer", value)
            button.setAccessibleName(fill(self.tr("%1: %2"), statement.text, answer_name(value)))
            self.group.addButton(button)
            scale.addWidget(button)
        scale.addStretch(1)
        self.group.buttonClicked.connect(
            lambda b: self.answered.emit(statement.id, b.property("pkAnswer"))
        )
        layout.addLayout(scale)
        self.result = QWidget()
        result = QVBoxLayout(self.result)
        result.setContentsMargins(0, 0, 0, 0)
        self.your_answer = plain_label("")
        self.says_label = plain_label(self.tr("Kata artikel:"))
        relative_font(self.says_label, 1.0, bold=True)
        says = ClaimWidget(Claim(statement.id, statement.says, statement.citations), articles)
        says.citation_activated.connect(self.citation_activated)
        self.says = says
        self.links = LinkLabel()  # the path's steps and the profile's tabs that fit
        self.links.linkActivated.connect(self.link_activated)
        for widget in (self.your_answer, self.says_label, says, self.links):
            result.addWidget(widget)
        layout.addWidget(self.result)
        self.result.hide()

    def answer(self) -> str:
        button = self.group.checkedButton()
        return button.property("pkAnswer") if button is not None else ""

    def set_answer(self, answer: str) -> None:
        for button in self.group.buttons():
            button.setChecked(button.property("pkAnswer") == answer)

    def show_result(self) -> None:
        """What the student answered, what the articles say, where to go next."""
        answer = self.answer()
        said = answer_name(answer) if answer else self.tr("belum dijawab")
        self.your_answer.setText(fill(self.tr("Jawabanmu: %1"), said))
        items = []
        steps = [self.path.step(s) for s in self.statement.steps] if self.path else []
        items += [(f"step:{s.id}", s.title) for s in steps if s is not None]
        items += [(f"tab:{t}", content_label(SECTION_TITLES[t])) for t in self.statement.tabs]
        self.links.set_links([(self.tr("Pelajari lanjut: %1"), items)] if items else [])
        self.links.setVisible(bool(items))
        self.result.show()


class SelfCheckView(QWidget):
    """The statements, then the results."""

    answered = Signal(str, str)
    citation_activated = Signal(object)
    step_requested = Signal(str)  # a learning-path step of the self-check's role
    tab_requested = Signal(str)  # a profile tab of the self-check's role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[StatementCard] = []
        self.title = plain_label(self.tr("Apa saya cocok?"))
        relative_font(self.title, 1.6, bold=True)
        self.about = plain_label(
            self.tr(
                "Pernyataan di bawah disusun dari apa yang dikatakan artikel sumber tentang "
                "Backend Developer. Ini bukan tes psikologi dan tidak memberi nilai atau "
                "keputusan: jawab dengan jujur, lalu baca apa kata artikel dan langkah yang "
                "bisa kamu latih. Hampir semua hal di sini bisa dipelajari."
            )
        )
        self.results_button = QPushButton(self.tr("Lihat apa kata artikel"))
        self.results_button.clicked.connect(self.show_results)
        self.body = QWidget()  # the header and the statements, one readable column
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.about)
        column.addWidget(self.results_button, 0, Qt.AlignmentFlag.AlignRight)
        self.list_layout = QVBoxLayout()
        column.addLayout(self.list_layout)
        column.addStretch(1)
        self.scroll = ReadableScroll(self.body, self.tr("Pernyataan cek diri"), chars=110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)

    def show_statements(
        self,
        statements: tuple[CheckStatement, ...],
        path: LearningPath | None,
        answers: dict[str, str],
        articles: Mapping,
    ) -> None:
        """Lay out the statements with the saved ``answers``."""
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = []
        for number, statement in enumerate(statements, start=1):
            card = StatementCard(number, statement, path, articles)
            card.set_answer(answers.get(statement.id, ""))
            card.answered.connect(self.answered)
            card.citation_activated.connect(self.citation_activated)
            card.link_activated.connect(self._link)
            self.list_layout.addWidget(card)
            self.cards.append(card)
        end = QPushButton(self.results_button.text())  # after the last statement too
        end.clicked.connect(self.show_results)
        self.end_button = end
        self.list_layout.addWidget(end, 0, Qt.AlignmentFlag.AlignRight)

    def show_results(self) -> None:
        """Open every statement's result (the answers stay editable)."""
        for card in self.cards:
            card.show_result()
        self.results_button.setText(self.tr("Perbarui"))
        self.end_button.setText(self.tr("Perbarui"))
        if self.sender() is self.end_button and self.cards:  # read from statement 1 again
            self.body.layout().activate()  # the results' heights, before scrolling to them
            bar = self.scroll.verticalScrollBar()
            bar.setValue(self.cards[0].mapTo(self.body, self.cards[0].rect().topLeft()).y())

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "step":
            self.step_requested.emit(value)
        elif kind == "tab":
            self.tab_requested.emit(value)
