"""Where search time goes: cProfile over the benchmark queries, split into ours and Whoosh's.

Builds the seeds (and, with ``--synthetic``, the 10,000 synthetic sections of bench_search)
into a temporary folder, runs every query of ``common.QUERIES`` ``--rounds`` times (after one
warm-up round) under cProfile, and prints the total, the share of the time spent in
``guide/``, in ``whoosh/`` and elsewhere (each function's own time, by file), and the
functions with the most own time.

Run: ``uv run python benchmarks/profile_search.py [--synthetic] [--rounds N]``. It only uses
``Searcher.search``, so it also runs against older commits (a git worktree) for a before/after.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

from common import QUERIES, SEEDS, load_sections, machine_info, print_machine, synthetic_sections

from guide.build import build
from guide.index import write_index
from guide.resources import DB_FILENAME, INDEX_DIRNAME
from guide.search import Searcher


def _package(filename: str) -> str:
    if "/whoosh/" in filename:
        return "whoosh"
    if "/guide/" in filename:
        return "guide (ours)"
    return "other (Python, Sastrawi, …)"


def profile(index_dir: Path, rounds: int) -> None:
    """Profile ``rounds`` rounds of the queries on the index in ``index_dir`` and print."""
    searcher = Searcher(index_dir)
    for query in QUERIES:
        searcher.search(query)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for query in QUERIES:
            searcher.search(query)
    profiler.disable()
    stats = pstats.Stats(profiler)
    own: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        own[_package(filename)] = own.get(_package(filename), 0.0) + tottime
    total = sum(own.values())
    searches = rounds * len(QUERIES)
    each = 1000 * total / searches
    print(f"{searches} searches, {total:.2f} s under the profiler ({each:.2f} ms each)")
    for name, seconds in sorted(own.items(), key=lambda item: -item[1]):
        print(f"  {name:30} {seconds:6.2f} s  {seconds / total:5.0%}")
    print()
    stats.sort_stats("tottime").print_stats(12)
    searcher.close()


def main() -> None:
    """Build, profile, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", action="store_true", help="10,000 synthetic sections")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print_machine(machine_info())
    with tempfile.TemporaryDirectory(prefix="profile-search-") as tmp:
        root = Path(tmp)
        build(SEEDS, root / "seeds", force=True)
        index_dir = root / "seeds" / INDEX_DIRNAME
        if args.synthetic:
            pairs = synthetic_sections(load_sections(root / "seeds" / DB_FILENAME))
            index_dir = root / "synthetic"
            write_index(index_dir, pairs, seed="bench-synthetic")
        profile(index_dir, args.rounds)


if __name__ == "__main__":
    main()
