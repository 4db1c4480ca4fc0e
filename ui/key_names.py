"""Keyboard shortcuts as the F1 screen and tooltips print them, with key names in the
interface language: "Alt+Kiri", "Page Down", "Spasi" in Indonesian; Qt's own names
("Alt+Left", "PgDown", "Space") in English, through the English catalogue.

Qt writes its key names in English unless it has a "QShortcut" catalogue for the language,
and it ships none for Indonesian; the names that differ are translated here instead (context
"MainWindow": the window's F1 table and tooltips show them). Modifiers (Ctrl, Alt, Shift) and
keys printed the same on every keyboard (F1, Esc, Tab, Home, End) keep Qt's names.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

# Qt's portable key name → its name in the interface language (source: Indonesian).
_KEY_NAMES = {
    "Left": QT_TRANSLATE_NOOP("MainWindow", "Kiri"),
    "Right": QT_TRANSLATE_NOOP("MainWindow", "Kanan"),
    "Up": QT_TRANSLATE_NOOP("MainWindow", "Atas"),
    "Down": QT_TRANSLATE_NOOP("MainWindow", "Bawah"),
    "PgUp": QT_TRANSLATE_NOOP("MainWindow", "Page Up"),
    "PgDown": QT_TRANSLATE_NOOP("MainWindow", "Page Down"),
    "Space": QT_TRANSLATE_NOOP("MainWindow", "Spasi"),
    "Del": QT_TRANSLATE_NOOP("MainWindow", "Hapus"),
    "Return": QT_TRANSLATE_NOOP("MainWindow", "Enter"),
}
PORTABLE = QKeySequence.SequenceFormat.PortableText


def key_name(portable: str) -> str:
    """One key's name (Qt's portable name, e.g. "PgDown") in the interface language."""
    name = _KEY_NAMES.get(portable)
    return QCoreApplication.translate("MainWindow", name) if name else portable


def key_text(sequence: QKeySequence | str) -> str:
    """A shortcut such as "Alt+Left" or "Ctrl++" with its key names in the interface language
    ("Alt+Kiri"); several chords are joined by ", ".

    Works on Qt's portable text, not on Qt.Key values: the tooltips are written while the
    window first shows, and naming the ``Qt`` namespace then costs ~20 ms (ui/main_window.py).
    """
    if isinstance(sequence, str):  # (copying a QKeySequence would name ``Qt`` too)
        sequence = QKeySequence(sequence)
    chords = []
    for i in range(sequence.count()):
        text = QKeySequence(sequence[i]).toString(PORTABLE)  # "Ctrl+Shift+Tab", "Ctrl++"
        if text == "+" or text.endswith("++"):
            modifiers, key = text[:-1], "+"
        else:
            head, plus, key = text.rpartition("+")
            modifiers = head + plus
        chords.append(modifiers + key_name(key))
    return ", ".join(chords)


def shortcuts_text(sequences: list[QKeySequence]) -> str:
    """Several shortcuts of one action, as F1 lists them: "Kiri, Page Up"."""
    return ", ".join(key_text(s) for s in sequences)
