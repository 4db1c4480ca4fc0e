"""A thin list model over search hits (plain ``guide.search.Hit`` values), as Zeal does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from guide.search import Hit


HitRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    """One row per hit: the display text is "heading — article title"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: tuple[Hit, ...] = ()

    def set_results(self, hits: tuple[Hit, ...]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        """The hit at ``row``, or None."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            heading = hit.heading or hit.article_title
            return f"{heading}\n{hit.article_title} · {hit.snippet.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.heading}, {hit.article_title}"
        if role == HitRole:
            return hit
        return None
