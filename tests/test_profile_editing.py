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
