"""ModelSpec: the structure of a model, frozen, built once per structure and carried by every Snapshot.

It says everything a view needs to know about the model without rebuilding it from hyperparameters: every
parameter array (a slot) with its name, shape, whether it is a weight (regularized) or a bias, its layer, the units
its entries read and the units they feed; the feature names; the output head; and enough to build a computing copy
of the model (`build_model`).

Wiring. A dense layer l computes z_l = W_l a_{l-1} + b_l, so W_l[i, j] reads unit j of layer l - 1 (layer 0 being
the input features: 'x1', 'x1^2', 'sin x2', 'phi[x1^3]' ...) and feeds unit i of layer l; b_l[i] feeds unit i of
layer l and reads nothing (its input is the constant 1). PCA encodes c = W^T (x - b): W[i, j] reads input i and
feeds component j; b[i] is the centre of input i (it reads input i and feeds no unit of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from .features import FeatureMap, display_name
from .losses import Head
from .scalar_ref import ScalarRef

if TYPE_CHECKING:
    from .model_base import Model


@dataclass(frozen=True)
class Unit:
    """One unit a parameter reads from or feeds. `role` is "input" (a feature, layer 0), "hidden" or "output" (a
    neuron of dense layer `layer`), or "component" (a PCA direction, layer 1); `name` is the feature's name for
    inputs and "" otherwise."""

    role: str
    layer: int
    index: int
    name: str = ""

    @property
    def label(self) -> str:
        """In words: 'input x2', 'input x1^3' (a polynomial feature), 'neuron 3 of layer 1', 'output neuron 0
        (layer 3)', 'component 1'. ModelSpec.label also names a classifier's outputs by their classes."""
        if self.role == "input":
            return f"input {display_name(self.name) if self.name else f'x{self.index + 1}'}"
        if self.role == "hidden":
            return f"neuron {self.index} of layer {self.layer}"
        if self.role == "output":
            return f"output neuron {self.index} (layer {self.layer})"
        return f"component {self.index}"


def input_units(names: tuple[str, ...]) -> tuple[Unit, ...]:
    return tuple(Unit("input", 0, j, name) for j, name in enumerate(names))


def layer_units(layer: int, count: int, role: str) -> tuple[Unit, ...]:
    return tuple(Unit(role, layer, i) for i in range(count))


@dataclass(frozen=True)
class Wiring:
    """Which units the entries of one parameter array read and feed: entry `index` reads `reads[index[read_axis]]`
    and feeds `feeds[index[feed_axis]]`; an axis of None means "none" (a bias reads no unit)."""

    reads: tuple[Unit, ...] = ()
    read_axis: int | None = None
    feeds: tuple[Unit, ...] = ()
    feed_axis: int | None = None


@dataclass(frozen=True)
class SlotSpec:
    """One parameter array: `name` ("dense2.W"), `shape`, `is_weight` (weights are regularized, biases not),
    `layer` (1-based; PCA's arrays are layer 1), `start` (where its first entry sits in the flat order of every
    flat view: snapshot order, C order within the array) and its `wiring`."""

    name: str
    shape: tuple[int, ...]
    is_weight: bool
    layer: int
    start: int
    wiring: Wiring

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    def contains(self, index: tuple[int, ...]) -> bool:
        return len(index) == len(self.shape) and all(0 <= i < n for i, n in zip(index, self.shape, strict=True))

    def reads(self, index: tuple[int, ...]) -> Unit | None:
        """The unit entry `index` reads (None for a bias of a dense layer)."""
        w = self.wiring
        return None if w.read_axis is None else w.reads[index[w.read_axis]]

    def feeds(self, index: tuple[int, ...]) -> Unit | None:
        """The unit entry `index` feeds (None for PCA's centre)."""
        w = self.wiring
        return None if w.feed_axis is None else w.feeds[index[w.feed_axis]]


@dataclass(frozen=True)
class ModelSpec:
    """The structure of one model (see the module docstring). `model` is the hyperparameter's model name ("mlp",
    "linear", ..., "pca"), `kind` the implementation ("network" or "pca"), `layer_sizes` units per layer, inputs
    first; `architecture` the one-line description ('2-8-8-1 network: 24 + 72 + 9 = 105 parameters');
    `activation` the hidden layers' activation ("" for PCA); `feature_kind`, `feature_names`, `input_dim` and
    `degree` the feature map; `slots` every parameter array in the order of the flat vector; `class_names` the
    classes of a classifier with one output per class (softmax: output i is the probability of class_names[i]),
    else empty.

    Display names (one naming in every view): `input_names` ('x1', 'x2', 'x1^3' for the polynomial feature
    phi[x1^3]), `output_names` ('class A', 'class B', ... or 'output'), `label(unit)` and `describe(ref)`."""

    model: str
    kind: str
    layer_sizes: tuple[int, ...]
    architecture: str
    activation: str
    head: Head
    feature_kind: str
    feature_names: tuple[str, ...]
    input_dim: int
    degree: int
    slots: tuple[SlotSpec, ...]
    class_names: tuple[str, ...] = ()

    @classmethod
    def of(cls, model: Model) -> ModelSpec:
        """The spec of `model` (use `model.spec`, which builds it once)."""
        slots, start = [], 0
        for s in model.layout.slots:
            slots.append(SlotSpec(s.name, s.shape, s.is_weight, s.layer, start, model.wiring(s)))
            start += s.size
        activation = getattr(model, "activation", None)
        fmap = model.feature_map
        return cls(model=model.name, kind=model.kind, layer_sizes=tuple(model.layer_sizes()),
                   architecture=model.describe(), activation=activation.name if activation is not None else "",
                   head=model.head, feature_kind=fmap.kind, feature_names=tuple(fmap.names), input_dim=fmap.input_dim,
                   degree=fmap.degree, slots=tuple(slots), class_names=tuple(model.class_names))

    # ---- sizes and lookups -------------------------------------------------------------------------------------
    @property
    def parameter_count(self) -> int:
        return sum(s.size for s in self.slots)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.slots)

    @property
    def n_layers(self) -> int:
        """Layers that hold parameters (dense layers; 1 for PCA)."""
        return max((s.layer for s in self.slots), default=0)

    @property
    def is_network(self) -> bool:
        """True for dense networks (every model but PCA)."""
        return self.kind == "network"

    @cached_property
    def _by_name(self) -> dict[str, SlotSpec]:
        return {s.name: s for s in self.slots}

    def slot(self, name: str) -> SlotSpec | None:
        return self._by_name.get(name)

    def layer_slots(self, layer: int) -> tuple[SlotSpec | None, SlotSpec | None]:
        """(weights, biases) of `layer`; None where there is none."""
        found = [s for s in self.slots if s.layer == layer]
        return (next((s for s in found if s.is_weight), None), next((s for s in found if not s.is_weight), None))

    def has(self, ref: ScalarRef | None) -> bool:
        """Whether the model has the scalar `ref` (its array exists and the index is inside it)."""
        if ref is None:
            return False
        slot = self.slot(ref.name)
        return slot is not None and slot.contains(ref.index)

    def is_weight(self, ref: ScalarRef) -> bool:
        slot = self.slot(ref.name)
        return slot is not None and slot.is_weight

    def first_weight(self) -> ScalarRef | None:
        """Entry (0, ..., 0) of the first weight array: what a view shows when nothing is selected."""
        slot = next((s for s in self.slots if s.is_weight and s.size), None)
        return None if slot is None else ScalarRef(slot.name, (0,) * len(slot.shape))

    # ---- flat order ---------------------------------------------------------------------------------------------
    @cached_property
    def flat_names(self) -> tuple[str, ...]:
        """One name per scalar ('dense1.W[0,1]', 'dense1.b[2]', ...), in the order of the flat vector."""
        names: list[str] = []
        for s in self.slots:
            names.extend(ScalarRef.names(s.name, s.shape))
        return tuple(names)

    def refs(self) -> Iterator[ScalarRef]:
        """Every scalar, in the order of the flat vector."""
        for s in self.slots:
            yield from ScalarRef.every(s.name, s.shape)

    def flat_index(self, ref: ScalarRef | None) -> int:
        """Position of `ref` in the flat order, or -1 if the model has no such scalar."""
        if ref is None or not self.has(ref):
            return -1
        slot = self._by_name[ref.name]
        return slot.start + int(np.ravel_multi_index(ref.index, slot.shape))

    def per_scalar(self, of: Callable[[SlotSpec], object]) -> np.ndarray:
        """`of(slot)` repeated for every scalar of each slot, in flat order: spec.per_scalar(lambda s: s.layer)."""
        return np.repeat(np.array([of(s) for s in self.slots]), [s.size for s in self.slots])

    # ---- names --------------------------------------------------------------------------------------------------
    @property
    def input_names(self) -> tuple[str, ...]:
        """The inputs (layer 0) as every view names them: 'x1', 'x2', 'sin x1', 'x1^3' (polynomial features)."""
        return tuple(display_name(name) for name in self.feature_names)

    @property
    def output_names(self) -> tuple[str, ...]:
        """The outputs as every view names them: 'class A', 'class B', ... for one output per class, 'output' for a
        single output, 'output 1', 'output 2', ... otherwise (PCA: 'component 0', ...)."""
        count = self.layer_sizes[-1] if self.layer_sizes else 0
        if not self.is_network:
            return tuple(f"component {i}" for i in range(count))
        if len(self.class_names) == count and count > 1:
            return tuple(f"class {name}" for name in self.class_names)
        return ("output",) if count == 1 else tuple(f"output {i + 1}" for i in range(count))

    def label(self, unit: Unit) -> str:
        """A unit in words (Unit.label), a classifier's output named by its class: 'output neuron for class B
        (layer 3)'."""
        if unit.role == "output" and unit.index < len(self.class_names):
            return f"output neuron for class {self.class_names[unit.index]} (layer {unit.layer})"
        return unit.label

    # ---- meaning ------------------------------------------------------------------------------------------------
    def reads(self, ref: ScalarRef) -> Unit | None:
        slot = self.slot(ref.name)
        return slot.reads(ref.index) if slot is not None and slot.contains(ref.index) else None

    def feeds(self, ref: ScalarRef) -> Unit | None:
        slot = self.slot(ref.name)
        return slot.feeds(ref.index) if slot is not None and slot.contains(ref.index) else None

    def describe(self, ref: ScalarRef) -> str:
        """What the scalar connects, in words: 'weight from input x2 to neuron 1 of layer 1', 'bias of output
        neuron 0 (layer 2)', 'weight of input x1 in component 0 (...)', 'centre of input x2 (...)'."""
        slot = self.slot(ref.name)
        if slot is None or not slot.contains(ref.index):
            return "not a parameter of this model"
        source, target = slot.reads(ref.index), slot.feeds(ref.index)
        if slot.is_weight and source is not None and target is not None:
            if target.role == "component":
                return f"weight of {source.label} in {target.label} (a column of W is one learned direction)"
            return f"weight from {source.label} to {self.label(target)}"
        if target is not None:
            return f"bias of {self.label(target)}"
        if source is not None:
            return f"centre of {source.label} (the data are shifted by it before projecting)"
        return ref.name

    # ---- computing ----------------------------------------------------------------------------------------------
    def feature_map(self) -> FeatureMap:
        """The model's input feature map."""
        return FeatureMap(self.feature_kind, self.feature_names, self.input_dim, self.degree)

    def dense_layers(self, parameters: Mapping[str, np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """[(W_1, b_1), (W_2, b_2), ...] of a dense network from {name: array} (empty for PCA)."""
        if not self.is_network:
            return []
        out = []
        for layer in range(1, self.n_layers + 1):
            weights, biases = self.layer_slots(layer)
            if weights is None or biases is None:
                return []
            out.append((parameters[weights.name], parameters[biases.name]))
        return out

    def build_model(self, parameters: Mapping[str, np.ndarray] | None = None) -> Model:
        """A computing copy of the model (a new, private object), holding `parameters` if given, zeros otherwise.
        Raises ValueError if `parameters` do not fit."""
        from .models import model_from_spec  # models.py builds the classes that use this module

        model = model_from_spec(self)
        if parameters is not None:
            model.set_parameters(dict(parameters))
        return model
