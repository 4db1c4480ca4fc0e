"""Parse one seed article into metadata-free structure: sections of blocks with source offsets.

Contract:

    parse_article(article_id: str, text: str) -> ParsedArticle

`text` is the seed file's exact content. Every Block keeps `start`/`end` offsets into `text`
(`text[start:end]` is the source span the block came from; `Block.text` is the cleaned display
text, equal to the span for plain paragraphs, without bullet/number/markdown markup for items).

The seeds come as plain text copied from web pages (headings are short stand-alone lines), and
as markdown with front matter. The parser works line by line with general heuristics (line
length, trailing punctuation, numbering, blank-line structure, what follows) and drops page
chrome: bylines, image captions, "Baca juga" links, calls to action, tag/share footers, related
article cards. Reference lists ("Sumber:", "Referensi") go to `ParsedArticle.references`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Literal

PARSER_VERSION = 1

BlockKind = Literal["paragraph", "item", "quote"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, list item or quote inside a section."""

    kind: BlockKind
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it, in reading order; the first may have no heading."""

    heading: str
    level: int  # 1 = article title level, 2 = section, 3 = numbered sub-heading
    start: int  # offset of the heading (or of the first block when heading == "")
    end: int  # end of the last block
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        """The section's body text: blocks joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The cleaned article: title, sections in reading order, the references it lists."""

    article_id: str
    title: str
    sections: tuple[Section, ...]
    references: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Patterns

_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 100

_MONTHS = (
    "jan(uari|uary)?|feb(ruari|ruary)?|mar(et|ch)?|apr(il)?|mei|may|jun(i|e)?|jul(i|y)?"
    "|agu(stus)?|aug(ust)?|sep(tember)?|okt(ober)?|oct(ober)?|nov(ember)?|des(ember)?|dec(ember)?"
)
_STOCK = r"pexels|freepik|unsplash|pixabay|shutterstock|canva|istock|getty\s*images"


def _full(*patterns: str) -> re.Pattern[str]:
    """Compile alternatives that must match a whole (stripped) line, case-insensitively."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Byline pieces, counters and page labels: never content on a line of their own.
_BYLINE = _full(
    r"[•·|]+",
    r"[-*_=~]{3,}",
    r"\d+[.)]?",
    r"\d+\s*min(ute)?s?\s*read",
    r"min(ute)?s?\s*read",
    r"published\s+on",
    r"time-icon",
    rf"\d{{1,2}}\s+({_MONTHS})\.?\s+\d{{4}}",
    rf"({_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}",
    r"\d{4}-\d{2}-\d{2}",
)
_LABEL = _full(
    r"expert'?s\s+corner",
    r"profil\s+profesi",
    r"image\s+banner",
    r"author\s+image",
    r"video",
    r"share",
    r"bagikan",
)
# Images, their file names and their captions/credits.
_MEDIA = _full(
    r"\S+\.(jpe?g|png|gif|webp|svg|avif)",
    r"(!\[[^\]]*\]\([^)]*\)\s*)+",
    rf".+\s[-–—]\s*({_STOCK})(\.com)?",
    rf"(sumber|source|foto|gambar|image|photo)\s*:\s*({_STOCK})(\.com)?",
)
# Links to other articles, calls to action, sign-up and chat promotions.
_PROMO = _full(
    r"baca(\s+juga)?\s*:.*",
    r"(lihat|simak)\s+juga\s*:.*",
    r"hi!?\s*👋.*",
    r"kalau\s+kamu\s+butuh\s+bantuan,?",
    r".*\bhubungi\s+kami\s+via\s+whatsapp\b.*",
    r"already\s+have\s+an\s+account\?.*",
    r"apakah\s+kamu\s+sedang\s+mencari\s+pekerjaan\?",
    r".*\bdaftar(kan)?\s+(diri(mu)?|sekarang)\b.*",
    r".*\bkonsultasi\s+(gratis\s+)?di\s+sini\b.*",
)
# A campaign hashtag such as "#BimbingSampaiJadi" (case-sensitive: CamelCase only).
_SLOGAN = re.compile(r".*(^|\s)#[A-Z][a-z0-9]+[A-Z]\w*.*")
# Everything from one of these lines to the end is page footer (tags, author box, related cards).
_FOOTER = _full(r"tags", r"artikel\s+terkait", r"author\s+image", r"related\s+articles?")
_REFERENCES_LABEL = _full(
    r"(sumber|referensi|rujukan|daftar\s+pustaka|references?|sources?)\s*:?",
)

_BULLET = re.compile(r"^([•●◦▪\-*–·])\s+(?=\S)")
_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(?=\S)")
_QUOTE = re.compile(r"^(>\s?)+")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?[^)\s>]*>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_REF_SUFFIX = re.compile(r"\s*\[(buka|link|open|lihat)\]\s*$", re.IGNORECASE)
_SENTENCE_END = (".", ",", ":", ";", "!", "…")
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’.\-]*$")
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def is_boilerplate(line: str) -> bool:
    """Whether a stripped line is page chrome (byline, label, image, promotion), not content."""
    if not any(c.isalnum() for c in line):
        return True  # separators, lone bullets, stray punctuation
    return any(p.fullmatch(line) for p in (_BYLINE, _LABEL, _MEDIA, _PROMO, _SLOGAN))


def _is_header_marker(line: str) -> bool:
    """Lines that make up a page header around the title: byline, labels, banner images."""
    return any(p.fullmatch(line) for p in (_BYLINE, _LABEL, _MEDIA))


def clean_inline(text: str) -> str:
    """Display text of a markdown fragment: images dropped, links reduced to their text."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1).strip(), text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    return text.strip()


def _words(text: str) -> list[str]:
    return text.split()


def _is_heading_text(text: str) -> bool:
    """A short title-like line: capitalised, no sentence punctuation at the end, few words."""
    if not text or len(text) > _MAX_HEADING_CHARS or text.endswith(_SENTENCE_END):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if re.search(r"[.!?]\s+[A-Z]", text):  # two sentences
        return False
    return 0 < len(_words(text)) <= _MAX_HEADING_WORDS


def _is_prose(text: str) -> bool:
    """A sentence-like line: long, or ending like a sentence."""
    return not _is_heading_text(text) and not _BULLET.match(text) and not _QUOTE.match(text)


def _is_person_name(text: str) -> bool:
    """Two to five capitalised words, letters only: what a byline's author line looks like."""
    words = _words(text)
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


# --------------------------------------------------------------------------------------------
# Lines


@dataclass(frozen=True, slots=True)
class _Line:
    """One source line, stripped, with the offsets of its stripped content."""

    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text


def _split_lines(text: str) -> list[_Line]:
    """Split on \\n, \\r\\n or \\r; keep offsets of each line's stripped content."""
    lines: list[_Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        lines.append(_make_line(text, pos, m.start()))
        pos = m.end()
    if pos < len(text):
        lines.append(_make_line(text, pos, len(text)))
    return lines


def _make_line(text: str, start: int, end: int) -> _Line:
    raw = text[start:end]
    stripped = raw.strip().strip(_INVISIBLE).strip()
    if not stripped:
        return _Line("", start, start)
    offset = start + raw.find(stripped)
    return _Line(stripped, offset, offset + len(stripped))


def _next_nonblank(lines: list[_Line], i: int) -> int:
    while i < len(lines) and lines[i].blank:
        i += 1
    return i


def _front_matter(lines: list[_Line]) -> tuple[dict[str, str], int]:
    """Parse a leading `---` YAML-ish front matter block (flat `key: value` lines only)."""
    first = _next_nonblank(lines, 0)
    if first >= len(lines) or lines[first].text != "---":
        return {}, 0
    fields: dict[str, str] = {}
    for i in range(first + 1, len(lines)):
        line = lines[i].text
        if line == "---":
            return fields, i + 1
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return {}, 0  # unterminated: not front matter


def _read_header(lines: list[_Line], i: int, title: str) -> tuple[str, int]:
    """Consume the page header (title, byline, author and bio, banner). Returns (title, next)."""
    last = "start"
    while (i := _next_nonblank(lines, i)) < len(lines):
        text = lines[i].text
        nxt = _next_nonblank(lines, i + 1)
        next_text = lines[nxt].text if nxt < len(lines) else ""
        if _is_header_marker(text):
            last = "marker"
        elif not title and last in ("start", "marker") and _is_title_text(text):
            title, last = clean_inline(_MD_HEADING.sub("", text)), "title"
            if next_text and next_text != text and text.endswith(" " + next_text):
                title, i = next_text, nxt  # "site - Title" then "Title": keep the plain title
        elif title and _is_person_name(text) and (last == "marker" or _BYLINE.fullmatch(next_text)):
            last = "author"
        elif last == "author" and not _is_heading_text(text) and not is_boilerplate(text):
            last = "bio"
        else:
            break
        i += 1
    return title, i


def _is_title_text(text: str) -> bool:
    """A page title: not a sentence, not a list entry, not chrome."""
    return (
        any(c.isalnum() for c in text)
        and not text.endswith((".", ",", ":", ";"))
        and not _FOOTER.fullmatch(text)
        and len(_words(text)) <= 25
        and not _BULLET.match(text)
        and not _QUOTE.match(text)
        and not is_boilerplate(text)
    )


def _footer_index(lines: list[_Line], i: int) -> int:
    """Index of the first footer line (tags, author box, related articles), or len(lines)."""
    for j in range(i, len(lines)):
        if _FOOTER.fullmatch(lines[j].text):
            return j
    return len(lines)


def _runs(lines: list[_Line]) -> list[list[_Line]]:
    """Groups of consecutive non-blank, non-boilerplate lines (blank lines separate groups)."""
    runs: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.blank:
            if current:
                runs.append(current)
            current = []
        elif _QUOTE.fullmatch(line.text) or not is_boilerplate(line.text):
            current.append(line)  # a bare ">" separates quoted paragraphs: keep it
    if current:
        runs.append(current)
    return runs


# --------------------------------------------------------------------------------------------
# Building sections


@dataclass(slots=True)
class SectionCollector:
    """Sections as they are found: a heading opens one, blocks fill it, the next heading (or
    :meth:`flush`) closes it. Used here and by ``guide.importing.compose``."""

    sections: list[Section] = field(default_factory=list)
    heading: str = ""
    level: int = 1
    start: int = -1
    heading_end: int = -1
    blocks: list[Block] = field(default_factory=list)

    def open_section(self, heading: str, level: int, start: int, end: int) -> None:
        """Close the section being filled; the next one starts with this heading."""
        self.flush()
        self.heading, self.level, self.start, self.heading_end = heading, level, start, end

    def append(self, block: Block) -> None:
        """A block of the section being filled."""
        if self.start < 0:
            self.start = block.start
        self.blocks.append(block)

    def flush(self) -> None:
        """Close the section being filled (when it has a heading or a block)."""
        if self.heading or self.blocks:
            end = self.blocks[-1].end if self.blocks else self.heading_end
            self.sections.append(
                Section(self.heading, self.level, self.start, end, tuple(self.blocks))
            )
        self.heading, self.level, self.start, self.heading_end = "", 1, -1, -1
        self.blocks = []


@dataclass(slots=True)
class _Builder(SectionCollector):
    """Accumulates headings, blocks and references while walking the runs."""

    references: list[str] = field(default_factory=list)
    seen_heading: bool = False
    in_references: bool = False

    def add_heading(self, text: str, level: int, start: int, end: int) -> None:
        self.open_section(text, level, start, end)
        self.seen_heading = True

    def add_block(self, kind: BlockKind, text: str, start: int, end: int) -> None:
        if not any(c.isalnum() for c in text):
            return  # nothing left after removing markup
        self.append(Block(kind, text, start, end))


def _strip_marker(text: str) -> str:
    """Item text without its bullet or number."""
    m = _BULLET.match(text) or _NUMBER.match(text)
    return text[m.end() :] if m else text


def _is_list_line(text: str) -> bool:
    return bool(_BULLET.match(text) or _NUMBER.match(text))


def _clean_reference(text: str) -> str:
    return clean_inline(_REF_SUFFIX.sub("", _strip_marker(text)))


def _heading_of(text: str, b: _Builder) -> tuple[str, int] | None:
    """(heading text, level) if a stand-alone line is a heading, else None."""
    if m := _MD_HEADING.match(text):
        heading = clean_inline(text[m.end() :].rstrip("#").strip())
        return (heading, min(max(len(m.group(1)), 2), 3)) if heading else None
    if m := _NUMBER.match(text):
        if _is_heading_text(text[m.end() :]):
            return text, 3 if b.seen_heading else 2
        return None
    if _BULLET.match(text) or _QUOTE.match(text):
        return None
    return (text, 2) if _is_heading_text(text) else None


def _heading_leads(run: list[_Line]) -> bool:
    """Whether a heading-like first line of a run heads it (rather than being a list entry)."""
    first = run[0].text
    if len(run) == 1 or _MD_HEADING.match(first):
        return True
    nxt = run[1].text
    if _is_list_line(first):  # "1. Foo" heads a run only when prose follows, not "2. Bar"
        return _is_prose(nxt) and not _is_list_line(nxt)
    return _is_prose(nxt) or _is_list_line(nxt)


def _add_line(line: _Line, b: _Builder, *, in_list: bool) -> None:
    """Add one non-heading line as an item or a paragraph."""
    text = line.text
    if _is_list_line(text) or (in_list and _is_heading_text(text)):
        b.add_block("item", clean_inline(_strip_marker(text)), line.start, line.end)
    else:
        b.add_block("paragraph", clean_inline(text), line.start, line.end)


def _add_quote(lines: list[_Line], b: _Builder) -> None:
    """Add a run of `>` lines as quote blocks, one per quoted paragraph."""
    para: list[_Line] = []
    for line in [*lines, _Line(">", -1, -1)]:
        body = _QUOTE.sub("", line.text, count=1).strip()
        if body and line.start >= 0:
            para.append(_Line(body, line.start, line.end))
            continue
        if para:
            text = clean_inline(" ".join(p.text for p in para))
            b.add_block("quote", text, para[0].start, para[-1].end)
        para = []


def _add_run(run: list[_Line], b: _Builder) -> None:
    """Classify one group of consecutive lines into references, headings and blocks."""
    first = run[0].text
    if _REFERENCES_LABEL.fullmatch(first):
        b.in_references = True
        run = run[1:]
    if b.in_references:
        if run and all(_is_list_line(line.text) for line in run):
            b.references.extend(r for line in run if (r := _clean_reference(line.text)))
            return
        if not run:
            return
        b.in_references = False
    if any(_QUOTE.match(line.text) for line in run):
        for is_quote, group in groupby(run, key=lambda line: bool(_QUOTE.match(line.text))):
            (_add_quote if is_quote else _add_run)(list(group), b)
        return
    head = _heading_of(run[0].text, b)
    if head and _heading_leads(run):
        b.add_heading(head[0], head[1], run[0].start, run[0].end)
        run = run[1:]
    in_list = len(run) > 1
    for line in run:
        _add_line(line, b, in_list=in_list)


def parse_article(article_id: str, text: str) -> ParsedArticle:
    """Parse a seed article's text into title, sections (with offsets) and references.

    Text before the first heading forms an untitled lead section (heading "", level 1).
    Headings are level 2, numbered headings after a first heading level 3 ("1. Komunikasi"
    under "Skill-set ..."). A page title without header chrome around it (a first short line
    followed by a blank line) becomes `title`, not a section heading. Never raises on any str.
    """
    lines = _split_lines(text)
    meta, i = _front_matter(lines)
    title, i = _read_header(lines, i, clean_inline(meta.get("title", "")))
    b = _Builder()
    for run in _runs(lines[i : _footer_index(lines, i)]):
        _add_run(run, b)
    b.flush()
    return ParsedArticle(article_id, title, tuple(b.sections), tuple(b.references))


def iter_blocks(parsed: ParsedArticle) -> Iterator[tuple[Section, Block]]:
    """Every block of the article in reading order, with its section."""
    for section in parsed.sections:
        for block in section.blocks:
            yield section, block


def headings(parsed: ParsedArticle) -> list[str]:
    """The section headings in reading order (the untitled lead section is skipped)."""
    return [s.heading for s in parsed.sections if s.heading]
