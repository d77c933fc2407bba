"""Mouse input of the data canvas: a ViewBox that turns clicks and drags into brush dabs and erasures.

Why a ViewBox subclass and not a scene event filter: pyqtgraph's scene already tells clicks from drags (distance and
time thresholds), delivers a drag's start / move / finish to the item the press began on, and gives positions in the
ViewBox's own coordinates, which `mapToView` turns into data coordinates. Overriding `mouseClickEvent` and
`mouseDragEvent` (and accepting the event) also switches off the ViewBox's pan, zoom and context menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

if TYPE_CHECKING:
    from .data_canvas import DataCanvas

MAX_DABS_PER_EVENT = 200
PICK_PIXELS = 6.0  # an erasure always reaches this many pixels around the cursor


class DrawingViewBox(pg.ViewBox):
    """Forwards left / right clicks, drags and hovering (in data coordinates) to a `StrokeHandler`."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.handler: StrokeHandler | None = None
        self.setMouseEnabled(False, False)

    def mouseClickEvent(self, ev) -> None:
        if self.handler is None or ev.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            ev.ignore()
            return
        ev.accept()
        pos = self.mapToView(ev.pos())
        if ev.button() == Qt.MouseButton.LeftButton and (self.handler.canvas.tools.tool == "inspect" or
                                                         ev.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.handler.canvas.point_inspected.emit(pos.x(), pos.y())  # the Inspect tool draws nothing
            return
        self.handler.click(ev.button(), pos)

    def mouseDragEvent(self, ev, axis=None) -> None:
        if self.handler is None or ev.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            ev.ignore()
            return
        ev.accept()
        if ev.button() == Qt.MouseButton.LeftButton and self.handler.canvas.tools.tool == "inspect":
            return  # dragging with the Inspect tool draws nothing
        pos = self.mapToView(ev.pos())
        start = self.mapToView(ev.buttonDownPos()) if ev.isStart() else None
        self.handler.drag(ev.button(), pos, start, ev.isFinish())

    def hoverEvent(self, ev) -> None:
        if self.handler is not None:
            self.handler.hover(None if ev.isExit() else self.mapToView(ev.pos()))

    def wheelEvent(self, ev, axis=None) -> None:
        ev.ignore()  # no zoom: the canvas always shows the data domain


class StrokeHandler:
    """Turns a press-drag-release into edits of the controller's data, all under one stroke id (one undo step).

    Left: brush dabs (or erasing, with the eraser tool); right: erasing. A drag places a dab at the press position
    and then one every `tools.dab_spacing()` of travel along the path.
    """

    def __init__(self, canvas: DataCanvas) -> None:
        self.canvas = canvas
        self._stroke: int | None = None
        self._erasing = False
        self._last: np.ndarray | None = None
        self.dabs = 0  # dabs placed (for tests and statistics)

    @property
    def controller(self):
        return self.canvas.controller

    def _erases(self, button: Qt.MouseButton) -> bool:
        return button == Qt.MouseButton.RightButton or self.canvas.tools.tool == "eraser"

    def click(self, button: Qt.MouseButton, pos: QPointF) -> None:
        stroke = self.controller.new_stroke()
        p = np.array([pos.x(), pos.y()])
        if self._erases(button):
            self.erase(p, stroke)
        else:
            self.add(p[None, :], stroke)

    def drag(self, button: Qt.MouseButton, pos: QPointF, start: QPointF | None, finish: bool) -> None:
        p = np.array([pos.x(), pos.y()])
        if start is not None:
            self._stroke = self.controller.new_stroke()
            self._erasing = self._erases(button)
            first = np.array([start.x(), start.y()])
            self._last = first
            if self._erasing:
                self.erase(first, self._stroke)
            else:
                self.add(first[None, :], self._stroke)
        if self._stroke is None or self._last is None:
            return
        self.canvas.move_cursor(pos)
        if self._erasing:
            self.erase(p, self._stroke)
        else:
            centers = self._centers_along(self._last, p, self.canvas.tools.dab_spacing())
            if len(centers):
                self._last = centers[-1]
                self.add(centers, self._stroke)
        if finish:
            self._stroke, self._last = None, None

    @staticmethod
    def _centers_along(a: np.ndarray, b: np.ndarray, spacing: float) -> np.ndarray:
        """Points every `spacing` from a (exclusive) towards b: at most one dab per `spacing` of movement."""
        d = float(np.hypot(*(b - a)))
        n = min(int(d // spacing), MAX_DABS_PER_EVENT) if spacing > 0 else 0
        if n == 0:
            return np.empty((0, 2))
        steps = np.arange(1, n + 1)[:, None] * (spacing / d)
        return a + steps * (b - a)

    def hover(self, pos: QPointF | None) -> None:
        self.canvas.move_cursor(pos)

    # ---- edits ------------------------------------------------------------------------------------------------------
    def add(self, centers: np.ndarray, stroke: int) -> None:
        """One dab at each of `centers` (k, 2), in one edit."""
        tools = self.canvas.tools
        positions = np.concatenate([tools.dab(tuple(c)) for c in centers])
        self.dabs += len(centers)
        state = self.controller.data
        if state.input_dim == 1:
            X = positions[:, :1]
            values = positions[:, 1] if state.task == "regression" else self._value(state.task, tools)
        else:
            X = positions
            values = self._value(state.task, tools)
        self.controller.add_points(X, values, stroke)

    @staticmethod
    def _value(task: str, tools) -> float:
        if task == "classification":
            return tools.class_index
        if task == "regression":
            return tools.target_value
        return 0.0

    def erase(self, center: np.ndarray, stroke: int) -> None:
        radius = max(self.canvas.tools.radius, PICK_PIXELS * self.canvas.pixel_size())
        indices = self.canvas.points_near((float(center[0]), float(center[1])), radius)
        if indices.size:
            self.controller.erase_points(indices, stroke)
