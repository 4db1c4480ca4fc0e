"""Labels that come with the data but belong to the interface: profile tab titles and
comparison row names. Marked here for lupdate (context "content"), translated at display."""

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
)


def label(text: str) -> str:
    """``text`` in the interface language (unchanged when no translation is known)."""
    return QCoreApplication.translate(CONTEXT, text)
