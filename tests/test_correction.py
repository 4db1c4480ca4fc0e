"""guide.correction: which words are corrected, and into what (no index needed)."""

from __future__ import annotations

from importlib import resources

import pytest

from guide.correction import INFORMAL_FILE, Vocabulary, informal_words, is_real_word, is_target

# A small made-up index vocabulary with its slang and function words, as the articles have.
FREQS = {
    "gaji": 5,
    "salah": 9,
    "kisaran": 4,
    "gimana": 3,
    "ngoding": 2,
    "koding": 1,
    "pemrograman": 7,
    "keamanan": 3,
    "kerja": 6,
    "2024": 8,
}
SYNONYMS = {"salary": ("gaji",), "problem solving": ("pemecahan masalah",)}


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(FREQS, frozenset(), SYNONYMS)


@pytest.mark.parametrize("word", ["dimana", "kemana", "manakah", "gimana", "kisah", "salah"])
def test_real_words(word: str) -> None:
    assert is_real_word(word)


@pytest.mark.parametrize("word", ["salry", "pemograman", "kemanan", "databse", "perusahan"])
def test_misspellings_are_not_real_words(word: str) -> None:
    assert not is_real_word(word)


def test_targets_are_content_words_and_synonym_keys(vocabulary: Vocabulary) -> None:
    wanted = {"gaji", "salah", "kisaran", "pemrograman", "salary", "solving"}
    assert wanted <= set(vocabulary.targets)
    for word in ("gimana", "ngoding", "2024", "problem solving"):
        assert word not in vocabulary.targets, word
    assert vocabulary.targets["salary"] == FREQS["gaji"]  # weighs what it finds


def test_informal_file_is_a_package_resource_and_sorted() -> None:
    words = [
        line
        for line in resources.files("guide.data").joinpath(INFORMAL_FILE).read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert words == sorted(set(words)) and all(w == w.strip().lower() for w in words)


def test_informal_words_are_never_targets() -> None:
    assert informal_words() and "ngoding" in informal_words()
    assert not any(is_target(word) for word in informal_words())


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("salry", "salary"),  # a synonym key: one edit; «salah» is two
        ("pemograman", "pemrograman"),
        ("kemanan", "keamanan"),
        ("dimana", None),  # a real word, however close to "gimana"
        ("kisah", None),  # a real word, and "kisaran" is two edits from a 5-letter word
        ("kisar", None),  # not in the dictionary, but still two edits from "kisaran"
        ("ngodin", None),  # never into slang
        ("gaj", None),  # too short to correct
        ("qwertyuiop", None),
    ],
)
def test_correct(vocabulary: Vocabulary, word: str, expected: str | None) -> None:
    assert vocabulary.correct(word) == expected


def test_short_words_take_one_edit_long_words_two(vocabulary: Vocabulary) -> None:
    assert vocabulary.correct("keamnan") == "keamanan"  # 7 letters: one edit
    assert vocabulary.correct("pemogramman") == "pemrograman"  # 11 letters: two edits
    assert vocabulary.correct("kerjx") == "kerja"  # 5 letters: one edit
    assert vocabulary.correct("kxrjx") is None  # 5 letters: two edits are too many
