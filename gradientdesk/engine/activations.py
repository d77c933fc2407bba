"""Activation functions f and their derivatives f', each in two forms.

* `f(z)` / `df(z)`: plain functions returning new arrays, used for predictions, grids and worked examples.
* `forward(z, out)` / `backprop(z, a, delta, tmp)`: allocation-free versions for the training step. `forward`
  writes a = f(z) into `out`; `backprop` multiplies the incoming gradient in place, delta <- delta * f'(z), using
  whichever of z or a = f(z) is cheaper, and `tmp` (same shape) as scratch space.
* `slope(a, out)`, where f'(z) is a function of a = f(z) alone (tanh, sigmoid, ReLU, ELU; None for the others):
  writes f'(z) into `out`. Elementwise, so the training step computes f' of every layer in one pass over all
  activations, which lie in one array, and each layer's backprop is then the one multiply delta * f'. `backprop`
  computes the same numbers in the same order (f' into tmp, then delta * tmp), so both give identical bits.

The functions take their out arrays positionally and call numpy's ufuncs with 0-d array constants: on the tiny arrays
of a step the keyword `out=` and the conversion of a Python float cost as much as the arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LEAKY_SLOPE = 0.01
# numpy converts a Python float operand on every call; a 0-d array costs nothing (0.35 vs 0.57 us per call here)
_ZERO = np.array(0.0)
_ONE = np.array(1.0)
_SLOPE = np.array(LEAKY_SLOPE)
_GELU_C = math.sqrt(2.0 / math.pi)
_GELU_K = 0.044715


def sigmoid(z: np.ndarray) -> np.ndarray:
    """sigma(z) = 1 / (1 + e^-z), computed as (1 + tanh(z/2)) / 2, which never overflows."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


@dataclass(frozen=True)
class Activation:
    """One activation: name, formula for people, and its four implementations."""

    name: str
    formula: str
    derivative: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray]
    forward: Callable[[np.ndarray, np.ndarray], None]
    backprop: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], None]
    slope: Callable[[np.ndarray, np.ndarray], None] | None = None


# ---- linear: f(z) = z, f'(z) = 1 -----------------------------------------------------------------------------------
def _linear_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.copyto(out, z)


def _linear_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    return None


# ---- sigmoid: f = 1/(1+e^-z), f' = f (1 - f) ---------------------------------------------------------------------
def _sigmoid_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    np.multiply(out, 0.5, out=out)
    np.add(out, 0.5, out=out)


def _sigmoid_slope(a: np.ndarray, out: np.ndarray) -> None:
    np.multiply(a, a, out)
    np.subtract(a, out, out)


def _sigmoid_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    _sigmoid_slope(a, tmp)
    np.multiply(delta, tmp, delta)


# ---- tanh: f' = 1 - f^2 (forward is np.tanh itself: a ufunc takes (z, out), and a wrapper costs a Python call) -----
def _tanh_slope(a: np.ndarray, out: np.ndarray) -> None:
    np.multiply(a, a, out)
    np.subtract(_ONE, out, out)


def _tanh_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    _tanh_slope(a, tmp)
    np.multiply(delta, tmp, delta)


# ---- ReLU: f = max(z, 0), f' = 1 if z > 0 else 0 -------------------------------------------------------------------
def _relu_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.fmax(z, _ZERO, out)


def _relu_slope(a: np.ndarray, out: np.ndarray) -> None:
    np.sign(a, out)  # a >= 0, so sign(a) is exactly the 0/1 mask of z > 0


def _relu_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    np.sign(a, tmp)
    np.multiply(delta, tmp, delta)


# ---- leaky ReLU: f = max(z, 0.01 z), f' = 1 if z > 0 else 0.01 ------------------------------------------------------
def _leaky_f(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0, z, LEAKY_SLOPE * z)


def _leaky_df(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0, 1.0, LEAKY_SLOPE)


def _leaky_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.multiply(z, _SLOPE, out=out)
    np.fmax(z, out, out=out)


def _leaky_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    np.greater(z, 0.0, out=tmp)
    np.multiply(tmp, 1.0 - LEAKY_SLOPE, out=tmp)
    np.add(tmp, LEAKY_SLOPE, out=tmp)
    np.multiply(delta, tmp, out=delta)


# ---- ELU: f = z if z > 0 else e^z - 1, f' = 1 if z > 0 else e^z = f + 1 ------------------------------------------
def _elu_f(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))


def _elu_df(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0, 1.0, np.exp(np.minimum(z, 0.0)))


def _elu_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.fmin(z, 0.0, out=out)
    np.expm1(out, out=out)
    np.copyto(out, z, where=z > 0)


def _elu_slope(a: np.ndarray, out: np.ndarray) -> None:
    np.fmin(a, _ZERO, out)
    np.add(out, _ONE, out)  # f' = min(a, 0) + 1: 1 for z > 0, e^z otherwise


def _elu_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    _elu_slope(a, tmp)
    np.multiply(delta, tmp, delta)


# ---- softplus: f = log(1 + e^z), f' = sigma(z) ----------------------------------------------------------------------
def _softplus_f(z: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, z)


def _softplus_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.logaddexp(0.0, z, out=out)


def _softplus_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    _sigmoid_forward(z, tmp)
    np.multiply(delta, tmp, out=delta)


# ---- SiLU (swish): f = z sigma(z), f' = sigma(z) (1 + z (1 - sigma(z))) ------------------------------------------
def _silu_f(z: np.ndarray) -> np.ndarray:
    return z * sigmoid(z)


def _silu_df(z: np.ndarray) -> np.ndarray:
    s = sigmoid(z)
    return s * (1.0 + z * (1.0 - s))


def _silu_forward(z: np.ndarray, out: np.ndarray) -> None:
    _sigmoid_forward(z, out)
    np.multiply(out, z, out=out)


def _silu_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    # f' = s + f (1 - s) with s = sigma(z) and f = a
    _sigmoid_forward(z, tmp)
    np.multiply(delta, tmp + a * (1.0 - tmp), out=delta)


# ---- GELU (tanh approximation): f = z/2 (1 + tanh(u)), u = c (z + k z^3), c = sqrt(2/pi), k = 0.044715 ---------------
#      f' = (1 + tanh u)/2 + z/2 (1 - tanh^2 u) c (1 + 3 k z^2)
def _gelu_f(z: np.ndarray) -> np.ndarray:
    return 0.5 * z * (1.0 + np.tanh(_GELU_C * (z + _GELU_K * z**3)))


def _gelu_df(z: np.ndarray) -> np.ndarray:
    t = np.tanh(_GELU_C * (z + _GELU_K * z**3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _GELU_C * (1.0 + 3.0 * _GELU_K * z * z)


def _gelu_forward(z: np.ndarray, out: np.ndarray) -> None:
    np.copyto(out, _gelu_f(z))


def _gelu_backprop(z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray) -> None:
    np.multiply(delta, _gelu_df(z), out=delta)


def _identity(z: np.ndarray) -> np.ndarray:
    return np.array(z, dtype=float, copy=True)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation(
            "linear", "f(z) = z", "f'(z) = 1", _identity, lambda z: np.ones_like(z), _linear_forward, _linear_backprop
        ),
        Activation(
            "sigmoid",
            "f(z) = 1 / (1 + e^-z)",
            "f'(z) = f(z) (1 - f(z))",
            sigmoid,
            lambda z: sigmoid(z) * (1.0 - sigmoid(z)),
            _sigmoid_forward,
            _sigmoid_backprop,
            _sigmoid_slope,
        ),
        Activation(
            "tanh",
            "f(z) = tanh(z)",
            "f'(z) = 1 - tanh(z)^2",
            np.tanh,
            lambda z: 1.0 - np.tanh(z) ** 2,
            np.tanh,
            _tanh_backprop,
            _tanh_slope,
        ),
        Activation(
            "relu",
            "f(z) = max(z, 0)",
            "f'(z) = 1 if z > 0 else 0",
            lambda z: np.maximum(z, 0.0),
            lambda z: (z > 0).astype(float),
            _relu_forward,
            _relu_backprop,
            _relu_slope,
        ),
        Activation(
            "leaky_relu",
            "f(z) = z if z > 0 else 0.01 z",
            "f'(z) = 1 if z > 0 else 0.01",
            _leaky_f,
            _leaky_df,
            _leaky_forward,
            _leaky_backprop,
        ),
        Activation(
            "elu",
            "f(z) = z if z > 0 else e^z - 1",
            "f'(z) = 1 if z > 0 else e^z",
            _elu_f,
            _elu_df,
            _elu_forward,
            _elu_backprop,
            _elu_slope,
        ),
        Activation(
            "softplus",
            "f(z) = log(1 + e^z)",
            "f'(z) = 1 / (1 + e^-z)",
            _softplus_f,
            sigmoid,
            _softplus_forward,
            _softplus_backprop,
        ),
        Activation(
            "silu",
            "f(z) = z / (1 + e^-z)",
            "f'(z) = s (1 + z (1 - s)), s = sigmoid(z)",
            _silu_f,
            _silu_df,
            _silu_forward,
            _silu_backprop,
        ),
        Activation(
            "gelu",
            "f(z) = z/2 (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))",
            "f'(z) = (1 + tanh u)/2 + z/2 (1 - tanh^2 u) sqrt(2/pi) (1 + 0.134145 z^2)",
            _gelu_f,
            _gelu_df,
            _gelu_forward,
            _gelu_backprop,
        ),
    )
}


def get(name: str) -> Activation:
    """The activation called `name`, or a ValueError listing the known ones."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; choose from {', '.join(ACTIVATIONS)}") from None
