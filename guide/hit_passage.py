"""Where a search hit's snippet is in its article, so the reader opens at that passage.

    snippet_range(hit, article_text, section_start, section_end) -> (start, end)
    hit_range(hit, passage) -> (start, end, section)   the same within the hit's section

A snippet is a window of the section's cleaned text (list bullets dropped, newlines made
spaces, "…" added at a cut), so its offsets are not article offsets: the snippet's words are
looked up in the article's text, whitespace-tolerant, inside the hit's section. Qt-free.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.library import Passage
    from guide.search import Hit
    from guide.store import SectionRecord

ELLIPSIS = "…"
PROBE_WORDS = 6  # words matched at each end of the snippet


# Between two words of a snippet the article may have any whitespace, a list bullet or a list
# number ("Ruby. 3. Selain"): the section's text drops them.
_GAP = r"[\s•*–-]*(?:\d{1,2}[.)])?[\s•*–-]+"


def _pattern(words: list[str]) -> re.Pattern[str]:
    """The words in order, with :data:`_GAP` between them."""
    return re.compile(_GAP.join(re.escape(w) for w in words))


def snippet_range(
    hit: Hit, article_text: str, section_start: int = 0, section_end: int = -1
) -> tuple[int, int]:
    """Article offsets of ``hit``'s snippet, searched between ``section_start`` and
    ``section_end`` (the whole article when -1); (-1, -1) when it cannot be found."""
    end_limit = len(article_text) if section_end < 0 else min(section_end, len(article_text))
    words = hit.snippet.text.strip().strip(ELLIPSIS).split()
    if not words:
        return -1, -1
    head = _pattern(words[:PROBE_WORDS]).search(article_text, section_start, end_limit)
    if head is None:
        return -1, -1
    tail = _pattern(words[-PROBE_WORDS:]).search(article_text, head.start(), end_limit)
    if tail is None:
        return head.start(), head.end()
    return head.start(), max(head.end(), tail.end())


def hit_range(hit: Hit, passage: Passage) -> tuple[int, int, SectionRecord | None]:
    """The snippet's article offsets within the hit's section of ``passage`` (the whole
    article, ``Library.open_article``), and that section; (-1, -1, None) without it."""
    section = next((s for s in passage.sections if s.id == hit.section_id), None)
    if section is None:
        return -1, -1, None
    start, end = snippet_range(hit, passage.article.text, section.start, section.end)
    return start, end, section
