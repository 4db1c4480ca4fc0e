"""Facts extracted from the articles by code, each with the passage it comes from.

    passages(article_id, text, parsed)                -> [Passage]  sentences of content blocks
    extract_salaries(article_id, text, parsed, meta)  -> ([Salary], [SkippedAmount])
    load_gazetteer()                                  -> [Technology]  (data/technologies.toml)
    find_mentions(article_id, text, parsed)           -> [Mention]
    mention_counts(mentions)                          -> {technology id: {article ids}}
    extract_list_facts(article_id, text, parsed)      -> [ListFact]  majors, example companies
    extract_all(seeds_dir)                            -> Facts

A passage is one sentence of a content block of the parsed article (or one list item): the lead,
headings, boilerplate and reference lists are never scanned. ``Passage.start``/``end`` are
offsets into the article's source text; ``Passage.text`` is the sentence as displayed (markdown
and quote markers removed), equal to the source slice for plain text.

Salaries. A sentence is a salary statement when it mentions gaji/salary/upah/penghasilan and
holds an amount in rupiah: "Rp13-30 juta", "Rp7.500.000 hingga 10.500.000", "IDR 7,500,000",
"5-10 juta rupiah". Numbers use Indonesian formats (dot thousands, comma decimals; several
comma groups are English thousands; one comma before exactly three digits is ambiguous and
skipped). A unit written once ("13-30 juta") applies to both ends of a range. Everything else
in a salary sentence that looks like an amount is skipped with a reason and logged, never
guessed: ranges with low > high, zero, amounts outside Rp500.000–Rp1 miliar, percentages,
years, bare counters, amounts without a currency, vague ("puluhan juta") or unreadable ones.

Technology mentions. Aliases are matched on whole tokens of ``guide.analysis.tokenize``
(case-insensitive; "Java" is not a token of "JavaScript", "SQL" not of "MySQL"), the longest
alias first, never inside a URL. False positives are avoided by the gazetteer itself: bare "Go"
is not an alias (only "Golang"); ordinary words ("API" = fire, "LESS", "REST") are
``case_sensitive``; the one-letter "C" is ``list_only``: written "C", as a whole element of a
comma/"dan" list in a sentence that names another language.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from guide.analysis import Token, stopwords, tokenize
from guide.article import ParsedArticle, Section, clean_inline, parse_article
from guide.messages import toml_problem
from guide.metadata import ArticleMeta, load_metadata

log = logging.getLogger(__name__)

GAZETTEER_FILE = "technologies.toml"
METADATA_FILE = "articles.toml"

MIN_MONTHLY = 500_000
MAX_MONTHLY = 1_000_000_000


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or list item of an article, with offsets into the article's source text."""

    article_id: str
    heading: str  # the section heading ("" for the untitled lead section)
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary statement: a monthly rupiah range, who reported it, and where it is written."""

    low: int  # rupiah, normalised ("Rp13-30 juta" -> 13_000_000)
    high: int
    currency: str  # "IDR"
    period: str  # "bulan"
    period_stated: bool  # False when the text does not say "per bulan" (assumed monthly)
    year: int | None  # the year the statement is about: sentence, else heading, else title
    role: str  # the role as written ("backend engineer")
    reported_by: str  # the source named in the sentence ("Kompas.com"), "" if none
    published_by: str  # the article's publisher from its metadata ("EKRUT")
    passage: Passage
    raw: str  # the amount as written ("Rp13-30 juta")


@dataclass(frozen=True, slots=True)
class SkippedAmount:
    """Something that looked like an amount in a salary sentence but was not taken."""

    passage: Passage
    raw: str
    reason: str


@dataclass(frozen=True, slots=True)
class Technology:
    """A gazetteer entry: a technology or practice and how the articles write it."""

    id: str
    name: str
    category: str
    aliases: tuple[str, ...]
    case_sensitive: bool = False  # aliases must be written exactly so ("API", "LESS")
    list_only: bool = False  # only as an element of a list of the same category ("C")


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a technology in an article; ``surface`` is the text as written."""

    technology_id: str
    article_id: str
    passage: Passage
    surface: str
    start: int = -1  # offsets of ``surface`` in the source text
    end: int = -1


@dataclass(frozen=True, slots=True)
class ListFact:
    """One entry of a list of majors ("jurusan") or example companies ("perusahaan")."""

    kind: str
    value: str
    passage: Passage


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything extracted from the seeds by :func:`extract_all`."""

    salaries: tuple[Salary, ...]
    skipped: tuple[SkippedAmount, ...]
    mentions: tuple[Mention, ...]
    list_facts: tuple[ListFact, ...]
    technologies: tuple[Technology, ...]
    categories: dict[str, str] = field(default_factory=dict)  # category id -> label

    @property
    def counts(self) -> dict[str, set[str]]:
        """Technology id -> ids of the articles that mention it."""
        return mention_counts(self.mentions)


# --------------------------------------------------------------------------------------------
# Passages (sentences of content blocks)

_MARKER = re.compile(r"(?:[•●◦▪\-*–·]\s+|\d{1,2}[.)]\s+|(?:>\s?)+)")
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’)]*\s+(?=(?:>\s*)*[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {"s.d.", "dll.", "dsb.", "dst.", "mis.", "no.", "dr.", "prof.", "rp.", "sdr.", "yth."}
    | {"tsb.", "e.g.", "i.e.", "vs.", "jl.", "st.", "ir."}
)
_QUOTE_BREAK = re.compile(r"\s*\n\s*(?:>\s?)*")


def _display(source: str) -> str:
    """The display text of a source sentence: one line, markdown and quote markers removed."""
    return clean_inline(_QUOTE_BREAK.sub(" ", source))


def _is_abbreviation(span: str, dot: int) -> bool:
    """Whether the word ending at ``span[dot]`` is an abbreviation or an initial ("s.d.")."""
    word = span[: dot + 1].rsplit(None, 1)[-1].lower()
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"[a-z]\.", word))


def _sentence_spans(span: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``span``, trailing whitespace excluded."""
    begin = 0
    for m in _SENTENCE_BREAK.finditer(span):
        punct_end = m.start() + len(m.group().rstrip())
        if _is_abbreviation(span, m.start()):
            continue
        yield begin, punct_end
        begin = m.end()
    end = len(span.rstrip())
    if begin < end:
        yield begin, end


def _content_start(text: str, start: int, end: int, kind: str) -> int:
    """Offset after an item's bullet/number or a quote's ">" marker."""
    if kind == "paragraph":
        return start
    m = _MARKER.match(text, start, end)
    return m.end() if m else start


def _section_passages(article_id: str, text: str, section: Section) -> Iterator[Passage]:
    for block in section.blocks:
        start = _content_start(text, block.start, block.end, block.kind)
        span = text[start : block.end]
        for a, b in _sentence_spans(span):
            display = _display(span[a:b])
            if display:
                yield Passage(article_id, section.heading, display, start + a, start + b)


def passages(article_id: str, text: str, parsed: ParsedArticle) -> list[Passage]:
    """Every sentence of every content block of the article, in reading order."""
    return [p for s in parsed.sections for p in _section_passages(article_id, text, s)]


def _item_passage(article_id: str, text: str, section: Section, block_index: int) -> Passage:
    """The passage of a whole list item (marker excluded)."""
    block = section.blocks[block_index]
    start = _content_start(text, block.start, block.end, block.kind)
    return Passage(article_id, section.heading, block.text, start, block.end)


# --------------------------------------------------------------------------------------------
# Numbers


class _NumberError(ValueError):
    """A number that cannot be read without guessing."""


def _thousands_groups_ok(digits: str, sep: str) -> bool:
    """'7.500.000' style: a first group of 1-3 digits, then groups of exactly 3."""
    first, *rest = digits.split(sep)
    return 1 <= len(first) <= 3 and all(len(g) == 3 for g in rest)


def parse_number(raw: str) -> Decimal:
    """Read an Indonesian (or English) formatted number: "7.500.000", "5,5", "7,500,000".

    Dots group thousands and a comma marks decimals; with both present the last one is the
    decimal mark. Several commas are English thousands. One comma before exactly three digits
    ("7,500") could be either and raises ``_NumberError``, as does any malformed grouping.
    """
    s = raw.strip()
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        raise _NumberError(f"bukan angka: {raw!r}")
    try:
        if "." in s and "," in s:
            dec = "," if s.rfind(",") > s.rfind(".") else "."
            whole, _, frac = s.rpartition(dec)
            thousands = "." if dec == "," else ","
            if dec in whole or not _thousands_groups_ok(whole, thousands):
                raise _NumberError(f"penulisan angka salah: {raw!r}")
            return Decimal(whole.replace(thousands, "") + "." + frac)
        for sep in ".,":
            if sep not in s:
                continue
            parts = s.split(sep)
            if len(parts) == 2 and len(parts[1]) != 3:
                return Decimal(parts[0] + "." + parts[1])  # a decimal mark: "5,5", "5.5"
            if not _thousands_groups_ok(s, sep):
                raise _NumberError(f"penulisan angka salah: {raw!r}")
            if sep == "," and len(parts) == 2:
                raise _NumberError(f"angka bermakna ganda (ribuan atau desimal?): {raw!r}")
            return Decimal("".join(parts))
        return Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - the regex above rules this out
        raise _NumberError(f"bukan angka: {raw!r}") from exc


_UNITS: dict[str, int] = {
    "ribu": 1_000,
    "rb": 1_000,
    "thousand": 1_000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "million": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "billion": 1_000_000_000,
}


def _unit_value(unit: str | None) -> int:
    return _UNITS[unit.lower().rstrip(".")] if unit else 1


# --------------------------------------------------------------------------------------------
# Finding amounts in a sentence

_RUPIAH_PREFIX = r"Rp\.?|IDR(?![A-Za-z])"
_FOREIGN_PREFIX = r"US\$|\$|USD(?![A-Za-z])|EUR(?![A-Za-z])|€"
_NUM = r"\d+(?:[.,]\d+)*"
_UNIT = r"(?:ribu|rb|thousand|juta|jt|million|miliar|milyar|billion)\b"
_RANGE_SEP = r"-|–|—|hingga\b|sampai(?:\s+dengan)?\b|s\.\s?d\.?|s/d\b|to\b"

_AMOUNT = re.compile(
    rf"""
    (?:(?P<cur>\b(?:{_RUPIAH_PREFIX})|{_FOREIGN_PREFIX})\s*|(?<![\w.,]))
    (?P<n1>{_NUM})(?:,-)?
    (?:\s*(?P<u1>{_UNIT}))?
    (?:\s*(?:{_RANGE_SEP})\s*(?:(?P<cur2>\b(?:{_RUPIAH_PREFIX}))\s*)?
       (?P<n2>{_NUM})(?:,-)?(?:\s*(?P<u2>{_UNIT}))?)?
    (?P<pct>\s*(?:%|persen\b))?
    (?P<rupiah>\s*rupiah\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_VAGUE = re.compile(
    rf"(?:(?:{_RUPIAH_PREFIX})\s*)?\b(?:"
    rf"(?:puluhan|belasan|ratusan|beberapa|sekian)\s+{_UNIT}|jutaan|ribuan|miliaran)"
    r"(?:\s+rupiah\b)?",
    re.IGNORECASE,
)
_LONE_UNIT = re.compile(rf"(?:\S+\s+)?\b{_UNIT}(?:\s+rupiah\b)?", re.IGNORECASE)
_LONE_CURRENCY = re.compile(rf"\b(?:{_RUPIAH_PREFIX})[^\s,;:!?]*(?<!\.)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")
_SALARY_WORD = re.compile(
    r"\b(?:(?:ber|peng)?gaji\w*|salar(?:y|ies)|upah\w*|penghasilan\w*)\b", re.IGNORECASE
)
_PERIOD_AFTER = re.compile(
    r"\s*(?:,-)?\s*(?:per\s*|/\s*|se|(?:se)?tiap\s+|a\s+|an\s+)"
    r"(bulan|month|tahun|year|minggu|week|hari|day|jam|hour)\b",
    re.IGNORECASE,
)
_MONTHLY = re.compile(
    r"(?:\bper\s*|/\s*|\bse|\b(?:se)?tiap\s+)bulan\b|\bbulanan\b|\bper\s+month\b|\bmonthly\b",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"(?:\bper\s*|/\s*|\bse|\b(?:se)?tiap\s+)tahun\b|\btahunan\b|\bper\s+(?:year|annum)\b"
    r"|\bannual(?:ly)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Found:
    """An amount-like span of a sentence: a reading (low, high) or a reason to skip it."""

    start: int
    end: int
    raw: str
    low: int = 0
    high: int = 0
    reason: str = ""  # "" = a salary amount
    serious: bool = True  # False for numbers that are plainly not amounts (year, percent)


def _skip(m: re.Match[str], reason: str, *, serious: bool = True) -> _Found:
    raw = m.group().strip()
    return _Found(
        m.start(), m.start() + len(m.group().rstrip()), raw, reason=reason, serious=serious
    )


def _not_an_amount(m: re.Match[str]) -> _Found:
    """Classify a number without currency or unit: percentage, year or bare counter."""
    if m.group("pct"):
        return _skip(m, "persentase, bukan jumlah uang", serious=False)
    numbers = [g for g in (m.group("n1"), m.group("n2")) if g]
    if all(_YEAR.fullmatch(n) for n in numbers):
        return _skip(m, "tahun, bukan jumlah uang", serious=False)
    return _skip(m, "angka tanpa mata uang atau satuan (hitungan?)", serious=False)


def _read_amount(m: re.Match[str], sentence: str) -> _Found:
    """Turn one _AMOUNT match into a reading or a reason to skip it."""
    cur = (m.group("cur") or m.group("cur2") or "").strip()
    units = (m.group("u1"), m.group("u2"))
    if not cur and not m.group("rupiah"):
        if m.group("pct") or not any(units):
            return _not_an_amount(m)
        return _skip(m, "satuan tanpa mata uang (rupiah tidak disebut)")
    if cur and not re.fullmatch(_RUPIAH_PREFIX, cur, re.IGNORECASE):
        return _skip(m, f"mata uang {cur} bukan rupiah")
    if m.group("pct"):
        return _skip(m, "persentase, bukan jumlah uang")
    try:
        low = parse_number(m.group("n1")) * _unit_value(units[0] or units[1])
        high = low
        if m.group("n2"):
            high = parse_number(m.group("n2")) * _unit_value(units[1] or units[0])
    except _NumberError as exc:
        return _skip(m, str(exc))
    return _checked(m, sentence, low, high)


def _checked(m: re.Match[str], sentence: str, low: Decimal, high: Decimal) -> _Found:
    """A reading that passes the sanity checks, or the reason it does not."""
    period = _PERIOD_AFTER.match(sentence, m.end())
    if period and period.group(1).lower() not in ("bulan", "month"):
        return _skip(m, f"periodenya per '{period.group(1).lower()}', bukan per bulan")
    if not period and _YEARLY.search(sentence) and not _MONTHLY.search(sentence):
        return _skip(m, "kalimat menyebut angka per tahun, bukan per bulan")
    if low != low.to_integral_value() or high != high.to_integral_value():
        return _skip(m, "ada pecahan rupiah")
    if low == 0 or high == 0:
        return _skip(m, "jumlahnya nol")
    if low > high:
        return _skip(m, "batas bawah rentang lebih besar dari batas atasnya")
    if low < MIN_MONTHLY or high > MAX_MONTHLY:
        return _skip(m, "di luar kisaran gaji bulanan yang wajar (Rp500.000 sampai Rp1 miliar)")
    raw = m.group().strip()
    return _Found(m.start(), m.start() + len(m.group().rstrip()), raw, int(low), int(high))


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def _find_amounts(sentence: str) -> list[_Found]:
    """Every amount-like span of one sentence, read or explained, in order."""
    found = [_read_amount(m, sentence) for m in _AMOUNT.finditer(sentence)]
    taken = [(f.start, f.end) for f in found]
    for pattern, reason in (
        (_VAGUE, "jumlah samar, tanpa angka"),
        (_LONE_UNIT, "satuan tanpa angka yang dapat dibaca"),
        (_LONE_CURRENCY, "mata uang tanpa angka yang dapat dibaca"),
    ):
        for m in pattern.finditer(sentence):
            if _free(taken, m.start(), m.end()):
                found.append(_skip(m, reason))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


# --------------------------------------------------------------------------------------------
# Who, when, which role

_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_SOURCE_BEFORE = re.compile(
    r"(?i:\b(?:dilansir(?:\s+dari)?|dikutip\s+dari|mengutip|menurut(?:\s+data)?"
    r"|berdasarkan(?:\s+(?:data|laporan|survei))?(?:\s+dari)?|data(?:\s+dari)?|laporan"
    r"|survei|sumber\s*:|according\s+to))\s+"
    rf"(?P<name>{_NAME})"
)
_SOURCE_AFTER = re.compile(
    rf"(?P<name>{_NAME})\s+"
    r"(?i:menuliskan|menulis|menyebutkan|menyebut|melaporkan|mencatat|merilis|menyatakan"
    r"|mengungkapkan|memaparkan|reports?|says?)\b"
)
_ROLE = re.compile(
    r"\b(?:(?:back|front|full)(?:\s{1,3}|-)?(?:end|stack)|software|web)\s+"
    r"(?:engineer|developer|programmer)s?\b",
    re.IGNORECASE,
)


def _clean_name(name: str) -> str:
    """A source name without leading function words ("Namun Glassdoor") or end punctuation."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in stopwords():
        words = words[1:]
    return " ".join(words).rstrip(".,;:'’")


def reported_by(sentence: str) -> str:
    """The source named in a sentence ("Dilansir dari JobStreet", "Kompas.com menuliskan")."""
    matches = [m for p in (_SOURCE_BEFORE, _SOURCE_AFTER) for m in p.finditer(sentence)]
    if not matches:
        return ""
    first = min(matches, key=lambda m: m.start("name"))
    return _clean_name(first.group("name"))


def _years(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[int]:
    spans = list(exclude)
    return [int(m.group()) for m in _YEAR.finditer(text) if _free(spans, m.start(), m.end())]


def statement_year(
    sentence: str, heading: str, title: str, exclude: Sequence[tuple[int, int]] = ()
) -> int | None:
    """The year a statement is about: the sentence's, else the heading's, else the title's.

    Spans in ``exclude`` (the amounts) are not searched. Several different years in the same
    place are not resolved by guessing: the result is None.
    """
    for candidates in (_years(sentence, exclude), _years(heading), _years(title)):
        distinct = sorted(set(candidates))
        if len(distinct) == 1:
            return distinct[0]
        if distinct:
            log.info("several years %s in %r: year left unknown", distinct, sentence)
            return None
    return None


def _role(*texts: str) -> str:
    """The first role named in the texts, as written ("backend engineer")."""
    for text in texts:
        if m := _ROLE.search(text):
            return m.group()
    return ""


# --------------------------------------------------------------------------------------------
# Salaries


def is_salary_sentence(sentence: str) -> bool:
    """Whether a sentence talks about pay (gaji, salary, upah, penghasilan)."""
    return bool(_SALARY_WORD.search(sentence))


def extract_salaries(
    article_id: str, text: str, parsed: ParsedArticle, meta: ArticleMeta | None
) -> tuple[list[Salary], list[SkippedAmount]]:
    """Salary statements of one article, and the amount-like spans that were not taken."""
    salaries: list[Salary] = []
    skipped: list[SkippedAmount] = []
    for passage in passages(article_id, text, parsed):
        source = text[passage.start : passage.end]
        if not is_salary_sentence(source):
            continue
        found = _find_amounts(source)
        amounts = [(f.start, f.end) for f in found if not f.reason or f.serious]
        for f in found:
            if f.reason:
                skipped.append(_skipped(passage, f))
                continue
            year = statement_year(source, passage.heading, parsed.title, amounts)
            salaries.append(
                Salary(
                    low=f.low,
                    high=f.high,
                    currency="IDR",
                    period="bulan",
                    period_stated=_period_stated(source, f),
                    year=year,
                    role=_role(source, passage.heading, parsed.title),
                    reported_by=reported_by(source),
                    published_by=meta.publisher if meta else "",
                    passage=passage,
                    raw=f.raw,
                )
            )
    return salaries, skipped


def _period_stated(sentence: str, found: _Found) -> bool:
    return bool(_PERIOD_AFTER.match(sentence, found.end) or _MONTHLY.search(sentence))


def _skipped(passage: Passage, f: _Found) -> SkippedAmount:
    """Record and log one skipped span (warning for malformed amounts, info for numbers)."""
    level = logging.WARNING if f.serious else logging.INFO
    log.log(
        level,
        "artikel %s: %r dilewati (%s) dalam %r",
        passage.article_id,
        f.raw,
        f.reason,
        passage.text,
    )
    return SkippedAmount(passage, f.raw, f.reason)


# --------------------------------------------------------------------------------------------
# Gazetteer


class GazetteerError(ValueError):
    """guide/data/technologies.toml is damaged or inconsistent."""


def _technology(raw: dict, categories: dict[str, str]) -> Technology:
    """Validate one [[technology]] table."""
    where = f"{GAZETTEER_FILE}: teknologi {raw.get('id')!r}"
    try:
        tech = Technology(
            id=str(raw["id"]),
            name=str(raw["name"]),
            category=str(raw["category"]),
            aliases=tuple(str(a) for a in raw["aliases"]),
            case_sensitive=bool(raw.get("case_sensitive", False)),
            list_only=bool(raw.get("list_only", False)),
        )
    except KeyError as exc:
        raise GazetteerError(f"{where}: kolom {exc.args[0]!r} belum ada") from exc
    except TypeError as exc:
        raise GazetteerError(f"{where}: 'aliases' harus berupa daftar kata") from exc
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", tech.id):
        raise GazetteerError(f"{where}: id hanya boleh berisi huruf kecil a-z, angka 0-9 dan '-'")
    if tech.category not in categories:
        raise GazetteerError(f"{where}: kategori {tech.category!r} tidak dikenal")
    if not tech.aliases or not all(tokenize(a) for a in tech.aliases):
        raise GazetteerError(f"{where}: 'aliases' harus berupa daftar kata yang tidak kosong")
    return tech


@cache
def _gazetteer() -> tuple[dict[str, str], tuple[Technology, ...]]:
    source = resources.files("guide.data").joinpath(GAZETTEER_FILE).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerError(f"{GAZETTEER_FILE} rusak: {toml_problem(exc)}") from exc
    categories = {str(k): str(v) for k, v in data.get("categories", {}).items()}
    techs = tuple(_technology(raw, categories) for raw in data.get("technology", []))
    _check_unique(techs)
    return categories, techs


def _check_unique(techs: Iterable[Technology]) -> None:
    ids: set[str] = set()
    aliases: dict[tuple[str, ...], str] = {}
    for tech in techs:
        if tech.id in ids:
            raise GazetteerError(f"{GAZETTEER_FILE}: id {tech.id!r} dipakai dua kali")
        ids.add(tech.id)
        for alias in tech.aliases:
            key = tuple(t.text for t in tokenize(alias))
            if key in aliases:
                raise GazetteerError(
                    f"{GAZETTEER_FILE}: alias {alias!r} milik {tech.id!r} "
                    f"juga dipakai oleh {aliases[key]!r}"
                )
            aliases[key] = tech.id


def load_gazetteer() -> list[Technology]:
    """The technology gazetteer (guide/data/technologies.toml), in file order."""
    return list(_gazetteer()[1])


def categories() -> dict[str, str]:
    """Category id -> display label, in file order."""
    return dict(_gazetteer()[0])


# --------------------------------------------------------------------------------------------
# Mentions

_URL = re.compile(r"https?://\S+|\]\([^)]*\)|\b[\w-]+(?:\.[\w-]+)+/\S*")
_LIST_BEFORE = re.compile(r"(?:^|[,:;(]|\b(?:dan|atau|and|or|serta))\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"^\s*(?:$|[,;).]|(?:dan|atau|and|or|serta)\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Alias:
    tech: Technology
    words: tuple[str, ...]  # normalised tokens
    surfaces: tuple[str, ...]  # tokens as written in the gazetteer


@cache
def _alias_index(techs: tuple[Technology, ...]) -> dict[str, list[_Alias]]:
    """First token -> aliases starting with it, longest first."""
    index: dict[str, list[_Alias]] = {}
    for tech in techs:
        for alias in tech.aliases:
            tokens = tokenize(alias)
            entry = _Alias(
                tech, tuple(t.text for t in tokens), tuple(alias[t.start : t.end] for t in tokens)
            )
            index.setdefault(entry.words[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda a: -len(a.words))
    return index


def _matches(alias: _Alias, tokens: Sequence[Token], i: int, sentence: str) -> bool:
    """Whether ``alias`` matches the tokens from ``i`` on (adjacent, same case if required)."""
    n = len(alias.words)
    window = tokens[i : i + n]
    if len(window) < n or tuple(t.text for t in window) != alias.words:
        return False
    if any(sentence[a.end : b.start].strip() for a, b in pairwise(window)):
        return False  # punctuation between the words: not the same name
    if alias.tech.case_sensitive or alias.tech.list_only:
        return all(
            sentence[t.start : t.end] == s for t, s in zip(window, alias.surfaces, strict=True)
        )
    return True


def _in_list(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is a whole element of a comma/"dan" list."""
    return bool(_LIST_BEFORE.search(sentence[:start]) and _LIST_AFTER.match(sentence[end:]))


def _sentence_matches(
    sentence: str, index: dict[str, list[_Alias]]
) -> list[tuple[Technology, int, int]]:
    """(technology, start, end) of every alias in one sentence, longest match first."""
    urls = [(m.start(), m.end()) for m in _URL.finditer(sentence)]
    tokens = [t for t in tokenize(sentence) if _free(urls, t.start, t.end)]
    out: list[tuple[Technology, int, int]] = []
    i = 0
    while i < len(tokens):
        hit = next(
            (a for a in index.get(tokens[i].text, ()) if _matches(a, tokens, i, sentence)), None
        )
        if hit is None:
            i += 1
            continue
        last = tokens[i + len(hit.words) - 1]
        out.append((hit.tech, tokens[i].start, last.end))
        i += len(hit.words)
    return [m for m in out if not m[0].list_only or _list_context(sentence, m, out)]


def _list_context(
    sentence: str, match: tuple[Technology, int, int], others: list[tuple[Technology, int, int]]
) -> bool:
    """A list_only match counts when it is a list element next to its category's entries."""
    tech, start, end = match
    same = [o for o in others if o[0].category == tech.category and not o[0].list_only]
    return bool(same) and _in_list(sentence, start, end)


def find_mentions(
    article_id: str,
    text: str,
    parsed: ParsedArticle,
    technologies: Sequence[Technology] | None = None,
) -> list[Mention]:
    """Every gazetteer mention in the article's content blocks, in reading order."""
    index = _alias_index(tuple(technologies) if technologies is not None else _gazetteer()[1])
    mentions: list[Mention] = []
    for passage in passages(article_id, text, parsed):
        sentence = text[passage.start : passage.end]
        for tech, a, b in _sentence_matches(sentence, index):
            start, end = passage.start + a, passage.start + b
            mentions.append(Mention(tech.id, article_id, passage, text[start:end], start, end))
    return mentions


def mention_counts(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Technology id -> the ids of the articles mentioning it ("disebut di N dari 5 artikel")."""
    counts: dict[str, set[str]] = {}
    for m in mentions:
        counts.setdefault(m.technology_id, set()).add(m.article_id)
    return counts


# --------------------------------------------------------------------------------------------
# Lists of majors and companies

_LIST_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("jurusan", frozenset({"jurusan", "kuliah", "prodi", "major", "majors"})),
    (
        "perusahaan",
        frozenset({"perusahaan", "institusi", "instansi", "company", "companies", "employer"}),
    ),
)
_MAX_VALUE_WORDS = 8


def list_kind(heading: str) -> str | None:
    """ "jurusan" or "perusahaan" when a heading introduces such a list, else None."""
    words = {t.text for t in tokenize(heading)}
    if "program" in words and "studi" in words:
        return "jurusan"
    for kind, keywords in _LIST_KINDS:
        if words & keywords:
            return kind
    return None


def _looks_like_name(value: str) -> bool:
    """A short entry, not a sentence: what a major's or a company's name looks like."""
    return 0 < len(value.split()) <= _MAX_VALUE_WORDS and not value.endswith((".", ":", "?"))


def extract_list_facts(article_id: str, text: str, parsed: ParsedArticle) -> list[ListFact]:
    """The items of sections headed as lists of majors or of companies, in order."""
    facts: list[ListFact] = []
    for section in parsed.sections:
        kind = list_kind(section.heading)
        if kind is None:
            continue
        for i, block in enumerate(section.blocks):
            if block.kind != "item":
                continue
            if not _looks_like_name(block.text):
                log.info("article %s: %s item not a name: %r", article_id, kind, block.text)
                continue
            facts.append(ListFact(kind, block.text, _item_passage(article_id, text, section, i)))
    return facts


# --------------------------------------------------------------------------------------------
# Everything


def extract_all(seeds_dir: Path) -> Facts:
    """Load the metadata, parse every article and extract all facts."""
    seeds_dir = Path(seeds_dir)
    metas = load_metadata(seeds_dir / METADATA_FILE)
    articles = []
    for article_id, meta in sorted(metas.items()):
        text = (seeds_dir / meta.file).read_text(encoding="utf-8")
        articles.append((meta, text, parse_article(article_id, text)))
    return extract_facts(articles)


def extract_facts(articles: Iterable[tuple[ArticleMeta, str, ParsedArticle]]) -> Facts:
    """All facts of already loaded (metadata, source text, parsed) articles."""
    salaries: list[Salary] = []
    skipped: list[SkippedAmount] = []
    mentions: list[Mention] = []
    list_facts: list[ListFact] = []
    for meta, text, parsed in articles:
        article_id = meta.id
        found, missed = extract_salaries(article_id, text, parsed, meta)
        salaries += found
        skipped += missed
        mentions += find_mentions(article_id, text, parsed)
        list_facts += extract_list_facts(article_id, text, parsed)
    return Facts(
        tuple(salaries),
        tuple(skipped),
        tuple(mentions),
        tuple(list_facts),
        tuple(load_gazetteer()),
        categories(),
    )
