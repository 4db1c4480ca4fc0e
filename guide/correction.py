"""Spelling correction of query words, toward the articles' content words and synonym keys.

A query word is corrected only when nothing knows it: not the index, not the synonym table, and
it is not a real word (:func:`is_real_word`: a stopword, one of PySastrawi's Indonesian root
words, or a function word with an affix such as "dimana"). A correction goes to a *target*
(:func:`is_target`): a content word of the index (no stopword, informal word, function word or
bare number) or a synonym key ("salary", "skill"), so "salry" becomes "salary" (which finds the
"gaji" passages), never "salah"; "dimana" is left alone, never made "gimana".

The distance allowed grows with the word: one edit up to :data:`SHORT_WORD` letters, two for
longer words. "kisah" is two insertions from "kisaran": not a correction.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from functools import cache, cached_property
from importlib import resources

from guide import analysis

MIN_CORRECTABLE = 4  # shorter words are not spell-corrected
MAX_CORRECTABLE = 30
SHORT_WORD = 5  # words up to this length are corrected by one edit at most, longer by two
INFORMAL_FILE = "informal_id.txt"
# "di"/"ke"/"se" + a stopword ("dimana", "kemana", "sekian") or a stopword + a particle
# ("manakah", "itulah", "apapun"): function words written as one word, real words all the same.
_FUNCTION_PREFIXES = ("di", "ke", "se")
_FUNCTION_SUFFIXES = ("kah", "lah", "pun", "nya")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@cache
def informal_words() -> frozenset[str]:
    """Informal words of the articles, never offered as corrections (guide/data/informal_id.txt)."""
    text = resources.files("guide.data").joinpath(INFORMAL_FILE).read_text(encoding="utf-8")
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _function_word(word: str) -> bool:
    """True for a stopword with a prefix or particle glued on ("dimana", "manakah")."""
    stop = analysis.is_stopword
    glued = any(word.startswith(p) and stop(word[len(p) :]) for p in _FUNCTION_PREFIXES)
    return glued or any(word.endswith(s) and stop(word[: -len(s)]) for s in _FUNCTION_SUFFIXES)


def is_real_word(word: str) -> bool:
    """True for a word that is never corrected: a stopword, a root word of PySastrawi's
    dictionary ("kisah", "cinta"), or a function word with an affix ("dimana")."""
    return analysis.is_stopword(word) or analysis.in_dictionary(word) or _function_word(word)


def is_target(word: str) -> bool:
    """True for a word a correction may produce: a content word, not slang or a number."""
    return (
        MIN_CORRECTABLE - 1 <= len(word) <= MAX_CORRECTABLE + 2
        and any(ch.isalpha() for ch in word)
        and not analysis.is_stopword(word)
        and word not in informal_words()
        and not _function_word(word)
    )


def _deletions(word: str) -> set[str]:
    """The word itself and every string made by deleting one of its letters."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class Vocabulary:
    """The unstemmed words of the index with document frequencies (sorted, for completions)
    and the correction targets: its content words and the synonym keys."""

    def __init__(
        self,
        freqs: dict[str, int],
        stemmed: frozenset[str],
        synonyms: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.words = sorted(freqs)
        self.freqs = freqs
        self.stemmed = stemmed
        self._synonyms = synonyms or {}

    @cached_property
    def targets(self) -> dict[str, int]:
        """{target word: weight} (see :meth:`_targets`), computed on first use."""
        return self._targets(self.freqs, self._synonyms)

    @cached_property
    def _deletes(self) -> dict[str, list[str]]:
        """The SymSpell index of the targets, built on first use (a searcher warms it up
        in the loader thread; a part of a federated search never needs its own)."""
        return self._delete_index()

    @staticmethod
    def _targets(freqs: dict[str, int], synonyms: Mapping[str, Iterable[str]]) -> dict[str, int]:
        """{target word: weight}: an index word weighs its document frequency; a synonym key's
        words weigh what its best alternative finds ("salary" as much as "gaji")."""
        targets = {word: df for word, df in freqs.items() if is_target(word)}
        for key, alternatives in synonyms.items():
            found = max(
                (min((freqs.get(w, 0) for w in alt.split()), default=0) for alt in alternatives),
                default=0,
            )
            for word in key.split():
                if is_target(word):
                    targets[word] = max(targets.get(word, 0), found)
        return targets

    def knows(self, raw: str, term: str | None) -> bool:
        """True when the raw word or its index term occurs in the articles."""
        return raw in self.freqs or (term is not None and term in self.stemmed)

    def complete(self, prefix: str, limit: int) -> list[str]:
        """Words starting with ``prefix``, most frequent first; no stopwords or bare numbers."""
        lo = bisect.bisect_left(self.words, prefix)
        hi = bisect.bisect_left(self.words, prefix + "\U0010ffff")
        found = [w for w in self.words[lo:hi] if not analysis.is_stopword(w) and not w.isdigit()]
        found.sort(key=lambda w: (-self.freqs[w], len(w), w))
        return found[:limit]

    def _delete_index(self) -> dict[str, list[str]]:
        """Each target and its one-letter deletions → the targets they come from (SymSpell)."""
        index: dict[str, list[str]] = {}
        for word in sorted(self.targets):
            for variant in _deletions(word):
                index.setdefault(variant, []).append(word)
        return index

    def correct(self, word: str) -> str | None:
        """The closest target (one edit for short words, two for longer; the more frequent on
        ties), or None, always None for a real word (see :func:`is_real_word`).

        Candidates share a one-letter deletion with ``word`` (this finds every substitution,
        insertion, deletion and transposition, and most double edits) and are then checked
        with the true distance."""
        if not MIN_CORRECTABLE <= len(word) <= MAX_CORRECTABLE or is_real_word(word):
            return None
        max_dist = 1 if len(word) <= SHORT_WORD else 2
        candidates = {c for variant in _deletions(word) for c in self._deletes.get(variant, ())}
        best: tuple[int, int, str] | None = None
        for candidate in candidates:
            dist = edit_distance(word, candidate, max_dist)
            if dist <= max_dist:
                key = (dist, -self.targets[candidate], candidate)
                if best is None or key < best:
                    best = key
        return best[2] if best else None
