"""Tests for guide.facts: salaries, technology mentions and lists extracted from the seeds."""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guide.article import parse_article
from guide.facts import (
    Facts,
    ListFact,
    Mention,
    Passage,
    Salary,
    Technology,
    categories,
    extract_all,
    extract_list_facts,
    extract_salaries,
    find_mentions,
    list_kind,
    load_gazetteer,
    mention_counts,
    parse_number,
    passages,
    reported_by,
    statement_year,
)
from guide.metadata import load_metadata
from tests.test_article import COMPANIES, MAJORS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
IDS = ["000", "001", "002", "003", "004"]


@cache
def facts() -> Facts:
    return extract_all(SEEDS)


@cache
def seed_text(article_id: str) -> str:
    (path,) = SEEDS.glob(f"{article_id}_*.txt")
    return path.read_text(encoding="utf-8")


def synthetic(sentence: str, heading: str = "Kisaran gaji", title: str = "Judul") -> str:
    """A small article whose one paragraph holds ``sentence`` (after a lead sentence).

    A final period is added when missing, so that the paragraph cannot pass for a heading.
    """
    end = "" if sentence.endswith((".", "!", "?")) else "."
    return f"{title}\n\n{heading}\n\nBerikut datanya. {sentence}{end}\n"


def salaries_of(sentence: str, **kwargs: str):
    text = synthetic(sentence, **kwargs)
    return extract_salaries("zzz", text, parse_article("zzz", text), None)


def mentions_of(sentence: str) -> list[tuple[str, str]]:
    text = synthetic(sentence, heading="Bagian")
    return [
        (m.technology_id, m.surface) for m in find_mentions("zzz", text, parse_article("zzz", text))
    ]


# --------------------------------------------------------------------------------------------
# Salaries in the seeds


def test_seed_salaries_exactly() -> None:
    got = [
        (s.passage.article_id, s.low, s.high, s.year, s.reported_by, s.published_by, s.raw)
        for s in facts().salaries
    ]
    assert got == [
        ("000", 13_000_000, 30_000_000, 2022, "Kompas.com", "EKRUT", "Rp13-30 juta"),
        (
            "001",
            7_500_000,
            10_500_000,
            2024,
            "JobStreet",
            "dibimbing.id",
            "Rp7.500.000 hingga 10.500.000",
        ),
    ]


def test_seed_salary_fields() -> None:
    first, second = facts().salaries
    assert (first.currency, first.period, first.period_stated) == ("IDR", "bulan", False)
    assert (second.currency, second.period, second.period_stated) == ("IDR", "bulan", False)
    assert first.role == "backend engineer"
    assert second.role == "backend developer"
    assert first.passage.heading == "Kisaran gaji Backend Engineer di tahun 2022"
    assert second.passage.heading == "Berapa Gaji Back End Developer?"


def test_seed_salary_passages_are_the_sentences() -> None:
    first, second = facts().salaries
    assert first.passage.text == (
        "Kompas.com menuliskan bahwa rata-rata gaji seorang backend engineer di Indonesia "
        "mencapai Rp13-30 juta."
    )
    assert second.passage.text == (
        "Dilansir dari JobStreet, gaji backend developer di Indonesia tahun 2024 berkisar di "
        "Rp7.500.000 hingga 10.500.000."
    )
    for salary in (first, second):
        source = seed_text(salary.passage.article_id)
        sliced = source[salary.passage.start : salary.passage.end]
        assert sliced == salary.passage.text
        assert salary.raw in sliced


def test_year_2022_comes_from_the_heading_not_from_the_paragraph() -> None:
    # The paragraph around the 000 sentence names 2021 and 2025; the sentence names none.
    first = facts().salaries[0]
    assert "2021" not in first.passage.text and "2025" not in first.passage.text
    assert first.year == 2022


def test_nothing_else_in_the_seeds_is_a_salary() -> None:
    assert len(facts().salaries) == 2
    for salary in facts().salaries:
        for not_amount in ("94", "2021", "2024", "2025", "7031", "424"):
            assert not_amount not in salary.raw
    for article_id in ("002", "003", "004"):
        text = seed_text(article_id)
        found, skipped = extract_salaries(article_id, text, parse_article(article_id, text), None)
        assert (found, skipped) == ([], [])


def test_seed_skipped_only_the_year_in_the_jobstreet_sentence() -> None:
    assert [(s.passage.article_id, s.raw, s.reason) for s in facts().skipped] == [
        ("001", "2024", "tahun, bukan jumlah uang")
    ]


def test_published_by_comes_from_metadata() -> None:
    metas = load_metadata(SEEDS / "articles.toml")
    text = seed_text("000")
    found, _ = extract_salaries("000", text, parse_article("000", text), metas["000"])
    assert found[0].published_by == metas["000"].publisher == "EKRUT"
    found, _ = extract_salaries("000", text, parse_article("000", text), None)
    assert found[0].published_by == ""


# --------------------------------------------------------------------------------------------
# Salary formats (synthetic sentences)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "raw"),
    [
        ("Gaji junior Rp 5 juta.", 5_000_000, 5_000_000, "Rp 5 juta"),
        ("Gaji mereka Rp5,5 juta.", 5_500_000, 5_500_000, "Rp5,5 juta"),
        (
            "Gaji berkisar Rp8.000.000 - Rp12.000.000.",
            8_000_000,
            12_000_000,
            "Rp8.000.000 - Rp12.000.000",
        ),
        ("Gajinya 5-10 juta rupiah.", 5_000_000, 10_000_000, "5-10 juta rupiah"),
        ("Gaji awal Rp10 jt.", 10_000_000, 10_000_000, "Rp10 jt"),
        ("Gaji awal IDR 7,500,000.", 7_500_000, 7_500_000, "IDR 7,500,000"),
        ("Gaji Rp5 juta sampai Rp8 juta.", 5_000_000, 8_000_000, "Rp5 juta sampai Rp8 juta"),
        ("Gaji Rp5 juta – Rp8 juta.", 5_000_000, 8_000_000, "Rp5 juta – Rp8 juta"),
        ("Gaji Rp5 juta s.d. Rp8 juta.", 5_000_000, 8_000_000, "Rp5 juta s.d. Rp8 juta"),
        ("Gaji Rp13-30 juta.", 13_000_000, 30_000_000, "Rp13-30 juta"),
        (
            "Gaji Rp7.500.000 hingga 10.500.000.",
            7_500_000,
            10_500_000,
            "Rp7.500.000 hingga 10.500.000",
        ),
        ("Gaji Rp 500 ribu - 1 juta.", 500_000, 1_000_000, "Rp 500 ribu - 1 juta"),
        ("Gaji Rp750 rb.", 750_000, 750_000, "Rp750 rb"),
        ("Gaji Rp. 6.000.000,- per bulan.", 6_000_000, 6_000_000, "Rp. 6.000.000,-"),
        ("Gaji Rp1 miliar.", 1_000_000_000, 1_000_000_000, "Rp1 miliar"),
    ],
)
def test_salary_formats(sentence: str, low: int, high: int, raw: str) -> None:
    found, skipped = salaries_of(sentence)
    assert [(s.low, s.high, s.raw) for s in found] == [(low, high, raw)]
    assert skipped == []
    assert found[0].currency == "IDR"


def test_salary_passage_offsets_in_synthetic_text() -> None:
    sentence = "Gaji mereka Rp5,5 juta."
    text = synthetic(sentence)
    (found,), _ = extract_salaries("zzz", text, parse_article("zzz", text), None)
    assert text[found.passage.start : found.passage.end] == sentence == found.passage.text


@pytest.mark.parametrize(
    ("sentence", "raw", "reason"),
    [
        ("gaji Rp30-13 juta", "Rp30-13 juta", "batas bawah rentang lebih besar"),
        ("gaji Rp0", "Rp0", "nol"),
        ("gaji Rp 5 miliar", "Rp 5 miliar", "di luar kisaran gaji bulanan"),
        ("gaji Rp 300 ribu", "Rp 300 ribu", "di luar kisaran gaji bulanan"),
        ("gaji sekitar Rp-", "Rp-", "mata uang tanpa angka"),
        ("gaji puluhan juta", "puluhan juta", "samar"),
        ("gaji lima juta rupiah", "lima juta rupiah", "satuan tanpa angka"),
        ("gaji 5 juta per bulan", "5 juta", "rupiah tidak disebut"),
        ("gaji Rp7,500 per bulan", "Rp7,500", "bermakna ganda"),
        ("gaji Rp7.50.000", "Rp7.50.000", "penulisan angka salah"),
        ("gaji $5,000 per month", "$5,000", "bukan rupiah"),
        ("gaji Rp120 juta per tahun", "Rp120 juta", "per 'tahun', bukan per bulan"),
    ],
)
def test_malformed_amounts_are_skipped_and_logged(
    sentence: str, raw: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="guide.facts"):
        found, skipped = salaries_of(sentence)
    assert found == []
    assert [s.raw for s in skipped] == [raw]
    assert reason in skipped[0].reason
    records = [r for r in caplog.records if r.name == "guide.facts"]
    assert [r.levelno for r in records] == [logging.WARNING]
    assert raw in records[0].getMessage() and reason in records[0].getMessage()


@pytest.mark.parametrize(
    ("sentence", "raw", "reason"),
    [
        ("Gaji naik, kata 94% lulusan.", "94%", "persentase"),
        ("Gaji tertinggi tercatat pada 2024.", "2024", "tahun"),
        ("Gaji dibahas oleh 7031 pembaca.", "7031", "hitungan"),
    ],
)
def test_numbers_that_are_not_amounts(
    sentence: str, raw: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="guide.facts"):
        found, skipped = salaries_of(sentence)
    assert found == []
    assert [(s.raw, reason in s.reason) for s in skipped] == [(raw, True)]
    assert [r.levelno for r in caplog.records if r.name == "guide.facts"] == [logging.INFO]


def test_amounts_outside_salary_sentences_are_ignored() -> None:
    assert salaries_of("Biaya bootcamp Rp5 juta dan 94% lulusannya bekerja.") == ([], [])


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("7.500.000", Decimal(7_500_000)),
        ("13", Decimal(13)),
        ("5,5", Decimal("5.5")),
        ("7,500,000", Decimal(7_500_000)),
        ("7.500.000,50", Decimal("7500000.50")),
        ("7,500,000.50", Decimal("7500000.50")),
        ("7.500", Decimal(7_500)),
        ("1.5", Decimal("1.5")),
    ],
)
def test_parse_number(raw: str, value: Decimal) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["7,500", "7.50.000", "1.234,5.6", "abc", ""])
def test_parse_number_rejects_ambiguous_and_malformed(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Kompas.com menuliskan bahwa gaji Rp13-30 juta.", "Kompas.com"),
        ("Dilansir dari JobStreet, gaji Rp7 juta.", "JobStreet"),
        ("Menurut Glassdoor, gaji Rp8 juta.", "Glassdoor"),
        ("Namun Glassdoor mencatat gaji Rp9 juta.", "Glassdoor"),
        ("Data JobStreet menunjukkan gaji Rp9 juta.", "JobStreet"),
        ("Sumber: Badan Pusat Statistik, gaji Rp4 juta.", "Badan Pusat Statistik"),
        ("World Economic Forum menyebutkan gaji Rp9 juta.", "World Economic Forum"),
        ("Gaji Rp9 juta menurut saya cukup.", ""),
        ("Gaji Rp9 juta.", ""),
    ],
)
def test_reported_by(sentence: str, source: str) -> None:
    assert reported_by(sentence) == source


def test_statement_year_precedence() -> None:
    assert statement_year("gaji 2023", "Gaji 2022", "Judul 2021") == 2023
    assert statement_year("gaji", "Gaji 2022", "Judul 2021") == 2022
    assert statement_year("gaji", "Gaji", "Judul 2021") == 2021
    assert statement_year("gaji", "Gaji", "Judul") is None
    assert statement_year("gaji 2023 dan 2024", "Gaji 2022", "Judul") is None  # not guessed


def test_salary_year_role_and_period_from_synthetic_text() -> None:
    (found,), _ = salaries_of(
        "Gaji frontend developer Rp6 juta per bulan.", heading="Gaji di tahun 2023"
    )
    assert (found.year, found.role, found.period, found.period_stated) == (
        2023,
        "frontend developer",
        "bulan",
        True,
    )
    (found,), _ = salaries_of("Gaji Rp6 juta.", heading="Gaji", title="Gaji Backend Engineer 2021")
    assert (found.year, found.role, found.period_stated) == (2021, "Backend Engineer", False)


# --------------------------------------------------------------------------------------------
# Technology mentions

EXPECTED_COUNTS = {
    "php": {"000", "003", "004"},
    "python": {"000", "001", "003", "004"},
    "ruby": {"000", "001", "004"},
    "java": {"000", "001", "003", "004"},
    "dotnet": {"000"},
    "javascript": {"000", "003", "004"},
    "nodejs": {"001"},
    "golang": {"001", "002"},
    "c": {"004"},
    "html": {"000", "004"},
    "css": {"000", "004"},
    "sass": {"000"},
    "less": {"000"},
    "mysql": {"001", "004"},
    "postgresql": {"001", "004"},
    "mongodb": {"001", "004"},
    "dynamodb": {"001"},
    "sql": {"004"},
    "api": {"000", "001", "002", "004"},
    "rest": {"001", "004"},
    "graphql": {"001"},
    "soap": {"004"},
    "json": {"004"},
    "gson": {"004"},
    "cloud-computing": {"001", "002"},
    "aws": {"001", "002"},
    "azure": {"001", "002"},
    "gcp": {"001", "002"},
    "aws-lambda": {"001"},
    "azure-functions": {"001"},
    "serverless": {"001"},
    "docker": {"001", "004"},
    "kubernetes": {"001", "004"},
    "containerization": {"001"},
    "orchestration": {"001"},
    "version-control": {"001", "004"},
    "git": {"001"},
    "github": {"004"},
    "gitlab": {"004"},
    "aws-code-commit": {"004"},
    "ci-cd": {"001", "002"},
    "jenkins": {"001"},
    "devops": {"001", "002"},
    "algoritma": {"000", "004"},
    "struktur-data": {"004"},
    "normalisasi": {"002"},
    "indexing": {"002"},
    "query-optimization": {"002"},
    "caching": {"002"},
    "load-balancing": {"002"},
    "scaling": {"002"},
    "monitoring": {"002"},
    "logging": {"002"},
    "enkripsi": {"002"},
    "otentikasi": {"001", "002"},
    "otorisasi": {"001", "002"},
    "testing": {"000", "001"},
    "debugging": {"000", "001"},
}


def test_full_mention_table() -> None:
    assert facts().counts == EXPECTED_COUNTS


def test_named_mention_counts() -> None:
    counts = mention_counts(facts().mentions)
    assert counts["docker"] == {"001", "004"}
    assert counts["php"] == {"000", "003", "004"}
    assert counts["nodejs"] == {"001"}
    assert counts["mysql"] == {"001", "004"}


def test_every_gazetteer_entry_and_alias_occurs_in_the_seeds() -> None:
    surfaces: dict[str, set[str]] = {}
    for m in facts().mentions:
        surfaces.setdefault(m.technology_id, set()).add(m.surface.lower())
    for tech in load_gazetteer():
        assert tech.id in surfaces, f"{tech.id} never occurs in the seeds"
        for alias in tech.aliases:
            assert alias.lower() in surfaces[tech.id], f"alias {alias!r} never occurs"


def test_java_is_never_counted_from_javascript() -> None:
    java = [m for m in facts().mentions if m.technology_id == "java"]
    assert java and all(m.surface == "Java" for m in java)
    assert all(re.search(r"\bJava\b", m.passage.text) for m in java)
    # 004's "HTML, CSS, dan JavaScript" sentence mentions JavaScript only.
    js_only = [
        m.passage
        for m in facts().mentions
        if m.technology_id == "javascript" and not re.search(r"\bJava\b", m.passage.text)
    ]
    assert js_only
    for passage in js_only:
        assert not [
            m for m in facts().mentions if m.passage == passage and m.technology_id == "java"
        ]


def test_sql_is_never_counted_from_mysql_or_postgresql() -> None:
    sql = [m for m in facts().mentions if m.technology_id == "sql"]
    assert [(m.article_id, m.surface) for m in sql] == [("004", "SQL")]
    assert sql[0].passage.text == "Untuk Database : MySQL, SQL, PostgreSQL, MongoDB, dll"


def test_c_only_from_the_list_of_languages() -> None:
    c = [m for m in facts().mentions if m.technology_id == "c"]
    assert [(m.article_id, m.passage.text) for m in c] == [
        ("004", "5 bahasa yang umum digunakan oleh perusahaan IT : Java, Python, PHP, C, dan Ruby.")
    ]


def test_references_and_boilerplate_are_not_scanned() -> None:
    # 000 lists "gitlab.com" under "Sumber:"; 002's author box names Golang after the footer.
    assert facts().counts["gitlab"] == {"004"}
    for article_id in IDS:
        text = seed_text(article_id)
        blocks = [
            (b.start, b.end) for s in parse_article(article_id, text).sections for b in s.blocks
        ]
        for m in facts().mentions:
            if m.article_id == article_id:
                assert any(a <= m.start and m.end <= b for a, b in blocks)
    bio = seed_text("002").index("Farijihan is a passionate")
    assert not [m for m in facts().mentions if m.article_id == "002" and m.start > bio]


def test_mention_offsets_slice_the_source() -> None:
    for m in facts().mentions:
        text = seed_text(m.article_id)
        assert text[m.start : m.end] == m.surface
        assert m.passage.start <= m.start < m.end <= m.passage.end
        assert m.surface.lower() in m.passage.text.lower()
        assert m.surface.lower() in text[m.passage.start : m.passage.end].lower()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pelajari JavaScript dan MySQL dengan serius.",
            [("javascript", "JavaScript"), ("mysql", "MySQL")],
        ),
        ("Let's go belajar Go dan Golang sekarang.", [("golang", "Golang")]),
        ("Ia suka vitamin C, dan Java.", [("java", "Java")]),
        ("Nilai C adalah nilai cukup untuk Java.", [("java", "Java")]),
        ("Bahasa umum: Java, C, dan Ruby.", [("java", "Java"), ("c", "C"), ("ruby", "Ruby")]),
        ("Api unggun menyala, lalu API dipanggil.", [("api", "API")]),
        ("Take the rest, less is more; pakai REST dan LESS.", [("rest", "REST"), ("less", "LESS")]),
        ("Pakai C++ dan C# juga.", []),
        (
            "Lihat https://github.com/x dan [tautan](https://gitlab.com/y), lalu GitHub.",
            [("github", "GitHub")],
        ),
        (
            "Gunakan AWS Lambda, AWS, Google Cloud Platform (GCP), cloud.",
            [
                ("aws-lambda", "AWS Lambda"),
                ("aws", "AWS"),
                ("gcp", "Google Cloud Platform"),
                ("gcp", "GCP"),
                ("cloud-computing", "cloud"),
            ],
        ),
        (
            "Pakai Dev Ops, node.JS, dan .net.",
            [("devops", "Dev Ops"), ("nodejs", "node.JS"), ("dotnet", ".net")],
        ),
        ("Google, Cloud dan docker.", [("cloud-computing", "Cloud"), ("docker", "docker")]),
    ],
)
def test_mention_false_positives(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions_of(sentence) == expected


def test_gazetteer_loads_with_valid_categories() -> None:
    techs = load_gazetteer()
    assert all(isinstance(t, Technology) for t in techs)
    assert len({t.id for t in techs}) == len(techs)
    cats = categories()
    assert set(cats) == {
        "bahasa",
        "frontend",
        "database",
        "api",
        "cloud",
        "container",
        "kontrol-versi",
        "ci-cd",
        "praktik",
    }
    assert {t.category for t in techs} == set(cats)
    by_id = {t.id: t for t in techs}
    assert by_id["html"].aliases == ("HTML", "HTML5")
    assert by_id["golang"].aliases == ("Golang",)
    assert by_id["c"].list_only and by_id["c"].case_sensitive


# --------------------------------------------------------------------------------------------
# Majors and companies


def test_majors_and_companies_of_003_in_order() -> None:
    lists = facts().list_facts
    assert [f.value for f in lists if f.kind == "jurusan"] == MAJORS
    assert [f.value for f in lists if f.kind == "perusahaan"] == COMPANIES
    assert {f.passage.article_id for f in lists} == {"003"}
    text = seed_text("003")
    for f in lists:
        assert text[f.passage.start : f.passage.end] == f.value == f.passage.text
    headings = {f.kind: f.passage.heading for f in lists}
    assert headings == {
        "jurusan": "Jurusan Kuliah yang Mendukung",
        "perusahaan": "Contoh perusahaan atau institusi yang membutuhkan",
    }


def test_list_facts_come_from_headings_not_article_ids() -> None:
    text = (
        "Judul\n\nPerusahaan yang merekrut\n\n- Alfa\n- Beta Corp\n\n"
        "Program Studi Pilihan\n\n1. Statistika\n2. Matematika\n"
    )
    got = extract_list_facts("999", text, parse_article("999", text))
    assert [(f.kind, f.value) for f in got] == [
        ("perusahaan", "Alfa"),
        ("perusahaan", "Beta Corp"),
        ("jurusan", "Statistika"),
        ("jurusan", "Matematika"),
    ]
    assert all(isinstance(f, ListFact) for f in got)
    for f in got:
        assert text[f.passage.start : f.passage.end] == f.value


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Jurusan Kuliah yang Mendukung", "jurusan"),
        ("Contoh perusahaan atau institusi yang membutuhkan", "perusahaan"),
        ("Companies hiring", "perusahaan"),
        ("Tugas Backend Developer", None),
    ],
)
def test_list_kind(heading: str, kind: str | None) -> None:
    assert list_kind(heading) == kind


# --------------------------------------------------------------------------------------------
# Passages and extract_all


@pytest.mark.parametrize("article_id", IDS)
def test_passages_slice_the_source(article_id: str) -> None:
    text = seed_text(article_id)
    found = passages(article_id, text, parse_article(article_id, text))
    assert found and all(isinstance(p, Passage) for p in found)
    for p in found:
        sliced = text[p.start : p.end]
        if "](" not in sliced:  # markdown links are shown as their text
            assert sliced == p.text
    assert [p.start for p in found] == sorted(p.start for p in found)


def test_sentence_split_keeps_abbreviations_and_amounts() -> None:
    text = synthetic("Gaji Rp5 juta s.d. Rp8 juta. Rp. 9 juta bukan gaji.")
    got = [p.text for p in passages("zzz", text, parse_article("zzz", text))]
    assert got == ["Berikut datanya.", "Gaji Rp5 juta s.d. Rp8 juta.", "Rp. 9 juta bukan gaji."]


def test_extract_all_types() -> None:
    f = facts()
    assert all(isinstance(s, Salary) for s in f.salaries)
    assert all(isinstance(m, Mention) for m in f.mentions)
    assert len(f.technologies) == len(load_gazetteer()) == len(EXPECTED_COUNTS)
    assert {m.article_id for m in f.mentions} == set(IDS)


# --------------------------------------------------------------------------------------------
# Never raises, never invents

_PIECES = st.sampled_from(
    [
        "gaji",
        "Gaji",
        "salary",
        "Rp",
        "Rp.",
        "IDR",
        " ",
        "-",
        "–",
        ".",
        ",",
        ",-",
        "%",
        "juta",
        "jt",
        "ribu",
        "miliar",
        "hingga",
        "s.d.",
        "per bulan",
        "per tahun",
        "2024",
        "0",
        "7",
        "13",
        "500",
        "000",
        "Kompas.com",
        "menuliskan",
        "Java",
        "C",
        "dan",
        "\n",
        "> ",
        "• ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=200))
def test_extraction_never_raises_and_only_keeps_plausible_salaries(body: str) -> None:
    text = f"Judul\n\nKisaran gaji\n\n{body}\n"
    parsed = parse_article("zzz", text)
    found, skipped = extract_salaries("zzz", text, parsed, None)
    for s in found:
        assert 500_000 <= s.low <= s.high <= 1_000_000_000
        assert s.raw in text[s.passage.start : s.passage.end]
    for s in skipped:
        assert s.reason
    for m in find_mentions("zzz", text, parsed):
        assert text[m.start : m.end] == m.surface
    extract_list_facts("zzz", text, parsed)
