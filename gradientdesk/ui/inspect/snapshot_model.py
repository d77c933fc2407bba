"""A private copy of the model, rebuilt from the controller's hyperparameters and data and loaded with a snapshot's
parameters, for the few cheap computations a view does itself: one point's forward pass, the gradient of a
two-parameter model at its current point. It is never the trainer's model (that one lives in the worker thread);
building it costs well under a millisecond and happens only when the model's structure changes."""

from __future__ import annotations

import numpy as np

from ...bridge.controller import Controller
from ...engine import build_model
from ...engine.model_base import Model
from ...engine.snapshot import Snapshot


class SnapshotModel:
    """`get(snap)` returns a model holding `snap`'s parameters, or None if the controller's hyperparameters and data
    cannot make a model of that shape (a stale snapshot, data that cannot be trained on)."""

    def __init__(self, controller: Controller) -> None:
        self.controller = controller
        self._source: tuple | None = None  # (hyperparameters, dataset) the model was built for
        self._model: Model | None = None
        self._loaded: Snapshot | None = None

    def get(self, snap: Snapshot | None) -> Model | None:
        if snap is None:
            return None
        hp, dataset = self.controller.hyperparameters, self.controller.data.dataset
        if dataset is None:
            return None
        if self._source is None or self._source[0] is not hp or self._source[1] is not dataset:
            self._source, self._loaded = (hp, dataset), None
            try:
                self._model = build_model(hp, dataset, np.random.default_rng(0))
            except ValueError:
                self._model = None
        model = self._model
        if model is None:
            return None
        if snap is not self._loaded:
            try:
                model.set_parameters(dict(snap.parameters))
            except ValueError:
                return None  # the snapshot was made for another shape of model
            self._loaded = snap
        return model
