"""Extracted facts (salaries, technology mentions, majors, companies) in the SQLite store."""

from __future__ import annotations

import json
import sqlite3

from guide.facts import Facts, ListFact, Mention, Passage, Salary, Technology

Spans = dict[str, list[tuple[int, int, str]]]  # article id -> (start, end, section id)


def section_at(spans: Spans, article_id: str, offset: int) -> str:
    """The id of the article section holding ``offset`` ("" if none)."""
    return next((sid for s, e, sid in spans.get(article_id, ()) if s <= offset < e), "")


def _passage_row(p: Passage, spans: Spans) -> dict:
    return {
        "article_id": p.article_id,
        "heading": p.heading,
        "passage": p.text,
        "start": p.start,
        "end": p.end,
        "section_id": section_at(spans, p.article_id, p.start),
    }


_PASSAGE_COLUMNS = {
    "article_id": str,
    "heading": str,
    "passage": str,
    "start": int,
    "end": int,
    "section_id": str,
}
# Table name -> (columns, primary key), created by guide.store with the other tables.
FACT_TABLES: dict[str, tuple[dict[str, type], str]] = {
    "technologies": (
        {
            "id": str,
            "ordinal": int,
            "name": str,
            "category": str,
            "category_label": str,
            "aliases": str,
        },
        "id",
    ),
    "salaries": (
        {
            "ordinal": int,
            "low": int,
            "high": int,
            "currency": str,
            "period": str,
            "period_stated": int,
            "year": int,
            "role": str,
            "reported_by": str,
            "published_by": str,
            "raw": str,
            **_PASSAGE_COLUMNS,
        },
        "ordinal",
    ),
    "mentions": (
        {
            "ordinal": int,
            "technology_id": str,
            "surface": str,
            "surface_start": int,
            "surface_end": int,
            **_PASSAGE_COLUMNS,
        },
        "ordinal",
    ),
    "list_facts": (
        {"ordinal": int, "kind": str, "value": str, **_PASSAGE_COLUMNS},
        "ordinal",
    ),
}


def fact_rows(facts: Facts, spans: Spans) -> dict[str, list[dict]]:
    """Rows of the facts tables (``technologies``, ``salaries``, ``mentions``, ``list_facts``)."""
    return {
        "technologies": [
            {
                "id": t.id,
                "ordinal": i,
                "name": t.name,
                "category": t.category,
                "category_label": facts.categories.get(t.category, t.category),
                "aliases": json.dumps(list(t.aliases), ensure_ascii=False),
            }
            for i, t in enumerate(facts.technologies)
        ],
        "salaries": [
            {
                "ordinal": i,
                "low": s.low,
                "high": s.high,
                "currency": s.currency,
                "period": s.period,
                "period_stated": int(s.period_stated),
                "year": s.year,
                "role": s.role,
                "reported_by": s.reported_by,
                "published_by": s.published_by,
                "raw": s.raw,
                **_passage_row(s.passage, spans),
            }
            for i, s in enumerate(facts.salaries)
        ],
        "mentions": [
            {
                "ordinal": i,
                "technology_id": m.technology_id,
                "surface": m.surface,
                "surface_start": m.start,
                "surface_end": m.end,
                **_passage_row(m.passage, spans),
            }
            for i, m in enumerate(facts.mentions)
        ],
        "list_facts": [
            {"ordinal": i, "kind": f.kind, "value": f.value, **_passage_row(f.passage, spans)}
            for i, f in enumerate(facts.list_facts)
        ],
    }


def _passage(row: sqlite3.Row) -> Passage:
    return Passage(row["article_id"], row["heading"], row["passage"], row["start"], row["end"])


def read_facts(conn: sqlite3.Connection) -> Facts:
    """The facts as written by :func:`write_facts` (skipped amounts are not stored)."""
    techs = conn.execute("SELECT * FROM technologies ORDER BY ordinal").fetchall()
    return Facts(
        salaries=tuple(
            Salary(
                r["low"],
                r["high"],
                r["currency"],
                r["period"],
                bool(r["period_stated"]),
                r["year"],
                r["role"],
                r["reported_by"],
                r["published_by"],
                _passage(r),
                r["raw"],
            )
            for r in conn.execute("SELECT * FROM salaries ORDER BY ordinal")
        ),
        skipped=(),
        mentions=tuple(
            Mention(
                r["technology_id"],
                r["article_id"],
                _passage(r),
                r["surface"],
                r["surface_start"],
                r["surface_end"],
            )
            for r in conn.execute("SELECT * FROM mentions ORDER BY ordinal")
        ),
        list_facts=tuple(
            ListFact(r["kind"], r["value"], _passage(r))
            for r in conn.execute("SELECT * FROM list_facts ORDER BY ordinal")
        ),
        technologies=tuple(
            Technology(r["id"], r["name"], r["category"], tuple(json.loads(r["aliases"])))
            for r in techs
        ),
        categories={r["category"]: r["category_label"] for r in techs},
    )
