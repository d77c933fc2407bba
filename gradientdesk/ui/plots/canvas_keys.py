"""Drawing on the canvas without a mouse: a keyboard cursor.

Tab reaches the canvas like any control; while it has the focus a cross marks the keyboard cursor (at the centre
of the view the first time). Arrow keys move it by STEP_SHARE of the visible range (Shift: BIG_STEP_SHARE), never out
of view; Enter adds a point there with the current brush (the class or target chosen in the data toolbar, one undo
step); Delete or Backspace removes the point nearest the cursor (one undo step). The status bar says where the
cursor is and what each key did, so the position is known without seeing the cross (and a screen reader reads it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from ..i18n import fill

if TYPE_CHECKING:
    from .data_canvas import DataCanvas

STEP_SHARE = 1 / 40
BIG_STEP_SHARE = 1 / 8
CROSS_PX = 13  # the cross's arm, in pixels (drawn dark over a white halo: seen on any map and point)
MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
KEYS_ADD = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEYS_REMOVE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
HELP = QT_TRANSLATE_NOOP("Canvas", "Keyboard: arrow keys move the cross (Shift: further), Enter adds a point of the "
                         "current class there, Delete removes the nearest point.")  # said translated
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class KeyboardCursor:
    """The canvas's keyboard cursor (see the module docstring): `handle(event)` is True for the keys it used."""

    def __init__(self, canvas: DataCanvas) -> None:
        self.canvas = canvas
        self.position: QPointF | None = None  # data coordinates; None until the canvas first has the focus
        self.halo, self.cross = QGraphicsPathItem(), QGraphicsPathItem()
        for z, item in enumerate((self.halo, self.cross)):
            item.setZValue(31 + z)
            item.setVisible(False)
            canvas.view_box.addItem(item, ignoreBounds=True)

    # ---- focus ----------------------------------------------------------------------------------------------------
    def focus_in(self) -> None:
        if self.position is None:
            (x0, x1), (y0, y1) = self.canvas.view_box.viewRange()
            self.position = QPointF((x0 + x1) / 2, (y0 + y1) / 2)
        self._show()
        self._say(fill(translate("Canvas", "Canvas: cursor at %1. %2"), self._where(), translate("Canvas", HELP)))

    def focus_out(self) -> None:
        self.cross.setVisible(False)
        self.halo.setVisible(False)

    @staticmethod
    def takes(event: QKeyEvent) -> bool:
        """Whether the cursor uses this key (before the window's shortcuts: Right is also Step): the arrows (with
        or without Shift), Enter, Delete and Backspace."""
        extra = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        return not extra and event.key() in (*MOVES, *KEYS_ADD, *KEYS_REMOVE)

    # ---- keys -------------------------------------------------------------------------------------------------------
    def handle(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self.position is None:
            self.focus_in()
        if key in MOVES:
            big = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.move(*MOVES[key], big=big)
            return True
        if key in KEYS_ADD:
            self.add_point()
            return True
        if key in KEYS_REMOVE:
            self.remove_nearest()
            return True
        return False

    def move(self, dx: int, dy: int, big: bool = False) -> None:
        """Move by (dx, dy) steps of STEP_SHARE (BIG_STEP_SHARE) of the visible range, kept inside it."""
        assert self.position is not None
        (x0, x1), (y0, y1) = self.canvas.view_box.viewRange()
        share = BIG_STEP_SHARE if big else STEP_SHARE
        x = min(max(self.position.x() + dx * share * (x1 - x0), x0), x1)
        y = min(max(self.position.y() + dy * share * (y1 - y0), y0), y1)
        self.position = QPointF(x, y)
        self._show()
        self._say(fill(translate("Canvas", "Cursor at %1"), self._where()))

    def add_point(self) -> None:
        """A point (a dab of the brush) at the cursor, of the current class or target: one undo step."""
        assert self.position is not None
        state = self.canvas.controller.data
        before = 0 if state.dataset is None else state.dataset.n
        stroke = self.canvas.controller.new_stroke()
        self.canvas.strokes.add(np.array([[self.position.x(), self.position.y()]]), stroke)
        after = self.canvas.controller.data
        added = (0 if after.dataset is None else after.dataset.n) - before
        what = fill(translate("Canvas", "class %1"), after.class_names[self.canvas.tools.class_index]) \
            if after.task == "classification" and self.canvas.tools.class_index < len(after.class_names) \
            else translate("Canvas", "a point")
        said = translate("Canvas", "Added %1 point (%2) at %3") if added == 1 else \
            translate("Canvas", "Added %1 points (%2) at %3")
        self._say(fill(said, added, what, self._where()))

    def remove_nearest(self) -> None:
        """Remove the data point nearest the cursor (if there is one): one undo step."""
        assert self.position is not None
        positions = self.canvas.positions
        if positions.shape[0] == 0:
            self._say(translate("Canvas", "No points to remove"))
            return
        d = np.hypot(positions[:, 0] - self.position.x(), positions[:, 1] - self.position.y())
        nearest = int(np.argmin(d))
        x, y = positions[nearest]
        self.canvas.controller.erase_points(np.array([nearest]), self.canvas.controller.new_stroke())
        self._say(fill(translate("Canvas", "Removed the point at (%1, %2)"), f"{x:.2f}", f"{y:.2f}"))

    # ---- drawing ----------------------------------------------------------------------------------------------------
    def _show(self) -> None:
        assert self.position is not None
        px = self.canvas.pixel_size() * CROSS_PX
        x, y = self.position.x(), self.position.y()
        path = QPainterPath()
        path.moveTo(x - px, y)
        path.lineTo(x + px, y)
        path.moveTo(x, y - px)
        path.lineTo(x, y + px)
        for item, color, width in ((self.halo, "#FFFFFF", 6.0), (self.cross, self.canvas.theme.palette.text, 2.5)):
            pen = QPen(QColor(color))
            pen.setWidthF(width)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setPath(path)
            item.setVisible(self.canvas.hasFocus())

    def _where(self) -> str:
        assert self.position is not None
        x, y = self.position.x(), self.position.y()
        if self.canvas.controller.data.input_dim == 1:
            return f"x = {x:.2f}, y = {y:.2f}"
        return f"x1 = {x:.2f}, x2 = {y:.2f}"

    def _say(self, text: str) -> None:
        self.canvas.setAccessibleDescription(text)
        self.canvas.keyboard_status.emit(text)
