"""Two roles side by side, row by row; differences marked; cells cite like the profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from guide.compare import Cell, Comparison, ComparisonRow, RowMark
from ui.claims import ClaimWidget
from ui.content_labels import label as content_label
from ui.fonts import relative_font
from ui.profile_view import not_discussed_label
from ui.safe_text import fill, plain_label
from ui.scrolling import ReadableScroll

if TYPE_CHECKING:
    from guide.store import ArticleRecord

BAR_WIDTH = 6  # the highlight bar of a row whose roles differ


def mark_text(
    row: ComparisonRow, shown: Callable[[tuple[str, ...]], tuple[str, ...]] = tuple
) -> str:
    """The row's mark in words, with what is shared when something is (``shown``: the values
    as written for a reader, Library.shown_values: "css3" → "CSS3")."""
    texts = {
        RowMark.SAME: QLabel.tr("Sama"),
        RowMark.OVERLAP: QLabel.tr("Sebagian sama"),
        RowMark.DIFFERENT: QLabel.tr("Berbeda"),
        RowMark.ONE_SIDED: QLabel.tr("Hanya dibahas untuk satu peran"),
        RowMark.UNCOMPARED: QLabel.tr("Keduanya dibahas"),
    }
    text = texts[row.mark]
    if row.shared:
        text += " — " + fill(QLabel.tr("sama-sama: %1"), ", ".join(shown(row.shared)))
    return text


class ComparisonView(QWidget):
    """A grid: aspect | left role | right role, one row per aspect."""

    citation_activated = Signal(object)  # guide.profiles.Citation
    roles_chosen = Signal(str, str)  # the role pickers changed: left id, right id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        # Shared values as a reader expects them written (the window: Library.shown_values).
        self.shown_values: Callable[[tuple[str, ...]], tuple[str, ...]] = tuple
        self.row_widgets: list[QWidget] = []
        self.title = plain_label("")
        relative_font(self.title, 1.6, bold=True)
        self.legend = plain_label(
            self.tr(
                "Setiap baris membandingkan satu aspek. Tanda «Berbeda» dan «Sebagian sama» "
                "menunjukkan perbedaan; klik tanda sumber untuk membaca kutipannya."
            )
        )
        self.legend.setObjectName("muted")
        self.legend.setProperty("pkUsageHint", True)  # hidden in projector mode
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 4)
        self.grid.setColumnStretch(2, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.scroll = ReadableScroll(self.grid_host, self.tr("Tabel perbandingan"), chars=170)
        # Any two roles (the program's and the teacher's): a picker on each side.
        self.left_picker, self.right_picker = QComboBox(), QComboBox()
        for picker in (self.left_picker, self.right_picker):
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.left_picker.setAccessibleName(self.tr("Peran pertama"))
        self.right_picker.setAccessibleName(self.tr("Peran kedua"))
        pickers = QHBoxLayout()
        pickers.addWidget(plain_label(self.tr("Bandingkan:"), wrap=False))
        pickers.addWidget(self.left_picker)
        pickers.addWidget(plain_label(self.tr("dengan"), wrap=False))
        pickers.addWidget(self.right_picker)
        pickers.addStretch(1)  # as wide as the role names, beside the title, not the window
        for picker in (self.left_picker, self.right_picker):
            picker.activated.connect(self._picked)
        self.header = QWidget()  # above the table, lined up with it (_align_header)
        head = QVBoxLayout(self.header)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addLayout(pickers)
        head.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.grid_host.installEventFilter(self)  # the table moves or resizes: so does the header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the header above the table's column (centred on a wide screen)."""
        if watched is self.grid_host and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._align_header()
        return super().eventFilter(watched, event)

    def _align_header(self) -> None:
        margins = self.grid.contentsMargins()  # the table's first column starts inside them
        table = self.grid_host.mapTo(self, QPoint(margins.left(), 0)).x()
        width = self.grid_host.width() - margins.left() - margins.right()
        left = max(0, table - self.header.x())
        right = max(0, self.header.x() + self.header.width() - (table + width))
        layout = self.header.layout()
        shown = layout.contentsMargins()
        if (shown.left(), shown.right()) != (left, right):
            layout.setContentsMargins(left, 0, right, 0)
            layout.activate()  # now, not at the next layout pass: no frame with the old margins

    def set_roles(self, roles: list[tuple[str, str]], left: str, right: str) -> None:
        """The pickers' roles ((id, name), in the library's order) and the chosen two."""
        for picker, chosen in ((self.left_picker, left), (self.right_picker, right)):
            picker.blockSignals(True)
            picker.clear()
            for role_id, name in roles:
                picker.addItem(name, role_id)
            picker.setCurrentIndex(max(0, picker.findData(chosen)))
            picker.blockSignals(False)

    def _picked(self) -> None:
        left, right = self.left_picker.currentData(), self.right_picker.currentData()
        shown = self.comparison
        current = (shown.left.id, shown.right.id) if shown is not None else None
        if left and right and current is not None and (left, right) != current:
            self.roles_chosen.emit(left, right)

    def show_comparison(self, comparison: Comparison, articles: list[ArticleRecord]) -> None:
        """Lay out every row of ``comparison``."""
        if self.comparison is comparison:
            return
        self.comparison = comparison
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.row_widgets = []
        left, right = comparison.left.name, comparison.right.name
        self.title.setText(fill(self.tr("%1 vs %2"), left, right))
        by_id = {a.id: a for a in articles}
        for column, text in enumerate((self.tr("Aspek"), left, right)):
            header = plain_label(text)
            relative_font(header, 1.15, bold=True)
            self.grid.addWidget(header, 0, column)
        for i, row in enumerate(comparison.rows, start=1):
            self._add_row(i, row, by_id)
        self.grid.setRowStretch(len(comparison.rows) + 1, 1)

    def _add_row(self, index: int, row: ComparisonRow, articles: dict[str, ArticleRecord]) -> None:
        aspect = QFrame()
        aspect.setObjectName("differs" if row.differs else "aspect")
        aspect.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(aspect)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout()
        if row.differs:  # a bar in the highlight colour marks a difference
            bar = QFrame()
            bar.setFixedWidth(BAR_WIDTH)
            bar.setAutoFillBackground(True)
            bar.setBackgroundRole(QPalette.ColorRole.Highlight)
            outer.addWidget(bar)
        else:  # the name where the rows with a bar have it, not against the frame
            box.setContentsMargins(BAR_WIDTH + max(0, outer.spacing()), 0, 0, 0)
        outer.addLayout(box, 1)
        name = plain_label(content_label(row.aspect.label))
        relative_font(name, 1.05, bold=True)
        said = mark_text(row, self.shown_values)
        mark = plain_label(said, name="mark")
        mark.setAccessibleName(fill(self.tr("Tanda perbandingan: %1"), said))
        box.addWidget(name)
        box.addWidget(mark)
        box.addStretch(1)
        self.grid.addWidget(aspect, index * 2 - 1, 0)
        self.grid.addWidget(self._cell(row.left, articles), index * 2 - 1, 1)
        self.grid.addWidget(self._cell(row.right, articles), index * 2 - 1, 2)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(rule, index * 2, 0, 1, 3)
        self.row_widgets.append(aspect)

    def _cell(self, cell: Cell, articles: dict[str, ArticleRecord]) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        if not cell.discussed:
            layout.addWidget(not_discussed_label())
        for claim in cell.claims:
            widget = ClaimWidget(claim, articles)
            widget.citation_activated.connect(self.citation_activated)
            layout.addWidget(widget)
        layout.addStretch(1)
        return host

    def scroll_to_row(self, index: int, top: bool = False) -> None:
        """Bring row ``index`` (0-based) into view (projector mode steps through rows);
        ``top``: its name at the top (leaving the presentation at that aspect)."""
        if not 0 <= index < len(self.row_widgets):
            return
        if top:
            bar = self.scroll.verticalScrollBar()
            bar.setValue(max(0, self.row_widgets[index].y() - 6))
        else:
            self.scroll.ensureWidgetVisible(self.row_widgets[index], 0, 40)

    def row_in_view(self) -> int:
        """The first row (0-based) whose bottom is below the top of the view."""
        top = self.scroll.verticalScrollBar().value()
        return next((i for i, w in enumerate(self.row_widgets) if w.y() + w.height() > top + 6), 0)
