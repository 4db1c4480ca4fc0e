"""The one-page handout as a PDF (``panduan-karier handout``): :mod:`guide.handout`'s content
laid out by a QTextDocument and written by QPdfWriter (QtGui: no print dialog, no window).

Every text from the data is escaped. The page must be one (ui.page_pdf): the type starts at
10 pt and goes down to 9 pt; if it still does not fit, a shorter handout is tried
(guide.handout.shorter: fewer points, shorter points, …), never without its sources and footer.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from guide.handout import Handout, shorter
from ui.page_pdf import source_mark, sources_and_footer, write_page

_MARKS = {
    "sama": QT_TRANSLATE_NOOP("Handout", "Sama"),
    "sebagian-sama": QT_TRANSLATE_NOOP("Handout", "Sebagian sama"),
    "berbeda": QT_TRANSLATE_NOOP("Handout", "Berbeda"),
    "hanya-satu-peran": QT_TRANSLATE_NOOP("Handout", "Hanya dibahas untuk satu peran"),
    "tidak-dibandingkan": QT_TRANSLATE_NOOP("Handout", "Keduanya dibahas"),
}
# The handout's own labels (translated by _tr at display; marked here for lupdate).
_LABELS = (
    QT_TRANSLATE_NOOP("Handout", "Gaji"),
    QT_TRANSLATE_NOOP("Handout", "Jurusan"),
    QT_TRANSLATE_NOOP("Handout", "Contoh perusahaan"),
    QT_TRANSLATE_NOOP("Handout", "Aspek"),
    QT_TRANSLATE_NOOP("Handout", "Sumber"),
    QT_TRANSLATE_NOOP("Handout", "tidak dibahas di artikel sumber"),
    QT_TRANSLATE_NOOP("Handout", "Dibuat luring dari artikel yang dikutip"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _point(point) -> str:
    if point is None:
        return f"<i>{_e(_tr('tidak dibahas di artikel sumber'))}</i>"
    return f"{_e(point.text)} {source_mark(point.source)}"


def handout_html(handout: Handout) -> str:
    """The handout as the HTML subset QTextDocument lays out."""
    from ui.profile_view import salary_line

    parts = [f"<h2>{_e(handout.title)}</h2>"]
    if handout.summary:
        parts.append(f"<p>{_e(handout.summary)}</p>")
    facts = []
    if handout.salaries:
        marks = handout.salary_sources or ("",) * len(handout.salaries)
        lines = "; ".join(
            _e(salary_line(s)) + ("" if s.published_by or not mark else f" {source_mark(mark)}")
            for s, mark in zip(handout.salaries, marks, strict=True)
        )  # a teacher's article without a publisher: its short name, as on every point
        facts.append(f"<b>{_e(_tr('Gaji'))}:</b> {lines}")
    elif handout.no_salary:  # said, not left out: the class sees the sources do not discuss it
        not_discussed = _e(_tr("tidak dibahas di artikel sumber"))
        facts.append(f"<b>{_e(_tr('Gaji'))}:</b> <i>{not_discussed}</i>")
    if handout.majors:
        facts.append(f"<b>{_e(_tr('Jurusan'))}:</b> {_e(', '.join(handout.majors))}")
    if handout.companies:
        facts.append(f"<b>{_e(_tr('Contoh perusahaan'))}:</b> {_e(', '.join(handout.companies))}")
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    for title, points in handout.tabs:
        parts.append(f"<h4>{_e(QCoreApplication.translate('content', title))}</h4><ul>")
        parts += [f"<li>{_point(p)}</li>" for p in points]
        parts.append("</ul>")
    if handout.rows:
        left, right = handout.roles
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        parts.append(f"<tr><th>{_e(_tr('Aspek'))}</th><th>{_e(left)}</th><th>{_e(right)}</th></tr>")
        for aspect, a, b, mark in handout.rows:
            label = QCoreApplication.translate("content", aspect)
            shown = _e(QCoreApplication.translate("Handout", _MARKS.get(mark, mark)))
            parts.append(
                f"<tr><td><b>{_e(label)}</b><br><i>{shown}</i></td>"
                f"<td>{_point(a)}</td><td>{_point(b)}</td></tr>"
            )
        parts.append("</table>")
    parts.append(
        sources_and_footer(
            handout.sources, _tr("Sumber"), _tr("Dibuat luring dari artikel yang dikutip")
        )
    )
    return "\n".join(parts)


def versions(handout: Handout) -> Iterator[str]:
    """The handout's HTML, then shorter and shorter (guide.handout.shorter)."""
    current: Handout | None = handout
    while current is not None:
        yield handout_html(current)
        current = shorter(current)


def write_handout(handout: Handout, out: Path, paper: str = "a4") -> int:
    """Write ``handout`` to ``out`` as one page of ``paper``; the type size used (points).
    The file is written beside and renamed into place: never a half-written PDF."""
    return write_page(versions(handout), out, paper, handout.title)


def cmd_handout(args) -> int:
    """``panduan-karier handout --role ID | --compare A B --out FILE.pdf [--paper]``:
    offscreen, no window; an unknown role is one line, exit 1, no file written."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    from guide import APP_ID
    from guide.cli_profiles import open_library
    from guide.handout import comparison_handout, role_handout
    from guide.messages import SAME_ROLE, unknown_name

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    library = open_library()
    try:
        known = [p.id for p in library.profiles]
        wanted = [args.role] if args.role is not None else list(args.compare)
        unknown = [r for r in wanted if r not in known]
        if unknown:
            print(f"{APP_ID}: {unknown_name('peran', unknown[0], known)}", file=sys.stderr)
            return 1
        if args.role is None and args.compare[0] == args.compare[1]:
            print(f"{APP_ID}: {SAME_ROLE}", file=sys.stderr)
            return 1
        if args.role is not None:
            handout = role_handout(library, args.role)
        else:
            handout = comparison_handout(library, *args.compare)
    finally:
        library.close()
    points = write_handout(handout, Path(args.out), args.paper)
    paper = {"a4": "A4", "letter": "Letter"}[args.paper]
    print(f"handout ditulis: {args.out} (1 halaman {paper}, huruf {points} pt)")
    return 0
