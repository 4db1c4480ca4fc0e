"""The command line: build, search (text and JSON), suggest, errors in one line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide.cli import COMMANDS, main
from tests.conftest import REPO, SEEDS


@pytest.fixture
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user's cache at the session build, so the CLI finds data without building."""
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(data_dir.parent))
    monkeypatch.setattr("guide.datadir.bundled_data_dir", lambda: data_dir.parent / "none")


def test_build_reports_what_it_built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "--seeds", str(SEEDS), "--out", str(out)]) == 0
    assert re.search(r"Dibangun: 5 artikel, \d+ bagian .* \(\d+\.\d\d s\)", capsys.readouterr().out)
    assert main(["build", "--seeds", str(SEEDS), "--out", str(out)]) == 0
    assert "Sudah terbaru" in capsys.readouterr().out
    assert main(["build", "--force", "--seeds", str(SEEDS), "--out", str(out)]) == 0
    assert "Dibangun" in capsys.readouterr().out


@pytest.mark.usefixtures("use_built")
def test_search_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "menyimpan data", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [")
    assert "[menyimpan]" in out or "[data]" in out
    assert "4. [" not in out


@pytest.mark.usefixtures("use_built")
def test_search_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "pemograman", "--json", "--limit", "2"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert {"article", "article_title", "heading", "snippet", "score", "text"} <= row.keys()
        assert row["corrected_query"] == "pemrograman"


@pytest.mark.usefixtures("use_built")
def test_search_marks_partial_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "docker skalabilitas", "--json", "--limit", "10"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    flags = [row["complete"] for row in rows]
    assert flags[0] is True and False in flags
    assert main(["search", "docker skalabilitas", "--limit", "10"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line[:1].isdigit()]
    assert len(lines) == len(rows)
    assert [", memuat sebagian kata)" in line for line in lines] == [not f for f in flags]


@pytest.mark.usefixtures("use_built")
def test_search_without_hits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zzzqqq"]) == 0
    assert "Tidak ada hasil" in capsys.readouterr().out


@pytest.mark.usefixtures("use_built")
def test_suggest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "pemr"]) == 0
    assert "pemrograman" in capsys.readouterr().out.split()


@pytest.mark.parametrize(
    "argv",
    [
        ["search"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "abc"],
        ["frobnicate"],
    ],
)
def test_bad_arguments_one_line_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1


def test_missing_seeds_one_line_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "nope" in err and "Traceback" not in err


def test_python_dash_m_guide_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "guide", "--version"], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0 and done.stdout.startswith("panduan-karier ")


def test_every_command_is_documented_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"panduan-karier {command}" in readme, command


@pytest.mark.usefixtures("use_built")
def test_export_json_has_profiles_comparison_and_citations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["export", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [p["id"] for p in data["profiles"]]
    assert "backend-developer" in ids and "frontend-developer" in ids
    for profile in data["profiles"]:
        assert profile["claim_count"] > 0
        for section in profile["sections"]:
            for claim in section["claims"]:
                assert claim["citations"]
                for c in claim["citations"]:
                    assert c["article"] and c["quote"] and c["end"] > c["start"] >= 0
    rows = data["comparison"]["rows"]
    assert len(rows) >= 7
    assert any(not r["right"]["discussed"] for r in rows)
    assert [a["id"] for a in data["articles"]] == ["000", "001", "002", "003", "004"]
    salaries = {(s["low"], s["high"], s["year"]) for s in data["facts"]["salaries"]}
    assert salaries == {(13_000_000, 30_000_000, 2022), (7_500_000, 10_500_000, 2024)}
    docker = next(t for t in data["facts"]["technologies"] if t["id"] == "docker")
    assert docker["articles"] == ["001", "004"]


@pytest.mark.usefixtures("use_built")
def test_export_one_role_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--role", "frontend-developer"]) == 0
    out = capsys.readouterr().out
    assert "## Frontend Developer" in out and "## Backend Developer" not in out
    assert "tidak dibahas di artikel sumber" in out
    assert "Sumber: [" in out


@pytest.mark.usefixtures("use_built")
def test_export_unknown_role(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--role", "astronaut"]) == 1
    err = capsys.readouterr().err
    assert "astronaut" in err and len(err.strip().splitlines()) == 1


ENGLISH_HELP = ("usage", "options", "positional arguments", "show this help", "show program")


@pytest.mark.parametrize("command", [[], *[[name] for name in COMMANDS]])
def test_help_is_indonesian(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11, point 17: --help of the program and of every command speaks Indonesian."""
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("cara pakai: panduan-karier") and "tampilkan bantuan ini" in text
    assert not [word for word in ENGLISH_HELP if word in text.casefold()]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["search"], "wajib diisi"),
        (["bogus"], "pilihan tidak dikenal"),
        (["--zzz"], "argumen tidak dikenal"),
        (["path", "--role", "r", "--done"], "memerlukan paling sedikit satu nilai"),
        (["path", "--role", "r", "--state", "api"], "memerlukan 2 nilai"),
        (["handout", "--out", "h.pdf"], "salah satu dari --role --compare wajib diisi"),
        (["handout", "--role", "a", "--compare", "a", "b"], "tidak boleh bersama --role"),
        (["quiz", "--count", "abc"], "bukan bilangan bulat: 'abc'"),
    ],
)
def test_argument_errors_are_indonesian(argv, expected, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and expected in err
    english = ("required", "invalid", "expected", "argument ", "allowed", " int ")
    assert not [word for word in english if word in err], err


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`panduan-karier export | head -1`: no error message when the reader leaves."""
    import os

    env = {**os.environ, "PANDUAN_CACHE_DIR": str(tmp_path / "cache")}
    command = f"{sys.executable} -m guide export | head -c 20"
    done = subprocess.run(command, shell=True, cwd=REPO, env=env, capture_output=True, text=True)
    assert done.stdout.startswith("# Panduan Karier")
    assert "kesalahan" not in done.stderr and "Traceback" not in done.stderr, done.stderr
