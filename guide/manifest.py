"""SHA-256 sums of the built data files, written by the build and checked before use.

SQLite's quick_check and even integrity_check pass a file with bytes flipped inside its data
(measured), and Whoosh reads whatever its files hold: only a checksum notices.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

MANIFEST_FILENAME = "manifest.json"
_SKIP = {MANIFEST_FILENAME}


def _files(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file() and p.name not in _SKIP and not p.name.endswith("_WRITELOCK")
    )


def sha256(path: Path) -> str:
    """The file's SHA-256, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(directory: Path) -> dict[str, str]:
    """Record every data file's sum in ``directory/manifest.json``; return the sums."""
    sums = {p.relative_to(directory).as_posix(): sha256(p) for p in _files(directory)}
    (directory / MANIFEST_FILENAME).write_text(
        json.dumps(sums, indent=1, sort_keys=True), encoding="utf-8"
    )
    return sums


def verify_manifest(directory: Path) -> list[str]:
    """Problems found (empty when every file is there, unchanged, and nothing was added)."""
    try:
        expected = json.loads((directory / MANIFEST_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [f"{MANIFEST_FILENAME} hilang atau tidak terbaca"]
    if not isinstance(expected, dict):
        return [f"{MANIFEST_FILENAME} bukan daftar checksum"]
    problems = []
    present = {p.relative_to(directory).as_posix(): p for p in _files(directory)}
    for name, digest in sorted(expected.items()):
        path = present.get(name)
        if path is None:
            problems.append(f"{name} hilang")
        elif sha256(path) != digest:
            problems.append(f"{name} rusak (checksum berbeda)")
    problems += [
        f"{name} bukan bagian dari build ini" for name in sorted(present.keys() - expected.keys())
    ]
    return problems
