"""Profiles: every bundled citation resolves; bad quotes and malformed files fail clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.build import BuildError, build
from guide.profiles import (
    SECTION_IDS,
    CitationError,
    ProfileError,
    QuoteLocator,
    normalise,
    parse_profile,
    verified_profiles,
)
from guide.resources import DB_FILENAME
from guide.store import Store
from tests.conftest import SEEDS

ROLES = ("backend-developer", "frontend-developer")


@pytest.fixture(scope="module")
def profiles():
    return {p.id: p for p in verified_profiles(SEEDS)}


def _seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}


def test_bundled_profiles_exist(profiles) -> None:
    assert set(ROLES) <= profiles.keys()


def test_every_bundled_citation_resolves_to_its_passage(profiles) -> None:
    texts = _seed_texts()
    count = 0
    for profile in profiles.values():
        for claim in profile.claims():
            assert claim.citations, claim.id
            for c in claim.citations:
                passage = texts[c.article_id][c.start : c.end]
                assert normalise(passage) == normalise(c.quote), (profile.id, claim.id)
                count += 1
    assert count >= 60


def test_every_backend_section_has_claims(profiles) -> None:
    backend = profiles["backend-developer"]
    assert [s.id for s in backend.sections] == list(SECTION_IDS)
    for section in backend.sections:
        assert section.claims, section.id


def test_backend_aliases_and_engineer_distinction(profiles) -> None:
    backend = profiles["backend-developer"]
    assert {"Backend Engineer", "Back-end Developer"} <= set(backend.aliases)
    quotes = " ".join(c.quote.lower() for cl in backend.claims() for c in cl.citations)
    assert "arsitek" in quotes


def test_salaries_disagree_openly(profiles) -> None:
    gaji = profiles["backend-developer"].section("gaji")
    quotes = " ".join(c.quote for cl in gaji.claims for c in cl.citations)
    assert "Rp13-30 juta" in quotes and "Rp7.500.000 hingga 10.500.000" in quotes
    assert any(cl.note for cl in gaji.claims)


def test_java_as_frontend_has_an_editors_note(profiles) -> None:
    noted = [
        cl
        for p in profiles.values()
        for cl in p.claims()
        if any("Java, HTML5, dan CSS3" in c.quote for c in cl.citations)
    ]
    assert noted and all(cl.note for cl in noted)


def test_stored_profiles_round_trip(data_dir: Path, profiles) -> None:
    db = Store(data_dir / DB_FILENAME)
    stored = {p.id: p for p in db.profiles()}
    db.close()
    for role in ROLES:
        original, back = profiles[role], stored[role]
        assert [c.id for c in back.claims()] == [c.id for c in original.claims()]
        assert back.citation_count() == original.citation_count()
        for a, b in zip(original.claims(), back.claims(), strict=True):
            assert [(c.article_id, c.start, c.end) for c in a.citations] == [
                (c.article_id, c.start, c.end) for c in b.citations
            ]
            assert all(c.section_id.startswith(c.article_id) for c in b.citations)


# -- failures ---------------------------------------------------------------------------------

GOOD = {
    "id": "x",
    "name": "X",
    "summary": "s",
    "sections": [
        {
            "id": "ringkasan",
            "claims": [{"id": "a", "text": "t", "citations": [{"article": "001", "quote": "q"}]}],
        }
    ],
}


def _with(**changes) -> dict:
    data = {**GOOD, **changes}
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_with(id=""), "'id'"),
        (_with(sections=[{"id": "hobi", "claims": []}]), "bagian 'hobi' tidak dikenal"),
        (
            _with(sections=[{"id": "gaji", "claims": []}, {"id": "ringkasan", "claims": []}]),
            "dengan urutan ringkasan, tugas",
        ),
        (
            _with(sections=[{"id": "ringkasan", "claims": [{"id": "a", "text": "t"}]}]),
            "klaim 'a': 'citations' belum diisi",
        ),
        (
            _with(
                sections=[
                    {"id": "ringkasan", "claims": [{"id": "a", "text": "t", "citations": []}]}
                ]
            ),
            "setidaknya satu kutipan",
        ),
        (
            _with(
                sections=[
                    {
                        "id": "ringkasan",
                        "claims": [
                            {"id": "a", "text": "t", "citations": [{"article": "001"}]},
                        ],
                    }
                ]
            ),
            "'quote' belum diisi",
        ),
    ],
)
def test_malformed_profile_names_file_and_place(data: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=r"x\.toml") as exc:
        parse_profile(data, "x.toml")
    assert message in str(exc.value)


def test_duplicate_claim_ids_rejected() -> None:
    claim = {"id": "a", "text": "t", "citations": [{"article": "001", "quote": "q"}]}
    data = _with(sections=[{"id": "ringkasan", "claims": [claim, claim]}])
    with pytest.raises(ProfileError, match="klaim 'a' memakai id yang sama dua kali"):
        parse_profile(data, "x.toml")


def test_locator_normalises_whitespace_and_case() -> None:
    locator = QuoteLocator({"001": "Satu  dua\n\ttiga EMPAT lima"})
    assert locator.locate("001", "dua tiga empat") == (6, 21)
    assert locator.locate("001", "dua empat") is None
    assert locator.locate("999", "dua") is None


def _seeds_with_profile(tmp_path: Path, claim_toml: str) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for extra in (seeds / "profiles").glob("*.toml"):
        if extra.name != "aspects.toml":
            extra.unlink()
    (seeds / "profiles" / "uji.toml").write_text(
        'id = "uji"\nname = "Uji"\nsummary = "s"\n\n[[sections]]\nid = "ringkasan"\n\n'
        + claim_toml,
        encoding="utf-8",
    )
    return seeds


def test_missing_quote_fails_the_build_naming_file_claim_and_quote(tmp_path: Path) -> None:
    seeds = _seeds_with_profile(
        tmp_path,
        '[[sections.claims]]\nid = "palsu"\ntext = "t"\n'
        'citations = [{ article = "001", quote = "gaji backend developer Rp99 juta" }]\n',
    )
    with pytest.raises(CitationError) as exc:
        verified_profiles(seeds)
    message = str(exc.value)
    assert "uji.toml" in message and "'palsu'" in message
    assert "gaji backend developer Rp99 juta" in message
    with pytest.raises(BuildError, match="palsu"):
        build(seeds, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_quote_in_boilerplate_is_rejected(tmp_path: Path) -> None:
    seeds = _seeds_with_profile(
        tmp_path,
        '[[sections.claims]]\nid = "caption"\ntext = "t"\n'
        'citations = [{ article = "000", '
        'quote = "profesi yang memiliki gaji tinggi di Indonesia" }]\n',
    )
    with pytest.raises(CitationError, match="caption"):
        verified_profiles(seeds)


def test_quote_with_other_spacing_and_case_is_accepted(tmp_path: Path) -> None:
    seeds = _seeds_with_profile(
        tmp_path,
        '[[sections.claims]]\nid = "ok"\ntext = "t"\n'
        'citations = [{ article = "001", '
        'quote = "DILANSIR dari   JobStreet, gaji backend developer" }]\n',
    )
    (profile,) = verified_profiles(seeds)
    (claim,) = profile.claims()
    assert claim.citations[0].start > 0
