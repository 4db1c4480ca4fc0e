"""What Ctrl+D saves from the view shown (ui.student_actions): the reader's selection (or the
section at the top of the view), the profile claim that has the keyboard or the mouse, or the
search result chosen. None when there is nothing to save there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from guide.profiles import SECTION_TITLES
from guide.student import Bookmark
from ui.content_labels import label as content_label

if TYPE_CHECKING:
    from ui.claims import ClaimWidget


def _claim_widget(widget: QWidget | None) -> ClaimWidget | None:
    from ui.claims import ClaimWidget

    while widget is not None and not isinstance(widget, ClaimWidget):
        widget = widget.parentWidget()
    return widget


def claim_bookmark(window, widget: ClaimWidget) -> Bookmark | None:
    """A profile claim as a bookmark: its role and tab as the title, the claim as words."""
    profile = window.profile.profile
    if profile is None:
        return None
    tab = next((s.id for s in profile.sections if widget.claim in s.claims), "")
    title = f"{profile.name} · {content_label(SECTION_TITLES.get(tab, tab))}"
    first = widget.claim.citations[0] if widget.claim.citations else None
    return Bookmark(
        "claim",
        title,
        widget.claim.text,
        first.article_id if first else "",
        first.start if first else -1,
        first.end if first else -1,
        first.section_id if first else "",
        profile.id,
        tab,
        widget.claim.id,
    )


def current_bookmark(window) -> Bookmark | None:
    """The bookmark Ctrl+D makes in ``window`` now (None: nothing to save here)."""
    current = window.stack.currentWidget()
    views = window.views
    if current is views.get("reader"):
        passage = window.reader.current_passage()
        marked = window.reader.marked_passage()
        if passage is None or marked is None:
            return None
        start, end, section_id, text = marked
        section = next((s for s in passage.sections if s.id == section_id), None)
        title = _title(passage, section)
        return Bookmark("passage", title, text, passage.article.id, start, end, section_id)
    if current is views.get("profile"):
        widget = _claim_widget(QApplication.focusWidget()) or _claim_widget(
            QApplication.widgetAt(QCursor.pos())
        )
        return claim_bookmark(window, widget) if widget is not None else None
    if current is views.get("search"):
        return _hit_bookmark(window)
    return None


def _hit_bookmark(window) -> Bookmark | None:
    from guide.hit_passage import hit_range

    view = window.search_view
    index = view.results.currentIndex()
    hit = view.model.hit(index.row()) if index.isValid() else None
    if hit is None or view.result is None or window.library is None:
        return None
    passage = window.library.open_article(hit.article_id)
    start, end, section = hit_range(hit, passage)
    query = view.result.corrected_query or view.result.query
    words = (
        passage.article.text[start:end] if start >= 0 else (section.text[:300] if section else "")
    )
    return Bookmark(
        "hit",
        _title(passage, section),
        words,
        hit.article_id,
        start,
        end,
        hit.section_id,
        query=query,
    )


def _title(passage, section) -> str:
    """ "Article title · Section heading" (the title alone for a section without one)."""
    heading = section.heading if section is not None else ""
    return passage.article.title + (f" · {heading}" if heading else "")
