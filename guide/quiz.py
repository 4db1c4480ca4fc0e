"""The class quiz "Backend atau Frontend?": questions made only of cited claims.

A question is a claim's statement from an aspect where the two roles differ (the comparison's
"Berbeda" and "Sebagian sama" rows); its answer is the role that makes it, and it carries the
claim's first citation (the reveal shows the quote and opens the reader there). Never asked: a
statement both roles make (the same text, whitespace and case aside) or a claim with no
citation. A round of ``count`` questions is drawn with ``random.Random(seed)``: the same seed
gives the same round; both roles are asked whenever both have questions.

Many statements name their own role ("Backend membuat dan mengelola API."), which would give
the answer away: a question is *shown* with the answer role's names blanked ("_____ membuat
dan mengelola API."), the other role's names left as clues; the reveal shows the statement
whole. The names are the profile's name and aliases, with or without the job word
("Backend", "back-end", "Back End Engineer", "pengembang frontend"), so a teacher's role is
blanked the same way.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from guide.compare import Comparison
from guide.profiles import Profile

ROUND = 10
BLANK = "_____"
# Job words around a role's distinctive name: "backend" is the role in "backend engineer",
# "pengembang backend" and "Back-end Developer" alike.
_JOB_WORDS = ("developer", "engineer", "programmer", "pengembang")
_SEPARATOR = r"[\s-]*"


@dataclass(frozen=True, slots=True)
class Question:
    """One statement to place: which role makes it?"""

    statement: str
    answer: str  # the role id
    choices: tuple[str, str]  # the two role ids, left first
    aspect: str  # the comparison row's aspect id
    article: str  # the first citation: article id …
    quote: str  # … and its verbatim quote
    start: int = -1  # the quote's place in the article (the reader highlights it)
    end: int = -1
    section_id: str = ""
    blanks: tuple[tuple[int, int], ...] = ()  # where the statement names the answer role

    @property
    def shown(self) -> str:
        """The statement as asked: the answer role's names blanked."""
        return "".join(BLANK if named else text for text, named in self.pieces())

    def pieces(self) -> list[tuple[str, bool]]:
        """The statement cut at its blanks: (text, True) where it names the answer role."""
        out: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.blanks:
            out += [(self.statement[at:start], False), (self.statement[start:end], True)]
            at = end
        out.append((self.statement[at:], False))
        return [(text, named) for text, named in out if text]

    def as_json(self) -> dict:
        """The CLI's JSON object (``quiz --json``)."""
        return {
            "statement": self.statement,
            "answer": self.answer,
            "choices": list(self.choices),
            "aspect": self.aspect,
            "citation": {"article": self.article, "quote": self.quote},
        }


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _core(name: str) -> str:
    """A name's distinctive words as a pattern: "Back End Engineer" → back[\\s-]*end."""
    words = [w for w in re.split(r"[\s-]+", name.casefold()) if w]
    core = list(words)
    while core and core[-1] in _JOB_WORDS:
        core.pop()
    while core and core[0] in _JOB_WORDS:
        core.pop(0)
    return _SEPARATOR.join(re.escape(w) for w in core or words)


def role_pattern(profile: Profile) -> re.Pattern[str]:
    """Where a text names ``profile``'s role (its name or an alias, job word or not)."""
    cores = sorted({c for c in map(_core, (profile.name, *profile.aliases)) if c}, key=len)
    jobs = "|".join(_JOB_WORDS)
    return re.compile(
        rf"(?<![\w-])(?:(?:{jobs})\s+)?(?:{'|'.join(reversed(cores))})"
        rf"(?:\s+(?:{jobs}))?(?=-nya\b|[^\w-]|$)",
        re.IGNORECASE,
    )


def questions(comparison: Comparison) -> list[Question]:
    """Every question the comparison allows, in row order (left role first in each row)."""
    left, right = comparison.left, comparison.right
    both = {_key(c.text) for c in left.claims()} & {_key(c.text) for c in right.claims()}
    choices = (left.id, right.id)
    found: list[Question] = []
    seen: set[str] = set()
    patterns = {left.id: role_pattern(left), right.id: role_pattern(right)}
    for row in comparison.rows:
        if not row.differs:
            continue
        for cell in (row.left, row.right):
            for claim in cell.claims:
                key = _key(claim.text)
                if not claim.citations or key in both or key in seen:
                    continue
                seen.add(key)
                first = claim.citations[0]
                found.append(
                    Question(
                        claim.text,
                        cell.role_id,
                        choices,
                        row.aspect.id,
                        first.article_id,
                        first.quote,
                        first.start,
                        first.end,
                        first.section_id,
                        tuple(m.span() for m in patterns[cell.role_id].finditer(claim.text)),
                    )
                )
    return found


def quiz_round(
    comparison: Comparison, seed: int | None = None, count: int = ROUND
) -> list[Question]:
    """``count`` questions drawn with ``seed`` (all of them when fewer), both roles asked."""
    pool = questions(comparison)
    rng = random.Random(seed)
    rng.shuffle(pool)
    chosen = pool[: max(0, count)]
    asked = {q.answer for q in chosen}
    if len(asked) == 1 and chosen:  # one role only: swap in the other's first question
        other = next((q for q in pool[len(chosen) :] if q.answer not in asked), None)
        if other is not None:
            chosen[-1] = other
    return chosen
