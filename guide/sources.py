"""The articles beyond the bundled ones: the personal library and the lab packs, opened together.

Where they live: the personal library in ``<user data>/perpustakaan`` (portable mode: beside the
program, like every per-user folder), the packs' copies in ``<user cache>/paket``. Both are
opened by :func:`open_sources` (the app's loader thread, the CLI), read-only for the packs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from guide.lab_packs import LoadedPack, load_lab_packs, pack_folders
from guide.resources import user_data_dir

if TYPE_CHECKING:
    from guide.personal import PersonalLibrary

log = logging.getLogger(__name__)

PERSONAL_DIRNAME = "perpustakaan"

OriginKind = Literal["bundled", "personal", "pack"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article comes from: the program ("bundled"), the teacher's own library
    ("personal", shown as "Artikel guru") or a lab pack ("pack", with the pack's title)."""

    kind: OriginKind
    pack_title: str = ""
    file_name: str = ""  # the imported file's name ("" for bundled articles)
    imported_at: str = ""  # ISO UTC ("" for bundled articles)


BUNDLED = Origin("bundled")


@dataclass
class Sources:
    """The open personal library and lab packs (close them with :meth:`close`)."""

    personal: PersonalLibrary | None
    packs: list[tuple[LoadedPack, PersonalLibrary]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line per source that was skipped

    def close(self) -> None:
        """Close every library (a second call does nothing)."""
        for _, library in self.packs:
            library.close()
        if self.personal is not None:
            self.personal.close()
        self.packs, self.personal = [], None


def _reason(exc: Exception) -> str:
    from guide import failures

    return failures.cli_message(failures.classify(exc))


def personal_dir() -> Path:
    """The personal library's folder in the user's data folder."""
    return user_data_dir() / PERSONAL_DIRNAME


def open_personal(folder: Path | None = None) -> PersonalLibrary:
    """The user's personal library (created empty the first time)."""
    from guide.personal import PersonalLibrary

    return PersonalLibrary.open(folder or personal_dir())


def open_sources(configured_packs: str = "", with_packs: bool = True) -> Sources:
    """The personal library and the lab packs (``configured_packs``: the administrator's
    lab folder setting; ``PANDUAN_PACKS_DIR`` wins)."""
    from guide.personal import PersonalLibrary

    sources = Sources(None)
    try:
        sources.personal = open_personal()
    except Exception as exc:  # a newer schema, an unwritable folder, a lock held too long:
        log.exception("Perpustakaan pribadi tidak dapat dibuka")  # run on without it
        sources.problems.append(f"Perpustakaan pribadi tidak dapat dibuka: {_reason(exc)}")
    if not with_packs:
        return sources
    loaded, sources.problems = load_lab_packs(pack_folders(configured_packs))
    for problem in sources.problems:
        log.warning("%s", problem)
    for pack in loaded:
        try:
            sources.packs.append((pack, PersonalLibrary.open(pack.folder)))
        except Exception as exc:  # a damaged copy in the cache: skip it, say so
            log.exception("Salinan paket %s tidak dapat dibuka", pack.folder)
            sources.problems.append(f"Paket «{pack.file.name}» tidak dapat dibuka: {_reason(exc)}")
    return sources
