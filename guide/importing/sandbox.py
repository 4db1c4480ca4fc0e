"""The parent side: check the file, run the worker process with limits, rebuild its result.

:func:`import_file` never raises for a bad file: every outcome is an
:class:`ImportedDocument` or a :class:`Refusal` with one Indonesian sentence. The parse runs
in a child (:mod:`guide.importing.worker`) started in its own process group (POSIX) or Job
Object (Windows, with a memory cap); a child that runs past ``max_seconds`` is killed with
its group, one that crashes, runs out of memory or prints anything but one JSON object is a
refusal. The result is checked again here: text size, offsets, types.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from guide.article import Block, ParsedArticle, Section
from guide.importing import winjob
from guide.importing.model import ImportedDocument, Limits, Refusal, refusal
from guide.importing.sniff import SUFFIX_KINDS, SUPPORTED_SUFFIXES
from guide.importing.worker import PRELOAD_FLAG

WORKER_FLAG = "--import-worker"  # the frozen program's hidden argument (ui/entry.py)
_PROGRAM_ROOT = Path(__file__).resolve().parents[2]
KINDS = tuple(dict.fromkeys(SUFFIX_KINDS.values()))  # txt, md, html, pdf, docx
_MAX_OUTPUT = 64 * 1024 * 1024  # a worker's JSON: 2 M chars of text, escaped, plus offsets


def article_id_for(file_name: str) -> str:
    """ "guru-" + 12 hex of the SHA-256 of the lowercased file name (not the path)."""
    return "guru-" + hashlib.sha256(file_name.lower().encode("utf-8")).hexdigest()[:12]


def worker_command(preload: Sequence[str] | None = None) -> list[str]:
    """How to start the worker: the frozen program with its hidden flag, or ``python -m``;
    ``preload``: kinds of file, for a spare that loads their parsers while it waits."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, WORKER_FLAG]
    else:
        command = [sys.executable, "-m", "guide.importing.worker"]
    return command if preload is None else [*command, PRELOAD_FLAG, ",".join(preload)]


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def _precheck(path: Path, limits: Limits) -> Refusal | str:
    """The kind of a file worth starting a worker for, or the refusal."""
    name = path.name
    kind = kind_of(path)
    if kind is None:
        shown = ", ".join(SUPPORTED_SUFFIXES)
        return refusal(name, f"jenis berkas ini tidak didukung (yang didukung: {shown})")
    try:
        if not path.is_file():
            return refusal(name, "berkasnya tidak ada atau bukan berkas biasa")
        size = path.stat().st_size
    except OSError:
        return refusal(name, "berkasnya tidak dapat dibuka")
    if size == 0:
        return refusal(name, "berkasnya kosong")
    if size > limits.max_file_bytes:
        return refusal(
            name,
            f"berkasnya terlalu besar ({_mb(size)}; paling besar {_mb(limits.max_file_bytes)})",
        )
    return kind


def _spawn(preload: Sequence[str] | None = None) -> subprocess.Popen[bytes]:
    extra: dict[str, Any] = {}
    if sys.platform == "win32":
        extra["creationflags"] = (
            subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        )
    else:
        extra["start_new_session"] = True  # its own process group: killed as a whole
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        worker_command(preload),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=str(_PROGRAM_ROOT),
        env=env,
        **extra,
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass
    proc.wait()


class _Spare:
    """At most one worker started ahead of its file (``--preload``): the parsers are loaded
    (0.3-2 s) while the teacher picks files or the previous file is parsed. Each worker still
    parses ONE file: a spare is only started early, never reused."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ready: tuple[subprocess.Popen[bytes], Any, Limits] | None = None
        atexit.register(self.discard)

    def start(self, limits: Limits, kinds: Sequence[str]) -> None:
        """Start a spare for ``limits`` loading the parsers of ``kinds``, unless one is
        waiting already."""
        with self._lock:
            if self._ready is not None:
                proc, _job, ready_limits = self._ready
                if proc.poll() is None and ready_limits == limits:
                    return
                _end(self._ready)
                self._ready = None
            try:
                proc = _spawn(preload=kinds)
            except OSError:  # the import itself will say so
                return
            self._ready = (proc, winjob.limit_process(proc.pid, limits.max_memory_bytes), limits)

    def take(self, limits: Limits) -> tuple[subprocess.Popen[bytes], Any] | None:
        """The waiting spare (now no longer spare) when it is alive and has ``limits``."""
        with self._lock:
            ready, self._ready = self._ready, None
        if ready is None:
            return None
        proc, job, ready_limits = ready
        if proc.poll() is None and ready_limits == limits:
            return proc, job
        _end(ready)
        return None

    def discard(self) -> None:
        """End the waiting spare, if any (at exit; a spare also exits when its parent does,
        or after ``SPARE_IDLE_S``)."""
        with self._lock:
            ready, self._ready = self._ready, None
        if ready is not None:
            _end(ready)


def _end(ready: tuple[subprocess.Popen[bytes], Any, Limits]) -> None:
    proc, job, _limits = ready
    _kill(proc)
    if job is not None:
        job.close()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


_SPARE = _Spare()


def prewarm(kinds: Iterable[str] = KINDS, limits: Limits = Limits()) -> None:  # noqa: B008
    """Start a worker now, loading the parsers of ``kinds`` (default: all), so that the next
    :func:`import_file` (same limits) starts parsing at once: the app calls it when the import
    dialog opens, the command line before it opens the library, :func:`import_file` with
    ``then`` for the next file of a batch. Each worker still parses one file only."""
    _SPARE.start(limits, [k for k in KINDS if k in set(kinds)])


def kind_of(path: Path) -> str | None:
    """The kind of file its extension names (None: not importable)."""
    return SUFFIX_KINDS.get(Path(path).suffix.lower())


def discard_spare() -> None:
    """End a waiting spare worker (the tests; the app's exit does it itself)."""
    _SPARE.discard()


def run_worker(
    path: Path, kind: str, limits: Limits, then: Path | None = None
) -> dict[str, Any] | str:
    """The worker's JSON answer, or "timeout" / "crash" / "garbage"; ``then``: the next
    file, whose worker starts while this one is parsed."""
    request = {
        "path": str(path.resolve()),
        "name": path.name,
        "kind": kind,
        "limits": asdict(limits),
    }
    taken = _SPARE.take(limits)
    if taken is None:
        proc = _spawn()
        job = winjob.limit_process(proc.pid, limits.max_memory_bytes)
    else:
        proc, job = taken
    if then is not None and (next_kind := kind_of(then)) is not None:
        _SPARE.start(limits, [next_kind])
    try:
        out, _err = proc.communicate(json.dumps(request).encode(), timeout=limits.max_seconds)
    except subprocess.TimeoutExpired:
        _kill(proc)
        return "timeout"
    finally:
        if job is not None:
            job.close()
        if proc.poll() is None:
            _kill(proc)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()
    if not out.strip():
        return "crash"
    if len(out) > _MAX_OUTPUT:
        return "garbage"
    try:
        answer = json.loads(out)
    except (ValueError, RecursionError):
        return "garbage"
    return answer if isinstance(answer, dict) else "garbage"


_ERRORS = {
    "memory": "berkas ini memerlukan terlalu banyak memori untuk dibaca (lebih dari {mem})",
    "depth": "strukturnya bersarang terlalu dalam untuk dibaca",
    "size": "berkasnya terlalu besar (paling besar {size})",
    "read": "berkasnya tidak dapat dibaca",
    "crash": "berkas ini rusak atau tidak dapat dibaca sebagai {kind}",
    "garbage": "pemrosesan berkas ini gagal dengan hasil yang tidak sah",
    "request": "pemrosesan berkas ini gagal dimulai",
}
_KIND_NAMES = {
    "txt": "teks",
    "md": "Markdown",
    "html": "halaman web",
    "pdf": "PDF",
    "docx": "dokumen Word",
}


def _rebuild(doc: dict[str, Any], name: str) -> ImportedDocument | None:
    """The ImportedDocument of a worker's answer; None if anything is off."""
    try:
        text = doc["text"]
        sections: list[Section] = []
        for heading, level, start, end, blocks in doc["sections"]:
            built = tuple(Block(k, text[s:e], s, e) for k, s, e in blocks)
            if any(k not in ("paragraph", "item", "quote") or not (0 <= s < e <= len(text))
                   for k, s, e in blocks):  # fmt: skip
                return None
            if heading and text[start : start + len(heading)] != heading:
                return None
            sections.append(Section(heading, int(level), int(start), int(end), built))
        fields = [doc[k] for k in ("title", "author", "published", "sha256", "kind")]
        if not all(isinstance(v, str) for v in [text, *fields]):
            return None
        article_id = article_id_for(name)
        parsed = ParsedArticle(article_id, doc["title"], tuple(sections), ())
        title, author, published, sha256, kind = fields
        return ImportedDocument(
            article_id, title, author, published, name, sha256, text, parsed, kind
        )
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def import_file(
    path: Path,
    limits: Limits = Limits(),  # noqa: B008
    then: Path | None = None,
) -> ImportedDocument | Refusal:
    """Parse one untrusted file in a separate process with the limits; never raises for bad
    input. ``then``: the batch's next file, whose worker starts meanwhile."""
    path = Path(path)
    name = path.name
    kind = _precheck(path, limits)
    if isinstance(kind, Refusal):
        return kind
    try:
        answer = run_worker(path, kind, limits, then)
    except OSError:
        return refusal(name, "pemroses impor tidak dapat dijalankan di komputer ini")
    if answer == "timeout":
        seconds = f"{limits.max_seconds:g}"
        return refusal(name, f"berkas ini terlalu lama diproses (lebih dari {seconds} detik)")
    if isinstance(answer, str):
        answer = {"ok": False, "error": answer}
    if answer.get("ok") is True and isinstance(answer.get("doc"), dict):
        doc = _rebuild(answer["doc"], name)
        if doc is None:
            return refusal(name, _ERRORS["garbage"])
        if len(doc.text) > limits.max_text_chars:
            return refusal(
                name, f"teksnya terlalu panjang (lebih dari {limits.max_text_chars:,} karakter)"
            )
        return doc
    reason = answer.get("reason")
    if isinstance(reason, str) and reason.strip():
        return refusal(name, reason[:300])
    template = _ERRORS.get(str(answer.get("error")), _ERRORS["crash"])
    return refusal(
        name,
        template.format(
            mem=_mb(limits.max_memory_bytes),
            size=_mb(limits.max_file_bytes),
            kind=_KIND_NAMES.get(kind, kind),
        ),
    )
