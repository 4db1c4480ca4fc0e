"""The reader view with real widgets: rendering, highlight, scrolling, history, terms, safety."""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QMainWindow, QTextBrowser

from guide.analysis import term_of, tokenize
from guide.library import Library, Passage
from guide.profiles import Citation
from guide.store import ArticleRecord, BlockRecord, SectionRecord
from ui.reader_view import (
    H2_SCALE,
    H3_SCALE,
    MARK_MS,
    TITLE_SCALE,
    ReaderView,
    find_quote,
    highlight_format,
    term_format,
)
from ui.safe_text import SafeTextBrowser, plain

# -- fixtures and helpers --------------------------------------------------------------------


@pytest.fixture(scope="module")
def citations(library: Library) -> list[Citation]:
    profile = library.profile("backend-developer")
    assert profile is not None
    return [c for claim in profile.claims() for c in claim.citations]


def _citation(citations: list[Citation], article_id: str, quote_start: str) -> Citation:
    return next(
        c for c in citations if c.article_id == article_id and c.quote.startswith(quote_start)
    )


@pytest.fixture
def view(qtbot) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _body(view: ReaderView) -> str:
    return _norm(view.text.toPlainText())


def _char_at(view: ReaderView, index: int):
    """The character format of the character at document position ``index``."""
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(index + 1)
    return cursor.charFormat()


def _background(view: ReaderView, index: int) -> str:
    fmt = _char_at(view, index)
    return fmt.background().color().name() if fmt.background().style() != Qt.NoBrush else ""


def _find(view: ReaderView, text: str) -> int:
    """Document position of ``text`` (raw text: positions are document positions)."""
    raw = view.text.document().toRawText()
    found = raw.find(text)
    assert found >= 0, text
    return found


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _block_starting(view: ReaderView, prefix: str) -> QTextBlock:
    return next(b for b in _blocks(view.text.document()) if b.text().startswith(prefix))


def _mark(view: ReaderView) -> str:
    return highlight_format(view.text.palette()).background().color().name()


# -- rendering --------------------------------------------------------------------------------


def test_header_sections_and_quote_of_003(
    view: ReaderView, library: Library, citations: list[Citation]
) -> None:
    citation = _citation(citations, "003", "Pekerjaan sebagai back-end developer")
    shown: list[str] = []
    view.article_shown.connect(shown.append)
    view.show_passage(library.passage(citation))
    body = _body(view)
    assert body.startswith("Back-end Developer")
    assert "Back-end Developer Sumber: Profil Profesi · tanggal tidak disebutkan" in body
    assert "tidak diketahui" not in body
    assert "Teks tidak menyebut penulis" not in body  # the editor's note stays in the TOML
    assert "Apa saya cocok bekerja sebagai Back-end Developer?" in body
    assert _norm(citation.quote) in body
    assert view.highlighted_text() == citation.quote
    assert shown == ["003"]
    start = _find(view, citation.quote)
    mark = _mark(view)
    for index in (start, start + 40, start + len(citation.quote) - 1):
        assert _background(view, index) == mark
        assert _char_at(view, index).foreground().color() == QColor("#000000")
    assert _background(view, start + len(citation.quote) + 5) != mark  # the next paragraph
    assert _background(view, _find(view, "Back-end Developer")) != mark  # the title
    assert _background(view, start - 3) != mark  # the rule / header before it


def test_metadata_date_in_indonesian(view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("001"))
    assert "Penerbit: dibimbing.id · Penulis: Siti Khadijah Azzukhruf Firdausi" in _body(view)
    assert "Tanggal: 3 Juli 2024" in _body(view)
    view.show_passage(library.open_article("000"))
    assert "Penerbit: EKRUT · Penulis: Anisa Sekarningrum · tanggal tidak disebutkan" in _body(view)


def _header_lines(view: ReaderView) -> list[str]:
    """The blocks above the header's rule: the title and the byline."""
    lines = []
    for block in _blocks(view.text.document()):
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            return lines
        lines.append(_norm(block.text()))
    raise AssertionError("no rule under the header")


EXPECTED_HEADERS = {
    "000": "Penerbit: EKRUT · Penulis: Anisa Sekarningrum · tanggal tidak disebutkan",
    "001": "Penerbit: dibimbing.id · Penulis: Siti Khadijah Azzukhruf Firdausi · "
    "Tanggal: 3 Juli 2024",
    "002": "Penerbit: dibimbing.id · Penulis: Farijihan Putri · Tanggal: 19 Agustus 2024",
    "003": "Sumber: Profil Profesi · tanggal tidak disebutkan",
    "004": "Penerbit: Startup Campus · Tanggal: 24 September 2023",
}


@pytest.mark.parametrize("article_id", sorted(EXPECTED_HEADERS))
def test_header_shows_students_what_they_need_and_no_editor_notes(
    view: ReaderView, library: Library, article_id: str
) -> None:
    """Issue 11, point 8: title and one byline (publisher, author and date when the article
    states them); an unknown date said once; never the metadata's note for maintainers
    ('Tanggal dari front matter artikel (… slug …)', '("Published on" kosong)')."""
    article = library.article(article_id)
    assert article is not None
    view.show_passage(library.open_article(article_id))
    assert _header_lines(view) == [_norm(article.title), EXPECTED_HEADERS[article_id]]
    body = _body(view)
    if article.note:
        assert _norm(article.note) not in body
        assert _norm(article.note)[:30] not in body
    for internal in ("front matter", "slug", "Published on", "tidak diketahui", "Catatan:"):
        assert internal not in body
    assert body.count("tidak disebutkan") <= 1


def test_far_quote_is_scrolled_into_view(
    qtbot, view: ReaderView, library: Library, citations: list[Citation]
) -> None:
    citation = _citation(citations, "000", "Kompas.com menuliskan")
    view.show_passage(library.passage(citation))
    bar = view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    start = _find(view, citation.quote)
    assert _background(view, start + 10) == _mark(view)
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(start)
    assert view.text.viewport().rect().contains(view.text.cursorRect(cursor).center())


def test_middle_quote_is_centred(
    qtbot, view: ReaderView, library: Library, citations: list[Citation]
) -> None:
    citation = _citation(citations, "000", "menyimpan perpustakaan cadangan")
    view.show_passage(library.passage(citation))
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(_find(view, citation.quote))
    height = view.text.viewport().height()

    def centred() -> bool:
        y = view.text.cursorRect(cursor).center().y()
        return height / 4 < y < height * 3 / 4

    qtbot.waitUntil(centred)
    assert view.text.verticalScrollBar().value() > 0


def test_quote_running_into_the_next_paragraph_highlights_both_parts(
    view: ReaderView, library: Library
) -> None:
    article = library.article("003")
    assert article is not None
    start = article.text.index("Selain itu, seorang back-end developer")
    end = article.text.index("Jika kamu tidak terbiasa") + len("Jika kamu tidak terbiasa")
    view.show_passage(library.open_article("003", start, end, "003-01"))
    mark = _mark(view)
    first = _find(view, "Selain itu, seorang back-end developer")
    second = _find(view, "Jika kamu tidak terbiasa")
    assert _background(view, first) == mark
    assert _background(view, second + 5) == mark
    assert _background(view, second + len("Jika kamu tidak terbiasa") + 3) != mark
    assert view.highlighted_text().endswith(" Jika kamu tidak terbiasa")
    assert _background(view, first - 3) != mark  # the paragraph before


def test_quote_with_a_list_marker_in_the_source(view: ReaderView, library: Library) -> None:
    article = library.article("000")
    assert article is not None
    start = article.text.index("• Memiliki gelar")
    end = article.text.index("\n", start)
    view.show_passage(library.open_article("000", start, end))
    item = _find(view, "Memiliki gelar")
    assert _background(view, item) == _mark(view)
    assert _background(view, item - 2) != _mark(view)  # the paragraph before the list


def test_quote_not_in_the_display_text_falls_back_to_the_block(view: ReaderView) -> None:
    text = "Awal paragraf **tebal** akhir.\n\nLain."
    end = text.index("\n\n")
    blocks = [
        BlockRecord("paragraph", "Awal paragraf tebal akhir.", 0, end),
        BlockRecord("paragraph", "Lain.", end + 2, len(text)),
    ]
    # markdown in the source, not in the display text: still found, letter by letter
    view.show_passage(_crafted(text, blocks, start=text.index("**tebal**"), end=end))
    first = _find(view, "Awal paragraf")
    assert _background(view, first) != _mark(view)
    assert _background(view, _find(view, "tebal akhir.")) == _mark(view)
    assert _background(view, _find(view, "akhir.") + 5) == _mark(view)  # the full stop too
    assert _background(view, _find(view, "Lain.")) != _mark(view)
    # a quote that is not in the display text at all: the whole block is marked
    blocks[0] = BlockRecord("paragraph", "Teks lain sama sekali.", 0, end)
    view.show_passage(_crafted(text, blocks, start=0, end=end))
    whole = _find(view, "Teks lain sama sekali.")
    for index in (whole, whole + 10, whole + len("Teks lain sama sekali.") - 1):
        assert _background(view, index) == _mark(view)
    assert _background(view, _find(view, "Lain.")) != _mark(view)


def test_find_quote_ignores_case_space_markup_and_prefers_the_hint() -> None:
    assert find_quote(["Satu dua  TIGA empat"], "dua tiga") == [(0, 5, 14)]
    assert find_quote(["abc", "def ghi"], "bc\n\nde") == [(0, 1, 3), (1, 0, 2)]
    assert find_quote(["Memiliki gelar."], "• Memiliki gelar.") == [(0, 0, 15)]
    assert find_quote(["x kata y kata"], "kata", hint=9) == [(0, 9, 13)]
    assert find_quote(["abc"], "zzz") == []
    assert find_quote(["abc"], "   ") == []
    assert find_quote(["abc", "zzz"], "zzz") == []  # must start in the first text


def test_section_only_scrolls_to_heading_and_marks_it_briefly(
    qtbot, view: ReaderView, library: Library
) -> None:
    view.show_passage(library.open_article("000", section_id="000-09"))
    heading = _find(view, "Skill-set yang harus dimiliki oleh seorang Backend Engineer")
    assert view.text.textCursor().position() == heading
    selections = view.text.extraSelections()
    assert len(selections) == 1
    assert selections[0].cursor.block().text() == (
        "Skill-set yang harus dimiliki oleh seorang Backend Engineer"
    )
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(heading)
    qtbot.waitUntil(lambda: view.text.verticalScrollBar().value() > 0)
    y = view.text.cursorRect(cursor).top()
    assert 0 <= y < view.text.viewport().height() / 3
    assert _background(view, heading) != _mark(view)  # a mark, not a highlight in the text
    qtbot.waitUntil(lambda: not view.text.extraSelections(), timeout=MARK_MS + 2000)


def test_an_imported_numbered_list_reads_as_a_numbered_list(
    view: ReaderView, tmp_path: Path
) -> None:
    """An imported article writes "3. " before a numbered item's text (the block is the text
    alone): the reader still shows a numbered list starting at 3, and bullets as bullets."""
    from guide.importing import ImportedDocument, import_file
    from guide.library import Passage
    from guide.personal import PersonalLibrary

    source = tmp_path / "langkah.md"
    source.write_text(
        "# Langkah\n\nCara memulai:\n\n3. Belajar Python\n4. Belajar SQL\n\n- Catatan\n",
        encoding="utf-8",
    )
    doc = import_file(source)
    assert isinstance(doc, ImportedDocument)
    personal = PersonalLibrary.open(tmp_path / "pribadi")
    try:
        personal.add(doc)
        article = personal.article(doc.article_id)
        assert article is not None
        view.show_passage(Passage(article, tuple(personal.sections(doc.article_id))))
    finally:
        personal.close()
    second = _block_starting(view, "Belajar SQL")
    assert second.textList().format().style() == QTextListFormat.Style.ListDecimal
    assert second.textList().itemText(second) == "4."
    assert "3. Belajar" not in view.text.toPlainText()  # the number is the list's, not text
    bullet = _block_starting(view, "Catatan")
    assert bullet.textList().format().style() == QTextListFormat.Style.ListDisc


def test_lists_numbered_bulleted_and_resumed_after_quotes(
    view: ReaderView, library: Library
) -> None:
    view.show_passage(library.open_article("001"))
    item = _block_starting(view, "Penguasaan Beberapa Bahasa")
    assert item.textList() is not None
    assert item.textList().format().style() == QTextListFormat.Style.ListDecimal
    assert item.textList().count() == 9
    view.show_passage(library.open_article("003"))
    item = _block_starting(view, "Teknik Informatika")
    assert item.textList().format().style() == QTextListFormat.Style.ListDisc
    assert item.textList().count() == 10
    view.show_passage(library.open_article("004"))
    sixth = _block_starting(view, "Pastinya kamu perlu")
    assert sixth.textList().itemText(sixth) == "6."
    quote = _block_starting(view, "Ini dia elemen")
    assert quote.textList() is None
    cursor = QTextCursor(quote)
    assert cursor.currentTable() is not None  # the quote box with its left bar
    cell = cursor.currentTable().cellAt(0, 0).format().toTableCellFormat()
    assert cell.leftBorder() >= 3
    assert _char_at(view, quote.position()).fontItalic()
    assert "Ini dia elemen yang kerap digunakan" in _body(view)


def test_headings_scale_with_the_widget_font(qtbot, view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("000"))
    base = view.text.font().pointSizeF()

    def sizes() -> tuple[float, float, float]:
        title = _char_at(view, _find(view, "Backend Engineer: Tugas"))
        h2 = _char_at(view, _find(view, "Mengenal profesi Backend Engineer"))
        h3 = _char_at(view, _find(view, "Optimasi server"))
        assert title.fontWeight() == QFont.Weight.Bold
        assert h2.fontWeight() == QFont.Weight.Bold
        return title.fontPointSize(), h2.fontPointSize(), h3.fontPointSize()

    assert sizes() == pytest.approx((base * TITLE_SCALE, base * H2_SCALE, base * H3_SCALE))
    bigger = QFont(view.font())
    bigger.setPointSizeF(base * 2)
    view.setFont(bigger)  # the app's zoom
    qtbot.waitUntil(lambda: sizes()[0] == pytest.approx(base * 2 * TITLE_SCALE))
    assert sizes() == pytest.approx(
        (base * 2 * TITLE_SCALE, base * 2 * H2_SCALE, base * 2 * H3_SCALE)
    )
    assert "Mengenal profesi Backend Engineer" in _body(view)


def test_references_at_the_end(view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("000"))
    body = _body(view)
    assert body.index("Referensi") > body.index("Itu tadi informasi lengkap")
    assert body.endswith("kompas.com")
    view.show_passage(library.open_article("003"))
    assert "Referensi" not in _body(view)


def test_wide_window_keeps_a_reading_column_and_never_scrolls_sideways(
    qtbot, view: ReaderView, library: Library
) -> None:
    view.resize(1920, 1080)
    view.show_passage(library.open_article("004"))
    root = view.text.document().rootFrame()
    qtbot.waitUntil(lambda: root.frameFormat().leftMargin() > 100)
    assert view.text.horizontalScrollBar().maximum() == 0
    view.resize(500, 400)
    # narrow: no centring, but a gutter on both sides (the text never starts at the edge)
    gutter = max(view.text.document().documentMargin(), 0.04 * view.text.viewport().width())
    qtbot.waitUntil(lambda: root.frameFormat().leftMargin() == round(gutter))
    assert root.frameFormat().rightMargin() == round(gutter) > 0
    assert view.text.horizontalScrollBar().maximum() == 0
    assert view.text.document().size().width() <= view.text.viewport().width() + 1


# -- history ------------------------------------------------------------------------------


def test_history_back_and_forward(qtbot, view: ReaderView, library: Library) -> None:
    assert not view.can_go_back() and not view.can_go_forward()
    assert not view.back_button.isEnabled() and not view.forward_button.isEnabled()
    a, b, c = (library.open_article(i) for i in ("001", "003", "004"))
    with qtbot.waitSignal(view.history_changed):
        view.show_passage(a)
    view.show_passage(b)
    assert view.can_go_back() and not view.can_go_forward()
    assert view.back_button.isEnabled() and not view.forward_button.isEnabled()
    shown: list[str] = []
    view.article_shown.connect(shown.append)
    with qtbot.waitSignal(view.history_changed):
        view.back()
    assert shown == ["001"]
    assert view.current_passage() == a
    assert _body(view).startswith(a.article.title)
    assert not view.can_go_back() and view.can_go_forward()
    view.back()  # nothing further back
    assert view.current_passage() == a
    view.forward()
    assert view.current_passage() == b
    assert _body(view).startswith("Back-end Developer")
    view.back()
    view.show_passage(c)  # drops the forward entry (b)
    assert not view.can_go_forward()
    view.back()
    assert view.current_passage() == a


def test_back_returns_to_where_the_reader_was(qtbot, view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("004"))
    bar = view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # the reader scrolls down
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    qtbot.wait(10)
    where = bar.value()
    assert where > 0
    view.show_passage(library.open_article("003"))
    qtbot.wait(10)
    assert bar.value() == 0
    view.back()
    qtbot.wait(10)
    assert bar.value() == where


def test_history_keyboard_shortcuts_and_buttons(qtbot, view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("001"))
    view.show_passage(library.open_article("003"))
    view.activateWindow()
    view.text.setFocus()
    qtbot.waitUntil(view.text.hasFocus)
    qtbot.keyClick(view.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_passage().article.id == "001"
    qtbot.keyClick(view.text, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_passage().article.id == "003"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.current_passage().article.id == "001"
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    assert view.current_passage().article.id == "003"


def test_history_keys_leave_a_window_action_alone(qtbot, library: Library) -> None:
    """A window with its own Alt+Left: the reader's shortcut is off while it cannot go back,
    or always with history_shortcuts=False (two enabled shortcuts would be ambiguous)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    reader = ReaderView()
    window.setCentralWidget(reader)
    hits: list[str] = []
    action = QAction("kembali", window)
    action.setShortcut(QKeySequence("Alt+Left"))
    action.triggered.connect(lambda: hits.append("window"))
    window.addAction(action)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    reader.show_passage(library.open_article("001"))
    reader.text.setFocus()
    qtbot.waitUntil(reader.text.hasFocus)
    qtbot.keyClick(reader.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert hits == ["window"]
    reader.show_passage(library.open_article("003"))
    reader.set_history_shortcuts(False)
    qtbot.keyClick(reader.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert hits == ["window", "window"]
    assert reader.current_passage().article.id == "003"
    reader.set_history_shortcuts(True)
    action.setEnabled(False)
    qtbot.keyClick(reader.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.current_passage().article.id == "001"


def test_dark_palette_re_renders_in_readable_colours(
    qtbot, view: ReaderView, library: Library, citations: list[Citation]
) -> None:
    citation = _citation(citations, "003", "Pekerjaan sebagai back-end developer")
    view.show_passage(library.passage(citation), frozenset({"server"}))
    light_mark = _mark(view)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(dark)
    start = _find(view, citation.quote)
    qtbot.waitUntil(lambda: _background(view, start) == _mark(view) != light_mark)
    assert _char_at(view, start).foreground().color() == QColor("#000000")
    term = view.text.document().toRawText().find("server", start + len(citation.quote))
    fmt = _char_at(view, term)
    assert fmt.background().color() == term_format(view.text.palette()).background().color()
    assert abs(fmt.foreground().color().lightness() - fmt.background().color().lightness()) > 100
    assert view.highlighted_text() == citation.quote


# -- searched words ------------------------------------------------------------------------


def test_terms_marked_and_navigable(qtbot, view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("000", section_id="000-07"), frozenset({"simpan"}))
    count = view.match_count()
    assert count >= 2
    assert view.match_label.isVisible() and view.next_match_button.isVisible()
    light = term_format(view.text.palette()).background().color().name()
    seen = []
    for _ in range(count):
        assert view.next_match()
        cursor = view.text.textCursor()
        assert cursor.hasSelection()
        words = tokenize(cursor.selectedText())
        assert len(words) == 1 and term_of(words[0].text) == "simpan"
        assert _background(view, cursor.selectionStart()) == light
        seen.append(cursor.selectionStart())
    assert len(set(seen)) == count
    assert view.next_match()  # wraps around
    first = view.text.textCursor().selectionStart()
    assert first == seen[0]
    assert "dari" in view.match_label.text()
    assert view.previous_match()
    assert view.text.textCursor().selectionStart() != first
    assert view.next_match()
    assert view.text.textCursor().selectionStart() == first
    # F3 on the view moves on too
    view.activateWindow()
    view.text.setFocus()
    qtbot.waitUntil(view.text.hasFocus)
    qtbot.keyClick(view.text, Qt.Key.Key_F3)
    assert view.text.textCursor().selectionStart() != first


def test_no_terms_no_matches(view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("003"))
    assert view.match_count() == 0
    assert not view.next_match() and not view.previous_match()
    assert not view.match_label.isVisible()


# -- safety -------------------------------------------------------------------------------

HOSTILE = [
    '<img src="file:///etc/passwd">',
    "![x](/etc/hostname)",
    '<a href="file:///etc/passwd">klik</a>',
    "[link](http://example.com)",
    "<script>alert(1)</script>",
    "<b>bold</b>",
    '<link rel="stylesheet" href="/etc/hostname">',
    "&lt;i&gt; &amp; <!-- komentar -->",
]


def _crafted(
    text: str,
    blocks: list[BlockRecord] | tuple[BlockRecord, ...],
    start: int = -1,
    end: int = -1,
    heading: str = "",
) -> Passage:
    article = ArticleRecord(
        id="999",
        file="999_x.txt",
        title='<h1 style="color:red">Judul</h1>',
        site="",
        publisher="<b>Penerbit</b>",
        author="![a](/etc/passwd)",
        published="2024-13-45",  # invalid: shown as written
        language="id",
        url="",
        attribution='<a href="file:///etc/passwd">x</a>',
        note="<img src=/etc/passwd>",
        text=text,
        references=("[ref](file:///etc/passwd)", "<img src='/etc/hostname'>"),
    )
    section = SectionRecord(
        "999-00", "999", 0, heading, 2 if heading else 1, 0, len(text), "", tuple(blocks)
    )
    return Passage(article, (section,), start, end)


def _hostile_passage() -> Passage:
    text = "\n\n".join(HOSTILE)
    blocks = []
    offset = 0
    kinds = ["paragraph", "item", "item", "quote", "paragraph", "item", "paragraph", "quote"]
    for kind, line in zip(kinds, HOSTILE, strict=True):
        blocks.append(BlockRecord(kind, line, offset, offset + len(line)))
        offset += len(line) + 2
    return _crafted(text, blocks, start=0, end=len(HOSTILE[0]), heading="<h2>Judul bagian</h2>")


@pytest.fixture
def read_spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every path opened through Python's open/io.open/os.open and QFile.open."""
    opened: list[str] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open
    real_qfile_open = QFile.open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_io_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_io_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        opened.append(str(path))
        return real_os_open(path, *args, **kwargs)

    def spy_qfile_open(self, *args, **kwargs):
        opened.append(self.fileName())
        return real_qfile_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(QFile, "open", spy_qfile_open)
    return opened


@pytest.fixture
def resource_spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, object]]:
    """Record every SafeTextBrowser.loadResource call and what it returned."""
    calls: list[tuple[int, str, object]] = []
    real = SafeTextBrowser.loadResource

    def spy(self, kind, name):
        result = real(self, kind, name)
        calls.append((int(kind), name.toString(), result))
        return result

    monkeypatch.setattr(SafeTextBrowser, "loadResource", spy)
    return calls


def _is_empty(resource: object) -> bool:
    if resource is None:
        return True
    if isinstance(resource, QImage):
        return resource.isNull()
    return len(resource) == 0  # QByteArray / bytes / str


def test_markup_in_articles_is_shown_as_text(
    qtbot,
    view: ReaderView,
    read_spy: list[str],
    resource_spy: list[tuple[int, str, object]],
) -> None:
    links = []
    view.link_requested.connect(links.append)
    view.show_passage(_hostile_passage())
    view.text.grab()  # lay out and paint everything
    qtbot.wait(20)
    body = view.text.toPlainText()
    for line in HOSTILE:
        assert line in body
    for value in (
        '<h1 style="color:red">Judul</h1>',
        "<h2>Judul bagian</h2>",
        "Penerbit: <b>Penerbit</b>",
        "Penulis: ![a](/etc/passwd)",
        "Tanggal: 2024-13-45",
        "[ref](file:///etc/passwd)",
    ):
        assert value in body
    assert "<img src=/etc/passwd>" not in body  # the note is for maintainers: never shown
    doc = view.text.document()
    fragments = 0
    for block in _blocks(doc):
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            assert not fmt.isImageFormat(), fragment.text()
            assert not fmt.isAnchor(), fragment.text()
            assert not fmt.anchorHref() and not fmt.anchorNames()
            fragments += 1
            it += 1
    assert fragments > len(HOSTILE)
    assert "<img" not in doc.toHtml().replace("&lt;img", "")
    assert _background(view, _find(view, HOSTILE[0]) + 3) == _mark(view)
    # a simulated click on a link (there are none) is reported, never followed
    before = view.text.toPlainText()
    view.text.anchorClicked.emit(QUrl("file:///etc/passwd"))
    view.text.setSource(QUrl("file:///etc/passwd"))
    qtbot.wait(20)
    assert links == [QUrl("file:///etc/passwd")]
    assert view.text.toPlainText() == before
    assert view.text.source().isEmpty()
    assert not [p for p in read_spy if "/etc/" in p]
    assert all(_is_empty(result) for _, _, result in resource_spy)
    # an article without publisher and author is named by its label: as text too
    hostile = _hostile_passage()
    label = '<a href="file:///etc/passwd">x</a>'
    article = replace(hostile.article, publisher="", author="", label=label)
    view.show_passage(replace(hostile, article=article))
    assert f"Sumber: {label}" in view.text.toPlainText()
    assert "<a" not in view.text.document().toHtml().replace("&lt;a", "")
    assert not [p for p in read_spy if "/etc/" in p]


def test_structural_characters_are_neutralised(view: ReaderView) -> None:
    nasty = "a\u2029b\ufdd0c\ufffcd\ne\rf\x00g\u2028h"
    assert len(plain(nasty)) == len(nasty)
    view.show_passage(_crafted(nasty, [BlockRecord("paragraph", nasty, 0, len(nasty))]))
    raw = view.text.document().toRawText()
    assert "a b\ufffdc\ufffdd e f g h" in raw
    block = _block_starting(view, "a b")
    assert block.text() == "a b\ufffdc\ufffdd e f g h"
    assert view.text.document().rootFrame().childFrames() == []


def test_safe_browser_settings() -> None:
    browser = SafeTextBrowser()
    try:
        assert not browser.openLinks() and not browser.openExternalLinks()
        assert browser.searchPaths() == []
        assert browser.isReadOnly()
        flags = browser.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
        assert not flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        assert browser.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert browser.document().baseUrl().isEmpty()
        url = QUrl("file:///etc/passwd")
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, url).isNull()
        for kind in (
            QTextDocument.ResourceType.HtmlResource,
            QTextDocument.ResourceType.StyleSheetResource,
            QTextDocument.ResourceType.MarkdownResource,
            QTextDocument.ResourceType.UnknownResource,
        ):
            assert _is_empty(browser.loadResource(kind, url))
    finally:
        browser.deleteLater()


@pytest.fixture
def tall_image(tmp_path: Path) -> Path:
    image = QImage(20, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "tall.png"
    assert image.save(str(path))
    return path


def _height_with(browser: QTextBrowser, fill) -> float:
    browser.resize(300, 300)
    fill(browser.document())
    browser.grab()
    return browser.document().size().height()


@pytest.mark.parametrize(
    "fill",
    [
        pytest.param(
            lambda path: (
                lambda doc: doc.setMarkdown(
                    f"![a]({path}) ![b]({QUrl.fromLocalFile(str(path)).toString()})",
                    QTextDocument.MarkdownFeature.MarkdownNoHTML,
                )
            ),
            id="markdown-no-html",
        ),
        pytest.param(
            lambda path: lambda doc: doc.setHtml(f'<p>x<img src="file://{path}"></p>'),
            id="html-img",
        ),
        pytest.param(
            lambda path: (
                lambda doc: doc.setHtml(
                    '<html><head><link rel="stylesheet" type="text/css" '
                    f'href="{path.with_suffix(".css")}"></head><body><p>x</p></body></html>'
                )
            ),
            id="html-stylesheet",
        ),
    ],
)
def test_images_and_stylesheets_are_never_read_from_disk(
    qtbot, tall_image: Path, fill, resource_spy: list[tuple[int, str, object]]
) -> None:
    """Positive control: a plain QTextBrowser reads the file (the document grows to fit the
    400 px image or the stylesheet's 300 px font); the SafeTextBrowser does not."""
    tall_image.with_suffix(".css").write_text("p { font-size: 300px }", encoding="utf-8")
    make = fill(tall_image)
    plain_browser = QTextBrowser()
    qtbot.addWidget(plain_browser)
    assert _height_with(plain_browser, make) > 350  # Qt itself does read local files
    safe = SafeTextBrowser()
    qtbot.addWidget(safe)
    assert _height_with(safe, make) < 100
    assert resource_spy  # Qt asked us ...
    assert all(_is_empty(result) for _, _, result in resource_spy)  # ... and got nothing


def test_set_source_never_loads(qtbot, tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.html"
    secret.write_text("<p>RAHASIA</p>", encoding="utf-8")
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setSource(QUrl.fromLocalFile(str(secret)))
    browser.reload()
    assert "RAHASIA" not in browser.toPlainText()


# -- accessibility and keyboard ------------------------------------------------------------


def test_accessible_names_tooltips_and_tab_order(qtbot, view: ReaderView, library: Library) -> None:
    for widget in (
        view.back_button,
        view.forward_button,
        view.previous_match_button,
        view.next_match_button,
        view.text,
        view.match_label,
    ):
        assert widget.accessibleName(), widget
    assert view.back_button.text() == "◀ Kembali"
    assert view.forward_button.text() == "Maju ▶"
    assert "Alt+Panah Kiri" in view.back_button.toolTip()
    assert "Alt+Panah Kanan" in view.forward_button.toolTip()
    assert "F3" in view.next_match_button.toolTip()
    # real Tab presses go back -> forward -> previous word -> next word -> text
    view.show_passage(library.open_article("001"))
    view.show_passage(library.open_article("003"), frozenset({"server"}))
    view.show_passage(library.open_article("004"))
    view.back()  # 003 again, with its searched words; both history buttons enabled
    assert view.match_count() > 0
    view.activateWindow()
    view.back_button.setFocus()
    qtbot.waitUntil(view.back_button.hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        order.append(view.focusWidget())
    assert order == [
        view.forward_button,
        view.previous_match_button,
        view.next_match_button,
        view.text,
    ]
    assert view.text.tabChangesFocus()


def test_text_is_selectable_by_keyboard(qtbot, view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("003"))
    view.activateWindow()
    view.text.setFocus()
    qtbot.waitUntil(view.text.hasFocus)
    view.text.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(4):
        qtbot.keyClick(view.text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.text.textCursor().selectedText() == "Back"


def test_context_menu_is_indonesian_and_only_copies(view: ReaderView, library: Library) -> None:
    view.show_passage(library.open_article("003"))
    view.text.moveCursor(QTextCursor.MoveOperation.Start)
    menu = view.text.context_menu()
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [
        ("Salin", False),
        ("Pilih semua", True),
    ]
    menu.actions()[1].trigger()
    assert view.text.textCursor().selectedText().startswith("Back-end Developer")
    assert view.text.context_menu().actions()[0].isEnabled()
