"""The guide's Indonesian sentences in the interface language (ui/guide_messages.py): real
refusals of the import sandbox, bad packs and failures read in English, every template round
trips, the Indonesian interface sees exactly what the guide wrote, unknown text is left alone,
and the import dialog and the status bar show the translation."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStatusBar

from guide import failures
from guide.importing import Limits, Refusal, import_file, sandbox, sniff
from guide.importing.model import Unreadable, refusal
from tests.conftest import REPO
from ui import i18n
from ui.guide_messages import CONTEXT, NOUNS, TEMPLATES, translated
from ui.safe_text import fill

FIXTURES = REPO / "tests" / "fixtures" / "import"
# Words of the guide's Indonesian sentences that no English translation may keep.
INDONESIAN = re.compile(
    r"\b(tidak|berkas|berkasnya|ini|dapat|bukan|terlalu|paket|artikel|rusak|kosong|yang|atau"
    r"|tanpa|sebagai|lebih|dari|walau|isinya|teks|teksnya|sah|diimpor|dibaca|dibuka|gambar"
    r"|arsip|dokumen|perpustakaan|pribadi|ruang|izin|hanya|terjadi|kesalahan|namanya)\b",
    re.IGNORECASE,
)


def _indonesian_words(text: str, *kept: str) -> list[str]:
    """The Indonesian words of ``text`` once the parts kept as written (names) are removed."""
    for part in kept:
        text = text.replace(part, " ")
    return INDONESIAN.findall(text)


@pytest.fixture
def indonesian(qapp: QApplication, qm_dir: Path):
    i18n.install(qapp, "id", qm_dir)
    yield
    i18n.uninstall(qapp)


# -- real refusals of the import sandbox -----------------------------------------------------

# name -> (file name, content or a fixture to copy, limits, words the Indonesian reason has)
CASES = {
    "empty": ("kosong.txt", b"", Limits(), "berkasnya kosong"),
    "random-pdf": ("acak.pdf", random.Random(7).randbytes(4000), Limits(), "bukan PDF"),
    "binary-txt": ("biner.txt", bytes(range(256)) * 8, Limits(), "data biner"),
    "png-txt": ("foto.txt", b"\x89PNG\r\n\x1a\n" + bytes(500), Limits(), "gambar PNG"),
    "unsupported": ("catatan.xyz", b"halo", Limits(), "tidak didukung"),
    "too-big": ("besar.txt", b"kata " * 1000, Limits(max_file_bytes=1000), "terlalu besar"),
    "fake-docx": ("palsu.docx", b"PK\x03\x04" + bytes(300), Limits(), "dokumen Word ini rusak"),
    "encrypted": ("rahasia.pdf", FIXTURES / "rahasia.pdf", Limits(), "terenkripsi"),
    "scanned": ("brosur.pdf", FIXTURES / "brosur-pindaian.pdf", Limits(), "pindaian"),
}


@pytest.fixture(scope="module")
def refusals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Refusal]:
    """Each case imported once (the sandboxed parse is the slow part)."""
    folder = tmp_path_factory.mktemp("bad-files")
    found = {}
    for case, (name, content, limits, _words) in CASES.items():
        path = folder / name
        if isinstance(content, Path):
            shutil.copyfile(content, path)
        else:
            path.write_bytes(content)
        outcome = import_file(path, limits)
        assert isinstance(outcome, Refusal), (case, outcome)
        found[case] = outcome
    return found


@pytest.mark.parametrize("case", CASES)
def test_real_refusal_reads_english(case: str, refusals: dict[str, Refusal], english) -> None:
    name, _content, _limits, words = CASES[case]
    sentence = refusals[case].reason
    assert words in sentence and sentence.startswith(f"«{name}»")
    shown = translated(sentence)
    assert shown != sentence
    assert shown.startswith(f"“{name}” could not be imported: ")
    assert "tidak dapat diimpor" not in shown and "«" not in shown
    assert not _indonesian_words(shown, name, ", ".join(sniff.SUPPORTED_SUFFIXES)), shown


@pytest.mark.parametrize("case", CASES)
def test_real_refusal_unchanged_in_indonesian(
    case: str, refusals: dict[str, Refusal], qapp: QApplication, qm_dir: Path
) -> None:
    sentence = refusals[case].reason
    assert translated(sentence) == sentence  # no translator at all
    i18n.install(qapp, "id", qm_dir)
    try:
        assert translated(sentence) == sentence  # the Indonesian interface
    finally:
        i18n.uninstall(qapp)


def test_refusals_name_the_expected_reasons(refusals: dict[str, Refusal], english) -> None:
    shown = {case: translated(r.reason) for case, r in refusals.items()}
    assert shown["encrypted"].endswith("this PDF is encrypted (password-protected).")
    assert shown["scanned"].endswith("this is a scanned PDF with no text (nothing readable).")
    assert "the file is too large (0 MB; at most 0 MB)" in shown["too-big"]
    assert "this file is really a PNG image, not text" in shown["png-txt"]
    assert "(supported: .txt, .md" in shown["unsupported"]


# -- the other sentences the guide writes, from its own code -----------------------------------


def _guide_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(sentence, a part kept as written) for what the guide says beyond import_file."""
    found: list[tuple[str, str]] = []
    for kind_name in sandbox._KIND_NAMES.values():
        for template in sandbox._ERRORS.values():
            reason = template.format(mem="512 MB", size="25 MB", kind=kind_name)
            found.append((refusal("a.txt", reason).reason, "a.txt"))
    for signature, _name in sniff._SIGNATURES:
        with pytest.raises(Unreadable) as caught:
            sniff.check_kind(signature + bytes(64), "txt", ".txt")
        found.append((refusal("b.txt", str(caught.value)).reason, "b.txt"))
    for kind, suffix in (("pdf", ".pdf"), ("docx", ".docx")):
        with pytest.raises(Unreadable) as caught:
            sniff.check_kind(b"just text", kind, suffix)
        found.append((refusal(f"c{suffix}", str(caught.value)).reason, f"c{suffix}"))
    for kind in (failures.DISK_FULL, failures.PERMISSION, failures.READ_ONLY):
        found.append((failures.cli_message(failures.Failure(kind)), ""))
        found.append((failures.cli_message(failures.Failure(kind, "/data/x.db")), "/data/x.db"))
    unexpected = failures.Failure(failures.UNEXPECTED, "/data/y.db", "OSError")
    found.append((failures.cli_message(unexpected), "/data/y.db"))
    found.append((failures.cli_message(failures.Failure(failures.UNEXPECTED, detail="X")), ""))
    found += [(sentence, "") for sentence in _pack_problems(tmp_path)]
    found += [(sentence, "") for sentence in _library_errors()]
    found += _unwritable_places(tmp_path)
    from guide import datadir  # the bundled data rebuilt: every reason the window may give

    found += [(datadir._notice([reason]), "") for reason in [*datadir.NOTICES, "other"]]

    def no_permission():
        raise PermissionError(13, "Permission denied", "/data/perpustakaan")

    from guide import sources

    monkeypatch.setattr(sources, "open_personal", no_permission)
    found += [(p, "/data/perpustakaan") for p in sources.open_sources(with_packs=False).problems]
    return found


def _pack_problems(tmp_path: Path) -> list[str]:
    """The lab folder's lines for broken packs (guide.lab_packs, guide.packs)."""
    from guide.lab_packs import load_lab_packs

    folder = tmp_path / "lab"
    folder.mkdir()
    (folder / "broken.pkpack").write_bytes(b"not a zip")
    manifests = {
        "no-manifest": None,
        "format": {"format": "other"},
        "version": {"format": "panduan-karier-pack", "version": 9},
        "no-articles": {"format": "panduan-karier-pack", "version": 1, "articles": []},
        "bad-id": {"format": "panduan-karier-pack", "version": 1, "articles": [{"id": "A B"}]},
        "missing": {"format": "panduan-karier-pack", "version": 1, "articles": [{"id": "a-1"}]},
    }
    for name, manifest in manifests.items():
        with zipfile.ZipFile(folder / f"{name}.pkpack", "w") as archive:
            if manifest is not None:
                archive.writestr("manifest.json", json.dumps(manifest))
            else:
                archive.writestr("other.txt", "x")
    _loaded, problems = load_lab_packs([folder], root=tmp_path / "cache")
    assert len(problems) == len(manifests) + 1
    return problems


def _unwritable_places(tmp_path: Path) -> list[tuple[str, str]]:
    """A file to write where a folder is, or inside a file (guide.atomic_file)."""
    from guide.atomic_file import replaced_atomically

    blocked = tmp_path / "blok"
    blocked.write_text("x")
    pipe = tmp_path / "pipa"
    os.mkfifo(pipe)
    found = []
    for out, kept in (
        (tmp_path, str(tmp_path)),
        (blocked / "a.pdf", str(blocked)),
        (pipe, str(pipe)),
        (tmp_path / ("a" * 300), ""),
    ):
        with pytest.raises(failures.KnownError) as caught, replaced_atomically(out):
            pass
        found.append((failures.cli_message(failures.classify(caught.value)), kept))
    return found


def _library_errors() -> list[str]:
    """EmptyLibrary and NotInLibrary, from guide.teacher_library with a library that holds
    nothing."""
    from guide import teacher_library

    empty = SimpleNamespace(entries=lambda: [], article=lambda _id: None)
    sentences = []
    with pytest.raises(teacher_library.EmptyLibrary) as caught:
        teacher_library.export_library_pack(empty, Path("x.pkpack"))  # type: ignore[arg-type]
    sentences.append(str(caught.value))
    with pytest.raises(teacher_library.NotInLibrary) as caught:
        teacher_library.document_of(empty, "guru-123")  # type: ignore[arg-type]
    sentences.append(str(caught.value))
    return sentences


def test_guide_sentences_read_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    sentences = _guide_sentences(tmp_path, monkeypatch)
    assert len(sentences) > 40
    problems = []
    for sentence, kept in sentences:
        shown = translated(sentence)
        words = _indonesian_words(shown, *[k for k in (kept, "guru-123") if k])
        if shown == sentence or words or (kept and kept not in shown):
            problems.append(f"{sentence!r} -> {shown!r}")
    assert not problems, "\n".join(problems)


def test_guide_sentences_unchanged_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indonesian
) -> None:
    for sentence, _kept in _guide_sentences(tmp_path, monkeypatch):
        assert translated(sentence) == sentence


# -- every template --------------------------------------------------------------------------

KEPT = {"k": ["Laporan Akhir (v2).pdf", "/home/guru/Data Saya"], "w": ["w-17", "w-42"]}
NESTED = "berkasnya kosong"  # an "r" part: a guide sentence itself
NOUN = "gambar PNG"  # an "n" part: a kind of file


def _sample(kinds: str) -> tuple[list[str], list[str]]:
    """(the parts of a sample sentence, what they become in the interface language)."""
    parts, shown = [], []
    for i, kind in enumerate(kinds):
        if kind in KEPT:
            parts.append(KEPT[kind][i % 2])
            shown.append(KEPT[kind][i % 2])
        else:
            source = NESTED if kind == "r" else NOUN
            parts.append(source)
            shown.append(translated(source) if kind == "r" else _tr(source))
    return parts, shown


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@pytest.mark.parametrize(("kinds", "template"), TEMPLATES)
def test_every_template_round_trips(
    kinds: str, template: str, qapp: QApplication, qm_dir: Path
) -> None:
    parts, _ = _sample(kinds)
    sentence = fill(template, *parts)
    assert translated(sentence) == sentence
    i18n.install(qapp, "id", qm_dir)
    try:
        assert translated(sentence) == sentence
    finally:
        i18n.uninstall(qapp)
    i18n.install(qapp, "en", qm_dir)
    try:
        _, shown_parts = _sample(kinds)
        english = _tr(template)
        assert english != template, "no English translation"
        assert translated(sentence) == fill(english, *shown_parts)  # this template, not another
        assert sentence != translated(sentence)
        for kind, part in zip(kinds, shown_parts, strict=True):
            assert part in translated(sentence), kind
    finally:
        i18n.uninstall(qapp)


def test_every_kind_of_file_has_an_english_name(english) -> None:
    missing = [noun for noun in NOUNS if noun != "PDF" and _tr(noun) == noun]
    assert not missing
    assert _tr("PDF") == "a PDF"


def test_nested_twice(english) -> None:
    sentence = failures.cli_message(failures.Failure(failures.DISK_FULL, "/data/guru"))
    sentence = f"Paket «lab.pkpack» tidak dapat dibuka: {sentence}"
    assert translated(sentence) == (
        "The pack “lab.pkpack” could not be opened: The disk is full (or the quota is used up): "
        "/data/guru. Free some space, then try again."
    )


def test_unknown_text_is_left_alone(english) -> None:
    for sentence in ("", "Sesuatu yang belum dikenal.", "berkasnya kosong!", "Disk full."):
        assert translated(sentence) == sentence
    # An unknown reason inside a known sentence: the sentence is translated, the reason kept.
    sentence = "«a.txt» tidak dapat diimpor: alasan yang belum dikenal."
    assert translated(sentence) == "“a.txt” could not be imported: alasan yang belum dikenal."
    # An unknown kind of file stays as the guide named it.
    assert translated("berkas ini rusak atau tidak dapat dibaca sebagai epub") == (
        "this file is damaged or cannot be read as epub"
    )


# -- where the window shows them -------------------------------------------------------------


def test_import_dialog_shows_english_reasons(qtbot, tmp_path: Path, english) -> None:
    from guide.teacher_library import ImportRow
    from ui.import_dialog import ImportDialog, status_text

    sentence = "«laporan.pdf» tidak dapat diimpor: PDF ini terenkripsi (berkata sandi)."
    row = ImportRow("laporan.pdf", "rejected", reason=sentence)
    assert status_text(row) == (
        "refused: “laporan.pdf” could not be imported: this PDF is encrypted (password-protected)."
    )
    dialog = ImportDialog(pack=tmp_path / "lab.pkpack")
    qtbot.addWidget(dialog)
    dialog._on_failed("Paket «lab.pkpack» tidak dapat dipakai: paket tidak berisi artikel.")
    failed = "The pack “lab.pkpack” cannot be used: the pack holds no articles."
    assert dialog.status_of(0) == f"refused: {failed}"
    assert failed in dialog.table.item(0, 1).toolTip()
    assert dialog.summary() == failed


def test_status_bar_shows_english_pack_problems(qtbot, english) -> None:
    from ui.library_actions import LibraryActionsMixin

    bar = QStatusBar()
    qtbot.addWidget(bar)
    window = SimpleNamespace(statusBar=lambda: bar)
    problems = (
        "Paket «a.pkpack» tidak dapat dipakai: bukan berkas paket yang utuh.",
        "Paket «b.pkpack» tidak dapat dibuka: Folder ini hanya dapat dibaca.",
    )
    LibraryActionsMixin.show_library_notices(window, SimpleNamespace(pack_problems=problems))
    assert bar.currentMessage() == (
        "The pack “a.pkpack” cannot be used: it is not a complete pack file."
        "  ·  The pack “b.pkpack” could not be opened: This folder is read-only."
    )
    LibraryActionsMixin._on_sources_notice(
        window, "Tidak ada izin untuk membuka atau menulis berkas."
    )
    assert bar.currentMessage().endswith(": No permission to open or write the file.")
    assert "berkas" not in bar.currentMessage()
