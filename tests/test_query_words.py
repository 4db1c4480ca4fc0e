"""How students type: chat forms, fillers, question words, intents and short technical forms."""

from __future__ import annotations

import pytest

from guide import analysis
from guide.query_plan import PREFIX_WEIGHT
from guide.query_words import (
    chat_table,
    intents_of,
    is_prefix_of,
    normalise,
    prefix_targets,
    technical_words,
)
from guide.search import Searcher


def _texts(words: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    return [w.text for w in normalise(words, known.__contains__)]


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("yg", "yang"),
        ("gmn", "bagaimana"),
        ("gimana", "bagaimana"),
        ("ga", "tidak"),
        ("gak", "tidak"),
        ("nggak", "tidak"),
        ("sm", "sama"),
        ("brp", "berapa"),
        ("dgn", "dengan"),
        ("utk", "untuk"),
        ("tdk", "tidak"),
        ("bgt", "banget"),
        ("kalo", "kalau"),
        ("jd", "jadi"),
        ("dibutuhin", "dibutuhkan"),
        ("dev", "developer"),
    ],
)
def test_chat_forms_become_standard_words(typed: str, standard: str) -> None:
    assert _texts([typed]) == [standard]


def test_multi_word_standard_form_is_split() -> None:
    assert _texts(["dmn"]) == ["di", "mana"]


def test_a_form_the_index_knows_is_kept_beside_the_standard_word() -> None:
    [word] = normalise(["ga"], {"ga"}.__contains__)  # e.g. a teacher's article about "GA"
    assert (word.text, word.typed) == ("tidak", "ga")
    [word] = normalise(["ga"], frozenset().__contains__)
    assert (word.text, word.typed) == ("tidak", None)


def test_fillers_are_dropped_unless_nothing_else_is_left() -> None:
    assert _texts(["kak", "gaji", "backend", "dong"]) == ["gaji", "backend"]
    assert _texts(["halo", "kak"]) == ["halo", "kak"]


def test_question_words_are_light() -> None:
    words = normalise(["cara", "belajar"], frozenset().__contains__)
    assert [(w.text, w.light) for w in words] == [("cara", True), ("belajar", False)]


def test_intents_name_the_answer_and_their_triggers() -> None:
    light, triggers = intents_of(["yang", "harus", "dipelajari", "backend"])
    assert "keahlian" in light and triggers == {"dipelajari"}
    light, triggers = intents_of(["belajar", "apa"])  # a two-word trigger
    assert "skill" in light and triggers == {"belajar", "apa"}
    assert intents_of(["gaji", "backend"]) == ((), frozenset())


def test_chat_table_values_are_words_the_analysis_knows() -> None:
    """Every standard word is a stopword or has an index term; every intent word has one."""
    table = chat_table()
    for form, standard in table.informal.items():
        assert form == form.lower() and " " not in form, form
        for word in standard:
            assert analysis.is_stopword(word) or analysis.analyze(word), (form, word)
    for trigger, words in table.intents.items():
        for word in words:
            assert analysis.analyze(word), (trigger, word)


# -- short forms of technical terms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "term", "expected"),
    [
        ("postgre", "postgresql", True),
        ("kubernet", "kubernetes", True),
        ("mongo", "mongodb", True),
        ("javas", "javascript", True),
        ("java", "javascript", False),  # 4 of 10 letters: too short a share
        ("type", "typescript", False),
        ("git", "github", False),  # under MIN_PREFIX
        ("dock", "docker", True),
        ("docker", "docker", False),  # the same word is not a short form
    ],
)
def test_prefix_rule(word: str, term: str, expected: bool) -> None:
    assert is_prefix_of(word, term) is expected


def test_prefix_targets_come_from_the_sorted_technical_vocabulary() -> None:
    technical = sorted(technical_words())
    assert prefix_targets("postgre", technical) == ("postgresql",)
    assert prefix_targets("java", technical) == ()  # "java" itself is a technology
    assert "javascript" in prefix_targets("javasc", technical)


def test_java_never_finds_javascript_only_sections(searcher: Searcher) -> None:
    plan = searcher._plan("java")
    assert plan.terms == {"java"} and not plan.weights


def test_short_form_finds_the_term_with_less_weight(searcher: Searcher) -> None:
    plan = searcher._plan("postgre")
    assert ("postgresql",) in plan.groups[0]
    assert plan.weights["postgresql"] == PREFIX_WEIGHT
    result = searcher.search("postgre")
    assert result.hits and result.corrected_query is None and result.suggestion is None
    assert all("postgresql" in h.text.lower() for h in result.hits)


def test_a_known_word_is_not_a_short_form(searcher: Searcher) -> None:
    """Common words the articles use are never stretched into longer technical terms."""
    for word in ("data", "server", "kode", "cloud", "java"):
        plan = searcher._plan(word)
        assert not plan.weights, word


# -- whole queries -------------------------------------------------------------------------------


def test_chat_query_searches_what_the_formal_one_does(searcher: Searcher) -> None:
    assert (
        searcher._plan("gaji backend brp sih").terms == searcher._plan("berapa gaji backend").terms
    )
    chat = [h.section_id for h in searcher.search("yg dibutuhin backend dgn skill").hits]
    formal = [h.section_id for h in searcher.search("skill yang dibutuhkan backend").hits]
    assert chat[:3] == formal[:3]


def test_question_words_alone_find_nothing(searcher: Searcher) -> None:
    for query in ("cara", "gimana caranya", "apa itu", "gmn sih kak"):
        assert searcher.search(query).hits == (), query


def test_question_word_does_not_outweigh_the_topic(searcher: Searcher) -> None:
    """Sections about the topic word rank first, whether or not they say "cara"."""
    with_cara = searcher.search("cara optimasi server", limit=3).hits
    without = searcher.search("optimasi server", limit=3).hits
    assert with_cara[0].section_id == without[0].section_id


def test_partial_matches_follow_complete_ones(searcher: Searcher) -> None:
    hits = searcher.search("docker skalabilitas", limit=10).hits
    assert len(hits) >= 2
    flags = [h.complete for h in hits]
    assert flags[0] is True and False in flags
    assert flags == sorted(flags, reverse=True)  # every complete hit before any partial one


def test_a_typo_in_a_partial_query_is_corrected(searcher: Searcher) -> None:
    """When no section holds every word, the corrected query is searched if one does."""
    result = searcher.search("keamanan servr")
    assert result.corrected_query == "keamanan server"
    assert result.hits[0].complete


def test_words_of_a_synonym_phrase_are_not_corrected_one_by_one(searcher: Searcher) -> None:
    """ "systems" alone is no word of the articles, but "information systems" is a known
    phrase (plural of a synonym key): no "did you mean"."""
    result = searcher.search("information systems")
    assert result.hits and result.suggestion is None and result.corrected_query is None
