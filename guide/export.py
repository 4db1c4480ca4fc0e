"""Profiles and the comparison as plain data (JSON) or a readable Markdown handout.

JSON keeps the article ids as data (``"article": "001"``) beside each article's short name
(``"article_label"``); the Markdown handout names articles only by that short name, as the app
does, with all quotes of one article after one ``[name]``."""

from __future__ import annotations

from collections.abc import Mapping

from guide.compare import NOT_DISCUSSED, Cell, Comparison, RowMark
from guide.facts import Facts
from guide.metadata import UNKNOWN
from guide.profiles import Claim, Profile
from guide.store import ArticleRecord

DEFAULT_COMPARISON = ("backend-developer", "frontend-developer")


def label_of(article_id: str, articles: Mapping[str, ArticleRecord]) -> str:
    """The article's short name; an article missing from ``articles`` gets a neutral one."""
    article = articles.get(article_id)
    return article.label if article is not None else "artikel tidak dikenal"


def claim_dict(claim: Claim, articles: Mapping[str, ArticleRecord]) -> dict:
    """A claim with its citations (article id, short name and title, quote, located offsets)."""
    return {
        "id": claim.id,
        "text": claim.text,
        "group": claim.group,
        "aspects": list(claim.aspects),
        "values": list(claim.values),
        "note": claim.note,
        "citations": [
            {
                "article": c.article_id,
                "article_label": label_of(c.article_id, articles),
                "article_title": articles[c.article_id].title if c.article_id in articles else "",
                "section": c.section_id,
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
            }
            for c in claim.citations
        ],
    }


def profile_dict(profile: Profile, articles: Mapping[str, ArticleRecord]) -> dict:
    """A profile, every section in tab order, every claim with its citations."""
    return {
        "id": profile.id,
        "name": profile.name,
        "aliases": list(profile.aliases),
        "summary": profile.summary,
        "claim_count": len(profile.claims()),
        "citation_count": profile.citation_count(),
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "claims": [claim_dict(c, articles) for c in s.claims],
            }
            for s in profile.sections
        ],
    }


def _cell_dict(cell: Cell, articles: Mapping[str, ArticleRecord]) -> dict:
    if not cell.discussed:
        return {"role": cell.role_id, "discussed": False, "text": NOT_DISCUSSED, "claims": []}
    claims = [claim_dict(c, articles) for c in cell.claims]
    return {"role": cell.role_id, "discussed": True, "claims": claims}


def comparison_dict(comparison: Comparison, articles: Mapping[str, ArticleRecord]) -> dict:
    """The comparison rows, each cell with its cited claims or the explicit "not discussed"."""
    return {
        "left": comparison.left.id,
        "right": comparison.right.id,
        "rows": [
            {
                "aspect": row.aspect.id,
                "label": row.aspect.label,
                "mark": row.mark.value,
                "differs": row.differs,
                "shares": row.shares,
                "shared": list(row.shared),
                "only_left": list(row.only_left),
                "only_right": list(row.only_right),
                "left": _cell_dict(row.left, articles),
                "right": _cell_dict(row.right, articles),
            }
            for row in comparison.rows
        ],
    }


def article_dict(article: ArticleRecord) -> dict:
    """An article's metadata, unknown values left empty."""
    return {
        "id": article.id,
        "label": article.label,
        "title": article.title,
        "site": article.site,
        "publisher": article.publisher,
        "author": article.author,
        "published": article.published,
        "attribution": article.attribution,
    }


def facts_dict(facts: Facts) -> dict:
    """The facts extracted by code: salaries, technology mentions per article, majors, companies."""
    counts = facts.counts
    return {
        "salaries": [
            {
                "low": s.low,
                "high": s.high,
                "currency": s.currency,
                "period": s.period,
                "period_stated": s.period_stated,
                "year": s.year,
                "role": s.role,
                "reported_by": s.reported_by,
                "published_by": s.published_by,
                "raw": s.raw,
                "article": s.passage.article_id,
                "passage": s.passage.text,
            }
            for s in facts.salaries
        ],
        "technologies": [
            {
                "id": t.id,
                "name": t.name,
                "category": facts.categories.get(t.category, t.category),
                "articles": sorted(counts.get(t.id, ())),
            }
            for t in facts.technologies
        ],
        "lists": [
            {"kind": f.kind, "value": f.value, "article": f.passage.article_id}
            for f in facts.list_facts
        ],
    }


def cite_markdown(claim: Claim, articles: Mapping[str, ArticleRecord]) -> str:
    """ "[EKRUT] “q1”, “q2”; [Startup Campus] “q3”": one name per article, then its quotes."""
    return "; ".join(
        f"[{label_of(article_id, articles)}] " + ", ".join(f"“{c.quote}”" for c in quotes)
        for article_id, quotes in claim.citations_by_article()
    )


def profile_markdown(profile: Profile, articles: Mapping[str, ArticleRecord]) -> list[str]:
    """A profile as Markdown lines: tabs as headings, claims as bullets with their quotes."""
    lines = [f"## {profile.name}", "", profile.summary, ""]
    if profile.aliases:
        lines += [f"Nama lain: {', '.join(profile.aliases)}", ""]
    for section in profile.sections:
        lines += [f"### {section.title}", ""]
        if not section.claims:
            lines += [f"_{NOT_DISCUSSED}_", ""]
        group = None
        for claim in section.claims:
            if claim.group and claim.group != group:
                lines += [*([""] if lines[-1] else []), f"**{claim.group}**", ""]
            group = claim.group
            lines.append(f"- {claim.text}")
            lines.append(f"  - Sumber: {cite_markdown(claim, articles)}")
            if claim.note:
                lines.append(f"  - Catatan editor: {claim.note}")
        lines.append("")
    return lines


MARK_WORDS = {
    RowMark.SAME: "sama",
    RowMark.OVERLAP: "sebagian sama",
    RowMark.DIFFERENT: "berbeda",
    RowMark.ONE_SIDED: "hanya dibahas untuk satu peran",
    RowMark.UNCOMPARED: "keduanya dibahas",
}  # the row's mark in words (JSON keeps the ids)


def comparison_markdown(comparison: Comparison, articles: Mapping[str, ArticleRecord]) -> list[str]:
    """The comparison as Markdown: one block per row, the mark and both cells."""
    left, right = comparison.left.name, comparison.right.name
    lines = [f"## Perbandingan: {left} vs {right}", ""]
    for row in comparison.rows:
        lines += [f"### {row.aspect.label} ({MARK_WORDS.get(row.mark, row.mark.value)})", ""]
        for name, cell in ((left, row.left), (right, row.right)):
            if not cell.discussed:
                lines.append(f"- {name}: _{NOT_DISCUSSED}_")
                continue
            for claim in cell.claims:
                lines.append(f"- {name}: {claim.text} — {cite_markdown(claim, articles)}")
        lines.append("")
    return lines


def articles_markdown(articles: list[ArticleRecord]) -> list[str]:
    """The sources by short name, with unknown metadata shown as such."""
    lines = ["## Sumber", ""]
    for a in articles:
        author = a.author or UNKNOWN
        date = a.published or UNKNOWN
        publisher = a.publisher or UNKNOWN
        lines.append(f"- [{a.label}] {a.title} — {author}, {publisher}, {date}")
    return [*lines, ""]
