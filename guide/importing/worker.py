"""The import worker: parses ONE untrusted file in its own process and prints one JSON line.

Started by :mod:`guide.importing.sandbox` as ``python -m guide.importing.worker`` (or, in the
frozen app, ``panduan-karier --import-worker``). It reads a JSON request on stdin
(``{"path": …, "kind": …, "limits": {…}}``), then, before it reads the file (a spare started
with ``--preload`` has loaded the parsers already, before reading anything untrusted):

- caps its own address space (``RLIMIT_AS``) on POSIX (the parent puts it in a Job Object
  with a memory limit on Windows);
- turns the network off (socket creation/connection/name look-ups raise) and installs an
  audit hook that refuses to open any file for writing, and any file for reading outside the
  Python installation, the program and the input file; refused attempts are reported back.

It writes ``{"ok": true, "doc": {…}}`` or ``{"ok": false, "reason": "…"}`` (never pickle).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import socket
import sys
import threading
from pathlib import Path
from typing import Any

_DENIED: list[str] = []
_NET_EVENTS = frozenset(
    {
        "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
        "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request",
        "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
        "os.startfile", "webbrowser.open", "ftplib.connect", "http.client.connect",
    }
)  # fmt: skip


def _allowed_roots(input_path: str) -> tuple[str, ...]:
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(sys.executable)}
    roots.update(p for p in sys.path if p and os.path.isdir(p))
    roots.add(str(Path(__file__).resolve().parents[2]))  # the program's own files
    if meipass := getattr(sys, "_MEIPASS", None):
        roots.add(meipass)
    return tuple(os.path.realpath(r) + os.sep for r in roots)


def install_guards(input_path: str) -> None:
    """No network, no writes, no reads outside the program and the input (audit hook)."""
    roots = _allowed_roots(input_path)
    target = os.path.realpath(input_path)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in _NET_EVENTS:
            _DENIED.append(event)
            raise PermissionError(f"{event} is not allowed in the import worker")
        if event != "open" or not args or isinstance(args[0], int):
            return
        path, mode = str(args[0]), str(args[1] or "r") if len(args) > 1 else "r"
        flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
        writing = any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        real = os.path.realpath(path)
        if not writing and (real == target or real.startswith(roots)):
            return
        _DENIED.append(f"open {path}")
        raise PermissionError(f"opening {path} is not allowed in the import worker")

    def no_socket(*_args: Any, **_kwargs: Any) -> Any:
        _DENIED.append("socket")
        raise PermissionError("the import worker has no network")

    class NoSocket(socket.socket):  # still a class: modules subclass socket.socket (ssl)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            no_socket()

    socket.socket = NoSocket  # type: ignore[misc]
    socket.create_connection = no_socket  # type: ignore[assignment]
    socket.getaddrinfo = no_socket  # type: ignore[assignment]
    sys.addaudithook(hook)


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space (POSIX; Windows uses the parent's Job Object)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def document_json(data: bytes, kind: str, name: str, limits: Any) -> dict[str, Any]:
    """Parse ``data`` and compose the article: the plain JSON the parent rebuilds."""
    from guide.importing.compose import compose
    from guide.importing.formats import extract
    from guide.importing.model import Unreadable

    extracted = extract(data, kind, limits, Path(name).suffix.lower())
    title = extracted.title or Path(name).stem
    text, parsed = compose(extracted.pieces, title=title)
    if len(text) > limits.max_text_chars:
        raise Unreadable(f"teksnya terlalu panjang (lebih dari {limits.max_text_chars:,} karakter)")
    if not parsed.sections:
        raise Unreadable("tidak ada teks yang bisa dibaca di dalamnya")
    return {
        "title": parsed.title,
        "author": extracted.author,
        "published": extracted.published,
        "sha256": hashlib.sha256(data).hexdigest(),
        "text": text,
        "kind": kind,
        "sections": [
            [s.heading, s.level, s.start, s.end, [[b.kind, b.start, b.end] for b in s.blocks]]
            for s in parsed.sections
        ],
    }


def run(request: dict[str, Any]) -> dict[str, Any]:
    """Handle one request; every failure becomes ``{"ok": false, …}``."""
    from guide.importing.model import Limits

    limits = Limits(**request["limits"])
    path = request["path"]
    install_guards(path)
    try:
        limit_memory(limits.max_memory_bytes)
        with open(path, "rb") as f:
            data = f.read(limits.max_file_bytes + 1)
        if len(data) > limits.max_file_bytes:
            return {"ok": False, "error": "size"}
        from guide.importing.model import Unreadable

        try:
            doc = document_json(data, request["kind"], request["name"], limits)
        except Unreadable as exc:
            return {"ok": False, "reason": str(exc), "denied": _DENIED}
        return {"ok": True, "doc": doc, "denied": _DENIED}
    except MemoryError:
        return {"ok": False, "error": "memory", "denied": _DENIED}
    except RecursionError:
        return {"ok": False, "error": "depth", "denied": _DENIED}
    except OSError:
        return {"ok": False, "error": "read", "denied": _DENIED}
    except Exception as exc:
        return {"ok": False, "error": "crash", "detail": type(exc).__name__, "denied": _DENIED}


# What a spare worker (``--preload KINDS``) loads before its request, per kind of file, so the
# parse starts at once (readability ~0.4 s, pypdf ~0.6 s, python-docx ~0.3 s to import).
PRELOADED = {
    "txt": ("guide.importing.txt", "charset_normalizer"),
    "md": ("guide.importing.md", "markdown_it", "charset_normalizer"),
    "html": ("guide.importing.html", "lxml.html", "readability", "charset_normalizer"),
    "pdf": ("guide.importing.pdf", "pypdf"),
    "docx": ("guide.importing.docx", "docx"),
}
PRELOAD_FLAG = "--preload"
SPARE_IDLE_S = 120.0  # a spare no import took exits by itself


def preload(kinds: list[str]) -> threading.Timer:
    """Import the parsers of ``kinds`` before any untrusted input is read (only our own
    modules run), and start the timer that ends a spare nobody takes (cancelled when a
    request comes)."""
    names = ["guide.importing.formats", "guide.importing.compose"]
    names += [name for kind in kinds for name in PRELOADED.get(kind, ())]
    for name in dict.fromkeys(names):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    timer = threading.Timer(SPARE_IDLE_S, os._exit, (0,))
    timer.daemon = True
    timer.start()
    return timer


def _preload_kinds(argv: list[str]) -> list[str] | None:
    """The kinds after ``--preload`` (a spare), or None (started for its file)."""
    if PRELOAD_FLAG not in argv:
        return None
    at = argv.index(PRELOAD_FLAG) + 1
    return argv[at].split(",") if at < len(argv) else []


def main() -> int:
    """Read the request from stdin, write one JSON line to stdout. With ``--preload`` (a
    spare started ahead of its file) the parsers are loaded while the request is awaited."""
    kinds = _preload_kinds(sys.argv[1:])
    timer = preload(kinds) if kinds is not None else None
    try:
        raw = sys.stdin.buffer.read(1_000_000)
        if timer is not None:
            timer.cancel()
        if not raw and timer is not None:  # the parent went away, or dropped its spare
            return 0
        request = json.loads(raw)
        result = run(request)
    except MemoryError:
        result = {"ok": False, "error": "memory"}
    except (ValueError, KeyError, TypeError):
        result = {"ok": False, "error": "request"}
    out = json.dumps(result, ensure_ascii=True)
    sys.stdout.write(out + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
