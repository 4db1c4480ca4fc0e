"""Simpanan: what the student saved with Ctrl+D (claims, search results, reader passages), with
a note each. Filter by kind and by words; open one (the reader at the highlighted passage,
the profile at its claim, the result's passage), edit its note (saved when the field is left or
Enter is pressed), remove it (asked first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.student import NOTE_MAX, Bookmark
from ui.fonts import relative_font
from ui.safe_text import fill, plain_label
from ui.scrolling import ReadableScroll

KIND_NAMES = {
    "claim": QT_TRANSLATE_NOOP("BookmarksView", "Klaim profil"),
    "hit": QT_TRANSLATE_NOOP("BookmarksView", "Hasil pencarian"),
    "passage": QT_TRANSLATE_NOOP("BookmarksView", "Kutipan artikel"),
}
EXCERPT_CHARS = 240


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("BookmarksView", KIND_NAMES[kind])


class BookmarkCard(QFrame):
    """One bookmark: kind and title, the saved words, the note, Buka and Hapus."""

    open_requested = Signal(object)  # Bookmark
    remove_requested = Signal(object)
    note_changed = Signal(object, str)

    def __init__(self, bookmark: Bookmark) -> None:
        super().__init__()
        self.bookmark = bookmark
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.kind = plain_label(kind_name(bookmark.kind), name="muted")
        self.title = plain_label(bookmark.title)
        relative_font(self.title, 1.05, bold=True)
        excerpt = " ".join(bookmark.excerpt.split())
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + " …"
        self.excerpt = plain_label(f"«{excerpt}»" if excerpt else "")
        self.note = QLineEdit(bookmark.note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Tulis catatan…"))
        self.note.setAccessibleName(fill(self.tr("Catatan untuk %1"), bookmark.title))
        self.note.editingFinished.connect(self._note_done)
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setAccessibleName(fill(self.tr("Buka %1"), bookmark.title))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.bookmark))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.setAccessibleName(fill(self.tr("Hapus %1"), bookmark.title))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.bookmark))
        row = QHBoxLayout()
        note_label = plain_label(self.tr("Catatan:"), wrap=False)
        note_label.setBuddy(self.note)
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        for widget in (self.kind, self.title, self.excerpt):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.excerpt.setVisible(bool(excerpt))  # once it has a parent (else: a window)

    def _note_done(self) -> None:
        text = self.note.text().strip()
        if text != self.bookmark.note:
            self.note_changed.emit(self.bookmark, text)

    def matches(self, kind: str, words: str) -> bool:
        """Whether the filter shows this bookmark."""
        if kind and self.bookmark.kind != kind:
            return False
        haystack = " ".join(
            (self.bookmark.title, self.bookmark.excerpt, self.note.text())
        ).casefold()
        return all(w in haystack for w in words.casefold().split())


class BookmarksView(QWidget):
    """Every bookmark, newest first, with a filter."""

    open_requested = Signal(object)
    remove_requested = Signal(object)
    note_changed = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[BookmarkCard] = []
        self.title = plain_label(self.tr("Simpanan"))
        relative_font(self.title, 1.6, bold=True)
        self.hint = plain_label(
            self.tr(
                "Simpan klaim profil, hasil pencarian, atau kalimat yang diblok di artikel "
                "dengan Ctrl+D (atau klik kanan → «Simpan ke Simpanan»)."
            ),
            name="muted",
        )
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Jenis simpanan"))
        self.kind_filter.addItem(self.tr("Semua jenis"), "")
        for kind in KIND_NAMES:
            self.kind_filter.addItem(kind_name(kind), kind)
        self.word_filter = QLineEdit()
        self.word_filter.setPlaceholderText(self.tr("Saring dengan kata…"))
        self.word_filter.setAccessibleName(self.tr("Saring simpanan"))
        self.word_filter.setClearButtonEnabled(True)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.word_filter.textChanged.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.word_filter, 1)
        self.count = plain_label("", name="muted")
        self.empty = plain_label("")
        self.body = QWidget()  # the header, the filter and the list, one readable column
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(filters)
        column.addWidget(self.count)
        column.addWidget(self.empty)
        self.list_layout = QVBoxLayout()
        column.addLayout(self.list_layout)
        column.addStretch(1)
        self.scroll = ReadableScroll(self.body, self.tr("Daftar simpanan"), chars=110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)

    def show_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        """Lay out ``bookmarks`` (newest first), keeping the filter."""
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = []
        for bookmark in bookmarks:
            card = BookmarkCard(bookmark)
            card.open_requested.connect(self.open_requested)
            card.remove_requested.connect(self.remove_requested)
            card.note_changed.connect(self.note_changed)
            self.list_layout.addWidget(card)
            self.cards.append(card)
        self._filter()

    def visible_cards(self) -> list[BookmarkCard]:
        return [c for c in self.cards if not c.isHidden()]

    def _filter(self) -> None:
        kind = self.kind_filter.currentData() or ""
        words = self.word_filter.text()
        for card in self.cards:
            card.setHidden(not card.matches(kind, words))
        shown = len(self.visible_cards())
        self.empty.setVisible(shown == 0)
        if not self.cards:
            self.empty.setText(self.tr("Belum ada yang disimpan."))
        else:
            self.empty.setText(self.tr("Tidak ada simpanan yang cocok dengan saringan."))
        self.count.setText(fill(self.tr("%1 dari %2 simpanan"), str(shown), str(len(self.cards))))
        self.count.setVisible(bool(self.cards))
