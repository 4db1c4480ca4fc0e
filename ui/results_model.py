"""A thin list model over search hits (plain ``guide.search.Hit`` values), as Zeal does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.article_byline import origin_name
from ui.dates import format_date
from ui.safe_text import rich_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from guide.search import Hit
    from guide.sources import Origin
    from guide.store import ArticleRecord


HitRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2  # "article title · publisher · date"

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    """One row per hit: the display text is "heading — article title"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: tuple[Hit, ...] = ()
        self._articles: dict[str, ArticleRecord] = {}
        self._origin_of: Callable[[str], Origin] | None = None

    def set_articles(
        self, articles: dict[str, ArticleRecord], origin_of: Callable[[str], Origin] | None = None
    ) -> None:
        """Article metadata for the source line of each hit; ``origin_of`` (Library.origin):
        where an article comes from, said on the line of a teacher's or a lab pack's."""
        self._articles = dict(articles)
        self._origin_of = origin_of

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
        if role == Qt.ItemDataRole.ToolTipRole:  # shown by QToolTip, which renders HTML
            return rich_text(hit.snippet.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.heading}, {self.source_line(hit)}"
        if role == HitRole:
            return hit
        if role == SourceRole:
            return self.source_line(hit)
        return None

    def source_line(self, hit: Hit) -> str:
        """ "Article title · short name · date", unknown parts left out; an imported article
        names its origin instead of a short name ("Artikel guru", "Paket lab: …"); a section
        that holds only some of the words searched for says so ("memuat sebagian kata yang
        dicari")."""
        article = self._articles.get(hit.article_id)
        origin = origin_name(self._origin_of(hit.article_id)) if self._origin_of else ""
        parts = [hit.article_title]
        if article is not None:
            parts += [origin or article.label, format_date(article.published)]
        elif origin:
            parts.append(origin)
        if not hit.complete:
            parts.append(self.tr("memuat sebagian kata yang dicari"))
        return " · ".join(p for p in parts if p)
