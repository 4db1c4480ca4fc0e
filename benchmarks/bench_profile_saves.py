"""A teacher's role profile under kill -9 and a full disk while it is being saved.

Part 1 — kills. A child process opens a personal library and saves one profile again and
again (``PersonalLibrary.save_profile``: one SQLite transaction in WAL mode), each version a
~40 kB TOML text holding its version number, printing ``begin N`` / ``done N``. The parent
kills it with SIGKILL at a random moment, then opens the library itself and checks: it opens;
SQLite's integrity check passes; the stored TOML parses; its version is the last finished one
or the one in flight (never a mix, never older). Prints kills, opens OK, whole profiles, and
how many kills kept the previous version.

Part 2 — full disk (needs root to mount a 2 MB tmpfs; skipped otherwise). The library lives on
the tmpfs; a profile is saved; a filler file takes the rest of the space; saving a bigger
version fails; then the library opens and the previous version is there, whole. The command
line's ``profile add`` on that disk ends in one line, exit 1.

Run: ``uv run python benchmarks/bench_profile_saves.py [--kills 100] [--json]`` (about a
minute).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

PROFILE_ID = "ahli-gizi"


def profile_text(version: int, claims: int = 120) -> str:
    """A profile's TOML (~40 kB with 120 claims) that says its version."""
    lines = [
        f'id = "{PROFILE_ID}"',
        'name = "Ahli Gizi"',
        f"version_note = {version}",
        'summary = "Membantu orang mengatur pola makan."',
        "",
        "[[sections]]",
        'id = "ringkasan"',
    ]
    for n in range(claims):
        lines += [
            "",
            "[[sections.claims]]",
            f'id = "klaim-{n}"',
            f'text = "Versi {version}, klaim {n}: ahli gizi menyusun menu sehat untuk pasien."',
            f'citations = [{{ article = "001", quote = "versi {version} kutipan {n}" }}]',
        ]
    return "\n".join(lines) + "\n"


def child_main(folder: Path, start: int) -> None:
    """Save versions start, start+1, … until killed."""
    from guide.personal import PersonalLibrary

    library = PersonalLibrary.open(folder)
    print("ready", flush=True)
    for version in range(start, start + 100_000):
        print(f"begin {version}", flush=True)
        library.save_profile(PROFILE_ID, "Ahli Gizi", profile_text(version))
        print(f"done {version}", flush=True)


def stored_version(folder: Path) -> tuple[bool, int | None, str]:
    """(opened and whole, the stored version, a problem) — as the next start sees it."""
    from guide.personal import PersonalLibrary
    from guide.personal_schema import DB_FILENAME

    try:
        library = PersonalLibrary.open(folder)
    except Exception as exc:
        return False, None, f"open: {exc}"
    try:
        rows = library.profile_rows()
    finally:
        library.close()
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if check != "ok":
        return False, None, f"integrity: {check}"
    if not rows:
        return True, None, ""
    try:
        data = tomllib.loads(rows[0].toml)
    except tomllib.TOMLDecodeError as exc:
        return False, None, f"toml: {exc}"
    version = data.get("version_note")
    whole = len(data["sections"][0]["claims"]) == 120 and all(
        c["text"].startswith(f"Versi {version},") for c in data["sections"][0]["claims"]
    )
    return whole, version, "" if whole else "a mixed or cut profile"


def kill_run(kills: int, seed: int = 14) -> dict:
    """``kills`` children killed at random moments; what the next open found."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-profile-kill-"))
    report = {"kills": 0, "opens_whole": 0, "exact": 0, "kept_previous": 0, "problems": []}
    finished = None  # the last version a child finished
    next_version = 1
    try:
        for _ in range(kills):
            child = subprocess.Popen(
                [sys.executable, str(HERE), "--child", str(folder), str(next_version)],
                stdout=subprocess.PIPE,
                text=True,
                cwd=REPO,
            )
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
            begun = [int(x.split()[1]) for x in out.splitlines() if x.startswith("begin")]
            done = [int(x.split()[1]) for x in out.splitlines() if x.startswith("done")]
            if done:
                finished = done[-1]
            in_flight = begun[-1] if begun and (not done or begun[-1] != done[-1]) else None
            whole, version, problem = stored_version(folder)
            report["kills"] += 1
            report["opens_whole"] += whole
            if version == finished or (in_flight is not None and version == in_flight):
                report["exact"] += 1
            else:
                report["problems"].append(f"stored {version}, finished {finished}, {problem}")
            report["kept_previous"] += in_flight is not None and version == finished
            if version is not None:
                finished = version
            next_version = (max(begun) if begun else next_version) + 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report


def full_disk_run() -> dict:
    """A save on a full 2 MB tmpfs: refused, the previous version whole."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return {"skipped": "needs root to mount a tmpfs"}
    mount = Path(tempfile.mkdtemp(prefix="bench-profile-disk-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)])
    if done.returncode != 0:
        return {"skipped": "mount failed"}
    try:
        from guide.personal import PersonalLibrary

        folder = mount / "perpustakaan"
        library = PersonalLibrary.open(folder)
        library.save_profile(PROFILE_ID, "Ahli Gizi", profile_text(1))
        filler = mount / "pengisi"
        with open(filler, "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass
        error = ""
        try:
            library.save_profile(PROFILE_ID, "Ahli Gizi", profile_text(2, claims=2000))
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        library.close()
        whole, version, problem = stored_version(folder)
        cli = subprocess.run(
            [sys.executable, "-m", "guide", "profile", "remove", PROFILE_ID],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ, "PANDUAN_DATA_DIR": str(mount), "PANDUAN_CACHE_DIR": str(mount)},
        )
        filler.unlink()
        return {
            "save_error": error,
            "previous_whole": whole,
            "stored_version": version,
            "problem": problem,
            "cli_exit": cli.returncode,
            "cli_stderr": cli.stderr.strip(),
        }
    finally:
        subprocess.run(["umount", str(mount)])
        shutil.rmtree(mount, ignore_errors=True)


def main() -> None:
    """Measure and print."""
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child_main(Path(sys.argv[2]), int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    figures = {"kill": kill_run(args.kills), "full_disk": full_disk_run()}
    figures["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(figures, indent=1, ensure_ascii=False))
        return
    kill = figures["kill"]
    print("kill -9 while a profile is saved")
    for key in ("kills", "opens_whole", "exact", "kept_previous"):
        print(f"  {key:28} {kill[key]}")
    print(f"  {'problems':28} {kill['problems'] or 'none'}")
    print("\nfull disk (2 MB tmpfs)")
    for key, value in figures["full_disk"].items():
        print(f"  {key:28} {value}")
    print(f"\n{figures['seconds']} s")


if __name__ == "__main__":
    main()
