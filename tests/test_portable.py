"""Per-user files go to the user's folders; a .portable marker keeps them beside the program."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide import resources


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "PanduanKarier"
    folder.mkdir()
    monkeypatch.setattr(resources, "program_dir", lambda: folder)
    monkeypatch.delenv("PANDUAN_CACHE_DIR", raising=False)
    monkeypatch.delenv("PANDUAN_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    return folder


def test_default_is_the_users_profile(program: Path, tmp_path: Path) -> None:
    assert resources.portable_dir() is None
    home = tmp_path / "home"
    assert resources.user_cache_dir().is_relative_to(home)
    assert resources.user_data_dir().is_relative_to(home)
    assert resources.user_config_dir() is None
    assert not resources.user_cache_dir().is_relative_to(program)


def test_portable_marker_keeps_everything_beside_the_program(program: Path) -> None:
    (program / ".portable").write_text("", encoding="utf-8")
    base = program / "data-pengguna"
    assert resources.portable_dir() == base
    assert resources.user_cache_dir() == base / "cache"
    assert resources.user_data_dir() == base / "data"
    assert resources.user_config_dir() == base / "config"


def test_frozen_program_dir_is_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "dist" / "panduan-karier" / "panduan-karier"
    exe.parent.mkdir(parents=True)
    exe.write_text("", encoding="utf-8")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(exe))
    assert resources.program_dir() == exe.parent
