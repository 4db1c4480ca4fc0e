"""How students type a question, made searchable (data: guide/data/chat_id.toml).

    normalise(words, known)  chat abbreviations and informal spellings -> standard words
                             ("yg" -> "yang", "gmn" -> "bagaimana"), fillers ("kak", "min")
                             dropped, question words ("cara") marked light
    intents_of(words)        what a question asks for ("cara menjadi" -> "mulai", "belajar" ...)
    prefix_targets(word, technical)  the technical terms a short form starts ("postgre" ->
                             "postgresql"), under :func:`is_prefix_of`'s rule

A form the index knows as typed (it occurs in an article, or its stem does) is searched as typed
OR as its standard word, never replaced: "tau" stays "tau" for 004, and "ga" still finds a
teacher's article about "GA". Only forms the articles never use are replaced.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from types import MappingProxyType

from guide import analysis
from guide.messages import toml_problem

CHAT_FILE = "chat_id.toml"
# A short form meets a technical term it starts only when it has at least MIN_PREFIX letters
# and is at least PREFIX_SHARE of the term ("postgre" 7/10 of "postgresql", "mongo" 5/7 of
# "mongodb"; "type" is 4/10 of "typescript": no), and only when the index does not know the
# form itself ("java" is a word of the articles: it never becomes "javascript").
MIN_PREFIX = 4
PREFIX_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class ChatTable:
    """The contents of guide/data/chat_id.toml."""

    informal: Mapping[str, tuple[str, ...]]  # form -> the standard words searched instead
    fillers: frozenset[str]
    light: frozenset[str]
    intents: Mapping[str, tuple[str, ...]]  # trigger (one or two words) -> light words


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word to search: ``text`` (standard form), ``typed`` when the typed form is searched
    too, and whether it is a light (question) word."""

    text: str
    typed: str | None = None
    light: bool = False


def _words(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, str) or not value.split():
        raise ValueError(f"{CHAT_FILE}: {where} harus berupa teks yang tidak kosong")
    return tuple(value.lower().split())


def _word_list(data: Mapping[str, object], section: str) -> frozenset[str]:
    value = data.get(section, {})
    words = value.get("words", []) if isinstance(value, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"{CHAT_FILE}: [{section}] words harus berupa daftar teks")
    return frozenset(w.strip().lower() for w in words)


@cache
def chat_table() -> ChatTable:
    """The informal forms, fillers and light words, read once."""
    text = resources.files("guide.data").joinpath(CHAT_FILE).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"guide.data/{CHAT_FILE} rusak: {toml_problem(exc)}") from exc
    informal = {
        key.lower(): _words(value, f"[informal] {key}")
        for key, value in data.get("informal", {}).items()
    }
    intents = {}
    for key, value in data.get("intents", {}).items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{CHAT_FILE}: [intents] {key} harus berupa daftar teks")
        intents[" ".join(key.lower().split())] = tuple(v.lower() for v in value)
    return ChatTable(
        MappingProxyType(informal),
        _word_list(data, "fillers"),
        _word_list(data, "light"),
        MappingProxyType(intents),
    )


def normalise(words: Sequence[str], known: Callable[[str], bool]) -> list[QueryWord]:
    """The words to search for the typed ``words`` (tokens of the query, lowercased).

    ``known(word)`` tells whether the index knows a typed form; such a form is kept beside its
    standard word. Fillers are dropped unless every word is one."""
    table = chat_table()
    kept = [w for w in words if w not in table.fillers] or list(words)
    out: list[QueryWord] = []
    for word in kept:
        standard = table.informal.get(word)
        if standard is None:
            out.append(QueryWord(word, light=word in table.light))
            continue
        typed = word if known(word) else None
        out.append(QueryWord(standard[0], typed, light=standard[0] in table.light))
        out.extend(QueryWord(w, light=w in table.light) for w in standard[1:])
    return out


def intents_of(*sequences: Sequence[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """(light words, trigger words) of the intents whose trigger (a word, or two words in a
    row) occurs in any of ``sequences`` (the words as typed, and normalised)."""
    intents = chat_table().intents
    found: dict[str, None] = {}
    triggers: set[str] = set()
    for words in sequences:
        keys = [*words, *(f"{a} {b}" for a, b in pairwise(words))]
        for key in keys:
            if key in intents:
                found.update(dict.fromkeys(intents[key]))
                triggers.update(key.split())
    return tuple(found), frozenset(triggers)


def is_informal(word: str) -> bool:
    """True for a chat form or filler of the table (never spell-corrected)."""
    table = chat_table()
    return word in table.informal or word in table.fillers


def is_prefix_of(word: str, term: str) -> bool:
    """The rule for a short form meeting a longer technical term (see :data:`MIN_PREFIX`)."""
    return (
        len(word) >= MIN_PREFIX
        and len(term) > len(word)
        and term.startswith(word)
        and len(word) >= PREFIX_SHARE * len(term)
    )


def prefix_targets(word: str, technical: Sequence[str]) -> tuple[str, ...]:
    """The terms of the sorted ``technical`` vocabulary that ``word`` is a short form of."""
    lo = bisect.bisect_right(technical, word)
    hi = bisect.bisect_left(technical, word + "\U0010ffff")
    return tuple(t for t in technical[lo:hi] if is_prefix_of(word, t))


@cache
def technical_words() -> frozenset[str]:
    """Single-token names of technologies (the gazetteer and guide/data/terms.txt),
    lowercased: the vocabulary short forms may complete."""
    from guide.facts import load_gazetteer  # the gazetteer is only needed here

    names: set[str] = set(analysis.technical_terms())
    for technology in load_gazetteer():
        names.update(_single_tokens(technology.aliases))
    return frozenset(names)


def _single_tokens(names: Iterable[str]) -> Iterable[str]:
    for name in names:
        tokens = analysis.tokenize(name)
        if len(tokens) == 1:
            yield tokens[0].text
