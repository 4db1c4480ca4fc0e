"""What a teacher does with the personal library, for the CLI and the app alike: import files,
export and import packs. Plain data out (:class:`ImportRow`); no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from guide.failures import KnownError

if TYPE_CHECKING:
    from guide.importing.model import ImportedDocument
    from guide.packs import PackProfile
    from guide.personal import PersonalLibrary

Status = Literal["imported", "unchanged", "rejected"]


class NotInLibrary(KnownError, LookupError):
    """An article id the personal library does not hold (the message names it)."""


class EmptyLibrary(KnownError):
    """Nothing to export."""


class ProfileNotPackable(KnownError):
    """A profile cites an article that would be neither in the pack nor in the program."""


@dataclass(frozen=True, slots=True)
class ImportRow:
    """The outcome of one file: imported (or replaced), unchanged, or rejected with a reason."""

    file: str
    status: Status
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None

    def as_json(self) -> dict:
        """The CLI's JSON object: file, status, id, title, reason."""
        return {
            "file": self.file,
            "status": self.status,
            "id": self.article_id,
            "title": self.title,
            "reason": self.reason,
        }


def import_path(library: PersonalLibrary, path: Path, then: Path | None = None) -> ImportRow:
    """Parse one untrusted file in the sandbox and store it; never raises for a bad file.
    ``then``: the next file of the batch (its worker starts meanwhile)."""
    from guide.importing import Refusal, import_file

    outcome = import_file(path, then=then)
    if isinstance(outcome, Refusal):
        return ImportRow(str(path), "rejected", reason=outcome.reason)
    return store_document(library, outcome, str(path))


def store_document(library: PersonalLibrary, document: ImportedDocument, file: str) -> ImportRow:
    """Add one parsed document: "unchanged" when the same file (same hash) is there."""
    added = library.add(document)
    status: Status = "unchanged" if added.status == "unchanged" else "imported"
    return ImportRow(file, status, added.article_id, document.title)


def document_of(library: PersonalLibrary, article_id: str) -> tuple[ImportedDocument, str]:
    """(the stored article as an ImportedDocument, when it was imported)."""
    from guide.importing.model import ImportedDocument
    from guide.personal_schema import parsed_article

    article = library.article(article_id)
    entry = next((e for e in library.entries() if e.id == article_id), None)
    if article is None or entry is None:
        raise NotInLibrary(f"Tidak ada artikel guru bernomor «{article_id}».")
    document = ImportedDocument(
        article_id=article_id,
        title=article.title,
        author=article.author,
        published=article.published,
        file_name=entry.file,
        sha256=entry.sha256,
        text=article.text,
        parsed=parsed_article(article_id, article.title, library.sections(article_id)),
        kind=entry.kind,
    )
    return document, entry.imported_at


def export_library_pack(
    library: PersonalLibrary,
    out: Path,
    ids: Sequence[str] = (),
    title: str = "",
    bundled_ids: Iterable[str] = (),
) -> tuple[Path, int]:
    """Write the personal library (or the articles ``ids``) as a pack with the teacher's role
    profiles; (its path, articles). A profile citing an article that is neither in the pack
    nor one of ``bundled_ids`` (the program's own) raises :class:`ProfileNotPackable`."""
    from guide.packs import PackArticle, PackProfile, export_pack

    chosen = list(ids) or [e.id for e in library.entries()]
    if not chosen:
        raise EmptyLibrary("Perpustakaan pribadi kosong: tidak ada artikel untuk diekspor.")
    items = [PackArticle(*document_of(library, article_id)) for article_id in chosen]
    profiles = [PackProfile(r.id, r.name, r.toml) for r in library.profile_rows()]
    _check_packable(profiles, set(chosen) | set(bundled_ids))
    title = title or "Paket artikel guru"
    return export_pack(items, out, title, profiles), len(items)


def _check_packable(profiles: Sequence[PackProfile], available: set[str]) -> None:
    from guide.profiles import ProfileError
    from guide.teacher_profiles import parse_toml

    for row in profiles:
        try:
            profile = parse_toml(row.toml, row.id)
        except ProfileError:
            continue  # saved by another version: read_pack would refuse it, so leave it out
        for claim in profile.claims():
            for citation in claim.citations:
                if citation.article_id not in available:
                    raise ProfileNotPackable(
                        f"Profil «{row.name}» mengutip artikel «{citation.article_id}» yang "
                        "tidak ada di paket ini; sertakan artikel itu atau hapus kutipannya."
                    )


def import_pack(
    library: PersonalLibrary, path: Path, copied_profiles: list[PackProfile] | None = None
) -> list[ImportRow]:
    """Copy a pack's articles and role profiles into the personal library (the pack is
    validated first: a bad pack raises :class:`guide.packs.PackError` and nothing is
    copied); the articles' rows. ``copied_profiles`` receives the profiles copied."""
    from guide.packs import read_pack

    pack = read_pack(path)
    rows = [store_document(library, a.document, path.name) for a in pack.articles]
    for profile in pack.profiles:  # the pack's roles become the teacher's, to edit
        library.save_profile(profile.id, profile.name, profile.toml)
        if copied_profiles is not None:
            copied_profiles.append(profile)
    return rows
