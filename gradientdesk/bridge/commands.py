"""Undoable data edits. Points drawn or erased are a `PointsEdit`: it holds only those points
(state/point_edits.py) and applies or reverts them on the data current then, so a click on 100,000 points costs the
undo history bytes, not copies of the data. Replacing the data as a whole (a preset, an import, clearing, the class
count, a model switch) is a `DataEdit` holding the data before and after (immutable values, so undo is a swap).
Consecutive edits of one brush stroke merge into a single undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..engine import Hyperparameters
from ..state.data_state import DataState
from ..state.point_edits import PointEdit

STROKE_ID = 1001


Apply = Callable[[DataState, "Hyperparameters | None"], None]
UNDO_LIMIT = 500  # steps kept; a whole-data step holds one copy of the replaced data


class DataEdit(QUndoCommand):
    """Replace the canvas data `before` by `after`; `stroke` (if not None) lets the edits of one drag merge.
    An edit that comes with a model switch (a model that cannot use the old data) also swaps the hyperparameters,
    so that undo brings back data and model together."""

    def __init__(self, text: str, before: DataState, after: DataState, apply: Apply, stroke: int | None = None,
                 hp_before: Hyperparameters | None = None, hp_after: Hyperparameters | None = None) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.hp_before, self.hp_after = hp_before, hp_after
        self._apply = apply
        self.stroke = stroke

    def redo(self) -> None:
        self._apply(self.after, self.hp_after)

    def undo(self) -> None:
        self._apply(self.before, self.hp_before)

    def id(self) -> int:
        return STROKE_ID if self.stroke is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DataEdit) or other.stroke != self.stroke or other.text() != self.text():
            return False
        self.after = other.after
        return True


class PointsEdit(QUndoCommand):
    """Points added or removed (`change`), applied to and reverted on `current()`, the data current at the time;
    `after` is the result of the first application, already computed when the edit was made."""

    def __init__(self, text: str, change: PointEdit, after: DataState, current: Callable[[], DataState],
                 apply: Apply, stroke: int | None = None) -> None:
        super().__init__(text)
        self.change = change
        self._first: DataState | None = after
        self._current, self._apply = current, apply
        self.stroke = stroke

    def redo(self) -> None:
        state, self._first = self._first, None  # held only until the push has applied it
        self._apply(state if state is not None else self.change.apply(self._current()), None)

    def undo(self) -> None:
        self._apply(self.change.revert(self._current()), None)

    def id(self) -> int:
        return STROKE_ID if self.stroke is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PointsEdit) or other.stroke != self.stroke or other.text() != self.text():
            return False
        merged = self.change.then(other.change)
        if merged is None:
            return False
        self.change = merged
        return True
