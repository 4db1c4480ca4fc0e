"""Back/forward history and locations (no Qt)."""

from __future__ import annotations

from ui.navigation import HOME, History, Location


def test_history_back_forward_and_branching() -> None:
    h = History()
    a, b, c = HOME, Location("profile", ("backend-developer", "gaji")), Location("compare")
    for loc in (a, b, c):
        h.visit(loc)
    assert h.back() == b and h.back() == a and h.back() is None
    assert h.forward() == b
    h.visit(Location("sources"))
    assert not h.can_go_forward() and h.current == Location("sources")
    assert h.back() == b


def test_repeat_visit_and_replace() -> None:
    h = History()
    h.visit(HOME)
    h.visit(HOME)
    assert not h.can_go_back()
    h.visit(Location("profile", ("x", "ringkasan")))
    h.replace(Location("profile", ("x", "gaji")))
    assert h.current == Location("profile", ("x", "gaji")) and h.back() == HOME


def test_location_encoding_round_trip() -> None:
    loc = Location("reader", ("000", 120, 180, "000-03", "gaji"))
    assert Location.decode(loc.encode()) == loc
    assert loc.args == ("000", "120", "180", "000-03", "gaji")
    assert Location.decode("") is None
    assert Location.decode(HOME.encode()) == HOME
    assert Location.decode("not json") is None and Location.decode("[1]") is None
    odd = Location("search", ('a|b "c"',))
    assert Location.decode(odd.encode()) == odd


def test_history_limit() -> None:
    h = History(limit=3)
    for i in range(5):
        h.visit(Location("search", (str(i),)))
    assert h.current == Location("search", ("4",))
    assert h.back() and h.back() and not h.can_go_back()
