"""The guide's Indonesian sentences in the interface language.

``guide/`` never imports Qt: a refused import, a bad pack, a full disk each come back as one
Indonesian sentence (``guide.importing.model.refusal``, ``guide.packs.PackError``,
``guide.failures.cli_message``, …). :func:`translated` recognises every such sentence the
window can show and rebuilds it from its template in the catalogue (context "GuideMessages"),
with the variable parts (file names, sizes, numbers, pack names) put back as they were:

    «laporan.pdf» tidak dapat diimpor: PDF ini terenkripsi (berkata sandi).
    “laporan.pdf” could not be imported: this PDF is encrypted (password-protected).

Sentences nest: the reason of a refusal, the cause after "tidak dapat dibuka:", are templates
too and are translated in turn. Names of kinds of files ("gambar PNG", "dokumen Word") are
looked up as words. A sentence no template matches is returned as it is; under the Indonesian
interface every result equals its input.

Each template is written literally in ``QT_TRANSLATE_NOOP("GuideMessages", …)`` so lupdate
finds it; when the guide's wording changes, the template here must change with it
(``tests/test_guide_messages.py`` produces the real sentences and checks them).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.safe_text import fill

CONTEXT = "GuideMessages"  # written literally in every call below

# Each row: one letter per placeholder (%1, %2, … in order) saying what it holds, the template.
# "k" text kept as written (a file name, a size, a path), "w" one word kept (a number, an id,
# a suffix), "r" a guide sentence itself (translated in turn), "n" the name of a kind of file.
# Order matters only among templates with placeholders: an enclosing sentence comes before
# the sentences that may appear inside it.
# fmt: off
TEMPLATES: tuple[tuple[str, str], ...] = (
    # Enclosing sentences (guide.importing.model, guide.packs, guide.lab_packs, guide.sources).
    ("kr", QT_TRANSLATE_NOOP("GuideMessages", "«%1» tidak dapat diimpor: %2.")),
    ("kr", QT_TRANSLATE_NOOP("GuideMessages", "Paket «%1» tidak dapat dipakai: %2.")),
    ("kr", QT_TRANSLATE_NOOP("GuideMessages", "Paket «%1» tidak dapat dimuat: %2")),
    ("kr", QT_TRANSLATE_NOOP("GuideMessages", "Paket «%1» tidak dapat dibuka: %2")),
    ("r", QT_TRANSLATE_NOOP("GuideMessages", "Perpustakaan pribadi tidak dapat dibuka: %1")),
    # Why the bundled data was rebuilt (guide.datadir: NOTICES / DAMAGED + REBUILT).
    *(("", t) for t in (
        QT_TRANSLATE_NOOP("GuideMessages", "Data bawaan program tidak ditemukan, jadi data "
                                           "dibangun ulang dari artikel sumber di folder Anda."),
        QT_TRANSLATE_NOOP("GuideMessages", "Data bawaan program berasal dari versi lain, jadi "
                                           "data dibangun ulang dari artikel sumber di folder "
                                           "Anda."),
        QT_TRANSLATE_NOOP("GuideMessages", "Folder data bawaan program dapat diubah pengguna "
                                           "lain, jadi data dibangun ulang dari artikel sumber "
                                           "di folder Anda."),
        QT_TRANSLATE_NOOP("GuideMessages", "Data bawaan program tidak dapat dibaca oleh akun "
                                           "ini, jadi data dibangun ulang dari artikel sumber "
                                           "di folder Anda."),
        QT_TRANSLATE_NOOP("GuideMessages", "Data bawaan program rusak, jadi data dibangun ulang "
                                           "dari artikel sumber di folder Anda."),
    )),
    # Why a file was refused (guide.importing: sandbox, worker, formats, sniff, the parsers).
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "jenis berkas ini tidak didukung "
                                             "(yang didukung: %1)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "jenis berkas ini tidak didukung")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya tidak ada atau bukan berkas biasa")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya tidak dapat dibuka")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya kosong")),
    ("kk", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya terlalu besar (%1; paling besar %2)")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya terlalu besar (paling besar %1)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "pemroses impor tidak dapat dijalankan "
                                            "di komputer ini")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini terlalu lama diproses "
                                             "(lebih dari %1 detik)")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "teksnya terlalu panjang (lebih dari %1 karakter)")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini memerlukan terlalu banyak memori "
                                             "untuk dibaca (lebih dari %1)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "strukturnya bersarang terlalu dalam untuk dibaca")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya tidak dapat dibaca")),
    ("n", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini rusak atau tidak dapat dibaca "
                                             "sebagai %1")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "pemrosesan berkas ini gagal dengan hasil "
                                            "yang tidak sah")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "pemrosesan berkas ini gagal dimulai")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "tidak ada teks yang bisa dibaca di dalamnya")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini bukan PDF walau namanya berakhiran %1")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini bukan dokumen Word (.docx) walau namanya "
                                             "berakhiran %1")),
    ("nk", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini sebenarnya %1, bukan teks, walau namanya "
                                              "berakhiran %2")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "teksnya rusak "
                                            "(pengodean karakter tidak dapat dibaca)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini berisi data biner, bukan teks")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "halaman web ini kosong atau rusak")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "PDF ini terenkripsi (berkata sandi)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkas PDF ini rusak atau bukan PDF yang sah")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "PDF ini hasil pindaian tanpa teks "
                                            "(tidak ada teks yang bisa dibaca)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word ini rusak "
                                            "(bukan arsip .docx yang utuh)")),
    ("ww", QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word ini berisi terlalu banyak bagian "
                                              "(%1 bagian; paling banyak %2)")),
    ("ww", QT_TRANSLATE_NOOP("GuideMessages", "isi dokumen Word ini terlalu besar setelah dibuka "
                                              "(%1 MB; paling besar %2 MB)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkas ini bukan dokumen Word (.docx) yang sah")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word ini rusak "
                                            "(sebagian isinya tidak dapat dibuka)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word ini memuat definisi entitas XML "
                                            "(<!DOCTYPE>) yang tidak diizinkan")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word ini rusak atau bukan berkas .docx")),
    # Why a pack cannot be used (guide.packs); "berkasnya tidak dapat dibaca" is above.
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Tidak ada artikel untuk diekspor.")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "isian «%1» tidak sah")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "isinya tidak lengkap (%1 tidak ada)")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "%1 terlalu besar")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "%1 bukan JSON yang sah")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "artikel %1 tidak sah")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "artikel %1 tidak punya bagian")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "bagian artikel %1 tidak sah")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "blok artikel %1 tidak sah")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "teks artikel %1 tidak cocok dengan bagiannya")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "berkasnya terlalu besar")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "isinya terlalu banyak atau terlalu besar")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "bukan berkas paket yang utuh")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "bukan paket Panduan Karier")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "versi paket %1 tidak dikenal program ini")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "paket tidak berisi artikel")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "daftar artikelnya tidak sah")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "nomor artikel «%1» tidak sah atau ganda")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "artikel %1 rusak (sidik SHA-256 tidak cocok)")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "profil %1 rusak (sidik SHA-256 tidak cocok)")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "id profil «%1» tidak sah atau ganda")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "profil %1 terlalu besar")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "profil %1 tidak ada di dalamnya")),
    ("wk", QT_TRANSLATE_NOOP("GuideMessages", "profil %1 tidak sah (%2)")),
    ("wk", QT_TRANSLATE_NOOP("GuideMessages", "profil %1 memakai id lain (%2)")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "daftar profilnya tidak sah")),
    # The personal library (guide.teacher_library, guide.personal, guide.personal_schema,
    # guide.index_write).
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Tidak ada artikel guru bernomor «%1».")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Perpustakaan pribadi kosong: tidak ada artikel untuk "
                                            "diekspor.")),
    ("kw", QT_TRANSLATE_NOOP("GuideMessages", "Profil «%1» mengutip artikel «%2» yang tidak ada "
                                              "di paket ini; sertakan artikel itu atau hapus "
                                              "kutipannya.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Perpustakaan pribadi %1 sedang diubah oleh program "
                                             "lain. Tunggu sebentar, lalu coba lagi.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Indeks pencarian %1 sedang diubah oleh proses lain. "
                                             "Tunggu sebentar, lalu coba lagi.")),
    ("kw", QT_TRANSLATE_NOOP("GuideMessages", "Perpustakaan pribadi %1 dibuat oleh versi "
                                              "program yang lebih baru (skema %2); perbarui "
                                              "program ini untuk membukanya.")),
    # Where a file cannot be written (guide.atomic_file: a handout, a plan, a pack).
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "%1 adalah folder, bukan berkas: tulis nama berkas "
                                             "di dalamnya.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "%1 adalah berkas, bukan folder: pilih folder "
                                             "lain.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "%1 bukan berkas biasa: pilih nama berkas lain.")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Nama berkas terlalu panjang: pakai nama yang lebih "
                                            "pendek.")),
    # A disk, a permission, the unexpected (guide.failures.cli_message, without a log file).
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Ruang disk penuh (atau kuota habis). "
                                            "Kosongkan ruang, lalu coba lagi.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Ruang disk penuh (atau kuota habis): %1. "
                                             "Kosongkan ruang, lalu coba lagi.")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Tidak ada izin untuk membuka atau menulis berkas.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Tidak ada izin untuk membuka atau menulis "
                                             "berkas: %1.")),
    ("", QT_TRANSLATE_NOOP("GuideMessages", "Folder ini hanya dapat dibaca.")),
    ("k", QT_TRANSLATE_NOOP("GuideMessages", "Folder ini hanya dapat dibaca: %1.")),
    ("wk", QT_TRANSLATE_NOOP("GuideMessages", "Terjadi kesalahan tak terduga (%1): %2.")),
    ("w", QT_TRANSLATE_NOOP("GuideMessages", "Terjadi kesalahan tak terduga (%1).")),
)
# fmt: on

# Kinds of file, as guide.importing.sandbox (_KIND_NAMES: "… dibaca sebagai %1") and
# guide.importing.sniff (_SIGNATURES: "… sebenarnya %1, bukan teks …") name them.
NOUNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("GuideMessages", "teks"),
    QT_TRANSLATE_NOOP("GuideMessages", "halaman web"),
    QT_TRANSLATE_NOOP("GuideMessages", "PDF"),
    QT_TRANSLATE_NOOP("GuideMessages", "dokumen Word"),
    QT_TRANSLATE_NOOP("GuideMessages", "berkas PDF"),
    QT_TRANSLATE_NOOP("GuideMessages", "berkas zip (misalnya dokumen Word atau arsip)"),
    QT_TRANSLATE_NOOP("GuideMessages", "berkas zip kosong"),
    QT_TRANSLATE_NOOP("GuideMessages", "program Windows (.exe)"),
    QT_TRANSLATE_NOOP("GuideMessages", "program"),
    QT_TRANSLATE_NOOP("GuideMessages", "gambar PNG"),
    QT_TRANSLATE_NOOP("GuideMessages", "gambar JPEG"),
    QT_TRANSLATE_NOOP("GuideMessages", "gambar GIF"),
    QT_TRANSLATE_NOOP("GuideMessages", "dokumen Office lama (.doc/.xls/.ppt)"),
    QT_TRANSLATE_NOOP("GuideMessages", "arsip RAR"),
    QT_TRANSLATE_NOOP("GuideMessages", "arsip 7-Zip"),
    QT_TRANSLATE_NOOP("GuideMessages", "arsip gzip"),
)

_PART = {"k": r"(.+?)", "w": r"(\S+)", "r": r"(.*?)", "n": r"(.+?)"}
_PLACEHOLDER = re.compile(r"%(\d)")
_MAX_DEPTH = 4  # sentences nest two or three deep; deeper is never the guide's


def _compile(template: str, kinds: str) -> re.Pattern[str]:
    """The regular expression of ``template``: its words literally, each %N a group."""
    pieces = _PLACEHOLDER.split(template)  # literal, "1", literal, "2", literal, …
    pattern = "".join(
        re.escape(piece) if i % 2 == 0 else _PART[kinds[int(piece) - 1]]
        for i, piece in enumerate(pieces)
    )
    return re.compile(pattern, re.DOTALL)


_EXACT: frozenset[str] = frozenset(t for kinds, t in TEMPLATES if not kinds)
_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (t, kinds, _compile(t, kinds)) for kinds, t in TEMPLATES if kinds
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _part(kind: str, value: str, depth: int) -> str:
    if kind == "r":
        return _translated(value, depth + 1)
    if kind == "n":
        return _tr(value)  # a kind of file the catalogue does not know stays as written
    return value


def _translated(sentence: str, depth: int) -> str:
    if depth > _MAX_DEPTH:
        return sentence
    if sentence in _EXACT:
        return _tr(sentence)
    for template, kinds, pattern in _PATTERNS:
        match = pattern.fullmatch(sentence)
        if match is not None:
            parts = [_part(k, v, depth) for k, v in zip(kinds, match.groups(), strict=True)]
            return fill(_tr(template), *parts)
    return sentence


def translated(sentence: str) -> str:
    """``sentence`` (one of the guide's Indonesian sentences) in the interface language; a
    sentence it does not recognise, or anything but text, comes back unchanged. Never raises."""
    if not isinstance(sentence, str) or not sentence:
        return sentence
    try:
        return _translated(sentence, 0)
    except Exception:  # a message must never cost the window: show it as the guide wrote it
        return sentence
