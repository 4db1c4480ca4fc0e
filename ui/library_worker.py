"""The personal library's slow work off the UI thread: importing files or a pack, exporting a
pack. Each worker opens its own personal library (:func:`guide.sources.open_personal`, its own
SQLite connection) in its thread and closes it there; the window's library is read again
(``Library.refresh``) when the work is done.

    thread, worker = start_worker(ImportWorker(paths, library=library), parent)
    worker.row_started.connect(...); worker.row_done.connect(...); worker.ready.connect(...)
    thread.start(); ...; worker.cancel()   # stops after the current file

A file being imported when "Batal" is pressed finishes (``import_path`` stores an article
whole or not at all): a cancelled import never leaves half an article.

After the last file the worker opens the library's new personal index (``Library.reopen``)
and hands it over with ``ready``, so the window switches to it at once; then it merges the
index's small segments (``PersonalLibrary.tidy``: searches stay fast) and emits ``finished``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal


def error_sentence(exc: BaseException) -> str:
    """One Indonesian sentence for what went wrong: a bad pack or an empty library says it
    itself; a full disk, a missing permission, … as the command line says them. The window
    shows it through :func:`ui.guide_messages.translated` (in the interface language)."""
    from guide import failures, logs
    from guide.packs import PackError

    if isinstance(exc, PackError | LookupError):
        return str(exc)
    logs.log_exception(exc, "the personal library")
    return failures.cli_message(failures.classify(exc))


class ImportWorker(QObject):
    """Imports ``paths`` one by one (``import_path``), or the pack ``pack`` (``import_pack``),
    into the personal library. Rows are ``guide.teacher_library.ImportRow`` values."""

    row_started = Signal(int)  # the index of the file being imported now
    row_done = Signal(int, object)  # its index (-1: a pack's article, appended), its ImportRow
    failed = Signal(str)  # the whole batch failed (a bad pack, no personal library)
    # Every file is done (True: cancelled before the last one); the library's reopened
    # searcher (guide.library.Reopened) when something was imported and a library was given.
    ready = Signal(bool, object)
    finished = Signal()  # the segments are merged too: the thread ends

    def __init__(
        self, paths: Sequence[Path] = (), pack: Path | None = None, library: object = None
    ) -> None:
        super().__init__()
        self.paths = [Path(p) for p in paths]
        self.pack = pack
        self.library = library  # guide.library.Library, read (reopen) but never changed here
        self._cancel = threading.Event()
        self._imported = False

    def cancel(self) -> None:
        """Stop after the file being imported now (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Import everything; never raises (a failure is ``failed``, then ``ready`` and
        ``finished``)."""
        stopped = False
        try:
            from guide.sources import open_personal

            personal = open_personal()
        except Exception as exc:
            self.failed.emit(error_sentence(exc))
            self.ready.emit(False, None)
            self.finished.emit()
            return
        try:
            if self.pack is not None:
                self._import_pack(personal, self.pack)
            else:
                stopped = self._import_files(personal)
        except Exception as exc:
            self.failed.emit(error_sentence(exc))
        try:
            self.ready.emit(stopped, self._reopened())
            if self._imported and not self._cancel.is_set():
                personal.tidy(self._cancel.is_set)  # never raises; a closing window waits
        finally:
            personal.close()
            self.finished.emit()

    def _reopened(self) -> object:
        """The library's searcher reopened over the new index, or None (nothing imported,
        no library, or it failed: the window then reopens it itself)."""
        if not self._imported or self.library is None:
            return None
        try:
            return self.library.reopen()  # type: ignore[attr-defined]
        except Exception as exc:
            from guide import logs

            logs.log_exception(exc, "reopening the personal index")
            return None

    def _import_files(self, personal) -> bool:
        from guide.teacher_library import ImportRow, import_path

        for index, path in enumerate(self.paths):
            if self._cancel.is_set():
                return True
            self.row_started.emit(index)
            then = self.paths[index + 1] if index + 1 < len(self.paths) else None
            try:
                row = import_path(personal, path, then)
            except Exception as exc:  # a storage failure (disk full): this file only
                row = ImportRow(str(path), "rejected", reason=error_sentence(exc))
            self._imported |= row.status == "imported"
            self.row_done.emit(index, row)
        return False

    def _import_pack(self, personal, pack: Path) -> None:
        from guide.teacher_library import import_pack

        self.row_started.emit(0)
        for row in import_pack(personal, pack):
            self._imported |= row.status == "imported"
            self.row_done.emit(-1, row)


class TaskWorker(QObject):
    """Runs ``task(personal_library)`` once (an export) and reports its result."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, task: Callable[[object], object]) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        """Open the personal library, run the task, close it; never raises."""
        try:
            from guide.sources import open_personal

            personal = open_personal()
            try:
                result = self.task(personal)
            finally:
                personal.close()
        except Exception as exc:
            self.failed.emit(error_sentence(exc))
            return
        self.done.emit(result)


def start_worker(worker: ImportWorker | TaskWorker, parent: QObject) -> QThread:
    """``worker`` moved to a new thread (started by the caller once the signals are connected);
    the thread ends when the worker reports its end."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    if isinstance(worker, ImportWorker):
        worker.finished.connect(thread.quit)
    else:
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
    return thread
