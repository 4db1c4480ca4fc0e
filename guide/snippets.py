"""Snippets: the short passage of a hit's section shown under its heading, matched words marked."""

from __future__ import annotations

from dataclasses import dataclass

SNIPPET_CHARS = 220


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short passage of a section; ``spans`` mark the matched words (offsets into ``text``)."""

    text: str
    spans: tuple[tuple[int, int], ...]


def make_snippet(
    text: str, spans: tuple[tuple[int, int], ...], size: int = SNIPPET_CHARS
) -> Snippet:
    """The window of ``text`` with the most matched words, trimmed to word boundaries."""
    if len(text) <= size:
        return Snippet(text.replace("\n", " "), spans)
    start = _best_window(text, spans, size)
    end = min(len(text), start + size)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start + size // 2 else end
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space >= 0 else start
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    # Newlines become spaces one for one, so the spans stay valid on a single display line.
    return Snippet(prefix + text[start:end].replace("\n", " ") + suffix, inside)


def _best_window(text: str, spans: tuple[tuple[int, int], ...], size: int) -> int:
    """Start of the window holding the most distinct matched words, backed up to a sentence."""
    if not spans:
        return 0
    best_start, best_score = spans[0][0], -1
    for i, (s, _) in enumerate(spans):
        words = {text[a:b].lower() for a, b in spans[i:] if b <= s + size}
        if len(words) > best_score:
            best_start, best_score = s, len(words)
    sentence = max(text.rfind(". ", 0, best_start), text.rfind("\n", 0, best_start))
    if sentence >= 0 and best_start - sentence < size // 3:
        return sentence + 1
    return max(0, best_start - size // 5)
