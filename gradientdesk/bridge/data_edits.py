"""Editing the points on the canvas: presets, drawing, erasing, clearing, classes. Every edit makes a new immutable
`DataState` and goes onto the undo stack: drawn and erased points as a `PointsEdit` holding just those points,
whole replacements as a `DataEdit` (a mouse drag's edits merge into one step); the controller's `_apply_state`
makes it current and tells the worker."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine import Hyperparameters
from ..engine.generators import PRESETS
from ..state.data_state import DataSettings, DataState
from ..state.point_edits import AddedPoints, PointEdit, RemovedPoints
from .commands import DataEdit, PointsEdit
from .texts import count_text, engine_text, fill

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def data_name(name: str) -> str:
    """The name of the data as shown: a preset's in the interface language ('circle'; 'Kreis' in German), drawn
    data's "custom" translated, any other (a file's own) as it is. English shows every name unchanged."""
    if name == "custom":
        return translate("DataEdits", "custom")
    if name in PRESETS:  # the Data menu's names (ui/window/preset_labels.py, context "Presets")
        title = translate("Presets", name.capitalize())
        return name if title == name.capitalize() else title
    return name


def describe_data(state: DataState) -> str:
    """What the canvas holds, in the interface language: "circle: 300 points (150 train, 150 test), 2 classes"
    (the words of DataState.describe, which the engine and files keep in English)."""
    ds = state.dataset
    if ds is None:
        return translate("DataEdits", "empty canvas: draw some points")
    if ds.task == "classification":
        kind = fill(translate("DataEdits", "%1 classes"), ds.n_classes)
    elif ds.task == "regression":
        kind = translate("DataEdits", "regression")
    else:
        kind = translate("DataEdits", "no labels")
    return fill(translate("DataEdits", "%1: %2 points (%3 train, %4 test), %5"), data_name(ds.name),
                count_text(ds.n), count_text(ds.n_train), count_text(ds.n_test), kind)


class DataEditing:
    """The data edits of the Controller (a mixin: it uses the controller's `data`, `settings`, `undo_stack`,
    `status` signal and `_apply_state`)."""

    data: DataState
    settings: DataSettings
    undo_stack: QUndoStack
    status: SignalInstance
    _rng: np.random.Generator  # which drawn points join the test split
    _stroke: int

    def _apply_state(self, state: DataState, hp: Hyperparameters | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def load_preset(self, name: str, n: int | None = None, noise: float | None = None, seed: int | None = None,
                    test_fraction: float | None = None, announce: bool = True) -> bool:
        """Replace the data by a generated preset (undoable)."""
        s = self.settings
        settings = DataSettings(name, s.n if n is None else n, noise, s.seed if seed is None else seed,
                                s.test_fraction if test_fraction is None else test_fraction)
        try:
            state = DataState.from_preset(settings)
        except ValueError as error:
            self.status.emit(fill(translate("DataEdits", "Could not make the dataset: %1"), engine_text(error)))
            return False
        self.settings = settings
        self._push(fill(translate("DataEdits", "Load preset %1"), data_name(name)), state)
        if announce:
            self.status.emit(fill(translate("DataEdits", "Loaded %1."), describe_data(state)))
        return True

    def add_points(self, X: np.ndarray, values: np.ndarray | float, stroke: int | None = None) -> None:
        """Add drawn points; `values` are the class index (classification) or targets (regression). Each point
        joins the test split with the probability `settings.test_fraction`."""
        X = np.asarray(X, dtype=np.float64).reshape(-1, self.data.input_dim)
        if X.shape[0] == 0:
            return
        values = np.broadcast_to(np.asarray(values), (X.shape[0],))
        is_test = self._rng.random(X.shape[0]) < self.settings.test_fraction
        change = AddedPoints(X, np.array(values), is_test)
        try:
            state = change.apply(self.data)
        except ValueError as error:
            self.status.emit(fill(translate("DataEdits", "Points not added: %1"), engine_text(error)))
            return
        self._push_points(translate("DataEdits", "Draw points"), change, state, stroke)

    def set_test_fraction(self, fraction: float) -> None:
        """The share of points drawn from now on (and of the next preset) that is held out for testing."""
        self.settings = dataclasses.replace(self.settings, test_fraction=min(max(float(fraction), 0.0), 0.9))

    def erase_points(self, indices: np.ndarray, stroke: int | None = None) -> None:
        if len(indices) == 0:
            return
        change = RemovedPoints.of(self.data, indices)
        self._push_points(translate("DataEdits", "Erase points"), change, change.apply(self.data), stroke)

    def clear_points(self) -> None:
        if self.data.dataset is not None:
            self._push(translate("DataEdits", "Clear all points"), self.data.cleared())

    def set_class_count(self, k: int) -> None:
        if self.data.task == "classification" and k != self.data.n_classes:
            self._push(fill(translate("DataEdits", "Use %1 classes"), k), self.data.with_class_count(k))

    def set_data_state(self, state: DataState, text: str | None = None) -> None:
        """Replace the data (undoable), e.g. after an import; `text` names the step in Edit -> Undo ("Replace data"
        if none)."""
        self._push(translate("DataEdits", "Replace data") if text is None else text, state)

    def new_stroke(self) -> int:
        """An id for one mouse drag: its edits merge into one undo step."""
        self._stroke += 1
        return self._stroke

    def _push(self, text: str, state: DataState, stroke: int | None = None) -> None:
        self.undo_stack.push(DataEdit(text, self.data, state, self._apply_state, stroke))

    def _push_points(self, text: str, change: PointEdit, state: DataState, stroke: int | None) -> None:
        self.undo_stack.push(PointsEdit(text, change, state, lambda: self.data, self._apply_state, stroke))
