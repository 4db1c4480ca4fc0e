"""A role profile: one tab per section, claims with citation markers, quick facts, charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSlider,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide.profiles import Citation, Profile, ProfileSection
from ui.charts import SalaryChart, TechChart, format_rupiah_range, short_units
from ui.claims import ClaimWidget
from ui.content_labels import label as content_label
from ui.fonts import FACTOR_PROPERTY, relative_font
from ui.safe_text import fill, no_mnemonic, plain_label, rich_text
from ui.scrolling import ReadableColumn, ReadableScroll
from ui.source_entry import SourceEntry

if TYPE_CHECKING:
    from guide.library import Library, QuickFacts

# The tab bar's font, relative to the view's, tried in turn (with the short tab names) until
# every tab name fits the width: projector mode's 1.8× type must not hide tabs behind arrows.
TAB_FONT_STEPS = (1.0, 0.9, 0.8, 0.7)
TEXT_CHARS = 150  # a tab's text at most this many characters wide (ReadableScroll)


def not_discussed_label() -> QLabel:
    """The explicit "not discussed" text shown instead of an empty place."""
    label = plain_label(QLabel.tr("Tidak dibahas di artikel sumber."), name="notDiscussed")
    relative_font(label, 1.0, italic=True)
    label.setAccessibleName(QLabel.tr("tidak dibahas di artikel sumber"))
    return label


def unknown_text() -> str:
    """ "tidak diketahui" (:data:`guide.metadata.UNKNOWN`) in the interface language."""
    return QCoreApplication.translate("ProfileView", "tidak diketahui")


def salary_line(salary) -> str:
    """ "Rp13–30 jt (2022, Kompas.com via EKRUT)"; what the source does not say is left out
    ("Rp4–6 jt (Ibu Siti Aminah)" for a teacher's article with neither year nor reporter)."""
    unknown = unknown_text()
    amount = format_rupiah_range(salary.low, salary.high, short_units())
    if salary.year and salary.reported_by and salary.published_by:
        return fill(
            QCoreApplication.translate("ProfileView", "%1 (%2, %3 via %4)"),
            amount,
            str(salary.year),
            salary.reported_by,
            salary.published_by,
        )
    known = [str(salary.year) if salary.year else "", salary.reported_by, salary.published_by]
    said = ", ".join(k for k in known if k) or unknown
    return f"{amount} ({said})"


class QuickFactsBox(QGroupBox):
    """Salary range with year and source, top technologies with "N dari 5 artikel", majors."""

    def __init__(self, facts: QuickFacts, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fakta singkat"), parent)
        self.setAccessibleName(self.tr("Fakta singkat"))
        layout = QVBoxLayout(self)
        self.lines: list[str] = []
        rows = [
            (self.tr("Gaji"), [salary_line(s) for s in facts.salaries]),
            (
                self.tr("Teknologi yang paling sering disebut"),
                [
                    fill(
                        self.tr("%1 — %2 dari %3 artikel"),
                        t.technology.name,
                        str(len(t.articles)),
                        str(t.total_articles),
                    )
                    for t in facts.technologies[:5]
                ],
            ),
            (
                self.tr("Jurusan kuliah"),
                [", ".join(f.value for f in facts.majors)] if facts.majors else [],
            ),
        ]
        for title, values in rows:
            heading = plain_label(title)
            relative_font(heading, 1.0, bold=True)
            layout.addWidget(heading)
            text = (
                "\n".join(f"• {v}" for v in values)
                if values
                else self.tr("tidak dibahas di artikel sumber")
            )
            body = plain_label(text)
            body.setAccessibleName(f"{title}: {text}")
            layout.addWidget(body)
            self.lines.append(f"{title}: {text}")


class ProfileView(QWidget):
    """The tabs of one role profile."""

    citation_activated = Signal(object)  # guide.profiles.Citation
    tab_changed = Signal(str)  # section id
    section_requested = Signal(str, str)  # another role's profile id, section id
    path_requested = Signal(str)  # this role's learning path
    claim_bookmark_requested = Signal(object)  # a ClaimWidget (its context menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        layout = QVBoxLayout(self)
        self.title = plain_label("", wrap=True)
        relative_font(self.title, 1.6, bold=True)
        self.title.setAccessibleName(self.tr("Nama peran"))
        self.aliases = plain_label("")
        self.aliases.setObjectName("muted")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Bagian profil"))
        self.tabs.tabBar().setAccessibleName(self.tr("Tab bagian profil"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.installEventFilter(self)
        self.path_button = QPushButton()  # "Jalur belajar: 3 dari 11 langkah selesai"
        self.path_button.clicked.connect(
            lambda: self.profile is not None and self.path_requested.emit(self.profile.id)
        )
        self.path_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.path_button, 0, Qt.AlignmentFlag.AlignTop)
        # One centred column: the title, the tabs and the tab's text line up on a wide screen
        # (the tabs sat at the window's edge, the text in the middle, at 1920 px).
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.aliases)
        column.addWidget(self.tabs, 1)
        self.column = ReadableColumn(page, TEXT_CHARS)
        layout.addWidget(self.column, 1)
        self.claim_widgets: dict[str, list[ClaimWidget]] = {}
        self.source_entries: list[SourceEntry] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_tabs)

    def show_profile(self, profile: Profile, library: Library, tab: str = "") -> None:
        """Build the tabs for ``profile`` (claims, quick facts, charts) and show ``tab``."""
        if self.profile is None or self.profile.id != profile.id:
            self._build(profile, library)
        self.select_tab(tab)

    def select_tab(self, section_id: str) -> None:
        """Show the tab of this section (the first when unknown)."""
        if self.profile is None:
            return
        ids = [s.id for s in self.profile.sections]
        self.tabs.setCurrentIndex(ids.index(section_id) if section_id in ids else 0)

    def set_path_progress(self, progress: tuple[int, int] | None) -> None:
        """The learning-path button with the student's progress (hidden without a path)."""
        self.path_button.setVisible(progress is not None)
        if progress is not None:
            text = fill(self.tr("Jalur belajar: %1 dari %2 langkah selesai"), *map(str, progress))
            self.path_button.setText(text)
            self.path_button.setAccessibleName(text)

    def show_claim(self, claim_id: str) -> None:
        """Scroll the tab shown to a claim and give its first marker the keyboard."""
        widgets = self.claim_widgets.get(self.current_section(), [])
        widget = next((w for w in widgets if w.claim.id == claim_id), None)
        scroll = self.tabs.currentWidget()
        if widget is None or scroll is None:
            return
        QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(widget, 0, 40))
        if widget.buttons:
            widget.buttons[0].setFocus()

    def current_section(self) -> str:
        """The id of the section shown."""
        if self.profile is None or self.tabs.currentIndex() < 0:
            return ""
        return self.profile.sections[self.tabs.currentIndex()].id

    def _on_tab(self, index: int) -> None:
        if self.profile is not None and 0 <= index < len(self.profile.sections):
            self.tab_changed.emit(self.profile.sections[index].id)

    # -- stepping through (projector mode: a presenter's clicker sends PageDown/PageUp) ----

    def step_page(self, step: int) -> None:
        """A page down (``step`` > 0) or up through the current tab; past its end the next
        tab from its start, before its start the previous tab from its end."""
        bar = self._page_bar()
        forward = step > 0
        if bar is not None and (
            bar.value() < bar.maximum() if forward else bar.value() > bar.minimum()
        ):
            page = QAbstractSlider.SliderAction
            bar.triggerAction(page.SliderPageStepAdd if forward else page.SliderPageStepSub)
            return
        index = self.tabs.currentIndex() + (1 if forward else -1)
        if not 0 <= index < self.tabs.count():
            return
        self.tabs.setCurrentIndex(index)
        bar = self._page_bar()
        if bar is not None:
            bar.setValue(bar.minimum() if forward else bar.maximum())

    def _page_bar(self) -> QAbstractSlider | None:
        """The current tab's vertical scroll bar."""
        page = self.tabs.currentWidget()
        return page.verticalScrollBar() if isinstance(page, QScrollArea) else None

    # -- tab names that fit ----------------------------------------------------------------

    def short_title(self, section_id: str, title: str) -> str:
        """The tab's name when the full names do not fit ("Tugas" for "Tugas & Tanggung
        Jawab"); the full title (translated) for the short ones."""
        short = {
            "tugas": self.tr("Tugas"),
            "pendidikan": self.tr("Pendidikan"),
        }
        return short.get(section_id, content_label(title))

    def fit_tabs(self) -> None:
        """Every tab name visible, no scroll arrows: the full names when they fit the width,
        else the short ones, in a smaller tab font if need be (the pages keep their size)."""
        if self.profile is None or not self.tabs.isVisible():
            return  # not laid out yet: its width means nothing (it is fitted when shown)
        bar = self.tabs.tabBar()
        width = self.tabs.width()
        sections = self.profile.sections
        tries = [(False, 1.0)] + [(True, factor) for factor in TAB_FONT_STEPS]
        for short, factor in tries:
            for index, section in enumerate(sections):
                title = content_label(section.title)
                text = self.short_title(section.id, section.title) if short else title
                if bar.tabText(index) != no_mnemonic(text):
                    bar.setTabText(index, no_mnemonic(text))
            if bar.property(FACTOR_PROPERTY) != factor:
                relative_font(bar, factor)
            if bar.sizeHint().width() <= width:
                break

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the tab names again when the tabs are shown or change size."""
        if watched is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Zoom and projector mode change the font: fit the tab names again."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_timer.start()
        super().changeEvent(event)

    def _build(self, profile: Profile, library: Library) -> None:
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self.claim_widgets.clear()
        self.source_entries.clear()
        self.profile = profile
        self.title.setText(profile.name)
        self.aliases.setText(
            fill(self.tr("Disebut juga: %1"), ", ".join(profile.aliases)) if profile.aliases else ""
        )
        articles = {a.id: a for a in library.articles}
        for section in profile.sections:
            page = self._page(section, profile, library, articles)
            title = content_label(section.title)
            self.tabs.addTab(page, no_mnemonic(title))
            index = self.tabs.count() - 1
            self.tabs.setTabToolTip(index, rich_text(title))
            self.tabs.tabBar().setAccessibleTabName(index, title)
        self.tabs.blockSignals(False)
        self.fit_tabs()

    def _page(
        self, section: ProfileSection, profile: Profile, library: Library, articles
    ) -> QScrollArea:
        body = QWidget()
        body.setObjectName(f"tab-{section.id}")
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        if section.id == "ringkasan":
            layout.addWidget(QuickFactsBox(library.quick_facts(profile)))
        elif section.id == "gaji" and (salaries := library.quick_facts(profile).salaries):
            layout.addWidget(self._caption(self.tr("Kisaran gaji menurut sumber dan tahun")))
            chart = SalaryChart()
            chart.set_salaries(salaries)
            layout.addWidget(chart)
        elif section.id == "keahlian" and (counts := library.technology_counts(profile)):
            layout.addWidget(
                self._caption(self.tr("Teknologi yang disebut, menurut jumlah artikel"))
            )
            chart = TechChart()
            chart.set_counts(counts)
            layout.addWidget(chart)
        elif section.id == "sumber":
            layout.addWidget(self._sources_box(profile, articles))
        if not section.claims and section.id != "sumber":  # Sumber lists the cited articles
            layout.addWidget(not_discussed_label())
            self._point_to_other_roles(layout, section, profile, library)
        group = None
        widgets = []
        for claim in section.claims:
            if claim.group and claim.group != group:
                heading = plain_label(content_label(claim.group))  # a teacher's: as written
                relative_font(heading, 1.15, bold=True)
                layout.addWidget(heading)
            group = claim.group
            widget = ClaimWidget(claim, articles)
            widget.bookmarkable = True
            widget.citation_activated.connect(self.citation_activated)
            widget.bookmark_requested.connect(self.claim_bookmark_requested)
            layout.addWidget(widget)
            widgets.append(widget)
        self.claim_widgets[section.id] = widgets
        scroll = ReadableScroll(body, content_label(section.title), chars=TEXT_CHARS)
        return scroll

    def _point_to_other_roles(
        self, layout: QVBoxLayout, section: ProfileSection, profile: Profile, library: Library
    ) -> None:
        """Under an empty section: the same section of the roles the articles do discuss it
        for, one button each, so the page does not end the student's way."""
        others = [
            p
            for p in library.profiles
            if p.id != profile.id and any(s.id == section.id and s.claims for s in p.sections)
        ]
        if not others:
            return
        layout.addWidget(plain_label(self.tr("Bagian yang sama pada profil lain:")))
        for other in others:
            text = fill(self.tr("Lihat %1: %2"), content_label(section.title), other.name)
            button = QPushButton(no_mnemonic(text))
            button.setAccessibleName(text)
            button.clicked.connect(
                lambda _=False, pid=other.id, sid=section.id: self.section_requested.emit(pid, sid)
            )
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = plain_label(text)
        relative_font(caption, 1.15, bold=True)
        return caption

    def _sources_box(self, profile: Profile, articles) -> QGroupBox:
        """The articles this profile quotes, each an entry that opens it in the reader."""
        box = QGroupBox(self.tr("Artikel yang dikutip profil ini"))
        layout = QVBoxLayout(box)
        cited: dict[str, int] = {}
        for claim in profile.claims():
            for c in claim.citations:
                cited[c.article_id] = cited.get(c.article_id, 0) + 1
        for article_id in sorted(cited):
            article = articles.get(article_id)
            if article is None:
                continue
            entry = SourceEntry(article, cited[article_id])
            # The whole article: a citation without a quote opens the reader at its start.
            whole = Citation(article_id, "")
            entry.clicked.connect(lambda _=False, c=whole: self.citation_activated.emit(c))
            layout.addWidget(entry)
            self.source_entries.append(entry)
        return box
