"""Teachers' role profiles: the schema of ``seeds/profiles/*.toml`` (see :mod:`guide.profiles`),
kept in the personal library's database, every quote checked against the articles.

A profile is stored as its TOML text (one row, one SQLite transaction: a kill or a full disk
leaves the previous version whole). Its citations may name any article the guide has: bundled
("001"), the teacher's own ("guru-…") or a lab pack's.

- On save (:func:`checked_for_saving`) every quote must stand verbatim — whitespace- and
  case-normalised, inside one paragraph, list item or heading — in the article it names;
  otherwise :class:`guide.profiles.CitationError` names the claim and the quote, and nothing
  is stored.
- On every load (:func:`checked_for_showing`) the same check runs, but a citation whose article
  was removed or changed is kept, marked broken ("kutipan tidak ditemukan lagi di artikel"),
  and listed by ``--self-test``: a teacher's work is never silently dropped.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guide.messages import read_problem
from guide.profiles import (
    Citation,
    CitationError,
    Claim,
    Profile,
    ProfileError,
    QuoteLocator,
    locate_citation,
    parse_profile,
)

MAX_PROFILE_BYTES = 1_000_000  # a profile file larger than this is refused unread
BROKEN = "kutipan tidak ditemukan lagi di artikel"


@dataclass(frozen=True, slots=True)
class BrokenCitation:
    """A citation whose quote is no longer in its article (or whose article is gone)."""

    claim_id: str
    article_id: str
    quote: str


@dataclass(frozen=True, slots=True)
class TeacherProfile:
    """A teacher's profile as the app shows it: located citations (a broken one keeps
    ``start == -1``), where it comes from, and what is broken."""

    profile: Profile
    origin: str  # "personal" or "pack"
    updated_at: str = ""
    broken: tuple[BrokenCitation, ...] = ()
    pack_title: str = ""


class ArticleIndex:
    """The articles quotes are looked up in, read and normalised only when a citation names
    them (a library of hundreds of imported articles, a profile citing three). ``load`` gives
    an article's (text, sections) or None; a section has ``start``, ``end``, ``heading``,
    ``blocks`` (with ``start``/``end``) and, from a store, an ``id``. It answers as a
    :class:`guide.profiles.QuoteLocator` does."""

    def __init__(self, load: Callable[[str], tuple[str, Sequence[Any]] | None]) -> None:
        self._load = load
        self._found: dict[str, tuple[QuoteLocator, list[Any]] | None] = {}

    @classmethod
    def of(cls, articles: Iterable[tuple[str, str, Sequence[Any]]]) -> ArticleIndex:
        """An index of articles given as (id, text, sections)."""
        given = {article_id: (text, sections) for article_id, text, sections in articles}
        return cls(given.get)

    def _article(self, article_id: str) -> tuple[QuoteLocator, list[Any]] | None:
        if article_id not in self._found:
            loaded = self._load(article_id)
            if loaded is None:
                self._found[article_id] = None
            else:
                text, sections = loaded
                spans = [(b.start, b.end) for s in sections for b in s.blocks] + [
                    (s.start, s.start + len(s.heading)) for s in sections if s.heading
                ]
                locator = QuoteLocator({article_id: text}, {article_id: spans})
                self._found[article_id] = (locator, list(sections))
        return self._found[article_id]

    def has_article(self, article_id: str) -> bool:
        """True when the article exists."""
        return self._article(article_id) is not None

    def locate(self, article_id: str, quote: str) -> tuple[int, int] | None:
        """Offsets of the quote in the article's text, or None."""
        found = self._article(article_id)
        return found[0].locate(article_id, quote) if found else None

    def in_content(self, article_id: str, span: tuple[int, int]) -> bool:
        """True when the span lies inside one content block (or heading) of the article."""
        found = self._article(article_id)
        return bool(found) and found[0].in_content(article_id, span)

    def section_at(self, article_id: str, offset: int) -> str:
        """The id of the section holding ``offset`` ("" when none does, or no ids)."""
        found = self._article(article_id)
        for section in found[1] if found else ():
            if section.start <= offset < max(section.end, section.start + 1):
                return getattr(section, "id", "")
        return ""


def parse_toml(text: str, where: str) -> Profile:
    """A profile from its TOML text; :class:`ProfileError` naming ``where`` when malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{where}: profil tidak dapat dibaca: {read_problem(exc)}") from exc
    return parse_profile(data, where)


def read_profile_file(path: Path) -> tuple[Profile, str]:
    """(the profile, its TOML text) of a file; :class:`ProfileError` when unreadable."""
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileError(f"{path.name}: berkas profil terlalu besar (paling besar 1 MB)")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path.name}: profil tidak dapat dibaca: {read_problem(exc)}") from exc
    return parse_toml(text, path.name), text


def _locate(profile: Profile, claim: Claim, citation: Citation, index: ArticleIndex) -> Citation:
    """The citation located (with its section), or :class:`CitationError` naming the claim
    and the quote."""
    unknown = "tidak ada (bukan artikel bawaan, artikel guru, atau artikel paket lab)"
    found = locate_citation(profile, claim, citation, index, unknown)
    return replace(found, section_id=index.section_at(citation.article_id, found.start))


def _checked(profile: Profile, index: ArticleIndex, strict: bool) -> TeacherProfile:
    broken: list[BrokenCitation] = []
    sections = []
    for section in profile.sections:
        claims = []
        for claim in section.claims:
            located = []
            for citation in claim.citations:
                try:
                    located.append(_locate(profile, claim, citation, index))
                except CitationError:
                    if strict:
                        raise
                    located.append(replace(citation, start=-1, end=-1, section_id=""))
                    broken.append(BrokenCitation(claim.id, citation.article_id, citation.quote))
            claims.append(replace(claim, citations=tuple(located)))
        sections.append(replace(section, claims=tuple(claims)))
    return TeacherProfile(replace(profile, sections=tuple(sections)), "personal", "", tuple(broken))


def checked_for_saving(profile: Profile, index: ArticleIndex) -> Profile:
    """Every citation located; :class:`CitationError` for the first that is not verbatim
    (:class:`ProfileError` for an id a pack could not carry)."""
    from guide.profile_editing import PROFILE_ID

    if not PROFILE_ID.fullmatch(profile.id):
        raise ProfileError(
            f"{profile.source_file}: id profil «{profile.id}» hanya boleh berisi huruf kecil, "
            'angka dan tanda hubung, misalnya "ahli-gizi"'
        )
    return _checked(profile, index, strict=True).profile


def checked_for_showing(
    profile: Profile, index: ArticleIndex, origin: str = "personal", updated_at: str = ""
) -> TeacherProfile:
    """The profile with what still stands located and the rest marked broken."""
    found = _checked(profile, index, strict=False)
    return replace(found, origin=origin, updated_at=updated_at)
