"""The interface every model offers to the trainer, the tests and (through snapshots) the UI."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .features import FeatureMap
from .losses import Head
from .model_spec import ModelSpec, Wiring
from .parameters import ParameterLayout, Slot


class Model:
    """Parameters live in one flat vector `flat`; `parameters` holds live, named, shaped views into it, and
    `grad` (same layout) receives the gradient of each training step.

    Subclasses implement the math: `output`, `loss_and_gradients`, and the allocation-free training path
    `prepare` / `gradient_into` (or `gradient_function`) / `prepared_loss` used by the trainer on every step.
    """

    kind: str = ""

    def __init__(self, layout: ParameterLayout, head: Head, feature_map: FeatureMap) -> None:
        self.name = self.kind  # the hyperparameters' model name ("mlp", "logistic", ...), set by build_model
        self._spec: ModelSpec | None = None
        self.class_names: tuple[str, ...] = ()  # a classifier with one output per class: their names (build_model)
        self.layout = layout
        self.head = head
        self.feature_map = feature_map
        self.flat = np.zeros(layout.size)
        self.parameters: dict[str, np.ndarray] = layout.views(self.flat)
        self.grad = np.zeros(layout.size)  # gradient of the last training step, laid out like `flat`

    # ---- sizes ----------------------------------------------------------------------------------------------------
    @property
    def parameter_count(self) -> int:
        return self.layout.size

    @property
    def weight_mask(self) -> np.ndarray:
        return self.layout.weight_mask

    def layer_sizes(self) -> tuple[int, ...]:
        """Units per layer, inputs first."""
        raise NotImplementedError

    @property
    def spec(self) -> ModelSpec:
        """The model's structure, built on first use and kept: the structure of a model never changes."""
        if self._spec is None:
            self._spec = ModelSpec.of(self)
        return self._spec

    def adopt_spec(self, spec: ModelSpec) -> None:
        """Take `spec` as this model's structure (a model built from it: no need to describe it again)."""
        self._spec = spec
        self.class_names = spec.class_names

    def name_classes(self, class_names: tuple[str, ...]) -> None:
        """New names for the classes of the outputs (data with the same classes renamed): the spec is described
        again with them, the parameters stay."""
        if tuple(class_names) != self.class_names:
            self.class_names = tuple(class_names)
            self._spec = None

    def wiring(self, slot: Slot) -> Wiring:
        """Which units the entries of parameter array `slot` read and feed (see model_spec.py)."""
        raise NotImplementedError

    def parameter_groups(self) -> list[tuple[int, int]]:
        """(layer, parameter count) per layer, for '24 + 72 + 9 = 105' style breakdowns."""
        groups: dict[int, int] = {}
        for slot in self.layout.slots:
            groups[slot.layer] = groups.get(slot.layer, 0) + slot.size
        return list(groups.items())

    def describe(self) -> str:
        """E.g. '2-8-8-1 network: 24 + 72 + 9 = 105 parameters'."""
        parts = [count for _, count in self.parameter_groups()]
        sizes = "-".join(str(s) for s in self.layer_sizes())
        total = (
            f"{' + '.join(map(str, parts))} = {self.parameter_count}" if len(parts) > 1 else f"{self.parameter_count}"
        )
        return f"{sizes} {self.kind_label}: {total} parameters"

    @property
    def kind_label(self) -> str:
        return "network"

    def initialize(self, kind: str, rng: np.random.Generator, scale: float) -> None:
        """Fill the parameters from the initializer `kind` (see initializers.py)."""
        raise NotImplementedError

    # ---- parameters -----------------------------------------------------------------------------------------------
    def set_parameters(self, values: dict[str, np.ndarray]) -> None:
        """Overwrite all parameters in place (shapes checked); views stay valid."""
        self.flat[...] = self.layout.flatten(values)

    def set_parameter(self, name: str, value: np.ndarray | float) -> None:
        """Overwrite one parameter (or broadcast a number into it) in place."""
        if name not in self.parameters:
            raise ValueError(f"the model has no parameter {name!r}")
        arr = np.asarray(value, dtype=np.float64)
        if not np.isfinite(arr).all():
            raise ValueError(f"{name} must be a finite number")
        self.parameters[name][...] = arr

    # ---- math ----------------------------------------------------------------------------------------------------
    def output(self, X: np.ndarray) -> np.ndarray:
        """Output activations (n, n_outputs) for raw coordinates X; for PCA the reconstructions."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Class labels (classification), numbers (regression) or reconstructions (PCA) for raw coordinates X."""
        a = self.output(X)
        if self.head.task == "classification":
            return self.head.classify(a)
        if self.head.task == "regression":
            return a[:, 0].copy()
        return a

    def loss_and_gradients(self, X: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        """Mean loss over (X, y) and its gradient with respect to every parameter (new arrays, same names)."""
        raise NotImplementedError

    def loss(self, X: np.ndarray, y: np.ndarray) -> float:
        return self.prepared_loss(*self.prepare(X, y))

    # ---- training path -------------------------------------------------------------------------------------------
    def prepare(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(inputs, targets) in the form `gradient_into` consumes; rows can be shuffled together."""
        raise NotImplementedError

    def gradient_into(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        """Write the gradient of the mean loss over this batch into `self.grad`."""
        raise NotImplementedError

    def gradient_function(self, n: int) -> Callable[[np.ndarray, np.ndarray], None]:
        """`gradient_into` for batches of exactly `n` rows; a model with buffers per batch size returns a function
        bound to them (the trainer asks once per run of steps, not once a step)."""
        return self.gradient_into

    def gradient_calls(self, n: int) -> list[tuple] | None:
        """The numpy calls of `gradient_function(n)` with their operands (straight_line.py: Arg("inputs") and
        Arg("targets") stand for the batch), for a trainer that compiles them with the optimizer's into one step;
        None when the model has no such list."""
        return None

    def prepared_loss(self, inputs: np.ndarray, targets: np.ndarray) -> float:
        raise NotImplementedError

    def loss_and_output(self, inputs: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        """The mean loss over prepared rows (what `prepared_loss` gives) and their output activations (what `output`
        gives for the raw points), from one forward pass: evaluation.py measures losses and metrics with it."""
        raise NotImplementedError
