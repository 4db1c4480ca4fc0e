"""Opens (or first builds) the data off the UI thread, so the window shows at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal


class DataLoader(QObject):
    """Runs in a worker thread: finds or builds the data, then opens it as a Library."""

    building = Signal()
    ready = Signal(object)  # a guide.library.Library
    failed = Signal(object)  # a guide.failures.Failure

    def run(self) -> None:
        """Find or build the data and emit ``ready`` or ``failed``; never raises: any error
        (a full disk, a damaged file, a bug) is logged and ends in ``failed``."""
        # Imported here, in the worker: Whoosh and sqlite-utils take ~0.3 s to import and the
        # window must not wait for them.
        try:
            from guide import datadir
            from guide.library import Library

            location = datadir.ensure_data(on_build=self.building.emit)
            self.ready.emit(Library(location))
        except Exception as exc:  # whatever it is, the window must not stay on a busy bar
            from guide import failures, logs

            logs.log_exception(exc, "opening the data")
            self.failed.emit(failures.classify(exc))


def start_loader(parent: QObject) -> tuple[QThread, DataLoader]:
    """Start a DataLoader in its own thread; the caller connects the signals first."""
    thread = QThread(parent)
    loader = DataLoader()
    loader.moveToThread(thread)
    thread.started.connect(loader.run)
    loader.ready.connect(thread.quit)
    loader.failed.connect(thread.quit)
    return thread, loader
