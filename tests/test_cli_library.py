"""The teacher-library commands, end to end: import, library, pack export/import, lab packs,
and search over bundled + personal + packs (issue 13's CLI contract)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from guide.cli import main
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "import"
GIZI = FIXTURES / "ahli-gizi.md"
SCANNED = FIXTURES / "brosur-pindaian.pdf"


@pytest.fixture(autouse=True)
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The session build as the bundled data; this test's own user folders and lab folder."""
    monkeypatch.setattr("guide.cli._data", lambda: _location(data_dir))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))


def _location(data_dir: Path):
    from guide.datadir import DataLocation

    return DataLocation(data_dir, bundled=False)


def _json_lines(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]


def _search(capsys, query: str) -> list[dict]:
    assert main(["search", query, "--json", "--limit", "5"]) == 0
    return _json_lines(capsys)


def test_import_list_search_remove(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(GIZI), str(SCANNED), "--json"]) == 1  # one refused
    rows = _json_lines(capsys)
    assert [r["status"] for r in rows] == ["imported", "rejected"]
    assert rows[0]["title"] == "Mengenal Profesi Ahli Gizi" and rows[0]["id"].startswith("guru-")
    assert rows[0]["reason"] is None
    assert "«brosur-pindaian.pdf» tidak dapat diimpor" in rows[1]["reason"]
    assert rows[1]["id"] is None and set(rows[1]) == {"file", "status", "id", "title", "reason"}

    assert main(["import", str(GIZI), "--json"]) == 0
    assert _json_lines(capsys)[0]["status"] == "unchanged"

    assert main(["library", "--json"]) == 0
    [entry] = _json_lines(capsys)
    assert entry["id"] == rows[0]["id"] and entry["origin"] == "personal"
    assert entry["file"] == "ahli-gizi.md" and entry["imported_at"].endswith("Z")

    hits = _search(capsys, "ahli gizi puskesmas")
    assert hits[0]["article"] == entry["id"] and hits[0]["origin"] == "personal"
    assert main(["search", "ahli gizi puskesmas", "--limit", "1"]) == 0
    assert capsys.readouterr().out.startswith(f"1. [Artikel guru: {entry['id']}] Mengenal")
    assert all(h["origin"] == "bundled" for h in _search(capsys, "tugas backend developer")[:3])
    assert main(["suggest", "puskes"]) == 0  # completions know the teacher's words too
    assert capsys.readouterr().out.splitlines()[0] == "puskesmas"

    assert main(["library", "remove", entry["id"]]) == 0
    capsys.readouterr()
    assert not any(h["article"] == entry["id"] for h in _search(capsys, "ahli gizi puskesmas"))
    assert main(["suggest", "puskes"]) == 0
    assert "puskesmas" not in capsys.readouterr().out.splitlines()  # removed, and tidied
    assert main(["library", "remove", entry["id"]]) == 1  # one line, no traceback
    assert "Tidak ada artikel guru" in capsys.readouterr().err


def test_a_changed_file_replaces_its_old_version(tmp_path: Path, capsys) -> None:
    note = tmp_path / "catatan-guru.md"
    note.write_text("# Catatan\n\nProfesi juru masak kapal pesiar.\n", encoding="utf-8")
    assert main(["import", str(note), "--json"]) == 0
    first = _json_lines(capsys)[0]
    note.write_text("# Catatan\n\nProfesi penjaga mercusuar pantai.\n", encoding="utf-8")
    assert main(["import", str(note), "--json"]) == 0
    second = _json_lines(capsys)[0]
    assert (second["status"], second["id"]) == ("imported", first["id"])
    assert [h["article"] for h in _search(capsys, "mercusuar")] == [first["id"]]
    assert _search(capsys, "pesiar") == []


def test_pack_export_and_import_into_another_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert main(["import", str(GIZI), "--json"]) == 0
    article_id = _json_lines(capsys)[0]["id"]
    out = tmp_path / "kelas.pkpack"
    assert main(["pack", "export", str(out), "--title", "Kelas XII"]) == 0
    assert "paket ditulis" in capsys.readouterr().out and out.is_file()

    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "other-teacher"))
    assert main(["library", "--json"]) == 0 and _json_lines(capsys) == []
    assert main(["pack", "import", str(out)]) == 0
    assert "diimpor" in capsys.readouterr().out
    assert main(["library", "--json"]) == 0
    assert [e["id"] for e in _json_lines(capsys)] == [article_id]


def test_lab_packs_are_searched_read_only_and_bad_ones_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert main(["import", str(GIZI), "--json"]) == 0
    article_id = _json_lines(capsys)[0]["id"]
    lab = tmp_path / "lab"
    lab.mkdir()
    assert main(["pack", "export", str(lab / "kelas.pkpack")]) == 0
    (lab / "rusak.pkpack").write_bytes(b"PK\x03\x04 bukan paket")
    capsys.readouterr()
    before = {p: p.stat().st_mtime_ns for p in lab.iterdir()}

    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "student"))  # a student's account
    hits = _search(capsys, "ahli gizi puskesmas")
    assert hits[0]["article"] == article_id and hits[0]["origin"] == "pack"
    assert {p: p.stat().st_mtime_ns for p in lab.iterdir()} == before  # nothing written there
    copies = list((tmp_path / "cache" / "paket").iterdir())
    assert len([c for c in copies if c.is_dir()]) == 1

    shutil.rmtree(lab)  # the admin removes the packs: they disappear at the next start
    assert _search(capsys, "puskesmas") == []
    assert not [c for c in (tmp_path / "cache" / "paket").iterdir() if c.is_dir()]


def test_pack_errors_are_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "acak.pkpack"
    bad.write_bytes(b"\x00" * 64)
    assert main(["pack", "import", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "Paket «acak.pkpack» tidak dapat dipakai" in err and "\n" not in err
    assert main(["pack", "export", str(tmp_path / "kosong.pkpack")]) == 1
    assert "Perpustakaan pribadi kosong" in capsys.readouterr().err
