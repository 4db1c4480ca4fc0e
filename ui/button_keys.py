"""Enter presses the focused button, as Space does.

Qt presses a focused push button on Enter only in a dialog (an "auto-default" button), and a
tool button never; a student tabbing to "Lihat profil" or to a citation marker and pressing
Enter got nothing. :class:`ui.style.AppStyle` installs an :class:`EnterPressesButton` on every
push and tool button it polishes, so every button of every view and dialog gets it, including
the ones built later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

# Qt.Key_Return and Qt.Key_Enter (the keypad's) as plain numbers: see ui/search_box.py on why
# nothing that runs for every event names PySide's ``Qt`` namespace.
KEY_RETURN, KEY_ENTER = 0x01000004, 0x01000005
KEYPAD_MODIFIER = 0x20000000  # Qt.KeypadModifier: the keypad's Enter carries it


class EnterPressesButton(QObject):
    """An event filter: Return or Enter on a focused, enabled button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Click ``watched`` on Return/Enter without modifiers; let every other event by."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        if not isinstance(event, QKeyEvent) or event.key() not in (KEY_RETURN, KEY_ENTER):
            return False
        if event.modifiers().value & ~KEYPAD_MODIFIER:
            return False  # Alt+Enter, Ctrl+Enter…: someone else's shortcut
        if watched.isEnabled() and not event.isAutoRepeat():
            watched.click()
        return True
