"""compare(): rows from aspects, marks from values, explicit "not discussed" cells."""

from __future__ import annotations

import pytest

from guide.compare import NOT_DISCUSSED, RowMark, compare
from guide.profiles import (
    SECTION_TITLES,
    Aspect,
    Citation,
    Claim,
    Profile,
    ProfileSection,
    verified_profiles,
)
from tests.conftest import SEEDS

ASPECTS = [
    Aspect("a", "A"),
    Aspect("b", "B"),
    Aspect("c", "C"),
    Aspect("d", "D"),
    Aspect("e", "E"),
    Aspect("f", "F"),
]


def _profile(pid: str, claims: list[tuple[str, tuple[str, ...]]]) -> Profile:
    made = tuple(
        Claim(f"{pid}-{i}", "t", (Citation("001", "q"),), aspects=(aspect,), values=values)
        for i, (aspect, values) in enumerate(claims)
    )
    return Profile(
        pid, pid.upper(), (), "s", (ProfileSection("ringkasan", SECTION_TITLES["ringkasan"], made),)
    )


def test_marks_follow_values() -> None:
    left = _profile(
        "l", [("a", ("x",)), ("b", ("x", "y")), ("c", ("x",)), ("d", ("x",)), ("f", ())]
    )
    right = _profile("r", [("a", ("x",)), ("b", ("y", "z")), ("c", ("z",)), ("f", ("z",))])
    rows = {r.aspect.id: r for r in compare(left, right, ASPECTS).rows}
    assert rows["a"].mark is RowMark.SAME and rows["a"].shares and not rows["a"].differs
    assert rows["b"].mark is RowMark.OVERLAP and rows["b"].shared == ("y",)
    assert rows["b"].only_left == ("x",) and rows["b"].only_right == ("z",)
    assert rows["c"].mark is RowMark.DIFFERENT and rows["c"].differs
    assert rows["d"].mark is RowMark.ONE_SIDED and not rows["d"].right.discussed
    assert rows["f"].mark is RowMark.UNCOMPARED
    assert "e" not in rows  # neither role discusses it: no row


def test_any_two_roles_compare_without_code_changes() -> None:
    third = _profile("t", [("a", ("x",))])
    rows = compare(third, third, ASPECTS).rows
    assert [r.mark for r in rows] == [RowMark.SAME]


@pytest.fixture(scope="module")
def backend_vs_frontend():
    from guide.profiles import load_aspects

    profiles = {p.id: p for p in verified_profiles(SEEDS)}
    return compare(
        profiles["backend-developer"], profiles["frontend-developer"], load_aspects(SEEDS)
    )


def test_backend_frontend_comparison_has_rows_and_differences(backend_vs_frontend) -> None:
    rows = backend_vs_frontend.rows
    assert len(rows) >= 7
    assert sum(r.differs for r in rows) >= 3
    assert any(r.shares for r in rows)
    labels = [r.aspect.id for r in rows]
    for needed in (
        "fokus-kerja",
        "tugas-utama",
        "teknologi",
        "keahlian",
        "bekerja-dengan",
        "gaji",
        "jurusan",
    ):
        assert needed in labels


def test_undiscussed_cells_are_explicit(backend_vs_frontend) -> None:
    gaji = next(r for r in backend_vs_frontend.rows if r.aspect.id == "gaji")
    assert gaji.left.discussed and not gaji.right.discussed
    assert NOT_DISCUSSED == "tidak dibahas di artikel sumber"
