"""From a cleaned query to what is searched: per query word, alternatives of index terms.

    plan_query(text, vocabulary, technical) -> QueryPlan

A query word becomes a *group*: its alternatives (itself, its synonyms, the standard word of a
chat form, the technical terms a short form starts), each alternative a tuple of index terms
(a phrase synonym has several). Question words ("cara") go to ``light``, the words of the
answer a question asks for ("cara menjadi" -> "mulai") to ``intents``; short-form targets
get a lower weight. guide/search.py turns the groups into Whoosh queries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from guide import analysis, query_words
from guide.correction import Vocabulary

MAX_QUERY_TERMS = 12
PREFIX_WEIGHT = 0.5  # a short form's technical term ("postgre" -> "postgresql") weighs half

Alternative = tuple[str, ...]  # index terms that must all match (one word, or a phrase)
Group = tuple[Alternative, ...]  # one query word: any alternative may match


@dataclass(frozen=True, slots=True)
class QueryPlan:
    """What a query searches: content word groups, light (question) word groups, and terms
    searched with less than full weight."""

    text: str
    groups: tuple[Group, ...]
    light: tuple[Group, ...] = ()
    intents: tuple[Group, ...] = ()  # words of the answer a question asks for ("mulai")
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def content(self) -> tuple[Group, ...]:
        """The groups that decide what matches: the content words. Question words alone
        ("cara", "gimana caranya") find nothing: they say what kind of answer is wanted, not
        what it is about."""
        return self.groups

    @property
    def terms(self) -> frozenset[str]:
        """The index terms marked in a hit (the content words and their alternatives)."""
        return frozenset(t for group in self.content for alt in group for t in alt)


def _analysed(forms: Sequence[str]) -> list[Alternative]:
    """Each form's index terms, without duplicates or forms that are only stopwords."""
    return [alt for alt in dict.fromkeys(tuple(analysis.analyze(f)) for f in forms) if alt]


def plan_query(text: str, vocabulary: Vocabulary, technical: Sequence[str]) -> QueryPlan:
    """The plan for a cleaned query; ``technical`` is the sorted technical vocabulary of the
    index that short forms may complete (see :func:`guide.query_words.prefix_targets`)."""
    tokens = analysis.tokenize(text)[:MAX_QUERY_TERMS]

    def known(word: str) -> bool:
        return vocabulary.knows(word, analysis.term_of(word))

    typed = [t.text for t in tokens]
    words = query_words.normalise(typed, known)
    intents, trigger_words = query_words.intents_of(typed, [w.text for w in words])
    groups: list[Group] = []
    triggers: list[Group] = []  # content words that say what is asked ("dipelajari")
    light: list[Group] = []
    weights: dict[str, float] = {}
    i = 0
    for alternatives in analysis.expand_query_words([w.text for w in words]):
        size = len(alternatives[0].split())  # a phrase synonym stands for several words
        word = words[i] if size == 1 else None
        i += size
        group = _analysed(alternatives)
        if word is not None and word.typed:
            kept = _analysed([word.typed, *analysis.synonyms(word.typed)])
            if not group:  # the standard word is a stopword: the typed form only adds a bit
                if kept:
                    light.append(tuple(kept))
                continue
            group += [alt for alt in kept if alt not in group]
        if word is not None and not word.typed and not known(word.text):
            for alt in _analysed(query_words.prefix_targets(word.text, technical)):
                if alt not in group:
                    group.append(alt)
                    weights.update(dict.fromkeys(alt, PREFIX_WEIGHT))
        if not group:
            continue
        if word is not None and word.light:
            light.append(tuple(group))
        elif word is not None and word.text in trigger_words:
            triggers.append(tuple(group))
        else:
            groups.append(tuple(group))
    # A trigger is light when other content words say what the question is about
    # ("yg hrs dipelajari backend": "backend"), content when it is all there is ("cocok").
    if groups:
        light += triggers
    else:
        groups = triggers
    wanted = tuple((alt,) for alt in _analysed(intents))
    return QueryPlan(text, tuple(groups), tuple(light), wanted, MappingProxyType(weights))
