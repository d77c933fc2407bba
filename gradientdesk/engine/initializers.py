"""Initial values of weights and biases, all drawn from a seeded `np.random.Generator`.

For a weight matrix W of shape (fan_in, fan_out):
* zeros:    W = 0 (every neuron of a layer computes the same thing forever: the symmetry problem)
* constant: W = s (same symmetry problem, but the neurons move)
* uniform:  W ~ U(-s, s)
* normal:   W ~ N(0, s^2)
* glorot:   W ~ U(-r, r), r = sqrt(6 / (fan_in + fan_out))   (Glorot & Bengio 2010; suits tanh and sigmoid)
* he:       W ~ N(0, 2 / fan_in)                               (He et al. 2015; suits ReLU)
Biases start at 0, except with "constant", where every parameter starts at s.
"""

from __future__ import annotations

import numpy as np

from .hyperparameters import INITIALIZATIONS


def init_weights(kind: str, shape: tuple[int, int], rng: np.random.Generator, scale: float) -> np.ndarray:
    """A (fan_in, fan_out) weight matrix initialized by `kind`."""
    fan_in, fan_out = shape
    if kind == "zeros":
        return np.zeros(shape)
    if kind == "constant":
        return np.full(shape, float(scale))
    if kind == "uniform":
        return rng.uniform(-scale, scale, shape)
    if kind == "normal":
        return rng.normal(0.0, scale, shape)
    if kind == "glorot":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, shape)
    if kind == "he":
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), shape)
    raise ValueError(f"unknown initialization {kind!r}; choose from {', '.join(INITIALIZATIONS)}")


def init_bias(kind: str, size: int, scale: float) -> np.ndarray:
    """A bias vector: s for "constant", otherwise 0."""
    return np.full(size, float(scale)) if kind == "constant" else np.zeros(size)
