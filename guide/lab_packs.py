"""The lab folder's packs, validated and indexed into the user's own cache.

Every PC reads the ``*.pkpack`` files of the lab folder at start (:func:`pack_folders`). A pack
is identified by the SHA-256 of its file: the first time a PC sees it, it is validated
(:func:`guide.packs.read_pack`) and its articles are written into
``<user cache>/paket/<sha256>/`` as a private library (the same store and index as the personal
library); a marker written last says the copy is complete. Later starts only hash the file. A
changed pack is a new hash (a new copy); the copy of a pack no longer in the folder is removed.
Nothing is ever written to the lab folder, and no index is ever read from it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from guide.manifest import sha256 as file_sha256
from guide.packs import PackError, pack_files, read_pack
from guide.resources import program_dir, user_cache_dir

log = logging.getLogger(__name__)

PACKS_ENV = "PANDUAN_PACKS_DIR"
PROGRAM_PACKS_DIRNAME = "paket"  # beside the program: always read
CACHE_DIRNAME = "paket"
COMPLETE = "paket.json"  # written last into a pack's copy: what the copy holds
LOCK = ".paket.lock"
LOCK_WAIT_S = 120.0


@dataclass(frozen=True, slots=True)
class LoadedPack:
    """A lab pack ready to read: what it is, and its copy in the user's cache."""

    title: str
    file: Path
    sha256: str
    created: str
    folder: Path  # the copy: a personal-library folder (store + index)
    article_ids: tuple[str, ...]


def pack_folders(configured: str = "") -> list[Path]:
    """Where lab packs are read: ``PANDUAN_PACKS_DIR`` (else the administrator's setting,
    ``configured``), and always the ``paket`` folder beside the program."""
    chosen = os.environ.get(PACKS_ENV, "").strip() or configured.strip()
    folders = [Path(chosen).expanduser()] if chosen else []
    return [*folders, program_dir() / PROGRAM_PACKS_DIRNAME]


def cache_root() -> Path:
    """The folder of the packs' copies in the user's cache."""
    return user_cache_dir() / CACHE_DIRNAME


def _read_marker(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / COMPLETE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _copy_pack(path: Path, target: Path) -> dict:
    """Validate the pack at ``path`` and write its articles into a new folder ``target``
    (built beside it, renamed into place when complete); return what the marker says."""
    from guide.personal import PersonalLibrary

    pack = read_pack(path)  # raises PackError: nothing is written
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".paket-", dir=target.parent))
    try:
        library = PersonalLibrary.open(work)
        try:
            for article in pack.articles:
                library.add(article.document, imported_at=article.imported_at or None)
            for profile in pack.profiles:  # shown read-only on every PC of the lab
                library.save_profile(profile.id, profile.name, profile.toml)
        finally:
            library.close()
        marker = {
            "title": pack.title,
            "created": pack.created,
            "sha256": pack.sha256,
            "file": path.name,
            "articles": [a.document.article_id for a in pack.articles],
        }
        (work / COMPLETE).write_text(json.dumps(marker, ensure_ascii=False), encoding="utf-8")
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return marker


def load_lab_packs(
    folders: Sequence[Path], root: Path | None = None
) -> tuple[list[LoadedPack], list[str]]:
    """The usable packs of ``folders`` (copied into ``root`` as needed) and one Indonesian line
    per pack that cannot be used. Copies of packs no longer present are removed."""
    root = root or cache_root()
    root.mkdir(parents=True, exist_ok=True)
    with FileLock(str(root / LOCK), timeout=LOCK_WAIT_S):  # one PC user, two programs
        return _load(folders, root)


def _load(folders: Sequence[Path], root: Path) -> tuple[list[LoadedPack], list[str]]:
    loaded: list[LoadedPack] = []
    problems: list[str] = []
    keep: set[str] = set()
    for path in pack_files(folders):
        try:
            digest = file_sha256(path)
            target = root / digest
            marker = _read_marker(target)
            if marker is None:
                shutil.rmtree(target, ignore_errors=True)  # an incomplete copy of an old run
                marker = _copy_pack(path, target)
        except PackError as exc:
            problems.append(str(exc))
            continue
        except Exception as exc:  # any other failure skips this pack, never the program
            log.exception("Paket %s tidak dapat dimuat", path)
            problems.append(f"Paket «{path.name}» tidak dapat dimuat: {exc}")
            continue
        keep.add(digest)
        loaded.append(
            LoadedPack(
                title=str(marker.get("title", path.stem)),
                file=path,
                sha256=digest,
                created=str(marker.get("created", "")),
                folder=target,
                article_ids=tuple(str(a) for a in marker.get("articles", ())),
            )
        )
    _remove_others(root, keep)
    return loaded, problems


def _remove_others(root: Path, keep: Iterable[str]) -> None:
    """Remove the copies (and leftovers) of packs that are gone."""
    wanted = set(keep)
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_dir() and entry.name not in wanted:
            shutil.rmtree(entry, ignore_errors=True)  # under the lock: no copy is in progress
