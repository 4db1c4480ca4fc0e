"""seeds/ → SQLite + Whoosh, atomically, and only when the inputs changed.

A build writes into a fresh temporary folder beside the target and swaps it in at the end, so
a failed or interrupted build never leaves a half-written database or index behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from importlib import resources as importlib_resources
from pathlib import Path

from guide import analysis, article, index, outdir, store
from guide.facts import extract_facts
from guide.learning import load_learning, write_learning
from guide.manifest import write_manifest
from guide.metadata import load_metadata
from guide.profiles import ProfileError, load_aspects, seed_locator, verified_profiles
from guide.resources import DB_FILENAME, INDEX_DIRNAME, LEARNING_FILENAME, STAMP_FILENAME
from guide.store_facts import section_at

METADATA_FILENAME = "articles.toml"
# Modules whose code decides what the DB and index contain: their source is hashed too.
_CODE_MODULES = (
    "article",
    "analysis",
    "store",
    "store_facts",
    "index",
    "build",
    "metadata",
    "profiles",
    "learning",
    "facts",
    "manifest",
)
_LIBRARIES = ("whoosh-reloaded", "PySastrawi", "sqlite-utils")


class BuildError(RuntimeError):
    """The seeds cannot be built (missing, unreadable or invalid); the message says which."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did."""

    out_dir: Path
    built: bool  # False when the data was already up to date
    articles: int
    sections: int
    seconds: float
    content_hash: str


def _versions() -> str:
    parts = [
        f"schema={store.SCHEMA_VERSION}",
        f"index={index.INDEX_VERSION}",
        f"analysis={analysis.ANALYSIS_VERSION}",
        f"parser={article.PARSER_VERSION}",
    ]
    for name in _LIBRARIES:
        try:
            parts.append(f"{name}={importlib_metadata.version(name)}")
        except importlib_metadata.PackageNotFoundError:
            parts.append(f"{name}=?")
    return ";".join(parts)


def seeds_hash(seeds_dir: Path) -> str:
    """Hash of the seed files, the analysis data files and the format versions."""
    digest = hashlib.sha256(_versions().encode())
    for path in sorted(seeds_dir.rglob("*")):
        if path.is_file():
            name = path.relative_to(seeds_dir).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    data = importlib_resources.files("guide.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()


def code_hash() -> str | None:
    """Hash of the source of the modules that shape the data; None when frozen (no sources)."""
    digest = hashlib.sha256()
    package = importlib_resources.files("guide")
    for name in _CODE_MODULES:
        source = package / f"{name}.py"
        if not source.is_file():
            return None
        digest.update(source.read_bytes())
    return digest.hexdigest()


def read_stamp(out_dir: Path) -> dict[str, str]:
    """The stamp a build left in ``out_dir`` ({} when missing or unreadable)."""
    try:
        stamp = json.loads((out_dir / STAMP_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def is_current(out_dir: Path, seeds_dir: Path) -> bool:
    """True when ``out_dir`` holds a complete build of these seeds with this code."""
    stamp = read_stamp(out_dir)
    if not stamp or stamp.get("seeds_hash") != seeds_hash(seeds_dir):
        return False
    current_code = code_hash()
    if current_code is not None and stamp.get("code_hash") != current_code:
        return False
    return (out_dir / DB_FILENAME).is_file() and (out_dir / INDEX_DIRNAME).is_dir()


def _load_articles(seeds_dir: Path):
    if not seeds_dir.is_dir():
        raise BuildError(f"Folder seeds tidak ditemukan: {seeds_dir}")
    meta_path = seeds_dir / METADATA_FILENAME
    if not meta_path.is_file():
        raise BuildError(f"Metadata artikel tidak ditemukan: {meta_path}")
    try:
        metas = load_metadata(meta_path)
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    loaded = []
    for article_id, meta in sorted(metas.items()):
        path = seeds_dir / meta.file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BuildError(f"Artikel {article_id} tidak dapat dibaca: {path}") from exc
        except UnicodeDecodeError as exc:
            raise BuildError(f"Artikel {article_id} bukan teks UTF-8: {path}") from exc
        loaded.append((meta, text, article.parse_article(article_id, text)))
    if not loaded:
        raise BuildError(f"Tidak ada artikel yang terdaftar di {meta_path}")
    return loaded


def build(
    seeds_dir: Path,
    out_dir: Path,
    force: bool = False,
    shared: bool = False,
    still_needed: Callable[[], bool] | None = None,
) -> BuildReport:
    """Build the DB and index from ``seeds_dir`` into ``out_dir`` unless already current.

    ``out_dir`` must be missing, empty or an earlier build (anything else is refused, see
    :func:`guide.outdir.check_target`). ``shared``: readable by other accounts (a bundle),
    else private to this user (a cache). ``still_needed`` is asked once the build lock is
    held: a build another process finished meanwhile is then reused, not redone.
    """
    started = time.perf_counter()
    try:
        out_dir = outdir.check_target(out_dir, seeds_dir)
        digest = seeds_hash(seeds_dir) if seeds_dir.is_dir() else ""
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with outdir.locked(out_dir):
            outdir.recover(out_dir)
            if (not force and digest and is_current(out_dir, seeds_dir)) or (
                still_needed is not None and not still_needed()
            ):
                stamp = read_stamp(out_dir)
                return BuildReport(
                    out_dir,
                    False,
                    int(stamp.get("articles", 0)),
                    int(stamp.get("sections", 0)),
                    time.perf_counter() - started,
                    digest,
                )
            n_articles, n_sections = _build_into(seeds_dir, out_dir, digest, shared)
    except (outdir.OutDirRefused, TimeoutError) as exc:
        raise BuildError(str(exc)) from None
    except PermissionError as exc:
        raise BuildError(f"Tidak ada izin untuk {exc.filename or seeds_dir}") from exc
    return BuildReport(out_dir, True, n_articles, n_sections, time.perf_counter() - started, digest)


def _build_into(seeds_dir: Path, out_dir: Path, digest: str, shared: bool) -> tuple[int, int]:
    """Build into a temporary sibling and swap it in; (articles, sections)."""
    loaded = _load_articles(seeds_dir)
    tmp = Path(tempfile.mkdtemp(prefix=outdir.build_temp_prefix(out_dir), dir=out_dir.parent))
    try:
        try:
            triples = [(m.id, t, p) for m, t, p in loaded]
            profiles = verified_profiles(seeds_dir, triples)
            aspects = load_aspects(seeds_dir)
            learning = load_learning(seeds_dir, seed_locator(triples), [p.id for p in profiles])
        except ProfileError as exc:
            raise BuildError(str(exc)) from exc
        n_articles, n_sections = store.write_database(
            tmp / DB_FILENAME, loaded, profiles, aspects, extract_facts(loaded)
        )
        db = store.Store(tmp / DB_FILENAME)
        try:
            titles = {a.id: a.title for a in db.articles()}
            pairs = [(s, titles[s.article_id]) for s in db.all_sections()]
        finally:
            db.close()
        index.write_index(tmp / INDEX_DIRNAME, pairs, seed=digest)
        write_learning(tmp / LEARNING_FILENAME, learning, _section_finder(loaded))
        stamp = {
            "seeds_hash": digest,
            "code_hash": code_hash(),
            "articles": n_articles,
            "sections": n_sections,
        }
        (tmp / STAMP_FILENAME).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        for lock in (tmp / INDEX_DIRNAME).glob("*_WRITELOCK"):
            lock.unlink()  # Whoosh leaves its (empty) write lock behind
        write_manifest(tmp)  # last: a folder with a manifest is complete (outdir.recover)
        outdir.set_modes(tmp, shared)
        _sync_tree(tmp)
        outdir.swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return n_articles, n_sections


def _section_finder(loaded) -> Callable[[str, int], str]:
    """``(article_id, offset) -> section id`` over the parsed seed articles."""
    spans = {
        meta.id: [
            (s.start, s.end, store.section_id(meta.id, i)) for i, s in enumerate(parsed.sections)
        ]
        for meta, _text, parsed in loaded
    }
    return lambda article_id, offset: section_at(spans, article_id, offset)


def _sync_tree(directory: Path) -> None:
    """Flush every file to disk before the swap, so a power cut cannot leave a renamed
    folder whose files are still empty."""
    for path in directory.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
