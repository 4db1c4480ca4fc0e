"""Labels that come with the data but belong to the interface: profile tab titles, the
headings of claims' groups and comparison row names. Marked here for lupdate (context
"content"), translated at display."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "content"

# The tab titles of guide.profiles.SECTION_TITLES and the rows of seeds/profiles/aspects.toml.
_MARKED = (
    QT_TRANSLATE_NOOP("content", "Ringkasan"),
    QT_TRANSLATE_NOOP("content", "Tugas & Tanggung Jawab"),
    QT_TRANSLATE_NOOP("content", "Keahlian"),
    QT_TRANSLATE_NOOP("content", "Gaji"),
    QT_TRANSLATE_NOOP("content", "Pendidikan & Jalur Karier"),
    QT_TRANSLATE_NOOP("content", "Tempat Kerja"),
    QT_TRANSLATE_NOOP("content", "Mitos & Fakta"),
    QT_TRANSLATE_NOOP("content", "Sumber"),
    QT_TRANSLATE_NOOP("content", "Fokus kerja"),
    QT_TRANSLATE_NOOP("content", "Tugas utama"),
    QT_TRANSLATE_NOOP("content", "Teknologi"),
    QT_TRANSLATE_NOOP("content", "Bekerja dengan"),
    QT_TRANSLATE_NOOP("content", "Hasil kerja untuk pengguna"),
    QT_TRANSLATE_NOOP("content", "Jurusan"),
    QT_TRANSLATE_NOOP("content", "Contoh tempat kerja"),
    QT_TRANSLATE_NOOP("content", "Cara memulai"),
    # The claims' groups (headings inside a tab) of seeds/profiles/*.toml.
    QT_TRANSLATE_NOOP("content", "API"),
    QT_TRANSLATE_NOOP("content", "Apakah kamu cocok?"),
    QT_TRANSLATE_NOOP("content", "Bahasa pemrograman"),
    QT_TRANSLATE_NOOP("content", "Bekerja dengan siapa"),
    QT_TRANSLATE_NOOP("content", "Belajar terus"),
    QT_TRANSLATE_NOOP("content", "CI/CD & DevOps"),
    QT_TRANSLATE_NOOP("content", "Cara memulai (menurut Startup Campus)"),
    QT_TRANSLATE_NOOP("content", "Cloud & serverless"),
    QT_TRANSLATE_NOOP("content", "Container & orkestrasi"),
    QT_TRANSLATE_NOOP("content", "Contoh perusahaan"),
    QT_TRANSLATE_NOOP("content", "Database"),
    QT_TRANSLATE_NOOP("content", "Database dan data"),
    QT_TRANSLATE_NOOP("content", "Definisi"),
    QT_TRANSLATE_NOOP("content", "Di mana frontend dibahas"),
    QT_TRANSLATE_NOOP("content", "Engineer atau developer?"),
    QT_TRANSLATE_NOOP("content", "Framework & lainnya"),
    QT_TRANSLATE_NOOP("content", "Hasil kerjanya"),
    QT_TRANSLATE_NOOP("content", "Isi tiap artikel"),
    QT_TRANSLATE_NOOP("content", "Jurusan dan kualifikasi"),
    QT_TRANSLATE_NOOP("content", "Keahlian teknis"),
    QT_TRANSLATE_NOOP("content", "Keamanan"),
    QT_TRANSLATE_NOOP("content", "Kerja sama"),
    QT_TRANSLATE_NOOP("content", "Kisaran gaji"),
    QT_TRANSLATE_NOOP("content", "Menulis kode"),
    QT_TRANSLATE_NOOP("content", "Mitos dan fakta"),
    QT_TRANSLATE_NOOP("content", "Pelatihan dan bootcamp"),
    QT_TRANSLATE_NOOP("content", "Pengujian dan perbaikan"),
    QT_TRANSLATE_NOOP("content", "Prospek kerja"),
    QT_TRANSLATE_NOOP("content", "Rujukan yang dipakai artikel"),
    QT_TRANSLATE_NOOP("content", "Sejarah singkat"),
    QT_TRANSLATE_NOOP("content", "Server dan kinerja"),
    QT_TRANSLATE_NOOP("content", "Soft skill"),
    QT_TRANSLATE_NOOP("content", "Teknologi frontend"),
    QT_TRANSLATE_NOOP("content", "Tugas"),
    QT_TRANSLATE_NOOP("content", "Version control"),
    QT_TRANSLATE_NOOP("content", "Yang memengaruhi gaji"),
)


def label(text: str) -> str:
    """``text`` in the interface language (unchanged when no translation is known)."""
    return QCoreApplication.translate(CONTEXT, text)
