"""Candidate English <-> Indonesian synonyms from the seed articles' own vocabulary (issue 12).

Not a benchmark and not a test: a helper for whoever edits guide/data/synonyms.toml. It builds
the seeds into a temporary folder, reads the index vocabulary (the plain words and the stemmed
index terms) and prints, each with the seeds it occurs in and a few words of context:

1. transliterations: Indonesian words of the articles with an English form made by suffix and
   spelling rules (-asi -> -ation, -si -> -tion/-sion, -itas -> -ity, -ur -> -ure, -if -> -ive,
   -is -> -ic/-ical, -ensi -> -ence/-ency, -ma -> -m, k -> c, ks -> x ...). The English form is
   a guess to read, not a fact: "referensi" is not "referention".
2. pairs in the articles: English words the articles use that look like one of their
   Indonesian words ("integration" beside "integrasi", "monitoring" beside "memonitor").
3. alternatives of synonyms.toml that are not in the index vocabulary (in [en_id], [id_en]
   and [tech], what tests/test_synonym_vocabulary.py rejects; phrases are checked there).

Nothing is written. Read each context before adding a mapping: only add it when the Indonesian
word means the English one in the article.

    uv run python benchmarks/synonym_candidates.py [--context N]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import tomllib
from collections import defaultdict
from importlib import resources
from pathlib import Path

from guide import analysis
from guide.build import build
from guide.resources import INDEX_DIRNAME
from guide.search import Searcher

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Indonesian ending -> English endings (longest first wins). Applied after the spelling rules.
SUFFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("isasi", ("ization", "isation")),
    ("ifikasi", ("ification",)),
    ("asi", ("ation",)),
    ("ensi", ("ence", "ency")),
    ("ansi", ("ance", "ancy")),
    ("ksi", ("ction",)),
    ("psi", ("ption",)),
    ("si", ("tion", "sion", "sis")),
    ("itas", ("ity",)),
    ("isme", ("ism",)),
    ("ika", ("ic", "ics")),
    ("ik", ("ic", "ics", "ique")),
    ("is", ("ic", "ical", "is")),
    ("if", ("ive",)),
    ("ur", ("ure",)),
    ("er", ("er",)),
    ("en", ("ent",)),
    ("al", ("al",)),
    ("ma", ("m",)),
    ("us", ("ous",)),
)
# Indonesian spellings of English letters, undone before the suffix rules.
SPELLING_RULES: tuple[tuple[str, str], ...] = (
    ("ks", "x"),
    ("kw", "qu"),
    ("ku", "qu"),
    ("k", "c"),
    ("f", "ph"),
    ("ts", "tz"),
)


def english_guesses(word: str) -> list[str]:
    """English forms of an Indonesian loan word by the rules above (may be empty or wrong)."""
    if not re.fullmatch(r"[a-z]{5,}", word):
        return []
    rule = next(
        ((ending, english) for ending, english in SUFFIX_RULES if word.endswith(ending)), None
    )
    if rule is None or len(word) - len(rule[0]) < 3:
        return []
    stems = {word[: -len(rule[0])]}
    for old, new in SPELLING_RULES:
        stems |= {s.replace(old, new) for s in stems}
    return sorted({s + e for s in stems for e in rule[1]})


def skeleton(word: str) -> str:
    """A rough spelling key shared by an English word and its Indonesian loan ("encryption"
    and "enkripsi" -> "enkryp"): common endings cut, c/q -> k, x -> ks, ph -> f, doubled
    letters once."""
    w = word.lower()
    for ending in ("ation", "ition", "tion", "sion", "asi", "isi", "si", "ity", "itas", "ing"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[: -len(ending)]
            break
    w = w.replace("ph", "f").replace("qu", "kw").replace("x", "ks").replace("c", "k")
    return re.sub(r"(.)\1+", r"\1", w)


def seed_texts() -> dict[str, str]:
    """{seed id: article text} as listed in seeds/articles.toml."""
    meta = tomllib.loads((SEEDS / "articles.toml").read_text(encoding="utf-8"))
    return {aid: (SEEDS / m["file"]).read_text(encoding="utf-8") for aid, m in meta.items()}


def occurrences(texts: dict[str, str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """{token text: {seed id: [(start, end), ...]}} over all seeds."""
    found: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for aid, text in texts.items():
        for token in analysis.tokenize(text):
            found[token.text][aid].append((token.start, token.end))
    return found


def context(text: str, start: int, end: int, width: int) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def show(word: str, occ, texts: dict[str, str], width: int, limit: int = 2) -> None:
    places = occ.get(word, {})
    print(f"    {word}: seeds {' '.join(sorted(places)) or '-'}")
    shown = 0
    for aid in sorted(places):
        for start, end in places[aid]:
            if shown == limit:
                return
            print(f"      {aid}: …{context(texts[aid], start, end, width)}…")
            shown += 1


def synonym_targets() -> list[tuple[str, str, str]]:
    """(section, key, alternative) for every alternative of synonyms.toml."""
    raw = resources.files("guide.data").joinpath("synonyms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    out = []
    for section in ("en_id", "id_en", "tech"):
        for key, alternatives in data.get(section, {}).items():
            out += [(section, key, alt) for alt in alternatives]
    for group in data.get("variants", {}).get("groups", []):
        out += [("variants", group[0], alt) for alt in group]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--context", type=int, default=50, help="characters of context")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="synonym-candidates-") as tmp:
        out = Path(tmp) / "data"
        build(SEEDS, out)
        searcher = Searcher(out / INDEX_DIRNAME)
        try:
            words = dict(searcher.vocabulary.freqs)
            terms = frozenset(searcher.vocabulary.stemmed)
        finally:
            searcher.close()
    texts = seed_texts()
    occ = occurrences(texts)
    table = analysis.synonym_table()
    mapped = set(table) | {alt for alts in table.values() for alt in alts}
    content = sorted(w for w in words if not analysis.is_stopword(w) and w.isalpha())
    print(f"index: {len(words)} words, {len(terms)} terms; {len(texts)} seeds\n")

    print("1. Indonesian words with an English form by rule (* = already in synonyms.toml)")
    for word in content:
        guesses = english_guesses(word)
        if guesses and word == analysis.stem(word):
            mark = "*" if word in mapped else " "
            print(f"  {mark} {word} -> {', '.join(guesses)}")
            show(word, occ, texts, args.context, limit=1)

    print("\n2. English words of the articles that look like an Indonesian word of the articles")
    english = [w for w in content if not analysis.in_dictionary(w) and w == analysis.stem(w)]
    indonesian = [w for w in content if w not in english]
    by_key: dict[str, list[str]] = defaultdict(list)
    for w in indonesian:
        by_key[skeleton(w)].append(w)
    keys = list(by_key)
    for w in english:
        close = difflib.get_close_matches(skeleton(w), keys, n=3, cutoff=0.8)
        pairs = [i for key in close for i in by_key[key] if i != w]
        if pairs:
            print(f"  {w} ~ {', '.join(pairs)}")
            show(w, occ, texts, args.context, limit=1)
            for i in pairs[:2]:
                show(i, occ, texts, args.context, limit=1)

    print("\n3. synonyms.toml alternatives that are not in the index vocabulary")
    missing = 0
    for section, key, alt in synonym_targets():
        analysed = analysis.analyze(alt)
        if not analysed or not set(analysed) <= terms:
            print(f"  [{section}] {key}: {alt!r} -> {analysed}")
            missing += 1
    print(f"  {missing} missing ([variants] members are spellings students type: fine as long")
    print("  as one member of each group occurs; tests/test_analysis.py checks that)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
