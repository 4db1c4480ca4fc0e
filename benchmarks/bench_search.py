"""Search-latency benchmark: our Whoosh search vs SQLite FTS5, on the seeds and on 10,000 sections.

Corpora (built into a temporary folder, never resources/ or seeds/):

* seeds     — ``guide.build.build(seeds, tmp)``, searched with ``Searcher(tmp/"index")``;
* synthetic — 10,000 sections generated deterministically from the seed sections (see
              ``common.SYNTHETIC_METHOD``, printed with the results), indexed with
              ``guide.index.write_index``.

Engines, each query of ``common.QUERIES`` run R=20 times after one warm-up call:

* whoosh        — ``Searcher.search(query, limit=10)`` (stemming, synonyms, typo correction,
                  snippets), as the app runs it: the searcher keeps each searched word's
                  decoded postings (``guide.term_scores``, ≤ 1M postings), as search-as-you-type
                  repeats the words at every key;
* whoosh cold   — the same with that cache emptied before each run: the cost of words never
                  searched before (each section's words for snippets stay cached, as in the app);
* fts5 OR / AND — an FTS5 table (section_id UNINDEXED, heading, body) with the
                  ``unicode61 remove_diacritics 2`` tokenizer; the query tokenized with
                  ``guide.analysis.tokenize``, each token quoted and joined with OR (or AND),
                  ranked by ``bm25()`` with our heading weight, ``LIMIT 10``, with a snippet;
* suggest       — ``Searcher.suggest(prefix)`` for 1-, 2-, 3- and 5-letter prefixes.

Agreement: for each query where ours has a hit, whether FTS5 (OR)'s top 3 holds our top-1
section. Targets (issue 12), measured in the same run: search p95 ≤ 8× FTS5-OR's p95 on the
seeds and ≤ 3× on 10,000 sections; absolute figures beside them (issue 3's ≤ 10 / ≤ 50 ms).

Hostile input (seeds): the queries of tests/test_search.py's NASTY list and 300 random strings
(fixed seed: letters, digits, symbols, query syntax, emoji, controls, up to 400 characters),
each searched and completed once: the slowest must stay under 100 ms.

Run: ``uv run python benchmarks/bench_search.py [--json]`` (about 1–2 minutes on 2 cores).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import (
    QUERIES,
    SEEDS,
    SUGGEST_PREFIXES,
    SYNTHETIC_METHOD,
    fmt_ms,
    load_sections,
    log,
    machine_info,
    parse_args,
    print_json,
    print_machine,
    print_table,
    summarize_ms,
    synthetic_sections,
    time_once,
    time_repeated,
)

from guide.analysis import tokenize
from guide.build import build
from guide.index import BODY_BOOST, HEADING_BOOST, write_index
from guide.resources import DB_FILENAME, INDEX_DIRNAME
from guide.search import Searcher
from guide.store import SectionRecord

REPEAT = 20
LIMIT = 10
TARGET_P95_MS = {"seeds": 10.0, "synthetic": 50.0}
TARGET_RATIO_P95 = {"seeds": 8.0, "synthetic": 3.0}  # ours / FTS5-OR, same run
HOSTILE_LIMIT_MS = 100.0
HOSTILE_RANDOM = 300
# Queries showing what FTS5 cannot do and ours can: (query, what it needs).
RECALL_PROBES: tuple[tuple[str, str], ...] = (
    ("menyimpan", "stemming: menyimpan → simpan ← penyimpanan"),
    ("pengembang", "stemming: pengembang → kembang ← pengembangan"),
    ("pemograman", "typo correction"),
    ("kemanan", "typo correction"),
    ("salary", "synonym salary → gaji"),
    ("company", "synonym company → perusahaan"),
)


# -- FTS5 ------------------------------------------------------------------------------------


def build_fts(path: Path, sections: Sequence[tuple[SectionRecord, str]]) -> sqlite3.Connection:
    """An FTS5 table over (heading, body) of ``sections`` in a new database at ``path``."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5("
        "section_id UNINDEXED, heading, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.executemany(
        "INSERT INTO fts (section_id, heading, body) VALUES (?, ?, ?)",
        ((s.id, s.heading, s.text) for s, _ in sections),
    )
    conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    conn.commit()
    return conn


def fts_match(query: str, operator: str) -> str:
    """The FTS5 MATCH string: ``guide.analysis`` tokens, each quoted, joined with ``operator``."""
    quoted = ('"' + t.text.replace('"', '""') + '"' for t in tokenize(query))
    return f" {operator} ".join(quoted)


_FTS_SQL = (
    "SELECT section_id, heading, snippet(fts, 2, '[', ']', '…', 24) FROM fts "
    f"WHERE fts MATCH ? ORDER BY bm25(fts, 0.0, {HEADING_BOOST}, {BODY_BOOST}) LIMIT ?"
)


def fts_search(conn: sqlite3.Connection, query: str, operator: str, limit: int = LIMIT) -> list:
    """Rows (section_id, heading, snippet) of the best ``limit`` FTS5 matches."""
    match = fts_match(query, operator)
    if not match:
        return []
    return conn.execute(_FTS_SQL, (match, limit)).fetchall()


# -- measuring -------------------------------------------------------------------------------


@dataclass
class Corpus:
    """One corpus opened for both engines, and what it cost to prepare."""

    name: str
    sections: int
    searcher: Searcher
    fts: sqlite3.Connection
    prepare: dict[str, float] = field(default_factory=dict)  # step -> seconds


def per_query(
    run: Callable[[str], Any], queries: Sequence[str], repeat: int
) -> dict[str, list[float]]:
    """Seconds of ``repeat`` runs of each query after one warm-up run."""
    return {q: time_repeated(lambda q=q: run(q), repeat, warmup=1) for q in queries}


def per_query_cold(
    searcher: Searcher, queries: Sequence[str], repeat: int
) -> dict[str, list[float]]:
    """Seconds of ``repeat`` searches of each query, the searcher's postings cache emptied
    before each (the cost of a query whose words were not searched before)."""
    out = {}
    for query in queries:
        searcher.search(query, LIMIT)
        runs = []
        for _ in range(repeat):
            searcher.clear_caches()
            seconds, _ = time_once(lambda q=query: searcher.search(q, LIMIT))
            runs.append(seconds)
        out[query] = runs
    return out


def flat(samples: dict[str, list[float]]) -> list[float]:
    """All samples of all queries."""
    return [s for runs in samples.values() for s in runs]


def measure(corpus: Corpus, quiet: bool) -> dict[str, Any]:
    """Latencies, agreement and per-query details of one corpus."""
    name = corpus.name
    log(f"[{name}] whoosh search: {len(QUERIES)} queries × {REPEAT}…", quiet)
    whoosh = per_query(lambda q: corpus.searcher.search(q, LIMIT), QUERIES, REPEAT)
    log(f"[{name}] whoosh search, postings cache emptied before each run…", quiet)
    cold = per_query_cold(corpus.searcher, QUERIES, REPEAT)
    log(f"[{name}] fts5 OR/AND…", quiet)
    fts_or = per_query(lambda q: fts_search(corpus.fts, q, "OR"), QUERIES, REPEAT)
    fts_and = per_query(lambda q: fts_search(corpus.fts, q, "AND"), QUERIES, REPEAT)
    log(f"[{name}] suggest: {len(SUGGEST_PREFIXES)} prefixes × {REPEAT}…", quiet)
    suggest = per_query(lambda p: corpus.searcher.suggest(p), SUGGEST_PREFIXES, REPEAT)

    details = []
    agree = compared = both = fts_or_empty = fts_and_empty = 0
    for query in QUERIES:
        result = corpus.searcher.search(query, LIMIT)
        ours = [h.section_id for h in result.hits]
        top_or = [row[0] for row in fts_search(corpus.fts, query, "OR")]
        top_and = [row[0] for row in fts_search(corpus.fts, query, "AND")]
        fts_or_empty += not top_or
        fts_and_empty += not top_and
        same = None
        if ours:
            compared += 1
            same = ours[0] in top_or[:3]
            agree += same
            both += bool(top_or)
        stats = summarize_ms(whoosh[query])
        details.append(
            {
                "query": query,
                "whoosh_p50_ms": stats["p50_ms"],
                "whoosh_p95_ms": stats["p95_ms"],
                "whoosh_max_ms": stats["max_ms"],
                "fts5_or_p50_ms": summarize_ms(fts_or[query])["p50_ms"],
                "hits": len(ours),
                "top1": ours[0] if ours else None,
                "fts5_or_top3": top_or[:3],
                "fts5_and_hits": len(top_and),
                "top1_in_fts5_top3": same,
                "terms": len(result.terms),
                "corrected_query": result.corrected_query,
                "suggestion": result.suggestion,
            }
        )

    by_length: dict[int, list[float]] = {}
    for prefix, runs in suggest.items():
        by_length.setdefault(len(prefix), []).extend(runs)
    whoosh_stats = summarize_ms(flat(whoosh))
    cold_stats = summarize_ms(flat(cold))
    or_stats = summarize_ms(flat(fts_or))
    and_stats = summarize_ms(flat(fts_and))
    return {
        "sections": corpus.sections,
        "prepare_s": corpus.prepare,
        "target_p95_ms": TARGET_P95_MS[name],
        "target_ratio_p95": TARGET_RATIO_P95[name],
        "whoosh": whoosh_stats,
        "whoosh_cold": cold_stats,
        "fts5_or": or_stats,
        "fts5_and": and_stats,
        "ratio_whoosh_over_fts5_or": {
            "p50": round(whoosh_stats["p50_ms"] / or_stats["p50_ms"], 1),
            "p95": round(whoosh_stats["p95_ms"] / or_stats["p95_ms"], 1),
            "p95_cold": round(cold_stats["p95_ms"] / or_stats["p95_ms"], 1),
        },
        "suggest": summarize_ms(flat(suggest)),
        "suggest_by_prefix_length": {
            str(n): summarize_ms(runs) for n, runs in sorted(by_length.items())
        },
        "agreement": {
            "compared": compared,
            "top1_in_fts5_or_top3": agree,
            "rate": round(agree / compared, 3) if compared else None,
            "both_found": both,
            "rate_when_both_found": round(agree / both, 3) if both else None,
            "queries_fts5_or_no_hit": fts_or_empty,
            "queries_fts5_and_no_hit": fts_and_empty,
            "queries_whoosh_no_hit": len(QUERIES) - compared,
        },
        "queries": details,
    }


def recall_probes(corpus: Corpus) -> list[dict[str, Any]]:
    """Number of sections each engine finds for the probes (limit 200)."""
    out = []
    for query, needs in RECALL_PROBES:
        result = corpus.searcher.search(query, 200)
        out.append(
            {
                "query": query,
                "needs": needs,
                "whoosh_hits": len(result.hits),
                "whoosh_searched": result.corrected_query or query,
                "fts5_hits": len(fts_search(corpus.fts, query, "OR", 200)),
            }
        )
    return out


def hostile_queries() -> list[str]:
    """tests/test_search.py's NASTY queries and :data:`HOSTILE_RANDOM` random strings."""
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_search import NASTY

    rng = random.Random(12)
    alphabet = (
        "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 *?~^:\"()[]{}-+/.,'!&|"
        "éñü 日本語 сервер 📱💻 \x00\t\n\u200b"
    )
    words = ["backend", "data", "gaji", "AND", "OR", "NOT", "yg", "gmn", "postgre", "cara"]
    out = list(NASTY)
    for _ in range(HOSTILE_RANDOM):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        out.append(text)
    return out


def hostile(searcher: Searcher) -> dict[str, Any]:
    """Slowest and median time of one search + suggest per hostile query."""
    timed = []
    for query in hostile_queries():
        seconds, _ = time_once(lambda q=query: (searcher.search(q), searcher.suggest(q)))
        timed.append((seconds, query))
    stats = summarize_ms([t for t, _ in timed])
    return {**stats, "queries": len(timed), "slowest": max(timed)[1]}


# -- preparing the corpora -------------------------------------------------------------------


def prepare(root: Path, quiet: bool) -> tuple[Corpus, Corpus]:
    """Build the seeds and the synthetic corpus, their Whoosh indexes and FTS5 tables."""
    log("[seeds] build…", quiet)
    seeds_dir = root / "seeds"
    build_s, _ = time_once(lambda: build(SEEDS, seeds_dir, force=True))
    seed_pairs = load_sections(seeds_dir / DB_FILENAME)
    open_s, seeds_searcher = time_once(lambda: Searcher(seeds_dir / INDEX_DIRNAME))
    fts_s, seeds_fts = time_once(lambda: build_fts(root / "seeds-fts.sqlite", seed_pairs))
    seeds = Corpus(
        "seeds",
        len(seed_pairs),
        seeds_searcher,
        seeds_fts,
        {"build_s": build_s, "open_searcher_s": open_s, "fts5_index_s": fts_s},
    )

    log("[synthetic] generate 10,000 sections…", quiet)
    gen_s, syn_pairs = time_once(lambda: synthetic_sections(seed_pairs))
    log("[synthetic] Whoosh index (write_index)…", quiet)
    index_dir = root / "synthetic-index"
    index_s, _ = time_once(lambda: write_index(index_dir, syn_pairs, seed="bench-synthetic"))
    open_s, syn_searcher = time_once(lambda: Searcher(index_dir))
    log("[synthetic] FTS5 index…", quiet)
    fts_s, syn_fts = time_once(lambda: build_fts(root / "synthetic-fts.sqlite", syn_pairs))
    synthetic = Corpus(
        "synthetic",
        len(syn_pairs),
        syn_searcher,
        syn_fts,
        {
            "generate_s": gen_s,
            "whoosh_index_s": index_s,
            "open_searcher_s": open_s,
            "fts5_index_s": fts_s,
            "body_chars": sum(len(s.text) for s, _ in syn_pairs),
        },
    )
    return seeds, synthetic


# -- report ----------------------------------------------------------------------------------


def print_report(figures: dict[str, Any]) -> None:
    """The tables."""
    print("bench_search — Whoosh search vs SQLite FTS5, seeds and 10,000 synthetic sections")
    print_machine(figures["machine"])
    print(f"Queries: {len(QUERIES)} student queries, each run {REPEAT}× after 1 warm-up; limit 10.")
    print(f"Synthetic corpus: {SYNTHETIC_METHOD}")
    print()

    corpora = figures["corpora"]
    rows = []
    for name, c in corpora.items():
        p = c["prepare_s"]
        if name == "seeds":
            step = "guide.build.build (DB + index)"
            rows.append([name, c["sections"], step, f"{p['build_s']:.2f}"])
        else:
            rows.append([name, c["sections"], "generate sections", f"{p['generate_s']:.2f}"])
            rows.append(["", "", "Whoosh write_index", f"{p['whoosh_index_s']:.2f}"])
        rows.append(["", "", "open Searcher (+ vocabulary)", f"{p['open_searcher_s']:.2f}"])
        rows.append(["", "", "FTS5 table + optimize", f"{p['fts5_index_s']:.2f}"])
    print_table(["corpus", "sections", "step", "seconds"], rows)

    rows = []
    for name, c in corpora.items():
        target = f"p95 ≤ {c['target_p95_ms']:.0f}"
        for engine, key, tgt in (
            ("whoosh search", "whoosh", target),
            ("whoosh, cold cache", "whoosh_cold", ""),
            ("fts5 OR", "fts5_or", ""),
            ("fts5 AND", "fts5_and", ""),
            ("whoosh suggest", "suggest", ""),
        ):
            s = c[key]
            verdict = ""
            if tgt:
                verdict = " ok" if s["p95_ms"] <= c["target_p95_ms"] else " OVER"
            rows.append(
                [
                    name,
                    engine,
                    fmt_ms(s["p50_ms"]),
                    fmt_ms(s["p95_ms"]),
                    fmt_ms(s["max_ms"]),
                    tgt + verdict,
                ]
            )
    print_table(["corpus", "engine", "p50 ms", "p95 ms", "max ms", "target"], rows)

    rows = []
    for name, c in corpora.items():
        r, a = c["ratio_whoosh_over_fts5_or"], c["agreement"]
        target = c["target_ratio_p95"]
        verdict = "ok" if r["p95"] <= target else "OVER"
        cold = "ok" if r["p95_cold"] <= target else "OVER"
        rows.append(
            [
                name,
                f"{r['p50']}×",
                f"{r['p95']}× (≤ {target:.0f}× {verdict})",
                f"{r['p95_cold']}× ({cold})",
                f"{a['top1_in_fts5_or_top3']}/{a['compared']} ({a['rate']:.0%})",
                f"{a['top1_in_fts5_or_top3']}/{a['both_found']} ({a['rate_when_both_found']:.0%})",
                a["queries_whoosh_no_hit"],
                a["queries_fts5_or_no_hit"],
                a["queries_fts5_and_no_hit"],
            ]
        )
    print_table(
        [
            "corpus",
            "whoosh/fts5 p50",
            "p95 (target)",
            "p95 cold",
            "our top-1 in fts5 OR top-3",
            "same, both found",
            "no hit: ours",
            "fts5 OR",
            "fts5 AND",
        ],
        rows,
    )

    rows = []
    for name, c in corpora.items():
        for length, s in c["suggest_by_prefix_length"].items():
            rows.append([name, length, fmt_ms(s["p50_ms"]), fmt_ms(s["p95_ms"])])
    print("suggest() by prefix length")
    print_table(["corpus", "letters", "p50 ms", "p95 ms"], rows)

    for name, c in corpora.items():
        slow = sorted(c["queries"], key=lambda d: -d["whoosh_p95_ms"])[:6]
        print(f"Slowest queries, {name} (target p95 ≤ {c['target_p95_ms']:.0f} ms)")
        print_table(
            ["query", "p50 ms", "p95 ms", "hits", "terms", "spelling"],
            (
                [
                    d["query"],
                    fmt_ms(d["whoosh_p50_ms"]),
                    fmt_ms(d["whoosh_p95_ms"]),
                    d["hits"],
                    d["terms"],
                    (f"→ {d['corrected_query']}" if d["corrected_query"] else "")
                    or (f"did you mean {d['suggestion']}" if d["suggestion"] else ""),
                ]
                for d in slow
            ),
        )

    print("What FTS5 does not do (seeds, sections found, limit 200)")
    print_table(
        ["query", "needs", "ours", "fts5"],
        (
            [
                p["query"]
                + (f" → {p['whoosh_searched']}" if p["whoosh_searched"] != p["query"] else ""),
                p["needs"],
                p["whoosh_hits"],
                p["fts5_hits"],
            ]
            for p in figures["recall_probes"]
        ),
    )
    h = figures["hostile"]
    verdict = "ok" if h["max_ms"] < HOSTILE_LIMIT_MS else "OVER"
    print(
        f"Hostile input (seeds, search + suggest each): {h['queries']} queries, "
        f"p50 {fmt_ms(h['p50_ms'])} ms, max {fmt_ms(h['max_ms'])} ms "
        f"(< {HOSTILE_LIMIT_MS:.0f} ms {verdict}), slowest {h['slowest']!r:.60}"
    )
    print()
    print(
        "FTS5 (unicode61) has no stemming, no typo correction and no synonyms; it keeps "
        "node.js/ci/cd only as phrases of their parts. On the synthetic corpus many sections "
        "share sentences and headings, so near-ties make top-1 agreement a rough figure."
    )


def main() -> None:
    """Prepare, measure, print."""
    args = parse_args(__doc__.splitlines()[0])
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        seeds, synthetic = prepare(Path(tmp), args.json)
        try:
            figures = {
                "machine": info,
                "repeat": REPEAT,
                "limit": LIMIT,
                "queries": list(QUERIES),
                "suggest_prefixes": list(SUGGEST_PREFIXES),
                "synthetic_method": SYNTHETIC_METHOD,
                "corpora": {c.name: measure(c, args.json) for c in (seeds, synthetic)},
                "hostile": hostile(seeds.searcher),
                "recall_probes": recall_probes(seeds),
            }
        finally:
            for corpus in (seeds, synthetic):
                corpus.searcher.close()
                corpus.fts.close()
    if args.json:
        print_json(figures)
    else:
        print_report(figures)


if __name__ == "__main__":
    main()
