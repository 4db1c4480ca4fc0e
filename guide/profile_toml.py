"""Write a role profile as TOML, in the schema :func:`guide.profiles.parse_profile` reads (the
app saves what a teacher builds in it this way; ``tomllib`` only reads).

Only the fields of the schema are written, in its order; strings are TOML basic strings
(JSON's escapes are TOML's: ``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``; DEL escaped as well), so
any text round-trips.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from guide.profiles import Claim, Profile


def _string(text: str) -> str:
    # JSON leaves DEL (U+007F) as it is; TOML allows it in no string: escape it too.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_string(v) for v in values) + "]"


def _claim_lines(claim: Claim) -> list[str]:
    lines = ["", "[[sections.claims]]", f"id = {_string(claim.id)}"]
    if claim.group:
        lines.append(f"group = {_string(claim.group)}")
    lines.append(f"text = {_string(claim.text)}")
    if claim.aspects:
        lines.append(f"aspects = {_strings(claim.aspects)}")
    if claim.values:
        lines.append(f"values = {_strings(claim.values)}")
    if claim.note:
        lines.append(f"note = {_string(claim.note)}")
    lines.append("citations = [")
    for c in claim.citations:
        lines.append(f"  {{ article = {_string(c.article_id)}, quote = {_string(c.quote)} }},")
    lines.append("]")
    return lines


def dump_profile(profile: Profile) -> str:
    """The profile as TOML text (parse_profile(tomllib.loads(text)) gives it back)."""
    lines = [
        "# Profil peran buatan guru (skema: guide/profiles.py).",
        f"id = {_string(profile.id)}",
        f"name = {_string(profile.name)}",
        f"aliases = {_strings(profile.aliases)}",
        f"summary = {_string(profile.summary)}",
    ]
    for section in profile.sections:
        lines += ["", "[[sections]]", f"id = {_string(section.id)}"]
        for claim in section.claims:
            lines += _claim_lines(claim)
    return "\n".join(lines) + "\n"
