"""Curated learning content for the student: a role's learning path ("Jalur belajar") and the
self-check "Apa saya cocok?", every step and statement citing verbatim article passages.

``seeds/paths/<role>.toml``::

    role = "backend-developer"            # a profile id
    intro = "…one or two sentences, our words…"
    limits = ""                           # optional: what the articles do not cover (shown)

    [[steps]]                             # in the order to follow
    id = "struktur-data"                  # unique within the path
    title = "Pahami struktur data dan algoritma"
    explanation = "…why and what, in our words…"
    practice = ["…what to practise, from the articles' own tips…"]
    technologies = ["Git"]                # optional: searched when clicked
    tabs = ["keahlian"]                   # optional: the profile tabs that say more
    citations = [{ article = "004", quote = "…verbatim…" }]

``seeds/selfcheck.toml``::

    role = "backend-developer"
    [[statements]]
    id = "suka-logika"
    text = "Saya senang memecahkan masalah logika."   # what the student answers about
    says = "…what the articles say about it, our words…"
    steps = ["struktur-data"]             # optional: learning-path steps that fit
    tabs = ["keahlian"]                   # optional: profile tabs that fit
    citations = [{ article = "003", quote = "…verbatim…" }]

The build checks every quote as it checks the profiles' (:func:`guide.profiles.locate_citation`:
verbatim, inside one paragraph or list item) and writes the result, citations located, to
``learning.json`` beside the database (:func:`write_learning`, :func:`read_learning`).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from guide.messages import read_problem
from guide.profiles import (
    SECTION_IDS,
    Citation,
    Claim,
    Locator,
    Profile,
    ProfileError,
    _citation,
    _require,
    _strings,
    locate_citation,
)

PATHS_DIRNAME = "paths"
SELFCHECK_FILENAME = "selfcheck.toml"
STATES = ("belum", "sedang", "selesai")  # roadmap.sh's three: not yet, learning, done
DONE = STATES[-1]


@dataclass(frozen=True, slots=True)
class PathStep:
    """One step of a learning path."""

    id: str
    title: str
    explanation: str
    practice: tuple[str, ...]
    technologies: tuple[str, ...]
    tabs: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class LearningPath:
    """A role's steps, in order; ``limits`` says what the articles leave out."""

    role: str
    intro: str
    limits: str
    steps: tuple[PathStep, ...]

    def step(self, step_id: str) -> PathStep | None:
        return next((s for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True, slots=True)
class CheckStatement:
    """One statement of the self-check and what the articles say about it."""

    id: str
    text: str
    says: str
    steps: tuple[str, ...]
    tabs: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Learning:
    """Every path (by role) and the self-check's statements (about ``check_role``)."""

    paths: dict[str, LearningPath]
    check_role: str
    statements: tuple[CheckStatement, ...]


def _tabs(table: Mapping, where: str) -> tuple[str, ...]:
    tabs = _strings(table, "tabs", where)
    unknown = [t for t in tabs if t not in SECTION_IDS]
    if unknown:
        raise ProfileError(f"{where}: tab '{unknown[0]}' tidak ada (pilih dari {SECTION_IDS})")
    return tabs


def _citations(table: Mapping, where: str) -> tuple[Citation, ...]:
    raw = _require(table, "citations", list, where)
    if not raw:
        raise ProfileError(f"{where}: 'citations' kosong: setiap isi perlu kutipan artikel")
    return tuple(_citation(c, where) for c in raw)


def _entries(data: Mapping, key: str, where: str, noun: str, build) -> tuple:
    """``build(raw, where)`` for each table of the list ``key`` (``noun`` names one in the
    messages); at least one, ids unique."""
    entries = []
    for n, raw in enumerate(_require(data, key, list, where), start=1):
        entries.append(build(raw, f"{where}: {noun} {n}"))
    if not entries:
        raise ProfileError(f"{where}: '{key}' kosong")
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise ProfileError(f"{where}: id '{entry.id}' dipakai dua kali")
        seen.add(entry.id)
    return tuple(entries)


def _read(path: Path, where: str) -> Mapping:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{where}: tidak dapat dibaca: {read_problem(exc)}") from exc


def _step(raw: Mapping, at: str) -> PathStep:
    return PathStep(
        _require(raw, "id", str, at),
        _require(raw, "title", str, at),
        _require(raw, "explanation", str, at),
        _strings(raw, "practice", at),
        _strings(raw, "technologies", at),
        _tabs(raw, at),
        _citations(raw, at),
    )


def _statement(raw: Mapping, at: str) -> CheckStatement:
    return CheckStatement(
        _require(raw, "id", str, at),
        _require(raw, "text", str, at),
        _require(raw, "says", str, at),
        _strings(raw, "steps", at),
        _tabs(raw, at),
        _citations(raw, at),
    )


def parse_path(data: Mapping, where: str) -> LearningPath:
    """A learning path from its TOML table (:class:`ProfileError` naming what is wrong)."""
    return LearningPath(
        _require(data, "role", str, where),
        _require(data, "intro", str, where),
        _require(data, "limits", str, where, optional=True),
        _entries(data, "steps", where, "langkah", _step),
    )


def parse_selfcheck(data: Mapping, where: str) -> tuple[str, tuple[CheckStatement, ...]]:
    """The self-check's role and statements from its TOML table."""
    statements = _entries(data, "statements", where, "pernyataan", _statement)
    return _require(data, "role", str, where), statements


def _located(citations, item_id: str, where: str, locator: Locator) -> tuple[Citation, ...]:
    owner = Profile(item_id, item_id, (), "", (), source_file=where)
    claim = Claim(item_id, "", citations)
    return tuple(locate_citation(owner, claim, c, locator) for c in citations)


def load_learning(seeds_dir: Path, locator: Locator, roles: Iterable[str]) -> Learning:
    """Every path and the self-check, each quote located (:class:`ProfileError` otherwise);
    a path's steps, technologies' tabs and the self-check's step references checked."""
    known = set(roles)
    paths: dict[str, LearningPath] = {}
    for file in sorted((seeds_dir / PATHS_DIRNAME).glob("*.toml")):
        where = f"{PATHS_DIRNAME}/{file.name}"
        path = parse_path(_read(file, where), where)
        if path.role not in known or file.stem != path.role:
            raise ProfileError(f"{where}: role '{path.role}' bukan profil (atau nama berkasnya)")
        steps = tuple(
            replace(s, citations=_located(s.citations, s.id, where, locator)) for s in path.steps
        )
        paths[path.role] = replace(path, steps=steps)
    check_file = seeds_dir / SELFCHECK_FILENAME
    role, statements = parse_selfcheck(_read(check_file, SELFCHECK_FILENAME), SELFCHECK_FILENAME)
    if role not in paths:
        raise ProfileError(f"{SELFCHECK_FILENAME}: role '{role}' belum punya jalur belajar")
    located = []
    for s in statements:
        missing = [step for step in s.steps if paths[role].step(step) is None]
        if missing:
            raise ProfileError(
                f"{SELFCHECK_FILENAME}: pernyataan '{s.id}': langkah '{missing[0]}' tidak ada"
            )
        located.append(
            replace(s, citations=_located(s.citations, s.id, SELFCHECK_FILENAME, locator))
        )
    return Learning(paths, role, tuple(located))


# -- learning.json: written by the build, read by the app ----------------------------------


def write_learning(path: Path, learning: Learning, section_of) -> None:
    """``learning`` as JSON; ``section_of(article_id, start)`` names each quote's section."""

    def cite(c: Citation) -> dict:
        return {
            "article": c.article_id,
            "quote": c.quote,
            "start": c.start,
            "end": c.end,
            "section": section_of(c.article_id, c.start),
        }

    def item(obj) -> dict:
        data = asdict(obj)
        data["citations"] = [cite(c) for c in obj.citations]
        return data

    out = {
        "paths": [
            {
                "role": p.role,
                "intro": p.intro,
                "limits": p.limits,
                "steps": [item(s) for s in p.steps],
            }
            for p in learning.paths.values()
        ],
        "check_role": learning.check_role,
        "statements": [item(s) for s in learning.statements],
    }
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


def _cites(raw: list[dict]) -> tuple[Citation, ...]:
    return tuple(
        Citation(c["article"], c["quote"], c["start"], c["end"], c["section"]) for c in raw
    )


def read_learning(path: Path) -> Learning:
    """The build's learning.json (OSError / ValueError / KeyError when damaged)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    paths = {}
    for p in data["paths"]:
        steps = tuple(
            PathStep(
                s["id"],
                s["title"],
                s["explanation"],
                tuple(s["practice"]),
                tuple(s["technologies"]),
                tuple(s["tabs"]),
                _cites(s["citations"]),
            )
            for s in p["steps"]
        )
        paths[p["role"]] = LearningPath(p["role"], p["intro"], p["limits"], steps)
    statements = tuple(
        CheckStatement(
            s["id"],
            s["text"],
            s["says"],
            tuple(s["steps"]),
            tuple(s["tabs"]),
            _cites(s["citations"]),
        )
        for s in data["statements"]
    )
    return Learning(paths, data["check_role"], statements)
