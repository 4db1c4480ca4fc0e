"""What the presentation mode (F5) shows: a comparison or a role profile as a deck of slides.

Plain data, no Qt (``ui.slide_layout`` fits it to the screen, ``ui.slide_view`` shows it).
A comparison gives one slide per aspect, each role's *key point* side by side: the lead
claim's statement (the first claim with a citation) cut after its first sentence, with the
short names of its sources. A profile gives one slide per tab: the first claim of each of
the tab's groups as key points, the quick facts on Ringkasan, a chart on Gaji and Keahlian.
Every slide keeps the full claims (``details``): Enter shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from guide.handout import key_point, known_articles, require_profile

if TYPE_CHECKING:
    from guide.library import Library, QuickFacts
    from guide.profiles import Claim

CHARTS = {"gaji": "salary", "keahlian": "tech"}  # the profile tab → the chart on its slide


@dataclass(frozen=True, slots=True)
class SlidePoint:
    """A claim on a slide: its key point, its whole statement and its sources' short names."""

    text: str
    full: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SlideColumn:
    """One role's side of a comparison slide, or a profile slide's body."""

    heading: str  # the role's name ("" on a profile slide)
    points: tuple[SlidePoint, ...]  # the key points shown first
    details: tuple[SlidePoint, ...]  # every claim: what Enter reveals


@dataclass(frozen=True, slots=True)
class Slide:
    """One aspect of a comparison or one tab of a profile."""

    title: str  # the aspect's label or the tab's title (Indonesian, translated at display)
    anchor: str  # the aspect's or the tab's id: leaving the presentation goes there
    columns: tuple[SlideColumn, ...]
    mark: str = ""  # a comparison row's mark (guide.compare.RowMark value)
    shared: tuple[str, ...] = ()  # what both roles name in this aspect
    summary: str = ""  # the role's one-line summary (a profile's Ringkasan slide)
    facts: QuickFacts | None = None  # the quick facts (Ringkasan) or the chart's data
    chart: str = ""  # "salary" | "tech" | ""

    @property
    def has_details(self) -> bool:
        """Whether Enter shows more than the key points: other claims, or a key point's
        whole statement."""
        return any(
            c.details != c.points or any(p.text != p.full for p in c.points) for c in self.columns
        )


@dataclass(frozen=True, slots=True)
class Deck:
    """A presentation: its roles' names (always visible) and its slides."""

    kind: str  # "compare" | "profile"
    role_ids: tuple[str, ...]
    role_names: tuple[str, ...]
    slides: tuple[Slide, ...]

    def index_of(self, anchor: str) -> int:
        """The slide for an aspect or tab id (0 when there is none)."""
        return next((i for i, s in enumerate(self.slides) if s.anchor == anchor), 0)


def _point(claim: Claim, labels: dict[str, str]) -> SlidePoint:
    sources = tuple(labels[a] for a in known_articles(claim, labels))
    return SlidePoint(key_point(claim.text), claim.text, sources)


def _chart(section_id: str, facts: QuickFacts) -> str:
    """The tab's chart when there is something to draw."""
    chart = CHARTS.get(section_id, "")
    data = facts.salaries if chart == "salary" else facts.technologies
    return chart if chart and data else ""


def comparison_deck(library: Library, left_id: str, right_id: str) -> Deck:
    """One slide per aspect of the two roles' comparison (KeyError for an unknown role)."""
    comparison = library.comparison(left_id, right_id)
    labels = library.labels
    slides = []
    for row in comparison.rows:
        columns = []
        for cell, profile in ((row.left, comparison.left), (row.right, comparison.right)):
            cited = [c for c in cell.claims if known_articles(c, labels)]
            details = tuple(_point(c, labels) for c in cited)
            columns.append(SlideColumn(profile.name, details[:1], details))
        slides.append(
            Slide(
                row.aspect.label,
                row.aspect.id,
                tuple(columns),
                row.mark.value,
                library.shown_values(row.shared),  # "css3" → "CSS3"
            )
        )
    left, right = comparison.left, comparison.right
    return Deck("compare", (left.id, right.id), (left.name, right.name), tuple(slides))


def profile_deck(library: Library, profile_id: str) -> Deck:
    """One slide per tab of a role's profile (KeyError for an unknown role)."""
    profile = require_profile(library, profile_id)
    labels = library.labels
    facts = library.quick_facts(profile)
    slides = []
    for section in profile.sections:
        cited = [c for c in section.claims if known_articles(c, labels)]
        details = tuple(_point(c, labels) for c in cited)
        leads: dict[str, SlidePoint] = {}  # the first claim of each group, in order
        for claim, point in zip(cited, details, strict=True):
            leads.setdefault(claim.group or claim.id, point)
        first = section is profile.sections[0]
        chart = _chart(section.id, facts)
        slides.append(
            Slide(
                section.title,
                section.id,
                (SlideColumn("", tuple(leads.values()), details),),
                summary=profile.summary if first else "",
                facts=facts if first or chart else None,
                chart=chart,
            )
        )
    return Deck("profile", (profile.id,), (profile.name,), tuple(slides))
