"""Tests for guide.metadata: the real seeds/articles.toml and malformed metadata files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from guide import metadata
from guide.article import parse_article
from guide.metadata import UNKNOWN, ArticleMeta, MetadataError, display, load_metadata

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
METADATA = SEEDS / "articles.toml"

VALID_ENTRY = """
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


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "articles.toml"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def meta() -> dict[str, ArticleMeta]:
    return load_metadata(METADATA)


def test_all_seed_articles(meta: dict[str, ArticleMeta]) -> None:
    assert list(meta) == ["000", "001", "002", "003", "004"]
    seed_files = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(m.file for m in meta.values()) == seed_files
    for article_id, m in meta.items():
        assert m.article_id == m.id == article_id
        assert (SEEDS / m.file).is_file()
        assert m.language == "id"
        assert m.url == ""  # no seed states its own URL


def test_titles_match_parser(meta: dict[str, ArticleMeta]) -> None:
    for article_id, m in meta.items():
        text = (SEEDS / m.file).read_text(encoding="utf-8")
        assert parse_article(article_id, text).title == m.title


def test_known_facts(meta: dict[str, ArticleMeta]) -> None:
    assert meta["004"].published == "2023-09-24"
    assert meta["004"].published_date == dt.date(2023, 9, 24)
    assert meta["004"].site == "Startup Campus"
    assert meta["001"].published == "2024-07-03"
    assert meta["001"].author == "Siti Khadijah Azzukhruf Firdausi"
    assert meta["002"].published == "2024-08-19"
    assert meta["002"].author == "Farijihan Putri"
    assert meta["000"].author == "Anisa Sekarningrum"
    assert meta["000"].site == "EKRUT"
    assert meta["000"].published == ""
    assert "2022" in meta["000"].note
    assert meta["000"].attribution == "Anisa Sekarningrum, EKRUT (Expert's Corner)"
    assert {meta["001"].site, meta["002"].site} == {"dibimbing.id"}


def test_unknown_values_displayed(meta: dict[str, ArticleMeta]) -> None:
    m = meta["003"]
    assert m.author == m.site == m.published == ""
    assert m.display("author") == UNKNOWN == "tidak diketahui"
    assert m.display("site") == "tidak diketahui"
    assert m.display("published") == "tidak diketahui"
    assert m.published_date is None
    assert m.display("title") == "Back-end Developer"
    assert meta["000"].display("published") == "tidak diketahui"
    assert display("") == "tidak diketahui"
    assert display("EKRUT") == "EKRUT"
    with pytest.raises(AttributeError):
        m.display("nope")


def test_valid_minimal_file(tmp_path: Path) -> None:
    meta = load_metadata(write(tmp_path, VALID_ENTRY))
    assert meta["007"].note == ""
    assert meta["007"].published_date == dt.date(2024, 1, 31)


def test_bare_toml_date_accepted(tmp_path: Path) -> None:
    content = VALID_ENTRY.replace('published = "2024-01-31"', "published = 2024-01-31")
    assert load_metadata(write(tmp_path, content))["007"].published == "2024-01-31"


def test_malformed_toml(tmp_path: Path) -> None:
    path = write(tmp_path, '["000"]\ntitle = "unterminated\n')
    with pytest.raises(MetadataError, match="penulisan TOML salah di baris 2") as info:
        load_metadata(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MetadataError, match="tidak dapat dibaca: berkas tidak ditemukan"):
        load_metadata(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('author = ""\n', "", "kolom 'author' belum ada"),
        ('title = "Judul"\n', "", "kolom 'title' belum ada"),
        (
            'published = "2024-01-31"',
            'published = "2024-02-30"',
            "'published' harus berupa tanggal",
        ),
        ('published = "2024-01-31"', 'published = "31 Januari 2024"', "'published' harus berupa"),
        ('published = "2024-01-31"', 'published = "20240131"', "'published' harus berupa tanggal"),
        ('published = "2024-01-31"', "published = 2024-01-31T10:00:00", "bukan tanggal dan jam"),
        (
            'author = ""',
            "author = 42",
            "'author' harus berupa teks dalam tanda kutip, bukan bilangan bulat",
        ),
        ('title = "Judul"', 'title = ""', "'title' tidak boleh kosong"),
        (
            'file = "007_abc.txt"',
            'file = "008_abc.txt"',
            "'file' harus berupa nama berkas yang diawali 007_",
        ),
        ('url = ""', 'url = "startupcampus.id"', "'url' harus dikosongkan atau diawali https://"),
        ('language = "id"', 'language = "Indonesian"', "'language' harus berupa kode bahasa"),
        ('url = ""', 'url = ""\nautor = "x"', "kolom tidak dikenal: autor"),
    ],
)
def test_invalid_entries(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in VALID_ENTRY
    path = write(tmp_path, VALID_ENTRY.replace(old, new, 1))
    with pytest.raises(MetadataError) as info:
        load_metadata(path)
    text = str(info.value)
    assert message in text
    assert "artikel '007'" in text
    assert str(path) in text
    assert "\n" not in text
    assert isinstance(info.value, ValueError)


def test_bad_article_key(tmp_path: Path) -> None:
    path = write(tmp_path, VALID_ENTRY.replace('["007"]', '["seven"]'))
    with pytest.raises(MetadataError, match=r"artikel 'seven'.*id artikel 3 angka"):
        load_metadata(path)


def test_article_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(MetadataError, match="artikel '001': harus berupa tabel"):
        load_metadata(write(tmp_path, '"001" = "x"\n'))


# -- labels: the short name students see (issue 11.7) -----------------------------------------


def _entry(article_id: str, site: str, title: str, label: str | None = None) -> str:
    """One valid article table with the given site, title and optional label."""
    extra = f'label = "{label}"\n' if label is not None else ""
    return (
        VALID_ENTRY.replace('["007"]', f'["{article_id}"]')
        .replace('"007_abc.txt"', f'"{article_id}_abc.txt"')
        .replace('site = "Situs"', f'site = "{site}"')
        .replace('publisher = "Penerbit"', f'publisher = "{site}"')
        .replace('title = "Judul"', f'title = "{title}"\n{extra}', 1)
    )


def test_label_given_or_made_unique_from_site_and_title(tmp_path: Path) -> None:
    content = "".join(
        (
            _entry("010", "dibimbing.id", "Backend Developer: Definisi dan Gaji"),
            _entry("011", "dibimbing.id", "10 Tugas Backend Developer, Bukan Cuma Ngoding"),
            _entry("012", "", "Profil Profesi Back-end Developer yang Panjang Sekali"),
            _entry("013", "EKRUT", "Judul", label="Nama Pilihan Guru"),
        )
    )
    meta = load_metadata(write(tmp_path, content))
    labels = {i: m.label for i, m in meta.items()}
    assert labels["010"] == "dibimbing.id"
    assert labels["011"].startswith("dibimbing.id: 10 Tugas")
    assert labels["012"].startswith("Profil Profesi") and labels["012"].endswith("…")
    assert labels["013"] == "Nama Pilihan Guru"
    assert all(0 < len(name) <= metadata.LABEL_MAX for name in labels.values())
    assert len({name.casefold() for name in labels.values()}) == 4


def test_same_site_and_title_still_get_different_labels(tmp_path: Path) -> None:
    content = "".join(_entry(f"02{n}", "Situs", "Judul Sama") for n in range(4))
    labels = [m.label for m in load_metadata(write(tmp_path, content)).values()]
    assert len({name.casefold() for name in labels}) == 4
    assert all(name.startswith("Situs") and len(name) <= metadata.LABEL_MAX for name in labels), (
        labels
    )
    assert not any(re.search(r"(?<!\d)\d{3}(?!\d)", name) for name in labels), labels


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("", "kolom 'label' tidak boleh kosong"),
        ("   ", "kolom 'label' tidak boleh kosong"),
        ("003", "bukan nomor"),
        ("Artikel 003", "bukan nomor"),
        ("Nama yang jauh terlalu panjang untuk tanda", "paling banyak 24 karakter"),
    ],
)
def test_invalid_labels(tmp_path: Path, label: str, message: str) -> None:
    with pytest.raises(MetadataError, match=message) as info:
        load_metadata(write(tmp_path, _entry("007", "Situs", "Judul", label=label)))
    assert "artikel '007'" in str(info.value) and "\n" not in str(info.value)


def test_two_articles_given_one_label_are_refused(tmp_path: Path) -> None:
    content = _entry("001", "A", "Satu", label="Sama") + _entry("002", "B", "Dua", label="sama")
    with pytest.raises(MetadataError, match=r"artikel '002': kolom 'label' 'sama' sudah dipakai"):
        load_metadata(write(tmp_path, content))


def test_a_record_built_without_a_label_gets_one() -> None:
    from guide.store import ArticleRecord

    fields = dict.fromkeys(("file", "site", "author", "published", "url", "attribution"), "")
    record = ArticleRecord(
        id="998", title="Judul", publisher="Penerbit", language="id", note="", text="",
        references=(), **fields,
    )  # fmt: skip
    assert record.label == "Penerbit"
    assert ArticleRecord(**{**_record_fields(record), "publisher": ""}).label == "Judul"


def _record_fields(record) -> dict:
    from dataclasses import fields as record_fields

    return {f.name: getattr(record, f.name) for f in record_fields(record) if f.name != "label"}
