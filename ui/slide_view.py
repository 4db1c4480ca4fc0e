"""The presentation's slides (F5 on a profile or the comparison): one slide at a time, fitted
to the screen by :mod:`ui.slide_layout`.

Keys (a presenter's clicker sends PageDown/PageUp): Right/PageDown/Down next, Left/PageUp/Up
previous, Home/End first/last, a number jumps (typed digits, then a pause or Enter), Enter or
Space shows the full claims (page by page, then the key points again), B or "." blanks the
screen and back, T changes the colours (high contrast, light, dark), Q starts the class quiz,
Esc leaves at the slide's tab or row. A click shows the next slide.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from guide.slides import Deck
from ui.slide_layout import Fitter, SlideLayout, tr

JUMP_DELAY_MS = 900  # typing "1", "2" within this jumps to slide 12
THEMES = ("contrast", "light", "dark")  # T cycles through them, high contrast first

# F1 lists these with the projector's actions (Right/Left/PgDown/PgUp, Esc) on its second
# tab: they are keys of the slides and the quiz, not actions of the window.
KEY_HELP = (
    (QT_TRANSLATE_NOOP("Slides", "Home / End"),
     QT_TRANSLATE_NOOP("Slides", "Presentasi: slide pertama / terakhir")),
    (QT_TRANSLATE_NOOP("Slides", "Angka"),
     QT_TRANSLATE_NOOP("Slides", "Presentasi: ke slide bernomor itu")),
    (QT_TRANSLATE_NOOP("Slides", "Enter, Spasi"),
     QT_TRANSLATE_NOOP("Slides", "Presentasi: semua klaim slide ini")),
    ("B", QT_TRANSLATE_NOOP("Slides", "Presentasi: layar hitam, lalu kembali")),
    ("T", QT_TRANSLATE_NOOP("Slides", "Presentasi: warna kontras tinggi, terang, gelap")),
    ("Q", QT_TRANSLATE_NOOP("Slides", "Presentasi perbandingan: mulai kuis kelas")),
    ("1 / 2", QT_TRANSLATE_NOOP("Slides", "Kuis kelas: jawab peran pertama / kedua")),
)  # fmt: skip


def key_help() -> list[tuple[str, str]]:
    """The slides' and the quiz's keys, translated, for the F1 table."""
    return [(tr(keys), tr(text)) for keys, text in KEY_HELP]


_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up}
_REVEAL = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}
_BLANK = {Qt.Key.Key_B, Qt.Key.Key_Period}


class SlideView(QWidget):
    """A deck of slides, one shown; the keys above step through it."""

    leave_requested = Signal(str)  # Esc: the shown slide's anchor (tab or aspect id)
    quiz_requested = Signal()  # Q on a comparison's slides
    theme_requested = Signal(str)  # T: the next of THEMES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck: Deck | None = None
        self.index = 0
        self.page = -1  # −1: the key points; 0…: a page of the full claims
        self.blank = False
        self.theme = THEMES[0]
        self._digits = ""
        self._jump = QTimer(self, singleShot=True, interval=JUMP_DELAY_MS)
        self._jump.timeout.connect(self._jump_now)
        self._fitter: Fitter | None = None
        self._cache: dict[tuple[int, int], SlideLayout] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setAccessibleName(QCoreApplication.translate("Slides", "Presentasi"))

    # -- what is shown -----------------------------------------------------------------------

    def show_deck(self, deck: Deck, index: int = 0) -> None:
        """Show ``deck`` from slide ``index``."""
        self.deck, self.page, self.blank = deck, -1, False
        self._forget()
        self.go_to(index)

    @property
    def count(self) -> int:
        return len(self.deck.slides) if self.deck else 0

    def anchor(self) -> str:
        """The shown slide's tab or aspect id."""
        return self.deck.slides[self.index].anchor if self.count else ""

    def fitter(self) -> Fitter:
        """The layout of this deck at this size in these colours (made again on a change)."""
        if self._fitter is None:
            assert self.deck is not None
            size = QSizeF(max(1, self.width()), max(1, self.height()))
            self._fitter = Fitter(self.deck, size, self.palette(), self.font().family())
        return self._fitter

    def current_layout(self) -> SlideLayout:
        """The shown slide (or page of its full claims), laid out."""
        key = (self.index, self.page)
        if key not in self._cache:
            self._cache[key] = self.fitter().layout(self.index, self.page)
        return self._cache[key]

    def counter_text(self) -> str:
        return f"{self.index + 1} / {self.count}"

    def _forget(self) -> None:
        self._fitter = None
        self._cache.clear()

    def _changed(self) -> None:
        if self.count:
            layout = self.current_layout()
            self.setAccessibleDescription(layout.text())
        self.update()

    # -- moving ---------------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Slide ``index`` (clamped), its key points."""
        if not self.count:
            return
        self.index = max(0, min(self.count - 1, index))
        self.page = -1
        self._changed()

    def step(self, step: int) -> None:
        """The next (1) or previous (−1) slide; from a blank screen, the slide again."""
        if self.blank:
            self.set_blank(False)
            return
        self.go_to(self.index + step)

    def reveal(self) -> None:
        """Enter/Space: the full claims, then their next page, then the key points again."""
        pages = self.current_layout().pages if self.count else 0
        self.page = self.page + 1 if pages and self.page + 1 < pages else -1
        self._changed()

    def set_blank(self, blank: bool) -> None:
        """B: a black screen (the class looks at the teacher), and back."""
        self.blank = blank
        self.update()

    def set_colours(self, palette: QPalette, theme: str) -> None:
        """The presentation's colours (the window passes its theme's palette)."""
        self.theme = theme
        self.setPalette(palette)  # changeEvent forgets the layouts made in the old colours
        self._changed()

    def _jump_now(self) -> None:
        if self._digits:
            number, self._digits = int(self._digits), ""
            self.go_to(number - 1)

    # -- events ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if self.blank and key not in (Qt.Key.Key_Escape,):
            self.set_blank(False)  # any key brings the slide back; Esc leaves
            return
        if text.isdigit() and len(text) == 1:
            self._digits += text
            self._jump.start()
        elif key in _REVEAL and self._digits:
            self._jump.stop()
            self._jump_now()
        elif key in _NEXT:
            self.step(1)
        elif key in _PREVIOUS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.count - 1)
        elif key in _REVEAL:
            self.reveal()
        elif key in _BLANK:
            self.set_blank(True)
        elif key == Qt.Key.Key_T:
            self.theme_requested.emit(THEMES[(THEMES.index(self.theme) + 1) % len(THEMES)])
        elif key == Qt.Key.Key_Q and self.deck is not None and self.deck.kind == "compare":
            self.quiz_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit(self.anchor())
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.step(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.step(-1)
        else:
            super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._forget()
        self._changed()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.FontChange):
            self._forget()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self.blank:
                painter.fillRect(self.rect(), QColor("black"))
                return
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            if not self.count:
                return
            self.paint_layout(painter, self.current_layout())
        finally:
            painter.end()

    @staticmethod
    def paint_layout(painter: QPainter, layout: SlideLayout) -> None:
        """Draw ``layout``'s texts and chart with ``painter``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for box in layout.boxes:
            painter.save()
            painter.translate(box.rect.topLeft())
            box.document.drawContents(painter)
            painter.restore()
        if layout.chart is not None:
            at = layout.chart_rect.topLeft().toPoint()
            children = QWidget.RenderFlag.DrawChildren  # not its own background: the slide's
            layout.chart.render(painter, QPoint(at.x(), at.y()), renderFlags=children)
