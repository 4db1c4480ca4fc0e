"""Above the search results: links to the profile tabs and the comparison a query names
("gaji" → Backend Developer's Gaji tab, "apa bedanya backend dan frontend" → the comparison),
and a sentence when the sources do not discuss what was asked for a role ("berapa gaji
frontend"). The matching is :func:`guide.topics.topics_of`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from guide.profiles import SECTION_TITLES, Profile
from guide.topics import TopicMatch, topics_of
from ui.content_labels import label as content_label
from ui.flow_layout import FlowLayout
from ui.safe_text import fill, no_mnemonic


class TopicLinks(QWidget):
    """Buttons to the profile tabs and comparison a query names; hidden when it names none."""

    section_requested = Signal(str, str)  # profile id, section id
    compare_requested = Signal(str, str)  # the two profile ids, in profile order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = TopicMatch()
        self.notice = QLabel()
        self.notice.setObjectName("topicNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)
        self.buttons = FlowLayout(spacing=6)
        self._buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(self.buttons)
        self.setVisible(False)

    def show_query(self, query: str, profiles: Sequence[Profile], has_hits: bool) -> TopicMatch:
        """Links for what ``query`` names among ``profiles``; returns the match."""
        self._clear()
        match = topics_of(query, profiles)
        self.match = match
        names = {p.id: p.name for p in profiles}
        sentences = [
            fill(
                self.tr("Artikel sumber tidak membahas «%1» untuk %2."),
                self._title(link.section_id),
                names.get(link.profile_id, link.profile_id),
            )
            for link in match.missing
        ]
        if sentences and has_hits:  # what the results do say on it is about other roles
            titles = dict.fromkeys(self._title(link.section_id) for link in match.missing)
            sentences.append(
                fill(
                    self.tr("Hasil di bawah ini menyebut «%1» untuk peran lain."), ", ".join(titles)
                )
            )
        self.notice.setText(" ".join(sentences))
        self.notice.setVisible(bool(sentences))
        for link in match.links:
            name = names.get(link.profile_id, link.profile_id)
            self._button(
                fill(self.tr("Profil %1: %2"), name, self._title(link.section_id)),
                lambda _checked=False, pid=link.profile_id, sid=link.section_id: (
                    self.section_requested.emit(pid, sid)
                ),
            )
        if match.compare is not None:
            left, right = match.compare
            self._button(
                fill(self.tr("Bandingkan %1 dan %2"), names[left], names[right]),
                lambda: self.compare_requested.emit(left, right),
            )
        self.setVisible(bool(match))
        return match

    def button_texts(self) -> list[str]:
        """The links shown, in order."""
        return [b.accessibleName() for b in self._buttons]

    @staticmethod
    def _title(section_id: str) -> str:
        return content_label(SECTION_TITLES.get(section_id, section_id))

    def _button(self, text: str, slot: Callable[[], None]) -> None:
        button = QPushButton(no_mnemonic(text), self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        self._buttons.append(button)

    def _clear(self) -> None:
        self._buttons.clear()
        while self.buttons.count():
            widget = self.buttons.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
