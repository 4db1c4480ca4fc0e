"""The app's widget style: Fusion, with edges and a keyboard focus ring every theme shows.

Fusion draws the edge of a text field, drop-down list, button, menu, popup, radio button,
check box, progress bar and scroll bar handle in the window colour darkened by 40 %: on the
high-contrast theme's black that is black again, and on the dark theme barely darker than
the window. A pressed toggle button gets a bar in the selection colour (Fusion's darker fill
hardly differs on dark).
:class:`AppStyle` draws those edges again in :func:`ui.palettes.outline_colour` (at least
3:1 against the window, field and button colours of the palette in use, projector mode's
included) and replaces Fusion's faint focus rectangle (the selection colour at 30 % opacity)
with a solid two-pixel ring in :func:`ui.palettes.focus_colour`, drawn, as Fusion does,
while the keyboard moves the focus.

It also makes Enter press a focused push or tool button (ui/button_keys.py), and rings a page
or an article text the keyboard moved to (ui/focus_ring.py).

No style sheet: Qt stops propagating fonts below a styled widget, which would break zoom.
Painting from Python makes PySide build its ``Qt`` namespace (~30 ms, see
ui/main_window.py), so the app starts with plain Fusion and installs this style after the
first frame (ui.theme.defer_app_style, MainWindow.after_first_show).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.button_keys import EnterPressesButton
from ui.focus_ring import ScrollFocusRings
from ui.palettes import focus_colour, outline_colour

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
STATE = QStyle.StateFlag
FOCUS_RING_WIDTH = 2.0
CHECKED_BAR = 4.0  # the bar under a pressed toggle button, in the selection colour
RADIUS = 2.0  # Fusion's corner radius for fields and buttons
_RINGED = (CE.CE_PushButton, CE.CE_TabBarTabLabel)
_MENU_FRAMES = (PE.PE_PanelMenu, PE.PE_FrameMenu)
_INDICATORS = (PE.PE_IndicatorRadioButton, PE.PE_IndicatorCheckBox)


def _edge(
    painter: QPainter, rect: QRectF, colour: QColor, width: float = 1.0, radius: float = RADIUS
) -> None:
    """A rounded outline whose ``width``-pixel line lies just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour)
    pen.setWidthF(width)
    painter.setPen(pen)
    painter.setBrush(QBrush())  # no fill
    inset = width / 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
    painter.restore()


def _indicator_edge(element: QStyle.PrimitiveElement, option: QStyleOption, p: QPainter) -> None:
    """Fusion's radio circle and check box square are edged in the window colour darkened,
    invisible on the dark and high-contrast themes: edged again in the outline colour."""
    rect = QRectF(option.rect)
    if element == PE.PE_IndicatorCheckBox:
        _edge(p, rect, outline_colour(option.palette), radius=1.0)
        return
    side = min(rect.width(), rect.height())
    circle = QRectF(0, 0, side, side)
    circle.moveCenter(rect.center())
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(outline_colour(option.palette), 1.0))
    p.setBrush(QBrush())
    p.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))
    p.restore()


def _keyboard_focus(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & STATE.State_HasFocus) and bool(state & STATE.State_KeyboardFocusChange)


class AppStyle(QProxyStyle):
    """Fusion with outlines that read on every palette and a visible keyboard focus ring."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.enter_presses = EnterPressesButton(self)
        self.scroll_rings = ScrollFocusRings(self)

    def _filter_for(self, target: object) -> QObject | None:
        if isinstance(target, QPushButton | QToolButton):
            return self.enter_presses
        if isinstance(target, QScrollArea | QTextEdit):  # a page, an article
            return self.scroll_rings
        return None

    def polish(self, target: QWidget | QApplication | QPalette) -> object:
        """Fusion's polish; push and tool buttons also take Enter (ui/button_keys.py), pages
        and texts show a focus ring (ui/focus_ring.py)."""
        event_filter = self._filter_for(target)
        if event_filter is not None:
            target.installEventFilter(event_filter)
        return super().polish(target)

    def unpolish(self, target: QWidget | QApplication) -> object:
        """Fusion's unpolish, and this style's event filters removed."""
        event_filter = self._filter_for(target)
        if event_filter is not None:
            target.removeEventFilter(event_filter)
        return super().unpolish(target)

    def name(self) -> str:
        """The base style's name, "fusion" (a proxy has none of its own)."""
        return self.baseStyle().name()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then a readable edge or focus ring where one belongs."""
        if element == PE.PE_FrameFocusRect:
            self._focus_ring(option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == PE.PE_FrameLineEdit:
            self._field_edge(option, painter)
        elif element in _INDICATORS:  # a radio button's circle, a check box's square
            _indicator_edge(element, option, painter)
        elif element == PE.PE_PanelButtonCommand:
            self._button_edge(option, painter)
        elif element in _MENU_FRAMES or element == PE.PE_Frame:
            # a menu or submenu; a popup list (the search suggestions, a drop-down's list); a
            # panel's frame (a role card, a learning step, the quiz's statement)
            _edge(painter, QRectF(option.rect), outline_colour(option.palette), radius=0.0)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing; a ring round a push button or tab the keyboard moved to (Fusion
        marks neither: a flat button, such as a citation marker, showed no focus at all)."""
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_ProgressBarGroove:  # the scale a progress bar fills
            _edge(painter, QRectF(option.rect), outline_colour(option.palette))
        if element in _RINGED and _keyboard_focus(option):
            inset = 0.0 if element == CE.CE_PushButton else 1.0
            rect = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
            _edge(painter, rect, focus_colour(option.palette), FOCUS_RING_WIDTH)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing; a drop-down list gets a readable edge."""
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ComboBox:
            self._field_edge(option, painter)
        elif control == QStyle.ComplexControl.CC_ScrollBar:  # the handle, on every theme
            slider = self.subControlRect(
                control, option, QStyle.SubControl.SC_ScrollBarSlider, widget
            )
            if slider.isValid() and not slider.isEmpty():
                _edge(painter, QRectF(slider), outline_colour(option.palette))

    def _field_edge(self, option: QStyleOption, painter: QPainter) -> None:
        focused = bool(option.state & STATE.State_HasFocus)
        palette = option.palette
        colour = focus_colour(palette) if focused else outline_colour(palette)
        _edge(painter, QRectF(option.rect), colour)

    def _button_edge(self, option: QStyleOption, painter: QPainter) -> None:
        flat = QStyleOptionButton.ButtonFeature.Flat
        if isinstance(option, QStyleOptionButton) and option.features & flat:
            return  # a flat button (a citation marker) has no edge, only a focus ring
        if option.state & STATE.State_On:  # a pressed toggle (a step's state): a bar under it
            bar = QRectF(option.rect)
            bar.setTop(bar.bottom() - CHECKED_BAR)
            painter.fillRect(bar.adjusted(2, -2, -2, -1), focus_colour(option.palette))
        if _keyboard_focus(option):
            return  # the focus ring goes round it (drawControl)
        _edge(painter, QRectF(option.rect), outline_colour(option.palette))

    def _focus_ring(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        if not option.state & STATE.State_KeyboardFocusChange:
            return  # as Fusion: no ring after a mouse click
        rect = QRectF(option.rect)
        if isinstance(widget, QAbstractButton):  # round the whole button, not its label
            rect = QRectF(widget.rect())
        _edge(painter, rect, focus_colour(option.palette), FOCUS_RING_WIDTH)
