"""The reader's search matches: F3 / Shift+F3 select the next or previous word that matched
the query, "Kata dicari: 2 dari 5". A mixin of :class:`ui.reader_view.ReaderView`."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


class ReaderMatchesMixin:
    """Stepping through the marked words (``self._matches``: document ranges)."""

    def match_count(self) -> int:
        """How many words of the shown text match the search terms."""
        return len(self._matches)

    def next_match(self) -> bool:
        """Select the next marked word after the cursor (wrapping); False if there is none."""
        if not self._matches:
            return False
        cursor = self.text.textCursor()
        pos = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
        index = next((i for i, (start, _) in enumerate(self._matches) if start >= pos), 0)
        self._select_match(index)
        return True

    def previous_match(self) -> bool:
        """Select the marked word before the cursor (wrapping); False if there is none."""
        if not self._matches:
            return False
        cursor = self.text.textCursor()
        pos = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        before = [i for i, (_, end) in enumerate(self._matches) if end <= pos]
        self._select_match(before[-1] if before else len(self._matches) - 1)
        return True

    def _select_match(self, index: int) -> None:
        start, end = self._matches[index]
        self._match_index = index
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self._anchor = (start, True)
        self._apply_anchor()
        self._update_match_controls()
