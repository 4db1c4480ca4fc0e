"""The presentation's decks (issue 15): a comparison is one slide per aspect with each role's
key point, a profile one slide per tab; every key point is a cited claim's first sentence."""

from __future__ import annotations

from guide.handout import key_point
from guide.library import BACKEND_ID, FRONTEND_ID
from guide.slides import comparison_deck, profile_deck


def test_a_comparison_is_one_slide_per_aspect_with_each_roles_lead_claim(library) -> None:
    deck = comparison_deck(library, BACKEND_ID, FRONTEND_ID)
    comparison = library.comparison(BACKEND_ID, FRONTEND_ID)
    assert deck.kind == "compare" and deck.role_names == ("Backend Developer", "Frontend Developer")
    assert [s.anchor for s in deck.slides] == [r.aspect.id for r in comparison.rows]
    for slide, row in zip(deck.slides, comparison.rows, strict=True):
        assert slide.mark == row.mark.value and slide.title == row.aspect.label
        for column, cell in zip(slide.columns, (row.left, row.right), strict=True):
            cited = [c for c in cell.claims if c.citations]
            assert [p.full for p in column.details] == [c.text for c in cited]
            if cited:  # the key point: the lead claim cut after its first sentence
                assert len(column.points) == 1
                assert column.points[0].text == key_point(cited[0].text)
                assert cited[0].text.startswith(column.points[0].text)
                assert column.points[0].sources  # its sources' short names
            else:
                assert column.points == ()


def test_a_profile_is_one_slide_per_tab_with_a_key_point_per_group(library) -> None:
    profile = library.profile(BACKEND_ID)
    deck = profile_deck(library, BACKEND_ID)
    assert [s.anchor for s in deck.slides] == [s.id for s in profile.sections]
    tugas = deck.slides[deck.index_of("tugas")]
    groups = list(dict.fromkeys(c.group for c in profile.section("tugas").claims))
    assert len(tugas.columns[0].points) == len(groups) and len(groups) > 3
    assert tugas.has_details  # Enter shows the other claims of the tab
    first = deck.slides[0]
    assert first.summary == profile.summary and first.facts is not None
    assert deck.slides[deck.index_of("gaji")].chart == "salary"
    assert deck.slides[deck.index_of("keahlian")].chart == "tech"


def test_a_tab_without_data_has_no_chart_and_unknown_anchors_start_at_one(library) -> None:
    deck = profile_deck(library, FRONTEND_ID)
    gaji = deck.slides[deck.index_of("gaji")]
    assert gaji.chart == "" and gaji.columns[0].points == ()  # nothing said: no empty chart
    assert gaji.facts is None  # … and no quick facts in its place
    assert deck.index_of("no-such-tab") == 0


def test_what_both_roles_name_is_shown_with_the_technologies_names(library) -> None:
    deck = comparison_deck(library, BACKEND_ID, FRONTEND_ID)
    teknologi = deck.slides[deck.index_of("teknologi")]
    assert {"JavaScript", "HTML", "CSS"} <= set(teknologi.shared)  # not "javascript"
    assert "javascript" not in teknologi.shared
