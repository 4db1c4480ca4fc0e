"""A damaged, truncated, missing or foreign bundled DB/index is detected; the data is rebuilt
into the user's cache and the user is told in one sentence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from guide import datadir
from guide.manifest import MANIFEST_FILENAME, verify_manifest
from guide.resources import STAMP_FILENAME
from guide.search import Searcher
from tests.conftest import SEEDS


@pytest.fixture
def bundle(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of a built bundle's data folder, used as the program's own data."""
    copy = tmp_path / "bundle" / "resources" / "data"
    shutil.copytree(data_dir, copy)
    monkeypatch.setattr(datadir, "bundled_data_dir", lambda: copy)
    return copy


def _files(folder: Path) -> list[str]:
    manifest = json.loads((folder / MANIFEST_FILENAME).read_text(encoding="utf-8"))
    return sorted(manifest)


def test_intact_bundle_is_used_as_is(bundle: Path) -> None:
    found = datadir.find_data(SEEDS)
    assert found is not None and found.bundled and found.directory == bundle and not found.notice


def test_manifest_covers_db_index_and_stamp(bundle: Path) -> None:
    names = _files(bundle)
    assert "panduan.sqlite" in names and STAMP_FILENAME in names
    assert any(n.startswith("index/") and n.endswith(".toc") for n in names)
    assert verify_manifest(bundle) == []


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = bytes(b ^ 0xFF for b in data[middle : middle + 8])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete"])
def test_every_damaged_file_is_detected_and_rebuilt(bundle: Path, damage: str) -> None:
    pristine = bundle.parent / "pristine"
    shutil.copytree(bundle, pristine)
    for name in _files(bundle):
        shutil.rmtree(bundle)
        shutil.copytree(pristine, bundle)
        target = bundle / name
        if damage == "flip":
            _flip(target)
        elif damage == "truncate":
            target.write_bytes(target.read_bytes()[: target.stat().st_size // 3])
        else:
            target.unlink()
        assert datadir.problems(bundle, SEEDS), name
        location = datadir.ensure_data(SEEDS)
        assert not location.bundled, name
        assert location.notice.startswith("Data bawaan program"), name
        assert location.notice.endswith("dibangun ulang dari artikel sumber di folder Anda.")
        searcher = Searcher(location.index_dir)
        assert searcher.search("menyimpan data").hits
        searcher.close()
        shutil.rmtree(location.directory)  # the next file starts from an empty cache


def test_the_rebuild_is_told_once_not_at_every_start(bundle: Path) -> None:
    """Issue 11, point 9: the next start uses the rebuilt cache without the notice."""
    _flip(bundle / "panduan.sqlite")
    assert datadir.ensure_data(SEEDS).notice.startswith("Data bawaan program rusak")
    again = datadir.ensure_data(SEEDS)
    assert not again.bundled and again.notice == ""


def test_foreign_version_is_rebuilt(bundle: Path) -> None:
    stamp = json.loads((bundle / STAMP_FILENAME).read_text(encoding="utf-8"))
    stamp["seeds_hash"] = "0" * 64
    (bundle / STAMP_FILENAME).write_text(json.dumps(stamp), encoding="utf-8")
    location = datadir.ensure_data(SEEDS)
    assert not location.bundled and "versi lain" in location.notice


def test_missing_bundle_is_news_only_in_the_packaged_program(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(bundle)
    assert datadir.ensure_data(SEEDS).notice == ""  # a source checkout: nothing to report
    shutil.rmtree(datadir.cache_data_dir())
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert "tidak ditemukan" in datadir.ensure_data(SEEDS).notice


def test_damaged_cache_is_rebuilt_too(bundle: Path) -> None:
    shutil.rmtree(bundle)
    first = datadir.ensure_data(SEEDS)
    _flip(first.db_path)
    assert datadir.find_data(SEEDS) is None
    again = datadir.ensure_data(SEEDS)
    assert verify_manifest(again.directory) == []


def test_added_file_is_reported(bundle: Path) -> None:
    (bundle / "index" / "extra.pickle").write_bytes(b"not ours")
    assert any("bukan bagian dari build ini" in p for p in datadir.problems(bundle, SEEDS))
