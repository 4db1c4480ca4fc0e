"""A teacher's own role profiles (issue 14's CLI contract): ``profile add|remove|list``,
``export`` and ``compare`` with them; every quote checked on save, a broken one kept on load;
the personal library's schema 1 → 2 keeps its articles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from guide.cli import main
from guide.personal import PersonalLibrary
from guide.personal_schema import DB_FILENAME, SCHEMA_VERSION
from tests.conftest import REPO

GIZI = REPO / "tests" / "fixtures" / "import" / "ahli-gizi.md"
GIZI_QUOTE = "Ahli gizi membantu orang mengatur pola makan agar tetap sehat."
BUNDLED_QUOTE = (
    "Backend developer adalah profesional yang punya peran penting dalam pengembangan aplikasi."
)


@pytest.fixture(autouse=True)
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The session build as the bundled data; this test's own user folders."""
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "lab"))


def _gizi_id(capsys) -> str:
    assert main(["import", str(GIZI), "--json"]) == 0
    return json.loads(capsys.readouterr().out.splitlines()[0])["id"]


def _profile(tmp_path: Path, gizi_id: str, gizi_quote: str = GIZI_QUOTE) -> Path:
    path = tmp_path / "ahli-gizi.toml"
    path.write_text(
        f'''id = "ahli-gizi"
name = "Ahli Gizi"
aliases = ["Nutrisionis"]
summary = "Membantu orang mengatur pola makan agar tetap sehat."

[[sections]]
id = "ringkasan"

[[sections.claims]]
id = "definisi"
text = "Ahli gizi membantu orang menjaga pola makan yang sehat."
aspects = ["fokus-kerja"]
citations = [{{ article = "{gizi_id}", quote = "{gizi_quote}" }}]

[[sections]]
id = "keahlian"

[[sections.claims]]
id = "peran-penting"
text = "Seperti backend developer, perannya penting (kutipan dari artikel bawaan)."
aspects = ["keahlian"]
citations = [{{ article = "001", quote = "{BUNDLED_QUOTE}" }}]
''',
        encoding="utf-8",
    )
    return path


def _json_lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]


def test_add_list_export_compare_remove(tmp_path: Path, capsys) -> None:
    gizi_id = _gizi_id(capsys)
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    assert "profil disimpan: ahli-gizi — Ahli Gizi (2 klaim, 2 kutipan)" in capsys.readouterr().out

    assert main(["profile", "list", "--json"]) == 0
    [row] = _json_lines(capsys)
    assert row["id"] == "ahli-gizi" and row["origin"] == "personal"
    assert (row["claims"], row["citations"], row["broken_citations"]) == (2, 2, 0)
    assert row["updated_at"].endswith("Z")

    assert main(["export", "--json", "--role", "ahli-gizi"]) == 0
    exported = json.loads(capsys.readouterr().out)
    [profile] = exported["profiles"]
    quotes = [c for s in profile["sections"] for k in s["claims"] for c in k["citations"]]
    first = next(c for c in quotes if c["article"] == gizi_id)
    assert first["quote"] == GIZI_QUOTE and first["start"] >= 0 and first["end"] > first["start"]

    assert main(["compare", "ahli-gizi", "backend-developer", "--json"]) == 0
    comparison = json.loads(capsys.readouterr().out)
    assert (comparison["left"], comparison["right"]) == ("ahli-gizi", "backend-developer")
    rows = {r["aspect"]: r for r in comparison["rows"]}
    assert rows["fokus-kerja"]["left"]["discussed"] is True
    assert rows["gaji"]["left"]["discussed"] is False  # only the backend side discusses it
    assert rows["gaji"]["left"]["text"] == "tidak dibahas di artikel sumber"
    assert main(["compare", "ahli-gizi", "backend-developer"]) == 0
    assert "## Perbandingan: Ahli Gizi vs Backend Developer" in capsys.readouterr().out

    assert main(["profile", "remove", "ahli-gizi"]) == 0
    capsys.readouterr()
    assert main(["profile", "list", "--json"]) == 0
    assert _json_lines(capsys) == []
    assert main(["profile", "remove", "ahli-gizi"]) == 1
    assert "Tidak ada profil guru" in capsys.readouterr().err


def test_a_quote_not_in_its_article_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    gizi_id = _gizi_id(capsys)
    wrong = "Ahli gizi membantu semua orang makan enak."
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id, wrong))]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "klaim 'definisi'" in err and wrong in err and "Traceback" not in err
    assert main(["profile", "list", "--json"]) == 0
    assert _json_lines(capsys) == []  # nothing stored


def test_an_unknown_article_or_a_bundled_id_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["profile", "add", str(_profile(tmp_path, "guru-000000000000"))]) == 1
    assert "artikel 'guru-000000000000' tidak ada" in capsys.readouterr().err
    gizi_id = _gizi_id(capsys)
    path = _profile(tmp_path, gizi_id)
    path.write_text(
        path.read_text(encoding="utf-8").replace('"ahli-gizi"', '"backend-developer"', 1),
        encoding="utf-8",
    )
    assert main(["profile", "add", str(path)]) == 1
    assert "dipakai profil bawaan" in capsys.readouterr().err
    path.write_text(
        path.read_text(encoding="utf-8").replace('"backend-developer"', '"Ahli Gizi"', 1),
        encoding="utf-8",
    )
    assert main(["profile", "add", str(path)]) == 1
    assert "hanya boleh berisi huruf kecil" in capsys.readouterr().err
    (tmp_path / "rusak.toml").write_text('id = "x"\nname = ', encoding="utf-8")
    assert main(["profile", "add", str(tmp_path / "rusak.toml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("panduan-karier: rusak.toml") and len(err.strip().splitlines()) == 1


def test_a_removed_article_leaves_its_citations_broken_not_dropped(
    tmp_path: Path, capsys, qapp
) -> None:
    gizi_id = _gizi_id(capsys)
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    capsys.readouterr()
    assert main(["library", "remove", gizi_id]) == 0
    err = capsys.readouterr().err  # removed, and the teacher told what it breaks
    assert "peringatan: profil ahli-gizi mengutip artikel ini; 1 kutipan" in err
    assert main(["profile", "list", "--json"]) == 0
    [row] = _json_lines(capsys)
    assert (row["citations"], row["broken_citations"]) == (2, 1)
    assert main(["profile", "list"]) == 0
    assert "1 kutipan tidak ditemukan lagi" in capsys.readouterr().out
    # its handout leaves the claim whose article is gone out (no raw id, nothing untraceable)
    from pypdf import PdfReader

    from ui.entry import main as app_main

    out = tmp_path / "gizi.pdf"
    assert app_main(["handout", "--role", "ahli-gizi", "--out", str(out)]) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert gizi_id not in text and "menjaga pola makan" not in text
    assert "Seperti backend developer" in text  # the claim citing a bundled article stays
    # so do its slides: no point whose article is gone, no raw id as a source
    from guide.cli_profiles import open_library
    from guide.slides import profile_deck

    library = open_library()
    try:
        deck = profile_deck(library, "ahli-gizi")
    finally:
        library.close()
    points = [p for slide in deck.slides for c in slide.columns for p in c.details]
    assert [p.text for p in points] == [
        "Seperti backend developer, perannya penting (kutipan dari artikel bawaan)."
    ]
    assert all(gizi_id not in p.sources for p in points)


def test_a_schema_1_library_opens_with_its_articles_and_gains_profiles(tmp_path: Path) -> None:
    folder = tmp_path / "pribadi"
    lib = PersonalLibrary.open(folder)
    lib.close()
    conn = sqlite3.connect(folder / DB_FILENAME)  # as the previous program left it
    conn.execute("DROP TABLE profiles")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    lib = PersonalLibrary.open(folder)
    try:
        assert lib.profile_rows() == []
        assert lib.save_profile("a", "A", 'id = "a"') is False
        assert lib.save_profile("a", "A", 'id = "a" # 2') is True
        assert [r.toml for r in lib.profile_rows()] == ['id = "a" # 2']
    finally:
        lib.close()
    conn = sqlite3.connect(folder / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_packs_carry_profiles_to_a_lab_and_into_another_library(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    gizi_id = _gizi_id(capsys)
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    other = tmp_path / "catatan.md"
    other.write_text("# Catatan\n\nSebuah catatan guru tentang jadwal kelas.\n", encoding="utf-8")
    assert main(["import", str(other), "--json"]) == 0
    other_id = json.loads(capsys.readouterr().out.splitlines()[-1])["id"]
    # the profile cites ahli-gizi.md: a pack without it is refused, in one line
    assert main(["pack", "export", str(tmp_path / "tanpa.pkpack"), "--ids", other_id]) == 1
    err = capsys.readouterr().err.strip()
    assert "Profil «Ahli Gizi» mengutip artikel" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "tanpa.pkpack").exists()
    lab = tmp_path / "lab"
    assert main(["pack", "export", str(lab / "kelas.pkpack"), "--title", "Kelas XII"]) == 0
    capsys.readouterr()

    # a student's PC: another user folder, the lab folder with the pack
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "siswa" / "data"))
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(tmp_path / "siswa" / "cache"))
    assert main(["profile", "list", "--json"]) == 0
    [row] = _json_lines(capsys)
    assert (row["id"], row["origin"], row["broken_citations"]) == ("ahli-gizi", "pack", 0)
    assert main(["compare", "ahli-gizi", "frontend-developer"]) == 0
    assert "Ahli Gizi vs Frontend Developer" in capsys.readouterr().out
    assert main(["profile", "remove", "ahli-gizi"]) == 1  # a lab's profile is not the user's
    assert "berasal dari paket lab «Kelas XII» dan hanya dapat dibaca" in capsys.readouterr().err
    assert main(["profile", "list"]) == 0
    assert "[paket lab «Kelas XII», hanya dibaca]" in capsys.readouterr().out

    # a teacher's own PC: pack import copies the articles and the profile
    monkeypatch.setenv("PANDUAN_PACKS_DIR", str(tmp_path / "tidak-ada"))
    monkeypatch.setenv("PANDUAN_DATA_DIR", str(tmp_path / "guru2" / "data"))
    assert main(["pack", "import", str(lab / "kelas.pkpack")]) == 0
    assert "profil disalin: ahli-gizi — Ahli Gizi" in capsys.readouterr().out
    assert main(["profile", "list", "--json"]) == 0
    [row] = _json_lines(capsys)
    assert (row["origin"], row["citations"], row["broken_citations"]) == ("personal", 2, 0)


def test_a_pack_with_a_damaged_profile_is_refused(tmp_path: Path, capsys) -> None:
    import zipfile

    from guide.packs import PackError, read_pack

    gizi_id = _gizi_id(capsys)
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    good = tmp_path / "baik.pkpack"
    assert main(["pack", "export", str(good)]) == 0
    assert [p.id for p in read_pack(good).profiles] == ["ahli-gizi"]
    bad = tmp_path / "rusak.pkpack"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("profiles/"):
                data = data.replace(b"Ahli Gizi", b"Ahli Gizo")
            dst.writestr(info, data)
    with pytest.raises(PackError, match="profil ahli-gizi rusak"):
        read_pack(bad)


def test_self_test_lists_a_profiles_broken_citations(
    tmp_path: Path, capsys, data_dir: Path
) -> None:
    from guide.datadir import DataLocation
    from guide.selftest import library_checks

    gizi_id = _gizi_id(capsys)
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    location = DataLocation(data_dir, bundled=False)
    checks = {c.name: c for c in library_checks(location)}
    assert checks["Profil guru «Ahli Gizi»"].passed
    assert checks["Profil guru «Ahli Gizi»"].detail == "2 kutipan ditemukan"
    assert main(["library", "remove", gizi_id]) == 0
    checks = {c.name: c for c in library_checks(location)}
    check = checks["Profil guru «Ahli Gizi»"]
    assert not check.passed
    assert check.detail == f"1 kutipan tidak ditemukan lagi: klaim 'definisi' (artikel {gizi_id})"


def test_a_teacher_roles_quick_facts_come_from_what_it_cites(
    tmp_path: Path, capsys, data_dir: Path
) -> None:
    """A salary statement in a cited passage, and technologies counted over the cited
    articles; none from articles the role does not cite."""
    from guide.datadir import DataLocation
    from guide.library import Library
    from guide.sources import open_sources

    gizi_id = _gizi_id(capsys)
    path = _profile(tmp_path, gizi_id)
    salary = (
        "Kompas.com menuliskan bahwa rata-rata gaji seorang backend engineer di Indonesia "
        "mencapai Rp13-30 juta."
    )
    text = path.read_text(encoding="utf-8").replace(
        '[{ article = "001", quote = "' + BUNDLED_QUOTE + '" }]',
        '[{ article = "001", quote = "' + BUNDLED_QUOTE + '" }, '
        '{ article = "000", quote = "' + salary + '" }]',
    )
    path.write_text(text, encoding="utf-8")
    assert main(["profile", "add", str(path)]) == 0
    library = Library(DataLocation(data_dir, bundled=False), open_sources(with_packs=False))
    try:
        facts = library.quick_facts(library.profile("ahli-gizi"))
        [found] = facts.salaries
        assert (found.low, found.high) == (13_000_000, 30_000_000)
        assert found.passage.article_id == "000"
        assert facts.technologies  # the cited backend articles name technologies
        for tech in facts.technologies:
            assert set(tech.articles) <= {"000", "001", gizi_id} and tech.total_articles == 3
        assert facts.majors == () and facts.companies == ()
    finally:
        library.close()
