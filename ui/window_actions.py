"""The main window's actions, tool bar, menus, F1 shortcut table and About box.

A mixin of :class:`ui.main_window.MainWindow`. Its strings keep the context "MainWindow"
(``QCoreApplication.translate``): PySide looks them up under the class name of ``self``.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from guide import APP_NAME, __version__
from ui import i18n
from ui.key_names import shortcuts_text
from ui.navigation import HOME, Location
from ui.search_box import SearchBox
from ui.settings import ZOOM_STEP
from ui.theme import CONTRAST, DARK, LIGHT, SYSTEM, THEMES


class WindowActionsMixin:
    """Builds the window's actions and menus; shows F1 and About."""

    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        keys = shortcuts_text(action.shortcuts())
        action.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        seq = QKeySequence.StandardKey
        self.act_back = self._action(
            QCoreApplication.translate("MainWindow", "Kembali"), self.go_back, ["Alt+Left"]
        )
        self.act_forward = self._action(
            QCoreApplication.translate("MainWindow", "Maju"), self.go_forward, ["Alt+Right"]
        )
        self.act_home = self._action(
            QCoreApplication.translate("MainWindow", "Beranda"),
            lambda: self.navigate(HOME),
            ["Alt+Home"],
        )
        self.act_compare = self._action(
            QCoreApplication.translate("MainWindow", "Bandingkan"),
            lambda: self.navigate(Location("compare")),
            ["Ctrl+B"],
            QCoreApplication.translate("MainWindow", "Bandingkan Backend vs Frontend"),
        )
        self.act_sources = self._action(
            QCoreApplication.translate("MainWindow", "Artikel sumber"),
            lambda: self.navigate(Location("sources")),
            ["Ctrl+L"],
        )
        self.act_find = self._action(
            QCoreApplication.translate("MainWindow", "Cari"),
            self.focus_search,
            ["Ctrl+K", QKeySequence(seq.Find).toString()],
        )
        self.act_zoom_in = self._action(
            QCoreApplication.translate("MainWindow", "Perbesar"),
            lambda: self.apply_zoom(self.zoom + ZOOM_STEP),
            ["Ctrl+=", "Ctrl++"],
        )
        self.act_zoom_out = self._action(
            QCoreApplication.translate("MainWindow", "Perkecil"),
            lambda: self.apply_zoom(self.zoom - ZOOM_STEP),
            ["Ctrl+-"],
        )
        self.act_zoom_reset = self._action(
            QCoreApplication.translate("MainWindow", "Ukuran normal"),
            lambda: self.apply_zoom(1.0),
            ["Ctrl+0"],
        )
        self.act_fullscreen = self._action(
            QCoreApplication.translate("MainWindow", "Layar penuh"), self.toggle_fullscreen, ["F11"]
        )
        self.act_next_tab = self._action(
            QCoreApplication.translate("MainWindow", "Tab profil berikutnya"),
            lambda: self.step_tab(1),
            ["Ctrl+Tab"],
        )
        self.act_previous_tab = self._action(
            QCoreApplication.translate("MainWindow", "Tab profil sebelumnya"),
            lambda: self.step_tab(-1),
            ["Ctrl+Shift+Tab"],
        )
        self.act_quit = self._action(
            QCoreApplication.translate("MainWindow", "Keluar"), self.close, ["Ctrl+Q"]
        )
        self.act_clear_recent = self._action(
            QCoreApplication.translate("MainWindow", "Hapus riwayat pencarian"),
            self.clear_recent_searches,
        )
        self.act_reset = self._action(
            QCoreApplication.translate("MainWindow", "Atur ulang untuk siswa berikutnya…"),
            self.ask_reset_for_next_student,
        )
        self.act_about = self._action(
            QCoreApplication.translate("MainWindow", "Tentang Panduan Karier"), self.show_about
        )
        self.act_help = self._action(
            QCoreApplication.translate("MainWindow", "Pintasan keyboard"), self.show_help, ["F1"]
        )
        self.act_projector = self._action(
            QCoreApplication.translate("MainWindow", "Presentasi / mode proyektor"),
            self.toggle_projector,
            ["F5"],
            QCoreApplication.translate(
                "MainWindow",
                "Profil dan perbandingan sebagai slide, halaman lain diperbesar; layar penuh, "
                "kontras tinggi, panah kiri/kanan untuk berpindah",
            ),
        )
        # Active only in projector mode (else they would take the arrow keys from every widget).
        self.act_step_back = self._action(
            QCoreApplication.translate("MainWindow", "Proyektor: sebelumnya"),
            lambda: self.projector_step(-1),
            ["Left", "PgUp"],
        )
        self.act_step_forward = self._action(
            QCoreApplication.translate("MainWindow", "Proyektor: berikutnya"),
            lambda: self.projector_step(1),
            ["Right", "PgDown"],
        )
        self.act_leave_projector = self._action(
            QCoreApplication.translate("MainWindow", "Keluar dari mode proyektor"),
            self.leave_projector,
            ["Esc"],
        )
        for action in (self.act_step_back, self.act_step_forward, self.act_leave_projector):
            action.setEnabled(False)
        # The teacher's library (ui/library_actions.py); Ctrl+O opens a file dialog.
        self.act_add_articles = self._action(
            QCoreApplication.translate("MainWindow", "Tambah artikel…"),
            self.add_articles,
            [QKeySequence(seq.Open).toString() or "Ctrl+O"],
            QCoreApplication.translate(
                "MainWindow", "Tambahkan artikel Anda sendiri (.txt, .md, .html, .pdf, .docx)"
            ),
        )
        self.act_quote_to_profile = self._action(
            QCoreApplication.translate("MainWindow", "Kutip ke profil…"),
            self.quote_selection,
            ["Ctrl+Shift+K"],
            QCoreApplication.translate(
                "MainWindow", "Jadikan kalimat yang diblok di artikel sebuah klaim profil peran"
            ),
        )
        self.act_edit_role = self._action(
            QCoreApplication.translate("MainWindow", "Ubah profil peran…"),
            self.edit_role,
            tip=QCoreApplication.translate(
                "MainWindow", "Ubah atau hapus klaim profil peran buatan Anda yang sedang dibuka"
            ),
        )
        self.act_copy_role = self._action(
            QCoreApplication.translate("MainWindow", "Salin peran ke perpustakaan saya"),
            self.copy_role,
            tip=QCoreApplication.translate(
                "MainWindow", "Salin profil peran paket lab yang sedang dibuka, untuk diubah"
            ),
        )
        self.act_export_pack = self._action(
            QCoreApplication.translate("MainWindow", "Ekspor paket…"),
            self.export_pack,
            tip=QCoreApplication.translate(
                "MainWindow", "Simpan artikel guru sebagai satu berkas paket untuk lab"
            ),
        )
        self.act_import_pack = self._action(
            QCoreApplication.translate("MainWindow", "Impor paket…"),
            self.import_pack,
            tip=QCoreApplication.translate(
                "MainWindow", "Salin artikel sebuah paket ke perpustakaan pribadi"
            ),
        )
        self.act_print = self._action(
            QCoreApplication.translate("MainWindow", "Cetak / Simpan PDF…"),
            self.print_handout,
            [QKeySequence(seq.Print).toString() or "Ctrl+P"],
            QCoreApplication.translate(
                "MainWindow", "Handout satu halaman dari profil peran atau perbandingan"
            ),
        )
        self.act_quiz = self._action(
            QCoreApplication.translate("MainWindow", "Kuis kelas…"),
            lambda: self.start_quiz(),
            tip=QCoreApplication.translate(
                "MainWindow", "Sepuluh pernyataan bersumber: peran mana yang dimaksud?"
            ),
        )
        # The student's own (ui/student_actions.py).
        self.act_bookmark = self._action(
            QCoreApplication.translate("MainWindow", "Simpan ke Simpanan"),
            lambda: self.bookmark_current(),
            ["Ctrl+D"],
            QCoreApplication.translate(
                "MainWindow", "Simpan kalimat yang diblok, klaim, atau hasil pencarian"
            ),
        )
        self.act_bookmarks = self._action(
            QCoreApplication.translate("MainWindow", "Simpanan"),
            lambda: self.navigate(Location("bookmarks")),
        )
        self.act_path = self._action(
            QCoreApplication.translate("MainWindow", "Jalur belajar"),
            lambda: self.show_first_path(),
        )
        self.act_selfcheck = self._action(
            QCoreApplication.translate("MainWindow", "Apa saya cocok?"),
            lambda: self.navigate(Location("selfcheck")),
        )
        self.projector = False
        self._projector_row = 0
        self._before_projector: tuple | None = None

    def _make_toolbar(self) -> None:
        bar = QToolBar(QCoreApplication.translate("MainWindow", "Navigasi"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        # The actions have no icons, so the buttons show their text (the default style).
        for action in (self.act_back, self.act_forward, self.act_home):
            bar.addAction(action)
        bar.addSeparator()
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Cari di artikel… (Ctrl+K atau /)")
        )
        self.search_box.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Kotak pencarian")
        )
        self.search_box.setMinimumWidth(220)
        self._connect_search_box(self.search_box)
        bar.addWidget(self.search_box)
        bar.addSeparator()
        bar.addAction(self.act_compare)
        bar.addAction(self.act_sources)
        self.addToolBar(bar)
        self.toolbar = bar

    def _make_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Berkas"))
        file_menu.setToolTipsVisible(True)
        for action in (self.act_add_articles, self.act_export_pack, self.act_import_pack):
            file_menu.addAction(action)
        file_menu.addAction(self.act_quote_to_profile)
        file_menu.addAction(self.act_edit_role)
        file_menu.addAction(self.act_copy_role)
        file_menu.addSeparator()
        file_menu.addAction(self.act_bookmark)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addAction(self.act_clear_recent)
        file_menu.addAction(self.act_reset)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        go = menu.addMenu(QCoreApplication.translate("MainWindow", "B&uka"))
        for action in (self.act_back, self.act_forward, self.act_home, self.act_compare):
            go.addAction(action)
        go.addAction(self.act_sources)
        go.addSeparator()
        for action in (self.act_path, self.act_selfcheck, self.act_bookmarks, self.act_quiz):
            go.addAction(action)
        go.addSeparator()
        go.addAction(self.act_find)
        view = menu.addMenu(QCoreApplication.translate("MainWindow", "&Tampilan"))
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_next_tab)
        view.addAction(self.act_previous_tab)
        view.addSeparator()
        view.addAction(self.act_fullscreen)
        view.addAction(self.act_projector)
        themes = view.addMenu(QCoreApplication.translate("MainWindow", "&Tema"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        names = {
            SYSTEM: QCoreApplication.translate("MainWindow", "Ikuti sistem"),
            LIGHT: QCoreApplication.translate("MainWindow", "Terang"),
            DARK: QCoreApplication.translate("MainWindow", "Gelap"),
            CONTRAST: QCoreApplication.translate("MainWindow", "Kontras tinggi"),
        }
        for theme in THEMES:
            action = QAction(names[theme], self, checkable=True)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[theme] = action
        languages = view.addMenu(QCoreApplication.translate("MainWindow", "&Bahasa"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.installed_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # each language in its own words
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            language_group.addAction(action)
            languages.addAction(action)
            self.language_actions[code] = action
        help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Ba&ntuan"))
        help_menu.addAction(self.act_help)
        help_menu.addAction(self.act_about)

    # -- help, about ----------------------------------------------------------------------------

    def shortcut_table(self) -> list[tuple[str, str, QAction]]:
        """(keys, what they do, the action) for every action with a shortcut, as in F1; key
        names in the interface language ("Alt+Kiri", ui/key_names.py)."""
        rows = []
        for action in self.actions():
            if action.shortcuts():
                keys = shortcuts_text(action.shortcuts())
                rows.append((keys, action.text().replace("&", ""), action))
        return rows

    def show_help(self) -> None:
        """F1: every keyboard shortcut, generated from the actions so it cannot go stale."""
        from ui.help_dialog import HelpDialog
        from ui.slide_view import key_help

        projector = (self.act_step_back, self.act_step_forward, self.act_leave_projector)
        table = self.shortcut_table()
        rows = [(k, t) for k, t, action in table if action not in projector]
        presenting = [(k, t) for k, t, action in table if action in projector] + key_help()
        dialog = HelpDialog(rows, self, presenting=presenting)
        self._help = dialog
        dialog.open()

    def show_about(self) -> None:
        """A short About box, in Indonesian."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Tentang %1").replace("%1", APP_NAME)
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "%1 versi %2\nPanduan karier luring tentang profesi Backend dan Frontend "
                "Developer, disusun dari lima artikel berbahasa Indonesia.",
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
        )
        ok = box.addButton(
            QCoreApplication.translate("MainWindow", "Tutup"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(ok)
        box.exec()
