"""Neuron thumbnails for the network diagram: every drawn neuron's output over the input plane, as tiles of one
RGB image (the atlas), from the newest parameters.

The grid features are computed once per structure (features, input dimension, grid range); each refresh runs one
batched float32 forward pass (engine/neuron_maps.py) and one colour lookup for all tiles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...engine.features import FeatureMap
from ...engine.grid import grid_points
from ...engine.neuron_maps import NeuronMapper
from .diagram_items import atlas_rgb
from .diagram_layout import Column

RESOLUTION = 24  # 24 x 24 grid points per 2-D thumbnail (TensorFlow Playground uses 10 x 10)
RESOLUTION_1D = 48
SATURATING = ("sigmoid", "softmax")  # outputs in [0, 1]: drawn as 2a - 1 so that 0.5 is neutral


def display_tiles(a: np.ndarray, kind: str) -> np.ndarray:
    """Neuron outputs (n, units) -> values in [-1, 1] for the thumbnails: centred when the range is [0, 1], then
    divided by max(1, max |a|) per neuron, so bounded activations keep a fixed scale and unbounded ones their shape."""
    with np.errstate(all="ignore"):
        v = 2.0 * a - 1.0 if kind in SATURATING else a
        scale = np.fmax(1.0, np.nanmax(np.abs(v), axis=0, initial=0.0))
        return v / scale


class Thumbnails:
    """Thumbnails of a network whose inputs are `fmap`'s features over the range `spec` = (x_min, x_max, y_min,
    y_max); hidden layers use `activation`, the output layer `output_activation`. `tile` is (h, w) per neuron."""

    def __init__(self, fmap: FeatureMap, spec: tuple[float, float, float, float], activation: str,
                 output_activation: str) -> None:
        dim = fmap.input_dim
        res = RESOLUTION if dim == 2 else RESOLUTION_1D
        self.tile = (res, res) if dim == 2 else (1, res)
        features = fmap(grid_points((*spec, res), dim))
        self.mapper = NeuronMapper(features)
        self.inputs = display_tiles(features, "linear").T.reshape(-1, *self.tile)  # the features themselves
        self.activation, self.output_activation = activation, output_activation

    def atlas(self, layers: Sequence[tuple[np.ndarray, np.ndarray]], columns: Sequence[Column]) -> np.ndarray:
        """(h, count * w, 3) uint8: the tiles of the drawn neurons of `columns` (inputs first), in drawing order."""
        maps = self.mapper.activations(layers, self.activation, self.output_activation)
        last = len(maps) - 1
        tiles = [self.inputs[columns[0].shown]]
        for k, a in enumerate(maps):
            kind = self.output_activation if k == last else self.activation
            tiles.append(display_tiles(a[:, columns[k + 1].shown], kind).T.reshape(-1, *self.tile))
        return atlas_rgb(np.concatenate(tiles))
