"""Tests for guide.article: headings, passages, boilerplate removal and offsets on every seed."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guide.article import (
    PARSER_VERSION,
    ParsedArticle,
    clean_inline,
    headings,
    is_boilerplate,
    iter_blocks,
    parse_article,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
IDS = ["000", "001", "002", "003", "004"]


@cache
def seed_text(article_id: str) -> str:
    """The exact content of a seed file."""
    (path,) = SEEDS.glob(f"{article_id}_*.txt")
    return path.read_bytes().decode("utf-8")


@cache
def parsed(article_id: str) -> ParsedArticle:
    """The parsed seed (cached: parsing is deterministic)."""
    return parse_article(article_id, seed_text(article_id))


def all_texts(article: ParsedArticle) -> list[str]:
    """Every heading and block text of an article."""
    return headings(article) + [b.text for _, b in iter_blocks(article)]


def has_passage(article: ParsedArticle, passage: str, kind: str | None = None) -> bool:
    """Whether some block (of the given kind) contains the passage."""
    return any(passage in b.text and kind in (None, b.kind) for _, b in iter_blocks(article))


EXPECTED_HEADINGS = {
    "000": [
        "Mengenal profesi Backend Engineer",
        "Tugas dan tanggung jawab Backend Engineer",
        "1. Optimasi server",
        "2. Optimasi sistem keamanan",
        "3. Menulis kode",
        "4. Membuat pustaka kode",
        "5. Membuat solusi penyimpanan data",
        "6. Berkoordinasi dengan tim lain",
        "Skill-set yang harus dimiliki oleh seorang Backend Engineer",
        "1. Komunikasi",
        "2. Problem-solving",
        "3. Manajemen waktu dan manajemen diri",
        "4. Keinginan belajar yang tinggi",
        "5. Memahami bahasa pemrograman",
        "6. Menguasai coding, software testing, dan software debugging",
        "Kisaran gaji Backend Engineer di tahun 2022",
    ],
    "001": [
        "Apa yang Dimaksud dengan Backend Developer?",
        "Apa Tugas Seorang Backend Developer?",
        "Membangun dan Memelihara Situs Web",
        "Menulis Kode Berkualitas Tinggi",
        "Melakukan Pengujian Kualitas (QA)",
        "Menilai Efisiensi dan Kecepatan",
        "Troubleshooting dan Debugging",
        "Melatih dan Mendukung",
        "Apa Saja Keahlian yang Dibutuhkan Backend Developer?",
        "Keahlian Teknis",
        "Soft Skills",
        "Berapa Gaji Back End Developer?",
        "Belajar Backend Development di Dibimbing.id",
    ],
    "002": [
        "10 Tugas Backend Developer yang Harus Kamu Kuasai",
        "1. Merancang Struktur Database yang Efisien",
        "2. Mengembangkan dan Mengelola API",
        "3. Menjaga Keamanan Data",
        "4. Optimasi Kinerja Server",
        "5. Monitoring dan Logging Sistem",
        "6. Mengimplementasikan Otentikasi dan Otorisasi",
        "7. Menerapkan DevOps dan CI/CD",
        "8. Mengelola Infrastruktur Cloud",
        "9. Menjaga Komunikasi yang Baik dengan Tim",
        "10. Terus Belajar dan Mengikuti Tren Teknologi",
        "Udah Tahu kan Tugas Backend Developer Apa Saja?",
    ],
    "003": [
        "Apa saya cocok bekerja sebagai Back-end Developer?",
        "Konsep, ekspektasi dan realita",
        "Jurusan Kuliah yang Mendukung",
        "Contoh perusahaan atau institusi yang membutuhkan",
    ],
    "004": [],
}

EXPECTED_TITLES = {
    "000": "Backend Engineer: Tugas dan Tanggung Jawab, Skill-set, beserta Kisaran Gajinya "
    "di Tahun 2022",
    "001": "Backend Developer: Definisi, Tugas, Keahlian, & Gajinya 2024",
    "002": "10 Tugas Backend Developer, Bukan Cuma Ngoding Aja Loh!",
    "003": "Back-end Developer",
    "004": "Career Hacks As Back End Engineering",
}

EXPECTED_REFERENCES = {
    "000": ("trio.dev", "mamorasoft.com", "glassdoor.com", "gitlab.com", "kompas.com"),
    "001": (
        "What Does a Back-End Developer Do?",
        "Backend Developer",
        "10 Skills to Become a Backend Developer in 2024",
        "Backend Development",
    ),
    "002": ("What Does a Back-End Developer Do?", "Back-end developer job description template"),
    "003": (),
    "004": (),
}

# (article, passage, block kind or None for any)
KEY_PASSAGES = [
    (
        "000",
        "Kompas.com menuliskan bahwa rata-rata gaji seorang backend engineer di Indonesia "
        "mencapai Rp13-30 juta.",
        "paragraph",
    ),
    ("000", "Memahami aksesibilitas dan kepatuhan server.", "item"),
    ("000", "Kamu ingin bekerja sebagai backend engineer? Mari simak tugas", "paragraph"),
    ("000", "Itu tadi informasi lengkap seputar profesi backend engineer", "paragraph"),
    (
        "001",
        "Dilansir dari JobStreet, gaji backend developer di Indonesia tahun 2024 berkisar di "
        "Rp7.500.000 hingga 10.500.000.",
        "paragraph",
    ),
    (
        "001",
        "Serverless Architecture: Memahami platform tanpa server seperti AWS Lambda atau Azure "
        "Functions penting untuk skalabilitas dan efektivitas biaya.",
        "item",
    ),
    ("001", "Kemampuan Pemecahan Masalah: Kemampuan pemecahan masalah yang kuat", "item"),
    ("001", "Di sini, Sobat MinDi akan diajarkan mulai dari dasar hingga praktik", "paragraph"),
    ("001", "menggunakan bahasa pemrograman Golang.", "paragraph"),
    ("001", "program ini juga menawarkan jaminan kerja", "paragraph"),
    ("001", "94% lulusan Dibimbing berhasil mendapatkan pekerjaan", "paragraph"),
    ("002", "pengetahuan yang solid tentang normalisasi, indexing, dan query optimization.", None),
    ("002", "Penggunaan caching, load balancing, dan scaling", "paragraph"),
    ("002", "94% alumni bootcamp ini sudah sukses mendapatkan pekerjaan!", "paragraph"),
    ("003", "Perbedaan utama dengan profesi mirip seperti Front-end Developer", "paragraph"),
    ("004", "Untuk API : JSON, SOAP, REST, GSON.", "quote"),
    ("004", "Untuk Database : MySQL, SQL, PostgreSQL, MongoDB, dll", "quote"),
    ("004", "STARTUPCAMPUS.ID–Kemajuan digitalisasi", "paragraph"),
    ("004", "Bersiaplah dengan memahami dasar-dasar struktur dan algoritma.", "item"),
    ("004", "tanpa persyaratan bidang studi, seperti Startup Campus Program.", "item"),
    ("004", "Udah tahu belum kalau lewat Kampus Merdeka, kamu bisa", "paragraph"),
    ("004", "Pelajari Kerangka Kerja berdasarkan bahasa pemrograman", "item"),
    ("004", "Cek tips di bawah ini yuk!", "paragraph"),
]

MAJORS = [
    "Informatika",
    "Teknik Informatika",
    "Sistem Informasi",
    "Teknik Komputer",
    "Ilmu Komputer",
    "Komputerisasi Akuntansi",
    "Teknologi Informasi",
    "Software Engineering",
    "Komputer dan Sistem Komunikasi",
    "Teknologi Informasi Bisnis",
]
COMPANIES = [
    "Gojek",
    "Tokopedia",
    "Traveloka",
    "Bukalapak",
    "OVO",
    "Shopee",
    "DANA",
    "Ruangguru",
    "Kredivo",
    "Kaskus",
]

# Page chrome that must appear in no heading and no block (substring, case-sensitive).
BOILERPLATE_SUBSTRINGS = [
    "Baca juga",
    "Baca Juga",
    "Baca:",
    "Hi!👋",
    "Kalau kamu butuh bantuan",
    "WhatsApp",
    "Content writer experiences",
    "Khadijah adalah SEO Content Writer",
    "Farijihan is a passionate",
    "Author Image",
    "Anisa Sekarningrum",
    "Siti Khadijah Azzukhruf Firdausi",
    "Farijihan Putri",
    "Published on",
    "Min read",
    "min read",
    "time-icon",
    "Expert's Corner",
    "Image Banner",
    "Profil Profesi",
    "Artikel Terkait",
    "Customer Service Adalah",
    "Founder Adalah",
    "Mengenal Sandhika Galih",
    "Tsalis Annisa",
    "Apakah Kamu Sedang Mencari Pekerjaan?",
    "Already have an account",
    "langsung coba daftarkan diri kamu",
    "daftar sekarang di EKRUT",
    "Tertarik untuk jadi salah satunya?",
    "#BimbingSampaiJadi",
    "#BimbingSampeJadi",
    "konsultasi gratis di sini",
    "Sumber: Freepik",
    "Sumber:",
    "Pexels",
    "Freepik",
    ".jpg",
    ".png",
    "![",
    "[Buka]",
    "Referensi",
    "trio.dev",
    "dibimbing.id - ",
    "title:",
    "slug:",
    "---",
]
# Short chrome lines that must not be a heading or a block on their own.
BOILERPLATE_WHOLE = {"Tags", "Share", "Video", "0", "7031", "424", "•", "Careers", "Sumber:"}


@pytest.mark.parametrize("article_id", IDS)
def test_headings(article_id: str) -> None:
    assert headings(parsed(article_id)) == EXPECTED_HEADINGS[article_id]


@pytest.mark.parametrize("article_id", IDS)
def test_title(article_id: str) -> None:
    article = parsed(article_id)
    assert article.title == EXPECTED_TITLES[article_id]
    assert article.article_id == article_id
    assert article.title not in headings(article)


@pytest.mark.parametrize("article_id", IDS)
def test_references(article_id: str) -> None:
    assert parsed(article_id).references == EXPECTED_REFERENCES[article_id]


@pytest.mark.parametrize(("article_id", "passage", "kind"), KEY_PASSAGES)
def test_key_passages(article_id: str, passage: str, kind: str | None) -> None:
    assert has_passage(parsed(article_id), passage, kind)


def test_levels() -> None:
    """Top-level headings are level 2, numbered sub-headings under them level 3."""
    for article_id in ("000", "002"):
        for section in parsed(article_id).sections:
            if not section.heading:
                assert section.level == 1
            elif re.match(r"\d+\. ", section.heading):
                assert section.level == 3, section.heading
            else:
                assert section.level == 2, section.heading
    assert {s.level for s in parsed("001").sections if s.heading} == {2}


def test_lead_sections() -> None:
    """Text before the first heading is an untitled lead section."""
    for article_id in IDS:
        first = parsed(article_id).sections[0]
        assert first.heading == ""
        assert first.blocks
    assert parsed("000").sections[0].blocks[0].text.startswith("Kamu ingin bekerja")
    assert parsed("003").sections[0].blocks[0].text.startswith("Pekerjaan sebagai back-end")


def test_003_lists_are_items() -> None:
    by_heading = {s.heading: s for s in parsed("003").sections}
    majors = by_heading["Jurusan Kuliah yang Mendukung"].blocks
    companies = by_heading["Contoh perusahaan atau institusi yang membutuhkan"].blocks
    assert [(b.kind, b.text) for b in majors] == [("item", m) for m in MAJORS]
    assert [(b.kind, b.text) for b in companies] == [("item", c) for c in COMPANIES]


def test_001_list_items() -> None:
    section = next(s for s in parsed("001").sections if s.heading == "Keahlian Teknis")
    kinds = [b.kind for b in section.blocks]
    assert kinds == ["paragraph"] + ["item"] * 9
    assert section.blocks[1].text.startswith("Penguasaan Beberapa Bahasa Pemrograman: ")
    assert section.blocks[-1].text.startswith("Praktik DevOps: ")


def test_000_bullets_and_numbered_sections() -> None:
    article = parsed("000")
    items = [b.text for _, b in iter_blocks(article) if b.kind == "item"]
    assert len(items) == 7
    assert items[0].startswith("Memiliki gelar di bidang ilmu komputer")
    section = next(s for s in article.sections if s.heading == "4. Keinginan belajar yang tinggi")
    assert len(section.blocks) == 2  # the "Baca juga" line between them is gone


def test_004_markdown() -> None:
    article = parsed("004")
    kinds = [b.kind for _, b in iter_blocks(article)]
    assert kinds.count("quote") == 4
    assert kinds.count("item") == 11  # 7 numbered tips + 4 "- " bullets
    quotes = [b.text for _, b in iter_blocks(article) if b.kind == "quote"]
    assert quotes[1] == "Ini dia elemen yang kerap digunakan oleh para back end engineer :"
    assert all(not q.startswith(">") for q in quotes)


def test_promo_sections_keep_content_but_drop_calls_to_action() -> None:
    section = parsed("001").sections[-1]
    assert section.heading == "Belajar Backend Development di Dibimbing.id"
    assert section.blocks[-1].text.startswith("Selain itu, program ini juga menawarkan")
    last = parsed("002").sections[-1]
    assert last.blocks[-1].text.startswith("Dalam bootcamp ini")


@pytest.mark.parametrize("article_id", IDS)
def test_boilerplate_absent(article_id: str) -> None:
    texts = all_texts(parsed(article_id))
    for text in texts:
        assert text.strip() == text and text, repr(text)
        assert text not in BOILERPLATE_WHOLE
        for chrome in BOILERPLATE_SUBSTRINGS:
            assert chrome not in text, (chrome, text)


@pytest.mark.parametrize("article_id", IDS)
def test_no_urls(article_id: str) -> None:
    article = parsed(article_id)
    for text in [*all_texts(article), *article.references]:
        assert not re.search(r"https?://|www\.|\]\(|/uploads/", text), text


@pytest.mark.parametrize("article_id", IDS)
def test_offsets(article_id: str) -> None:
    text = seed_text(article_id)
    check_offsets(parse_article(article_id, text), text)


@pytest.mark.parametrize("article_id", IDS)
def test_crlf_line_endings(article_id: str) -> None:
    """Windows line endings: same structure, offsets valid in the CRLF text."""
    text = seed_text(article_id).replace("\n", "\r\n")
    article = parse_article(article_id, text)
    assert headings(article) == EXPECTED_HEADINGS[article_id]
    assert article.title == EXPECTED_TITLES[article_id]
    assert article.references == EXPECTED_REFERENCES[article_id]
    assert [b.text for _, b in iter_blocks(article)] == [
        b.text for _, b in iter_blocks(parsed(article_id))
    ]
    check_offsets(article, text)


def check_offsets(article: ParsedArticle, text: str) -> None:
    """Spans cover the block text; sections are ordered and do not overlap."""
    previous_end = 0
    for section in article.sections:
        assert previous_end <= section.start <= section.end <= len(text)
        for word in section.heading.split():
            assert word in text[section.start : section.end], (word, section.heading)
        block_end = section.start
        for block in section.blocks:
            assert block_end <= block.start < block.end <= section.end
            span = text[block.start : block.end]
            assert span == span.strip()
            if block.kind == "paragraph":
                assert block.text == clean_inline(span)
                if "](" not in span:
                    assert block.text == span
            for word in re.findall(r"\w+", block.text):
                assert word in span, (word, span)
            block_end = block.end
        previous_end = section.end


def test_parser_version() -> None:
    assert PARSER_VERSION == 1


# --- synthetic inputs ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n", "\r\n\r\n", "   \n\t\n", "\ufeff"])
def test_empty_text(text: str) -> None:
    assert parse_article("x", text) == ParsedArticle("x", "", (), ())


def test_only_boilerplate() -> None:
    text = (
        "Published on\n5 min read\ntime-icon\n\n•\n\n7031\n\nImage Banner\n\n"
        "Sumber: Freepik\n\nBaca juga: Sesuatu yang lain\n\nHi!👋\n\n"
        "Kalau kamu butuh bantuan,\n\nhubungi kami via WhatsApp ya!\n\nTags\n\nShare\n"
    )
    assert parse_article("x", text) == ParsedArticle("x", "", (), ())


def test_heading_only_text() -> None:
    article = parse_article("x", "Keahlian Teknis\n")
    assert article.title == "Keahlian Teknis"
    assert article.sections == ()
    article = parse_article("x", "Judul\n\nKeahlian Teknis\n\nSoft Skills")
    assert headings(article) == ["Keahlian Teknis", "Soft Skills"]
    assert all(not s.blocks for s in article.sections)
    assert article.sections[1].start == article.sections[1].end - len("Soft Skills")


def test_crlf_synthetic() -> None:
    text = "Judul\r\n\r\nBagian Satu\r\n\r\nIsi paragraf pertama.\r\n  • butir satu\r\n"
    article = parse_article("x", text)
    assert headings(article) == ["Bagian Satu"]
    blocks = article.sections[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Isi paragraf pertama."),
        ("item", "butir satu"),
    ]
    assert text[blocks[1].start : blocks[1].end] == "• butir satu"
    check_offsets(article, text)


def test_heading_directly_followed_by_text_or_list() -> None:
    text = "Judul\n\nKeahlian Teknis\nBeberapa keahlian teknis yang dibutuhkan adalah:\n- Python\n"
    article = parse_article("x", text)
    assert headings(article) == ["Keahlian Teknis"]
    assert [b.kind for b in article.sections[0].blocks] == ["paragraph", "item"]
    article = parse_article("x", "Judul\n\nBahasa\n- Python\n- Go\n")
    assert headings(article) == ["Bahasa"]


def test_numbered_list_is_not_headings() -> None:
    article = parse_article("x", "Judul\n\nLangkah\n\n1. Belajar Python\n2. Belajar SQL\n")
    assert headings(article) == ["Langkah"]
    assert [b.text for b in article.sections[0].blocks] == ["Belajar Python", "Belajar SQL"]


def test_markdown_headings_links_and_front_matter() -> None:
    text = (
        '---\ntitle: "Judul Artikel"\ndate: 2023-01-02\n---\n'
        "## Bagian [Satu](https://contoh.id)\n\nLihat [situs ini](https://contoh.id/a) ya.\n"
    )
    article = parse_article("x", text)
    assert article.title == "Judul Artikel"
    assert headings(article) == ["Bagian Satu"]
    assert article.sections[0].blocks[0].text == "Lihat situs ini ya."
    check_offsets(article, text)


def test_references_without_boilerplate_suffix() -> None:
    text = "Judul\n\nIsi artikel ini.\n\nReferensi\n\n  1. Sebuah Sumber [Buka]\n  2. Lain [Buka]\n"
    article = parse_article("x", text)
    assert article.references == ("Sebuah Sumber", "Lain")
    assert headings(article) == []


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga: 8 Framework Backend Populer",
        "Sumber: Freepik",
        "Foto ini bagus - Pexels",
        "H1_1._Backend_Engineer.jpg",
        "![(x)](/uploads/x.png)",
        "19 August 2024",
        "5 min read",
        "424",
        "•",
        "Apapun tujuanmu, Dibimbing siap #BimbingSampaiJadi impianmu!",
        "Video",
        "Tertarik? Yuk, konsultasi di sini dan segera daftarkan dirimu.",
    ],
)
def test_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kalau tertarik jadi backend developer, MinDi merekomendasikan kamu untuk mengikuti",
        "Sumber daya manusia adalah kunci.",
        "Keahlian Teknis",
        "2024 adalah tahun yang sibuk.",
        "Kamu bisa mendaftarkan diri di program Kampus Merdeka.",
        "Di C, baris #include memanggil header.",
    ],
)
def test_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "Judul Bagian",
                "1. Langkah pertama",
                "  • butir",
                "- butir",
                "> kutipan",
                ">",
                "Kalimat biasa yang panjang dan berakhir dengan titik.",
                "Referensi",
                "Sumber:",
                "Tags",
                "---",
                "title: x",
                "Baca juga: x",
                "[tautan](https://x.id)",
                "Anisa Sekarningrum",
                "•",
                "\ufeff",
            ]
        )
        | st.text(max_size=30),
        max_size=25,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_never_raises_and_offsets_hold(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    article = parse_article("x", text)
    previous_end = 0
    for section in article.sections:
        assert section.heading or section.blocks
        assert previous_end <= section.start <= section.end <= len(text)
        for block in section.blocks:
            assert block.text
            assert section.start <= block.start < block.end <= section.end
            if block.kind == "paragraph" and not re.search(r"\[|\*\*", text):
                assert block.text == text[block.start : block.end]
        previous_end = section.end
