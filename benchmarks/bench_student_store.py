"""The student's store (guide.student) under kill -9 and a full disk while it saves.

Part 1 — kills. A child process opens a store and saves again and again: a step's state, a new
bookmark, a bookmark's note, a self-check answer, a bookmark removed (each one transaction),
printing ``begin <op>`` before and ``ack <op>`` after each save returns. The parent kills it
with SIGKILL at a random moment, then opens the store as the next start would and checks that
every acknowledged save is there (the one in flight may or may not be). Repeated ``--kills``
times (200) on the same store.

Part 2 — full disk (needs root to mount a 2 MB tmpfs; skipped otherwise). ``--disks`` times
(50): a store on the tmpfs gets some saves, a filler file takes the rest of the space, saves go
on until one is refused; then the filler goes, the store opens, and every acknowledged save is
there.

Prints saves acknowledged, saves lost (must be 0), stores that failed to open (must be 0).
Run: ``uv run python benchmarks/bench_student_store.py [--kills 200] [--disks 50] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

ROLE = "backend-developer"
STEPS = [f"langkah-{n}" for n in range(12)]
STATES = ("belum", "sedang", "selesai")


def random_op(rng: random.Random, titles: list[str], serial: int) -> dict:
    """One save to make, as data both sides can replay."""
    kind = rng.choice(["state", "state", "bookmark", "note", "answer", "remove"])
    if kind in ("note", "remove") and not titles:
        kind = "bookmark"
    if kind == "state":
        return {"op": "state", "step": rng.choice(STEPS), "state": rng.choice(STATES)}
    if kind == "bookmark":
        return {
            "op": "bookmark",
            "title": f"simpanan-{serial}",
            "words": "x" * rng.randint(10, 4000),
        }
    if kind == "note":
        return {"op": "note", "title": rng.choice(titles), "note": f"catatan {serial}"}
    if kind == "answer":
        return {
            "op": "answer",
            "statement": f"p-{rng.randint(0, 10)}",
            "answer": rng.choice(["ya", "sebagian", "belum"]),
        }
    return {"op": "remove", "title": rng.choice(titles)}


def apply(store, op: dict) -> None:
    """Make the save ``op`` in ``store``."""
    from guide.student import Bookmark

    by_title = {b.title: b.id for b in store.bookmarks()}
    if op["op"] == "state":
        store.set_states(ROLE, {op["step"]: op["state"]})
    elif op["op"] == "bookmark":
        serial = int(op["title"].rsplit("-", 1)[1])  # a place of its own: not a duplicate
        store.add_bookmark(Bookmark("passage", op["title"], op["words"], "001", serial, 5))
    elif op["op"] == "note":
        store.set_note(by_title[op["title"]], op["note"])
    elif op["op"] == "answer":
        store.set_answers({op["statement"]: op["answer"]})
    else:
        store.remove_bookmark(by_title[op["title"]])


def model_apply(model: dict, op: dict) -> None:
    """What ``op`` does to the expected contents."""
    if op["op"] == "state":
        model["states"][op["step"]] = op["state"]
    elif op["op"] == "bookmark":
        model["bookmarks"][op["title"]] = ""
    elif op["op"] == "note":
        model["bookmarks"][op["title"]] = op["note"]
    elif op["op"] == "answer":
        model["answers"][op["statement"]] = op["answer"]
    else:
        del model["bookmarks"][op["title"]]


def empty_model() -> dict:
    return {"states": {}, "bookmarks": {}, "answers": {}}


def contents(path: Path) -> tuple[dict | None, str]:
    """The store as the next start sees it (None and why when it does not open cleanly)."""
    from guide.student import StudentStore

    try:
        store = StudentStore(path)
    except Exception as exc:
        return None, f"open: {exc}"
    try:
        if store.notice:
            return None, f"moved aside: {store.notice}"
        return {
            "states": store.states(ROLE),
            "bookmarks": {b.title: b.note for b in store.bookmarks()},
            "answers": store.answers(),
        }, ""
    finally:
        store.close()


def child_main(path: Path, seed: int, serial: int) -> None:
    """Save until killed: ``begin``/``ack`` lines around each save."""
    from guide.student import StudentStore

    rng = random.Random(seed)
    store = StudentStore(path)
    print("ready", flush=True)
    while True:
        titles = [b.title for b in store.bookmarks()]
        op = random_op(rng, titles, serial)
        serial += 1
        line = json.dumps(op)
        print(f"begin {line}", flush=True)
        apply(store, op)
        print(f"ack {line}", flush=True)


def kill_run(kills: int, seed: int = 16) -> dict:
    """``kills`` children killed at random moments; every acknowledged save checked."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-student-kill-"))
    path = folder / "siswa.sqlite"
    model = empty_model()
    report = {
        "kills": 0,
        "acknowledged": 0,
        "lost": 0,
        "failed_to_open": 0,
        "in_flight_kept": 0,
        "problems": [],
    }
    serial = 0
    try:
        for n in range(kills):
            child = subprocess.Popen(
                [
                    sys.executable,
                    str(HERE),
                    "--child",
                    str(path),
                    str(seed * 1000 + n),
                    str(serial),
                ],
                stdout=subprocess.PIPE,
                text=True,
                cwd=REPO,
            )
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
            acked = [json.loads(x[4:]) for x in out.splitlines() if x.startswith("ack ")]
            begun = [json.loads(x[6:]) for x in out.splitlines() if x.startswith("begin ")]
            serial += len(begun) + 1
            for op in acked:
                model_apply(model, op)
            report["kills"] += 1
            report["acknowledged"] += len(acked)
            found, problem = contents(path)
            if found is None:
                report["failed_to_open"] += 1
                report["problems"].append(problem)
                break
            if found == model:
                continue
            if len(begun) > len(acked):  # the save in flight may have committed
                with_it = json.loads(json.dumps(model))
                model_apply(with_it, begun[-1])
                if found == with_it:
                    model = with_it
                    report["in_flight_kept"] += 1
                    continue
            report["lost"] += 1
            report["problems"].append(f"kill {n}: store differs from the acknowledged saves")
            model = found  # go on from what is there
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report


def fill(filler: Path) -> None:
    """Write ``filler`` until the disk is full."""
    try:
        with open(filler, "wb") as f:
            while True:
                f.write(b"\0" * 16384)
                f.flush()
    except OSError:
        pass


def full_disk_run(runs: int, seed: int = 61) -> dict:
    """Saves on a full 2 MB tmpfs: refused, never losing what was acknowledged."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return {"skipped": "needs root to mount a tmpfs"}
    from guide.student import StudentStore, StudentStoreError

    mount = Path(tempfile.mkdtemp(prefix="bench-student-disk-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)]).returncode:
        return {"skipped": "mount failed"}
    rng = random.Random(seed)
    report = {
        "runs": 0,
        "acknowledged": 0,
        "refused": 0,
        "lost": 0,
        "failed_to_open": 0,
        "errors": set(),
    }
    try:
        for run in range(runs):
            path = mount / f"siswa-{run}.sqlite"
            store = StudentStore(path)
            model = empty_model()
            serial = 0
            for _ in range(5):  # saved before the disk fills
                op = random_op(rng, list(model["bookmarks"]), serial)
                serial += 1
                apply(store, op)
                model_apply(model, op)
                report["acknowledged"] += 1
            filler = mount / "pengisi"
            fill(filler)
            for _ in range(200):  # until a save is refused
                op = random_op(rng, list(model["bookmarks"]), serial)
                if op["op"] == "bookmark":
                    op["words"] = "y" * 60_000
                serial += 1
                try:
                    apply(store, op)
                except StudentStoreError as exc:
                    report["refused"] += 1
                    report["errors"].add(str(exc))
                    break
                model_apply(model, op)
                report["acknowledged"] += 1
            store.close()
            filler.unlink()
            found, problem = contents(path)
            report["runs"] += 1
            if found is None:
                report["failed_to_open"] += 1
                report["errors"].add(problem)
            elif found != model:
                report["lost"] += 1
            for side in mount.glob(f"siswa-{run}.sqlite*"):
                side.unlink()
    finally:
        subprocess.run(["umount", str(mount)])
        shutil.rmtree(mount, ignore_errors=True)
    report["errors"] = sorted(report["errors"])
    return report


def main() -> None:
    """Measure and print."""
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child_main(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--disks", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    figures = {"kill": kill_run(args.kills), "full_disk": full_disk_run(args.disks)}
    figures["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(figures, indent=1, ensure_ascii=False))
        return
    kill = figures["kill"]
    print("kill -9 while the student's store saves")
    for key in ("kills", "acknowledged", "lost", "failed_to_open", "in_flight_kept"):
        print(f"  {key:28} {kill[key]}")
    print(f"  {'problems':28} {kill['problems'] or 'none'}")
    print("\nfull disk (2 MB tmpfs)")
    for key, value in figures["full_disk"].items():
        print(f"  {key:28} {value}")
    print(f"\n{figures['seconds']} s")


if __name__ == "__main__":
    main()
