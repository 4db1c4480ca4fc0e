"""The teacher-library commands: ``import``, ``library`` (``remove``), ``pack export|import``.

Every command works on the user's own folders (personal library in the user data folder,
packs' copies in the user cache; ``PANDUAN_DATA_DIR`` / ``PANDUAN_CACHE_DIR`` move them) and
reads lab packs from ``PANDUAN_PACKS_DIR``. Errors are one line (guide.cli.run_command).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.teacher_library import ImportRow

EXIT_OK, EXIT_REFUSED = 0, 1
ORIGIN_NAMES = {"bundled": "bawaan", "personal": "Artikel guru", "pack": "paket"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the commands to the CLI's subparsers."""
    p_import = sub.add_parser("import", help="impor artikel guru (.txt .md .html .pdf .docx)")
    p_import.add_argument("paths", nargs="+", type=Path, metavar="BERKAS", help="berkas artikel")
    p_import.add_argument("--json", action="store_true", help="satu objek JSON per berkas")

    p_library = sub.add_parser("library", help="daftar artikel guru di perpustakaan pribadi")
    p_library.add_argument("--json", action="store_true", help="satu objek JSON per artikel")
    library_sub = p_library.add_subparsers(dest="library_command", metavar="PERINTAH")
    p_remove = library_sub.add_parser("remove", help="hapus satu artikel guru")
    p_remove.add_argument("article_id", metavar="ID", help="nomor artikel (guru-…)")

    p_pack = sub.add_parser("pack", help="paket artikel untuk seluruh lab")
    pack_sub = p_pack.add_subparsers(dest="pack_command", metavar="PERINTAH", required=True)
    p_export = pack_sub.add_parser("export", help="tulis perpustakaan pribadi sebagai paket")
    p_export.add_argument("out", type=Path, metavar="KELUARAN", help="berkas .pkpack")
    p_export.add_argument("--ids", nargs="+", metavar="ID", help="hanya artikel ini")
    p_export.add_argument("--title", default="", metavar="JUDUL", help="judul paket")
    p_pack_import = pack_sub.add_parser("import", help="salin artikel paket ke perpustakaan")
    p_pack_import.add_argument("file", type=Path, metavar="BERKAS", help="berkas .pkpack")


def cmd_import(args: argparse.Namespace) -> int:
    """Import files into the personal library; exit 1 when any was refused."""
    from guide.importing import prewarm
    from guide.importing.sandbox import kind_of
    from guide.sources import open_personal
    from guide.teacher_library import import_path

    paths: list[Path] = list(args.paths)
    if paths and (kind := kind_of(paths[0])) is not None:
        prewarm([kind])  # the first file's worker loads its parser while the library opens
    library = open_personal()
    refused = False
    try:
        for path, then in zip(paths, [*paths[1:], None], strict=True):
            row = import_path(library, path, then)
            refused |= row.status == "rejected"
            _print_row(row, args.json)
        library.tidy()  # the printed articles are searchable already; this keeps searches fast
    finally:
        library.close()
    return EXIT_REFUSED if refused else EXIT_OK


def _print_row(row: ImportRow, as_json: bool) -> None:
    if as_json:
        print(json.dumps(row.as_json(), ensure_ascii=False), flush=True)
    elif row.status == "rejected":
        print(f"ditolak: {row.reason}", flush=True)
    else:
        word = "diimpor" if row.status == "imported" else "tidak berubah"
        print(f"{word}: {row.file} — {row.title} ({row.article_id})", flush=True)


def _profiles_citing(library, article_id: str) -> list[tuple[str, int]]:
    """The teacher's profiles that cite ``article_id``, with how many citations."""
    from guide.profiles import ProfileError
    from guide.teacher_profiles import parse_toml

    found = []
    for row in library.profile_rows():
        try:
            profile = parse_toml(row.toml, row.id)
        except ProfileError:
            continue  # a damaged profile is reported where profiles are listed
        count = profile.citations_of(article_id)
        if count:
            found.append((row.id, count))
    return found


def cmd_library(args: argparse.Namespace) -> int:
    """List the personal library, or remove one article from it."""
    from guide.sources import open_personal
    from guide.teacher_library import NotInLibrary

    library = open_personal()
    try:
        if args.library_command == "remove":
            citing = _profiles_citing(library, args.article_id)
            if not library.remove(args.article_id):
                raise NotInLibrary(f"Tidak ada artikel guru bernomor «{args.article_id}».")
            print(f"dihapus: {args.article_id}", flush=True)
            for profile_id, count in citing:  # kept, its citations now broken: said
                print(f"peringatan: profil {profile_id} mengutip artikel ini; {count} kutipan "
                      "kini tidak ditemukan (lihat 'profile list')", file=sys.stderr)  # fmt: skip
            library.tidy()  # its words leave the index (spelling corrections)
            return EXIT_OK
        for entry in library.entries():
            row = {
                "id": entry.id,
                "title": entry.title,
                "origin": "personal",
                "file": entry.file,
                "imported_at": entry.imported_at,
            }
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(f"{entry.id}  {entry.title}  ({entry.file}, {entry.imported_at})")
    finally:
        library.close()
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    """Export the personal library as a pack, or copy a pack's articles into it."""
    from guide.sources import open_personal
    from guide.teacher_library import export_library_pack, import_pack

    library = open_personal()
    try:
        if args.pack_command == "import":
            copied: list = []
            for row in import_pack(library, args.file, copied):
                _print_row(row, as_json=False)
            for profile in copied:  # the pack read once
                print(f"profil disalin: {profile.id} — {profile.name}")
            library.tidy()
            return EXIT_OK
        out, count = export_library_pack(
            library, args.out, args.ids or (), args.title, bundled_ids=_bundled_ids()
        )
        print(f"paket ditulis: {out} ({count} artikel)")
        return EXIT_OK
    finally:
        library.close()


def _bundled_ids() -> list[str]:
    """The program's own article ids (a pack's profile may cite them)."""
    from guide.cli import _data
    from guide.store import Store

    location = _data()
    store = Store(location.db_path, immutable=location.bundled)
    try:
        return [a.id for a in store.articles()]
    finally:
        store.close()


COMMANDS = {"import": cmd_import, "library": cmd_library, "pack": cmd_pack}
