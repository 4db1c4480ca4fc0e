"""Back/forward history and locations (no Qt)."""

from __future__ import annotations

import sys
import time

import pytest

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


def test_location_decode_keeps_any_text_in_arguments() -> None:
    for args in (("a[b]", "{c}"), ('\\"', "\\"), ("kata, lain", "baris\nbaru"), ("😀", "")):
        loc = Location("search", args)
        assert Location.decode(loc.encode()) == loc
    assert Location.decode('  [ "home" ]  ') == HOME


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 500,  # under the length cap, over the JSON decoder's recursion limit
        '["home", ' + "[" * 2000 + "]" * 2000 + "]",
        '["home", {"a": ' * 300 + "1" + "}]" * 300,
        '["home", "' + "x" * 10_000_000 + '"]',
        '["home", 1]',
        '["home", null]',
        '["", "x"]',
        "[]",
        '{"view": "home"}',
        '"home"',
        '["home" "x"]',
        '["home",]',
        '["reader", ' + ", ".join(['"x"'] * 100) + "]",
    ],
    ids=lambda t: f"{t[:12]}…{len(t)}",
)
def test_location_decode_rejects_deep_huge_or_odd_input(text: str) -> None:
    """Anything but a flat list of strings is None, without a RecursionError."""
    assert Location.decode(text) is None


def test_location_decode_is_quick_and_recursion_free_on_hostile_input() -> None:
    """Deep nesting is refused before JSON parsing: even with almost no stack left (a low
    recursion limit) decoding does not recurse. The limit is wide: this takes ~1 ms."""
    hostile = ["[" * 100_000, '["a", ' + "[" * 4000, "x" * 10_000_000]
    limit = sys.getrecursionlimit()
    started = time.perf_counter()
    sys.setrecursionlimit(100)
    try:
        found = [Location.decode(text) for text in hostile]
    finally:
        sys.setrecursionlimit(limit)
    assert time.perf_counter() - started < 1.0
    assert found == [None, None, None]


def test_location_decode_refuses_what_is_not_text() -> None:
    for value in (None, 42, b'["home"]', ["home"]):
        assert Location.decode(value) is None  # type: ignore[arg-type]
