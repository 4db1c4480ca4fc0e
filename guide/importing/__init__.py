"""Teachers' own files (.txt, .md, .html, .pdf, .docx) -> articles, parsed in a sandbox.

``import_file(path, limits)`` returns an :class:`ImportedDocument` (canonical text and a
:class:`guide.article.ParsedArticle` whose offsets index into it) or a :class:`Refusal` with
one Indonesian sentence; it never raises for a bad file. Each format is one small module on a
kept library (``txt``, ``md``, ``html``, ``pdf``, ``docx``); all of them end in
:func:`guide.importing.compose.compose`. The parse runs in ``guide.importing.worker``, a child
process with time, memory, size and network limits (``guide.importing.sandbox``).
"""

from guide.importing.compose import compose
from guide.importing.model import ImportedDocument, Limits, Piece, Refusal
from guide.importing.sandbox import WORKER_FLAG, article_id_for, import_file, prewarm
from guide.importing.sniff import SUPPORTED_SUFFIXES

__all__ = [
    "SUPPORTED_SUFFIXES",
    "WORKER_FLAG",
    "ImportedDocument",
    "Limits",
    "Piece",
    "Refusal",
    "article_id_for",
    "compose",
    "import_file",
    "prewarm",
]
