"""A hostile library: every view and every tooltip, and no file outside the program is opened.

Issue 10, 8: article text in a tooltip was rendered as HTML, so an ``<img src="/a/file">`` in a
title or a quote made Qt read that file (``/dev/zero`` killed the process). Here the seeds are
copied and their titles, publishers, sites, authors, headings, quotes and a profile's claim,
group, note and aliases are filled with markup pointing at a canary file. The whole window is
walked — home, every profile tab, the comparison, the sources, the reader, search results, the
suggestions popup — every tooltip is shown the way Qt shows it, and the kernel (inotify) is
asked whether anything in this process opened the canary (Linux only; elsewhere the views are
still walked and what they show is checked).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabBar,
    QToolTip,
    QWidget,
)

from guide.library import Library
from tests.conftest import SEEDS

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="watches file opens with Linux inotify")

CANARY = "k.png"  # in the working directory, so relative references find it too
CONTROL = "control.png"
ARTICLE = "003"  # gets the hostile title, heading and paragraph
SALARY_ARTICLE = "000"  # its publisher is named by the salary chart


# -- watching a file -----------------------------------------------------------------------------

IN_ACCESS = 0x00000001
IN_OPEN = 0x00000020
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len (then len bytes of name)


class FileWatch:
    """Every open or read of one file, by anyone (Qt's C++ code included), via inotify.
    Elsewhere than on Linux it sees nothing (the views are still walked and checked)."""

    def __init__(self, path: Path) -> None:
        self.fd = -1
        if not LINUX:
            return
        libc = ctypes.CDLL(None, use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if libc.inotify_add_watch(self.fd, os.fsencode(path), IN_OPEN | IN_ACCESS) < 0:
            os.close(self.fd)
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {path}")

    def events(self) -> list[int]:
        """The event masks seen since the last call."""
        masks: list[int] = []
        while self.fd >= 0:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return masks
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                masks.append(mask)
                offset += _EVENT.size + length
        return masks

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)


# -- the hostile seeds ----------------------------------------------------------------------------


def _toml(text: str) -> str:
    """A TOML basic string's content."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _markup(folder: Path) -> dict[str, str]:
    canary = folder / CANARY
    return {
        "img": f'<img src="{canary}">',
        "url": f'<img src="{canary.as_uri()}">',
        "rel": f'<img src="{CANARY}">',
        "link": f'<a href="{canary}">tautan</a>',
        "css": f'<link rel="stylesheet" href="{canary}">',
    }


def _hostile_seeds(seeds: Path, folder: Path) -> dict[str, str]:
    """Rewrite a copy of the seeds with markup; the strings to look for in the views."""
    m = _markup(folder)
    title = f"Back-end {m['img']} Developer <b>&lt;x&gt;</b>"
    heading = f"Bagian {m['rel']} baru"
    quote = f"Catatan {m['img']} &lt;b&gt; {m['link']}."
    claim = f"Klaim {m['img']} <b>tebal</b> &amp; {m['css']}"
    meta_path = seeds / "articles.toml"
    meta = meta_path.read_text(encoding="utf-8")
    for old, new in [
        ('title = "Back-end Developer"', f'title = "{_toml(title)}"'),
        ('publisher = "EKRUT"', f'publisher = "{_toml("EKRUT " + m["img"])}"'),
        ('site = "EKRUT"', f'site = "{_toml(m["rel"] + "EKRUT")}"'),
        ('author = "Anisa Sekarningrum"', f'author = "{_toml("Anisa " + m["url"])}"'),
        ('attribution = "Anisa', f'attribution = "{_toml(m["link"])} Anisa'),
    ]:
        assert old in meta, old
        meta = meta.replace(old, new, 1)
    meta_path.write_text(meta, encoding="utf-8")
    article = next(seeds.glob(f"{ARTICLE}_*.txt"))
    text = article.read_text(encoding="utf-8")
    anchor = "Konsep, ekspektasi dan realita"
    assert anchor in text
    paragraph = f"{quote} Paragraf ini sengaja berisi markah."
    article.write_text(text.replace(anchor, f"{heading}\n\n{paragraph}\n\n{anchor}"), "utf-8")
    profile_path = seeds / "profiles" / "backend-developer.toml"
    profile = profile_path.read_text(encoding="utf-8")
    hostile_claim = f'''[[sections.claims]]
id = "markah"
group = "{_toml("Grup " + m["rel"])}"
text = "{_toml(claim)}"
note = "{_toml("Catatan editor " + m["url"])}"
citations = [
  {{ article = "{ARTICLE}", quote = "{_toml(quote)}" }},
]

[[sections.claims]]
id = "sisi-server"'''
    anchor = '[[sections.claims]]\nid = "sisi-server"'
    assert anchor in profile
    profile = profile.replace(anchor, hostile_claim, 1)
    profile = profile.replace(
        "aliases = [\n", f'aliases = [\n  "{_toml("Alias " + m["img"])}",\n', 1
    )
    profile_path.write_text(profile, encoding="utf-8")
    return {"title": title, "heading": heading, "quote": quote, "claim": claim, **m}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Path, dict]]:
    """The hostile library, the folder holding the canary, and the planted strings."""
    from guide.build import build
    from guide.datadir import DataLocation

    folder = tmp_path_factory.mktemp("hostile")
    for name in (CANARY, CONTROL):
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        assert image.save(str(folder / name))
    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    planted = _hostile_seeds(seeds, folder)
    build(seeds, folder / "data")
    library = Library(DataLocation(folder / "data", bundled=False))
    yield library, folder, planted
    library.close()


# -- showing tooltips the way Qt does ---------------------------------------------------------


def _might_be_rich(text: str) -> bool:
    """Qt's own guess (QtGui's ``Qt::mightBeRichText``), used by QToolTip and QLabel."""
    return bool(QtGui.Qt.mightBeRichText(text))


def _as_shown(tip: str) -> str:
    """What a tooltip shows: rich text when Qt guesses it is (``Qt::mightBeRichText``)."""
    return QTextDocumentFragment.fromHtml(tip).toPlainText() if _might_be_rich(tip) else tip


def _render_like_qt(tip: str) -> None:
    """Lay out and paint ``tip`` in a label set up as QToolTip's own (AutoText, wrapped when
    rich): whatever Qt would load for it is loaded now."""
    label = QLabel()
    label.setWordWrap(_might_be_rich(tip))
    label.setText(tip)
    label.adjustSize()
    label.grab()
    label.deleteLater()


def _tooltip_label() -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"), None
    )


def _help_event(target: QWidget, pos: QPoint) -> str:
    """Hover ``target`` at ``pos`` (a real ToolTip help event, through delegates and tab
    bars); the tooltip shown, painted, or ""."""
    event = QHelpEvent(QEvent.Type.ToolTip, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    if not QToolTip.isVisible():
        return ""
    label = _tooltip_label()
    assert label is not None
    label.grab()
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def _probe(widget: QWidget) -> tuple[list[str], list[str]]:
    """Every tooltip text ``widget`` holds (its own, its tabs', its items'), and those a help
    event actually showed."""
    texts: list[str] = []
    shown: list[str] = []
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            texts.append(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            rect = widget.visualRect(index)
            if rect.isValid() and widget.viewport().rect().intersects(rect):
                shown.append(_help_event(widget.viewport(), rect.center()))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            texts.append(widget.tabToolTip(i))
            shown.append(_help_event(widget, widget.tabRect(i).center()))
    if widget.toolTip():
        texts.append(widget.toolTip())
        shown.append(_help_event(widget, widget.rect().center()))
    return [t for t in texts if t], [t for t in shown if t]


class Walk:
    """Shows every tooltip of whatever is visible; remembers what was shown."""

    def __init__(self) -> None:
        self.tooltips: list[str] = []  # as held by widgets and models
        self.hovered: list[str] = []  # as shown by a help event
        self.labels: list[tuple[str, Qt.TextFormat]] = []  # every visible label's text, format

    def visit(self, root: QWidget) -> None:
        root.grab()  # paint everything visible (labels lay their text out)
        for widget in [root, *root.findChildren(QWidget)]:
            # a help event runs the event loop: a widget the view replaced meanwhile is gone
            if not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and widget.objectName() != "qtooltip_label":
                # (a tooltip showing is our escaped rich text, checked as tooltips above)
                self.labels.append((widget.text(), widget.textFormat()))
            texts, shown = _probe(widget)
            for text in texts:
                _render_like_qt(text)
            self.tooltips += texts
            self.hovered += shown

    def shown_text(self) -> str:
        """Every tooltip as the student reads it: held by widgets, and shown by hovering."""
        return "\n".join(_as_shown(t) for t in self.tooltips + self.hovered)

    def hovered_text(self) -> str:
        """The tooltips a help event showed (QToolTip, item delegates, tab bars)."""
        return "\n".join(_as_shown(t) for t in self.hovered)


# -- the helpers every view uses ------------------------------------------------------------------

MARKUP = [
    '<img src="/etc/hostname">',
    "Judul <b>tebal</b> &lt;i&gt; &amp; A & B",
    'baris satu\n<a href="file:///etc/passwd">dua</a>  (dua spasi)',
    "%1 dan %2 <!-- komentar -->",
    "polos, tanpa markah",
]


@pytest.mark.parametrize("text", MARKUP)
def test_rich_text_shows_the_text_as_written(qapp, text: str) -> None:
    from ui.safe_text import rich_text

    tip = rich_text(text)
    assert _might_be_rich(tip)  # always rich (never guessed), and ...
    assert _as_shown(tip) == text  # ... showing exactly the text
    assert "<img" not in tip and "<a " not in tip and "<b>" not in tip


def test_fill_and_no_mnemonic() -> None:
    from ui.safe_text import fill, no_mnemonic

    assert fill("%1 via %2", "a %2", "b") == "a %2 via b"  # a value is never filled again
    assert fill("%1 (%2)", "x") == "x (%2)"
    assert fill("Rp%1%", "5") == "Rp5%"
    assert no_mnemonic("Tugas & Tanggung Jawab") == "Tugas && Tanggung Jawab"


def test_plain_label_never_renders_markup(qapp) -> None:
    from ui.safe_text import plain_label

    label = plain_label(MARKUP[0], name="x", wrap=False)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == MARKUP[0] and label.objectName() == "x" and not label.wordWrap()


# -- the walk -------------------------------------------------------------------------------------


@pytest.fixture
def hostile_window(qtbot, hostile, monkeypatch: pytest.MonkeyPatch):
    from ui.main_window import MainWindow
    from ui.settings import Settings

    library, folder, planted = hostile
    monkeypatch.chdir(folder)  # relative references ("k.png") point at the canary
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    win.set_library(library, restore=False)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win, library, folder, planted
    QToolTip.hideText()


@linux_only
def test_watch_sees_qt_read_a_file_from_rich_text(qtbot, hostile, monkeypatch) -> None:
    """Positive control: markup rendered as rich text does make Qt open the file, and the
    watch sees it (a different file from the canary, so nothing is cached for it)."""
    _library, folder, _planted = hostile
    monkeypatch.chdir(folder)
    watch = FileWatch(folder / CONTROL)
    try:
        for tip in (f'<img src="{folder / CONTROL}">', f'Judul <img src="{CONTROL}">'):
            _render_like_qt(tip)
            qtbot.wait(10)
            assert watch.events(), tip
    finally:
        watch.close()


def test_hostile_article_opens_no_file_in_any_view(qtbot, hostile_window) -> None:
    from ui.navigation import Location

    window, library, folder, planted = hostile_window
    watch = FileWatch(folder / CANARY)
    walk = Walk()
    try:
        window.navigate(Location("home"))
        walk.visit(window)
        for profile in library.profiles:
            for section in profile.sections:
                assert window.navigate(Location("profile", (profile.id, section.id)))
                walk.visit(window)
        assert window.navigate(Location("compare"))
        walk.visit(window)
        assert window.navigate(Location("sources"))
        walk.visit(window)
        profile = library.profile("backend-developer")
        citation = next(
            c for claim in profile.claims() if claim.id == "markah" for c in claim.citations
        )
        window.open_citation(citation)
        reader_title = window.windowTitle()
        walk.visit(window)
        reader_text = window.reader.text.toPlainText()
        for article in library.articles:
            assert window.navigate(Location("reader", (article.id, -1, -1, "", "markah")))
            walk.visit(window)
        for query in ("markah tautan", "catatan", "gaji"):
            window.search(query)
            walk.visit(window)
        assert window.search_view.model.rowCount() > 0
        # the suggestions popup, as typed: a heading and an article from the hostile seeds
        window.search_box.clear()
        window.search_box.setFocus()
        qtbot.waitUntil(window.search_box.hasFocus)
        qtbot.keyClicks(window.search_box, "bagian")
        popup = window.search_box.completer_.popup()
        qtbot.waitUntil(popup.isVisible)
        labels = [s.label for s in window.search_box.suggestions()]
        walk.visit(popup)
        qtbot.wait(50)
        opened = watch.events()
    finally:
        watch.close()

    assert not opened, f"the canary was opened or read ({len(opened)} inotify events)"
    # The walk was not empty: the markup did reach tooltips, labels, titles and popups ...
    assert len(walk.hovered) > 100
    hovered = walk.hovered_text()
    assert f"«{planted['title']}»" in hovered  # a citation marker, hovered
    assert "Paragraf ini sengaja berisi markah" in hovered  # a search result, via its delegate
    shown = walk.shown_text()
    # ... and is shown there as written, never interpreted.
    assert f"«{planted['title']}»" in shown  # a citation tooltip: the article's title
    assert planted["quote"] in shown  # ... and its quote (and a search result's snippet)
    assert f"EKRUT {planted['img']}" in shown  # the salary chart names the publisher
    plain = Qt.TextFormat.PlainText
    claim_labels = [fmt for text, fmt in walk.labels if text == planted["claim"]]
    assert claim_labels, "the hostile claim was not shown"
    assert all(fmt == plain for fmt in claim_labels)
    rich_labels = [text for text, fmt in walk.labels if fmt != plain and _might_be_rich(text)]
    assert not rich_labels, rich_labels
    assert planted["title"] in reader_title
    assert planted["heading"] in reader_text and planted["quote"] in reader_text
    assert any(planted["heading"] in label for label in labels), labels
