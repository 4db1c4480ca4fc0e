"""Files a user hands on (a lab pack, a handout): whole or not at all, and readable by the
other accounts a new file of the user would be readable by (not mkstemp's private 0600)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from guide.atomic_file import replaced_atomically
from guide.failures import READ_ONLY, KnownError, classify
from guide.packs import PackArticle, export_pack, read_pack
from tests.test_packs import _document

posix_modes = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@posix_modes
@pytest.mark.usefixtures("umask_022")
def test_a_new_file_gets_the_users_usual_mode(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    with replaced_atomically(out) as temp:
        temp.write_bytes(b"isi")
    assert out.read_bytes() == b"isi" and _mode(out) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


@posix_modes
@pytest.mark.usefixtures("umask_022")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    out.write_bytes(b"lama")
    out.chmod(0o640)
    with replaced_atomically(out) as temp:
        temp.write_bytes(b"baru")
    assert out.read_bytes() == b"baru" and _mode(out) == 0o640


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    out.write_bytes(b"lama")
    with pytest.raises(OSError, match="disk penuh"), replaced_atomically(out) as temp:
        temp.write_bytes(b"setengah")
        raise OSError(28, "disk penuh")
    assert out.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_the_temporary_name_never_takes_an_existing_file(tmp_path: Path, monkeypatch) -> None:
    """A name already there (another writer's temporary) is skipped, not overwritten."""
    names = iter(["aaaa", "aaaa", "bbbb"])
    monkeypatch.setattr("guide.atomic_file.secrets.token_hex", lambda _n: next(names))
    other = tmp_path / ".partial-aaaa.tmp"
    out = tmp_path / "out.bin"
    with replaced_atomically(out) as first:
        assert first == other
        with replaced_atomically(tmp_path / "lain.bin") as second:
            assert second == tmp_path / ".partial-bbbb.tmp"
            second.write_bytes(b"2")
        first.write_bytes(b"1")
    assert out.read_bytes() == b"1" and (tmp_path / "lain.bin").read_bytes() == b"2"


@posix_modes
@pytest.mark.usefixtures("umask_022")
def test_a_lab_pack_is_readable_by_the_students_accounts(tmp_path: Path) -> None:
    """A teacher exports a pack into the lab folder: other accounts must be able to read it."""
    path = export_pack([PackArticle(_document(), "2026-11-29T04:00:00Z")], tmp_path / "k", "K")
    assert _mode(path) == 0o644
    assert read_pack(path).title == "K"


@posix_modes
@pytest.mark.usefixtures("umask_022")
def test_a_saved_handout_pdf_has_the_users_usual_mode(tmp_path: Path, qapp) -> None:
    from ui.page_pdf import write_page

    out = tmp_path / "handout.pdf"
    assert write_page(["<p>Backend Developer</p>"], out, "a4", "Handout") >= 9
    assert out.read_bytes().startswith(b"%PDF") and _mode(out) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


@posix_modes
def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "asli.pdf"
    target.write_bytes(b"lama")
    link = tmp_path / "tautan.pdf"
    link.symlink_to(target)
    with replaced_atomically(link) as temp:
        temp.write_bytes(b"baru")
    assert link.is_symlink() and target.read_bytes() == b"baru"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asli.pdf", "tautan.pdf"]


@posix_modes
@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_device_is_never_replaced(tmp_path: Path, kind: str) -> None:
    """--out /dev/null (as root, os.replace would have put a regular file there)."""
    if kind == "pipe":
        out = tmp_path / "pipa"
        os.mkfifo(out)
    else:
        out = tmp_path / "null"
        out.symlink_to("/dev/null")  # a link to a device: its target is checked
    with pytest.raises(KnownError, match="bukan berkas biasa"), replaced_atomically(out):
        pytest.fail("nothing may be written")
    assert not out.resolve().is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_a_name_too_long_for_the_disk_is_one_sentence(tmp_path: Path) -> None:
    too_long = tmp_path / ("nama-" * 51 + ".pdf")  # 259 bytes
    with pytest.raises(KnownError, match="terlalu panjang"), replaced_atomically(too_long):
        pytest.fail("nothing may be written")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_refuses_the_file_is_named_not_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def read_only(*_args):
        raise OSError(errno.EROFS, "Read-only file system", "/x/.partial-1234.tmp")

    monkeypatch.setattr("guide.atomic_file.os.open", read_only)
    with pytest.raises(OSError) as caught, replaced_atomically(tmp_path / "a.pdf"):
        pytest.fail("nothing may be written")
    failure = classify(caught.value)
    assert failure.kind == READ_ONLY and failure.path == str(tmp_path)
