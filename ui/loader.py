"""Opens (or first builds) the data off the UI thread, so the window shows at once: the bundled
data, then the teacher's personal library and the lab packs (:func:`guide.sources.open_sources`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QThread


class DataLoader(QObject):
    """Runs in a worker thread: finds or builds the data, then opens it as a Library with the
    personal library and the packs of the lab folder ``packs`` (the lab file's ``packs=``;
    ``PANDUAN_PACKS_DIR`` wins over it)."""

    building = Signal()
    ready = Signal(object)  # a guide.library.Library
    failed = Signal(object)  # a guide.failures.Failure
    notice = Signal(str)  # the personal library could not be opened (before ``ready``)

    def __init__(self, packs: str = "") -> None:
        super().__init__()
        self.packs = packs

    def run(self) -> None:
        """Find or build the data and emit ``ready`` or ``failed``; never raises: any error
        (a full disk, a damaged file, a bug) is logged and ends in ``failed``. A personal
        library or lab folder that cannot be opened only costs its articles (``notice``)."""
        # Imported here, in the worker: Whoosh and sqlite-utils take ~0.3 s to import and the
        # window must not wait for them.
        try:
            from guide import datadir
            from guide.library import Library

            location = datadir.ensure_data(on_build=self.building.emit)
            self.ready.emit(Library(location, self._open_sources()))
        except Exception as exc:  # whatever it is, the window must not stay on a busy bar
            from guide import failures, logs

            logs.log_exception(exc, "opening the data")
            self.failed.emit(failures.classify(exc))

    def _open_sources(self):
        """The personal library and the lab packs; None (and a ``notice``) when they cannot be
        opened: the bundled articles are still shown."""
        try:
            from guide.sources import open_sources

            return open_sources(self.packs)
        except Exception as exc:
            from guide import failures, logs

            logs.log_exception(exc, "opening the personal library")
            self.notice.emit(failures.cli_message(failures.classify(exc)))
            return None


def start_loader(parent: QObject, packs: str = "") -> tuple[QThread, DataLoader]:
    """Start a DataLoader in its own thread; the caller connects the signals first."""
    from PySide6.QtCore import QThread  # after the first frame: its enums load then

    thread = QThread(parent)
    loader = DataLoader(packs)
    loader.moveToThread(thread)
    thread.started.connect(loader.run)
    loader.ready.connect(thread.quit)
    loader.failed.connect(thread.quit)
    return thread, loader
