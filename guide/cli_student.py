"""The student's commands: ``path --role ID`` (the learning path and the current user's
progress; ``--done STEP…`` / ``--state STEP belum|sedang|selesai`` save it) and ``plan``
(the one-page personal plan PDF, laid out by Qt: ``panduan-karier plan``, ui.plan_pdf).

Errors are one line, exit 1 (guide.cli.run_command); an unknown step saves nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guide.cli_profiles import EXIT_OK, _fail, open_library
from guide.learning import DONE, STATES


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``path`` and ``plan`` to the CLI's subparsers."""
    p_path = sub.add_parser("path", help="jalur belajar sebuah peran dan kemajuanmu")
    p_path.add_argument("--role", required=True, metavar="ID", help="id peran")
    p_path.add_argument("--json", action="store_true", help="keluaran JSON")
    p_path.add_argument(
        "--done", nargs="+", default=[], metavar="LANGKAH", help="tandai langkah selesai"
    )
    p_path.add_argument(
        "--state",
        nargs=2,
        action="append",
        default=[],
        metavar=("LANGKAH", "KEADAAN"),
        help=f"ubah keadaan langkah ({'|'.join(STATES)})",
    )
    p_plan = sub.add_parser("plan", help="rencana belajarku: satu halaman PDF")
    p_plan.add_argument("--role", required=True, metavar="ID", help="id peran")
    p_plan.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas .pdf")


def cmd_path(args: argparse.Namespace) -> int:
    """Show (and with --done/--state first save) the learning path of ``--role``."""
    from guide.messages import unknown_name
    from guide.student import open_student_store

    library = open_library()
    try:
        path, name = role_path(library, args.role)
    finally:
        library.close()
    changes = {step: DONE for step in args.done}
    for step, state in args.state:
        if state not in STATES:
            return _fail(f"keadaan tidak dikenal: {state} (pilih {', '.join(STATES)})")
        changes[step] = state
    ids = [s.id for s in path.steps]
    unknown = [step for step in changes if step not in ids]
    if unknown:
        return _fail(unknown_name("langkah", unknown[0], ids))
    store = open_student_store()
    try:
        if store.notice:
            print(store.notice, file=sys.stderr)
        if changes:
            store.set_states(path.role, changes)
        states = store.states(path.role)
    finally:
        store.close()
    if args.json:
        print(json.dumps(path_json(path, states), ensure_ascii=False))
        return EXIT_OK
    done = sum(states.get(s.id) == DONE for s in path.steps)
    print(f"Jalur belajar {name}: {done} dari {len(path.steps)} langkah selesai")
    for n, step in enumerate(path.steps, start=1):
        state = states.get(step.id, STATES[0])
        tick = {"selesai": "x", "sedang": "~"}.get(state, " ")
        print(f"{n}. [{tick}] {step.title}  ({step.id}: {state})")
    return EXIT_OK


def role_path(library, role: str):
    """``role``'s learning path and the role's name; KnownError (one line) for an unknown
    role or one the articles give no path."""
    from guide.failures import KnownError
    from guide.messages import unknown_name

    profile = library.profile(role)
    if profile is None:
        raise KnownError(unknown_name("peran", role, (p.id for p in library.profiles)))
    path = library.learning_path(role)
    if path is None:
        raise KnownError(f"artikel sumber belum cukup untuk jalur belajar {profile.name}")
    return path, profile.name


def path_json(path, states: dict[str, str]) -> dict:
    """The path as ``path --json`` prints it: ``steps`` with their state and citations."""
    steps = []
    for step in path.steps:
        state = states.get(step.id, STATES[0])
        steps.append(
            {
                "id": step.id,
                "title": step.title,
                "state": state,
                "done": state == DONE,
                "citations": [{"article": c.article_id, "quote": c.quote} for c in step.citations],
            }
        )
    return {"role": path.role, "steps": steps}


def cmd_plan(_args: argparse.Namespace) -> int:
    """Laid out by Qt (ui.plan_pdf): ``panduan-karier plan``, not ``python -m guide``."""
    return _fail("rencana dibuat dengan perintah 'panduan-karier plan' (atau python -m ui)")


COMMANDS = {"path": cmd_path, "plan": cmd_plan}
