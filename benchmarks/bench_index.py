"""Index-writing benchmark: write_index whole, and one article added, replaced, deleted in place.

Corpora (built into a temporary folder, never resources/ or seeds/):

* seeds     — the seed sections of ``guide.build.build(seeds, tmp)``, indexed again with
              ``guide.index.write_index`` (timed alone);
* synthetic — 10,000 sections generated deterministically from the seed sections (see
              ``common.SYNTHETIC_METHOD``), indexed with ``write_index``.

Then on a copy of the synthetic index, for each merge policy (Whoosh's default "merge small
segments" and ``merge=False``), CYCLES times: add one typical article (``ARTICLE_SECTIONS``
sections of seed sentences, deterministic, ≤ 50 kB, with a marker word no seed has), open a
new ``Searcher`` and check the marker finds it, replace it (a new marker), delete it; finally
``optimize``. The first cycle also checks that the replaced and deleted versions are gone.
One more add runs in a fresh process (imports done, stem cache empty, Sastrawi not loaded).

Run: ``uv run python benchmarks/bench_index.py [--json]`` (about 1–2 minutes on 2 cores).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import (
    REPO,
    SEEDS,
    SYNTHETIC_METHOD,
    fmt_ms,
    load_sections,
    log,
    machine_info,
    parse_args,
    print_json,
    print_machine,
    print_table,
    sentence_pool,
    summarize_ms,
    synthetic_sections,
    time_once,
)

from guide.build import build
from guide.index_write import add_sections, delete_article, optimize, replace_article
from guide.resources import DB_FILENAME
from guide.search import Searcher
from guide.store import BlockRecord, SectionRecord

CYCLES = 5
ARTICLE_ID = "bench-new"
ARTICLE_SECTIONS = 20
ARTICLE_SEED = 12
MAX_ARTICLE_CHARS = 50_000
MARKERS = ("zirkoniumbench", "vanadiumbench")  # in no seed: only the new article has them
TARGET_ADD_S = 1.0
POLICIES = {"merge small (default)": True, "merge=False": False}

Pairs = list[tuple[SectionRecord, str]]


def typical_article(seeds: Sequence[tuple[SectionRecord, str]], marker: str, seed: int) -> Pairs:
    """``ARTICLE_SECTIONS`` sections of 5–12 seed sentences under seed headings, one title,
    ``marker`` in the first section; at most ``MAX_ARTICLE_CHARS`` characters of text."""
    rng = random.Random(seed)
    pool = sentence_pool(seeds)
    title = f"Catatan guru: {rng.choice(seeds)[1]}"
    out: Pairs = []
    budget = MAX_ARTICLE_CHARS
    for ordinal in range(1, ARTICLE_SECTIONS + 1):
        sentences = rng.sample(pool, rng.randint(5, 12))
        if ordinal == 1:
            sentences[0] = f"Siswa belajar {marker} bersama guru. {sentences[0]}"
        text = "\n\n".join(sentences)[: budget // (ARTICLE_SECTIONS - ordinal + 1)]
        budget -= len(text)
        heading = rng.choice(seeds)[0].heading
        section = SectionRecord(
            id=f"{ARTICLE_ID}-{ordinal:02d}",
            article_id=ARTICLE_ID,
            ordinal=ordinal,
            heading=heading,
            level=2,
            start=0,
            end=len(text),
            text=text,
            blocks=(BlockRecord("paragraph", text, 0, len(text)),),
        )
        out.append((section, title))
    return out


def article_chars(pairs: Pairs) -> int:
    """Characters of title, headings and text of an article's sections."""
    return len(pairs[0][1]) + sum(len(s.heading) + len(s.text) for s, _ in pairs)


def found(index_dir: Path, word: str) -> tuple[float, bool, bool]:
    """(seconds to open a new Searcher and search, new article is the top hit, found at all)."""

    def run() -> list[str]:
        searcher = Searcher(index_dir)
        try:
            return [h.article_id for h in searcher.search(word, limit=10).hits]
        finally:
            searcher.close()

    seconds, articles = time_once(run)
    return seconds, bool(articles) and articles[0] == ARTICLE_ID, ARTICLE_ID in articles


def segments(index_dir: Path) -> int:
    """Number of segments of the index now."""
    from guide.index import open_index

    ix = open_index(index_dir)
    try:
        return len(ix._segments())
    finally:
        ix.close()


def cycles(index_dir: Path, v1: Pairs, v2: Pairs, merge: bool, quiet: bool) -> dict[str, Any]:
    """CYCLES × (add, search, replace, delete) on ``index_dir``, then optimize."""
    times: dict[str, list[float]] = {"add": [], "search": [], "replace": [], "delete": []}
    checks: dict[str, bool] = {}
    seg_counts = []
    for cycle in range(CYCLES):
        log(f"  cycle {cycle + 1}/{CYCLES}", quiet)
        seconds, added = time_once(lambda: add_sections(index_dir, v1, merge=merge))
        assert added == len(v1)
        times["add"].append(seconds)
        seconds, top, _ = found(index_dir, MARKERS[0])
        times["search"].append(seconds)
        checks[f"cycle {cycle + 1}: added article is the top hit"] = top
        seconds, counts = time_once(lambda: replace_article(index_dir, ARTICLE_ID, v2, merge))
        assert counts == (len(v1), len(v2)), counts
        times["replace"].append(seconds)
        if cycle == 0:
            checks["replaced: new text found"] = found(index_dir, MARKERS[1])[1]
            checks["replaced: old text gone"] = not found(index_dir, MARKERS[0])[2]
        seconds, deleted = time_once(lambda: delete_article(index_dir, ARTICLE_ID, merge))
        assert deleted == len(v2), deleted
        times["delete"].append(seconds)
        if cycle == 0:
            checks["deleted: not found"] = not found(index_dir, MARKERS[1])[2]
        seg_counts.append(segments(index_dir))
    log("  optimize", quiet)
    optimize_s, count = time_once(lambda: optimize(index_dir))
    return {
        "merge": merge,
        "add": summarize_ms(times["add"]),
        "search_after_add": summarize_ms(times["search"]),
        "replace": summarize_ms(times["replace"]),
        "delete": summarize_ms(times["delete"]),
        "add_s_samples": [round(s, 4) for s in times["add"]],
        "segments_after_each_cycle": seg_counts,
        "optimize_s": round(optimize_s, 3),
        "sections_after_optimize": count,
        "checks": checks,
    }


_COLD_ADD = """
import json, sys, time
from pathlib import Path
from guide.index_write import add_sections
from guide.store import BlockRecord, SectionRecord
pairs = [
    (SectionRecord(**{**s, "blocks": tuple(BlockRecord(**b) for b in s["blocks"])}), t)
    for s, t in json.loads(sys.stdin.read())
]
start = time.perf_counter()
add_sections(Path(sys.argv[1]), pairs)
print(time.perf_counter() - start)
"""


def cold_add(index_dir: Path, pairs: Pairs) -> float:
    """Seconds of one add_sections call in a fresh process (after its imports)."""
    payload = json.dumps(
        [
            (
                {
                    **{f: getattr(s, f) for f in SectionRecord.__slots__ if f != "blocks"},
                    "blocks": [{f: getattr(b, f) for f in BlockRecord.__slots__} for b in s.blocks],
                },
                title,
            )
            for s, title in pairs
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", _COLD_ADD, str(index_dir)],
        input=payload,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return float(result.stdout.strip())


def measure(root: Path, quiet: bool) -> dict[str, Any]:
    """All figures."""
    log("[seeds] build…", quiet)
    build(SEEDS, root / "built", force=True)
    seed_pairs = load_sections(root / "built" / DB_FILENAME)
    from guide.index import write_index

    log("[seeds] write_index…", quiet)
    seeds_s, _ = time_once(lambda: write_index(root / "seeds-index", seed_pairs, seed="bench"))
    log("[synthetic] write_index of 10,000 sections…", quiet)
    syn_pairs = synthetic_sections(seed_pairs)
    syn_dir = root / "synthetic-index"
    syn_s, _ = time_once(lambda: write_index(syn_dir, syn_pairs, seed="bench-synthetic"))

    v1 = typical_article(seed_pairs, MARKERS[0], ARTICLE_SEED)
    v2 = typical_article(seed_pairs, MARKERS[1], ARTICLE_SEED + 1)
    policies = {}
    for name, merge in POLICIES.items():
        log(f"[synthetic] add/replace/delete, {name}…", quiet)
        work = root / f"work-{int(merge)}"
        shutil.copytree(syn_dir, work)
        policies[name] = cycles(work, v1, v2, merge, quiet)
        shutil.rmtree(work)
    log("[synthetic] add in a fresh process…", quiet)
    work = root / "work-cold"
    shutil.copytree(syn_dir, work)
    cold_s = cold_add(work, v1)
    return {
        "write_index_s": {
            "seeds": {"sections": len(seed_pairs), "seconds": round(seeds_s, 3)},
            "synthetic": {"sections": len(syn_pairs), "seconds": round(syn_s, 3)},
        },
        "article": {
            "sections": len(v1),
            "chars": article_chars(v1),
            "replacement_sections": len(v2),
            "replacement_chars": article_chars(v2),
        },
        "policies": policies,
        "cold_add_s": round(cold_s, 3),
        "target_add_s": TARGET_ADD_S,
    }


def print_report(figures: dict[str, Any]) -> None:
    """The tables."""
    print("bench_index — write_index whole, and one article changed in a 10,000-section index")
    print_machine(figures["machine"])
    print(f"Synthetic corpus: {SYNTHETIC_METHOD}")
    art = figures["article"]
    print(
        f"Article: {art['sections']} sections, {art['chars']:,} characters (replacement "
        f"{art['replacement_sections']} sections, {art['replacement_chars']:,}); "
        f"{CYCLES} cycles per policy."
    )
    print()
    w = figures["write_index_s"]
    print_table(
        ["corpus", "sections", "write_index s"],
        [[name, c["sections"], f"{c['seconds']:.2f}"] for name, c in w.items()],
    )
    rows = []
    target_ms = figures["target_add_s"] * 1000
    for name, p in figures["policies"].items():
        for op, key in (
            ("add", "add"),
            ("new Searcher + search", "search_after_add"),
            ("replace", "replace"),
            ("delete", "delete"),
        ):
            s = p[key]
            target = ""
            if op == "add":
                verdict = "ok" if s["max_ms"] < target_ms else "OVER"
                target = f"max < {target_ms:.0f} {verdict}"
            rows.append([name, op, s["n"], fmt_ms(s["p50_ms"]), fmt_ms(s["max_ms"]), target])
        rows.append([name, "optimize", 1, fmt_ms(p["optimize_s"] * 1000), "", ""])
    print_table(["policy", "operation", "n", "p50 ms", "max ms", "target"], rows)
    cold_ms = figures["cold_add_s"] * 1000
    verdict = "ok" if cold_ms < target_ms else "OVER"
    print(f"add in a fresh process (stem cache empty): {fmt_ms(cold_ms)} ms ({verdict})")
    for name, p in figures["policies"].items():
        print(f"segments after each cycle, {name}: {p['segments_after_each_cycle']}")
    failed = [
        f"{name}: {check}"
        for name, p in figures["policies"].items()
        for check, ok in p["checks"].items()
        if not ok
    ]
    print("checks: " + ("all passed" if not failed else "FAILED " + "; ".join(failed)))


def main() -> None:
    """Measure, print."""
    args = parse_args(__doc__.splitlines()[0])
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        figures = {"machine": info, "cycles": CYCLES, **measure(Path(tmp), args.json)}
    if args.json:
        print_json(figures)
    else:
        print_report(figures)


if __name__ == "__main__":
    main()
