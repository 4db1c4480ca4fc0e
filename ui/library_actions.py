"""The teacher's library in the main window: Berkas → "Tambah artikel…" (Ctrl+O), files and
folders dropped on the window, "Ekspor paket…", "Impor paket…", "Hapus" in the sources view;
afterwards the library is read again and the views that list articles are refreshed.

A mixin of :class:`ui.main_window.MainWindow`. Its strings keep the context "MainWindow"
(``QCoreApplication.translate``): PySide looks them up under the class name of ``self``.
Nothing here is imported from ``guide`` before the window's first frame: the import, export and
file-dialog code is loaded when a teacher first uses it.

A dropped folder is expanded one level: the supported files directly in it, not its
subfolders (the sources view says so).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from ui.import_dialog import ImportDialog

log = logging.getLogger(__name__)

PACK_SUFFIX = ".pkpack"
DEFAULT_PACK_TITLE = "Paket artikel guru"  # guide.teacher_library's default (content: Indonesian)
MAX_DROPPED_FILES = 500  # a folder of thousands is not a teacher's handful of articles


def supported_suffixes() -> tuple[str, ...]:
    """The file types import reads (".txt", ".md", ".html", ".htm", ".pdf", ".docx")."""
    from guide.importing import SUPPORTED_SUFFIXES

    return tuple(SUPPORTED_SUFFIXES)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder becomes the supported files directly in it (sorted, no
    subfolders); anything else (missing, a device) is left out. Duplicates once."""
    suffixes = supported_suffixes()
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                inside = sorted(p for p in path.iterdir() if p.suffix.casefold() in suffixes)
            except OSError:
                continue
            found += [p for p in inside if p.is_file()]
        elif path.is_file():
            found.append(path)
    unique = list(dict.fromkeys(found))
    return unique[:MAX_DROPPED_FILES]


class LibraryActionsMixin:
    """Import, export, removal; drag-and-drop of files onto the window."""

    _import_dialog: ImportDialog | None = None
    _task_thread = None
    _tidy_thread = None
    library_message: QMessageBox | None = None  # the last message box shown (tests read it)
    pack_title_dialog: QInputDialog | None = None
    file_dialog: QFileDialog | None = None  # "Tambah artikel…"'s, while it is open

    # -- state ------------------------------------------------------------------------------

    def library_busy(self) -> bool:
        """An import or an export is running."""
        dialog = self._import_dialog
        task = self._task_thread
        return bool((dialog is not None and dialog.running) or (task and task.isRunning()))

    def _update_library_actions(self) -> None:
        ready = self.library is not None and not self.library_busy()
        for action in (self.act_add_articles, self.act_export_pack, self.act_import_pack):
            action.setEnabled(ready)

    def _say_busy(self) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Tunggu sampai impor atau ekspor yang sedang berjalan selesai."
            ),
            4000,
        )

    # -- adding articles ----------------------------------------------------------------------

    def add_articles(self) -> QFileDialog | None:
        """Berkas → "Tambah artikel…" (Ctrl+O): choose files (several at once), then import
        them. The file dialog is window-modal and returns at once (``file_dialog``): the
        import starts when files are chosen."""
        if self.library is None:
            return None
        if self.library_busy():
            self._say_busy()
            return None
        from PySide6.QtWidgets import QFileDialog

        patterns = " ".join(f"*{s}" for s in supported_suffixes())
        filters = [
            QCoreApplication.translate("MainWindow", "Artikel (%1)").replace("%1", patterns),
            QCoreApplication.translate("MainWindow", "Semua berkas (*)"),
        ]
        old = self.file_dialog
        if old is not None:
            old.deleteLater()
        dialog = QFileDialog(self, QCoreApplication.translate("MainWindow", "Tambah artikel"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(filters)
        dialog.filesSelected.connect(lambda paths: self.import_files([Path(p) for p in paths]))
        self.file_dialog = dialog
        from guide.importing import prewarm

        prewarm()  # while the teacher picks files, a worker loads the parsers (0.3-2 s)
        dialog.open()
        return dialog

    def import_files(self, paths: Iterable[Path]) -> ImportDialog | None:
        """Import files (a folder: the files directly in it) with the import dialog."""
        if self.library is None:
            return None
        if self.library_busy():
            self._say_busy()
            return None
        files = expand_paths(paths)
        if not files:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Tidak ada berkas yang dapat diimpor (.txt, .md, .html, .pdf, .docx).",
                ),
                6000,
            )
            return None
        from ui.import_dialog import ImportDialog

        return self._run_import(ImportDialog(files, self, library=self.library))

    def import_pack(self) -> ImportDialog | None:
        """Berkas → "Impor paket…": copy a pack's articles into the personal library."""
        if self.library is None:
            return None
        if self.library_busy():
            self._say_busy()
            return None
        from PySide6.QtWidgets import QFileDialog

        filters = ";;".join(
            [
                QCoreApplication.translate("MainWindow", "Paket Panduan Karier (*%1)").replace(
                    "%1", PACK_SUFFIX
                ),
                QCoreApplication.translate("MainWindow", "Semua berkas (*)"),
            ]
        )
        path, _chosen = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Impor paket"), "", filters
        )
        if not path:
            return None
        from ui.import_dialog import ImportDialog

        return self._run_import(ImportDialog(parent=self, pack=Path(path), library=self.library))

    def _run_import(self, dialog: ImportDialog) -> ImportDialog:
        old = self._import_dialog
        if old is not None:
            old.deleteLater()
        self._import_dialog = dialog
        dialog.batch_finished.connect(self._import_finished)
        dialog.work_ended.connect(self._update_library_actions)
        dialog.open_requested.connect(self.open_article)
        dialog.show()
        dialog.start()
        self._update_library_actions()
        return dialog

    def _import_finished(self, rows: list, cancelled: bool, reopened: object) -> None:
        """Switch to the library's new index (opened by the worker) and refresh what lists
        articles; say what happened."""
        dialog = self._import_dialog
        if any(r.status == "imported" for r in rows):
            self.refresh_library(reopened)
        self._update_library_actions()
        if dialog is not None:
            self.statusBar().showMessage(dialog.summary(), 8000)

    def open_article(self, article_id: str) -> None:
        """Show an article from its start in the reader."""
        from ui.navigation import Location

        self.navigate(Location("reader", (article_id, -1, -1, "", "")))

    # -- drag and drop ------------------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files from the computer (never a web address) may be dropped to import them."""
        if self.library is not None and self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped files (a folder: the supported files directly in it)."""
        paths = self._dropped_paths(event)
        if self.library is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    # -- packs --------------------------------------------------------------------------------

    def export_pack(self) -> None:
        """Berkas → "Ekspor paket…": where to save, the pack's title, then the export (in a
        worker); a message with the path and the number of articles."""
        if self.library is None:
            return
        if self.library_busy():
            self._say_busy()
            return
        teachers = [a for a in self.library.articles if self._origin_of(a.id).kind == "personal"]
        if not teachers:
            self._message(
                QCoreApplication.translate("MainWindow", "Ekspor paket"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Belum ada artikel guru untuk diekspor. Tambahkan artikel dulu: Berkas → "
                    "Tambah artikel…",
                ),
            )
            return
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        suggested = str(Path.home() / f"paket-artikel-guru{PACK_SUFFIX}")
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Ekspor paket"),
            suggested,
            QCoreApplication.translate("MainWindow", "Paket Panduan Karier (*%1)").replace(
                "%1", PACK_SUFFIX
            ),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.casefold() != PACK_SUFFIX:
            out = out.with_name(out.name + PACK_SUFFIX)
        ask = QInputDialog(self)
        ask.setWindowTitle(QCoreApplication.translate("MainWindow", "Ekspor paket"))
        label = QCoreApplication.translate(
            "MainWindow", "Judul paket (siswa melihat judul ini). Artikel guru di dalamnya: %1"
        )
        ask.setLabelText(label.replace("%1", str(len(teachers))))
        ask.setTextValue(DEFAULT_PACK_TITLE)
        ask.setOkButtonText(QCoreApplication.translate("MainWindow", "Ekspor"))
        ask.setCancelButtonText(QCoreApplication.translate("MainWindow", "Batal"))
        ask.textValueSelected.connect(lambda title: self._export_to(out, title))
        self.pack_title_dialog = ask
        ask.open()

    def _export_to(self, out: Path, title: str) -> None:
        from ui.library_worker import TaskWorker, start_worker

        library = self.library
        bundled = frozenset(a.id for a in library.bundled_articles) if library else frozenset()

        def task(personal) -> tuple[Path, int]:
            from guide.teacher_library import export_library_pack

            return export_library_pack(
                personal, out, title=title.strip() or DEFAULT_PACK_TITLE, bundled_ids=bundled
            )

        worker = TaskWorker(task)
        self._task_worker = worker  # kept alive while it runs
        self._task_thread = start_worker(worker, self)
        worker.done.connect(self._exported)
        worker.failed.connect(self._export_failed)
        busy = QCoreApplication.translate("MainWindow", "Mengekspor paket…")
        self.statusBar().showMessage(busy)
        self._task_thread.start()
        self._update_library_actions()

    def _exported(self, result: tuple[Path, int]) -> None:
        from ui.safe_text import fill

        path, count = result
        self._task_done()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Paket disimpan."), 4000
        )
        self._message(
            QCoreApplication.translate("MainWindow", "Ekspor paket"),
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Paket disimpan: %1\nArtikel guru di dalamnya: %2"
                ),
                str(path),
                str(count),
            ),
        )

    def _export_failed(self, sentence: str) -> None:
        from ui.guide_messages import translated

        self._task_done()
        self.statusBar().clearMessage()
        self._message(
            QCoreApplication.translate("MainWindow", "Ekspor paket"),
            translated(sentence),
            error=True,
        )

    def _task_done(self) -> None:
        thread = self._task_thread
        if thread is not None:
            thread.wait(5000)  # it has quit (done/failed end it); let it finish unwinding
        self._task_thread = None
        self._update_library_actions()

    def _message(self, title: str, text: str, error: bool = False) -> QMessageBox:
        """A message with our own "Tutup" button, window-modal, returning at once."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a reason: plain text
        box.setText(text)
        close = box.addButton(
            QCoreApplication.translate("MainWindow", "Tutup"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        self.library_message = box
        box.open()
        return box

    # -- removal and refresh ------------------------------------------------------------------

    def remove_article(self, article_id: str) -> None:
        """Remove a teacher's article (confirmed in the sources view), then refresh."""
        from ui.safe_text import fill

        library = self.library
        if library is None:
            return
        article = library.article(article_id)
        try:
            removed = library.remove_article(article_id)
        except Exception as exc:
            from ui.guide_messages import translated
            from ui.library_worker import error_sentence

            self._message(
                QCoreApplication.translate("MainWindow", "Hapus artikel guru"),
                translated(error_sentence(exc)),
                error=True,
            )
            return
        if removed:
            title = article.title if article is not None else article_id
            self.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "MainWindow", "«%1» dihapus dari perpustakaan pribadi."
                    ),
                    title,
                ),
                6000,
            )
            self._tidy_after_removal()
        self.refresh_views()

    def _tidy_after_removal(self) -> None:
        """The removed article's words stay in its index segment until it is rewritten:
        rewrite it in a worker (never on the UI thread), then read the library again, so
        spelling corrections no longer point at them. Not "busy": an import meanwhile just
        waits for the library's lock."""
        if self._tidy_thread is not None and self._tidy_thread.isRunning():
            return
        from ui.library_worker import TaskWorker, start_worker

        worker = TaskWorker(lambda personal: personal.tidy())
        self._tidy_worker = worker  # kept alive while it runs
        self._tidy_thread = start_worker(worker, self)
        worker.done.connect(self._tidied)
        self._tidy_thread.start()

    def tidying(self) -> bool:
        """The index is being rewritten after a removal."""
        return self._tidy_thread is not None and self._tidy_thread.isRunning()

    def _tidied(self, rewritten: int) -> None:
        if rewritten and self.library is not None and not self.library_busy():
            self.refresh_library()  # else the running import's refresh reads it

    def refresh_library(self, reopened: object = None) -> None:
        """After an import: read the personal library again (``reopened``: its index, opened
        by the import worker), then refresh the views."""
        if self.library is None:
            return
        self.library.refresh(reopened)  # type: ignore[arg-type]
        self.refresh_views()

    def refresh_views(self) -> None:
        """The views that list articles show the library as it is now (the sources view, the
        search filters); a search on screen runs again."""
        library = self.library
        if library is None:
            return
        if "sources" in self.views:
            self.sources.set_articles(library.articles, self._origin_of)
        if "search" in self.views:
            self.search_view.set_library(library)
            current = self.history.current
            if (
                current is not None
                and current.view == "search"
                and self.stack.currentWidget() is (self.search_view)
            ):
                self.navigate(current, record=False)

    def _on_sources_notice(self, detail: str) -> None:
        """The loader could not open the personal library: the bundled articles only."""
        from ui.guide_messages import translated
        from ui.safe_text import fill

        self.statusBar().showMessage(
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Artikel guru dan paket lab tidak dapat dibuka: %1"
                ),
                translated(detail),
            )
        )

    def show_library_notices(self, library) -> None:
        """A skipped lab pack: one line in the status bar (and the log), in the interface
        language."""
        problems = library.pack_problems
        if problems:
            from ui.guide_messages import translated

            self.statusBar().showMessage("  ·  ".join(translated(p) for p in problems))

    def stop_library_work(self) -> None:
        """The window closes: the import stops after its current file; wait for it."""
        dialog = self._import_dialog
        if dialog is not None and dialog.running:
            dialog.worker.cancel()
            dialog.wait()
        for thread in (self._task_thread, self._tidy_thread):
            if thread is not None:
                thread.quit()  # its event loop ends once the worker returns (a queued quit
                thread.wait(60_000)  # would wait for this thread's loop: never, here)
