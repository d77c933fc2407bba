"""Views that look inside the model (issue 4): network diagram, weight and gradient maps, update inspector, loss
landscape, worked forward pass. Each view module offers `TITLE` and `install(window)`; `add_inspection_dock` is the
one way they enter the main window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ..window.dock_titles import apply_tab_title


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
        QTimer.singleShot(0, self.catch_up)  # type: ignore[attr-defined]


def add_inspection_dock(window: QMainWindow, widget: QWidget, name: str, title: str) -> QDockWidget:
    """Put `widget` in a closable, movable dock tabbed with the parameter traces, list it in
    `window.inspection_docks` and give it a toggle in the View menu (now, or when the menu is built: the main
    window adds the toggles of the docks listed before its menus exist). When the dock comes to the front (its tab
    is chosen), `widget.catch_up()` is called, if it has one, to draw what it skipped while out of sight."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{name}_dock")  # saveState/restoreState find docks by object name
    dock.setWidget(widget)
    apply_tab_title(dock, widget, title)  # "Network diagram" on the tab, the rest of the title in the view
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    catch_up = getattr(widget, "catch_up", None)
    if catch_up is not None:  # after the layout has placed it: on_screen() must see the new geometry
        dock.visibilityChanged.connect(lambda visible: visible and QTimer.singleShot(0, catch_up))
    traces = getattr(window, "traces_dock", None)
    if traces is not None:
        window.tabifyDockWidget(traces, dock)
        traces.raise_()  # the traces stay the visible tab: a new view costs nothing until it is opened
    docks = getattr(window, "inspection_docks", None)
    if docks is not None:
        docks.append(dock)
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addAction(dock.toggleViewAction())
    return dock
