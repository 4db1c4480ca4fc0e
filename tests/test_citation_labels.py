"""Issue 11.7: every article has one short, unique name that students see everywhere; a claim
shows one marker per article listing all its quotes; no internal id ("000", "Artikel 003")
reaches a student: not in markers, their tooltips and menus, the sources list, the comparison,
the profiles' own text, or the Markdown handout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QWidget

from guide.cli import main
from guide.metadata import load_metadata
from guide.profiles import load_profiles
from tests.conftest import SEEDS
from ui.claims import CitationButton, ClaimWidget
from ui.navigation import Location

LONGEST = 24  # guide.metadata.LABEL_MAX: a name fits a marker
IDS = tuple(load_metadata(SEEDS / "articles.toml"))
# "Artikel 003", "artikel 000", and an article id standing alone ("003", "[001]"); not the
# digits of an amount ("Rp7.500.000") or a year ("2002").
ID_SHOWN = re.compile(
    r"(?i)artikel\s+\d{3}(?!\d)|(?<![\w.,])(?:" + "|".join(IDS) + r")(?![\w]|[.,]\d)"
)


def _ids_in(text: str) -> list[str]:
    return [m.group(0) for m in ID_SHOWN.finditer(text)]


def _widget_texts(root: QWidget) -> list[str]:
    """Every text a student can see or hear in ``root``: labels, buttons, tooltips, names."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "toolTip", "accessibleName", "accessibleDescription"):
            value = getattr(widget, getter, None)
            if callable(value):
                text = value()
                if isinstance(text, str) and text:
                    out.append(text)
    return out


@pytest.fixture(scope="module")
def claim_widgets(qapp, library) -> list[ClaimWidget]:
    """A ClaimWidget for every claim of every profile, as the profile and comparison show it."""
    articles = {a.id: a for a in library.articles}
    host = QWidget()
    widgets = [ClaimWidget(c, articles, host) for p in library.profiles for c in p.claims()]
    yield widgets
    host.deleteLater()


# -- the names -------------------------------------------------------------------------------


def test_every_seed_article_has_a_short_unique_name() -> None:
    metas = load_metadata(SEEDS / "articles.toml")
    labels = [m.label for m in metas.values()]
    assert all(labels) and len({name.casefold() for name in labels}) == len(labels), labels
    assert all(len(name) <= LONGEST and not _ids_in(name) for name in labels), labels
    assert metas["001"].label != metas["002"].label  # both dibimbing.id
    assert metas["003"].label == "Profil Profesi"  # not its generic title "Back-end Developer"


def test_the_built_data_and_the_library_carry_the_names(library) -> None:
    metas = load_metadata(SEEDS / "articles.toml")
    assert library.labels == {i: m.label for i, m in metas.items()}
    assert library.article("000").label == "EKRUT"


# -- the profiles' own words -----------------------------------------------------------------


def test_claims_notes_and_groups_name_articles_not_ids() -> None:
    found = []
    for profile in load_profiles(SEEDS):
        for claim in profile.claims():
            for field in (claim.text, claim.note, claim.group):
                found += [f"{profile.id}/{claim.id}: {hit}" for hit in _ids_in(field)]
        found += [f"{profile.id}: {hit}" for hit in _ids_in(profile.summary)]
    assert found == []


# -- the markers -----------------------------------------------------------------------------


def test_one_marker_per_article_per_claim(claim_widgets) -> None:
    for widget in claim_widgets:
        cited = list(dict.fromkeys(c.article_id for c in widget.claim.citations))
        assert [b.citation.article_id for b in widget.buttons] == cited, widget.claim.id
        assert [len(b.citations) for b in widget.buttons] == [
            sum(c.article_id == a for c in widget.claim.citations) for a in cited
        ]
        texts = [b.text() for b in widget.buttons]
        assert len(set(texts)) == len(texts), (widget.claim.id, texts)


def test_no_marker_tooltip_or_menu_shows_an_internal_id(claim_widgets) -> None:
    shown = []
    for widget in claim_widgets:
        shown += _widget_texts(widget)
        for button in widget.buttons:
            if len(getattr(button, "citations", ())) > 1:
                menu = button.quote_menu()
                shown += [a.text() for a in menu.actions()] + [menu.accessibleName()]
                menu.deleteLater()
    markers = [t for t in shown if t.startswith("[")]
    assert markers and not any(_ids_in(t) for t in markers), markers[:5]
    leaks = sorted({hit for text in shown for hit in _ids_in(text)})
    assert leaks == []


def test_markers_of_the_two_dibimbing_articles_differ(claim_widgets, library) -> None:
    both = [w for w in claim_widgets if {"001", "002"} <= {c.article_id for c in w.claim.citations}]
    assert both
    for widget in both:
        first, second = (
            {b.text() for b in widget.buttons if b.citation.article_id == a} for a in ("001", "002")
        )
        assert first.isdisjoint(second), (widget.claim.id, first, second)
        names = {b.citation.article_id: b.text() for b in widget.buttons}
        assert names["001"].startswith(f"[{library.labels['001']}")
        assert names["002"].startswith(f"[{library.labels['002']}")


def test_a_claim_quoting_one_article_twice_shows_one_marker_listing_both(
    qtbot, claim_widgets
) -> None:
    widget = next(
        w
        for w in claim_widgets
        if len(w.claim.citations) == 2 and len({c.article_id for c in w.claim.citations}) == 1
    )
    first, second = widget.claim.citations
    [marker] = widget.buttons
    assert marker.text() == f"[{marker.label}, 2 kutipan]"
    tip = marker.toolTip()
    assert first.quote[:40] in tip and second.quote[:40] in tip
    menu = marker.quote_menu()
    assert [a.text()[:20] for a in menu.actions()] == [
        f"1. “{first.quote}"[:20],
        f"2. “{second.quote}"[:20],
    ]
    # activating the marker opens the first quote; the menu's second entry the second
    with qtbot.waitSignal(widget.citation_activated) as first_opened:
        marker.click()
    assert first_opened.args == [first]
    with qtbot.waitSignal(widget.citation_activated) as second_opened:
        menu.actions()[1].trigger()
    assert second_opened.args == [second]
    # a single quote's marker is the bare name, with nothing to choose
    single = next(b for w in claim_widgets for b in w.buttons if len(b.citations) == 1)
    assert single.text() == f"[{single.label}]" and single.more is None


def test_eleven_quotes_of_one_article_are_one_marker(claim_widgets) -> None:
    widget = next(w for w in claim_widgets if len(w.claim.citations) >= 10)
    assert len(widget.buttons) == 1
    assert widget.buttons[0].text().endswith(f", {len(widget.claim.citations)} kutipan]")


def test_the_keyboard_picks_another_quote(qtbot, window) -> None:
    window.navigate(Location("profile", ("backend-developer", "tempat-kerja")))
    page = window.profile.tabs.currentWidget().widget()
    marker = next(b for b in page.findChildren(CitationButton) if len(b.citations) > 1)
    arrow = marker.more
    assert isinstance(arrow, QPushButton) and arrow.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "kutipan" in arrow.accessibleName()
    marker.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(marker, Qt.Key.Key_Down)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and len(menu.actions()) == len(marker.citations)
    assert menu.activeAction() is menu.actions()[0]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reader)
    assert window.reader.highlighted_text().split() == marker.citations[1].quote.split()
    # the "▾" opens the same menu
    window.go_back()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.profile)
    page = window.profile.tabs.currentWidget().widget()
    arrow = next(b for b in page.findChildren(CitationButton) if len(b.citations) > 1).more
    arrow.click()
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and len(menu.actions()) == len(marker.citations)
    menu.close()


# -- the other views -------------------------------------------------------------------------


def test_comparison_and_sources_show_names_not_ids(window, library) -> None:
    window.navigate(Location("compare"))
    QApplication.processEvents()
    shown = _widget_texts(window.comparison)
    assert any(t.startswith("[EKRUT") for t in shown)
    assert sorted({hit for t in shown for hit in _ids_in(t)}) == []
    window.navigate(Location("sources"))
    QApplication.processEvents()
    view = window.stack.currentWidget()
    headings = [label.text() for label in view.findChildren(QLabel) if label.text()[:1] == "["]
    assert headings == [f"[{a.label}] {a.title}" for a in library.articles]


# -- the export ------------------------------------------------------------------------------


@pytest.fixture
def use_built(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDUAN_CACHE_DIR", str(data_dir.parent))
    monkeypatch.setattr("guide.datadir.bundled_data_dir", lambda: data_dir.parent / "none")


@pytest.mark.usefixtures("use_built")
def test_export_json_keeps_ids_and_adds_names(capsys, library) -> None:
    assert main(["export", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["id"]: a["label"] for a in data["articles"]} == library.labels
    citations = [
        c
        for p in data["profiles"]
        for s in p["sections"]
        for claim in s["claims"]
        for c in claim["citations"]
    ]
    assert citations and all(c["article_label"] == library.labels[c["article"]] for c in citations)


@pytest.mark.usefixtures("use_built")
def test_export_markdown_names_each_article_once_per_claim(capsys, library) -> None:
    assert main(["export"]) == 0
    out = capsys.readouterr().out
    assert _ids_in(out) == []
    assert "[EKRUT]" in out and f"[{library.labels['003']}]" in out
    for line in out.splitlines():
        if line.strip().startswith("- Sumber:"):
            names = re.findall(r"\[([^\]]+)\] “", line)
            assert len(names) == len(set(names)), line
