"""readability-lxml vs jusText on saved web pages: article blocks kept, chrome dropped, speed.

The four pages of ``tests/fixtures/import/pages.py`` (Indonesian career articles inside
navigation, cookie banner, ads, sidebar, newsletter box, related cards, comments and footer)
are scored block by block:

- recall: the share of the article's blocks (paragraphs, headings, items, table rows) whose
  text appears in the extractor's output;
- precision: the share of the output's blocks that are article text (a block counts when it
  lies inside an article block or holds one);
- chrome: how many of the page's boilerplate lines survive (should be 0);
- time: median of 20 runs per page, parsing included.

Each extractor runs as it comes ("raw": readability's ``Document.summary()``, jusText with the
Indonesian stoplist) and inside the import pipeline (``guide.importing.html``: the hardened
lxml parse and the chrome pruning first). An extractor that is not installed is skipped
(``uv run --with readability-lxml python benchmarks/bench_extractors.py`` adds the one the
project does not depend on). It also prints what each adds to site-packages.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import machine_info, parse_args, print_json, print_machine, print_table

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "import"))
from pages import build_pages, gold  # noqa: E402

RUNS = 20
Extractor = Callable[[str], list[str]]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("|", " ")).strip().casefold()


def _lxml_blocks(html: str) -> list[str]:
    """Leaf block texts (p, h1-h6, li, blockquote, tr, td) of an HTML fragment or page."""
    import lxml.html

    root = lxml.html.fromstring(html)
    tags = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "pre"}
    out = []
    for el in root.iter(*tags):
        if any(d.tag in tags for d in el.iterdescendants()):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if text:
            out.append(text)
    return out


def readability_raw(html: str) -> list[str]:
    from readability import Document

    return _lxml_blocks(Document(html).summary(html_partial=True))


def justext_raw(html: str) -> list[str]:
    import justext

    paragraphs = justext.justext(html.encode(), justext.get_stoplist("Indonesian"))
    return [p.text for p in paragraphs if not p.is_boilerplate]


def pipeline(engine: str) -> Extractor:
    def run(html: str) -> list[str]:
        from guide.importing import html as html_import

        doc = html_import.extract(html.encode(), engine=engine)
        return [p.text for p in doc.pieces]

    return run


def score(blocks: list[str], page: dict) -> tuple[float, float, int]:
    keep = [_norm(t) for t in page["keep"]]
    allowed = [*keep, _norm(page["title"])]  # the title repeated as a heading is not chrome
    out = [_norm(b) for b in blocks if _norm(b)]
    joined = " \n ".join(out)
    recall = sum(1 for k in keep if k in joined) / len(keep)
    good = sum(1 for b in out if any(b in k or k in b for k in allowed))
    precision = good / len(out) if out else 0.0
    chrome = sum(1 for d in page["drop"] if _norm(d) in joined)
    return precision, recall, chrome


def _site_packages_size(dists: list[str]) -> dict[str, int]:
    """Bytes on disk of each distribution's installed files."""
    from importlib import metadata

    sizes = {}
    for name in dists:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        total = 0
        for f in dist.files or ():
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
        sizes[name] = total
    return sizes


def main(argv: list[str] | None = None) -> int:
    args = parse_args(__doc__.splitlines()[0], argv)
    candidates: dict[str, Extractor] = {}
    if importlib.util.find_spec("readability"):
        candidates["readability raw"] = readability_raw
    if importlib.util.find_spec("justext"):
        candidates["jusText raw"] = justext_raw
    if importlib.util.find_spec("guide.importing.html"):
        from guide.importing import html as html_import

        for engine in html_import.available_engines():
            candidates[f"{engine} in pipeline"] = pipeline(engine)
    pages = build_pages()
    rows, figures = [], {}
    for label, extract in candidates.items():
        precisions, recalls, chromes, times = [], [], [], []
        for name, html in pages.items():
            p, r, c = score(extract(html), gold(name))
            precisions.append(p)
            recalls.append(r)
            chromes.append(c)
            samples = []
            for _ in range(RUNS):
                t0 = time.perf_counter()
                extract(html)
                samples.append(time.perf_counter() - t0)
            times.append(statistics.median(samples) * 1000)
        figures[label] = {
            "precision": [round(x, 3) for x in precisions],
            "recall": [round(x, 3) for x in recalls],
            "chrome_kept": chromes,
            "ms": [round(x, 2) for x in times],
        }
        rows.append(
            (
                label,
                " ".join(f"{x:.2f}" for x in precisions),
                " ".join(f"{x:.2f}" for x in recalls),
                " ".join(str(x) for x in chromes),
                f"{statistics.median(times):.1f}",
            )
        )
    dists = ["lxml", "lxml_html_clean", "readability-lxml", "chardet", "cssselect", "jusText"]
    sizes = _site_packages_size(dists)
    figures["site_packages_bytes"] = sizes
    if args.json:
        print_json({"machine": machine_info(), **figures})
        return 0
    print_machine(machine_info())
    print(f"pages: {', '.join(pages)}\n")
    print_table(
        ("extractor", "precision per page", "recall per page", "chrome kept", "median ms"), rows
    )
    print()
    print_table(("distribution", "MB on disk"), [(k, f"{v / 1e6:.2f}") for k, v in sizes.items()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
