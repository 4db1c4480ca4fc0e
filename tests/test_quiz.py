"""The class quiz "Backend atau Frontend?" (issue 15's CLI contract): only cited claims, from
aspects where the roles differ, never a statement both roles make; a seed repeats a round."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guide.cli import main
from guide.profiles import Profile
from guide.quiz import BLANK, role_pattern


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


# -- the answer's names are blanked in the question shown --------------------------------------

NAMED = {  # how the articles write each role, found independently of the profiles' aliases
    "backend-developer": re.compile(r"\bback[\s-]?end\b", re.IGNORECASE),
    "frontend-developer": re.compile(r"\bfront[\s-]?end\b", re.IGNORECASE),
}


def test_the_question_shown_never_names_its_answer(data_dir: Path) -> None:
    from guide.datadir import DataLocation
    from guide.library import BACKEND_ID, FRONTEND_ID, Library
    from guide.quiz import questions

    library = Library(DataLocation(data_dir, bundled=False))
    try:
        every = questions(library.comparison(BACKEND_ID, FRONTEND_ID))
    finally:
        library.close()
    named = [q for q in every if NAMED[q.answer].search(q.statement)]
    assert len(named) >= 20  # most statements name their own role
    other = {BACKEND_ID: FRONTEND_ID, FRONTEND_ID: BACKEND_ID}
    for q in every:
        assert not NAMED[q.answer].search(q.shown), q.shown
        # the other role's names stay, as clues; the rest of the text is the statement's
        assert len(NAMED[other[q.answer]].findall(q.shown)) == len(
            NAMED[other[q.answer]].findall(q.statement)
        )
        pattern = re.escape(q.shown).replace(re.escape(BLANK), ".+?")
        assert re.fullmatch(pattern, q.statement), q.shown
    assert any(q.shown.startswith(BLANK) for q in named)
    assert all(q.blanks for q in named)


def _role(name: str, *aliases: str) -> Profile:
    return Profile(name.lower().replace(" ", "-"), name, aliases, "…", ())


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Backend membuat API.", "_____ membuat API."),
        ("Tugas back-end engineer dan backend-nya.", "Tugas _____ dan _____-nya."),
        ("Bersama pengembang Back End, frontend developer…", "Bersama _____, frontend developer…"),
        ("Sisi backendless dan feedback tidak.", "Sisi backendless dan feedback tidak."),
    ],
)
def test_a_role_is_blanked_with_or_without_its_job_word(text: str, shown: str) -> None:
    backend = _role("Backend Developer", "Back End Engineer", "Back-end Developer")
    assert role_pattern(backend).sub(BLANK, text) == shown


def test_a_teachers_role_is_blanked_by_its_own_names() -> None:
    analyst = _role("Data Analyst", "Analis Data")
    text = "Data analyst membaca data; analis data menyajikannya."
    assert role_pattern(analyst).sub(BLANK, text) == "_____ membaca data; _____ menyajikannya."


def test_text_output_blanks_the_answer(capsys) -> None:
    assert main(["quiz", "--seed", "3", "--count", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    asked = [line for line in lines if re.match(r"\d+\. ", line)]
    answers = [line for line in lines if line.startswith("   Jawaban: ")]
    assert len(asked) == len(answers) == 10
    for question, answer in zip(asked, answers, strict=True):
        role = "backend-developer" if "Jawaban: Backend" in answer else "frontend-developer"
        assert not NAMED[role].search(question), question
    assert any(BLANK in line for line in asked)


def test_a_count_beyond_the_questions_there_are_says_so_on_stderr(capsys) -> None:
    assert main(["quiz", "--json", "--count", "1000"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert 10 < len(lines) < 1000 and all(json.loads(line)["statement"] for line in lines)
    assert f"hanya {len(lines)} soal tersedia" in captured.err
    assert main(["quiz", "--json", "--count", "10"]) == 0
    assert capsys.readouterr().err == ""
