"""The class quiz "Backend atau Frontend?" (:mod:`guide.quiz`): a statement shown big, the
class answers with 1 or 2 (or a click), the reveal names the right role with the quote and the
article it comes from (the link opens the reader at the highlight). Ten questions a round, a
score at the end, "Ulangi" with a new seed. Enter, Space, Right or PageDown go on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guide.handout import key_point
from guide.quiz import Question
from guide.quiz import quiz_round as draw_round
from ui.fonts import relative_font
from ui.safe_text import LinkLabel, fill, plain_label

_ANSWER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1}
_NEXT_KEYS = {
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageDown,
}


MISSED_SHOWN = 5  # wrong answers listed on the score page (it fits the projector's 768 px)
MISSED_CHARS = 110
STATEMENT_LINES = 4  # most statements take one to four lines at 1024 px


class QuizView(QWidget):
    """One round of questions about two roles."""

    citation_requested = Signal(object)  # the question whose quote the reader should open
    again_requested = Signal()  # "Ulangi": a new round, a new seed
    back_requested = Signal()  # "Lihat perbandingan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions: list[Question] = []
        self.names: dict[str, str] = {}
        self.aspects: dict[str, str] = {}  # aspect id → label (shown translated)
        self.article_titles: dict[str, str] = {}
        self.round_key: tuple[str, ...] = ()
        self.index = 0
        self.answers: list[str] = []  # the role chosen for each question answered
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = plain_label("")
        relative_font(self.title, 1.5, bold=True)
        self.progress = plain_label("", name="muted")
        self.statement = plain_label("")
        relative_font(self.statement, 1.45)
        self.statement.setAccessibleName(self.tr("Pernyataan"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.statement, 0, Qt.AlignmentFlag.AlignTop)
        self.statement_frame = frame  # at least STATEMENT_LINES high: the answers stay put
        self.choice_buttons = [QPushButton(), QPushButton()]
        choices = QHBoxLayout()
        for i, button in enumerate(self.choice_buttons):
            relative_font(button, 1.25, bold=True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            button.clicked.connect(lambda _=False, i=i: self.answer(i))
            choices.addWidget(button)
        self.verdict = plain_label("")
        relative_font(self.verdict, 1.25, bold=True)
        self.quote = plain_label("")
        self.quote.setAccessibleName(self.tr("Kutipan"))
        self.source = LinkLabel()
        self.source.linkActivated.connect(self._open_source)
        self.next_button = QPushButton(self.tr("Lanjut"))
        self.next_button.clicked.connect(self.next_question)
        self.again_button = QPushButton(self.tr("Ulangi dengan soal lain"))
        self.again_button.clicked.connect(self.again_requested)
        self.back_button = QPushButton(self.tr("Lihat perbandingan"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.next_button, self.again_button, self.back_button):
            relative_font(button, 1.1, bold=True)
            buttons.addWidget(button)
        self.hint = plain_label("", name="muted")
        self.hint.setProperty("pkUsageHint", True)  # hidden in projector mode
        content = QWidget()  # centred, at most ~100 characters wide: lines stay readable
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.progress, frame):
            column.addWidget(widget)
        column.addLayout(choices)
        for widget in (self.verdict, self.quote, self.source):
            column.addWidget(widget)
        column.addLayout(buttons)
        self.content = content
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(margin, margin, margin, margin // 2)
        layout.addSpacing(margin * 3)  # from the top: the reveal adds below, nothing moves
        row = QHBoxLayout()  # stretches, not an alignment: the labels keep heightForWidth
        row.addStretch(1)
        row.addWidget(content, 12)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self._fit_width()

    # -- a round ----------------------------------------------------------------------------

    def start(self, comparison, seed: int, aspects: dict[str, str], titles: dict[str, str]) -> None:
        """A new round of questions about ``comparison``'s two roles, drawn with ``seed``;
        ``aspects`` and ``titles`` name the aspects and the articles."""
        left, right = comparison.left, comparison.right
        self.round_key = (left.id, right.id, str(seed))
        self.names = {left.id: left.name, right.id: right.name}
        self.aspects, self.article_titles = aspects, titles
        self.questions = draw_round(comparison, seed)
        self.index, self.answers = 0, []
        self.title.setText(fill(self.tr("%1 atau %2?"), left.name, right.name))
        for i, button in enumerate(self.choice_buttons):
            role = (left, right)[i]
            button.setText(f"{i + 1}  {role.name}")
            button.setAccessibleName(fill(self.tr("Jawab %1"), role.name))
        self._show()

    @property
    def revealed(self) -> bool:
        return len(self.answers) > self.index

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def score(self) -> int:
        return sum(a == q.answer for a, q in zip(self.answers, self.questions, strict=False))

    def answer(self, choice: int) -> None:
        """The class's answer: the left (0) or right (1) role."""
        if self.finished or self.revealed:
            return
        self.answers.append(self.questions[self.index].choices[choice])
        self._show()

    def next_question(self) -> None:
        """After the reveal: the next question (or the score)."""
        if self.revealed and not self.finished:
            self.index += 1
            self._show()

    def current(self) -> Question | None:
        return None if self.finished else self.questions[self.index]

    # -- showing ------------------------------------------------------------------------------

    def _show(self) -> None:
        total = len(self.questions)
        question = self.current()
        for i, button in enumerate(self.choice_buttons):
            button.setVisible(question is not None)
            button.setEnabled(question is not None)
            if question is not None and not self.revealed:
                button.setText(f"{i + 1}  {self.names[question.choices[i]]}")
        self.again_button.setVisible(question is None)
        self.back_button.setVisible(question is None)
        if not total:  # no aspect where the two roles differ has a cited claim
            self.again_button.hide()
            self.progress.setText("")
            self._set_statement(
                self.tr(
                    "Belum ada soal untuk dua peran ini: kuis memakai klaim bersumber dari "
                    "aspek yang berbeda di perbandingan, dan keduanya belum punya."
                )
            )
            for widget in (self.verdict, self.quote, self.source, self.next_button):
                widget.hide()
            self.hint.setText("")
            self.back_button.setFocus()
            return
        self.hint.setText(
            self.tr("Tekan Enter untuk soal lain.")
            if question is None
            else self.tr("Tekan 1 atau 2 untuk menjawab, Enter untuk soal berikutnya.")
        )
        if question is None:
            self.progress.setText(fill(self.tr("Selesai: %1 soal"), str(total)))
            self._set_statement(fill(self.tr("Skor: %1 dari %2"), str(self.score), str(total)))
            self.verdict.setText(self._closing_words(total))
            missed = self._missed()
            self.quote.setText(missed)  # which ones to go over, with their right role
            self.quote.setVisible(bool(missed))
            self.source.hide()
            self.next_button.hide()
            self.again_button.setFocus()
            return
        self.progress.setText(
            fill(
                self.tr("Soal %1 dari %2 · skor %3"),
                str(self.index + 1),
                str(total),
                str(self.score),
            )
        )
        shown = self.revealed  # the answer role's names are blanked until the reveal
        if shown:  # the statement whole, the names that were blanked in bold
            words = "".join(
                f"<b>{html.escape(text)}</b>" if named else html.escape(text)
                for text, named in question.pieces()
            )
            self._set_statement(f"«{words}»", Qt.TextFormat.RichText)
        else:
            self._set_statement(f"«{question.shown}»")
        self.verdict.show()
        for widget in (self.quote, self.source, self.next_button):
            widget.setVisible(shown)
        if not shown:
            self.verdict.setText("")
            self.setFocus()
            return
        right = self.answers[self.index] == question.answer
        for i, button in enumerate(self.choice_buttons):  # ✓ the right role, ✗ a wrong pick
            role = question.choices[i]
            sign = (
                "✓ "
                if role == question.answer
                else "✗ "
                if role == self.answers[self.index]
                else ""
            )
            button.setText(f"{sign}{i + 1}  {self.names[role]}")  # both stay readable
        verdict = self.tr("Benar!") if right else self.tr("Belum tepat.")
        aspect = self.aspects.get(question.aspect, question.aspect)
        self.verdict.setText(
            fill(
                self.tr("%1 Jawabannya: %2 (aspek: %3)"),
                verdict,
                self.names[question.answer],
                aspect,
            )
        )
        self.quote.setText(fill(self.tr("Kutipan: «%1»"), question.quote))
        title = self.article_titles.get(question.article, question.article)
        self.source.set_links([(self.tr("Baca di artikel: %1"), [("#open", title)])])
        last = self.index + 1 >= total
        self.next_button.setText(self.tr("Lihat skor") if last else self.tr("Lanjut"))
        self.next_button.setFocus()

    def _set_statement(self, text: str, fmt: Qt.TextFormat = Qt.TextFormat.PlainText) -> None:
        self.statement.setTextFormat(fmt)  # the format first: text is never read as markup
        self.statement.setText(text)

    def _missed(self) -> str:
        """The statements answered wrongly, each with its role (at most MISSED_SHOWN)."""
        wrong = [q for a, q in zip(self.answers, self.questions, strict=False) if a != q.answer]
        if not wrong:
            return ""
        lines = [self.tr("Yang belum tepat:")]
        for question in wrong[:MISSED_SHOWN]:
            text = key_point(question.statement)
            if len(text) > MISSED_CHARS:
                text = text[: MISSED_CHARS - 1].rsplit(" ", 1)[0] + "…"
            lines.append(f"• «{text}» → {self.names[question.answer]}")
        if len(wrong) > MISSED_SHOWN:
            lines.append(fill(self.tr("…dan %1 lainnya"), str(len(wrong) - MISSED_SHOWN)))
        return "\n".join(lines)

    def _closing_words(self, total: int) -> str:
        if total and self.score == total:
            return self.tr("Sempurna! Semua jawaban benar.")
        return self.tr("Bahas lagi yang belum tepat, lalu coba soal lain.")

    def _open_source(self, _link: str = "") -> None:
        question = self.current()
        if question is not None:
            self.citation_requested.emit(question)

    def _fit_width(self) -> None:
        """At most ~100 characters of the view's type: long lines stay readable at 1920 px;
        the statement's box as high as STATEMENT_LINES of its type, so the answer buttons do
        not move from a one-line statement to a four-line one."""
        self.content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        metrics = self.statement.fontMetrics()
        lines = metrics.lineSpacing() * STATEMENT_LINES + metrics.descent()  # and the last's
        margins = self.statement_frame.layout().contentsMargins()
        self.statement_frame.setMinimumHeight(lines + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ANSWER_KEYS and not self.finished:
            self.answer(_ANSWER_KEYS[key])
        elif key in _NEXT_KEYS and self.revealed and not self.finished:
            self.next_question()
        else:
            super().keyPressEvent(event)
