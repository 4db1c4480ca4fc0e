"""The library of articles: every source with its metadata and a button to read it; then the
articles a teacher imported (with their origin, file name and import date, and "Hapus" after a
confirmation) and those of the lab packs (read-only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.article_byline import byline
from ui.fonts import relative_font
from ui.safe_text import fill, no_mnemonic, plain_label
from ui.scrolling import ReadableScroll

if TYPE_CHECKING:
    from guide.sources import Origin
    from guide.store import ArticleRecord


class SourcesView(QWidget):
    """All articles the guide is built from, then the teacher's and the lab packs'."""

    article_requested = Signal(str)
    remove_requested = Signal(str)  # an article id, after the user confirmed
    add_requested = Signal()  # "Tambah artikel…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []  # "Baca artikel", one per article
        self.remove_buttons: dict[str, QPushButton] = {}  # "Hapus", teachers' articles only
        self.cards: dict[str, QFrame] = {}
        self.confirm_box: QMessageBox | None = None
        # The teacher's roles citing an article (their names), asked before it is removed.
        self.citing_roles: Callable[[str], list[str]] = lambda _article_id: []
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = plain_label(self.tr("Artikel sumber"))
        relative_font(title, 1.6, bold=True)
        self.layout_.addWidget(title)
        self.layout_.addWidget(
            plain_label(
                self.tr("Semua isi panduan ini berasal dari artikel berikut."),
                name="muted",
            )
        )
        self.bundled_box = QVBoxLayout()
        self.layout_.addLayout(self.bundled_box)

        heading = plain_label(self.tr("Artikel guru dan paket lab"))
        relative_font(heading, 1.3, bold=True)
        self.layout_.addSpacing(self.fontMetrics().height())
        self.layout_.addWidget(heading)
        self.imported_hint = plain_label(name="muted")
        self.layout_.addWidget(self.imported_hint)
        self.add_button = QPushButton(self.tr("Tambah artikel…"))
        self.add_button.setAccessibleName(self.tr("Tambah artikel dari berkas"))
        self.add_button.clicked.connect(self.add_requested)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.imported_box = QVBoxLayout()
        self.layout_.addLayout(self.imported_box)

        scroll = ReadableScroll(self.body, self.tr("Daftar artikel sumber"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_articles(
        self,
        articles: tuple[ArticleRecord, ...],
        origin_of: Callable[[str], Origin] | None = None,
    ) -> None:
        """One card per article (the cards shown before are replaced); ``origin_of``
        (Library.origin) tells the program's articles from the imported ones."""
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.buttons.clear()
        self.remove_buttons.clear()
        imported = 0
        for article in articles:
            origin = origin_of(article.id) if origin_of else None
            if origin is None or origin.kind == "bundled":
                self.bundled_box.addWidget(self._card(article, None))
            else:
                self.imported_box.addWidget(self._card(article, origin))
                imported += 1
        how = self.tr(
            "Tambahkan artikel Anda sendiri (.txt, .md, .html, .pdf, .docx): menu Berkas → "
            "Tambah artikel… (Ctrl+O), atau seret berkasnya ke jendela ini. Dari folder yang "
            "diseret, hanya berkas di dalamnya yang diambil (tanpa subfolder)."
        )
        if not imported:
            how = self.tr("Belum ada artikel guru di komputer ini.") + " " + how
        self.imported_hint.setText(how)

    def _card(self, article: ArticleRecord, origin: Origin | None) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        text = article.title if origin else f"[{article.label}] {article.title}"
        name = plain_label(text)
        relative_font(name, 1.15, bold=True)
        box.addWidget(name)
        box.addWidget(plain_label(byline(article, origin=origin, wrap_between=True)))
        if origin is not None and origin.kind == "pack":
            box.addWidget(plain_label(self.tr("Dari paket lab: hanya dapat dibaca."), name="muted"))
        row = QHBoxLayout()
        button = QPushButton(self.tr("Baca artikel"))
        button.setAccessibleName(fill(self.tr("Baca artikel %1"), article.title))
        button.clicked.connect(lambda _=False, a=article.id: self.article_requested.emit(a))
        row.addWidget(button)
        self.buttons.append(button)
        if origin is not None and origin.kind == "personal":
            remove = QPushButton(self.tr("Hapus"))
            remove.setAccessibleName(fill(self.tr("Hapus artikel %1"), article.title))
            remove.setToolTip(self.tr("Hapus artikel ini dari perpustakaan pribadi"))
            remove.clicked.connect(
                lambda _=False, a=article.id, t=article.title: self.confirm_remove(a, t)
            )
            row.addWidget(remove)
            self.remove_buttons[article.id] = remove
        row.addStretch(1)
        box.addLayout(row)
        self.cards[article.id] = card
        return card

    def confirm_remove(self, article_id: str, title: str) -> QMessageBox:
        """Ask before removing a teacher's article (our own Indonesian buttons: Qt has no
        Indonesian catalogue); "Hapus" emits ``remove_requested``. The box is window-modal and
        returns at once (:attr:`confirm_box`)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hapus artikel guru"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = fill(
            self.tr(
                "Hapus «%1» dari perpustakaan pribadi? Artikel ini tidak akan muncul lagi "
                "di pencarian. Berkas aslinya tidak ikut dihapus."
            ),
            title,
        )
        roles = self.citing_roles(article_id)
        if roles:  # the roles stay, their citations of it become "tidak ditemukan lagi"
            text += "\n\n" + fill(
                self.tr(
                    "Profil peran yang mengutip artikel ini: %1. Kutipan itu tidak akan "
                    "ditemukan lagi sampai Anda mengimpor artikelnya kembali."
                ),
                ", ".join(roles),
            )
        box.setText(text)
        remove = box.addButton(no_mnemonic(self.tr("Hapus")), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter on a stray key press keeps the article
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is remove:
                self.remove_requested.emit(article_id)
            box.deleteLater()
            if self.confirm_box is box:
                self.confirm_box = None

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box
