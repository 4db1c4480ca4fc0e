"""One entry for every format: the content checked against the extension, then its parser."""

from __future__ import annotations

from guide.importing.model import Extracted, Limits, Unreadable
from guide.importing.sniff import check_kind

_SUFFIX_OF = {"txt": ".txt", "md": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"}


def extract(data: bytes, kind: str, limits: Limits, suffix: str = "") -> Extracted:
    """The pieces and metadata of ``data`` read as ``kind``; :class:`Unreadable` if refused."""
    check_kind(data, kind, suffix or _SUFFIX_OF.get(kind, kind))
    if kind == "txt":
        from guide.importing import txt

        return txt.parse(data)
    if kind == "md":
        from guide.importing import md

        return md.parse(data)
    if kind == "html":
        from guide.importing import html

        return html.parse(data)
    if kind == "pdf":
        from guide.importing import pdf

        return pdf.parse(data, limits.max_text_chars)
    if kind == "docx":
        from guide.importing import docx

        return docx.parse(data, limits)
    raise Unreadable("jenis berkas ini tidak didukung")
