"""Building a teacher's profile a quote at a time (what the reader's "Kutip ke profil…" does),
as plain functions on :class:`guide.profiles.Profile` values: a new role, a new claim in a tab,
or a quote added to an existing claim as a further source. No Qt; the caller checks the
result (:func:`guide.teacher_profiles.checked_for_saving`) and stores it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from guide.profiles import SECTION_IDS, SECTION_TITLES, Citation, Claim, Profile, ProfileSection

PROFILE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # as a pack's manifest requires
EDITABLE_SECTIONS = tuple(s for s in SECTION_IDS if s != "sumber")  # "Sumber" is built


def slug(text: str, fallback: str = "peran") -> str:
    """Lowercase ASCII letters, digits and hyphens ("UI/UX Designer" → "ui-ux-designer")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:48].strip("-")
    return found or fallback


def unique(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… when taken."""
    taken = set(taken)
    found, n = base, 2
    while found in taken:
        found, n = f"{base}-{n}", n + 1
    return found


def new_profile(name: str, aliases: Iterable[str], summary: str, taken: Iterable[str]) -> Profile:
    """An empty role named ``name`` with an id no other role uses."""
    return Profile(
        id=unique(slug(name), taken),
        name=name.strip(),
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        summary=summary.strip(),
        sections=(),
    )


def with_new_claim(
    profile: Profile,
    section_id: str,
    statement: str,
    citation: Citation,
    aspect: str = "",
    group: str = "",
) -> tuple[Profile, str]:
    """The profile with a new claim (the statement and its one citation) at the end of tab
    ``section_id`` (created in its place when missing); (profile, the claim's id)."""
    if section_id not in EDITABLE_SECTIONS:
        raise ValueError(f"unknown tab {section_id!r}")
    taken = {c.id for c in profile.claims()}
    claim = Claim(
        id=unique(slug(statement, "klaim")[:40].strip("-") or "klaim", taken),
        text=statement.strip(),
        citations=(Citation(citation.article_id, citation.quote),),
        group=group.strip(),
        aspects=(aspect,) if aspect else (),
    )
    sections = list(profile.sections)
    found = next((i for i, s in enumerate(sections) if s.id == section_id), None)
    if found is None:
        sections.append(ProfileSection(section_id, SECTION_TITLES[section_id], (claim,)))
        sections.sort(key=lambda s: SECTION_IDS.index(s.id))
    else:
        section = sections[found]
        sections[found] = replace(section, claims=(*section.claims, claim))
    return replace(profile, sections=tuple(sections)), claim.id


def with_citation(profile: Profile, claim_id: str, citation: Citation) -> Profile:
    """The profile with ``citation`` added to claim ``claim_id`` as a further source."""
    sections = []
    found = False
    for section in profile.sections:
        claims = []
        for claim in section.claims:
            if claim.id == claim_id:
                found = True
                added = Citation(citation.article_id, citation.quote)
                claim = replace(claim, citations=(*claim.citations, added))
            claims.append(claim)
        sections.append(replace(section, claims=tuple(claims)))
    if not found:
        raise KeyError(claim_id)
    return replace(profile, sections=tuple(sections))


def _map_claims(
    profile: Profile, change: Callable[[ProfileSection, list[Claim]], list[Claim]]
) -> Profile:
    """The profile with ``change(section, claims) -> claims`` applied to every tab; tabs
    left without claims are dropped."""
    sections = []
    for section in profile.sections:
        claims = tuple(change(section, list(section.claims)))
        if claims:
            sections.append(replace(section, claims=claims))
    return replace(profile, sections=tuple(sections))


def with_claim_text(profile: Profile, claim_id: str, text: str) -> Profile:
    """The profile with claim ``claim_id``'s statement replaced (ValueError when empty)."""
    if not text.strip():
        raise ValueError("empty statement")
    return _map_claims(
        profile,
        lambda _s, claims: [
            replace(c, text=text.strip()) if c.id == claim_id else c for c in claims
        ],
    )


def with_claim_moved(profile: Profile, claim_id: str, step: int) -> Profile:
    """The profile with claim ``claim_id`` moved ``step`` places within its tab (clamped)."""

    def move(_section: ProfileSection, claims: list[Claim]) -> list[Claim]:
        at = next((i for i, c in enumerate(claims) if c.id == claim_id), None)
        if at is None:
            return claims
        to = max(0, min(len(claims) - 1, at + step))
        claims.insert(to, claims.pop(at))
        return claims

    return _map_claims(profile, move)


def without_claim(profile: Profile, claim_id: str) -> Profile:
    """The profile without claim ``claim_id`` (an emptied tab goes too)."""
    return _map_claims(profile, lambda _s, claims: [c for c in claims if c.id != claim_id])


def without_citation(profile: Profile, claim_id: str, index: int) -> Profile:
    """The profile without the ``index``-th citation of claim ``claim_id``; a claim left
    without any citation goes too (every claim cites)."""

    def drop(_section: ProfileSection, claims: list[Claim]) -> list[Claim]:
        out = []
        for claim in claims:
            if claim.id == claim_id:
                kept = tuple(c for i, c in enumerate(claim.citations) if i != index)
                if not kept:
                    continue
                claim = replace(claim, citations=kept)
            out.append(claim)
        return out

    return _map_claims(profile, drop)
