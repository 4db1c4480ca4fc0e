"""The one-page handout (issue 15's CLI contract): ``panduan-karier handout --role ID`` and
``--compare A B``, A4 or Letter, one page, its key points findable in ``export --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.cli import main as guide_main
from guide.handout import Handout, Point, shorter
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
    assert "\ufb01" not in text and "Definisi" in text  # no "ﬁ" ligature: copied text is found
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


def _huge(rows: bool) -> Handout:
    """A teacher's role with long claims everywhere, or its comparison."""
    long = " ".join(["kata panjang tanpa titik"] * 30)
    point = Point(f"Klaim {long}", "Profil Guru")
    sources = ("[Profil Guru] Mengenal Profesi Ahli Gizi — Bapak Guru, 2023-09-21",)
    if rows:
        aspects = tuple((f"Aspek {n}", point, point, "berbeda") for n in range(14))
        return Handout("Ahli Gizi vs Backend Developer", roles=("A", "B"), rows=aspects,
                       sources=sources)  # fmt: skip
    tabs = tuple((f"Tab {n}", (point,) * 4) for n in range(8))
    return Handout("Ahli Gizi", summary=long * 3, tabs=tabs, sources=sources)


@pytest.mark.parametrize("rows", [False, True])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_handout_too_long_for_a_page_keeps_its_sources_and_footer(
    tmp_path: Path, rows: bool, paper: str
) -> None:
    """Points are dropped, then cut to fewer words ("…", still a prefix of the claim), until
    the page holds it with its sources and footer (a cut page once lost both)."""
    from ui.handout_pdf import write_handout

    out = tmp_path / "panjang.pdf"
    assert write_handout(_huge(rows), out, paper) >= 9
    pages, text, _size = _text(out)
    assert pages == 1
    assert "Mengenal Profesi Ahli Gizi" in text  # the sources …
    assert "Dibuat luring dari artikel yang dikutip" in text  # … and the footer
    assert "Klaim kata panjang" in text and "…" in text
    assert ("Aspek 0" in text) if rows else ("Tab 0" in text)


def test_shorter_always_ends_and_never_drops_the_sources() -> None:
    for handout in (_huge(False), _huge(True)):
        steps = 0
        current: Handout | None = handout
        while current is not None:
            assert current.sources == handout.sources and current.title == handout.title
            current, steps = shorter(current), steps + 1
            assert steps < 200


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["handout", "--role", ""], "peran tidak dikenal: (kosong)"),
        (["handout", "--compare", "backend-developer", "backend-developer"], "dua peran yang"),
        (["compare", "frontend-developer", "frontend-developer"], "dua peran yang berbeda"),
    ],
)
def test_an_empty_or_repeated_role_is_one_line(tmp_path: Path, capsys, argv, said) -> None:
    out = tmp_path / "x.pdf"
    extra = ["--out", str(out)] if argv[0] == "handout" else []
    assert main([*argv, *extra]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and said in err and not out.exists()


def test_the_message_names_the_paper_as_written(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert (
        main(["handout", "--role", "backend-developer", "--out", str(out), "--paper", "letter"])
        == 0
    )
    assert "(1 halaman Letter, huruf" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("claim", "point"),
    [
        ("Backend membuat API. API harus aman.", "Backend membuat API."),
        (
            "Mitos: backend cuma ngoding. Fakta: sebagian besar waktu dipakai memecahkan masalah."
            " Lainnya.",
            "Mitos: backend cuma ngoding. Fakta: sebagian besar waktu dipakai memecahkan masalah.",
        ),
        ("Banyak yang mengira X. Padahal Y. Z.", "Banyak yang mengira X. Padahal Y."),
    ],
)
def test_a_key_point_is_the_first_sentence_but_a_myth_keeps_its_fact(claim, point) -> None:
    from guide.handout import key_point

    assert key_point(claim) == point


def test_a_role_whose_sources_give_no_salary_says_so(tmp_path: Path) -> None:
    """Frontend: the sources discuss no salary — the handout says it, as the profile does,
    rather than leaving the line out; the comparison's page has no such line."""
    out = tmp_path / "fe.pdf"
    assert main(["handout", "--role", "frontend-developer", "--out", str(out)]) == 0
    assert "Gaji: tidak dibahas di artikel sumber" in _text(out)[1]
    both = tmp_path / "both.pdf"
    args = ["handout", "--compare", "backend-developer", "frontend-developer", "--out", str(both)]
    assert main(args) == 0
    assert "Gaji: tidak dibahas" not in _text(both)[1]


def test_a_role_without_a_gaji_tab_does_not_claim_the_sources_are_silent() -> None:
    """A teacher's role with no Gaji tab may cite an article that gives a salary: no
    «tidak dibahas» line there (only a Gaji tab left empty on purpose, as Frontend's, says it)."""
    from types import SimpleNamespace

    from guide.handout import role_handout
    from guide.profiles import Profile, ProfileSection

    facts = SimpleNamespace(salaries=(), majors=(), companies=())
    empty_tab = (ProfileSection("gaji", "Gaji", ()),)
    for sections, said in ((empty_tab, True), ((), False)):
        profile = Profile("guru-peran", "Peran Guru", (), "…", sections)
        library = SimpleNamespace(profile=lambda _id, p=profile: p, labels={},
                                  quick_facts=lambda _p: facts)  # fmt: skip
        assert role_handout(library, profile.id).no_salary is said
