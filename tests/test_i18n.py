"""Translations: the .ts files are complete and current, the .qm files build and load, English
reaches real widgets, Qt's own buttons and menus read Indonesian, the choice is remembered."""

from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
)

import ui
from guide import APP_NAME
from tests.conftest import REPO
from ui import entry, i18n
from ui.settings import Settings

TRANSLATIONS = REPO / "resources" / "translations"
APP_TS = TRANSLATIONS / "panduan_en.ts"
QT_TS = TRANSLATIONS / "qt_id.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!&)")


# -- reading .ts files -----------------------------------------------------------------------


def _messages(path: Path) -> list[dict]:
    """Every message of a .ts file: context, source, disambiguation, numerus, translations."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [form.text or "" for form in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "numerus": numerus,
                    "type": translation.get("type", "") if translation is not None else "missing",
                    "forms": forms,
                }
            )
    return found


def _key(message: dict) -> tuple[str, str, str, bool]:
    return (message["context"], message["source"], message["comment"], message["numerus"])


def _problems(path: Path, forms_wanted: int) -> list[str]:
    """What is wrong with each message of a .ts: unfinished, empty, placeholders changed."""
    problems = []
    for m in _messages(path):
        where = f"{m['context']}: {m['source']!r}"
        if m["type"]:
            problems.append(f"{where} is {m['type']}")
        if m["numerus"] and len(m["forms"]) != forms_wanted:
            problems.append(f"{where} has {len(m['forms'])} plural forms, not {forms_wanted}")
        want = sorted(PLACEHOLDER.findall(m["source"]))
        for form in m["forms"]:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != want:
                problems.append(f"{where} -> {form!r} changes the placeholders {want}")
            elif len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(m["source"])):
                problems.append(f"{where} -> {form!r} drops or adds a keyboard mnemonic (&)")
    return problems


def test_english_ts_is_complete() -> None:
    root = ET.parse(APP_TS).getroot()
    assert (root.get("sourcelanguage"), root.get("language")) == ("id", "en")
    messages = _messages(APP_TS)
    assert len(messages) > 150
    problems = _problems(APP_TS, forms_wanted=2)
    for m in messages:
        where = f"{m['context']}: {m['source']!r}"
        for form in m["forms"]:
            if "«" in form or "»" in form:
                problems.append(f"{where} -> {form!r} keeps «…»; English uses “…”")
            if APP_NAME in m["source"] and APP_NAME not in form:
                problems.append(f"{where} -> {form!r} renames the product")
    assert not problems, "\n".join(problems)


def test_qt_indonesian_ts_is_complete() -> None:
    root = ET.parse(QT_TS).getroot()
    assert (root.get("sourcelanguage"), root.get("language")) == ("en", "id")
    problems = _problems(QT_TS, forms_wanted=1)
    assert not problems, "\n".join(problems)


def _lupdate(tmp_path: Path) -> list[dict]:
    fresh = tmp_path / "fresh_en.ts"
    i18n.update_ts(fresh, locations="none")
    return _messages(fresh)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """What lupdate finds in ui/ now."""
    return _lupdate(tmp_path_factory.mktemp("lupdate"))


def test_english_ts_is_current(extracted: list[dict]) -> None:
    """A new string in ui/ without a finished translation fails here, as does one that no
    longer exists in the code (run `uv run python -m ui.i18n update` and translate)."""
    committed = {_key(m): m for m in _messages(APP_TS)}
    missing = [
        f"{m['context']}: {m['source']!r}"
        for m in extracted
        if _key(m) not in committed or committed[_key(m)]["type"]
    ]
    assert not missing, "untranslated strings in ui/:\n" + "\n".join(missing)
    vanished = sorted(set(committed) - {_key(m) for m in extracted})
    assert not vanished, f"strings no longer in ui/ (run lupdate): {vanished}"


def test_every_context_is_one_pyside_asks_for(extracted: list[dict]) -> None:
    """lupdate names the context after what it sees; an aliased ``tr`` gives "" or
    "self.view", which no lookup at run time ever uses."""
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    classes = set()
    for source in Path(ui.__file__).parent.glob("*.py"):
        classes |= set(re.findall(r"^\s*class (\w+)\b", source.read_text(), re.MULTILINE))
    qt = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
    # translate("app", …) in ui/app.py; GuideMessages, Handout, Slides, Plan: QT_TRANSLATE_NOOP
    explicit = {"dates", "content", "app", "GuideMessages", "Handout", "Slides", "Plan"}
    unknown = {
        m["context"]
        for m in extracted
        if m["context"] not in classes
        and m["context"] not in explicit
        and not any(hasattr(module, m["context"]) for module in qt)
    }
    assert not unknown, unknown


def test_lrelease_finds_no_invalid_translation(tmp_path: Path) -> None:
    """Qt's own checks: accelerators, surrounding whitespace, ending punctuation, %1 markers."""
    lrelease = i18n.find_tool("lrelease")
    assert lrelease is not None
    for ts in (APP_TS, QT_TS):
        done = subprocess.run(
            [str(lrelease), "-fail-on-invalid", str(ts), "-qm", str(tmp_path / "x.qm")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


# -- compiling -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    written = i18n.compile_translations(out)
    assert [p.name for p in written] == ["panduan_en.qm", "qt_id.qm"]
    assert all(p.stat().st_size > 100 for p in written)
    return out


def test_compile_translations_writes_qm_files(qm_dir: Path) -> None:
    assert sorted(p.name for p in qm_dir.iterdir()) == ["panduan_en.qm", "qt_id.qm"]


def test_compile_without_lrelease_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    with pytest.raises(i18n.TranslationToolMissing, match="pyside6-lrelease"):
        i18n.compile_translations(tmp_path)


def test_find_tool_finds_the_pyside_binaries() -> None:
    for name in ("lrelease", "lupdate"):
        tool = i18n.find_tool(name)
        assert tool is not None and os.access(tool, os.X_OK), name


# -- the app in English ----------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path):
    installed = i18n.install(qapp, "en", qm_dir)
    yield installed
    i18n.uninstall(qapp)


def test_english_strings_through_every_form_of_tr(english) -> None:
    from ui.dates import format_date
    from ui.home_view import HomeView
    from ui.profile_view import not_discussed_label
    from ui.reader_view import ReaderView
    from ui.search_view import SearchView

    assert i18n.installed_language() == "en"
    translate = QCoreApplication.translate
    assert translate("MainWindow", "Bandingkan Backend vs Frontend") == (
        "Compare Backend vs Frontend"
    )
    home = HomeView()  # self.tr in a subclass: context "HomeView"
    assert home.compare_button.text() == "Compare Backend vs Frontend"
    # module-level QLabel.tr: context "QLabel", at extraction and at run time
    assert QLabel.tr("Tidak dibahas di artikel sumber.") == "Not discussed in the source articles."
    assert not_discussed_label().text() == "Not discussed in the source articles."
    search = SearchView()
    assert search.tr("%n hasil", "", 1) == "1 result"
    assert search.tr("%n hasil", "", 5) == "5 results"
    assert ReaderView().tr("Kata dicari: %n", "", 1) == "1 searched word"
    assert format_date("2024-07-03") == "3 July 2024"  # QT_TRANSLATE_NOOP + context "dates"
    home.deleteLater()
    search.deleteLater()


def test_main_window_menus_in_english(qtbot, english) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    titles = {action.text() for action in window.menuBar().actions()}
    assert {"&File", "&Go", "&View", "&Help"} <= titles
    assert not titles & {"&Berkas", "&Buka", "&Tampilan", "Ba&ntuan"}
    assert window.act_compare.text() == "Compare"
    assert window.search_box.placeholderText().startswith("Search the articles")


def test_reader_header_in_english(english, library) -> None:
    """The reader's header is written by a helper class: explicit context "ReaderView"."""
    from ui.reader_view import ReaderView

    view = ReaderView()
    view.show_passage(library.open_article("001"))  # publisher, author and date stated
    text = view.text.toPlainText()
    assert "Publisher: " in text and "Author: " in text and "Date: " in text
    assert "Penerbit:" not in text


def test_uninstall_returns_to_indonesian(qapp: QApplication, qm_dir: Path) -> None:
    i18n.install(qapp, "en", qm_dir)
    i18n.uninstall(qapp)
    assert QLabel.tr("Tidak dibahas di artikel sumber.") == "Tidak dibahas di artikel sumber."
    assert i18n.installed_language() == "id"


# -- Qt's own strings in Indonesian ----------------------------------------------------------


def _plain(text: str) -> str:
    """A menu or button text without its mnemonic and shortcut: "&Copy\tCtrl+C" -> "Copy"."""
    return text.split("\t")[0].replace("&", "")


def _texts(qapp: QApplication) -> dict[str, list[str]]:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    buttons = QDialogButtonBox()
    standard = QDialogButtonBox.StandardButton
    for button in (
        standard.Close,
        standard.Yes,
        standard.No,
        standard.Save,
        standard.Open,
        standard.Apply,
    ):
        buttons.addButton(button)
    line = QLineEdit("abc")
    line_menu = line.createStandardContextMenu()
    text = QTextEdit()
    text_menu = text.createStandardContextMenu()
    found = {
        "box": sorted(_plain(b.text()) for b in box.buttons()),
        "buttons": sorted(_plain(b.text()) for b in buttons.buttons()),
        "line": [_plain(a.text()) for a in line_menu.actions() if a.text()],
        "text": [_plain(a.text()) for a in text_menu.actions() if a.text()],
    }
    for widget in (box, buttons, line, line_menu, text, text_menu):
        widget.deleteLater()
    return found


def test_qt_buttons_and_menus_in_indonesian(qapp: QApplication, qm_dir: Path) -> None:
    before = _texts(qapp)
    assert before["box"] == ["Cancel", "OK"]  # Qt's English without our catalogue
    i18n.install(qapp, "id", qm_dir)
    try:
        after = _texts(qapp)
        scroll = QCoreApplication.translate("QScrollBar", "Scroll here")
    finally:
        i18n.uninstall(qapp)
    assert after["box"] == ["Batal", "OK"]
    assert after["buttons"] == sorted(["Tutup", "Ya", "Tidak", "Simpan", "Buka", "Terapkan"])
    menu = ["Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"]
    assert after["line"] == menu
    assert after["text"] == menu
    assert scroll == "Gulir ke sini"
    assert _texts(qapp) == before


# -- the language setting --------------------------------------------------------------------


def test_language_is_indonesian_by_default_and_persists() -> None:
    assert i18n.current_language(Settings()) == "id"
    i18n.set_language(Settings(), "en")
    assert i18n.current_language(Settings()) == "en"
    stored = QSettings(Settings().path, QSettings.Format.IniFormat)
    assert stored.value("ui/language") == "en"
    i18n.set_language(Settings(), "id")
    assert i18n.current_language(Settings()) == "id"


def test_unknown_languages_are_refused_or_ignored() -> None:
    with pytest.raises(ValueError, match="xx"):
        i18n.set_language(Settings(), "xx")
    Settings()._s.setValue("ui/language", "klingon")
    assert i18n.current_language(Settings()) == "id"
    assert set(i18n.LANGUAGES) == {"id", "en"}


def test_saved_language_is_installed_at_start(qapp: QApplication) -> None:
    i18n.set_language(None, "en")
    try:
        assert i18n.install_saved_language(qapp) == "en"
        assert QLabel.tr("Berbeda") == "Different"
    finally:
        i18n.uninstall(qapp)


# -- panduan-karier build --------------------------------------------------------------------


@pytest.fixture
def no_data_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """cmd_build without the (slow) data build: only the translation step runs for real."""

    def fake_build(seeds: Path, out: Path, force: bool = False, **_: object) -> SimpleNamespace:
        return SimpleNamespace(built=False, out_dir=out)

    monkeypatch.setattr("guide.build.build", fake_build)


@pytest.mark.usefixtures("no_data_build")
def test_build_compiles_the_translations_beside_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry.main(["build", "--out", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "Terjemahan: 2 berkas .qm" in out.splitlines()
    assert sorted(p.name for p in (tmp_path / "translations").glob("*.qm")) == [
        "panduan_en.qm",
        "qt_id.qm",
    ]


@pytest.mark.usefixtures("no_data_build")
def test_build_without_lrelease_warns_and_continues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    assert entry.main(["build", "--out", str(tmp_path / "data")]) == 0
    captured = capsys.readouterr()
    assert "Terjemahan:" not in captured.out
    assert captured.err.startswith("Peringatan: terjemahan tidak dikompilasi")
    assert len(captured.err.strip().splitlines()) == 1


def test_every_heading_the_seeds_bring_reads_english(english) -> None:
    """Tab titles, the headings of claims' groups and the comparison's rows come with the
    data but are interface: each has an English label (a group added to a profile must be
    added to ui/content_labels.py and translated)."""
    import tomllib

    from guide.profiles import SECTION_TITLES
    from tests.conftest import SEEDS
    from ui.content_labels import label

    headings = set(SECTION_TITLES.values())
    for toml in (SEEDS / "profiles").glob("*.toml"):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        headings |= {a["label"] for a in data.get("aspects", [])}
        for section in data.get("sections", []):
            headings |= {c["group"] for c in section.get("claims", []) if c.get("group")}
    assert len(headings) > 40
    untranslated = sorted(h for h in headings if label(h) == h and h not in SAME_IN_ENGLISH)
    assert not untranslated, untranslated


SAME_IN_ENGLISH = {"CI/CD & DevOps", "Cloud & serverless", "Version control"}
