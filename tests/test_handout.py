"""The one-page handout (issue 15's CLI contract): ``panduan-karier handout --role ID`` and
``--compare A B``, A4 or Letter, one page, its key points findable in ``export --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.cli import main as guide_main
from ui.entry import main


@pytest.fixture(autouse=True)
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp) -> None:
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))


def _text(path: Path) -> tuple[int, str, tuple[float, float]]:
    reader = PdfReader(path)
    page = reader.pages[0]
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    return len(reader.pages), text, (float(page.mediabox.width), float(page.mediabox.height))


def test_a_role_handout_is_one_a4_page_with_its_key_points(tmp_path: Path, capsys) -> None:
    out = tmp_path / "backend.pdf"
    assert main(["handout", "--role", "backend-developer", "--out", str(out)]) == 0
    pages, text, size = _text(out)
    assert pages == 1 and size == pytest.approx((595.3, 841.9), abs=1)
    assert "Backend Developer" in text and "Rp13–30 jt" in text
    assert "EKRUT" in text and "dibimbing.id" in text  # the publishers, in the sources
    assert "Dibuat luring dari artikel yang dikutip" in text
    capsys.readouterr()
    assert guide_main(["export", "--json", "--role", "backend-developer"]) == 0
    profile = json.loads(capsys.readouterr().out)["profiles"][0]
    statements = [k["text"] for s in profile["sections"] for k in s["claims"]]
    found = [s for s in statements if " ".join(s.split(". ")[0].split())[:60] in text]
    assert len(found) >= 6  # key points, each the start of a claim as export gives it


def test_a_comparison_handout_on_letter(tmp_path: Path) -> None:
    out = tmp_path / "banding.pdf"
    args = ["handout", "--compare", "backend-developer", "frontend-developer"]
    assert main([*args, "--out", str(out), "--paper", "letter"]) == 0
    pages, text, size = _text(out)
    assert pages == 1 and size == pytest.approx((612, 792), abs=1)
    assert "Backend Developer vs Frontend Developer" in text
    assert "Fokus kerja" in text and "tidak dibahas di artikel sumber" in text


def test_an_unknown_role_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert main(["handout", "--role", "astronaut", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "peran tidak dikenal: astronaut" in err
    assert not out.exists() and not list(tmp_path.glob(".handout-*"))
    assert guide_main(["handout", "--role", "backend-developer", "--out", str(out)]) == 1
    assert "panduan-karier handout" in capsys.readouterr().err  # Qt lays it out: not guide/


@pytest.mark.parametrize("where", ["folder", "inside-a-file"])
def test_an_output_that_cannot_be_a_file_is_one_line(tmp_path: Path, capsys, where: str) -> None:
    """--out naming a folder, or a path under a file: one sentence, exit 1, nothing written."""
    folder = tmp_path / "keluaran"
    folder.mkdir()
    blocked = folder / "blok"
    blocked.write_text("isi")
    out, named = (folder, "adalah folder") if where == "folder" else (blocked / "a.pdf", "blok")
    assert main(["handout", "--role", "backend-developer", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and named in err and "tak terduga" not in err
    assert [p.name for p in folder.iterdir()] == ["blok"] and blocked.read_text() == "isi"
