"""How the training worker changes its Trainer for the bigger messages: a fresh trainer (Configure), new data, new
hyperparameters, steps, a reset, a weight typed by hand. A mixin of TrainingWorker (bridge/worker.py), run in the
worker thread; each change ends with `_changed()` (a new model generation: a snapshot is due, older exact numbers
are void)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from ..engine import Dataset, Hyperparameters, ScalarRef, Trainer
from ..engine.limits import check_value
from ..engine.model_spec import ModelSpec
from .messages import Configure
from .texts import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py); thread-safe


class TrainerChanges:
    """The trainer-changing handlers of TrainingWorker (it provides the attributes and the three methods below)."""

    _trainer: Trainer | None
    _dataset: Dataset | None
    _hp: Hyperparameters | None
    _versions: tuple[int, int]
    _playing: bool
    _budget: int
    _stop_requested: threading.Event

    def _changed(self) -> None:  # pragma: no cover - TrainingWorker's
        raise NotImplementedError

    def _restart_pacing(self) -> None:  # pragma: no cover - TrainingWorker's
        raise NotImplementedError

    def _set_playing(self, playing: bool) -> None:  # pragma: no cover - TrainingWorker's
        raise NotImplementedError

    def _configure(self, message: Configure) -> None:
        """Build a fresh trainer for new data and hyperparameters together."""
        trainer = Trainer(message.dataset, message.hyperparameters)  # raises ValueError before anything changes
        trainer.interrupt = self._stop_requested.is_set
        if message.parameters is not None:
            trainer.resume(message.parameters, message.counters or (0, 0, 0), message.optimizer_state,
                           message.optimizer_t)
        self._dataset, self._hp, self._trainer = message.dataset, message.hyperparameters, trainer
        self._stamp(message.versions)
        if self._playing:
            self._restart_pacing()
        self._changed()

    def _stamp(self, versions: tuple[int, int]) -> None:
        self._versions = versions
        if self._trainer is not None:
            self._trainer.dataset_version, self._trainer.hp_version = versions

    def _set_data(self, dataset: Dataset, version: int) -> None:
        versions = (version, self._versions[1])
        if self._trainer is None:
            self._versions = versions
            if self._hp is not None:  # before any hyperparameters there is nothing to build
                self._configure(Configure(dataset, self._hp, versions))
            else:
                self._dataset = dataset
            return
        self._trainer.set_dataset(dataset)
        self._dataset = dataset
        self._stamp(versions)
        self._changed()

    def _set_hyperparameters(self, hp: Hyperparameters, version: int, reset: bool = False) -> None:
        """Switch to `hp`; with `reset`, fresh parameters even if `hp` alone would keep them (a coalesced chain of
        changes one of which would have made a fresh start)."""
        versions = (self._versions[0], version)
        if self._trainer is None:
            self._hp, self._versions = hp, versions
            if self._dataset is not None:
                self._configure(Configure(self._dataset, hp, versions))
            return
        if not self._trainer.set_hyperparameters(hp) and reset:
            self._trainer.reset()
        self._hp = hp
        self._stamp(versions)
        if self._playing:
            self._restart_pacing()
        self._changed()

    def _step(self, n: int) -> None:
        """Run n steps, then stay paused. One step is taken at once; more go in slices like playing."""
        self._set_playing(False)
        if self._trainer is None:
            return
        if n == 1:
            self._trainer.step()
            self._changed()
        else:
            self._budget = n

    def _reset(self) -> None:
        self._budget = 0
        if self._trainer is not None:
            self._trainer.reset()
            self._restart_pacing()
            self._changed()

    def _set_parameter(self, ref: ScalarRef, value: float, spec: ModelSpec | None) -> None:
        """Overwrite one scalar of a parameter (training paused: a learner editing a weight by hand). Refused
        (ValueError, nothing changed) if the model's structure is not `spec` any more, the model has no such
        scalar, or the value is out of range (engine/limits.py)."""
        if self._trainer is None:
            return
        model = self._trainer.model
        if spec is not None and spec != model.spec:
            raise ValueError(fill(translate("Worker", "%1 was not changed: the model's structure changed after it "
                                            "was picked (it is now %2)."), ref, model.spec.architecture))
        if not model.spec.has(ref):
            raise ValueError(fill(translate("Worker", "the model has no parameter %1"), ref))
        model.parameters[ref.name][ref.index] = check_value(value, str(ref))
        self._changed()
