"""Profiles written as TOML read back the same: the bundled ones, and odd text."""

from __future__ import annotations

import tomllib

from hypothesis import example, given, settings
from hypothesis import strategies as st

from guide.profile_toml import dump_profile
from guide.profiles import Citation, Claim, Profile, ProfileSection, load_profiles, parse_profile
from tests.conftest import SEEDS


def _round_trip(profile: Profile) -> Profile:
    return parse_profile(tomllib.loads(dump_profile(profile)), profile.source_file)


def test_the_bundled_profiles_round_trip() -> None:
    for profile in load_profiles(SEEDS):
        assert _round_trip(profile) == profile


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1).filter(str.strip),
    quote=st.text(min_size=1).filter(str.strip),
    group=st.text().filter(lambda s: not s or s.strip()),
)
@example(text="0", quote="0", group="\x7f")  # DEL: JSON leaves it, TOML refuses it raw
def test_any_text_round_trips(text: str, quote: str, group: str) -> None:
    claim = Claim("k", text, (Citation("guru-0123456789ab", quote),), group=group)
    profile = Profile(
        "peran", "Peran \"Baru\"", ("a\\b",), "Ringkas\nsekali",
        (ProfileSection("ringkasan", "Ringkasan", (claim,)),), "x.toml",
    )  # fmt: skip
    assert _round_trip(profile) == profile
