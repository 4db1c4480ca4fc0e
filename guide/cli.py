"""The `panduan-karier` commands: build, search, complete and export from a terminal.

The program's entry point is :func:`ui.entry.main` (it also starts the app and the
self-test); ``python -m guide`` runs these commands without Qt. Errors print one Indonesian
line to stderr and exit non-zero; no traceback reaches the user (it goes to the log file).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from guide import APP_ID, __version__, cli_library, cli_profiles, cli_student, resources

if TYPE_CHECKING:
    from guide.search import Hit, SearchResult

# The commands import the core (Whoosh, sqlite-utils, …) inside their functions: with no
# command the app starts, and its window must not wait ~0.2 s for imports it does not need.

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports it


# argparse's own English messages, in Indonesian (its error() gets them already filled in).
_ARGPARSE_MESSAGES = (
    ("the following arguments are required: ", "argumen ini wajib diisi: "),
    ("unrecognized arguments: ", "argumen tidak dikenal: "),
    ("invalid choice: ", "pilihan tidak dikenal: "),
    ("(choose from ", "(pilih dari "),
    ("expected one argument", "memerlukan satu nilai"),
    ("expected at least one argument", "memerlukan paling sedikit satu nilai"),
    ("expected at most one argument", "memerlukan paling banyak satu nilai"),
    ("one of the arguments ", "salah satu dari "),
    (" is required", " wajib diisi"),
    ("not allowed with argument ", "tidak boleh bersama "),
    ("ambiguous option: ", "pilihan ambigu: "),
    (" could match ", " bisa berarti "),
    ("ignored explicit argument ", "nilai diabaikan: "),
    ("argument ", "argumen "),
    ("invalid int value: ", "bukan bilangan bulat: "),
    ("invalid float value: ", "bukan bilangan: "),
    ("invalid ", "tidak sah: "),
    (" value: ", " "),
)
# argparse's "expected 2 arguments" (nargs=2), and any other count.
_EXPECTED_N = re.compile(r"expected (\d+) arguments?")


class _Formatter(argparse.HelpFormatter):
    """--help in Indonesian: "cara pakai:" instead of "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "cara pakai: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Indonesian that reports bad arguments in one line, with exit code 2."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "pilihan"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, indonesian in _ARGPARSE_MESSAGES:
            message = message.replace(english, indonesian)
        message = _EXPECTED_N.sub(r"memerlukan \1 nilai", message)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (lihat --help)\n")


def make_parser() -> argparse.ArgumentParser:
    """The command-line interface; every command is documented in the README."""
    parser = _Parser(
        prog=APP_ID,
        description="Panduan Karier: panduan karier luring (Backend Engineer/Developer). "
        "Tanpa perintah, aplikasi desktop dibuka.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="tampilkan versi program lalu keluar",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="periksa data bawaan (tanpa mengubahnya), pencarian dan semua tampilan; "
        "keluar 0 bila lulus",
    )
    sub = parser.add_subparsers(
        dest="command", parser_class=_Parser, title="perintah", metavar="PERINTAH"
    )

    p_build = sub.add_parser("build", help="bangun basis data dan indeks dari seeds/")
    p_build.add_argument("--force", action="store_true", help="bangun ulang walau sudah terbaru")
    p_build.add_argument(
        "--seeds", type=Path, metavar="FOLDER", help="folder seeds (bawaan: seeds/ program)"
    )
    p_build.add_argument(
        "--out", type=Path, metavar="FOLDER", help="folder hasil (bawaan: resources/data)"
    )

    p_search = sub.add_parser("search", help="cari di artikel")
    p_search.add_argument("query", metavar="KATA", help="kata yang dicari")
    p_search.add_argument(
        "--limit", type=_positive_int, default=10, metavar="N", help="jumlah hasil (10)"
    )
    p_search.add_argument("--json", action="store_true", help="satu objek JSON per hasil")

    p_export = sub.add_parser(
        "export", help="ekspor semua profil dan perbandingan backend/frontend dengan kutipannya"
    )
    p_export.add_argument("--json", action="store_true", help="JSON, bukan Markdown")
    p_export.add_argument(
        "--role", metavar="PERAN", help="hanya profil ini (misalnya backend-developer)"
    )

    p_suggest = sub.add_parser("suggest", help="lengkapi kata yang sedang diketik")
    p_suggest.add_argument("prefix", metavar="AWALAN", help="awal kata")
    p_suggest.add_argument(
        "--limit", type=_positive_int, default=8, metavar="N", help="jumlah saran (8)"
    )
    cli_library.add_parsers(sub)
    cli_profiles.add_parsers(sub)
    cli_student.add_parsers(sub)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat: {value!r}") from None
    if not 1 <= number <= 200:
        raise argparse.ArgumentTypeError(f"harus antara 1 dan 200: {value}")
    return number


def _default_out_dir() -> Path:
    """Source checkout: resources/data. Frozen program: the user's cache (never beside it)."""
    if getattr(sys, "frozen", False):
        from guide import datadir

        return datadir.cache_data_dir()
    return resources.bundled_data_dir()


def build_out_dir(args: argparse.Namespace) -> Path:
    """Where ``build`` writes: ``--out``, else the default for this program."""
    return args.out or _default_out_dir()


def cmd_build(args: argparse.Namespace) -> int:
    """Build the data and say what was built and how long it took."""
    seeds = args.seeds or resources.seeds_dir()
    out = build_out_dir(args)
    from guide import build

    # A bundle (resources/data, or --out) is read by every account of the PC: shared modes.
    report = build.build(seeds, out, force=args.force, shared=True)
    if report.built:
        print(
            f"Dibangun: {report.articles} artikel, {report.sections} bagian → {report.out_dir} "
            f"({report.seconds:.2f} s)"
        )
    else:
        print(f"Sudah terbaru: {report.out_dir} (pakai --force untuk membangun ulang)")
    return EXIT_OK


def _data():
    """The data the commands read: found, or built into the user's cache (said on stderr)."""
    from guide import datadir

    return datadir.ensure_data(
        on_build=lambda: print("Membangun data pertama kali…", file=sys.stderr)
    )


def _hit_json(hit: Hit, result: SearchResult) -> dict:
    row = {
        "article": hit.article_id,
        "article_title": hit.article_title,
        "section": hit.section_id,
        "heading": hit.heading,
        "snippet": hit.snippet.text,
        "snippet_spans": [list(span) for span in hit.snippet.spans],
        "score": round(hit.score, 4),
        "text": hit.text,
        "matches": [list(span) for span in hit.matches],
        "complete": hit.complete,
    }
    if result.corrected_query:
        row["corrected_query"] = result.corrected_query
    if result.suggestion:
        row["suggestion"] = result.suggestion
    return row


def _marked(text: str, spans: Sequence[tuple[int, int]], tty: bool) -> str:
    start_mark, end_mark = ("\033[1m", "\033[0m") if tty else ("[", "]")
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], start_mark, text[start:end], end_mark]
        last = end
    out.append(text[last:])
    return "".join(out).replace("\n", " ")


def cmd_search(args: argparse.Namespace) -> int:
    """Search and print the hits, as text or as JSON lines."""
    from guide.library import Library
    from guide.sources import open_sources

    library = Library(_data(), open_sources())
    try:
        result = library.search(args.query, limit=args.limit)
        origins = {h.article_id: library.origin(h.article_id) for h in result.hits}
    finally:
        library.close()
    if args.json:
        for hit in result.hits:
            row = _hit_json(hit, result) | {"origin": origins[hit.article_id].kind}
            print(json.dumps(row, ensure_ascii=False))
        return EXIT_OK
    tty = sys.stdout.isatty()
    if result.corrected_query:
        print(
            f"Menampilkan hasil untuk «{result.corrected_query}» "
            f"(tidak ada bagian yang memuat semua kata «{result.query}»)."
        )
    elif result.suggestion:
        print(f"Maksud Anda: «{result.suggestion}»?")
    if not result.hits:
        print(f"Tidak ada hasil untuk «{result.query}».")
        return EXIT_OK
    for n, hit in enumerate(result.hits, 1):
        heading = hit.heading or "(pembuka)"
        partial = "" if hit.complete else ", memuat sebagian kata"
        kind = origins[hit.article_id].kind
        source = hit.article_id
        if kind != "bundled":
            source = f"{cli_library.ORIGIN_NAMES[kind]}: {hit.article_id}"
        print(f"{n}. [{source}] {hit.article_title} — {heading}  (skor {hit.score:.2f}{partial})")
        print(f"   {_marked(hit.snippet.text, hit.snippet.spans, tty)}")
    return EXIT_OK


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print completions, one per line: words of the bundled articles, the personal library
    and the lab packs, as the search box completes them."""
    from guide.library import Library
    from guide.sources import open_sources

    library = Library(_data(), open_sources())
    try:
        completions = library.suggest(args.prefix, limit=args.limit)
    finally:
        library.close()
    for completion in completions:
        print(completion)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Print every profile (the program's and the teacher's) or one, and the backend/frontend
    comparison, with all citations."""
    from guide import export
    from guide.compare import compare

    library = cli_profiles.open_library()
    try:
        profiles = list(library.profiles)
        articles = list(library.articles)
        aspects = list(library.aspects)
        facts = library.facts
    finally:
        library.close()
    by_id = {p.id: p for p in profiles}
    if args.role is not None and args.role not in by_id:
        from guide.messages import unknown_name

        print(f"{APP_ID}: {unknown_name('peran', args.role, by_id)}", file=sys.stderr)
        return EXIT_ERROR
    chosen = [by_id[args.role]] if args.role else profiles
    left, right = (by_id.get(i) for i in export.DEFAULT_COMPARISON)
    comparison = compare(left, right, aspects) if left and right and not args.role else None
    by_article = {a.id: a for a in articles}
    if args.json:
        data = {
            "profiles": [export.profile_dict(p, by_article) for p in chosen],
            "comparison": export.comparison_dict(comparison, by_article) if comparison else None,
            "articles": [export.article_dict(a) for a in articles],
            "facts": export.facts_dict(facts),
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return EXIT_OK
    lines = ["# Panduan Karier — profil peran", ""]
    for profile in chosen:
        lines += export.profile_markdown(profile, by_article)
    if comparison:
        lines += export.comparison_markdown(comparison, by_article)
    lines += export.articles_markdown(articles)
    print("\n".join(lines).rstrip())
    return EXIT_OK


COMMANDS = {
    "build": cmd_build,
    "search": cmd_search,
    "suggest": cmd_suggest,
    "export": cmd_export,
    **cli_library.COMMANDS,
    **cli_profiles.COMMANDS,
    **cli_student.COMMANDS,
}


def safe_output() -> None:
    """Make every print survive a console or file that is not UTF-8 (Windows ``> log.txt``
    is cp1252): characters it cannot hold become "?" instead of an exception."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # a closed or detached stream: nothing to protect
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit meets no closed pipe."""
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def run_command(args: argparse.Namespace, command: Callable | None = None) -> int:
    """Run a parsed command (``command``, else the one it names); any error ends in one line
    on stderr (its traceback in the log file) and exit code 1."""
    try:
        return (command or COMMANDS[args.command])(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `… | head`: the reader left; say nothing more
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        from guide import failures, logs

        failure = failures.classify(exc)
        log_file = ""
        if failure.kind == failures.UNEXPECTED:
            logs.log_exception(exc, f"command {args.command}")
            log_file = str(logs.log_path())
        print(f"{APP_ID}: {failures.cli_message(failure, log_file)}", file=sys.stderr)
        return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m guide``: the commands only (the app and its self-test need Qt:
    ``panduan-karier``, see :mod:`ui.entry`)."""
    safe_output()
    args = make_parser().parse_args(argv)
    if args.self_test or args.command is None:
        print(
            f"{APP_ID}: aplikasi desktop dan --self-test dijalankan dengan perintah "
            f"'{APP_ID}' (atau python -m ui)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_command(args)
