"""A private copy of the model, built from a snapshot's own ModelSpec and loaded with its parameters, for the few
cheap computations a view does itself: one point's forward pass, the gradient of a two-parameter model at its
current point. It is never the trainer's model (that one lives in the worker thread); building it costs well under
a millisecond and happens only when the model's structure changes."""

from __future__ import annotations

from ...engine.model_base import Model
from ...engine.model_spec import ModelSpec
from ...engine.snapshot import Snapshot


class SnapshotModel:
    """`get(snap)` returns a model of `snap`'s structure holding `snap`'s parameters (None for no snapshot)."""

    def __init__(self) -> None:
        self._spec: ModelSpec | None = None  # the structure the model was built for
        self._model: Model | None = None
        self._loaded: Snapshot | None = None

    def get(self, snap: Snapshot | None) -> Model | None:
        if snap is None:
            return None
        if self._model is None or snap.spec is not self._spec:
            if self._model is None or snap.spec != self._spec:
                self._model, self._loaded = snap.spec.build_model(), None
            self._spec = snap.spec
        if snap is not self._loaded:
            self._model.set_parameters(dict(snap.parameters))
            self._loaded = snap
        return self._model
