"""Undoable data edits: each command holds the data before and after (immutable values, so undo is a swap).
Consecutive edits of one brush stroke merge into a single undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..engine import Hyperparameters
from ..state.data_state import DataState

STROKE_ID = 1001


Apply = Callable[[DataState, "Hyperparameters | None"], None]


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
