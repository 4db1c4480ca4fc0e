"""The class quiz "Backend atau Frontend?" (issue 15's CLI contract): only cited claims, from
aspects where the roles differ, never a statement both roles make; a seed repeats a round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.cli import main


@pytest.fixture(autouse=True)
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))


def _run(capsys, *args: str) -> list[dict]:
    assert main(["quiz", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_round_is_cited_claims_where_the_roles_differ(capsys) -> None:
    questions = _run(capsys, "--seed", "3")
    assert len(questions) == 10
    assert {q["answer"] for q in questions} == {"backend-developer", "frontend-developer"}
    assert main(["export", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    claims = {
        p["id"]: {k["text"]: k for s in p["sections"] for k in s["claims"]}
        for p in exported["profiles"]
    }
    rows = {r["aspect"]: r for r in exported["comparison"]["rows"]}
    for q in questions:
        assert set(q) == {"statement", "answer", "choices", "aspect", "citation"}
        assert q["choices"] == ["backend-developer", "frontend-developer"]
        claim = claims[q["answer"]][q["statement"]]  # verbatim as export --json gives it
        first = claim["citations"][0]
        assert q["citation"] == {"article": first["article"], "quote": first["quote"]}
        assert rows[q["aspect"]]["differs"]
        other = "frontend-developer" if q["answer"] == "backend-developer" else "backend-developer"
        assert q["statement"] not in claims[other]  # never a statement both roles make
    assert len({q["statement"] for q in questions}) == 10  # no question twice


def test_the_same_seed_gives_the_same_round(capsys) -> None:
    first = _run(capsys, "--seed", "11", "--count", "5")
    assert _run(capsys, "--seed", "11", "--count", "5") == first
    assert len(first) == 5
    assert _run(capsys, "--seed", "12", "--count", "5") != first


def test_a_bad_count_is_one_line(capsys) -> None:
    assert main(["quiz", "--count", "0"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--count" in err


def test_text_output_names_the_answer_and_its_source(capsys) -> None:
    assert main(["quiz", "--seed", "3", "--count", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1. ") and lines[1].startswith("   Jawaban: ")
    assert "Developer — [" in lines[1]
