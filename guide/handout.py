"""What a one-page handout holds (``panduan-karier handout``, Ctrl+P): plain data, no Qt.

A role's handout: its summary, quick facts (salary statements with source and year, majors,
example companies), and per tab the key points — claims' statements as ``export --json`` gives
them, cut after their first sentence — each with the short name of its first source. A
comparison's handout: per aspect where at least one role speaks, each side's key point. Both
end with the cited articles (title, publisher, date). ``ui.handout_pdf`` lays it out on one
A4 or Letter page; while it does not fit, :func:`shorter` gives a shorter handout — the
sources and the footer always stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from guide.facts import Salary
    from guide.library import Library
    from guide.profiles import Claim, Profile

POINTS_PER_TAB = 4
LISTED = 8  # majors, example companies on the handout
WORD_BUDGETS = (40, 32, 26, 20, 16, 12, 8)  # a point cut to this many words ("…") when full
ELLIPSIS = " …"
_ANSWER = re.compile(r"(?:fakta|faktanya|kenyataannya|padahal)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9«“\"(])")


@dataclass(frozen=True, slots=True)
class Point:
    """A key point: the statement (its first sentence) and its source's short name."""

    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Handout:
    """A role's (``rows`` empty) or a comparison's (``tabs`` empty) handout."""

    title: str
    summary: str = ""
    salaries: tuple[Salary, ...] = ()
    salary_sources: tuple[str, ...] = ()  # each salary's article, its short name
    no_salary: bool = False  # a role whose sources give no salary (said on the page)
    majors: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    tabs: tuple[tuple[str, tuple[Point, ...]], ...] = ()  # (tab title, points)
    roles: tuple[str, str] = ("", "")  # a comparison's role names
    rows: tuple[tuple[str, Point | None, Point | None, str], ...] = ()  # aspect, l, r, mark
    sources: tuple[str, ...] = field(default=())  # "[EKRUT] Title — Publisher, 2022-…"


def key_point(text: str) -> str:
    """A statement cut after its first sentence — but a myth keeps the fact that answers it
    ("Mitos: …. Fakta: …."): the myth alone would teach the opposite."""
    sentences = _SENTENCE_END.split(text.strip())
    point = sentences[0]
    for sentence in sentences[1:]:
        if not _ANSWER.match(sentence):
            break
        point += " " + sentence
    return point


def _point(claim: Claim, article_id: str, labels: dict[str, str]) -> Point:
    return Point(key_point(claim.text), labels.get(article_id, article_id))


def known_articles(claim: Claim, labels: Mapping[str, str]) -> tuple[str, ...]:
    """The articles ``claim`` cites that the library still has (``labels`` names every one),
    once each, in order: an article a teacher removed is not one (its id would be printed,
    and nobody could look it up)."""
    return tuple(dict.fromkeys(c.article_id for c in claim.citations if c.article_id in labels))


def _cited(claims: Iterable[Claim], labels: Mapping[str, str]) -> list[tuple[Claim, str]]:
    """Each claim with the first article it cites that is still there; a claim whose articles
    are all gone is left out."""
    return [(c, ids[0]) for c in claims if (ids := known_articles(c, labels))]


def source_lines(library: Library, article_ids: list[str]) -> tuple[str, ...]:
    """ "[EKRUT] Title — Publisher, 2022-…" for each article cited, once, in order."""
    lines = []
    for article_id in dict.fromkeys(article_ids):
        article = library.article(article_id)
        if article is None:
            continue
        who = article.publisher or article.site or article.author
        bits = ", ".join(b for b in (who, article.published) if b)
        lines.append(f"[{library.labels.get(article_id, article_id)}] {article.title}"
                     + (f" — {bits}" if bits else ""))  # fmt: skip
    return tuple(lines)


def _first(values: Iterable[str], count: int = LISTED) -> tuple[str, ...]:
    """The first ``count`` values, and "…" when there are more (a list cut says so)."""
    values = tuple(values)
    return values if len(values) <= count else (*values[:count], "…")


def require_profile(library: Library, profile_id: str) -> Profile:
    """The role ``profile_id`` (KeyError when there is none)."""
    profile = library.profile(profile_id)
    if profile is None:
        raise KeyError(profile_id)
    return profile


def role_handout(library: Library, profile_id: str, per_tab: int = POINTS_PER_TAB) -> Handout:
    """The handout of one role (KeyError for an unknown role)."""
    profile = require_profile(library, profile_id)
    labels = library.labels
    facts = library.quick_facts(profile)
    tabs = []
    cited: list[str] = []
    for section in profile.sections:
        claims = _cited(section.claims, labels)[:per_tab]
        if section.id == "sumber" or not claims:
            continue
        tabs.append((section.title, tuple(_point(c, a, labels) for c, a in claims)))
        cited += [article_id for _claim, article_id in claims]
    cited += [s.passage.article_id for s in facts.salaries]
    return Handout(
        title=profile.name,
        summary=profile.summary,
        salaries=facts.salaries[:3],
        # "not discussed" only where the profile says so: a Gaji tab left empty on purpose (a
        # teacher's role without one may cite an article that does give a salary)
        no_salary=not facts.salaries
        and any(s.id == "gaji" and not s.claims for s in profile.sections),
        salary_sources=tuple(
            labels.get(s.passage.article_id, s.passage.article_id) for s in facts.salaries[:3]
        ),
        majors=_first(dict.fromkeys(f.value for f in facts.majors)),
        companies=_first(dict.fromkeys(f.value for f in facts.companies)),
        tabs=tuple(tabs),
        sources=source_lines(library, cited),
    )


def comparison_handout(library: Library, left_id: str, right_id: str) -> Handout:
    """The handout of two roles side by side (KeyError for an unknown role)."""
    comparison = library.comparison(left_id, right_id)
    labels = library.labels
    rows = []
    cited: list[str] = []
    for row in comparison.rows:
        cells = []
        for cell in (row.left, row.right):
            first = _cited(cell.claims, labels)[:1]
            cells.append(_point(*first[0], labels) if first else None)
            cited += [article_id for _claim, article_id in first]
        rows.append((row.aspect.label, cells[0], cells[1], row.mark.value))
    return Handout(
        title=f"{comparison.left.name} vs {comparison.right.name}",
        roles=(comparison.left.name, comparison.right.name),
        rows=tuple(rows),
        sources=source_lines(library, cited),
    )


# -- shorter and shorter, until one page holds it -------------------------------------------------


def _words(point: Point | None) -> list[str]:
    """The point's words (a "…" it was cut with is not one)."""
    if point is None:
        return []
    return point.text.removesuffix(ELLIPSIS).split()


def _cut_to(point: Point | None, words: int) -> Point | None:
    """``point`` cut to its first ``words`` words, marked with "…" (a prefix of the claim)."""
    if point is None or len(_words(point)) <= words:
        return point
    return replace(point, text=" ".join(_words(point)[:words]) + ELLIPSIS)


def _points(handout: Handout) -> list[Point | None]:
    return [p for _, points in handout.tabs for p in points] + [
        p for _aspect, left, right, _mark in handout.rows for p in (left, right)
    ]


def _with_budget(handout: Handout, words: int) -> Handout:
    tabs = tuple((title, tuple(_cut_to(p, words) for p in ps)) for title, ps in handout.tabs)
    rows = tuple(
        (aspect, _cut_to(left, words), _cut_to(right, words), mark)
        for aspect, left, right, mark in handout.rows
    )
    return replace(handout, tabs=tabs, rows=rows)


def shorter(handout: Handout) -> Handout | None:
    """The next, shorter handout (None: nothing left to shorten). In order: the longest tab's
    last point goes (a tab keeps one); every point is cut to fewer words (40 … 8);
    the last tab or row goes (one stays); the quick facts and the summary go. The title, the
    sources and the footer always stay."""
    tabs = list(handout.tabs)
    if tabs and max(len(p) for _, p in tabs) > 1:
        at = max(range(len(tabs)), key=lambda i: len(tabs[i][1]))
        title, points = tabs[at]
        tabs[at] = (title, points[:-1])
        return replace(handout, tabs=tuple(tabs))
    longest = max((len(_words(p)) for p in _points(handout)), default=0)
    for words in WORD_BUDGETS:
        if longest > words:
            return _with_budget(handout, words)
    if len(handout.tabs) > 1:
        return replace(handout, tabs=handout.tabs[:-1])
    if len(handout.rows) > 1:
        return replace(handout, rows=handout.rows[:-1])
    if handout.salaries or handout.majors or handout.companies or handout.no_salary:
        return replace(
            handout, salaries=(), salary_sources=(), no_salary=False, majors=(), companies=()
        )
    if handout.summary:
        return replace(handout, summary="")
    return None
