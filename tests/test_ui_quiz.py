"""The class quiz in the app (issue 15): a round of ten cited statements answered with 1/2 or
a click, the reveal with the right role, the quote and its article (opened at the highlight),
the score, "Ulangi" with a new seed, and the quiz on the projector."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from guide.library import BACKEND_ID, FRONTEND_ID
from guide.quiz import quiz_round
from ui.main_window import MainWindow
from ui.navigation import Location


def test_a_round_scores_the_answers_and_reveals_each_citation(qtbot, window: MainWindow) -> None:
    assert window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 7)))
    quiz = window.quiz
    expected = quiz_round(window.library.comparison(BACKEND_ID, FRONTEND_ID), 7)
    assert quiz.questions == expected and len(expected) == 10
    assert {q.answer for q in expected} == {BACKEND_ID, FRONTEND_ID}  # both roles asked
    right = 0
    for n, question in enumerate(expected):
        assert quiz.statement.text() == f"«{question.shown}»"  # the answer's names blanked
        assert quiz.statement.textFormat() == Qt.TextFormat.PlainText
        assert not quiz.quote.isVisible()  # nothing given away before the answer
        correct = question.choices.index(question.answer)
        choice = correct if n % 3 else 1 - correct  # every third answer wrong
        right += choice == correct
        if n % 2:
            qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2)[choice])
        else:
            qtbot.mouseClick(quiz.choice_buttons[choice], Qt.MouseButton.LeftButton)
        assert quiz.revealed and quiz.quote.isVisible()
        assert quiz.statement.textFormat() == Qt.TextFormat.RichText  # the reveal: whole, …
        shown = QTextDocumentFragment.fromHtml(quiz.statement.text()).toPlainText()
        assert shown == f"«{question.statement}»"
        for start, end in question.blanks:  # … the names that were blanked in bold
            assert f"<b>{html.escape(question.statement[start:end])}</b>" in quiz.statement.text()
        assert question.quote in quiz.quote.text()  # the reveal: the quote …
        title = window.library.article(question.article).title
        assert html.escape(title, quote=False) in quiz.source.text()  # … and its article
        verdict = quiz.verdict.text()
        assert ("Benar!" in verdict) == (choice == correct)
        assert window.library.profile(question.answer).name in verdict
        qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2)[1 - choice])  # no second answer
        assert quiz.score == right
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.finished and right == 6
    assert quiz.statement.text() == "Skor: 6 dari 10"
    missed = quiz.quote.text().splitlines()  # the four to go over, each with its right role
    assert quiz.quote.isVisible() and missed[0] == "Yang belum tepat:" and len(missed) == 5
    wrong = [q for n, q in enumerate(expected) if not n % 3]
    for line, question in zip(missed[1:], wrong, strict=True):
        assert line.endswith("→ " + window.library.profile(question.answer).name)
        assert question.statement.startswith(line.split("«")[1].split("»")[0].rstrip("…"))
    assert quiz.again_button.isVisible()
    qtbot.mouseClick(quiz.again_button, Qt.MouseButton.LeftButton)  # "Ulangi": a new seed
    assert window.quiz.index == 0 and not window.quiz.finished
    assert window.history.current.args[:2] == (BACKEND_ID, FRONTEND_ID)
    assert window.history.current.args[2] != "7"


def test_the_reveals_article_link_opens_the_reader_at_the_quote(qtbot, window: MainWindow) -> None:
    window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 3)))
    quiz = window.quiz
    question = quiz.current()
    qtbot.keyClick(quiz, Qt.Key.Key_1)
    quiz.source.linkActivated.emit("#open")
    assert window.stack.currentWidget() is window.reader
    article, start, end = window.history.current.args[:3]
    text = window.library.article(article).text
    assert article == question.article
    assert " ".join(text[int(start) : int(end)].split()) == " ".join(question.quote.split())
    window.go_back()  # back to the quiz, where the class was
    assert window.stack.currentWidget() is quiz and quiz.revealed and quiz.current() == question


def test_the_quiz_runs_on_the_projector_and_from_the_comparisons_slides(
    qtbot, window: MainWindow
) -> None:
    window.navigate(Location("compare"))
    qtbot.keyClick(window.stack, Qt.Key.Key_F5)
    qtbot.keyClick(window.slides, Qt.Key.Key_Q)  # Q on the slides: the quiz, still presenting
    assert window.projector and window.stack.currentWidget() is window.quiz
    quiz = window.quiz
    assert quiz.title.text() == "Backend Developer atau Frontend Developer?"
    assert quiz.statement.font().pointSizeF() > window.base_font.pointSizeF() * 2
    qtbot.keyClick(quiz, Qt.Key.Key_2)
    qtbot.keyClick(quiz, Qt.Key.Key_PageDown)  # the presenter's clicker goes on
    assert quiz.index == 1 and not quiz.revealed
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)
    assert not window.projector and window.stack.currentWidget() is quiz


def test_the_quiz_is_in_the_menu_for_the_roles_compared(qtbot, window: MainWindow) -> None:
    window.navigate(Location("compare", (FRONTEND_ID, BACKEND_ID)))
    window.act_quiz.trigger()
    assert window.stack.currentWidget() is window.quiz
    assert window.quiz.round_key[:2] == (FRONTEND_ID, BACKEND_ID)
    assert window.quiz.choice_buttons[0].text() == "1  Frontend Developer"


def _clipped(root) -> list[str]:
    """Labels and buttons on screen whose text needs more room than they got."""
    from PySide6.QtWidgets import QLabel, QPushButton

    problems = []
    for widget in root.findChildren(QLabel) + root.findChildren(QPushButton):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{widget.text()[:40]!r}: {needed} > {widget.height()}")
        elif widget.sizeHint().width() > widget.width() + 1:
            problems.append(
                f"{widget.text()[:40]!r}: {widget.sizeHint().width()} > {widget.width()}"
            )
        right = widget.mapTo(root, widget.rect().bottomRight())
        if right.x() > root.width() or right.y() > root.height():
            problems.append(f"{widget.text()[:40]!r} runs off the window at {right}")
    return problems


@pytest.mark.parametrize("mode", ["light", "dark", "contrast", "projector"])
def test_the_reveal_and_the_score_fit_1024_by_768(qtbot, window: MainWindow, mode: str) -> None:
    from tests.test_ui_screenshots import SHOTS

    folder = SHOTS / "1024x768"
    folder.mkdir(parents=True, exist_ok=True)
    if mode == "projector":
        window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 5)))
        window.enter_projector()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 768)
        qtbot.waitUntil(lambda: window.width() == 1024)
    else:
        window.set_theme(mode, save=False)
        window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 5)))
    quiz = window.quiz
    longest = max(
        range(10), key=lambda i: len(quiz.questions[i].quote + quiz.questions[i].statement)
    )
    for _ in range(longest):  # the question with the longest statement and quote
        qtbot.keyClick(quiz, Qt.Key.Key_1)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    qtbot.keyClick(quiz, Qt.Key.Key_2)
    qtbot.wait(20)
    assert _clipped(window) == []
    window.grab().save(str(folder / f"quiz-reveal-{mode}.png"))
    while not quiz.finished:
        qtbot.keyClick(quiz, Qt.Key.Key_1)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert _clipped(window) == []
    window.grab().save(str(folder / f"quiz-score-{mode}.png"))
    if mode == "projector":
        window.leave_projector()


def test_the_reveal_moves_nothing_and_leaves_both_answers_readable(
    qtbot, window: MainWindow
) -> None:
    """Revealing adds below the question (the question does not jump); the wrong pick stays
    an enabled, readable button with its ✗; lines stay ~100 characters wide at 1920 px."""
    from PySide6.QtWidgets import QApplication

    window.resize(1920, 1080)
    assert window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 7)))
    quiz = window.quiz
    QApplication.processEvents()
    assert quiz.content.width() <= quiz.fontMetrics().averageCharWidth() * 100
    top = quiz.statement.mapTo(quiz, quiz.statement.rect().topLeft()).y()
    question = quiz.current()
    wrong = 1 - question.choices.index(question.answer)
    qtbot.keyClick(quiz, (Qt.Key.Key_1, Qt.Key.Key_2)[wrong])
    QApplication.processEvents()
    assert quiz.statement.mapTo(quiz, quiz.statement.rect().topLeft()).y() == top
    picked = quiz.choice_buttons[wrong]
    assert picked.isEnabled() and picked.text().startswith("✗")
    assert quiz.hint.text().startswith("Tekan 1 atau 2")
    for _ in range(len(quiz.questions)):
        if not quiz.revealed:
            qtbot.keyClick(quiz, Qt.Key.Key_1)
        quiz.next_question()
    assert quiz.finished and quiz.hint.text() == "Tekan Enter untuk soal lain."
    assert quiz.back_button.text() == "Lihat perbandingan"


def test_the_answer_buttons_stay_put_from_question_to_question(qtbot, window: MainWindow) -> None:
    """A one-line statement and a three-line one: the buttons the class clicks stay where
    they were (they moved by a line or two)."""
    from PySide6.QtWidgets import QApplication

    assert window.navigate(Location("quiz", (BACKEND_ID, FRONTEND_ID, 7)))
    quiz = window.quiz
    frame = quiz.statement_frame
    margins = frame.layout().contentsMargins()
    tops, lines = set(), set()
    for _ in range(len(quiz.questions)):
        QApplication.processEvents()
        if quiz.statement.height() + margins.top() + margins.bottom() <= frame.minimumHeight():
            button = quiz.choice_buttons[0]
            tops.add(button.mapTo(quiz, button.rect().topLeft()).y())
            lines.add(quiz.statement.height() // quiz.statement.fontMetrics().lineSpacing())
        qtbot.keyClick(quiz, Qt.Key.Key_1)
        quiz.next_question()
    assert len(lines) >= 2 and len(tops) == 1, (lines, tops)  # statements of 1–3 lines
