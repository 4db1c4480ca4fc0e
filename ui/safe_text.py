"""Untrusted text (anything from an article or a profile) reaches widgets as plain text only.

One set of helpers for every view:

* :func:`plain_label` — a ``QLabel`` fixed to ``Qt.TextFormat.PlainText`` *before* it gets its
  text (a label's default, ``AutoText``, renders text that looks like HTML as HTML, and an
  ``<img src="/any/file">`` in it makes Qt read that file).
* :func:`rich_text` — for places that always guess between plain and rich text (tooltips,
  ``QToolTip``, item-model ``ToolTipRole`` data): the text escaped inside rich text of our
  own, so Qt shows it exactly, markup and all, and never loads anything.
* :func:`fill` — Qt's ``%1``/``%2`` placeholders filled in one pass (a value holding "%2" is
  not filled again).
* :func:`no_mnemonic` — button and tab texts: "&" shown as "&", not taken as a shortcut.
* :func:`plain` — text safe for ``QTextCursor.insertText`` (no structural characters).

:class:`SafeTextBrowser` is a read-only text browser that never loads anything: no files, no
network, no links followed. The reader builds its document with ``QTextCursor`` calls only
(never HTML or Markdown), so no image or anchor format ever exists; the browser is the second
line of defence in case markup ever does reach a document:

* ``loadResource()`` never calls the base implementation. It returns an empty ``QImage`` for
  images and an empty ``QByteArray`` for every other resource type. Both matter on PySide6 6.12
  (measured with strace): when the override returns ``None`` Qt falls back to reading the file
  itself, for ``file://`` and absolute-path images (even from Markdown with ``MarkdownNoHTML``)
  and for ``<link rel="stylesheet">`` files.
* ``doSetSource()`` does nothing, so ``setSource()``, ``reload()``, ``backward()`` and
  ``forward()`` open nothing; links are never followed (``openLinks``/``openExternalLinks`` off)
  and a clicked anchor is only reported through :attr:`SafeTextBrowser.link_requested`.
* No search paths, an empty base URL and document URL, no undo history, drops refused.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QMenu, QTextBrowser, QWidget

# Characters QTextDocument gives a structural meaning (block, frame and object markers, line
# and paragraph separators) or that are invisible controls: each is replaced one-for-one, so
# offsets into the text stay offsets into the document.
_UNSAFE = {
    **{c: " " for c in range(0x00, 0x20) if c != 0x09},
    0x7F: " ",
    0x2028: " ",  # LINE SEPARATOR (a soft line break inside a block)
    0x2029: " ",  # PARAGRAPH SEPARATOR (QTextDocument's block separator)
    0xFDD0: "\ufffd",  # QTextBeginningOfFrame
    0xFDD1: "\ufffd",  # QTextEndOfFrame
    0xFFFC: "\ufffd",  # OBJECT REPLACEMENT CHARACTER (images, custom objects)
}


_PLACEHOLDER = re.compile(r"%(\d)")


def plain(text: str) -> str:
    """``text`` safe to pass to ``QTextCursor.insertText``: same length, one block, no objects."""
    return text.translate(_UNSAFE)


def rich_text(text: str) -> str:
    """Plain ``text`` as rich text that shows exactly it: ``<``, ``>`` and ``&`` escaped, spaces
    and line breaks kept. For every tooltip that carries untrusted text: Qt renders a tooltip
    as HTML whenever it looks like HTML (``Qt::mightBeRichText``), so unescaped markup there
    loads images and style sheets from disk."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def fill(template: str, *values: str) -> str:
    """Qt-style placeholders filled in one pass: ``fill("%1 via %2", "a", "b")`` -> "a via b".

    Unlike chained ``str.replace`` a value containing "%2" is left as written; a placeholder
    without a value stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def no_mnemonic(text: str) -> str:
    """A button or tab text showing every "&" (Qt takes a single "&" as a keyboard shortcut)."""
    return text.replace("&", "&&")


def plain_label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A QLabel that never interprets its text as markup (the format is set before the text)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


class SafeTextBrowser(QTextBrowser):
    """A ``QTextBrowser`` for untrusted text: read-only, selectable, never loads a resource."""

    link_requested = Signal(QUrl)
    """An anchor was activated; the URL is reported and never opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self._on_anchor)
        self.neutralise_document()

    def neutralise_document(self) -> None:
        """No base URL, document URL or title: nothing relative can resolve to a real place."""
        doc = self.document()
        doc.setBaseUrl(QUrl())
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentUrl, "")
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, "")
        doc.setUndoRedoEnabled(False)

    # -- never load anything --------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl) -> object:
        """An empty image for images, empty bytes otherwise; never the base implementation."""
        if int(type) == int(QTextDocument.ResourceType.ImageResource.value):
            return QImage()
        return QByteArray()

    def doSetSource(
        self,
        name: QUrl,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Opening a source is never allowed: the document only changes through the reader."""

    def _on_anchor(self, url: QUrl) -> None:
        self.link_requested.emit(QUrl(url))

    # -- input ----------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The context menu, in Indonesian, with what a read-only text offers: copy, select all."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Menu teks"))
        copy = menu.addAction(self.tr("Salin"))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy)
        select_all = menu.addAction(self.tr("Pilih semua"))
        select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        select_all.triggered.connect(self.selectAll)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Show :meth:`context_menu` instead of Qt's (English, with link entries)."""
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Refuse drag-and-drop: a dropped file or text never reaches the document."""
        event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        event.ignore()


class LinkLabel(QLabel):
    """Lines of links, reachable by mouse and keyboard, always in the palette's link colour
    (drawn again when the theme or projector mode changes it). Each line is a template whose
    "%1" becomes its links, comma separated; every text is escaped. ``linkActivated`` gives
    the href of the link chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._lines: list[tuple[str, list[tuple[str, str]]]] = []

    def set_links(self, lines: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """``(template, [(href, text), …])`` per line."""
        self._lines = list(lines)
        self._render()

    def _render(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.Link).name()

        def anchors(items: list[tuple[str, str]]) -> str:
            return ", ".join(
                f"<a href='{html.escape(href)}' style='color:{colour}'>"
                f"{html.escape(text, quote=False)}</a>"
                for href, text in items
            )

        self.setText(
            "<br>".join(fill(html.escape(t, quote=False), anchors(i)) for t, i in self._lines)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._lines:
            self._render()
