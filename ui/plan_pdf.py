"""The student's one-page plan "Rencana belajarku" as a PDF or on a printer (ui.page_pdf):
the path with the state of each step, the bookmarks with their notes, the sources.

When it does not fit one A4 page at 9 pt, the bookmarks' excerpts go first, then the oldest
bookmarks (their notes are what the student wrote: kept as long as there is room).
``panduan-karier plan --role ID --out FILE.pdf`` runs :func:`cmd_plan` offscreen.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from guide.plan import Plan
from ui.page_pdf import source_mark, sources_and_footer

EXCERPT_CHARS = 160
STATE_WORDS = {
    "belum": QT_TRANSLATE_NOOP("Plan", "Belum"),
    "sedang": QT_TRANSLATE_NOOP("Plan", "Sedang dipelajari"),
    "selesai": QT_TRANSLATE_NOOP("Plan", "Selesai"),
}
BOOKMARKS = QT_TRANSLATE_NOOP("Plan", "Simpananku")
NOTHING_SAVED = QT_TRANSLATE_NOOP("Plan", "Belum ada yang disimpan.")
SOURCES = QT_TRANSLATE_NOOP("Plan", "Sumber")
STATE_SIGNS = {"belum": "○", "sedang": "◐", "selesai": "●"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Plan", text)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _cut(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def plan_html(plan: Plan, excerpts: bool = True, left_out: int = 0) -> str:
    """The plan as the HTML subset QTextDocument lays out (every text escaped)."""
    title = QCoreApplication.translate("Plan", "Rencana belajarku: %1").replace("%1", plan.role)
    made = QCoreApplication.translate("Plan", "Dibuat %1").replace("%1", time.strftime("%Y-%m-%d"))
    parts = [f"<h2>{_e(title)}</h2>", f"<p style='color:#555'>{_e(made)}</p>"]
    progress = QCoreApplication.translate("Plan", "Jalur belajar: %1 dari %2 langkah selesai")
    progress = progress.replace("%1", str(plan.done)).replace("%2", str(len(plan.steps)))
    parts.append(f"<h3>{_e(progress)}</h3>")
    parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
    for n, step in enumerate(plan.steps, start=1):
        state = f"{STATE_SIGNS[step.state]} {_tr(STATE_WORDS[step.state])}"
        parts.append(
            f"<tr><td width='4%'>{n}.</td><td>{_e(step.title)} "
            f"{source_mark(step.source)}</td>"
            f"<td width='24%'><b>{_e(state)}</b></td></tr>"
        )
    parts.append("</table>")
    if plan.limits:
        parts.append(f"<p><i>{_e(plan.limits)}</i></p>")
    parts.append(f"<h3>{_e(_tr(BOOKMARKS))}</h3>")
    if not plan.bookmarks and not left_out:
        parts.append(f"<p><i>{_e(_tr(NOTHING_SAVED))}</i></p>")
    elif plan.bookmarks:
        parts.append("<ul>")
        for bookmark in plan.bookmarks:
            item = f"<b>{_e(bookmark.title)}</b>"
            if excerpts and bookmark.excerpt:
                item += f"<br>«{_e(_cut(bookmark.excerpt))}»"
            if bookmark.note:
                note = QCoreApplication.translate("Plan", "Catatanku: %1")
                item += f"<br><i>{_e(note.replace('%1', bookmark.note))}</i>"
            parts.append(f"<li>{item}</li>")
        parts.append("</ul>")
    if left_out:  # the oldest, left out for room: said, so the student looks in the app
        more = QCoreApplication.translate(
            "Plan", "…dan %1 simpanan lama lainnya (tidak muat di halaman ini; lihat Simpanan)."
        )
        parts.append(f"<p><i>{_e(more.replace('%1', str(left_out)))}</i></p>")
    offline = QCoreApplication.translate("Plan", "Dibuat luring dari artikel yang dikutip")
    parts.append(sources_and_footer(plan.sources, _tr(SOURCES), offline, level=3))
    return "\n".join(parts)


def versions(plan: Plan) -> Iterator[str]:
    """The plan, then without the excerpts, then with fewer and fewer (oldest) bookmarks."""
    yield plan_html(plan)
    bookmarks = plan.bookmarks
    while True:
        left_out = len(plan.bookmarks) - len(bookmarks)
        yield plan_html(replace(plan, bookmarks=bookmarks), excerpts=False, left_out=left_out)
        if not bookmarks:
            return
        bookmarks = bookmarks[:-1]


def cmd_plan(args) -> int:
    """``panduan-karier plan --role ID --out FILE.pdf``: the current user's plan, offscreen;
    an unknown role (or one without a path): one line, exit 1, no file written."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    from guide.cli_profiles import open_library
    from guide.cli_student import role_path
    from guide.plan import student_plan
    from guide.student import open_student_store
    from ui.page_pdf import write_page

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    library = open_library()
    try:
        role_path(library, args.role)  # an unknown role, or one without a path: one line
        store = open_student_store()
        try:
            plan = student_plan(library, store, args.role)
        finally:
            store.close()
    finally:
        library.close()
    points = write_page(versions(plan), args.out, "a4", f"Rencana belajarku — {plan.role}")
    print(f"rencana ditulis: {args.out} (1 halaman A4, huruf {points} pt)")
    return 0
