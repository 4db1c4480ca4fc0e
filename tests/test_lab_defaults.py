"""Lab PCs (issue 11, point 15): "Atur ulang untuk siswa berikutnya" returns theme, language
and zoom to the lab administrator's defaults (``panduan-karier-lab.ini``) or the built-in ones;
``read_only=true`` keeps nothing a student chose beyond the session; settings that cannot be
saved are said once in the status bar."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from ui import i18n
from ui import settings as settings_module
from ui.main_window import MainWindow
from ui.navigation import HOME, Location
from ui.settings import LAB_FILENAME, LabDefaults, Settings, lab_defaults, read_lab_file
from ui.theme import CONTRAST, DARK, LIGHT, SYSTEM


@pytest.fixture
def program_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The program's folder, where the admin puts panduan-karier-lab.ini (read afresh)."""
    folder = tmp_path / "program"
    folder.mkdir()
    monkeypatch.setattr("guide.resources.program_dir", lambda: folder)
    lab_defaults.cache_clear()
    yield folder
    lab_defaults.cache_clear()
    settings_module._session_file.clear()


@pytest.fixture
def english_afterwards():
    """Leave Indonesian installed, whatever the test switched to."""
    yield
    i18n.install(QApplication.instance(), "id")


def write_lab(folder: Path, text: str) -> Path:
    path = folder / LAB_FILENAME
    path.write_text(text, encoding="utf-8")
    lab_defaults.cache_clear()
    return path


def open_window(qtbot, library, settings: Settings | None = None) -> MainWindow:
    """A window as the app opens one: the saved (or the lab's) language installed first."""
    settings = settings or Settings()
    i18n.install(QApplication.instance(), i18n.current_language(settings))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.set_library(library)
    return window


def student_changes_everything(qtbot, window: MainWindow) -> MainWindow:
    """Theme, zoom and language chosen from the menus; returns the window now in use."""
    window.theme_actions[DARK].trigger()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    other = "en" if i18n.installed_language() == "id" else "id"
    window.language_actions[other].trigger()
    successor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    qtbot.addWidget(successor)
    assert i18n.installed_language() == other and successor.theme == DARK
    return successor


def test_reset_returns_theme_language_and_zoom_to_the_built_in_defaults(
    qtbot, library, program_dir: Path, english_afterwards
) -> None:
    window = open_window(qtbot, library)
    window = student_changes_everything(qtbot, window)
    assert window.menuBar().actions()[0].text() == "&File"
    window.search("gaji")
    fresh = window.reset_for_next_student()
    qtbot.addWidget(fresh)
    assert i18n.installed_language() == "id"
    assert fresh.menuBar().actions()[0].text() == "&Berkas"
    assert fresh.theme == SYSTEM and fresh.theme_actions[SYSTEM].isChecked()
    assert fresh.zoom == 1.0 and fresh.settings.recent_searches == []
    assert fresh.history.current == HOME and not fresh.history.can_go_back()
    assert fresh.statusBar().currentMessage() == "Siap untuk siswa berikutnya."
    again = Settings()  # what the next start reads
    assert again.theme == SYSTEM and again.zoom == 1.0 and i18n.current_language(again) == "id"


def test_reset_returns_to_the_lab_administrators_defaults(
    qtbot, library, program_dir: Path, english_afterwards
) -> None:
    write_lab(program_dir, "language=en\ntheme=contrast\nzoom=1.3\n")
    window = open_window(qtbot, library)
    assert i18n.installed_language() == "en" and window.theme == CONTRAST and window.zoom == 1.3
    window = student_changes_everything(qtbot, window)  # Indonesian, dark, 150 %
    fresh = window.reset_for_next_student()
    qtbot.addWidget(fresh)
    assert i18n.installed_language() == "en"
    assert fresh.menuBar().actions()[0].text() == "&File"
    assert fresh.theme == CONTRAST and fresh.zoom == 1.3
    assert fresh.statusBar().currentMessage() == "Ready for the next student."
    assert fresh is not window and not window.isVisible()


def test_without_a_language_change_reset_keeps_the_window(
    qtbot, library, program_dir: Path
) -> None:
    write_lab(program_dir, "theme=light\n")
    window = open_window(qtbot, library)
    window.theme_actions[DARK].trigger()
    window.navigate(Location("compare"))
    assert window.reset_for_next_student() is window
    assert window.theme == LIGHT and window.stack.currentWidget() is window.home


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("language=en\ntheme=dark\nzoom=1.5\nread_only=true\n", ("en", DARK, 1.5, True)),
        ("[General]\nlanguage=id\nread_only=Ya\n", ("id", None, None, True)),
        ("language=klingon\ntheme=Dark\nzoom=nan\nread_only=maybe\n", (None, None, None, False)),
        ("zoom=99\n", (None, None, 3.0, False)),  # clamped to what the layouts handle
        (
            "theme=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\nzoom=@Point(1 2)\n",
            (None,) * 3 + (False,),
        ),
        ("colour=red\ntheme=" + "x" * 100_000 + "\n", (None, None, None, False)),
        ("\0\xff garbage [[[\n", (None, None, None, False)),
    ],
    ids=["all", "section", "invalid", "clamped", "serialized", "unknown-and-huge", "binary"],
)
@pytest.mark.qt_log_ignore("QVariant::load", "Trying to construct an instance")
def test_every_lab_value_is_checked(
    tmp_path: Path, text: str, expected: tuple, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / LAB_FILENAME
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    lab = read_lab_file(path)
    assert (lab.language, lab.theme, lab.zoom, lab.read_only) == expected
    assert lab.path == str(path)


def test_an_oversized_lab_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / LAB_FILENAME
    path.write_text("theme=dark\n" + "; comment\n" * 20_000, encoding="utf-8")
    assert read_lab_file(path) == LabDefaults(path=str(path))


def test_the_lab_file_beside_the_program_wins(program_dir: Path, monkeypatch) -> None:
    assert lab_defaults() == LabDefaults()  # no file: the built-in defaults
    system = program_dir.parent / "etc" / LAB_FILENAME
    system.parent.mkdir()
    system.write_text("theme=dark\n", encoding="utf-8")
    monkeypatch.setattr(settings_module, "lab_files", lambda: [program_dir / LAB_FILENAME, system])
    lab_defaults.cache_clear()
    assert lab_defaults().theme == DARK
    write_lab(program_dir, "theme=light\n")
    assert lab_defaults().theme == LIGHT


def test_read_only_lab_keeps_nothing_between_sessions(program_dir: Path) -> None:
    mine = Settings()  # the student's own settings file, from an earlier session
    mine.theme = DARK
    mine.add_recent_search("gaji")
    mine.sync()
    write_lab(program_dir, "theme=contrast\nread_only=true\n")
    session = Settings()
    assert session.theme == CONTRAST and session.recent_searches == []
    session.theme = LIGHT
    session.zoom = 2.0
    session.add_recent_search("docker")
    i18n.set_language(session, "en")
    later = Settings()  # the same session (a language switch builds a new window)
    assert later.theme == LIGHT and later.zoom == 2.0 and later.recent_searches == ["docker"]
    assert i18n.current_language(later) == "en"
    settings_module._session_file.clear()  # the program ended: its session file goes
    next_start = Settings()
    assert next_start.theme == CONTRAST and next_start.zoom == 1.0
    assert next_start.recent_searches == [] and i18n.current_language(next_start) == "id"
    assert Settings(lab=LabDefaults()).theme == DARK  # the student's own file was not touched


def _unwritable_config(tmp_path: Path) -> Path:
    """A config folder that cannot be created: a file stands where it should be (what a
    read-only folder is to an ordinary user; root writes into read-only folders)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "config"


def test_settings_that_cannot_be_saved_are_said_once(qtbot, library, tmp_path: Path) -> None:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_unwritable_config(tmp_path))
    )
    settings = Settings()
    assert not settings.can_save()
    window = open_window(qtbot, library, settings)
    window.theme_actions[DARK].trigger()
    window.act_zoom_in.trigger()
    window.search("gaji")
    window.theme_actions[LIGHT].trigger()
    notices = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.text() == "Pengaturan tidak dapat disimpan"
    ]
    assert len(notices) == 1 and notices[0].isVisible()
    assert settings.path in notices[0].toolTip()
    assert window.theme == LIGHT and window.zoom == 1.1  # the session goes on
    window.close()


def test_a_read_only_portable_copy_is_said_too(
    qtbot, library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Portable mode (a .portable file): settings in data-pengguna/config beside the program,
    on a stick that is read-only."""
    from guide.resources import PORTABLE_DIRNAME, PORTABLE_MARKER, user_config_dir

    program = tmp_path / "stick"
    program.mkdir()
    (program / PORTABLE_MARKER).write_text("", encoding="utf-8")
    (program / PORTABLE_DIRNAME).write_text("read-only medium", encoding="utf-8")
    monkeypatch.setattr("guide.resources.program_dir", lambda: program)
    lab_defaults.cache_clear()
    config = user_config_dir()  # as ui.app.make_app points QSettings there at start-up
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    window = open_window(qtbot, library)
    assert window.settings.path.startswith(str(program / PORTABLE_DIRNAME))
    assert any(
        label.text() == "Pengaturan tidak dapat disimpan"
        for label in window.statusBar().findChildren(QLabel)
    )
    window.close()
    lab_defaults.cache_clear()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_read_only_config_folder_cannot_save(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "panduan-karier").mkdir(parents=True)
    (config / "panduan-karier").chmod(0o555)
    try:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
        settings = Settings()
        settings.theme = DARK
        assert not settings.can_save()
    finally:
        (config / "panduan-karier").chmod(0o755)


def test_writable_settings_say_nothing(qtbot, library, program_dir: Path) -> None:
    window = open_window(qtbot, library)
    window.theme_actions[DARK].trigger()
    assert window.settings.can_save()
    assert not any(
        label.text() == "Pengaturan tidak dapat disimpan"
        for label in window.statusBar().findChildren(QLabel)
    )


def test_the_readme_example_is_what_it_says(tmp_path: Path) -> None:
    """The README's example lab file (inline comments and all) reads as documented."""
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```ini\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    path = tmp_path / LAB_FILENAME
    path.write_text(example.group(1), encoding="utf-8")
    assert read_lab_file(path) == LabDefaults("id", CONTRAST, 1.2, True, str(path))
