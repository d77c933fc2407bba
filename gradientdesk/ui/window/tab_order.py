"""The main window's Tab order: the reading order of the window, region by region.

Qt's own focus chain follows the order in which widgets were made, which in GradientDesk means the stage's views
first, then the docks, the toolbars last, and panels rebuilt later (a model's settings) wherever they were appended;
a hidden Qt part (the tab bar QMainWindow keeps for a dock area that holds one dock, parked off the window) even
took the focus out of sight. So MainWindow.focusNextPrevChild asks `next_in_reading_order` instead, computed from
the widgets as they are now:

1. the regions in the order a reader meets them: the training toolbar, the data toolbar, the stage (its view
   buttons, then the view), then the docks from the left edge to the right and top to bottom;
2. within a region, top to bottom, then left to right (widgets on one line, within half a line's height, read left
   to right), so a form reads label row by label row and the feature boxes row by row.

A widget takes part if it accepts Tab focus, is visible, enabled and inside the window (an off-window Qt part does
not); a widget inside a QAbstractScrollArea counts even when scrolled out of sight (Qt scrolls it in on focus).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QMainWindow, QToolBar, QWidget

LINE = 12  # px: widgets whose tops differ by less are on one line


def _accepts_tab(widget: QWidget) -> bool:
    return (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return False


def _layout_position(window: QMainWindow, widget: QWidget) -> QPoint:
    """Where `widget` lies in the window as laid out, scroll offsets left out: focusing a widget scrolls its scroll
    area, and the order must not change under the walk."""
    x = y = 0
    current: QWidget | None = widget
    while current is not None and current is not window and not current.isWindow():
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        scrolled = isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        if not scrolled:  # a scroll area's content widget sits at minus the scroll offset
            x += current.x()
            y += current.y()
        current = parent
    return QPoint(x, y)


def _region(window: QMainWindow, widget: QWidget) -> tuple[int, int, int] | None:
    """(order, x, y) of the region `widget` lies in: toolbars by their place, the central widget, docks by their
    place; None for a widget in none of them (a Qt part of the main window itself)."""
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        top_left = parent.mapTo(window, QPoint(0, 0))
        if isinstance(parent, QToolBar):
            return (0, top_left.y(), top_left.x())
        if parent is window.centralWidget():
            return (1, 0, 0)
        if isinstance(parent, QDockWidget):
            return (2, top_left.x(), top_left.y())
        parent = parent.parentWidget()
    return None


def reading_order(window: QMainWindow) -> list[QWidget]:
    """The widgets Tab visits, in the window's reading order (see the module docstring)."""
    bounds = QRect(QPoint(0, 0), window.size())
    placed = []
    for widget in window.findChildren(QWidget):
        if not (_accepts_tab(widget) and widget.isVisibleTo(window) and widget.isEnabled()):
            continue
        if widget.focusProxy() is not None:  # its proxy is the one focused
            continue
        region = _region(window, widget)
        if region is None:
            continue
        if not _in_scroll_area(widget) and not bounds.intersects(QRect(widget.mapTo(window, QPoint(0, 0)),
                                                                       widget.size())):
            continue
        placed.append((region, _layout_position(window, widget), widget))
    placed.sort(key=lambda item: (item[0], item[1].y() // LINE, item[1].x()))
    return [widget for _region_key, _top_left, widget in placed]


def next_in_reading_order(window: QMainWindow, current: QWidget | None, forward: bool) -> QWidget | None:
    """The widget Tab (`forward`) or Shift+Tab moves to from `current` (the focus widget, or a child of the widget
    in the order that holds it); None when nothing in the window takes focus."""
    order = reading_order(window)
    if not order:
        return None
    index = -1
    widget = current
    while widget is not None and index < 0:
        if widget in order:
            index = order.index(widget)
        widget = widget.parentWidget()
    if index < 0:
        return order[0] if forward else order[-1]
    return order[(index + (1 if forward else -1)) % len(order)]
