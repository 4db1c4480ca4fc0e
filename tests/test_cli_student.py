"""The student's commands (issue 16's CLI contract): ``path --role ID [--json]``,
``--done STEP…`` / ``--state STEP STATE`` saving for the current user, and ``plan`` writing
the one-page personal plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.cli import main as guide_main
from guide.student import Bookmark, open_student_store
from ui.entry import main

ROLE = "backend-developer"


@pytest.fixture(autouse=True)
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp) -> None:
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))


def _path_json(capsys) -> dict:
    assert main(["path", "--role", ROLE, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_path_lists_the_steps_with_state_and_citations(capsys, library) -> None:
    data = _path_json(capsys)
    steps = data["steps"]
    assert [s["id"] for s in steps] == [s.id for s in library.learning_path(ROLE).steps]
    for step in steps:
        assert set(step) >= {"id", "title", "state", "done", "citations"}
        assert step["state"] == "belum" and step["done"] is False
        assert step["citations"] and all(set(c) == {"article", "quote"} for c in step["citations"])
        for c in step["citations"]:  # verbatim in the article
            text = " ".join(library.article(c["article"]).text.split()).casefold()
            assert " ".join(c["quote"].split()).casefold() in text


def test_done_and_state_are_saved_for_the_current_user(capsys, tmp_path: Path) -> None:
    first, second, third = (s["id"] for s in _path_json(capsys)["steps"][:3])
    assert main(["path", "--role", ROLE, "--done", first, second]) == 0
    out = capsys.readouterr().out
    assert "2 dari" in out and "[x] " in out
    assert (
        main(["path", "--role", ROLE, "--state", second, "sedang", "--state", third, "selesai"])
        == 0
    )
    capsys.readouterr()
    states = {s["id"]: (s["state"], s["done"]) for s in _path_json(capsys)["steps"]}
    assert states[first] == ("selesai", True)
    assert states[second] == ("sedang", False) and states[third] == ("selesai", True)
    assert (tmp_path / "data" / "siswa.sqlite").is_file()  # the user's own folder


def test_an_unknown_step_is_one_line_and_saves_nothing(capsys) -> None:
    first = _path_json(capsys)["steps"][0]["id"]
    assert main(["path", "--role", ROLE, "--done", first, "terbang-ke-bulan"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "langkah tidak dikenal: terbang-ke-bulan" in err
    assert all(s["state"] == "belum" for s in _path_json(capsys)["steps"])
    assert main(["path", "--role", ROLE, "--state", first, "hampir"]) == 1
    assert "keadaan tidak dikenal: hampir" in capsys.readouterr().err
    assert guide_main(["path", "--role", "astronot"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "peran tidak dikenal: astronot" in err


def test_plan_is_one_page_with_the_path_states_bookmarks_and_sources(
    capsys, tmp_path: Path, library
) -> None:
    steps = _path_json(capsys)["steps"]
    assert main(["path", "--role", ROLE, "--done", steps[0]["id"]]) == 0
    store = open_student_store()
    store.add_bookmark(
        Bookmark("passage", "Gaji backend", "rata-rata gaji", "000", 1, 5, note="tanya guru BK")
    )
    store.close()
    out = tmp_path / "rencana.pdf"
    assert main(["plan", "--role", ROLE, "--out", str(out)]) == 0
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1
    assert "Rencana belajarku: Backend Developer" in text
    assert f"1 dari {len(steps)} langkah selesai" in text
    assert steps[0]["title"] in text and "Selesai" in text and "Belum" in text
    assert "Gaji backend" in text and "tanya guru BK" in text
    assert "EKRUT" in text and "Dibuat luring dari artikel yang dikutip" in text
    capsys.readouterr()
    assert main(["plan", "--role", "astronot", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "astronot" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_a_plan_with_more_bookmarks_than_fit_says_how_many_are_left_out(
    capsys, tmp_path: Path, library
) -> None:
    store = open_student_store()
    for n in range(25):
        note = f"catatan panjang nomor {n} " * 6
        store.add_bookmark(
            Bookmark("passage", f"Simpanan nomor {n}", "kata " * 60, "000", n, n + 5, note=note)
        )
    store.close()
    out = tmp_path / "rencana.pdf"
    assert main(["plan", "--role", ROLE, "--out", str(out)]) == 0
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    shown = sum(f"Simpanan nomor {n} " in text + " " for n in range(25))  # newest first
    assert len(reader.pages) == 1 and 0 < shown < 25
    assert f"dan {25 - shown} simpanan lama lainnya" in text
    assert "Simpanan nomor 24" in text  # the newest stay
    assert "Belum ada yang disimpan" not in text
    assert "Dibuat luring dari artikel yang dikutip" in text
