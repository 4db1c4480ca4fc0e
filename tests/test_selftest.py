"""`panduan-karier --self-test`: passes on sound data, names what failed otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide import datadir
from ui.entry import main


@pytest.fixture
def bundle(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "bundle" / "data"
    shutil.copytree(data_dir, copy)
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: copy)
    return copy


def test_self_test_passes_and_reports_every_check(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.stat().st_mtime_ns for p in bundle.rglob("*")}
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    for name in ("SQLite", "Manifest SHA-256", "Indeks Whoosh", "Cari «pemograman»", "Tampilan"):
        assert any(line.startswith("OK") and name in line for line in lines), name
    assert "Uji mandiri: semua" in out and "GAGAL" not in out
    assert {p: p.stat().st_mtime_ns for p in bundle.rglob("*")} == before  # nothing changed


def test_self_test_fails_naming_the_damaged_file(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = bundle / "panduan.sqlite"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "GAGAL  Data bawaan program" in out and "panduan.sqlite rusak" in out
    assert "Uji mandiri GAGAL" in out


def test_self_test_reports_the_personal_library_and_each_lab_pack(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from guide.sources import open_personal
    from guide.teacher_library import export_library_pack, import_path
    from tests.conftest import REPO

    lab = tmp_path / "lab"
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(lab))
    personal = open_personal()
    import_path(personal, REPO / "tests" / "fixtures" / "import" / "ahli-gizi.md")
    export_library_pack(personal, lab / "kelas.pkpack", title="Kelas XII")
    personal.close()
    (lab / "rusak.pkpack").write_bytes(b"bukan zip")
    before = {p: p.stat().st_mtime_ns for p in lab.iterdir()}
    assert main(["--self-test"]) == 1  # a bad pack is reported as a failure for the admin
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(
        x.startswith("OK") and "Perpustakaan pribadi" in x and "1 artikel" in x for x in lines
    )
    assert any(x.startswith("OK") and "«Kelas XII», 1 artikel" in x for x in lines)
    assert any(x.startswith("GAGAL") and "rusak.pkpack" in x and "tidak dapat" in x for x in lines)
    assert {p: p.stat().st_mtime_ns for p in lab.iterdir()} == before
    from guide.lab_packs import cache_root

    assert not cache_root().exists()  # validated, not copied


def test_self_test_without_any_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: tmp_path / "none")
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "panduan-karier build" in out and "Traceback" not in out


def test_without_a_console_the_report_goes_to_a_window(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr("ui.selftest.show_report", lambda text, ok: shown.append((text, ok)))
    monkeypatch.setattr("sys.stdout", None)
    assert main(["--self-test"]) == 0
    assert shown and shown[0][1] and "Uji mandiri: semua" in shown[0][0]


def test_self_test_leaves_the_users_settings_alone(bundle: Path, capsys) -> None:
    """Issue 11, point 5: no "gaji" search or window size left for the next student."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    settings = Settings()
    settings.add_recent_search("jurusan")
    settings.sync()
    path = Path(settings.path)
    before = path.read_bytes()
    folder = sorted(p.name for p in path.parent.rglob("*"))
    assert main(["--self-test"]) == 0
    capsys.readouterr()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.rglob("*")) == folder
    fresh = QSettings(str(path), QSettings.Format.IniFormat)
    assert fresh.value("view/last") is None and fresh.value("window/geometry") is None
