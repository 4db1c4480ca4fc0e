"""The program's entry point (the composition root): the app, its self-test, the commands.

``panduan-karier`` and ``python -m ui`` come here. The commands themselves live in
:mod:`guide.cli` (no Qt); this module adds what needs Qt: the window, the view checks of
``--self-test``, and compiling the interface translations after ``build``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from guide import APP_ID, cli

TRANSLATIONS_DIRNAME = "translations"  # beside the data folder: resources/translations


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `panduan-karier` console script and `python -m ui`."""
    if (sys.argv[1:] if argv is None else list(argv))[:1] == ["--import-worker"]:
        # The frozen app's import worker (guide.importing.sandbox starts it): no Qt, no CLI.
        from guide.importing.worker import main as import_worker

        return import_worker()
    cli.safe_output()
    args = cli.make_parser().parse_args(argv)
    if args.self_test:
        from ui.selftest import self_test

        return self_test()
    if args.command is None:
        from ui.app import run

        return run()
    if args.command in ("handout", "plan"):  # laid out by Qt: commands guide/ cannot run
        from ui.handout_pdf import cmd_handout
        from ui.plan_pdf import cmd_plan

        command = cmd_handout if args.command == "handout" else cmd_plan
        return cli.run_command(args, command)  # any error: one line, exit 1
    code = cli.run_command(args)
    if code != cli.EXIT_OK or args.command != "build" or getattr(sys, "frozen", False):
        return code  # the packaged program ships its .qm files; it has no lrelease
    return build_translations(cli.build_out_dir(args).parent / TRANSLATIONS_DIRNAME)


def build_translations(out_dir: Path) -> int:
    """Compile the interface translations (.ts → .qm) into ``out_dir``, the folder beside
    the data one (resources/translations by default). Without pyside6-lrelease: a warning,
    and the app compiles them into the user's cache when it starts."""
    from ui import i18n

    try:
        compiled = i18n.compile_translations(out_dir)
    except i18n.TranslationToolMissing as exc:
        print(f"Peringatan: terjemahan tidak dikompilasi: {exc}", file=sys.stderr)
        return cli.EXIT_OK
    except i18n.TranslationError as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return cli.EXIT_ERROR
    except OSError as exc:  # a full or read-only disk: said in Indonesian, not raw OS text
        from guide import failures

        message = failures.cli_message(failures.classify(exc))
        print(f"{APP_ID}: terjemahan tidak dikompilasi: {message}", file=sys.stderr)
        return cli.EXIT_ERROR
    print(f"Terjemahan: {len(compiled)} berkas .qm")
    return cli.EXIT_OK
