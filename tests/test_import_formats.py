"""Importing each format: the article kept, the chrome dropped, metadata, offsets, refusals."""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guide.importing import (
    SUPPORTED_SUFFIXES,
    ImportedDocument,
    Limits,
    Piece,
    Refusal,
    article_id_for,
    compose,
    import_file,
)

FIXTURES = Path(__file__).parent / "fixtures" / "import"
sys.path.insert(0, str(FIXTURES))
from pages import BOILERPLATE, build_pages, gold  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(text.replace("|", " ").split()).casefold()


def check_offsets(doc: ImportedDocument) -> None:
    """Every block is verbatim at its offsets; sections are ordered and cover their blocks."""
    text, parsed = doc.text, doc.parsed
    assert parsed.article_id == doc.article_id
    last = 0
    for section in parsed.sections:
        assert section.start >= last
        if section.heading:
            assert text[section.start : section.start + len(section.heading)] == section.heading
        for block in section.blocks:
            assert text[block.start : block.end] == block.text
            assert "\n" not in block.text and block.text == block.text.strip()
            assert section.start <= block.start < block.end <= section.end
        if section.blocks:
            assert section.end == section.blocks[-1].end
            if not section.heading:
                assert section.start == section.blocks[0].start
        last = section.end


def imported(name: str) -> ImportedDocument:
    doc = import_file(FIXTURES / name)
    assert isinstance(doc, ImportedDocument), doc
    check_offsets(doc)
    return doc


@pytest.mark.parametrize("name", sorted(build_pages()))
def test_saved_page_keeps_the_article_and_drops_the_chrome(name: str) -> None:
    doc = imported(name)
    page = gold(name)
    text = _norm(doc.text)
    for block in page["keep"]:
        assert _norm(block) in text, block
    for chrome in BOILERPLATE:
        assert _norm(chrome) not in text, chrome
    assert (doc.title, doc.author, doc.published) == (
        page["title"],
        page["author"],
        page["published"],
    )
    assert doc.kind == "html"
    assert any(s.heading for s in doc.parsed.sections)


def test_saved_page_structure() -> None:
    doc = imported("berita-data-analyst.html")
    kinds = {b.text: b.kind for s in doc.parsed.sections for b in s.blocks}
    assert kinds["Membuat visualisasi dan dasbor untuk manajer."] == "item"
    assert kinds["Junior | 0-2 tahun | Rp6-9 juta"] == "paragraph"
    assert any(k == "quote" for k in kinds.values())
    headings = [s.heading for s in doc.parsed.sections if s.heading]
    assert headings[0] == "Apa Saja Tugas Seorang Data Analyst?"
    assert doc.text.startswith(doc.title + "\n\n")


def test_multipage_pdf() -> None:
    doc = imported("panduan-jurusan.pdf")
    assert (doc.title, doc.author, doc.published) == (
        "Panduan Memilih Jurusan SMK",
        "Tim BK SMK Negeri 1",
        "2024-01-15",
    )
    text = doc.text
    assert "jenis pekerjaan yang bisa kamu lamar" in text  # "peker-" + "jaan" mended
    assert "Anak-anak yang suka" in text  # reduplication kept
    assert "Bimbingan Konseling - Panduan Jurusan" not in text  # running header
    assert "\t" not in text and "  " not in text
    headings = [s.heading for s in doc.parsed.sections if s.heading]
    assert headings == [
        "Kenali Minat dan Bakatmu",
        "Perhatikan Peluang Kerja",
        "Diskusikan dengan Orang Tua",
    ]
    items = [b.text for s in doc.parsed.sections for b in s.blocks if b.kind == "item"]
    assert items == [
        "Teknik komputer dan jaringan",
        "Akuntansi dan keuangan lembaga",
        "Tata boga dan perhotelan",
    ]
    assert "mendapat dukungan penuh selama kamu bersekolah nanti." in text  # last page


def test_pdf_paragraph_broken_by_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    from make_fixtures import _page_stream, write_pdf

    pages = [
        [
            "Langkah pertama adalah belajar dasar pemrograman dengan tekun setiap hari agar",
            "kamu terbiasa menulis kode dan membaca pesan kesalahan dengan teliti dan",
            "sabar, lalu mencoba",
        ],
        [
            "membuat proyek kecil sendiri di rumah bersama teman-teman sekelas.",
            "",
            "Banyak Latihan",
            "",
            "Setelah itu perbanyak latihan dengan soal-soal yang beragam.",
        ],
        ["Terakhir, minta masukan dari guru dan teman."],
    ]  # fmt: skip  (three pages: the running header is recognised as one)
    path = tmp_path / "langkah.pdf"
    path.write_bytes(write_pdf([_page_stream(p, i + 1) for i, p in enumerate(pages)], {}))
    doc = import_file(path)
    assert isinstance(doc, ImportedDocument), doc
    check_offsets(doc)
    paragraphs = [b.text for s in doc.parsed.sections for b in s.blocks]
    assert "lalu mencoba membuat proyek kecil sendiri di rumah" in paragraphs[0]
    assert not any(p.startswith("membuat proyek") for p in paragraphs)
    assert paragraphs[-2:] == [
        "Setelah itu perbanyak latihan dengan soal-soal yang beragam.",
        "Terakhir, minta masukan dari guru dan teman.",
    ]  # a new sentence on a new page stays a paragraph of its own


NUMBERED = {
    "langkah.md": (
        "# Langkah Awal\n\nCara memulai:\n\n3. Belajar Python\n4. Belajar SQL\n\n- catatan\n"
    ),
    "langkah.txt": "Langkah Awal\n\nCara memulai:\n3) Belajar Python\n4) Belajar SQL\n- catatan\n",
    "langkah.html": (
        "<html><body><article><h1>Langkah Awal</h1><p>Cara memulai belajar menjadi pengembang "
        "backend yang baik dan siap bekerja di industri.</p><ol start='3'><li>Belajar Python "
        "dasar dengan tekun setiap hari</li><li>Belajar SQL dan basis data relasional "
        "dengan latihan</li></ol><ul><li>catatan penting untuk semua siswa yang ingin "
        "belajar</li></ul></article></body></html>"
    ),
}


@pytest.mark.parametrize("name", sorted(NUMBERED))
def test_numbered_lists_keep_their_numbers(tmp_path: Path, name: str) -> None:
    """A numbered list's items are written "3. …" (the reader shows a numbered list); a
    bulleted item stays "- …"; the item's text itself has no marker."""
    path = tmp_path / name
    path.write_text(NUMBERED[name], encoding="utf-8")
    doc = import_file(path)
    assert isinstance(doc, ImportedDocument), doc
    check_offsets(doc)
    items = [b for s in doc.parsed.sections for b in s.blocks if b.kind == "item"]
    assert [b.text for b in items][:2] == [
        t for t in (b.text for b in items) if t.startswith("Belajar")
    ]
    lines = {b.text: doc.text[doc.text.rfind("\n", 0, b.start) + 1 : b.start] for b in items}
    first, second = [t for t in lines if t.startswith("Belajar")]
    assert (lines[first], lines[second]) == ("3. ", "4. ")
    assert all(marker == "- " for t, marker in lines.items() if t.startswith("catatan"))


def test_docx_numbered_list_keeps_its_numbers() -> None:
    doc = imported("lembar-kerja-perawat.docx")
    assert "1. Lulus SMA atau SMK Kesehatan\n2. Kuliah D3" in doc.text
    assert "- Memeriksa tanda vital pasien" in doc.text  # List Bullet: no number


def test_pdf_encrypted_with_an_empty_password_opens() -> None:
    assert imported("terkunci-tanpa-sandi.pdf").title == "Panduan Memilih Jurusan SMK"


def test_docx_headings_lists_table_and_properties() -> None:
    doc = imported("lembar-kerja-perawat.docx")
    assert (doc.title, doc.author, doc.published) == (
        "Lembar Kerja: Mengenal Profesi Perawat",
        "Ibu Ratna Sari",
        "2024-03-04",
    )
    headings = [(s.heading, s.level) for s in doc.parsed.sections if s.heading]
    assert headings == [
        ("Mengenal Profesi Perawat", 2),
        ("Tugas Sehari-hari", 3),
        ("Jalur Pendidikan", 3),
        ("Gaji Perawat", 3),
    ]
    blocks = {b.text: b.kind for s in doc.parsed.sections for b in s.blocks}
    assert blocks["Memberikan obat sesuai resep dokter"] == "item"
    assert blocks["Kuliah D3 atau S1 Keperawatan"] == "item"
    assert blocks["Merawat orang lain adalah panggilan hati."] == "quote"
    assert blocks["Puskesmas | Rp4-6 juta"] == "paragraph"


def test_markdown_front_matter_and_no_html() -> None:
    doc = imported("ahli-gizi.md")
    assert (doc.title, doc.author, doc.published) == (
        "Mengenal Profesi Ahli Gizi",
        "Bapak Yusuf Rahman",
        "2023-09-21",
    )
    assert "Iklan yang tertinggal" not in doc.text and "<div" not in doc.text
    assert "**" not in doc.text and "---" not in doc.text
    assert "Ahli gizi membantu orang mengatur pola makan agar tetap sehat." in doc.text
    assert "Pemula | Rp4 juta" in doc.text
    assert [s.heading for s in doc.parsed.sections] == ["", "Tempat Kerja"]


def test_cp1252_text() -> None:
    doc = imported("catatan-cp1252.txt")
    assert doc.title == "Catatan Wali Kelas"
    assert "pemilik café perlu belajar “melayani” pelanggan dengan ramah – bukan" in doc.text
    items = [b.text for s in doc.parsed.sections for b in s.blocks if b.kind == "item"]
    assert items == ["Komunikasi dengan pelanggan", "Kebersihan dan ketelitian"]


def test_utf16_text() -> None:
    doc = imported("profesi-pilot-utf16.txt")
    assert doc.title == "Profesi Pilot"
    assert [s.heading for s in doc.parsed.sections] == ["", "Syarat Umum"]
    assert "Pilot menerbangkan pesawat" in doc.text


def test_id_hash_and_file_name(tmp_path: Path) -> None:
    doc = imported("ahli-gizi.md")
    assert doc.article_id == article_id_for("ahli-gizi.md") == article_id_for("AHLI-GIZI.MD")
    assert doc.article_id.startswith("guru-") and len(doc.article_id) == 17
    assert doc.file_name == "ahli-gizi.md"
    copy = tmp_path / "ahli-gizi.md"
    copy.write_bytes((FIXTURES / "ahli-gizi.md").read_bytes() + b"\nTambahan baru.\n")
    changed = import_file(copy)
    assert isinstance(changed, ImportedDocument)
    assert changed.article_id == doc.article_id and changed.sha256 != doc.sha256


# -- refusals ---------------------------------------------------------------------------------


def refused(path: Path, limits: Limits = Limits(), *words: str) -> Refusal:  # noqa: B008
    result = import_file(path, limits)
    assert isinstance(result, Refusal), result
    assert result.file_name == path.name
    assert result.reason.startswith(f"«{path.name}» tidak dapat diimpor: ")
    assert result.reason.endswith(".") and "\n" not in result.reason
    for word in words:
        assert word in result.reason, result.reason
    return result


def test_encrypted_pdf_refused() -> None:
    refused(FIXTURES / "rahasia.pdf", Limits(), "terenkripsi")


def test_scanned_pdf_refused() -> None:
    refused(FIXTURES / "brosur-pindaian.pdf", Limits(), "pindaian", "tanpa teks")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"kosong{suffix}"
    path.write_bytes(b"")
    refused(path, Limits(), "kosong")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_random_bytes_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"acak{suffix}"
    path.write_bytes(random.Random(suffix).randbytes(5000))
    refused(path)


def test_wrong_extensions_refused(tmp_path: Path) -> None:
    pdf_as_txt = tmp_path / "laporan.txt"
    pdf_as_txt.write_bytes((FIXTURES / "panduan-jurusan.pdf").read_bytes())
    refused(pdf_as_txt, Limits(), "PDF", "bukan teks")
    exe_as_docx = tmp_path / "tugas.docx"
    exe_as_docx.write_bytes(b"MZ\x90\x00" + os.urandom(2000))
    refused(exe_as_docx, Limits(), "bukan dokumen Word")
    docx_as_pdf = tmp_path / "materi.pdf"
    docx_as_pdf.write_bytes((FIXTURES / "lembar-kerja-perawat.docx").read_bytes())
    refused(docx_as_pdf, Limits(), "bukan PDF")
    refused(FIXTURES / "pages.py", Limits(), "tidak didukung")


def test_binary_garbage_in_txt_refused(tmp_path: Path) -> None:
    path = tmp_path / "catatan.txt"
    path.write_bytes(bytes(range(1, 32)) * 200)
    refused(path, Limits(), "biner")


def test_too_much_text_refused(tmp_path: Path) -> None:
    path = tmp_path / "panjang.txt"
    path.write_text("Kalimat yang cukup panjang untuk diulang. " * 100, encoding="utf-8")
    refused(path, Limits(max_text_chars=1000), "terlalu panjang")


def test_too_big_file_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * 5000)
    refused(path, Limits(max_file_bytes=1000), "terlalu besar")


def _docx_with(tmp_path: Path, name: str, replace: dict[str, bytes]) -> Path:
    source = zipfile.ZipFile(FIXTURES / "lembar-kerja-perawat.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            zf.writestr(info.filename, replace.get(info.filename, source.read(info)))
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def test_billion_laughs_docx_refused(tmp_path: Path) -> None:
    lol = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [' + lol + b"]>"
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = _docx_with(tmp_path, "tertawa.docx", {"word/document.xml": xml})
    refused(path, Limits(), "entitas XML")


def test_zip_bomb_docx_refused(tmp_path: Path) -> None:
    path = _docx_with(tmp_path, "bom.docx", {})
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf,
        zf.open("word/media/nol.bin", "w") as f,
    ):
        chunk = bytes(1 << 20)
        for _ in range(101):  # 101 MB of zeros, about 100 kB compressed
            f.write(chunk)
    assert path.stat().st_size < 1_000_000
    refused(path, Limits(), "terlalu besar setelah dibuka")


def test_zip_with_too_many_members_refused(tmp_path: Path) -> None:
    path = _docx_with(tmp_path, "banyak.docx", {})
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(2100):
            zf.writestr(f"word/media/x{i}.bin", b"")
    refused(path, Limits(), "terlalu banyak bagian")


def test_broken_docx_and_pdf_refused(tmp_path: Path) -> None:
    docx_bytes = (FIXTURES / "lembar-kerja-perawat.docx").read_bytes()
    half = tmp_path / "setengah.docx"
    half.write_bytes(docx_bytes[: len(docx_bytes) // 2])
    refused(half, Limits(), "rusak")
    pdf_bytes = (FIXTURES / "panduan-jurusan.pdf").read_bytes()
    cut = tmp_path / "terpotong.pdf"
    cut.write_bytes(pdf_bytes[:300])
    result = import_file(cut)
    assert isinstance(result, Refusal)


# -- compose ----------------------------------------------------------------------------------

_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)
_pieces = st.lists(
    st.builds(
        Piece,
        st.sampled_from(["heading", "paragraph", "item", "quote", "row"]),
        _texts,
        st.integers(0, 6),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(_pieces, _texts)
def test_compose_offsets_always_hold(pieces: list[Piece], title: str) -> None:
    text, parsed = compose(pieces, title=title, article_id="x")
    doc = ImportedDocument("x", parsed.title, "", "", "f.txt", "", text, parsed, "txt")
    check_offsets(doc)
    for section in parsed.sections:
        assert section.level in (1, 2, 3)
        assert section.heading or section.blocks
    assert text == "" or text.endswith("\n")


def test_compose_cleans_text() -> None:
    text, parsed = compose(
        [
            Piece("paragraph", "Satu\x00 dua\u200b\ttiga\u00ad   empat\r\nlima"),
            Piece("heading", "Cafe\u0301", 2),
            Piece("item", "  butir  "),
        ],
        title="Judul",
    )
    lead, section = parsed.sections
    assert lead.heading == "" and lead.level == 1
    assert lead.blocks[0].text == "Satu dua tiga empat lima"
    assert section.heading == "Café" and section.level == 2  # NFC
    assert text == "Judul\n\nSatu dua tiga empat lima\n\nCafé\n\n- butir\n"
