"""guide/data/synonyms.toml against a build of the seeds: every alternative occurs (issue 12).

The honesty rule of the file's header, checked for EVERY alternative of every [en_id], [id_en]
and [tech] entry (tests/test_analysis.py only asks for one per entry): its index terms
(``analysis.analyze``) are all terms of the built index, and an alternative with a space occurs
as that phrase (whitespace and case aside) in a heading, a section or an article title.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from guide import analysis
from guide.index import open_index
from guide.resources import DB_FILENAME, INDEX_DIRNAME
from guide.store import Store

ONE_WAY_SECTIONS = ("en_id", "id_en", "tech")
STEMMED_FIELDS = ("article_title", "heading", "body")  # guide/index.py make_schema()

# English words added for issue 12 -> an Indonesian word a hit for them must contain.
ENGLISH_QUERIES = [
    ("scalability", "skalabilitas"),
    ("encryption", "enkripsi"),
    ("infrastructure", "infrastruktur"),
    ("documentation", "dokumentasi"),
    ("algorithm", "algoritma"),
    ("architecture", "arsitektur"),
    ("maintenance", "memelihara"),
    ("authorization", "otorisasi"),
    ("vulnerability", "kerentanan"),
    ("portfolio", "portofolio"),
    ("stakeholders", "pemangku kepentingan"),
    ("version control", "kontrol versi"),
]

Alternative = tuple[str, str, str]  # (section, key, alternative)


def one_way_alternatives() -> list[Alternative]:
    """Every (section, key, alternative) of the one-way sections, as written in the file."""
    raw = resources.files("guide.data").joinpath(analysis.SYNONYMS_FILE).read_text("utf-8")
    data = tomllib.loads(raw)
    return [
        (section, key, alt)
        for section in ONE_WAY_SECTIONS
        for key, alternatives in data.get(section, {}).items()
        for alt in alternatives
    ]


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words, any whitespace between them, any case."""
    words = (re.escape(w) for w in phrase.split())
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def offenders(
    alternatives: list[Alternative], index_terms: frozenset[str], texts: list[str]
) -> list[str]:
    """One line per alternative that breaks the rule, saying why."""
    problems = []
    for section, key, alt in alternatives:
        terms = analysis.analyze(alt)
        missing = [t for t in terms if t not in index_terms]
        if not terms or missing:
            problems.append(
                f"[{section}] {key!r}: {alt!r} -> terms {terms}, not in index {missing}"
            )
        elif " " in alt.strip() and not any(phrase_pattern(alt).search(t) for t in texts):
            problems.append(f"[{section}] {key!r}: phrase {alt!r} is in no section of the seeds")
    return problems


@pytest.fixture(scope="module")
def index_terms(data_dir: Path) -> frozenset[str]:
    """The terms of the stemmed fields of the built index."""
    ix = open_index(data_dir / INDEX_DIRNAME)
    try:
        with ix.reader() as reader:
            return frozenset(
                term.decode("utf-8") if isinstance(term, bytes) else term
                for name in STEMMED_FIELDS
                for term in reader.field_terms(name)
            )
    finally:
        ix.close()


@pytest.fixture(scope="module")
def section_texts(data_dir: Path) -> list[str]:
    """Headings, section texts and article titles of the built database."""
    store = Store(data_dir / DB_FILENAME)
    try:
        texts = [t for s in store.all_sections() for t in (s.heading, s.text) if t]
        return texts + [a.title for a in store.articles()]
    finally:
        store.close()


def test_every_alternative_occurs_in_the_articles(
    index_terms: frozenset[str], section_texts: list[str]
) -> None:
    alternatives = one_way_alternatives()
    assert len(alternatives) > 150  # the file was read (182 alternatives in issue 12)
    problems = offenders(alternatives, index_terms, section_texts)
    assert not problems, f"{len(problems)} synonym targets not in the articles:\n" + "\n".join(
        problems
    )


def test_the_check_catches_translations_and_broken_phrases(
    index_terms: frozenset[str], section_texts: list[str]
) -> None:
    """The rule has teeth: a literal translation, a split phrase and a stopword fail."""
    bad = [
        ("en_id", "education", "pendidikan"),  # not in the seeds (was an alternative)
        ("en_id", "framework", "kerja kerangka"),  # both words occur, the phrase does not
        ("en_id", "x", "yang"),  # a stopword: no index term at all
    ]
    good = [("en_id", "framework", "kerangka   Kerja"), ("en_id", "salary", "gaji")]
    problems = offenders(bad + good, index_terms, section_texts)
    assert len(problems) == 3, problems
    for _, _, alt in bad:
        assert any(repr(alt) in problem for problem in problems), (alt, problems)


@pytest.mark.parametrize(("query", "indonesian"), ENGLISH_QUERIES)
def test_english_words_find_the_indonesian_passages(searcher, query: str, indonesian: str) -> None:
    result = searcher.search(query)
    assert result.corrected_query is None  # found through the synonym, not a spelling fix
    found = [hit for hit in result.hits if phrase_pattern(indonesian).search(hit.text)]
    assert found, f"{query!r}: no hit contains {indonesian!r} ({len(result.hits)} hits)"
