"""One façade over the built data for the UI: plain objects in, plain objects out.

The UI never runs SQL or touches Whoosh; it asks a :class:`Library` for profiles, articles,
facts, comparisons and search results. Articles come from the bundled data, the teacher's
personal library and the lab packs (:mod:`guide.sources`); search runs over all of them as one
(:mod:`guide.federated`), and every article says where it comes from (:meth:`Library.origin`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from guide.compare import Comparison, compare
from guide.datadir import DataLocation
from guide.facts import Facts, ListFact, Salary, Technology
from guide.federated import FederatedSearcher
from guide.profiles import (
    SECTION_TITLES,
    Aspect,
    Citation,
    Profile,
    ProfileError,
    ProfileSection,
)
from guide.search import Searcher, SearchResult
from guide.sources import BUNDLED, Origin, Sources
from guide.store import ArticleRecord, SectionRecord, Store
from guide.teacher_profiles import ArticleIndex, TeacherProfile, checked_for_showing, parse_toml

if TYPE_CHECKING:
    from collections.abc import Iterable

    from guide.learning import Learning, LearningPath

log = logging.getLogger(__name__)

BACKEND_ID = "backend-developer"
FRONTEND_ID = "frontend-developer"


@dataclass(frozen=True, slots=True)
class TechCount:
    """A technology and how many of the articles mention it."""

    technology: Technology
    category_label: str
    articles: tuple[str, ...]
    total_articles: int

    @property
    def label(self) -> str:
        """ "disebut di N dari M artikel"."""
        return f"disebut di {len(self.articles)} dari {self.total_articles} artikel"


@dataclass(frozen=True, slots=True)
class QuickFacts:
    """The Ringkasan box of a profile: salary statements, top technologies, majors."""

    salaries: tuple[Salary, ...]
    technologies: tuple[TechCount, ...]
    majors: tuple[ListFact, ...]
    companies: tuple[ListFact, ...]


@dataclass(frozen=True, slots=True)
class Passage:
    """What the reader opens: an article, its sections, and the range to highlight."""

    article: ArticleRecord
    sections: tuple[SectionRecord, ...]
    start: int = -1  # offsets into ``article.text``; -1 when nothing is highlighted
    end: int = -1
    section_id: str = ""


@dataclass(frozen=True, slots=True)
class Reopened:
    """The personal index's searcher, opened by :meth:`Library.reopen` while ``base`` was
    the library's searcher."""

    base: FederatedSearcher
    personal: Searcher


class Library:
    """The data the app shows: the bundled data (read-only, from one :class:`DataLocation`)
    and, when given, the personal library and lab packs of ``sources`` (the library owns them
    and closes them)."""

    def __init__(self, location: DataLocation, sources: Sources | None = None) -> None:
        self.location = location
        self.store = Store(location.db_path, immutable=location.bundled)
        self.sources = sources
        self.searcher = self._open_searcher()
        self.notice_said = False  # the location's notice (data rebuilt) was shown to the user

    def _open_searcher(self, reuse: dict[Path, Searcher] | None = None) -> FederatedSearcher:
        """One searcher over every index; ``reuse``: already open searchers by index folder."""
        warm = reuse is None  # the first opening is in the loader thread: warm it up there
        reuse = reuse or {}
        folders = [self.location.index_dir] + [s.index_dir for _, s in self._extra_sources()]
        return FederatedSearcher([reuse.get(f) or Searcher(f, warm=warm) for f in folders])

    def _extra_sources(self) -> list[tuple[Origin, object]]:
        """(origin, library) of the personal library, then each pack, in search order."""
        if self.sources is None:
            return []
        found: list[tuple[Origin, object]] = []
        if self.sources.personal is not None:
            found.append((Origin("personal"), self.sources.personal))
        for pack, library in self.sources.packs:
            found.append((Origin("pack", pack_title=pack.title), library))
        return found

    def reopen(self) -> Reopened | None:
        """The personal index's searcher for :meth:`refresh`, opened now (the costly part:
        its segments and words), or None without a personal library. Any thread: the
        window's import worker calls it, so the window does not wait for it; the library is
        unchanged until ``refresh(reopened)``."""
        personal = self.sources.personal if self.sources is not None else None
        if personal is None:
            return None
        return Reopened(self.searcher, Searcher(personal.index_dir, warm=False))

    def refresh(self, reopened: Reopened | None = None) -> None:
        """Read the personal library again (after an import or a removal): its articles and
        its index anew, the bundled and pack searchers kept (their files do not change).
        ``reopened`` (from :meth:`reopen`) is used when it was opened from the current
        searcher; else the index is opened here. Call it in the thread that searches: the
        kept searchers are switched to the new statistics."""
        if reopened is not None and reopened.base is not self.searcher:
            reopened.personal.close()  # stale: another refresh came first
            reopened = None
        if reopened is None:
            reopened = self.reopen()
        old = self.searcher
        changed = reopened.personal.index_dir if reopened is not None else None
        kept = {p.index_dir: p for p in old.parts if p.index_dir != changed}
        if reopened is not None:
            kept[reopened.personal.index_dir] = reopened.personal
        self.searcher = self._open_searcher(kept)
        for part in old.parts:
            if part.index_dir == changed:
                part.close()
        for name in (
            "articles", "labels", "_headings", "_owners",
            "teacher_profiles", "article_index", "profiles", "section_roles",
        ):  # fmt: skip
            self.__dict__.pop(name, None)

    @property
    def pack_problems(self) -> tuple[str, ...]:
        """One Indonesian line per lab pack (or personal library) that was skipped."""
        return tuple(self.sources.problems) if self.sources is not None else ()

    def remove_article(self, article_id: str) -> bool:
        """Remove a teacher's article from the personal library (never a bundled or a pack
        article); True when it was there. The library is read again."""
        personal = self.sources.personal if self.sources is not None else None
        if personal is None or self.origin(article_id).kind != "personal":
            return False
        removed = personal.remove(article_id)
        self.refresh()
        return removed

    def close(self) -> None:
        """Release the database, the indexes and the other sources."""
        self.store.close()
        self.searcher.close()
        if self.sources is not None:
            self.sources.close()

    # -- cached reads (the data is read-only) ---------------------------------------------

    @cached_property
    def bundled_articles(self) -> tuple[ArticleRecord, ...]:
        """The program's own articles, in id order (what the facts are extracted from)."""
        return tuple(self.store.articles())

    @cached_property
    def _owners(self) -> dict[str, tuple[Origin, object]]:
        """Article id → (origin, the store or library holding it); the personal library wins
        over a pack holding the same article, the bundled data over both."""
        owners: dict[str, tuple[Origin, object]] = {}
        for origin, source in reversed(self._extra_sources()):
            for entry in source.entries():
                owners[entry.id] = (
                    Origin(origin.kind, origin.pack_title, entry.file, entry.imported_at),
                    source,
                )
        for article in self.bundled_articles:
            owners[article.id] = (BUNDLED, self.store)
        return owners

    @cached_property
    def articles(self) -> tuple[ArticleRecord, ...]:
        """Every article: the bundled ones in id order, then the teacher's and the packs'."""
        extra = []
        for _, source in self._extra_sources():
            extra += [a for a in source.articles() if self._owners[a.id][1] is source]
        return self.bundled_articles + tuple(extra)

    def origin(self, article_id: str) -> Origin:
        """Where an article comes from (bundled when unknown)."""
        return self._owners.get(article_id, (BUNDLED, self.store))[0]

    @cached_property
    def bundled_profiles(self) -> tuple[Profile, ...]:
        """The program's own role profiles, in file order."""
        return tuple(self.store.profiles())

    @cached_property
    def teacher_profiles(self) -> tuple[TeacherProfile, ...]:
        """The teacher's own role profiles, then the lab packs' (read-only), their citations
        checked against the articles as they are now (a broken one is kept and marked, never
        dropped). An id is shown once: the program's, then the teacher's, then a pack's."""
        taken = {p.id for p in self.bundled_profiles}
        found = []
        for origin, source in self._extra_sources():
            for row in source.profile_rows():
                if row.id in taken:
                    continue
                try:
                    profile = parse_toml(row.toml, row.name)
                except ProfileError as exc:  # saved by another version of the program
                    log.warning("teacher profile %s not shown: %s", row.id, exc)
                    continue
                taken.add(row.id)
                checked = checked_for_showing(
                    profile, self.article_index, origin.kind, row.updated_at
                )
                if checked.profile.section("sumber") is None:  # the tab listing what it cites
                    sources = ProfileSection("sumber", SECTION_TITLES["sumber"], ())
                    shown = replace(checked.profile, sections=(*checked.profile.sections, sources))
                    checked = replace(checked, profile=shown)
                found.append(replace(checked, pack_title=origin.pack_title))
        return tuple(found)

    @cached_property
    def article_index(self) -> ArticleIndex:
        """Every article's text and sections, read when a quote names it (to check and
        locate teachers' quotes)."""

        def load(article_id: str) -> tuple[str, tuple[SectionRecord, ...]] | None:
            article = self.article(article_id)
            return (
                None if article is None else (article.text, self.open_article(article_id).sections)
            )

        return ArticleIndex(load)

    @cached_property
    def profiles(self) -> tuple[Profile, ...]:
        """Every role profile: the program's, in file order, then the teacher's, by name."""
        return self.bundled_profiles + tuple(t.profile for t in self.teacher_profiles)

    def profile_origin(self, profile_id: str) -> str:
        """Where a role profile comes from: "bundled", "personal" or "pack"."""
        found = next((t for t in self.teacher_profiles if t.profile.id == profile_id), None)
        return found.origin if found is not None else "bundled"

    @cached_property
    def learning(self) -> Learning:
        """The learning paths and the self-check "Apa saya cocok?" (the build's JSON; none
        when it cannot be read: the views then offer no path, --self-test says why)."""
        from guide.learning import Learning, read_learning

        try:
            return read_learning(self.location.learning_file)
        except (OSError, ValueError, KeyError, TypeError) as exc:  # a damaged or older build
            log.warning("learning content not read from %s: %s", self.location.learning_file, exc)
            return Learning({}, "", ())

    def learning_path(self, role_id: str) -> LearningPath | None:
        """A role's learning path (None: the articles give it none)."""
        return self.learning.paths.get(role_id)

    @cached_property
    def aspects(self) -> tuple[Aspect, ...]:
        """The comparison rows."""
        return tuple(self.store.aspects())

    @cached_property
    def facts(self) -> Facts:
        """Facts extracted from the articles."""
        return self.store.facts()

    @cached_property
    def value_names(self) -> dict[str, str]:
        """A comparison value (a technology's id or another name, case-folded) → the name as
        the gazetteer writes it: "css3" → "CSS3", "ui/ux designer" stays as it is."""
        return {
            name.casefold(): name if name in t.aliases else t.name
            for t in self.facts.technologies
            for name in (t.id, *t.aliases)
        }

    def shown_values(self, values: Iterable[str]) -> tuple[str, ...]:
        """``values`` (a comparison row's shared ones) as a reader expects them written."""
        return tuple(self.value_names.get(v, v) for v in values)

    @cached_property
    def labels(self) -> dict[str, str]:
        """Article id → the short, unique name students see ("EKRUT"); ids are never shown."""
        return {a.id: a.label for a in self.articles}

    def article(self, article_id: str) -> ArticleRecord | None:
        """One article, or None."""
        owner = self._owners.get(article_id)
        return None if owner is None else owner[1].article(article_id)

    def profile(self, profile_id: str) -> Profile | None:
        """One role profile, or None."""
        return next((p for p in self.profiles if p.id == profile_id), None)

    # -- derived views --------------------------------------------------------------------

    def comparison(self, left_id: str = BACKEND_ID, right_id: str = FRONTEND_ID) -> Comparison:
        """Two roles side by side; raises KeyError for an unknown role."""
        left, right = self.profile(left_id), self.profile(right_id)
        if left is None or right is None:
            raise KeyError(left_id if left is None else right_id)
        return compare(left, right, list(self.aspects))

    def technology_counts(self, profile: Profile | None = None) -> tuple[TechCount, ...]:
        """Technologies by number of articles mentioning them (most first); with a profile,
        only those its claims name among their values."""
        counts = self.facts.counts
        wanted = None
        if profile is not None:
            wanted = {v for claim in profile.claims() for v in claim.values}
        found = []
        for tech in self.facts.technologies:
            names = {tech.id, tech.name.casefold(), *(a.casefold() for a in tech.aliases)}
            if wanted is not None and not names & wanted:
                continue
            articles = tuple(sorted(counts.get(tech.id, ())))
            if articles:
                label = self.facts.categories.get(tech.category, tech.category)
                found.append(TechCount(tech, label, articles, len(self.bundled_articles)))
        found.sort(key=lambda t: (-len(t.articles), t.technology.name.casefold()))
        return tuple(found)

    def quick_facts(self, profile: Profile) -> QuickFacts:
        """Salaries whose role matches the profile, its top technologies, majors, companies
        (a teacher's role: from what it cites, see guide.teacher_facts)."""
        if self.profile_origin(profile.id) != "bundled":
            from guide.teacher_facts import teacher_quick_facts

            return teacher_quick_facts(self, profile)
        names = {profile.name.casefold(), *(a.casefold() for a in profile.aliases)}
        names = {n.replace("-", " ") for n in names} | names
        salaries = tuple(s for s in self.facts.salaries if s.role.casefold() in names)
        lists = self.facts.list_facts
        is_backend = bool(salaries) or profile.id == BACKEND_ID
        return QuickFacts(
            salaries=salaries,
            technologies=self.technology_counts(profile)[:8],
            majors=tuple(f for f in lists if f.kind == "jurusan") if is_backend else (),
            companies=tuple(f for f in lists if f.kind == "perusahaan") if is_backend else (),
        )

    def passage(self, citation: Citation) -> Passage:
        """The reader's view of a citation: its article, sections, and the quote's range."""
        return self.open_article(
            citation.article_id, citation.start, citation.end, citation.section_id
        )

    def open_article(
        self, article_id: str, start: int = -1, end: int = -1, section_id: str = ""
    ) -> Passage:
        """An article for the reader, optionally with a range or section to show."""
        article = self.article(article_id)
        if article is None:
            raise KeyError(article_id)
        sections = tuple(self._owners[article_id][1].sections(article_id))
        return Passage(article, sections, start, end, section_id)

    def search(self, query: str, limit: int = 30, correct: bool = True) -> SearchResult:
        """Full-text search (see :meth:`guide.search.Searcher.search`)."""
        return self.searcher.search(query, limit=limit, correct=correct)

    @cached_property
    def _headings(self) -> tuple[tuple[str, str, str], ...]:
        """(heading, section id, article id) of every titled section."""
        sources = [self.store] + [source for _, source in self._extra_sources()]
        return tuple(
            (s.heading, s.id, s.article_id)
            for source in sources
            for s in source.all_sections()
            if s.heading and self._owners.get(s.article_id, (None, None))[1] is source
        )

    def heading_matches(self, text: str, limit: int = 4) -> list[tuple[str, str, str]]:
        """Section headings holding every word typed, the last one as a prefix
        ("tugas back" → "Apa Tugas Seorang Backend Developer?")."""
        words = text.casefold().split()
        if not words:
            return []
        found = []
        for heading, section_id, article_id in self._headings:
            tokens = heading.casefold().replace("-", " ").split()
            full = all(any(t.startswith(w) for t in tokens) for w in words[:-1])
            if full and any(t.startswith(words[-1]) for t in tokens):
                found.append((heading, section_id, article_id))
                if len(found) == limit:
                    break
        return found

    @cached_property
    def section_roles(self) -> dict[str, frozenset[str]]:
        """Section id → the roles whose profiles cite it (used to filter results by role)."""
        roles: dict[str, set[str]] = {}
        for profile in self.profiles:
            for claim in profile.claims():
                for citation in claim.citations:
                    roles.setdefault(citation.section_id, set()).add(profile.id)
        return {sid: frozenset(r) for sid, r in roles.items()}

    def query_terms(self, query: str) -> frozenset[str]:
        """The index terms of a query, to highlight them in the reader."""
        return self.searcher.query_terms(query)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Completions of the last word typed."""
        return self.searcher.suggest(prefix, limit=limit)
