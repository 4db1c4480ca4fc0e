"""Compare two roles aspect by aspect, from the claims their profiles tag with each aspect.

Data-driven: a row is an aspect (seeds/profiles/aspects.toml), a cell is the claims of one role
tagged with it, and the row's mark comes from the claims' ``values``; a role added later
compares without code changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from guide.profiles import Aspect, Claim, Profile

NOT_DISCUSSED = "tidak dibahas di artikel sumber"


class RowMark(StrEnum):
    """How the two roles relate on one aspect."""

    SAME = "sama"  # the same values on both sides
    OVERLAP = "sebagian-sama"  # some values shared, some not
    DIFFERENT = "berbeda"  # no value shared
    ONE_SIDED = "hanya-satu-peran"  # only one role's articles discuss it
    UNCOMPARED = "tidak-dibandingkan"  # both discussed, but without values to compare


@dataclass(frozen=True, slots=True)
class Cell:
    """One role's claims on one aspect; empty means the articles do not discuss it."""

    role_id: str
    claims: tuple[Claim, ...]

    @property
    def discussed(self) -> bool:
        """False when no claim of this role covers the aspect."""
        return bool(self.claims)

    @property
    def values(self) -> frozenset[str]:
        """The comparable values of all the cell's claims."""
        return frozenset(v for claim in self.claims for v in claim.values)


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One aspect, both roles' cells, and what they share and where they differ."""

    aspect: Aspect
    left: Cell
    right: Cell
    mark: RowMark
    shared: tuple[str, ...]
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]

    @property
    def differs(self) -> bool:
        """True when the roles differ on this aspect."""
        return self.mark in (RowMark.DIFFERENT, RowMark.OVERLAP)

    @property
    def shares(self) -> bool:
        """True when the roles share something on this aspect."""
        return self.mark in (RowMark.SAME, RowMark.OVERLAP)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two roles side by side."""

    left: Profile
    right: Profile
    rows: tuple[ComparisonRow, ...]


def _cell(profile: Profile, aspect_id: str) -> Cell:
    return Cell(profile.id, tuple(c for c in profile.claims() if aspect_id in c.aspects))


def _mark(left: Cell, right: Cell) -> RowMark:
    if not (left.discussed and right.discussed):
        return RowMark.ONE_SIDED
    a, b = left.values, right.values
    if not a or not b:
        return RowMark.UNCOMPARED
    if a == b:
        return RowMark.SAME
    return RowMark.OVERLAP if a & b else RowMark.DIFFERENT


def compare(left: Profile, right: Profile, aspects: list[Aspect]) -> Comparison:
    """Rows for every aspect at least one of the two roles' articles discuss, in aspect order."""
    rows = []
    for aspect in aspects:
        a, b = _cell(left, aspect.id), _cell(right, aspect.id)
        if not (a.discussed or b.discussed):
            continue
        rows.append(
            ComparisonRow(
                aspect=aspect,
                left=a,
                right=b,
                mark=_mark(a, b),
                shared=tuple(sorted(a.values & b.values)),
                only_left=tuple(sorted(a.values - b.values)),
                only_right=tuple(sorted(b.values - a.values)),
            )
        )
    return Comparison(left, right, tuple(rows))
