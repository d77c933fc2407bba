"""The layers the weight and gradient maps show, read from the model's spec: each layer's weight and bias names, size,
selector text, axis titles and the names its rows and columns are labelled with.

One naming in every view (the ModelSpec's): columns of the first layer are the inputs ('x1', 'x2', 'x1^3' for a
polynomial feature), rows of a classifier's output layer are its classes ('A', 'B', 'C': row i is the output for
class i), hidden neurons are numbered from 0 as in 'neuron 3 of layer 1'. PCA's rows are its inputs and its columns
the components.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...engine.model_spec import ModelSpec
from ..i18n import fill

BIAS_TICK = "b"  # the bias column's label
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


@dataclass(frozen=True)
class LayerInfo:
    """One layer as the maps show it: its weight and bias names, size, selector text, axis titles and the names of
    its rows (`y_names`) and columns (`x_names`)."""

    weight: str
    bias: str
    rows: int
    cols: int
    label: str
    y_label: str
    x_label: str
    x_names: tuple[str, ...]
    y_names: tuple[str, ...]
    y_short: str | None = None  # the axis titles without the layer's number (the layer box says it); None: as above
    x_short: str | None = None


def numbered(count: int) -> tuple[str, ...]:
    """'0', '1', ... (units without a name: hidden neurons, PCA components)."""
    return tuple(str(i) for i in range(count))


def output_rows(spec: ModelSpec, units: int) -> tuple[tuple[str, ...], str]:
    """(row names, axis title) of the output layer: the classes of a classifier with one output per class, else the
    output neurons' numbers."""
    if units > 1 and len(spec.class_names) == units:
        return tuple(spec.class_names), translate("WeightMaps", "to output for class")
    return numbered(units), translate("WeightMaps", "to output neuron")


def layer_infos(spec: ModelSpec) -> list[LayerInfo]:
    """The layers of a dense network or of PCA, in order (from the model's spec)."""
    infos, n = [], spec.n_layers
    for layer in range(1, n + 1):
        weights, biases = spec.layer_slots(layer)
        if weights is None or biases is None:
            continue
        if not spec.is_network:
            d, k = weights.shape
            infos.append(LayerInfo(weights.name, biases.name, d, k,
                                   fill(translate("WeightMaps", "PCA: %1 inputs × %2 components (%3 weights + %4 "
                                                                "centre)"), d, k, d * k, d),
                                   translate("WeightMaps", "input (b: centre)"), translate("WeightMaps", "component"),
                                   numbered(k), spec.input_names[:d]))
            continue
        units, fan_in = weights.shape
        last = layer == n
        x_names = spec.input_names if layer == 1 else tuple(str(unit.index) for unit in weights.wiring.reads)
        y_short = None
        if last:
            y_names, y_label = output_rows(spec, units)
        else:
            y_names, y_label = numbered(units), fill(translate("WeightMaps", "to neuron (layer %1)"), layer)
            y_short = translate("WeightMaps", "to neuron")
        if last:
            label = translate("WeightMaps", "Layer %1 (output): %2 → %3 (%4 weights + %5 biases)") if units > 1 \
                else translate("WeightMaps", "Layer %1 (output): %2 → %3 (%4 weights + %5 bias)")
        else:
            label = translate("WeightMaps", "Layer %1: %2 → %3 (%4 weights + %5 biases)") if units > 1 \
                else translate("WeightMaps", "Layer %1: %2 → %3 (%4 weights + %5 bias)")
        x_label, x_short = translate("WeightMaps", "from input"), None
        if layer > 1:
            x_label = fill(translate("WeightMaps", "from neuron (layer %1)"), layer - 1)
            x_short = translate("WeightMaps", "from neuron")
        infos.append(LayerInfo(weights.name, biases.name, units, fan_in,
                               fill(label, layer, fan_in, units, units * fan_in, units),
                               y_label, x_label, x_names, y_names, y_short, x_short))
    return infos


def tick_every(n: int, most: int = 10) -> int:
    """Label every 1st, 2nd, 4th, 8th ... row or column, so that at most about `most` labels are written."""
    return 1 << max(0, math.ceil(math.log2(max(1, n) / most)))


def ticks(names: tuple[str, ...], count: int, across: bool = True) -> list[tuple[float, str]]:
    """Ticks at the centres of `count` cells, labelled with `names`: every cell, or every 2nd, 4th ... when there are
    many, so labels never overlap. Written `across` (side by side on a bottom axis) long names take more room:
    'x1^13' needs twice that of 'x1'."""
    longest = max((len(name) for name in names), default=1) if across else 1
    every = tick_every(count, most=10 if longest <= 3 else 5)
    return [(j + 0.5, names[j] if j < len(names) else str(j)) for j in range(0, count, every)]
