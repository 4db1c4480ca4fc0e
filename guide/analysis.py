"""Indonesian text analysis, shared by the index build and the search: tokens, stopwords, stems.

    tokenize(text)  -> [Token]     words with offsets into ``text``; lowercased, variants merged
    analyze(text)   -> [str]       index terms: tokenize -> drop stopwords -> stem
    term_of(word)   -> str | None  the index term of one normalised token (None: stopword)
    synonyms(word) / expand_query_words(words)   query-time alternatives (guide/data/synonyms.toml)
    indonesian_analyzer() / plain_analyzer()     the same pipeline as Whoosh analyzers

Tokens keep technical terms whole ("node.js", ".net", "ci/cd", "c++", "c#", "ui/ux": the list is
guide/data/terms.txt; letters+digits words such as "html5" need no entry), keep hyphenated words
whole ("fitur-fitur", "skill-set") and merge spelling variants in the original text, so "Back
End", "back-end" and "backend" are all the token "backend" whose offsets cover the original
spelling. Stems come from PySastrawi, called only on plain a-z words and cached.

Whoosh pickles the analyzer into the index: the tokenizer and filters below are module-level
classes without instance data; the word lists live in module-level caches loaded lazily with
``importlib.resources``. Their import path ``guide.analysis`` is part of the index format.
Bump ``ANALYSIS_VERSION`` whenever ``analyze()`` gives a different output for any input.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from whoosh import analysis as wa

from guide.messages import toml_problem

ANALYSIS_VERSION = 2  # 2: a root the word does not contain is not its stem ("kinerja")

MAX_TOKEN_CHARS = 40  # longer tokens (hashes, glued words, garbage) are not tokens

_DATA_PACKAGE = "guide.data"
STOPWORDS_FILE = "stopwords_id.txt"
TERMS_FILE = "terms.txt"
SYNONYMS_FILE = "synonyms.toml"

# Spelling variants merged into one token: canonical -> (first part, second part). Matched in
# the original text with nothing, up to three spaces or one hyphen between the parts.
VARIANTS: dict[str, tuple[str, str]] = {
    "backend": ("back", "end"),
    "frontend": ("front", "end"),
    "fullstack": ("full", "stack"),
    "devops": ("dev", "ops"),
    "startup": ("start", "up"),
}

# Sastrawi results fixed by hand: inconsistent with the other forms of the same word
# ("menguasai" -> "kuasa" but "dikuasai" -> "asai"). Misspellings ("pemograman") are not fixed
# here: the search's spelling correction handles them and tells the user it did.
STEM_OVERRIDES: dict[str, str] = {
    "dikuasai": "kuasa",
    "perancangan": "rancang",
    "beragam": "ragam",
    "terasa": "rasa",
    "menganalisis": "analisis",
    "relasional": "relasional",
    "lemot": "lemot",
}

# Possessive clitics Sastrawi only strips when the rest is in its dictionary; for other words
# ("karirmu", "fiturnya", "servernya") analysis strips them itself when enough is left.
_CLITICS = (("nya", 3), ("mu", 5), ("ku", 5))
_HYPHEN_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "pun"})

_HYPHENS = "-\u2010\u2011"
_WORD_CHAR = r"[^\W_]"  # a letter or digit of any script
_STEM_CACHE_MAX = 100_000
_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: normalised ``text`` and its ``start``/``end`` offsets in the input."""

    text: str
    start: int
    end: int


# -- data files ----------------------------------------------------------------------------


def _read_data(name: str) -> str:
    return resources.files(_DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _data_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a data file, stripped and lowercased."""
    lines = (line.strip().lower() for line in _read_data(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    """The stopword list (guide/data/stopwords_id.txt)."""
    return frozenset(_data_lines(STOPWORDS_FILE))


@cache
def technical_terms() -> frozenset[str]:
    """Terms kept whole and unstemmed (guide/data/terms.txt)."""
    return frozenset(_data_lines(TERMS_FILE))


def _case_insensitive(literal: str) -> str:
    """A regex for ``literal`` matching ASCII letters in either case (and nothing else)."""
    return "".join(
        f"[{c}{c.upper()}]" if "a" <= c <= "z" else re.escape(c) for c in literal.lower()
    )


_VARIANT_SEP = rf"(?:[ \t\u00a0]{{1,3}}|[{_HYPHENS}])?"


def _variant_pattern() -> str:
    parts = (
        _case_insensitive(a) + _VARIANT_SEP + _case_insensitive(b) for a, b in VARIANTS.values()
    )
    return "|".join(parts)


@cache
def _token_regex() -> re.Pattern[str]:
    """Variants first, then symbol terms (longest first), then words; first match wins."""
    symbol_terms = sorted(
        (t for t in technical_terms() if not t.isalnum()), key=lambda t: (-len(t), t)
    )
    not_after = rf"(?<!{_WORD_CHAR})"
    not_before = rf"(?!{_WORD_CHAR})"
    alternatives = [rf"(?P<variant>{not_after}(?:{_variant_pattern()}){not_before})"]
    if symbol_terms:
        terms = "|".join(_case_insensitive(t) for t in symbol_terms)
        alternatives.append(rf"(?P<term>{not_after}(?:{terms}){not_before})")
    letters = r"[^\W\d_]+"
    alternatives.append(rf"(?P<compound>{letters}(?:[{_HYPHENS}]{letters})+)")
    alternatives.append(rf"(?P<word>{_WORD_CHAR}+)")
    return re.compile("|".join(alternatives))


@cache
def _variant_fullmatch() -> re.Pattern[str]:
    return re.compile(_variant_pattern())


_HYPHEN_TABLE = str.maketrans({"\u2010": "-", "\u2011": "-"})
_VARIANT_STRIP = str.maketrans({" ": None, "\t": None, "\u00a0": None, **dict.fromkeys(_HYPHENS)})


def _scan(text: str) -> Iterator[tuple[str, int, int]]:
    """(normalised text, start, end) of every token of ``text``."""
    for match in _token_regex().finditer(text):
        kind = match.lastgroup
        raw = match.group()
        if kind == "word":  # by far the most common kind: tested first
            norm = raw.lower()
        elif kind == "variant":
            norm = raw.translate(_VARIANT_STRIP).lower()
        elif kind == "compound":
            norm = raw.lower().translate(_HYPHEN_TABLE)
        else:
            norm = raw.lower()
        if len(norm) <= MAX_TOKEN_CHARS:
            start, end = match.span()
            yield norm, start, end


# The Whoosh tokenizer's recent results: an index build analyses each section's title, heading
# and body for the stemmed fields and again for the "words" field (guide.index), and titles and
# headings repeat across sections. Bounded by characters; cleared whole when full.
_SCAN_MEMO_MAX_TEXT = 20_000
_SCAN_MEMO_BUDGET = 200_000
_scan_memo: dict[str, tuple[tuple[str, int, int], ...]] = {}
_scan_memo_chars = 0


def _scan_memoized(text: str) -> tuple[tuple[str, int, int], ...]:
    """``tuple(_scan(text))``, remembered for recently seen texts (thread-safe: dict ops only)."""
    global _scan_memo_chars
    found = _scan_memo.get(text)
    if found is None:
        found = tuple(_scan(text))
        if len(text) <= _SCAN_MEMO_MAX_TEXT:
            if _scan_memo_chars + len(text) > _SCAN_MEMO_BUDGET:
                _scan_memo.clear()
                _scan_memo_chars = 0
            _scan_memo[text] = found
            _scan_memo_chars += len(text)
    return found


def _normalise_whole(value: str) -> str:
    """One untokenized value (Whoosh ``tokenize=False``): lowercased, a variant merged."""
    stripped = value.strip()
    if _variant_fullmatch().fullmatch(stripped):
        return stripped.translate(_VARIANT_STRIP).lower()
    return stripped.lower()


# -- public functions ------------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` with their offsets; no stopword removal, no stemming."""
    if not text:
        return []
    return [Token(norm, start, end) for norm, start, end in _scan(text)]


def is_stopword(word: str) -> bool:
    """True if ``word`` (any case) is on the stopword list."""
    return word.lower() in stopwords()


_stem_lock = threading.Lock()
_stem_cache: dict[str, str] = {}


@cache
def _sastrawi():
    """The PySastrawi stemmer (loads its 30,000-word dictionary once)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def in_dictionary(word: str) -> bool:
    """True if ``word`` is one of PySastrawi's ~30,000 Indonesian root words."""
    try:
        return bool(_sastrawi().delegatedStemmer.dictionary.contains(word))
    except AttributeError:  # another PySastrawi layout: assume known (strip, correct nothing)
        return True


def _stem_simple(word: str) -> str:
    """Stem one a-z word without hyphens."""
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    if word in technical_terms():
        return word
    result = _sastrawi().stem(word) or word
    if result != word and not _contains_root(word, result):
        return word  # an infix form: "kinerja" (performance) is not "kerja" (work)
    if result == word and not in_dictionary(word):
        for clitic, min_rest in _CLITICS:
            rest = word[: -len(clitic)]
            if word.endswith(clitic) and len(rest) >= min_rest:
                return _stem_simple(rest)
    return result


_NASALISED = {"k": "ng", "p": "m", "t": "n", "s": "ny"}  # meN-/peN- replace these letters


def _contains_root(word: str, root: str) -> bool:
    """True if ``word`` is ``root`` with prefixes and suffixes only ("menyimpan", "penyimpanan"
    hold "simpan" or "nyimpan"); Sastrawi also undoes infixes ("kinerja" -> "kerja"), which
    would make a search for "kerja" find and mark "kinerja": those words keep their own term."""
    nasal = _NASALISED.get(root[:1])
    return root in word or (nasal is not None and nasal + root[1:] in word)


def _stem_uncached(word: str) -> str:
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    if word in technical_terms() or not _PLAIN_WORD.fullmatch(word):
        return word
    if "-" not in word:
        return _stem_simple(word)
    parts = word.split("-")
    if parts[-1] in _HYPHEN_CLITICS:  # "api-nya" -> "api"
        parts = parts[:-1]
    stems = {_stem_simple(part) for part in parts}
    if len(stems) == 1:  # reduplication: "fitur-fitur", "fitur-fiturnya", "sehari-hari"
        return stems.pop()
    return "-".join(parts)  # a compound: "skill-set", "problem-solving"


def stems_of(words: Iterable[str]) -> dict[str, str]:
    """{word: stem} for many words (the build stores this so a search starts warm)."""
    return {word: stem(word) for word in words}


def prime_stems(stems: Mapping[str, str]) -> None:
    """Fill the stem cache with known results (Sastrawi takes ~0.3 ms per new word)."""
    with _stem_lock:
        if len(_stem_cache) + len(stems) < _STEM_CACHE_MAX:
            _stem_cache.update(stems)


def stem(word: str) -> str:
    """The (lowercase) stem of one word, cached.

    Technical terms and words with digits or symbols other than inner hyphens are returned
    unchanged; reduplications give the base word ("fitur-fitur" -> "fitur").
    """
    cached = _stem_cache.get(word)
    if cached is not None:
        return cached
    with _stem_lock:
        result = _stem_uncached(word.lower())
        if len(_stem_cache) >= _STEM_CACHE_MAX:
            _stem_cache.clear()
        _stem_cache[word] = result
    return result


def term_of(token_text: str) -> str | None:
    """The index term for one normalised token text (a Token.text), or None for a stopword."""
    if token_text.lower() in stopwords():
        return None
    return stem(token_text)


def analyze(text: str) -> list[str]:
    """The index terms of ``text`` in order: tokenize, drop stopwords, stem."""
    if not text:
        return []
    stops = stopwords()
    return [stem(norm) for norm, _, _ in _scan(text) if norm not in stops]


# -- synonyms --------------------------------------------------------------------------------


def _clean_key(word: str) -> str:
    return " ".join(word.lower().split())


def _string_list(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(
            f"{SYNONYMS_FILE}: {where} harus berupa daftar teks yang tidak kosong, "
            'misalnya ["satu", "dua"]'
        )
    return [_clean_key(v) for v in value]


@cache
def synonym_table() -> Mapping[str, tuple[str, ...]]:
    """Every query word/phrase with alternatives -> its alternatives (not including itself).

    From guide/data/synonyms.toml: ``[en_id]``, ``[id_en]`` and ``[tech]`` map one way,
    ``[variants] groups`` are symmetric. Then each part of a slashed or dotted technical term
    maps to the term ("ux" -> "ui/ux", "node" -> "node.js").
    """
    try:
        data = tomllib.loads(_read_data(SYNONYMS_FILE))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{_DATA_PACKAGE}/{SYNONYMS_FILE} rusak: {toml_problem(exc)}") from exc
    table: dict[str, list[str]] = {}

    def add(key: str, alternatives: Iterable[str]) -> None:
        bucket = table.setdefault(_clean_key(key), [])
        bucket.extend(a for a in alternatives if a != _clean_key(key) and a not in bucket)

    for section in ("en_id", "id_en", "tech"):
        for key, value in data.get(section, {}).items():
            add(key, _string_list(value, f"[{section}] {key}"))
    for i, group in enumerate(data.get("variants", {}).get("groups", [])):
        members = _string_list(group, f"[variants] groups[{i}]")
        for member in members:
            add(member, members)
    for term in sorted(technical_terms()):
        if term.isalnum():
            continue
        for part in re.findall(r"[a-z0-9]+", term):
            if len(part) >= 2 and part != "js":
                add(part, [term])
    return MappingProxyType({key: tuple(alts) for key, alts in table.items() if alts})


def _singular(word: str) -> str | None:
    """The English singular of a plural key word ("skills", "companies"), if it has one."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


def synonyms(word: str) -> tuple[str, ...]:
    """Query-time alternatives of one lowercased query word or phrase; () if none.

    An English plural without its own entry takes its singular's: "skills" -> ("skill", ...).
    """
    table = synonym_table()
    key = _clean_key(word)
    found = table.get(key)
    if found is not None:
        return found
    head, _, last = key.rpartition(" ")
    singular = _singular(last)
    if singular is not None:
        singular_key = f"{head} {singular}" if head else singular
        if singular_key in table:
            return tuple(dict.fromkeys((singular_key, *table[singular_key])))
    return ()


MAX_PHRASE_WORDS = 3


def expand_query_words(words: list[str]) -> list[tuple[str, ...]]:
    """Per query word its alternatives: itself first, then its synonyms (phrases as one string).

    A run of consecutive words that is itself a multi-word key of the synonym table ("job
    description", "problem solving", "computer science") becomes ONE entry, the phrase first,
    so the result can be shorter than ``words``; all other words get one entry each.
    """
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            phrase = _clean_key(" ".join(words[i : i + size]))
            alternatives = synonyms(phrase) if " " in phrase else ()
            if alternatives:
                out.append(tuple(dict.fromkeys((phrase, *alternatives))))
                i += size
                break
        else:
            out.append(tuple(dict.fromkeys((words[i], *synonyms(words[i])))))
            i += 1
    return out


# -- Whoosh ----------------------------------------------------------------------------------


class IndonesianTokenizer(wa.Tokenizer):
    """Whoosh tokenizer yielding the tokens of :func:`tokenize` (lowercased, variants merged)."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[wa.Token]:
        t = wa.Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = _normalise_whole(value)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        scanned = _scan_memoized(value)
        if not (keeporiginal or chars):  # what the index writer asks: a shorter loop
            for pos, (norm, _, _) in enumerate(scanned, start_pos):
                t.text = norm
                t.boost = 1.0
                t.stopped = False
                if positions:
                    t.pos = pos
                yield t
            return
        for pos, (norm, start, end) in enumerate(scanned):
            t.text = norm
            t.boost = 1.0
            if keeporiginal:
                t.original = value[start:end]
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class IndonesianStopFilter(wa.Filter):
    """Whoosh filter removing stopwords (or marking them when ``removestops=False``).

    Like Whoosh's StopFilter with ``renumber=True``: the kept tokens get consecutive positions.
    """

    def __call__(self, tokens: Iterable[wa.Token]) -> Iterator[wa.Token]:
        stops = stopwords()
        pos = None
        for t in tokens:
            if t.text not in stops:
                if t.positions:
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


class IndonesianStemFilter(wa.Filter):
    """Whoosh filter replacing each (unstopped) token's text with :func:`stem` of it."""

    is_morph = True

    def __call__(self, tokens: Iterable[wa.Token]) -> Iterator[wa.Token]:
        cached = _stem_cache.get  # stem()'s own first step, without a call per token
        for t in tokens:
            if not t.stopped:
                text = t.text
                found = cached(text)
                t.text = found if found is not None else stem(text)
            yield t


def indonesian_analyzer() -> wa.Analyzer:
    """Tokenizer | stopword filter | stem filter, for the stemmed TEXT fields."""
    return IndonesianTokenizer() | IndonesianStopFilter() | IndonesianStemFilter()


def plain_analyzer() -> wa.Analyzer:
    """Tokenizer only (lowercase, variants merged), for the completion/spelling field."""
    return wa.CompositeAnalyzer(IndonesianTokenizer())
