"""Which profile topics a search query names: a link above the results to the tab that answers.

    topics_of(query, profiles) -> TopicMatch

"gaji", "gajinya", "salary", "penghasilan" name the Gaji tab; "jurusan", "kuliah", "major" the
Pendidikan tab; "apa bedanya backend dan frontend" the comparison; "frontend" names the
Frontend Developer role. Data-driven: the words of each tab are :data:`TOPIC_WORDS` (keyed by
:data:`guide.profiles.SECTION_IDS`), the roles' words come from their names and aliases, and
English or alternative spellings reach them through :func:`guide.analysis.synonyms`.

A tab whose section has no claim is *not discussed* by the sources for that role: when the
query names that role ("berapa gaji frontend"), the match says so (``missing``) and links the
same tab of the roles whose sources do discuss it, instead of letting their figures pass for
the role asked about.

Matching a query word ``q`` against a topic word ``t`` (both lowercase tokens):

* ``q == t``, or ``q`` is ``t`` plus a clitic ("penghasilannya", "jurusanmu");
* or ``t`` is its own stem (a root word: "gaji", "tugas", "beda") and ``q`` stems to it
  ("gajinya", "bergaji", "perbedaan"). An affixed topic word ("penghasilan", stem "hasil") is
  never matched through its stem, so "hasil" or "menghasilkan" do not mean salary.

Qt-free (``guide/`` never imports Qt).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from guide.analysis import expand_query_words, stem, synonyms, tokenize
from guide.profiles import SECTION_IDS, Profile

# The words (or phrases) that name each profile tab. Indonesian first, then English words the
# synonym table does not already map to one of them ("salary" -> "gaji" comes from there).
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "ringkasan": ("ringkasan", "pengertian", "definisi", "apa itu", "definition", "overview"),
    "tugas": ("tugas", "tanggung jawab", "jobdesk", "job desk"),
    "keahlian": (
        "keahlian",
        "skill",
        "keterampilan",
        "kemampuan",
        "bahasa pemrograman",
        "teknologi",
    ),
    "gaji": ("gaji", "upah", "penghasilan", "pendapatan", "bayaran", "income", "wage"),
    "pendidikan": (
        "pendidikan",
        "jurusan",
        "kuliah",
        "kampus",
        "sarjana",
        "lulusan",
        "gelar",
        "bootcamp",
        "kursus",
        "jalur karier",
        "jenjang karier",
    ),
    "tempat-kerja": (
        "tempat kerja",
        "perusahaan",
        "kantor",
        "instansi",
        "kerja di mana",
        "kerja dimana",
        "bekerja di mana",
        "bekerja dimana",
        "workplace",
    ),
    "mitos-fakta": ("mitos", "fakta", "myth", "myths"),
    "sumber": ("sumber", "referensi", "source", "sources", "reference"),
}

# Words that ask for two roles side by side ("apa bedanya …", "backend vs frontend").
COMPARE_WORDS: tuple[str, ...] = (
    "beda",
    "banding",
    "vs",
    "versus",
    "difference",
    "differences",
    "compare",
    "comparison",
)

CLITICS: tuple[str, ...] = ("nya", "mu", "ku", "lah", "kah", "pun")
MAX_PHRASE = 3


@dataclass(frozen=True, slots=True)
class SectionLink:
    """One tab of one role's profile."""

    profile_id: str
    section_id: str


@dataclass(frozen=True, slots=True)
class TopicMatch:
    """What a query names: tabs to link (their sources discuss them), tabs of a named role the
    sources do not discuss, and the two roles to compare when it asks for a comparison."""

    links: tuple[SectionLink, ...] = ()
    missing: tuple[SectionLink, ...] = ()
    compare: tuple[str, str] | None = None
    roles: tuple[str, ...] = ()  # the roles the query names, in profile order

    def __bool__(self) -> bool:
        return bool(self.links or self.missing or self.compare)


def _words(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


def word_matches(query_word: str, topic_word: str) -> bool:
    """Whether one query word names one topic word (rules in the module docstring)."""
    if query_word == topic_word:
        return True
    if any(query_word == topic_word + clitic for clitic in CLITICS):
        return True
    return stem(topic_word) == topic_word and stem(query_word) == topic_word


def _forms(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The query's words with their synonyms, and every run of 2–3 consecutive words; each as
    a tuple of words."""
    forms: list[tuple[str, ...]] = []
    for group in expand_query_words(list(words)):
        forms.extend(tuple(alternative.split()) for alternative in group)
    for size in range(2, MAX_PHRASE + 1):
        forms.extend(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
    return forms


def _names(forms: Iterable[tuple[str, ...]], entries: Iterable[str]) -> bool:
    """True when one of the query's forms matches one of the entries (words or phrases)."""
    wanted = [tuple(_words(entry)) for entry in entries]
    for form in forms:
        for entry in wanted:
            if len(entry) != len(form):
                continue
            if len(entry) == 1 and word_matches(form[0], entry[0]):
                return True
            if len(entry) > 1 and form == entry:
                return True
    return False


def role_words(profiles: Sequence[Profile]) -> dict[str, frozenset[str]]:
    """Profile id -> the words of its name and aliases that no other role shares, itself or
    as a synonym ("frontend" for Frontend Developer; "developer", "engineer" and "pengembang"
    name every role)."""
    words = {p.id: {w for name in (p.name, *p.aliases) for w in _words(name)} for p in profiles}
    out = {}
    for pid, own in words.items():
        others = set().union(*(w for other, w in words.items() if other != pid))
        out[pid] = frozenset(w for w in own if not {w, *synonyms(w)} & others)
    return out


def discussed(profile: Profile, section_id: str) -> bool:
    """Whether the sources say anything for this tab of this role (a claim in it)."""
    section = profile.section(section_id)
    return section is not None and bool(section.claims)


def _pair(named: Sequence[str], profiles: Sequence[Profile]) -> tuple[str, str]:
    """The two roles to compare: those named, filled up in profile order; in profile order."""
    order = [p.id for p in profiles]
    pair = list(named[:2])
    pair += [pid for pid in order if pid not in pair][: 2 - len(pair)]
    pair.sort(key=order.index)
    return pair[0], pair[1]


def topics_of(
    query: str,
    profiles: Sequence[Profile],
    topic_words: Mapping[str, Sequence[str]] | None = None,
) -> TopicMatch:
    """The profile tabs, roles and comparison a query names (see the module docstring)."""
    table = TOPIC_WORDS if topic_words is None else topic_words
    words = _words(query)
    if not words or not profiles:
        return TopicMatch()
    forms = _forms(words)
    by_role = role_words(profiles)
    named = tuple(p.id for p in profiles if set(words) & by_role[p.id])
    asked = [p for p in profiles if p.id in named] if named else list(profiles)
    links: list[SectionLink] = []
    missing: list[SectionLink] = []
    for sid in SECTION_IDS:
        if sid not in table or not _names(forms, table[sid]):
            continue
        found = [p for p in asked if discussed(p, sid)]
        missing += [SectionLink(p.id, sid) for p in asked if named and not discussed(p, sid)]
        if not found:  # the named roles' sources are silent: the roles whose are not
            found = [p for p in profiles if p.id not in named and discussed(p, sid)]
        links += [SectionLink(p.id, sid) for p in found]
    compare = None
    if len(profiles) >= 2 and (len(named) >= 2 or _names(forms, COMPARE_WORDS)):
        compare = _pair(named, profiles)
    return TopicMatch(tuple(links), tuple(missing), compare, named)
