"""Neuron maps: what every neuron of a dense network computes over the input plane (the thumbnails of the network
diagram, as in TensorFlow Playground).

For grid points X (n, d) (grid.py) with features F = phi(X) (n, m), one batched forward pass gives, for every
layer l (the (W_l, b_l) pairs come from ModelSpec.dense_layers),
    Z_l = A_{l-1} W_l^T + b_l,    A_l = f(Z_l),    A_0 = F
with W_l (units, fan_in) and the output layer's f given by the head (sigmoid, tanh, softmax, linear...). Column k
of A_l, reshaped to the grid, is the map of neuron k of layer l.

The pass runs in float32: a thumbnail needs three digits, and float32 halves the time (measured on 2 cores, 8 hidden
layers of 64 units on a 24 x 24 grid: 0.5 ms against 1.3 ms in float64), which keeps it cheap enough for the GUI
thread at the <= 15 refreshes per second of a secondary view. Buffers are allocated once per layer size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from . import activations
from .losses import softmax


def output_function(name: str) -> Callable[[np.ndarray], np.ndarray]:
    """The head's output activation a = f(z) by name ('softmax' is row-wise over the output units)."""
    if name == "softmax":
        return softmax
    return activations.get(name).f


class NeuronMapper:
    """Runs the batched forward pass over fixed grid features F (n, m), reusing its buffers between calls."""

    def __init__(self, features: np.ndarray) -> None:
        self.features = np.ascontiguousarray(features, dtype=np.float32)
        self._buffers: dict[tuple[str, int, int], np.ndarray] = {}

    @property
    def n_points(self) -> int:
        return self.features.shape[0]

    def _buffer(self, key: str, layer: int, units: int) -> np.ndarray:
        buf = self._buffers.get((key, layer, units))
        if buf is None:
            buf = self._buffers[(key, layer, units)] = np.empty((self.n_points, units), dtype=np.float32)
        return buf

    def activations(self, layers: Sequence[tuple[np.ndarray, np.ndarray]], activation: str,
                    output_activation: str) -> list[np.ndarray]:
        """[A_1, ..., A_L], each (n, units) float32: the activation of every neuron at every grid point. Hidden
        layers use `activation`, the last one `output_activation`. The arrays are reused by the next call."""
        if not layers:
            return []
        if layers[0][0].shape[1] != self.features.shape[1]:
            raise ValueError(f"the first layer takes {layers[0][0].shape[1]} inputs; the grid has "
                             f"{self.features.shape[1]} features")
        hidden = activations.get(activation).forward
        out_f = output_function(output_activation)
        result: list[np.ndarray] = []
        a = self.features
        last = len(layers) - 1
        with np.errstate(all="ignore"):  # a diverged network gives inf/NaN maps, drawn as such, not an error
            for k, (W, b) in enumerate(layers):
                z = self._buffer("z", k, W.shape[0])
                # W^T copied contiguous: BLAS cannot take the strided view (see network.py)
                a.dot(np.ascontiguousarray(W.T, dtype=np.float32), z)
                z += b.astype(np.float32)
                out = self._buffer("a", k, W.shape[0])
                if k == last:
                    out[...] = out_f(z)
                else:
                    hidden(z, out)  # not in place: some forward functions read z after writing out
                result.append(out)
                a = out
        return result
