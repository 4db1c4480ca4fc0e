"""Opens (or first builds) the data off the UI thread, so the window shows at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from guide import datadir
from guide.build import BuildError
from guide.search import Searcher
from guide.store import DataInvalidError, DataMissingError


class DataLoader(QObject):
    """Runs in a worker thread: finds or builds the data, then opens the index."""

    building = Signal()
    ready = Signal(object)  # a guide.search.Searcher
    failed = Signal(str)

    def run(self) -> None:
        """Find or build the data and emit ``ready`` or ``failed``; never raises."""
        try:
            location = datadir.ensure_data(on_build=self.building.emit)
            self.ready.emit(Searcher(location.index_dir))
        except (BuildError, DataMissingError, DataInvalidError, OSError) as exc:
            self.failed.emit(str(exc))


def start_loader(parent: QObject) -> tuple[QThread, DataLoader]:
    """Start a DataLoader in its own thread; the caller connects the signals first."""
    thread = QThread(parent)
    loader = DataLoader()
    loader.moveToThread(thread)
    thread.started.connect(loader.run)
    loader.ready.connect(thread.quit)
    loader.failed.connect(thread.quit)
    return thread, loader
