"""Home: the roles as cards, a prominent search box, and the comparison button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.profiles import Profile
from ui.flow_layout import FlowLayout
from ui.fonts import relative_font
from ui.profile_view import salary_line
from ui.safe_text import fill, no_mnemonic, plain_label
from ui.scrolling import ReadableScroll
from ui.search_box import SearchBox

if TYPE_CHECKING:
    from guide.library import Library


class RoleCard(QFrame):
    """A role: name, one-line summary, a quick fact or two, and a button to open it."""

    open_requested = Signal(str)  # profile id
    path_requested = Signal(str)  # profile id

    def __init__(self, profile: Profile, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_id = profile.id
        self.setObjectName("roleCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        name = plain_label(profile.name)
        relative_font(name, 1.4, bold=True)
        layout.addWidget(name)
        self.made_by_teacher = library.profile_origin(profile.id) != "bundled"
        if self.made_by_teacher:  # a teacher's profile: said, as an imported article's origin
            layout.addWidget(plain_label(self.tr("Dibuat guru"), name="muted"))
        layout.addWidget(plain_label(profile.summary))
        facts = library.quick_facts(profile)
        for line in self._fact_lines(facts):
            fact = plain_label(line, name="muted")
            layout.addWidget(fact)
        self.progress = plain_label("", name="muted")  # "Jalur belajar: 3 dari 11 …"
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        text = fill(self.tr("Lihat profil %1"), profile.name)
        self.button = QPushButton(no_mnemonic(text))
        self.button.setAccessibleName(text)
        self.button.clicked.connect(lambda: self.open_requested.emit(self.profile_id))
        self.path_button = QPushButton(self.tr("Jalur belajar"))
        self.path_button.setAccessibleName(fill(self.tr("Jalur belajar %1"), profile.name))
        self.path_button.clicked.connect(lambda: self.path_requested.emit(self.profile_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.path_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # after it has a parent: shown before, a button is a window of its own
        self.path_button.setVisible(library.learning_path(profile.id) is not None)

    def set_progress(self, progress: tuple[int, int] | None) -> None:
        """The student's learning-path progress under the facts (hidden without a path)."""
        self.progress.setVisible(progress is not None)
        if progress is not None:
            self.progress.setText(
                fill(self.tr("Jalur belajar: %1 dari %2 langkah selesai"), *map(str, progress))
            )

    def _fact_lines(self, facts) -> list[str]:
        """Salary and top technologies; what the sources do not discuss is said, not left out."""
        if facts.salaries:
            salary = fill(self.tr("Gaji: %1"), salary_line(facts.salaries[0]))
        else:
            salary = self.tr("Gaji: tidak dibahas di artikel sumber")
        if facts.technologies:
            names = ", ".join(t.technology.name for t in facts.technologies[:3])
            technologies = fill(self.tr("Teknologi: %1"), names)
        else:
            technologies = self.tr("Teknologi: tidak dibahas di artikel sumber")
        return [salary, technologies]


class HomeView(QWidget):
    """The first screen a student sees."""

    profile_requested = Signal(str)
    recent_cleared = Signal()
    compare_requested = Signal()
    sources_requested = Signal()
    path_requested = Signal(str)
    selfcheck_requested = Signal()
    quiz_requested = Signal()
    bookmarks_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[RoleCard] = []
        self._columns = 0  # cards a row, as last arranged (_arrange_cards)
        title = plain_label(self.tr("Panduan Karier"))
        relative_font(title, 2.0, bold=True)
        intro = plain_label(
            self.tr(
                "Kenali profesi di balik aplikasi dan situs web. Pilih sebuah peran, cari kata "
                "apa saja, atau bandingkan dua peran. Setiap fakta menyebutkan artikel sumbernya."
            )
        )
        self.search = SearchBox()
        self.search.setPlaceholderText(
            self.tr("Cari, misalnya: gaji, menyimpan data, skill, front end…")
        )
        self.search.setAccessibleName(self.tr("Cari di semua artikel"))
        relative_font(self.search, 1.3)
        self.search_button = search_button = QPushButton(self.tr("Cari"))
        search_button.setAccessibleName(self.tr("Cari"))
        search_button.clicked.connect(self._search)
        relative_font(search_button, 1.3)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(search_button)

        self.recent_label = plain_label(self.tr("Pencarian terakhir:"), name="muted")
        self.recent_row = FlowLayout(spacing=6)
        self.recent_clear = QPushButton(self.tr("Hapus riwayat"))
        self.recent_clear.setAccessibleName(self.tr("Hapus riwayat pencarian"))
        self.recent_clear.clicked.connect(self.recent_cleared)
        recent = QHBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addLayout(self.recent_row, 1)
        recent.addWidget(self.recent_clear)

        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(16)
        self.compare_button = QPushButton(self.tr("Bandingkan Backend vs Frontend"))
        self.compare_button.setAccessibleName(self.compare_button.text())
        relative_font(self.compare_button, 1.2, bold=True)
        self.compare_button.clicked.connect(self.compare_requested)
        self.sources_button = QPushButton(self.tr("Lihat artikel sumber"))
        self.sources_button.setAccessibleName(self.sources_button.text())
        self.sources_button.clicked.connect(self.sources_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.compare_button)
        actions.addWidget(self.sources_button)
        actions.addStretch(1)
        # Where a first-time student starts: the roles above, then these.
        self.start_label = plain_label(
            self.tr(
                "Mulai dari sini: pilih peran dan baca profilnya, ikuti jalur belajarnya, cek "
                "«Apa saya cocok?», lalu simpan yang penting dengan Ctrl+D."
            )
        )
        self.start_buttons: list[QPushButton] = []
        start = QHBoxLayout()
        for text, signal in (
            (self.tr("Apa saya cocok?"), self.selfcheck_requested),
            (self.tr("Kuis kelas"), self.quiz_requested),
            (self.tr("Simpanan"), self.bookmarks_requested),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text)
            relative_font(button, 1.1, bold=True)
            button.clicked.connect(signal)
            start.addWidget(button)
            self.start_buttons.append(button)
        start.addStretch(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addLayout(recent)
        layout.addWidget(self.start_label)
        layout.addLayout(self.cards_grid)
        layout.addLayout(start)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.body = body
        body.installEventFilter(self)  # its width decides one or two columns of cards
        scroll = ReadableScroll(body, self.tr("Beranda"), chars=150)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.search, search_button)

    def set_library(self, library: Library, recent: list[str] | None = None) -> None:
        """Show a card per role, and the recent searches."""
        self.set_recent(recent or [])
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        previous = self.search_button  # the box, its "Cari" button, then the cards
        for i, profile in enumerate(library.profiles):
            card = RoleCard(profile, library)
            card.open_requested.connect(self.profile_requested)
            card.path_requested.connect(self.path_requested)
            self.cards_grid.addWidget(card, i // 2, i % 2)  # two a row, then as room allows
            self.setTabOrder(previous, card.button)
            self.setTabOrder(card.button, card.path_button)
            previous = card.path_button
            self.cards.append(card)
        for button in self.start_buttons:
            self.setTabOrder(previous, button)
            previous = button
        self.setTabOrder(previous, self.compare_button)
        self.setTabOrder(self.compare_button, self.sources_button)
        self._columns = 2
        self._arrange_cards()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The body resized (the window, or projector mode's bigger type): the cards again."""
        if watched is self.body and event.type() == QEvent.Type.Resize:
            self._arrange_cards()
        return super().eventFilter(watched, event)

    def _arrange_cards(self) -> None:
        """Two cards a row when two fit side by side, else one: at 1.8× type (F5 on home)
        on a 1024 px projector two cards were wider than the screen and cut off."""
        if not self.cards:
            return
        margins = self.body.layout().contentsMargins()
        room = self.body.width() - margins.left() - margins.right()
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        columns = 2 if room >= 2 * widest + self.cards_grid.horizontalSpacing() else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, i // columns, i % columns)

    def _search(self) -> None:
        if self.search.text().strip():
            self.search.search_requested.emit(self.search.text())

    def set_progress(self, progress: dict[str, tuple[int, int] | None]) -> None:
        """Each card's learning-path progress (by role id)."""
        for card in self.cards:
            card.set_progress(progress.get(card.profile_id))

    def set_recent(self, queries: list[str]) -> None:
        """Buttons for the user's last searches (hidden when there are none)."""
        while self.recent_row.count():
            item = self.recent_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.recent_label.setVisible(bool(queries))
        self.recent_clear.setVisible(bool(queries))
        for query in queries:
            button = QPushButton(no_mnemonic(query))
            button.setAccessibleName(fill(self.tr("Cari lagi: %1"), query))
            button.clicked.connect(lambda _=False, q=query: self.search.search_requested.emit(q))
            self.recent_row.addWidget(button)
