"""A saved web page: the article kept, page chrome dropped, never a resource fetched.

1. Decode (BOM, ``<meta charset>``, UTF-8, charset-normalizer) and parse with a hardened lxml
   HTML parser: no network, no DTD, no entities, comments and processing instructions gone,
   ``huge_tree`` off. Nothing ever reads a ``src``/``href``: they are dropped with their
   elements (img, script, link, iframe, …) or left as unread attributes.
2. Metadata from ``og:title``/``<title>``/``<h1>``, ``<meta name=author>``,
   ``article:published_time`` (and a few common equivalents).
3. Chrome pruned by tag (nav, aside, footer, form, …) and by class/id words (cookie, iklan,
   sidebar, newsletter, komentar, share, related, …); hidden elements too.
4. The main-content extractor (readability-lxml; see benchmarks/README.md for the measurement
   against jusText) picks the article from what is left; if it keeps almost nothing, the
   pruned page is used.
5. Blocks walked in order: h1–h6, p, li, blockquote, pre, table rows (cells joined " | ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from guide.importing.compose import clean_line
from guide.importing.dates import iso_date
from guide.importing.model import Extracted, Piece, Unreadable
from guide.importing.sniff import decode_text

ENGINES = ("readability", "justext")
DEFAULT_ENGINE = "readability"

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "canvas", "video", "audio", "source", "picture", "img", "link",
    "meta", "base", "form", "button", "input", "select", "textarea", "label", "nav", "aside",
    "footer", "header", "figcaption", "dialog", "head",
)  # fmt: skip


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CHROME_WORDS = _word_set(
    "cookie cookies consent gdpr ad ads advert advertisement adsense iklan sponsor sponsored "
    "promo banner sidebar widget widgets newsletter subscribe subscription langganan comment "
    "comments komentar disqus reply share sharing social sosmed related terkait rekomendasi "
    "recommended recommendation tag tags breadcrumb breadcrumbs popular populer terpopuler "
    "trending footer nav navbar navigation menu byline author meta caption baca-juga bacajuga "
    "readmore outbrain taboola modal popup overlay toolbar pagination pager skip"
)
_KEEP_ALWAYS = ("html", "body", "article", "main")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_BLOCKS = _word_set(
    "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre table thead tbody tfoot tr td th "
    "div section article main figure center address details summary hr"
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _parser() -> Any:
    import lxml.html

    return lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        default_doctype=False,
    )


def decode(data: bytes) -> str:
    """The page as text: its BOM or ``<meta charset>`` first, then detection."""
    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else ""
    return _XML_DECL.sub("", decode_text(data, declared))


def parse_tree(text: str) -> Any:
    """The page's element tree, parsed with the hardened parser."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise Unreadable("halaman web ini kosong atau rusak") from exc


def _meta(root: Any, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for el in root.iterfind(f".//meta[@{attr}='{name}']"):
                content = clean_line(el.get("content") or "")
                if content:
                    return content
    return ""


def metadata(root: Any) -> tuple[str, str, str]:
    """(title, author, published) the page states."""
    page_title = clean_line(root.findtext(".//title") or "")
    h1 = next((clean_line(el.text_content()) for el in root.iter("h1")), "")
    title = _meta(root, "og:title", "twitter:title")
    if not title and h1 and h1.casefold() in page_title.casefold():
        title = h1
    if not title and page_title:
        title = re.split(r"\s+[|–—-]\s+(?!.*\s[|–—-]\s)", page_title)[0].strip() or page_title
    title = title or h1
    author = _meta(root, "author", "article:author", "dc.creator", "DC.creator", "byl")
    if re.match(r"https?://", author):
        author = ""
    date = _meta(root, "article:published_time", "datePublished", "date", "pubdate", "DC.date")
    if not date:
        date = next((el.get("datetime") or "" for el in root.iter("time")), "")
    return title, author, iso_date(date)


def _is_chrome(el: Any) -> bool:
    if el.tag in _KEEP_ALWAYS:
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", el.get("style") or "", re.I):
        return True
    words = set(re.split(r"[\s_-]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
    names = " ".join(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())
    return (
        bool(words & _CHROME_WORDS)
        or "baca-juga" in names
        or el.get("role")
        in (
            "navigation",
            "banner",
            "complementary",
            "contentinfo",
            "dialog",
        )
    )


def prune(root: Any) -> None:
    """Remove page chrome in place (dropped tags, chrome classes/ids, hidden elements)."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and _is_chrome(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _text(el: Any) -> str:
    return clean_line(" ".join(el.itertext()))


def _has_block(el: Any) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants())


def _container(el: Any, ctx: str) -> Iterator[Piece]:
    """Runs of inline text between block children, then the block children themselves."""
    run: list[str] = [el.text or ""]
    number = _list_start(el) if el.tag == "ol" else 0  # its <li> counted here: O(n)
    for child in el:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            if text := clean_line(" ".join(run)):
                yield Piece(ctx, text)
            run = []
            if number and child.tag == "li":
                yield from _numbered(child, number)
                number += 1
            else:
                yield from walk(child, ctx)
        elif child.tag == "br" and run and not run[-1].strip() and len(run) > 1:
            if text := clean_line(" ".join(run)):
                yield Piece(ctx, text)  # <br><br>: a paragraph break
            run = []
        else:
            run.append(" ".join(child.itertext()) if isinstance(child.tag, str) else "")
        run.append(child.tail or "")
    if text := clean_line(" ".join(run)):
        yield Piece(ctx, text)


def walk(el: Any, ctx: str = "paragraph") -> Iterator[Piece]:
    """The pieces of an element, in document order (ctx: kind for plain text inside it)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _HEADINGS:
        yield Piece("heading", _text(el), _HEADINGS[tag])
    elif tag == "tr" and not any(d.tag == "table" for d in el.iterdescendants()):
        cells = [_text(c) for c in el if c.tag in ("td", "th")]
        if any(cells):
            yield Piece("row", " | ".join(c for c in cells if c))
    elif tag == "li":
        yield from _container(el, "item")
    elif tag == "blockquote":
        yield from _container(el, "quote")
    elif tag in ("p", "pre", "dt", "dd", "summary", "address") and not _has_block(el):
        yield Piece(ctx, _text(el))
    elif tag:
        yield from _container(el, ctx)


def _list_start(ol: Any) -> int:
    """The number of an <ol>'s first item (its start attribute honoured)."""
    try:
        return max(1, min(999, int(ol.get("start") or 1)))
    except ValueError:
        return 1


def _numbered(li: Any, number: int) -> Iterator[Piece]:
    """An <ol>'s <li>: its first item piece carries the number."""
    for piece in _container(li, "item"):
        if number and piece.kind == "item":
            piece, number = Piece("item", piece.text, number), 0
        yield piece


def _readability(root: Any) -> Any:
    import lxml.html
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(root, min_text_length=20).summary(html_partial=True)
    except (Unparseable, ValueError, TypeError):
        return None
    if not summary.strip():
        return None
    return lxml.html.fragment_fromstring(summary, create_parent="div", parser=_parser())


def _justext(root: Any) -> list[Piece]:
    import justext
    import lxml.html

    html = lxml.html.tostring(root, encoding="unicode")
    paragraphs = justext.justext(html, justext.get_stoplist("Indonesian"), length_high=140)
    out: list[Piece] = []
    for p in paragraphs:
        if p.is_boilerplate:
            continue
        path = p.dom_path.split(".")
        if p.is_heading:
            level = next((_HEADINGS[t] for t in reversed(path) if t in _HEADINGS), 2)
            out.append(Piece("heading", p.text, level))
        elif "li" in path:
            out.append(Piece("item", p.text))
        elif "blockquote" in path:
            out.append(Piece("quote", p.text))
        else:
            out.append(Piece("paragraph", p.text))
    return out


def available_engines() -> list[str]:
    """The extractors installed here (the benchmark compares them)."""
    import importlib.util

    return [
        e for e in ENGINES if importlib.util.find_spec("readability" if e == "readability" else e)
    ]


def _length(pieces: list[Piece]) -> int:
    return sum(len(p.text) for p in pieces)


def extract(data: bytes, engine: str = DEFAULT_ENGINE) -> Extracted:
    """A saved page's article pieces and metadata."""
    root = parse_tree(decode(data))
    title, author, published = metadata(root)
    body = root.find("body")
    body = root if body is None else body
    prune(body)
    whole = list(walk(body))
    if engine == "justext":
        pieces = _justext(body)
    else:
        main = _readability(root)
        pieces = list(walk(main)) if main is not None else []
    if _length(pieces) < min(200, _length(whole) // 2):
        pieces = whole  # the extractor found no article: keep what the pruning left
    return Extracted(pieces, title=title, author=author, published=published)


def parse(data: bytes) -> Extracted:
    """A .html/.htm file's pieces (the format entry point)."""
    return extract(data)
