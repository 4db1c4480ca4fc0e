"""Building a teacher's profile a quote at a time (guide.profile_editing)."""

from __future__ import annotations

import tomllib

from guide.profile_editing import new_profile, slug, unique, with_citation, with_new_claim
from guide.profile_toml import dump_profile
from guide.profiles import Citation, parse_profile


def test_slugs_and_unique_ids() -> None:
    assert slug("UI/UX Designer") == "ui-ux-designer"
    assert slug("Ahli Gizi (Nutrisionis)") == "ahli-gizi-nutrisionis"
    assert slug("Pérawat") == "perawat" and slug("!!!") == "peran"
    assert unique("ahli-gizi", ["ahli-gizi", "ahli-gizi-2"]) == "ahli-gizi-3"


def test_a_role_built_quote_by_quote_keeps_tab_order_and_round_trips() -> None:
    role = new_profile("Ahli Gizi", ["Nutrisionis", " "], "Menjaga pola makan.", ["ahli-gizi"])
    assert (role.id, role.aliases, role.sections) == ("ahli-gizi-2", ("Nutrisionis",), ())
    first = Citation("guru-0123456789ab", "Ahli gizi membantu orang.")
    role, claim_id = with_new_claim(role, "keahlian", "Ahli gizi membantu.", first, "keahlian")
    role, other = with_new_claim(role, "ringkasan", "Ahli gizi membantu.", first, group="Definisi")
    assert claim_id != other  # the same statement twice: two ids
    assert [s.id for s in role.sections] == ["ringkasan", "keahlian"]  # in the tabs' order
    second = Citation("001", "Backend developer adalah profesional")
    role = with_citation(role, claim_id, second)
    claim = next(c for c in role.claims() if c.id == claim_id)
    assert [c.article_id for c in claim.citations] == ["guru-0123456789ab", "001"]
    assert claim.aspects == ("keahlian",)
    back = parse_profile(tomllib.loads(dump_profile(role)), "")
    assert back == role


def _two_claims():
    role = new_profile("Ahli Gizi", [], "Menjaga pola makan.", [])
    a, b = Citation("guru-0123456789ab", "satu"), Citation("001", "dua")
    role, first = with_new_claim(role, "ringkasan", "Pertama.", a)
    role, second = with_new_claim(role, "ringkasan", "Kedua.", a)
    role = with_citation(role, second, b)
    return role, first, second


def test_edit_reorder_and_remove() -> None:
    from guide.profile_editing import (
        with_claim_moved,
        with_claim_text,
        without_citation,
        without_claim,
    )

    role, first, second = _two_claims()
    edited = with_claim_text(role, first, "  Pertama, diubah. ")
    assert edited.claims()[0].text == "Pertama, diubah."
    moved = with_claim_moved(role, second, -1)
    assert [c.id for c in moved.claims()] == [second, first]
    assert with_claim_moved(moved, second, -5) == moved  # clamped at the top
    one_source = without_citation(role, second, 0)
    assert [c.article_id for c in one_source.claims()[1].citations] == ["001"]
    no_claim = without_citation(one_source, second, 0)  # its last source: the claim goes
    assert [c.id for c in no_claim.claims()] == [first]
    assert without_claim(no_claim, first).sections == ()  # an emptied tab goes too
    try:
        with_claim_text(role, first, " ")
    except ValueError:
        pass
    else:
        raise AssertionError("an empty statement was accepted")
