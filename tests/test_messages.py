"""Every message a teacher can meet while writing seeds is one Indonesian sentence (issue 10.12).

Each case below triggers a distinct problem (profile TOML, citations, article metadata, TOML
syntax, unreadable files, salary amounts, the gazetteer, the synonyms) and checks that the
message keeps one language: no common English words, no raw parser or OS text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from guide.analysis import _string_list
from guide.article import parse_article
from guide.facts import GazetteerError, _technology, extract_salaries, parse_number
from guide.messages import kind_name, read_problem
from guide.metadata import MetadataError, load_metadata
from guide.profiles import (
    CitationError,
    ProfileError,
    QuoteLocator,
    load_aspects,
    load_profile,
    load_profiles,
    parse_profile,
    resolve_citations,
)

ENGLISH = (
    "not found",
    "must",
    "cannot",
    "can't",
    "invalid",
    "missing",
    "is used",
    "needs",
    "expected",
    "unknown",
    "duplicate",
    "damaged",
    "empty",
    "field",
    "should",
    "error",
    "illegal",
    "unterminated",
    "line",
    "column",
    "no such",
    "permission",
    "directory",
    "not a",
    "the",
    "of",
    "is",
    "got",
    "an",
    "and",
    "or",
    "to",
    "share",
    "twice",
    "without",
    "at least",
)
_ENGLISH = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ENGLISH) + r")\b", re.IGNORECASE)

CLAIM = {"id": "a", "text": "Teks klaim.", "citations": [{"article": "001", "quote": "kutipan"}]}
GOOD = {
    "id": "uji",
    "name": "Uji",
    "summary": "Ringkasan.",
    "sections": [{"id": "ringkasan", "claims": [CLAIM]}],
}
ENTRY = """
["007"]
file = "007_abc.txt"
title = "Judul"
site = "Situs"
publisher = "Penerbit"
author = ""
published = "2024-01-31"
language = "id"
url = ""
attribution = "Situs"
"""


def _profile(**changes: object) -> dict:
    return {**GOOD, **changes}


def _claims(*claims: object) -> dict:
    return _profile(sections=[{"id": "ringkasan", "claims": list(claims)}])


def _message(action: Callable[[], object], error: type[Exception]) -> str:
    with pytest.raises(error) as info:
        action()
    return str(info.value)


def _english(message: str, tmp_path: Path) -> list[str]:
    """The English words of a message, its temporary folder (pytest's names) left out."""
    return _ENGLISH.findall(message.replace(str(tmp_path), "<folder>"))


def _profile_messages(tmp_path: Path) -> list[str]:
    def parsed(data: dict) -> Callable[[], object]:
        return lambda: parse_profile(data, "backend.toml")

    cases = [
        parsed({k: v for k, v in GOOD.items() if k != "id"}),  # a key left out
        parsed(_profile(id=5)),  # a number where text belongs
        parsed(_profile(name="  ")),  # blank text
        parsed(_profile(sections="ringkasan")),  # text where a list belongs
        parsed(_profile(sections=["ringkasan"])),  # a list item that is not a table
        parsed(_profile(sections=[{"id": "hobi"}])),  # an unknown section
        parsed(_profile(sections=[{"id": "gaji"}, {"id": "ringkasan"}])),  # out of order
        parsed(_profile(aliases=["satu", 2])),  # a list of texts holding a number
        parsed(_claims({**CLAIM, "citations": []})),  # a claim without a citation
        parsed(_claims({**CLAIM, "citations": ["001"]})),  # a citation that is not a table
        parsed(_claims({**CLAIM, "citations": [{"article": "001"}]})),  # no quote
        parsed(_claims(CLAIM, CLAIM)),  # one claim id twice
    ]
    messages = [_message(case, ProfileError) for case in cases]

    profile = parse_profile(GOOD, "backend.toml")
    blocks = {"001": [(0, 10)]}
    for text in ("Teks lain sama sekali.", "Teks lain, kutipan ada di luar paragraf."):
        locator = QuoteLocator({"001": text}, blocks)
        messages.append(
            _message(lambda loc=locator: resolve_citations(profile, loc), CitationError)
        )
    locator = QuoteLocator({"002": "kutipan"})
    messages.append(_message(lambda: resolve_citations(profile, locator), CitationError))

    for name, content in (
        ("kutip.toml", 'id = "uji\nname = "Uji"\n'),  # an unclosed quote
        ("sama.toml", 'id "uji"\n'),  # no '='
        ("tabel.toml", "[a]\n[a]\n"),  # a table twice
        ("nilai.toml", "id = uji\n"),  # text without quotes
        ("kunci.toml", 'id = "a"\nid = "b"\n'),  # a key twice
    ):
        (tmp_path / name).write_text(content, encoding="utf-8")
        messages.append(_message(lambda p=tmp_path / name: load_profile(p), ProfileError))
    (tmp_path / "latin1.toml").write_bytes('id = "café"\n'.encode("latin-1"))
    messages.append(_message(lambda: load_profile(tmp_path / "latin1.toml"), ProfileError))
    messages.append(_message(lambda: load_profile(tmp_path / "tidak-ada.toml"), ProfileError))
    messages.append(_message(lambda: load_profile(tmp_path), ProfileError))

    seeds = tmp_path / "seeds"
    (seeds / "profiles").mkdir(parents=True)
    messages.append(_message(lambda: load_aspects(seeds), ProfileError))
    (seeds / "profiles" / "aspects.toml").write_text('aspects = [{ id = "gaji" }]\n')
    messages.append(_message(lambda: load_aspects(seeds), ProfileError))
    good = 'id = "uji"\nname = "Uji"\nsummary = "s"\n\n[[sections]]\nid = "ringkasan"\n'
    for name in ("a.toml", "b.toml"):
        (seeds / "profiles" / name).write_text(good, encoding="utf-8")
    messages.append(_message(lambda: load_profiles(seeds), ProfileError))
    return messages


def _metadata_messages(tmp_path: Path) -> list[str]:
    changes = [
        ('author = ""\n', ""),
        ('title = "Judul"\n', ""),
        ('published = "2024-01-31"', 'published = "31 Januari 2024"'),
        ('published = "2024-01-31"', "published = 2024-01-31T10:00:00"),
        ('author = ""', "author = 42"),
        ('title = "Judul"', 'title = ""'),
        ('file = "007_abc.txt"', 'file = "008_abc.txt"'),
        ('url = ""', 'url = "startupcampus.id"'),
        ('language = "id"', 'language = "Indonesian"'),
        ('url = ""', 'url = ""\nautor = "x"'),
        ('["007"]', '["tujuh"]'),
        ('["007"]', '"007" = "x"\n["008"]'),
        ('title = "Judul"', 'title = "Judul'),
    ]
    messages = []
    for i, (old, new) in enumerate(changes):
        path = tmp_path / f"articles{i}.toml"
        path.write_text(ENTRY.replace(old, new, 1), encoding="utf-8")
        messages.append(_message(lambda p=path: load_metadata(p), MetadataError))
    messages.append(_message(lambda: load_metadata(tmp_path / "tidak-ada.toml"), MetadataError))
    return messages


def _fact_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    sentences = (
        "gaji Rp30-13 juta",
        "gaji Rp0",
        "gaji Rp 5 miliar",
        "gaji sekitar Rp-",
        "gaji puluhan juta",
        "gaji lima juta rupiah",
        "gaji 5 juta per bulan",
        "gaji Rp7,500 per bulan",
        "gaji Rp7.50.000",
        "gaji $5,000 per month",
        "gaji Rp120 juta per tahun",
        "gaji Rp5 juta, atau Rp60 juta tahunan",
        "Gaji naik, kata 94% lulusan",
        "Gaji tertinggi tercatat pada 2024",
        "Gaji dibahas oleh 7031 pembaca",
    )
    messages = []
    with caplog.at_level(logging.INFO, logger="guide.facts"):
        for sentence in sentences:
            text = f"Judul\n\nKisaran gaji\n\nBerikut datanya. {sentence}.\n"
            _, skipped = extract_salaries("zzz", text, parse_article("zzz", text), None)
            messages += [s.reason for s in skipped]
    messages += [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    for raw in ("7,500", "7.50.000", "1.000,000.5", "lima"):
        messages.append(_message(lambda raw=raw: parse_number(raw), ValueError))
    tech = {"id": "python", "name": "Python", "category": "bahasa", "aliases": ["python"]}
    categories = {"bahasa": "Bahasa pemrograman"}
    for bad in (
        {k: v for k, v in tech.items() if k != "name"},
        {**tech, "aliases": 5},
        {**tech, "aliases": []},
        {**tech, "id": "Python!"},
        {**tech, "category": "hewan"},
    ):
        messages.append(_message(lambda bad=bad: _technology(bad, categories), GazetteerError))
    messages.append(_message(lambda: _string_list(["satu", ""], "[en_id] kata"), ValueError))
    return messages


def test_messages_for_teachers_are_indonesian_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    messages = [
        *_profile_messages(tmp_path),
        *_metadata_messages(tmp_path),
        *_fact_messages(caplog),
    ]
    assert len(set(messages)) >= 60  # the cases meet many different problems
    english = {m: words for m in messages if (words := _english(m, tmp_path))}
    assert not english, english
    assert all("\n" not in m for m in messages)


def test_messages_say_where_and_what_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "backend.toml"
    path.write_text('id = "uji"\nname = "Uji\n', encoding="utf-8")
    assert _message(lambda: load_profile(path), ProfileError) == (
        "backend.toml: profil tidak dapat dibaca: penulisan TOML salah di baris 2, kolom 12: "
        "teks belum ditutup dengan tanda kutip sebelum akhir baris"
    )
    data = _claims(CLAIM, CLAIM)
    assert _message(lambda: parse_profile(data, "backend.toml"), ProfileError) == (
        "backend.toml: klaim 'a' memakai id yang sama dua kali; beri setiap klaim id yang berbeda"
    )
    data = _claims({k: v for k, v in CLAIM.items() if k != "text"})
    assert _message(lambda: parse_profile(data, "backend.toml"), ProfileError) == (
        "backend.toml, bagian 'ringkasan', klaim 'a': 'text' belum diisi (perlu teks)"
    )
    locator = QuoteLocator({"001": "Teks lain."})
    profile = parse_profile(GOOD, "backend.toml")
    assert _message(lambda: resolve_citations(profile, locator), CitationError) == (
        "backend.toml: klaim 'a': kutipan tidak ditemukan di artikel 001: \"kutipan\" "
        "(salin kalimatnya persis dari artikel)"
    )


@pytest.mark.parametrize(
    ("kind", "word"),
    [(str, "teks"), (int, "bilangan bulat"), (list, "daftar"), (dict, "tabel")],
)
def test_type_names_are_indonesian_words(kind: type, word: str) -> None:
    assert kind_name(kind) == word


def test_os_errors_are_told_without_their_english_text(tmp_path: Path) -> None:
    for exc in (
        FileNotFoundError(2, "No such file or directory"),
        PermissionError(13, "Permission denied"),
        IsADirectoryError(21, "Is a directory"),
        OSError(5, "Input/output error"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    ):
        assert not _english(read_problem(exc), tmp_path), read_problem(exc)
