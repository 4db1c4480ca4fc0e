"""Quick facts of a teacher's role, from what it cites (the program's roles get theirs from the
build): the salary statements the facts extractor finds in the cited passages, and the
technologies mentioned in the articles the role cites, counted over those articles."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from guide.facts import extract_salaries, find_mentions
from guide.personal_schema import parsed_article

if TYPE_CHECKING:
    from guide.library import Library, QuickFacts
    from guide.profiles import Profile

MAX_TECHNOLOGIES = 8


def teacher_quick_facts(library: Library, profile: Profile) -> QuickFacts:
    """The Ringkasan box of a teacher's role (no majors or companies: the build's lists are
    the bundled articles')."""
    from guide.library import QuickFacts, TechCount

    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in profile.claims():
        for citation in claim.citations:
            if citation.start >= 0:  # a broken citation cites nothing any more
                spans.setdefault(citation.article_id, []).append((citation.start, citation.end))
    salaries = []
    mentioned: dict[str, set[str]] = {}
    for article_id, cited in spans.items():
        try:
            passage = library.open_article(article_id)
        except KeyError:
            continue
        text = passage.article.text
        parsed = parsed_article(article_id, passage.article.title, list(passage.sections))
        found, _skipped = extract_salaries(article_id, text, parsed, None)
        article = passage.article
        who = article.publisher or article.site or article.author  # who published it
        salaries += [
            replace(s, published_by=who)
            for s in found
            if any(s.passage.start < e and a < s.passage.end for a, e in cited)
        ]
        for mention in find_mentions(article_id, text, parsed):
            mentioned.setdefault(mention.technology_id, set()).add(article_id)
    facts = library.facts
    technologies = [
        TechCount(
            tech,
            facts.categories.get(tech.category, tech.category),
            tuple(sorted(mentioned[tech.id])),
            len(spans),
        )
        for tech in facts.technologies
        if tech.id in mentioned
    ]
    technologies.sort(key=lambda t: (-len(t.articles), t.technology.name.casefold()))
    return QuickFacts(
        salaries=tuple(salaries),
        technologies=tuple(technologies[:MAX_TECHNOLOGIES]),
        majors=(),
        companies=(),
    )
