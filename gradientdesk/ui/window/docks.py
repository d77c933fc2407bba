"""The dock layout of the main window, declared in one place: which dock holds which view, where it starts, what it
is called, and which docks share a tab bar.

`DOCK_LAYOUT` lists every dock in placement order. The main window builds each view and hands it to `place_docks`
under its name; nothing else adds a dock to the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

from ..lessons.lesson_panel import TITLE as LESSON_TITLE
from ..panels.hyperparameter_panel import TITLE as HYPERPARAMETERS_TITLE
from ..panels.parameter_panel import TITLE as PARAMETERS_TITLE
from .dock_titles import ShortTitleWhenNarrow, apply_tab_title

Area = Qt.DockWidgetArea


@runtime_checkable
class CatchesUp(Protocol):
    """A view that skips its work while out of sight and draws what it missed in `catch_up()`."""

    def catch_up(self) -> None: ...


@dataclass(frozen=True)
class DockSpec:
    """One dock: `name` (its object name is `<name>_dock`, which saveState/restoreState match), `title` (the part
    before " — " names the tab, the rest becomes the view's caption), the `area` it starts in, and how it joins the
    docks placed before it: `split_from` (beside or below that dock, in `orientation`), `split_before` (this dock
    first, that one after it) or `tab_with` (in the same tab bar). `hidden` docks start closed."""

    name: str
    title: str
    area: Area
    split_from: str = ""
    split_before: str = ""
    orientation: Qt.Orientation = Qt.Orientation.Horizontal
    tab_with: str = ""
    hidden: bool = False
    inspection: bool = False  # a view inside the model: listed together in the View menu
    caption: bool = True  # False: the whole title names the dock while it fits, else the part before " — "


DOCK_LAYOUT: tuple[DockSpec, ...] = (
    DockSpec("hyperparameters", HYPERPARAMETERS_TITLE, Area.LeftDockWidgetArea, caption=False),
    DockSpec("parameters", PARAMETERS_TITLE, Area.RightDockWidgetArea, caption=False),
    DockSpec("loss", "Loss", Area.BottomDockWidgetArea),
    DockSpec("traces", "Parameter traces — every weight and bias over the steps", Area.BottomDockWidgetArea,
             split_from="loss"),
    DockSpec("network_diagram", "Network diagram — neurons, weights and what each neuron computes",
             Area.BottomDockWidgetArea, tab_with="traces", inspection=True),
    DockSpec("weight_maps", "Weight and gradient maps — one layer's W, b, dL/dW and weights over time",
             Area.BottomDockWidgetArea, tab_with="traces", inspection=True),
    DockSpec("update_inspector", "Update inspector — the last step of one parameter, with the numbers",
             Area.BottomDockWidgetArea, tab_with="traces", inspection=True),
    DockSpec("landscape", "Loss landscape — the loss over two parameters, and the optimizer's path on it",
             Area.BottomDockWidgetArea, tab_with="traces", inspection=True),
    DockSpec("forward_pass", "Worked forward pass — what the model computes for one point",
             Area.BottomDockWidgetArea, tab_with="traces", inspection=True),
    DockSpec("lesson", LESSON_TITLE, Area.RightDockWidgetArea, split_before="parameters",
             orientation=Qt.Orientation.Vertical, hidden=True),
)
# The first sizes (px) of the columns beside the canvas and of the row below it.
SIDE_WIDTHS = {"hyperparameters": 320, "parameters": 330}  # the side panels' whole titles fit
BOTTOM_HEIGHT = 260
MIN_BESIDE_TABS = 300  # px: the loss plot beside the tabbed views keeps at least this much when they need room
LESSON_WIDTH = 380  # px: about 45 characters a line, and the canvas keeps most of the window
LESSON_SHARE = 0.7  # of the right-hand column's height, when the Lesson dock appears above the parameters


def make_dock(parent: QMainWindow, spec: DockSpec, widget: QWidget) -> QDockWidget:
    """A movable, floatable, closable dock for `widget` named by `spec`. A widget may bring its own dock (the
    lessons do: their dock shows and hides with the open document)."""
    dock = widget if isinstance(widget, QDockWidget) else QDockWidget(parent)
    if dock is not widget:
        dock.setWidget(widget)
    dock.setObjectName(f"{spec.name}_dock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    if spec.caption:
        apply_tab_title(dock, dock.widget(), spec.title)
    else:  # the whole title while it fits, the name alone when it would be elided
        ShortTitleWhenNarrow(dock, spec.title)
    view = dock.widget()
    if isinstance(view, CatchesUp):  # after the layout has placed it: on_screen() must see the new geometry
        dock.visibilityChanged.connect(lambda visible, v=view: visible and QTimer.singleShot(0, v, v.catch_up))
    return dock


def place_docks(window: QMainWindow, widgets: Mapping[str, QWidget]) -> dict[str, QDockWidget]:
    """Put a dock for each of `widgets` (by DockSpec name) into `window` as DOCK_LAYOUT says; returns the docks by
    name. Raises KeyError if a declared dock has no widget or a widget has no declared dock."""
    declared = {spec.name for spec in DOCK_LAYOUT}
    if set(widgets) != declared:
        raise KeyError(f"docks without a view: {sorted(declared - set(widgets))}; "
                       f"views without a dock: {sorted(set(widgets) - declared)}")
    docks: dict[str, QDockWidget] = {}
    for spec in DOCK_LAYOUT:
        dock = docks[spec.name] = make_dock(window, spec, widgets[spec.name])
        window.addDockWidget(spec.area, dock)
        if spec.split_from:
            window.splitDockWidget(docks[spec.split_from], dock, spec.orientation)
        elif spec.split_before:
            window.splitDockWidget(dock, docks[spec.split_before], spec.orientation)
        elif spec.tab_with:
            window.tabifyDockWidget(docks[spec.tab_with], dock)
        if spec.hidden:
            dock.hide()
    for spec in DOCK_LAYOUT:
        if spec.tab_with:
            docks[spec.tab_with].raise_()  # the first of a tab group stays in front: a new view costs nothing unseen
    window.resizeDocks([docks[name] for name in SIDE_WIDTHS], list(SIDE_WIDTHS.values()), Qt.Orientation.Horizontal)
    window.resizeDocks([docks["loss"]], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)
    return docks


def inspection_names() -> tuple[str, ...]:
    return tuple(spec.name for spec in DOCK_LAYOUT if spec.inspection)


def give_lesson_room(window: QMainWindow, lesson: QDockWidget, parameters: QDockWidget) -> None:
    """Give the lesson most of the right-hand column and a readable width."""
    if lesson.isFloating() or not lesson.isVisible():
        return
    window.resizeDocks([lesson], [LESSON_WIDTH], Qt.Orientation.Horizontal)
    if parameters.isVisible() and not parameters.isFloating():
        height = lesson.height() + parameters.height()
        window.resizeDocks([lesson, parameters], [round(height * LESSON_SHARE), round(height * (1 - LESSON_SHARE))],
                           Qt.Orientation.Vertical)


def open_all_views(window: QMainWindow, first_row: list[QDockWidget], views: list[QDockWidget]) -> None:
    """Show every one of `views` at once, in a row under `first_row` (a tabbed dock is not painted; a lesson on a
    big screen and the all-views benchmark want them all)."""
    previous = None
    for dock in views:
        window.removeDockWidget(dock)  # untabify: splitting a tabbed dock would only add a tab
        dock.setFloating(False)
        if previous is None:  # a new full-width row below the loss and traces
            window.addDockWidget(Area.BottomDockWidgetArea, dock, Qt.Orientation.Vertical)
        else:
            window.splitDockWidget(previous, dock, Qt.Orientation.Horizontal)
        dock.show()
        previous = dock
    if previous is not None and first_row:
        # two short rows under the canvas, which keeps about a third of the height
        window.resizeDocks([first_row[0], views[0]], [190, 280], Qt.Orientation.Vertical)


def give_tabs_room(window: QMainWindow, beside: QDockWidget, tabbed: QDockWidget) -> None:
    """Widen the group of tabbed docks that `tabbed` is in (at the expense of `beside`) until every tab shows its
    whole name, if `beside` keeps MIN_BESIDE_TABS px; else leave both as they are."""
    names = {tabbed.windowTitle()}
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()
            and names <= {bar.tabText(i) for i in range(bar.count())}]
    if not bars or not beside.isVisible() or beside.isFloating() or tabbed.isFloating():
        return
    needed = sum(bars[0].tabSizeHint(i).width() for i in range(bars[0].count()))
    missing = needed - tabbed.width()
    room = beside.width() - missing
    if missing > 0 and room >= MIN_BESIDE_TABS:  # else narrowing it would spoil the loss and still elide the tabs
        window.resizeDocks([beside, tabbed], [room, tabbed.width() + missing], Qt.Orientation.Horizontal)
