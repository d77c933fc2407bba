"""Views that look inside the model (issue 4): network diagram, weight and gradient maps, update inspector, loss
landscape, worked forward pass. Each view is a widget built from the controller; the main window places it in a dock
(ui/window/docks.py). A view that skips work while out of sight offers `catch_up()`."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import QWidget

from ..theme.theme import Theme


def on_screen(widget: QWidget) -> bool:
    """True when part of `widget` lies inside its window. A dock in a background tab is not hidden but moved outside
    the window (isVisible() stays True), and visibleRegion() is empty for any widget its children cover; views use
    this to skip work nobody sees."""
    if not widget.isVisible():
        return False
    window = widget.window()
    return window.rect().intersects(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


class CatchUpWhenShown:
    """For a view that skips its work while out of sight (a background tab): when it is shown again, its
    `catch_up()` runs once the layout has placed it (a zero timer), so `on_screen()` sees its new geometry.
    Put it before QWidget among the bases."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        QTimer.singleShot(0, self, self.catch_up)  # type: ignore[attr-defined,call-overload]



def fixed_font(theme: Theme, factor: float = 1.0) -> QFont:
    """The system's monospace font `factor` times its own size, scaled by `theme` (bold in high contrast): for
    numbers written in aligned columns."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    points = font.pointSizeF() if font.pointSizeF() > 0 else theme.base_pt
    font.setPointSizeF(theme.pt(points * factor))
    font.setBold(theme.contrast)
    return font
