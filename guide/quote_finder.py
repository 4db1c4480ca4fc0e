"""Where a quoted passage is in the cleaned article text (pure Python, no Qt).

    find_quote(["Satu dua.", "Tiga empat"], "dua. tiga")  -> [(0, 5, 9), (1, 0, 4)]

A citation quotes the seed file; the reader shows the cleaned text (markers, markdown and
spacing may differ), so the quote is searched ignoring whitespace and case, then comparing
letters and digits only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _not_space(char: str) -> bool:
    return not char.isspace()


def _folded(text: str, keep: Callable[[str], bool]) -> tuple[str, list[int]]:
    """The kept characters of ``text`` casefolded, and for each the offset it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if keep(char):
            folded = char.casefold()
            chars.append(folded)
            origin.extend([i] * len(folded))
    return "".join(chars), origin


def _edge(text: str, *, trailing: bool) -> str:
    """The punctuation at one end of ``text`` (after stripping spaces)."""
    text = text.strip()
    run = []
    for char in reversed(text) if trailing else text:
        if char.isalnum() or char.isspace():
            break
        run.append(char)
    return "".join(reversed(run)) if trailing else "".join(run)


def find_quote(texts: Sequence[str], quote: str, hint: int = 0) -> list[tuple[int, int, int]]:
    """Where ``quote`` is in consecutive display texts: [(text index, start, end)], or [].

    The match must start in ``texts[0]`` and may run on into the following texts. It is searched
    ignoring whitespace and case first, then (when markers, markdown or punctuation differ
    between the source and the cleaned text) comparing letters and digits only. Of several
    matches the one starting nearest ``hint`` (an offset into ``texts[0]``) wins.
    """
    for keep in (_not_space, str.isalnum):
        needle, _ = _folded(quote, keep)
        if not needle:
            continue
        pieces: list[str] = []
        owners: list[tuple[int, int]] = []
        for index, text in enumerate(texts):
            folded, origin = _folded(text, keep)
            pieces.append(folded)
            owners.extend((index, offset) for offset in origin)
        hay = "".join(pieces)
        best: tuple[int, int] | None = None
        at = hay.find(needle)
        while at >= 0 and owners[at][0] == 0:
            distance = abs(owners[at][1] - hint)
            if best is None or distance < best[0]:
                best = (distance, at)
            at = hay.find(needle, at + 1)
        if best is None:
            continue
        spans: dict[int, list[int]] = {}
        for index, offset in owners[best[1] : best[1] + len(needle)]:
            span = spans.setdefault(index, [offset, offset + 1])
            span[0] = min(span[0], offset)
            span[1] = max(span[1], offset + 1)
        found = [(index, lo, hi) for index, (lo, hi) in sorted(spans.items())]
        if keep is str.isalnum:  # give back the punctuation the comparison skipped
            lead, tail = _edge(quote, trailing=False), _edge(quote, trailing=True)
            index, lo, hi = found[0]
            if lead and texts[index][max(0, lo - len(lead)) : lo] == lead:
                found[0] = (index, lo - len(lead), hi)
            index, lo, hi = found[-1]
            if tail and texts[index][hi : hi + len(tail)] == tail:
                found[-1] = (index, lo, hi + len(tail))
        return found
    return []
