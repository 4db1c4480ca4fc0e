"""A role profile: one tab per section, claims with citation markers, quick facts, charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide.profiles import Profile, ProfileSection
from ui.charts import SalaryChart, TechChart, format_rupiah_range, short_units
from ui.claims import ClaimWidget
from ui.content_labels import label as content_label
from ui.dates import format_date
from ui.fonts import relative_font
from ui.safe_text import fill, no_mnemonic, plain_label, rich_text
from ui.scrolling import ReadableScroll

if TYPE_CHECKING:
    from guide.library import Library, QuickFacts


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
    """ "Rp13–30 jt (2022, Kompas.com via EKRUT)"."""
    unknown = unknown_text()
    amount = format_rupiah_range(salary.low, salary.high, short_units())
    year = str(salary.year) if salary.year else unknown
    return fill(
        QCoreApplication.translate("ProfileView", "%1 (%2, %3 via %4)"),
        amount,
        year,
        salary.reported_by or unknown,
        salary.published_by or unknown,
    )


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
        layout.addWidget(self.title)
        layout.addWidget(self.aliases)
        layout.addWidget(self.tabs, 1)
        self.claim_widgets: dict[str, list[ClaimWidget]] = {}

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

    def current_section(self) -> str:
        """The id of the section shown."""
        if self.profile is None or self.tabs.currentIndex() < 0:
            return ""
        return self.profile.sections[self.tabs.currentIndex()].id

    def _on_tab(self, index: int) -> None:
        if self.profile is not None and 0 <= index < len(self.profile.sections):
            self.tab_changed.emit(self.profile.sections[index].id)

    def _build(self, profile: Profile, library: Library) -> None:
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self.claim_widgets.clear()
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
        self.tabs.blockSignals(False)

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
        if not section.claims:
            layout.addWidget(not_discussed_label())
            self._point_to_other_roles(layout, section, profile, library)
        group = None
        widgets = []
        for claim in section.claims:
            if claim.group and claim.group != group:
                heading = plain_label(claim.group)
                relative_font(heading, 1.15, bold=True)
                layout.addWidget(heading)
            group = claim.group
            widget = ClaimWidget(claim, articles)
            widget.citation_activated.connect(self.citation_activated)
            layout.addWidget(widget)
            widgets.append(widget)
        self.claim_widgets[section.id] = widgets
        scroll = ReadableScroll(body, content_label(section.title), chars=150)
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
            text = fill(
                self.tr("%1 — %2, %3 (%4 kutipan)"),
                article.title,
                article.publisher or unknown_text(),
                format_date(article.published) or unknown_text(),
                str(cited[article_id]),
            )
            layout.addWidget(plain_label(f"[{article_id}] {text}"))
        return box
