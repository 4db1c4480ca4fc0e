"""The program's log file, in the user's data folder: errors are kept even without a console.

The Windows program has no console, so a traceback printed to stderr is lost; here every
unexpected error (an uncaught exception in any thread, a view that failed to render) is
written to ``<user data>/logs/panduan-karier.log`` (rotated at 256 kB, two old copies).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from guide import APP_ID
from guide.resources import user_data_dir

LOG_FILENAME = f"{APP_ID}.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(APP_ID)
_handler: logging.Handler | None = None


def log_path() -> Path:
    """Where the log file is (whether or not it exists yet)."""
    return user_data_dir() / "logs" / LOG_FILENAME


def setup_logging() -> Path | None:
    """Send warnings and errors of every logger to the log file (once); the file's path, or
    None when it cannot be written (read-only profile, full disk): the program goes on."""
    global _handler
    path = log_path()
    if _handler is not None:
        if getattr(_handler, "baseFilename", "") == os.path.abspath(path):
            return path
        logging.getLogger().removeHandler(_handler)  # the user folder moved (tests, portable)
        _handler.close()
        _handler = None
    from logging.handlers import RotatingFileHandler  # its imports (socket, pickle) come late

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.raiseExceptions = False  # a full disk must not turn logging into a new error
    _handler = handler
    return path


def log_exception(exc: BaseException, where: str) -> None:
    """Record ``exc`` with its traceback (setting up the log file if needed)."""
    setup_logging()
    log.error("%s: %s", where, exc, exc_info=(type(exc), exc, exc.__traceback__))


def install_excepthook(on_error: Callable[[BaseException], None] | None = None) -> None:
    """Log every uncaught exception (main thread and others), then call ``on_error`` (the
    app shows a translated message); Ctrl+C keeps its usual meaning."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        log_exception(exc, "uncaught")
        if on_error is not None:
            try:
                on_error(exc)
            except Exception as inner:  # the error display itself must never loop
                log.error("error handler failed: %s", inner)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
