"""What the student's one-page plan ("Rencana belajarku") holds: plain data, no Qt.

The role's learning path with the student's state of each step, their bookmarks with notes,
and the cited articles (title, publisher, date). ``ui.plan_pdf`` lays it out on one A4 page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from guide.handout import require_profile, source_lines
from guide.learning import DONE, STATES

if TYPE_CHECKING:
    from guide.library import Library
    from guide.student import StudentStore


@dataclass(frozen=True, slots=True)
class PlanStep:
    """A step of the path as the plan shows it."""

    title: str
    state: str  # one of guide.learning.STATES
    source: str  # the short name of its first cited article


@dataclass(frozen=True, slots=True)
class PlanBookmark:
    """A bookmark as the plan shows it."""

    title: str
    excerpt: str
    note: str


@dataclass(frozen=True, slots=True)
class Plan:
    """The student's plan for one role."""

    role: str  # the role's name
    limits: str  # what the articles leave out of the path ("" for none)
    steps: tuple[PlanStep, ...]
    bookmarks: tuple[PlanBookmark, ...]
    sources: tuple[str, ...]

    @property
    def done(self) -> int:
        return sum(s.state == DONE for s in self.steps)


def student_plan(library: Library, store: StudentStore, role_id: str) -> Plan:
    """The plan of ``role_id`` from the student's store (KeyError for an unknown role or a
    role without a learning path)."""
    profile = require_profile(library, role_id)
    path = library.learning_path(role_id)
    if path is None:
        raise KeyError(role_id)
    states = store.states(role_id)
    labels = library.labels
    steps = tuple(
        PlanStep(
            s.title,
            states.get(s.id, STATES[0]),
            labels.get(s.citations[0].article_id, s.citations[0].article_id),
        )
        for s in path.steps
    )
    saved = store.bookmarks()
    bookmarks = tuple(PlanBookmark(b.title, b.excerpt, b.note) for b in saved)
    cited = [s.citations[0].article_id for s in path.steps]
    cited += [b.article_id for b in saved if b.article_id]
    return Plan(profile.name, path.limits, steps, bookmarks, source_lines(library, cited))
