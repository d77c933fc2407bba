"""The dock layout of the main window, declared in one place: which dock holds which panel, where it starts, what it
is called.

`DOCK_LAYOUT` lists every dock in placement order. The main window builds each panel and hands it to `place_docks`
under its name; nothing else adds a dock to the window. The side panels take the window's full height (the corners
belong to them); the loss sits under the stage, which holds the canvas and the inspection views (stage.py). The
Runs panel (ui/experiments/runs_panel.py) starts hidden, as a tab of the loss's dock: it shows itself when the first
comparison or sweep starts, with the whole row's width for its columns, and the stage keeps its height.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ..lessons.lesson_panel import TITLE as LESSON_TITLE
from ..panels.hyperparameter_panel import TITLE as HYPERPARAMETERS_TITLE
from ..panels.parameter_panel import TITLE as PARAMETERS_TITLE
from .dock_titles import ShortTitleWhenNarrow, apply_tab_title

Area = Qt.DockWidgetArea


@dataclass(frozen=True)
class DockSpec:
    """One dock: `name` (its object name is `<name>_dock`, which saveState/restoreState match), `title` (the part
    before " — " names the dock, the rest becomes the panel's caption), the `area` it starts in, and how it joins the
    docks placed before it: `split_before` (this dock first, that one after it, in `orientation`) or `tabify_with`
    (a tab of that one's dock). `hidden` docks start closed (a hidden tab shows no tab bar)."""

    name: str
    title: str
    area: Area
    split_before: str = ""
    tabify_with: str = ""
    orientation: Qt.Orientation = Qt.Orientation.Horizontal
    hidden: bool = False
    caption: bool = True  # False: the whole title names the dock while it fits, else the part before " — "


DOCK_LAYOUT: tuple[DockSpec, ...] = (
    DockSpec("hyperparameters", HYPERPARAMETERS_TITLE, Area.LeftDockWidgetArea, caption=False),
    DockSpec("parameters", PARAMETERS_TITLE, Area.RightDockWidgetArea, caption=False),
    DockSpec("loss", QT_TRANSLATE_NOOP("Docks", "Loss"), Area.BottomDockWidgetArea),
    DockSpec("lesson", LESSON_TITLE, Area.RightDockWidgetArea, split_before="parameters",
             orientation=Qt.Orientation.Vertical, hidden=True),
    DockSpec("runs", QT_TRANSLATE_NOOP(
        "Docks", "Runs — every run's name, what it changes from the current run, its steps and losses"),
             Area.BottomDockWidgetArea, tabify_with="loss", hidden=True),
)
# The first sizes (px) of the columns beside the stage and of the row below it.
SIDE_WIDTHS = {"hyperparameters": 320, "parameters": 320}  # the side panels' whole titles fit
NARROW_SIDE_WIDTH = 290  # on a window narrower than WIDE_WINDOW: the stage needs the room more than the long titles
WIDE_WINDOW = 1500
BOTTOM_HEIGHT = 190  # the loss: two readable plots, and the stage keeps the rest of a 768-px screen
LESSON_WIDTH = 380  # px: about 45 characters a line, and the canvas keeps most of the window
LESSON_SHARE = 0.83  # of the right-hand column's height, when the Lesson dock appears above the parameters


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
    title = QCoreApplication.translate("Docks", spec.title)  # every title is marked in context "Docks"
    if spec.caption:
        apply_tab_title(dock, dock.widget(), title)
    else:  # the whole title while it fits, the name alone when it would be elided
        ShortTitleWhenNarrow(dock, title)
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
        if spec.split_before:
            window.splitDockWidget(dock, docks[spec.split_before], spec.orientation)
        if spec.tabify_with:
            window.tabifyDockWidget(docks[spec.tabify_with], dock)
        if spec.hidden:
            dock.hide()
    for corner, area in ((Qt.Corner.TopLeftCorner, Area.LeftDockWidgetArea),
                         (Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea),
                         (Qt.Corner.TopRightCorner, Area.RightDockWidgetArea),
                         (Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)):
        window.setCorner(corner, area)  # the side panels run the full height: the learning rate stays in view
    size_side_docks(window, docks, window.width())
    window.resizeDocks([docks["loss"]], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)
    return docks


def size_side_docks(window: QMainWindow, docks: Mapping[str, QDockWidget], window_width: int) -> None:
    """The side panels' first widths for a window `window_width` px wide: SIDE_WIDTHS, or NARROW_SIDE_WIDTH each
    on a laptop or projector (a 1366-px window then gives the stage ~770 px: canvas and view side by side)."""
    widths = [width if window_width >= WIDE_WINDOW else NARROW_SIDE_WIDTH for width in SIDE_WIDTHS.values()]
    window.resizeDocks([docks[name] for name in SIDE_WIDTHS], widths, Qt.Orientation.Horizontal)


def give_lesson_room(window: QMainWindow, lesson: QDockWidget, parameters: QDockWidget) -> None:
    """Give the lesson most of the right-hand column and a readable width."""
    if lesson.isFloating() or not lesson.isVisible():
        return
    window.resizeDocks([lesson], [LESSON_WIDTH], Qt.Orientation.Horizontal)
    if parameters.isVisible() and not parameters.isFloating():
        height = lesson.height() + parameters.height()
        window.resizeDocks([lesson, parameters], [round(height * LESSON_SHARE), round(height * (1 - LESSON_SHARE))],
                           Qt.Orientation.Vertical)
