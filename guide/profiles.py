"""Curated role profiles (seeds/profiles/*.toml): every claim cites verbatim article passages.

A profile file is TOML::

    id = "backend-developer"
    name = "Backend Developer"
    aliases = ["Backend Engineer", "Back-end Developer"]
    summary = "…one line for the home card…"

    [[sections]]                      # one per tab, in this order (see SECTION_IDS)
    id = "ringkasan"

    [[sections.claims]]
    id = "definisi"                   # unique within the profile
    text = "…our short statement in Indonesian…"
    group = "Definisi"                # optional sub-heading inside the tab ("Bahasa", "Soft skill")
    aspects = ["fokus-kerja"]         # optional comparison rows this claim fills (aspects.toml)
    values = ["server", "database"]   # optional short keys compared between roles in a row
    note = ""                         # optional editor's note (disagreement, error in a source)
    citations = [{ article = "001", quote = "…verbatim words of the article…" }]

The build checks every quote against its article's text, whitespace- and case-normalised, and
fails naming the file, the claim and the quote when it is not there (:class:`CitationError`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from guide.article import ParsedArticle, parse_article
from guide.messages import kind_name, read_problem, value_kind
from guide.metadata import load_metadata

PROFILES_DIRNAME = "profiles"
ASPECTS_FILENAME = "aspects.toml"

# The tabs of a profile, in order, with their Indonesian titles.
SECTION_TITLES: dict[str, str] = {
    "ringkasan": "Ringkasan",
    "tugas": "Tugas & Tanggung Jawab",
    "keahlian": "Keahlian",
    "gaji": "Gaji",
    "pendidikan": "Pendidikan & Jalur Karier",
    "tempat-kerja": "Tempat Kerja",
    "mitos-fakta": "Mitos & Fakta",
    "sumber": "Sumber",
}
SECTION_IDS = tuple(SECTION_TITLES)


class ProfileError(ValueError):
    """A profile file is malformed; the message names the file and the place."""


class CitationError(ProfileError):
    """A quoted passage is not in the cited article."""


@dataclass(frozen=True, slots=True)
class Citation:
    """A verbatim quote of an article; ``start``/``end`` locate it in the article's source text."""

    article_id: str
    quote: str
    start: int = -1
    end: int = -1
    section_id: str = ""  # the article section holding the quote, filled by the store


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement of ours, backed by one or more citations."""

    id: str
    text: str
    citations: tuple[Citation, ...]
    group: str = ""
    aspects: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    note: str = ""

    def citations_by_article(self) -> tuple[tuple[str, tuple[Citation, ...]], ...]:
        """The citations grouped per article, in order of first appearance: one citation
        marker per article, listing each of its quotes in the order written."""
        groups: dict[str, list[Citation]] = {}
        for citation in self.citations:
            groups.setdefault(citation.article_id, []).append(citation)
        return tuple((article_id, tuple(quotes)) for article_id, quotes in groups.items())


@dataclass(frozen=True, slots=True)
class ProfileSection:
    """One tab of a profile."""

    id: str
    title: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """A role: its names, a one-line summary, and its sections (tabs) of cited claims."""

    id: str
    name: str
    aliases: tuple[str, ...]
    summary: str
    sections: tuple[ProfileSection, ...]
    source_file: str = ""

    def section(self, section_id: str) -> ProfileSection | None:
        """The section with this id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    def claims(self) -> list[Claim]:
        """Every claim, in tab order."""
        return [claim for section in self.sections for claim in section.claims]

    def citation_count(self) -> int:
        """How many citations the profile's claims carry."""
        return sum(len(c.citations) for c in self.claims())

    def citations_of(self, article_id: str) -> int:
        """How many of those citations quote ``article_id``."""
        return sum(c.article_id == article_id for k in self.claims() for c in k.citations)


@dataclass(frozen=True, slots=True)
class Aspect:
    """A comparison row: an id claims refer to, and its Indonesian label."""

    id: str
    label: str


# -- loading ----------------------------------------------------------------------------------


def _require(table: Mapping, key: str, kind: type, where: str, optional: bool = False):
    if not isinstance(table, Mapping):
        raise ProfileError(
            f"{where}: setiap isi daftar di sini harus berupa tabel, bukan {value_kind(table)}"
        )
    value = table.get(key)
    if value is None and optional:
        return kind()
    if value is None:
        raise ProfileError(f"{where}: '{key}' belum diisi (perlu {kind_name(kind)})")
    if not isinstance(value, kind):
        raise ProfileError(
            f"{where}: '{key}' harus berupa {kind_name(kind)}, bukan {value_kind(value)}"
        )
    if kind is str and not value.strip() and not optional:
        raise ProfileError(f"{where}: '{key}' tidak boleh kosong")
    return value


def _strings(table: Mapping, key: str, where: str) -> tuple[str, ...]:
    values = _require(table, key, list, where, optional=True)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise ProfileError(
            f"{where}: '{key}' harus berupa daftar teks yang tidak kosong, "
            'misalnya ["satu", "dua"]'
        )
    return tuple(values)


def _citation(raw: object, where: str) -> Citation:
    if not isinstance(raw, Mapping):
        raise ProfileError(
            f'{where}: setiap kutipan harus berupa tabel {{ article = "…", quote = "…" }}'
        )
    return Citation(
        article_id=_require(raw, "article", str, where),
        quote=_require(raw, "quote", str, where),
    )


def _claim(raw: Mapping, where: str) -> Claim:
    claim_id = _require(raw, "id", str, where)
    where = f"{where}, klaim '{claim_id}'"
    citations = _require(raw, "citations", list, where)
    if not citations:
        raise ProfileError(
            f"{where}: setiap klaim memerlukan setidaknya satu kutipan di 'citations'"
        )
    return Claim(
        id=claim_id,
        text=_require(raw, "text", str, where),
        citations=tuple(_citation(c, where) for c in citations),
        group=_require(raw, "group", str, where, optional=True),
        aspects=_strings(raw, "aspects", where),
        values=tuple(v.casefold() for v in _strings(raw, "values", where)),
        note=_require(raw, "note", str, where, optional=True),
    )


def _section(raw: Mapping, where: str) -> ProfileSection:
    section_id = _require(raw, "id", str, where)
    if section_id not in SECTION_TITLES:
        raise ProfileError(
            f"{where}: bagian '{section_id}' tidak dikenal "
            f"(pilih salah satu: {', '.join(SECTION_IDS)})"
        )
    where = f"{where}, bagian '{section_id}'"
    claims = tuple(_claim(c, where) for c in _require(raw, "claims", list, where, optional=True))
    return ProfileSection(section_id, SECTION_TITLES[section_id], claims)


def parse_profile(data: Mapping, where: str) -> Profile:
    """Validate one profile's TOML data; ``where`` names the file in error messages."""
    profile_id = _require(data, "id", str, where)
    sections = tuple(_section(s, where) for s in _require(data, "sections", list, where))
    order = [s.id for s in sections]
    if order != [s for s in SECTION_IDS if s in order] or len(set(order)) != len(order):
        raise ProfileError(
            f"{where}: setiap bagian hanya boleh muncul sekali, dengan urutan "
            f"{', '.join(SECTION_IDS)}"
        )
    seen: set[str] = set()
    for claim in (c for s in sections for c in s.claims):
        if claim.id in seen:
            raise ProfileError(
                f"{where}: klaim '{claim.id}' memakai id yang sama dua kali; "
                "beri setiap klaim id yang berbeda"
            )
        seen.add(claim.id)
    return Profile(
        id=profile_id,
        name=_require(data, "name", str, where),
        aliases=_strings(data, "aliases", where),
        summary=_require(data, "summary", str, where),
        sections=sections,
        source_file=where,
    )


def load_profile(path: Path) -> Profile:
    """Read and validate one profile file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path.name}: profil tidak dapat dibaca: {read_problem(exc)}") from exc
    return parse_profile(data, path.name)


def load_profiles(seeds_dir: Path) -> list[Profile]:
    """Every profile in ``seeds/profiles/`` (sorted by file name); ids must be unique."""
    folder = seeds_dir / PROFILES_DIRNAME
    profiles = [
        load_profile(p) for p in sorted(folder.glob("*.toml")) if p.name != ASPECTS_FILENAME
    ]
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise ProfileError(
            f"{folder}: lebih dari satu profil memakai id yang sama ({', '.join(twice)}); "
            "beri setiap profil id yang berbeda"
        )
    return profiles


def load_aspects(seeds_dir: Path) -> list[Aspect]:
    """The comparison rows, in order, from ``seeds/profiles/aspects.toml``."""
    path = seeds_dir / PROFILES_DIRNAME / ASPECTS_FILENAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(
            f"{path.name}: daftar aspek tidak dapat dibaca: {read_problem(exc)}"
        ) from exc
    rows = _require(data, "aspects", list, path.name)
    return [
        Aspect(_require(r, "id", str, where), _require(r, "label", str, where))
        for i, r in enumerate(rows, 1)
        for where in (f"{path.name}, aspek ke-{i}",)
    ]


# -- citation checking --------------------------------------------------------------------------


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` casefolded with whitespace runs collapsed to one space, and for each character
    of the result its offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            offsets.append(i - 1)
            pending_space = False
        folded = ch.casefold()
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets


def normalise(text: str) -> str:
    """Casefold and collapse whitespace, as quotes are compared."""
    return " ".join(text.split()).casefold()


class Locator(Protocol):
    """What locating a citation needs (a :class:`QuoteLocator`, or a teacher's index)."""

    def has_article(self, article_id: str) -> bool: ...
    def locate(self, article_id: str, quote: str) -> tuple[int, int] | None: ...
    def in_content(self, article_id: str, span: tuple[int, int]) -> bool: ...


class QuoteLocator:
    """Finds quotes in the articles' source texts (normalised once per article)."""

    def __init__(
        self,
        texts: Mapping[str, str],
        blocks: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    ) -> None:
        self._texts = {aid: normalise_with_map(text) for aid, text in texts.items()}
        self._blocks = blocks

    def has_article(self, article_id: str) -> bool:
        """True when the article's text was given."""
        return article_id in self._texts

    def in_content(self, article_id: str, span: tuple[int, int]) -> bool:
        """True when the span lies inside one content block (or no blocks were given)."""
        if self._blocks is None:
            return True
        start, end = span
        return any(s <= start and end <= e for s, e in self._blocks.get(article_id, ()))

    def locate(self, article_id: str, quote: str) -> tuple[int, int] | None:
        """Source offsets of the quote's first occurrence, or None."""
        entry = self._texts.get(article_id)
        needle = normalise(quote)
        if entry is None or not needle:
            return None
        haystack, offsets = entry
        at = haystack.find(needle)
        if at < 0:
            return None
        return offsets[at], offsets[at + len(needle) - 1] + 1


def resolve_citations(profile: Profile, locator: QuoteLocator) -> Profile:
    """The profile with every citation located; raise CitationError naming what is missing."""
    sections = []
    for section in profile.sections:
        claims = []
        for claim in section.claims:
            located = tuple(locate_citation(profile, claim, c, locator) for c in claim.citations)
            claims.append(replace(claim, citations=located))
        sections.append(replace(section, claims=tuple(claims)))
    return replace(profile, sections=tuple(sections))


UNKNOWN_SEED_ARTICLE = 'tidak ada di articles.toml (tulis id artikel 3 angka, misalnya "001")'


def locate_citation(
    profile: Profile,
    claim: Claim,
    citation: Citation,
    locator: Locator,
    unknown: str = UNKNOWN_SEED_ARTICLE,
) -> Citation:
    """The citation with its offsets; :class:`CitationError` naming the claim and the quote
    when its article is unknown (``unknown`` says why), or the quote is not verbatim inside
    one paragraph or list item of it."""
    if not locator.has_article(citation.article_id):
        raise CitationError(
            f"{profile.source_file}: klaim '{claim.id}': artikel '{citation.article_id}' {unknown}"
        )
    span = locator.locate(citation.article_id, citation.quote)
    if span is None:
        raise CitationError(
            f"{profile.source_file}: klaim '{claim.id}': kutipan tidak ditemukan di artikel "
            f'{citation.article_id}: "{citation.quote}" (salin kalimatnya persis dari artikel)'
        )
    if not locator.in_content(citation.article_id, span):
        raise CitationError(
            f"{profile.source_file}: klaim '{claim.id}': kutipan tidak berada di dalam satu "
            f"paragraf atau satu butir daftar artikel {citation.article_id} (teks tambahan "
            f'situs, atau melintasi beberapa paragraf): "{citation.quote}"'
        )
    return replace(citation, start=span[0], end=span[1])


def verified_profiles(
    seeds_dir: Path, articles: Iterable[tuple[str, str, ParsedArticle]] | None = None
) -> list[Profile]:
    """Load every profile and locate every citation in the articles (build-time check).

    ``articles`` are (id, source text, parsed) triples; read from ``seeds_dir`` when omitted.
    """
    if articles is None:
        metas = load_metadata(seeds_dir / "articles.toml")
        articles = []
        for article_id, meta in metas.items():
            text = (seeds_dir / meta.file).read_text(encoding="utf-8")
            articles.append((article_id, text, parse_article(article_id, text)))
    locator = seed_locator(articles)
    return [resolve_citations(p, locator) for p in load_profiles(seeds_dir)]


def seed_locator(articles: Iterable[tuple[str, str, ParsedArticle]]) -> QuoteLocator:
    """A locator over the articles' source texts: a quote must lie inside one paragraph, list
    item or heading."""
    texts, blocks = {}, {}
    for article_id, text, parsed in articles:
        texts[article_id] = text
        blocks[article_id] = [(b.start, b.end) for s in parsed.sections for b in s.blocks] + [
            (s.start, s.start + len(s.heading)) for s in parsed.sections if s.heading
        ]
    return QuoteLocator(texts, blocks)
