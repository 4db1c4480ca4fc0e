"""The role-profile commands: ``profile add|remove|list`` (a teacher's own profiles, in the
personal library), ``compare ROLE_A ROLE_B`` (any two roles, bundled or the teacher's) and
``quiz`` (the class quiz "Backend atau Frontend?", guide.quiz).

``profile add FILE.toml`` checks the file as the build checks the bundled profiles (schema,
every quote verbatim in the article it names) against every article the guide has (bundled,
the teacher's, the lab packs'); a quote that is not there is one line naming the claim and the
quote, exit 1, nothing stored. Errors are one line (guide.cli.run_command).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from guide import APP_ID

if TYPE_CHECKING:
    from guide.library import Library

EXIT_OK, EXIT_ERROR = 0, 1


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the commands to the CLI's subparsers."""
    p_profile = sub.add_parser("profile", help="profil peran buatan guru")
    profile_sub = p_profile.add_subparsers(
        dest="profile_command", metavar="PERINTAH", required=True
    )
    p_add = profile_sub.add_parser("add", help="periksa lalu simpan satu profil (.toml)")
    p_add.add_argument("file", type=Path, metavar="BERKAS", help="berkas profil .toml")
    p_remove = profile_sub.add_parser("remove", help="hapus satu profil guru")
    p_remove.add_argument("profile_id", metavar="ID", help="id profil")
    p_list = profile_sub.add_parser("list", help="daftar profil guru")
    p_list.add_argument("--json", action="store_true", help="satu objek JSON per profil")

    p_compare = sub.add_parser("compare", help="bandingkan dua peran, klaim per aspek")
    p_compare.add_argument("left", metavar="PERAN_A", help="id peran pertama")
    p_compare.add_argument("right", metavar="PERAN_B", help="id peran kedua")
    p_compare.add_argument("--json", action="store_true", help="JSON, bukan Markdown")

    p_handout = sub.add_parser("handout", help="satu halaman PDF: profil peran atau perbandingan")
    chosen = p_handout.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--role", metavar="ID", help="id peran")
    chosen.add_argument("--compare", nargs=2, metavar=("PERAN_A", "PERAN_B"), help="dua peran")
    p_handout.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas .pdf")
    p_handout.add_argument("--paper", choices=("a4", "letter"), default="a4", help="ukuran kertas")

    p_quiz = sub.add_parser("quiz", help="kuis kelas «Backend atau Frontend?» dari klaim")
    p_quiz.add_argument("--json", action="store_true", help="satu objek JSON per pertanyaan")
    p_quiz.add_argument("--seed", type=int, default=None, metavar="N", help="urutan acak ini")
    p_quiz.add_argument("--count", type=int, default=10, metavar="N", help="jumlah pertanyaan")


def open_library() -> Library:
    """The bundled data with the personal library and the lab packs."""
    from guide.cli import _data
    from guide.library import Library
    from guide.sources import open_sources

    return Library(_data(), open_sources())


def _fail(message: str) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_profile(args: argparse.Namespace) -> int:
    """Add, remove or list the teacher's profiles."""
    from guide.profiles import ProfileError

    library = open_library()
    try:
        personal = library.sources.personal if library.sources is not None else None
        if personal is None:
            return _fail("perpustakaan pribadi tidak dapat dibuka")
        if args.profile_command == "add":
            try:
                return _add(library, args.file)
            except ProfileError as exc:
                return _fail(str(exc))
        if args.profile_command == "remove":
            if not personal.remove_profile(args.profile_id):
                shown = {t.profile.id: t for t in library.teacher_profiles}.get(args.profile_id)
                if shown is not None and shown.origin == "pack":
                    return _fail(
                        f"Profil «{shown.profile.name}» berasal dari paket lab "
                        f"«{shown.pack_title}» dan hanya dapat dibaca; salin paketnya ke "
                        "perpustakaan Anda dengan 'pack import' untuk mengubahnya."
                    )
                return _fail(f"Tidak ada profil guru bernomor «{args.profile_id}».")
            print(f"dihapus: {args.profile_id}")
            return EXIT_OK
        for teacher in library.teacher_profiles:
            _print_entry(teacher, args.json)
        return EXIT_OK
    finally:
        library.close()


def _add(library: Library, path: Path) -> int:
    from guide.teacher_profiles import checked_for_saving, read_profile_file

    profile, text = read_profile_file(path)
    if any(p.id == profile.id for p in library.bundled_profiles):
        return _fail(
            f"{path.name}: id «{profile.id}» dipakai profil bawaan program; beri profil ini id lain"
        )
    checked_for_saving(profile, library.article_index)  # CitationError: nothing stored
    replaced = library.sources.personal.save_profile(profile.id, profile.name, text)  # type: ignore[union-attr]
    word = "diperbarui" if replaced else "disimpan"
    claims = len(profile.claims())
    print(f"profil {word}: {profile.id} — {profile.name} ({claims} klaim, "
          f"{profile.citation_count()} kutipan)")  # fmt: skip
    return EXIT_OK


def _print_entry(teacher: object, as_json: bool) -> None:
    profile = teacher.profile  # type: ignore[attr-defined]
    broken = teacher.broken  # type: ignore[attr-defined]
    row = {
        "id": profile.id,
        "name": profile.name,
        "origin": teacher.origin,  # type: ignore[attr-defined]
        "claims": len(profile.claims()),
        "citations": profile.citation_count(),
        "broken_citations": len(broken),
        "updated_at": teacher.updated_at,  # type: ignore[attr-defined]
    }
    if as_json:
        print(json.dumps(row, ensure_ascii=False))
        return
    note = f", {len(broken)} kutipan tidak ditemukan lagi" if broken else ""
    counts = f"{row['claims']} klaim, {row['citations']} kutipan{note}"
    pack = teacher.pack_title  # type: ignore[attr-defined]
    where = f"  [paket lab «{pack}», hanya dibaca]" if row["origin"] == "pack" else ""
    print(f"{profile.id}  {profile.name}  ({counts}){where}")


def cmd_compare(args: argparse.Namespace) -> int:
    """The comparison of any two roles, as Markdown or JSON."""
    from guide import export
    from guide.messages import SAME_ROLE, unknown_name

    library = open_library()
    try:
        known = [p.id for p in library.profiles]
        for role in (args.left, args.right):
            if role not in known:
                return _fail(unknown_name("peran", role, known))
        if args.left == args.right:
            return _fail(SAME_ROLE)
        comparison = library.comparison(args.left, args.right)
        by_article = {a.id: a for a in library.articles}
    finally:
        library.close()
    if args.json:
        print(json.dumps(export.comparison_dict(comparison, by_article), ensure_ascii=False))
    else:
        print("\n".join(export.comparison_markdown(comparison, by_article)).rstrip())
    return EXIT_OK


def cmd_quiz(args: argparse.Namespace) -> int:
    """A round of the class quiz: Backend or Frontend? (every answer cited)."""
    from guide.library import BACKEND_ID, FRONTEND_ID
    from guide.quiz import quiz_round

    if args.count < 1:
        return _fail("--count harus paling sedikit 1")
    library = open_library()
    try:
        round_ = quiz_round(library.comparison(BACKEND_ID, FRONTEND_ID), args.seed, args.count)
        names = {p.id: p.name for p in library.profiles}
        labels = library.labels
    finally:
        library.close()
    if len(round_) < args.count:  # said on stderr: --json's lines stay questions only
        print(f"{APP_ID}: hanya {len(round_)} soal tersedia dari klaim kedua peran",
              file=sys.stderr)  # fmt: skip
    for n, question in enumerate(round_, start=1):
        if args.json:
            print(json.dumps(question.as_json(), ensure_ascii=False))
            continue
        source = labels.get(question.article, question.article)
        print(f"{n}. {question.shown}")  # the answer's names blanked, as in the app
        print(f"   Jawaban: {names.get(question.answer, question.answer)} — [{source}] "
              f"“{question.quote}”")  # fmt: skip
    return EXIT_OK


def cmd_handout(_args: argparse.Namespace) -> int:
    """Laid out by Qt (ui.handout_pdf): ``panduan-karier handout``, not ``python -m guide``."""
    return _fail("handout dibuat dengan perintah 'panduan-karier handout' (atau python -m ui)")


COMMANDS = {
    "profile": cmd_profile,
    "compare": cmd_compare,
    "quiz": cmd_quiz,
    "handout": cmd_handout,
}
