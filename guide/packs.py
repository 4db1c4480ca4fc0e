"""Content packs (.pkpack): a teacher's articles as one file, for every PC of a lab.

A pack is a zip holding data only, never code, pickles or an index:

    manifest.json          {"format": "panduan-karier-pack", "version": 2, "id", "title",
                            "created", "app_version", "articles": [{"id", "title", "author",
                            "published", "file_name", "sha256", "kind", "imported_at",
                            "path", "bytes", "content_sha256"}],
                            "profiles": [{"id", "name", "path", "bytes", "sha256"}]}
    articles/<id>.json     {"id", "text", "sections": [{"heading", "level", "start", "end",
                            "blocks": [{"kind", "text", "start", "end"}]}]}
    profiles/<id>.toml     a teacher's role profile (the seeds' schema, guide.profiles)

Version 1 (no profiles) is still read.

:func:`read_pack` trusts nothing: zip size and members, JSON sizes and types, every article's
hash, every offset (``text[start:end]`` is the block's text). A bad pack raises
:class:`PackError` with one Indonesian sentence; nothing of it is used.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guide import __version__
from guide.article import Block, ParsedArticle, Section
from guide.atomic_file import replaced_atomically
from guide.failures import KnownError
from guide.importing.model import ImportedDocument
from guide.manifest import sha256 as file_sha256

PACK_SUFFIX = ".pkpack"
FORMAT = "panduan-karier-pack"
VERSION = 2  # 2: the teacher's role profiles
READABLE_VERSIONS = (1, 2)
MAX_PROFILE_BYTES = 1_000_000
MANIFEST = "manifest.json"
MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_KINDS = frozenset({"paragraph", "item", "quote"})


class PackError(KnownError, ValueError):
    """A pack that cannot be used; ``str(exc)`` is one Indonesian sentence."""


@dataclass(frozen=True, slots=True)
class PackArticle:
    """One article of a pack: the imported document and when it was imported."""

    document: ImportedDocument
    imported_at: str


@dataclass(frozen=True, slots=True)
class PackProfile:
    """A teacher's role profile in a pack: its id, name and TOML text."""

    id: str
    name: str
    toml: str


@dataclass(frozen=True, slots=True)
class Pack:
    """A validated pack."""

    pack_id: str
    title: str
    created: str
    app_version: str
    sha256: str  # of the pack file: its identity in the user's cache
    articles: tuple[PackArticle, ...]
    profiles: tuple[PackProfile, ...] = ()


# -- writing ---------------------------------------------------------------------------------


def _article_json(document: ImportedDocument) -> bytes:
    sections = [
        {
            "heading": s.heading,
            "level": s.level,
            "start": s.start,
            "end": s.end,
            "blocks": [
                {"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in s.blocks
            ],
        }
        for s in document.parsed.sections
    ]
    body = {"id": document.article_id, "text": document.text, "sections": sections}
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")


def export_pack(
    articles: Sequence[PackArticle],
    out: Path,
    title: str,
    profiles: Sequence[PackProfile] = (),
) -> Path:
    """Write ``articles`` (and ``profiles``) as a pack at ``out`` (atomically: a temporary
    file, fsync, replace)."""
    if not articles:
        raise PackError("Tidak ada artikel untuk diekspor.")
    entries, members = [], []
    profile_entries = []
    for profile in profiles:
        data = profile.toml.encode("utf-8")
        path = f"profiles/{profile.id}.toml"
        members.append((path, data))
        profile_entries.append(
            {
                "id": profile.id,
                "name": profile.name,
                "path": path,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    for item in articles:
        doc = item.document
        data = _article_json(doc)
        path = f"articles/{doc.article_id}.json"
        members.append((path, data))
        entries.append(
            {
                "id": doc.article_id,
                "title": doc.title,
                "author": doc.author,
                "published": doc.published,
                "file_name": doc.file_name,
                "sha256": doc.sha256,
                "kind": doc.kind,
                "imported_at": item.imported_at,
                "path": path,
                "bytes": len(data),
                "content_sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "id": uuid.uuid4().hex,
        "title": title.strip() or "Paket artikel",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": __version__,
        "articles": entries,
        "profiles": profile_entries,
    }
    out = out.with_suffix(PACK_SUFFIX) if out.suffix.lower() != PACK_SUFFIX else out
    # The zip is closed (written whole) before the file is flushed and renamed into place.
    with (
        replaced_atomically(out, ".pack-") as temp,
        zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for path, data in members:
            archive.writestr(path, data)
    return out


# -- reading ---------------------------------------------------------------------------------


def _fail(path: Path, reason: str) -> PackError:
    return PackError(f"Paket «{path.name}» tidak dapat dipakai: {reason}.")


def _string(value: object, what: str, path: Path, limit: int = 2_000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(path, f"isian «{what}» tidak sah")
    return value


def _integer(value: object, what: str, path: Path) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _fail(path, f"isian «{what}» tidak sah")
    return value


def _read_json(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> tuple[object, bytes]:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _fail(path, f"isinya tidak lengkap ({name} tidak ada)") from None
    if info.file_size > limit:
        raise _fail(path, f"{name} terlalu besar")
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _fail(path, f"{name} terlalu besar")
    try:
        return json.loads(data.decode("utf-8")), data
    except (UnicodeDecodeError, ValueError):
        raise _fail(path, f"{name} bukan JSON yang sah") from None


def _parsed(article_id: str, body: object, path: Path) -> tuple[str, ParsedArticle]:
    """The article's text and structure, every offset checked against the text."""
    if not isinstance(body, dict) or body.get("id") != article_id:
        raise _fail(path, f"artikel {article_id} tidak sah")
    text = _string(body.get("text"), "text", path, MAX_ARTICLE_BYTES)
    raw_sections = body.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _fail(path, f"artikel {article_id} tidak punya bagian")
    sections = []
    for raw in raw_sections:
        if not isinstance(raw, dict) or not isinstance(raw.get("blocks"), list):
            raise _fail(path, f"bagian artikel {article_id} tidak sah")
        blocks = []
        for b in raw["blocks"]:
            if not isinstance(b, dict) or b.get("kind") not in _KINDS:
                raise _fail(path, f"blok artikel {article_id} tidak sah")
            start, end = (
                _integer(b.get("start"), "start", path),
                _integer(b.get("end"), "end", path),
            )
            block_text = _string(b.get("text"), "text", path, MAX_ARTICLE_BYTES)
            if not start <= end <= len(text) or text[start:end] != block_text:
                raise _fail(path, f"teks artikel {article_id} tidak cocok dengan bagiannya")
            blocks.append(Block(b["kind"], block_text, start, end))
        start, end = (
            _integer(raw.get("start"), "start", path),
            _integer(raw.get("end"), "end", path),
        )
        level = _integer(raw.get("level"), "level", path)
        if not start <= end <= len(text):
            raise _fail(path, f"teks artikel {article_id} tidak cocok dengan bagiannya")
        heading = _string(raw.get("heading"), "heading", path)
        sections.append(Section(heading, level, start, end, tuple(blocks)))
    return text, ParsedArticle(article_id, "", tuple(sections), ())


def read_pack(path: Path) -> Pack:
    """The validated pack at ``path``; raises :class:`PackError` (one Indonesian sentence)."""
    try:
        size = path.stat().st_size
    except OSError:
        raise _fail(path, "berkasnya tidak dapat dibaca") from None
    if size > MAX_PACK_BYTES:
        raise _fail(path, "berkasnya terlalu besar")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise _fail(path, "isinya terlalu banyak atau terlalu besar")
            manifest, _ = _read_json(archive, MANIFEST, MAX_MANIFEST_BYTES, path)
            return _pack(archive, manifest, path)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError):
        raise _fail(path, "bukan berkas paket yang utuh") from None


def _pack(archive: zipfile.ZipFile, manifest: object, path: Path) -> Pack:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail(path, "bukan paket Panduan Karier")
    if manifest.get("version") not in READABLE_VERSIONS:
        raise _fail(path, f"versi paket {manifest.get('version')!r} tidak dikenal program ini")
    entries = manifest.get("articles")
    if not isinstance(entries, list) or not entries:
        raise _fail(path, "paket tidak berisi artikel")
    articles, seen = [], set()
    for entry in entries:
        article_id = _entry_id(entry, seen, path, "daftar artikelnya", "nomor artikel")
        body, data = _read_json(archive, f"articles/{article_id}.json", MAX_ARTICLE_BYTES, path)
        if hashlib.sha256(data).hexdigest() != entry.get("content_sha256"):
            raise _fail(path, f"artikel {article_id} rusak (sidik SHA-256 tidak cocok)")
        text, parsed = _parsed(article_id, body, path)
        title = _string(entry.get("title"), "title", path)
        document = ImportedDocument(
            article_id=article_id,
            title=title,
            author=_string(entry.get("author", ""), "author", path),
            published=_string(entry.get("published", ""), "published", path, 32),
            file_name=_string(entry.get("file_name", ""), "file_name", path, 255),
            sha256=_string(entry.get("sha256", ""), "sha256", path, 64),
            text=text,
            parsed=ParsedArticle(article_id, title, parsed.sections, ()),
            kind=_string(entry.get("kind", ""), "kind", path, 16),
        )
        imported_at = _string(entry.get("imported_at", ""), "imported_at", path, 40)
        articles.append(PackArticle(document, imported_at))
    return Pack(
        pack_id=_string(manifest.get("id"), "id", path, 64),
        title=_string(manifest.get("title"), "title", path, 200),
        created=_string(manifest.get("created", ""), "created", path, 40),
        app_version=_string(manifest.get("app_version", ""), "app_version", path, 40),
        sha256=file_sha256(path),
        articles=tuple(articles),
        profiles=_profiles(archive, manifest.get("profiles", []), path),
    )


def _entry_id(entry: object, seen: set[str], path: Path, listing: str, what: str) -> str:
    """The id of one manifest entry (an article or a profile), checked: a table, a valid id,
    not seen before."""
    if not isinstance(entry, dict):
        raise _fail(path, f"{listing} tidak sah")
    entry_id = _string(entry.get("id"), "id", path, 64)
    if not _ID.fullmatch(entry_id) or entry_id in seen:
        raise _fail(path, f"{what} «{entry_id}» tidak sah atau ganda")
    seen.add(entry_id)
    return entry_id


def _profiles(archive: zipfile.ZipFile, entries: object, path: Path) -> tuple[PackProfile, ...]:
    """The pack's role profiles, each checked: size, hash, TOML and schema."""
    from guide.profiles import ProfileError
    from guide.teacher_profiles import parse_toml

    if not isinstance(entries, list):
        raise _fail(path, "daftar profilnya tidak sah")
    found, seen = [], set()
    for entry in entries:
        profile_id = _entry_id(entry, seen, path, "daftar profilnya", "id profil")
        name = f"profiles/{profile_id}.toml"
        try:
            info = archive.getinfo(name)
            if info.file_size > MAX_PROFILE_BYTES:
                raise _fail(path, f"profil {profile_id} terlalu besar")
            data = archive.read(name)
        except KeyError:
            raise _fail(path, f"profil {profile_id} tidak ada di dalamnya") from None
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise _fail(path, f"profil {profile_id} rusak (sidik SHA-256 tidak cocok)")
        try:
            toml = data.decode("utf-8")
            profile = parse_toml(toml, name)
        except (UnicodeDecodeError, ProfileError) as exc:
            raise _fail(path, f"profil {profile_id} tidak sah ({exc})") from None
        if profile.id != profile_id:
            raise _fail(path, f"profil {profile_id} memakai id lain ({profile.id})")
        found.append(PackProfile(profile_id, profile.name, toml))
    return tuple(found)


def pack_files(folders: Iterable[Path]) -> list[Path]:
    """The ``*.pkpack`` files directly in ``folders`` (missing folders skipped), sorted by
    name, each path once."""
    found: dict[Path, None] = {}
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.suffix.lower() == PACK_SUFFIX and entry.is_file():
                found[entry.resolve()] = None
    return list(found)
