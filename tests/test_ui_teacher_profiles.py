"""A teacher's role profile in the window: a card on home marked "Dibuat guru", the same
profile tabs with citation markers, and a citation whose article was removed shown as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guide.cli import main
from tests.test_teacher_profiles import GIZI, _profile
from ui.main_window import MainWindow
from ui.navigation import Location


@pytest.fixture
def with_profile(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> str:
    """ahli-gizi.md imported and the Ahli Gizi profile stored (the CLI, as a teacher would)."""
    from guide.datadir import DataLocation

    monkeypatch.setattr("guide.cli._data", lambda: DataLocation(data_dir, bundled=False))
    assert main(["import", str(GIZI), "--json"]) == 0
    gizi_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["profile", "add", str(_profile(tmp_path, gizi_id))]) == 0
    return gizi_id


def test_a_teacher_role_on_home_and_in_its_tabs(
    qtbot,
    with_profile: str,
    teacher_window: MainWindow,
) -> None:
    window = teacher_window
    window.navigate(Location("home"))
    cards = {card.profile_id: card for card in window.home.cards}
    assert set(cards) == {"backend-developer", "frontend-developer", "ahli-gizi"}
    assert cards["ahli-gizi"].made_by_teacher and not cards["backend-developer"].made_by_teacher
    qtbot.mouseClick(cards["ahli-gizi"].button, Qt.MouseButton.LeftButton)
    view = window.profile
    assert window.stack.currentWidget() is view
    assert view.tabs.tabText(0).replace("&", "") == "Ringkasan"
    [claim] = view.claim_widgets["ringkasan"]
    [marker] = claim.buttons
    assert marker.text().startswith("[") and not marker.broken
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.current_passage().article.id == with_profile
    # search's role filter offers it, and keeps the section its claim cites
    window.search("ahli gizi")
    roles = window.search_view.role_filter
    index = roles.findData("ahli-gizi")
    assert index > 0 and roles.itemText(index) == "Dikutip di profil Ahli Gizi"
    roles.setCurrentIndex(index)
    model = window.search_view.model
    assert model.rowCount() >= 1


def test_a_removed_articles_citation_is_marked_not_dropped(
    qtbot,
    with_profile: str,
    teacher_window: MainWindow,
) -> None:
    window = teacher_window
    assert window.library.remove_article(with_profile)
    window.refresh_views()
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    [claim] = window.profile.claim_widgets["ringkasan"]
    [marker] = claim.buttons
    assert marker.broken == 1
    assert "kutipan tidak ditemukan lagi di artikel" in marker.text()
    assert "kutipan tidak ditemukan lagi di artikel" in marker.toolTip()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_screenshots_of_a_teacher_role(
    qtbot, with_profile: str, teacher_window: MainWindow, width: int, height: int
) -> None:
    """Home with the teacher's role and its profile tab: saved for a look (tests/screenshots/,
    ignored by git); the card's texts are all visible."""
    from PySide6.QtWidgets import QApplication

    window = teacher_window
    window.resize(width, height)
    folder = Path(__file__).parent / "screenshots" / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    window.navigate(Location("home"))
    QApplication.processEvents()
    window.grab().save(str(folder / "home-teacher-role.png"))
    card = next(c for c in window.home.cards if c.profile_id == "ahli-gizi")
    assert card.isVisible() and card.button.isVisible()
    window.navigate(Location("profile", ("ahli-gizi", "ringkasan")))
    QApplication.processEvents()
    window.grab().save(str(folder / "profile-teacher-role.png"))
    assert window.profile.tabs.count() >= 2
