"""The folder a build fills: refuse what is not ours, swap it in safely, recover, lock.

A build writes a complete copy into a temporary sibling (``.data-build-…``), then renames the
old folder aside (``.data-old-…``) and the new one into place. A kill between the two renames
leaves both siblings and no folder; :func:`recover` (run before the next build and at start)
puts the newest complete copy back, and deletes every stale temporary. Builds of the same
folder are serialised by a lock file beside it, so two first runs never race.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from guide.manifest import MANIFEST_FILENAME, verify_manifest
from guide.resources import DB_FILENAME, INDEX_DIRNAME, LEARNING_FILENAME, STAMP_FILENAME

log = logging.getLogger(__name__)

# Everything a build writes (SQLite may leave its side files while the DB is open).
OUR_NAMES = frozenset(
    {
        DB_FILENAME,
        f"{DB_FILENAME}-journal",
        f"{DB_FILENAME}-wal",
        f"{DB_FILENAME}-shm",
        INDEX_DIRNAME,
        LEARNING_FILENAME,
        STAMP_FILENAME,
        MANIFEST_FILENAME,
    }
)
LOCK_WAIT_S = 300.0  # an old PC builds in a few seconds; another build is waited for this long
SHARED_MODES = (0o755, 0o644)  # a bundle other accounts read (never write)
PRIVATE_MODES = (0o700, 0o600)  # a user's cache


class OutDirRefused(ValueError):
    """The folder cannot be replaced by a build (the message says why, in Indonesian)."""


def build_temp_prefix(target: Path) -> str:
    """Prefix of the folder a build of ``target`` writes into."""
    return f".{target.name}-build-"


def _temporaries(target: Path) -> list[Path]:
    """Siblings left by builds of ``target``: ``.name-build-*``, ``.name-old-*`` and the
    ``.name-XXXXXXXX`` folders of older versions."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}-(?:build-\w+|old-\d+|[a-z0-9_]{{8}})$")
    try:
        return [p for p in target.parent.iterdir() if pattern.match(p.name) and p.is_dir()]
    except OSError:
        return []


def check_target(target: Path, seeds: Path) -> Path:
    """The absolute folder to build into; raises :class:`OutDirRefused` for a folder that is
    not a build of ours (a build replaces it entirely), the seeds or a folder holding them."""
    target = Path(os.path.abspath(target))
    seeds = Path(os.path.abspath(seeds))
    if not target.name or target.parent == target:
        raise OutDirRefused(f"Folder hasil tidak dapat dipakai: {target}")
    if target == seeds or seeds.is_relative_to(target):
        raise OutDirRefused(f"Folder hasil berisi folder seeds, jadi tidak diganti: {target}")
    if target.is_relative_to(seeds):
        raise OutDirRefused(f"Folder hasil tidak boleh berada di dalam folder seeds: {target}")
    if target.exists() and not target.is_dir():
        raise OutDirRefused(f"Folder hasil adalah sebuah berkas, bukan folder: {target}")
    if target.is_dir():
        foreign = sorted(p.name for p in target.iterdir() if p.name not in OUR_NAMES)
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise OutDirRefused(
                f"Folder hasil berisi berkas lain ({shown}); build hanya mengganti folder "
                f"hasil build sebelumnya atau folder kosong: {target}"
            )
    return target


@contextmanager
def locked(target: Path, wait: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold the build lock of ``target`` (a file beside it); raises TimeoutError after
    ``wait`` seconds (0: do not wait)."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(target.parent / f".{target.name}.lock"), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise TimeoutError(f"Build lain sedang menulis {target}") from None
    try:
        yield
    finally:
        lock.release()


def set_modes(directory: Path, shared: bool) -> None:
    """Give every folder and file of ``directory`` explicit modes, whatever the umask:
    nobody but the owner can write; others may read a shared bundle."""
    dir_mode, file_mode = SHARED_MODES if shared else PRIVATE_MODES
    for root, dirs, files in os.walk(directory):
        os.chmod(root, dir_mode)
        for name in dirs:
            os.chmod(os.path.join(root, name), dir_mode)
        for name in files:
            os.chmod(os.path.join(root, name), file_mode)


def swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` (both complete): at every moment either is in place
    or :func:`recover` can put one back."""
    old = None
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
    elif target.exists():
        old = target.with_name(f".{target.name}-old-{time.time_ns()}")
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _complete(directory: Path) -> bool:
    """A build folder whose manifest was written and every file matches it."""
    return (directory / MANIFEST_FILENAME).is_file() and not verify_manifest(directory)


def recover(target: Path) -> bool:
    """Under the lock: when ``target`` is gone, put back the newest complete copy a killed
    swap left beside it; delete every other temporary. True when something changed."""
    leftovers = _temporaries(target)
    if not leftovers:
        return False
    if not target.exists():
        builds = [p for p in leftovers if p.name.startswith(build_temp_prefix(target))]
        olds = [p for p in leftovers if p not in builds]
        for candidate in sorted(builds, key=_mtime, reverse=True) + sorted(
            olds, key=_mtime, reverse=True
        ):
            if _complete(candidate):
                candidate.rename(target)
                leftovers.remove(candidate)
                log.warning("restored %s from %s (interrupted build)", target, candidate.name)
                break
    for stale in leftovers:
        shutil.rmtree(stale, ignore_errors=True)  # what cannot go now goes next time
        log.info("removed stale build folder %s", stale)
    return True


def recover_if_needed(target: Path) -> None:
    """At start: recover ``target`` when a build was interrupted and no build is running
    now. Writes nothing (not even the lock file) when there is nothing to recover."""
    if not _temporaries(target):
        return
    try:
        with locked(target, wait=0):
            recover(target)
    except (OSError, TimeoutError) as exc:  # read-only folder, or another build is running
        log.info("no recovery of %s: %s", target, exc)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
