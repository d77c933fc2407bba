"""Opening a whole new document in the Controller (a mixin): a file, a lesson or a restored autosave replaces data,
hyperparameters and, optionally, the learned parameters, the run's counters and its optimizer's state at once; the
undo history starts empty."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine import Hyperparameters, build_model
from ..engine.models import check_trainable
from ..engine.optimizers import flat_state
from ..state.data_state import DataSettings, DataState
from .messages import Configure

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from .training_bridge import TrainingBridge


class DocumentEditing:
    """`replace_everything` of the Controller (it provides the attributes and methods below)."""

    data: DataState
    hyperparameters: Hyperparameters
    settings: DataSettings
    undo_stack: QUndoStack
    data_changed: SignalInstance
    hyperparameters_changed: SignalInstance
    _bridge: TrainingBridge
    _data_version: int
    _hp_version: int
    _worker_in_sync: bool

    def _clear_history(self) -> None:  # pragma: no cover - the Controller's
        raise NotImplementedError

    def _set_problem(self, message: str) -> None:  # pragma: no cover - the Controller's
        raise NotImplementedError

    def _refresh_trainable(self) -> bool:  # pragma: no cover - the Controller's
        raise NotImplementedError

    def replace_everything(self, state: DataState, hp: Hyperparameters, parameters: dict[str, np.ndarray] | None = None,
                           settings: DataSettings | None = None, counters: tuple[int, int, int] | None = None,
                           optimizer_state: Mapping[str, Mapping[str, np.ndarray]] | None = None,
                           optimizer_t: int = 0) -> None:
        """Start over with new data, hyperparameters and optionally learned parameters (an opened file or a lesson):
        a new document, so the undo history is cleared. Raises ValueError, changing nothing, if they do not fit.
        `counters` (step, epoch, examples seen) continue a saved run's counts with the given parameters;
        `optimizer_state` ({state name: {parameter name: array}} of `hp`'s optimizer) and `optimizer_t` its
        optimizer's (None: a fresh optimizer)."""
        hp.validate()
        dataset = state.dataset
        if dataset is not None:
            try:
                check_trainable(dataset)
            except ValueError:
                dataset = None  # a drawing in progress: kept, trained once it can be
        if dataset is not None:
            model = build_model(hp, dataset, np.random.default_rng(0))
            if parameters is not None:
                model.set_parameters(parameters)  # checks names and shapes
            if optimizer_state is not None:
                flat_state(hp.optimizer, optimizer_state, optimizer_t, model.layout)  # raises if it does not fit
        elif parameters is not None or optimizer_state is not None:
            raise ValueError(QCoreApplication.translate(
                "DocumentEdits", "learned parameters were given for data that cannot be trained on"))
        self.undo_stack.clear()
        if settings is not None:
            self.settings = settings
        self.data, self.hyperparameters = state, hp
        self._data_version += 1
        self._hp_version += 1
        self._clear_history()
        self._set_problem("")
        self.data_changed.emit(state)
        self.hyperparameters_changed.emit(hp, True)
        if not self._refresh_trainable() or dataset is None:  # else the banner says why
            return
        self._bridge.send(Configure(dataset, hp, (self._data_version, self._hp_version), parameters, counters,
                                    optimizer_state, optimizer_t if optimizer_state is not None else 0))
        self._worker_in_sync = True
