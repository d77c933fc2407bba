"""Weight penalties. Only weights are penalized (biases never), through the layout's weight mask m (1 on weights):

* l1: R(w) = lambda * sum |w|,      dR/dw = lambda * sign(w) * m
* l2: R(w) = lambda / 2 * sum w^2,  dR/dw = lambda * w * m
The trainer minimises loss + R, so each step's gradient is dL/dw + dR/dw.
"""

from __future__ import annotations

import numpy as np


def penalty(kind: str, rate: float, flat: np.ndarray, weight_mask: np.ndarray) -> float:
    """R(w) for the whole flat parameter vector."""
    if kind == "none" or rate == 0.0:
        return 0.0
    if kind == "l1":
        return float(rate * np.abs(flat) @ weight_mask)
    if kind == "l2":
        return float(0.5 * rate * (flat * flat) @ weight_mask)
    raise ValueError(f"unknown regularization {kind!r}; choose from none, l1, l2")


def penalty_gradient(kind: str, rate: float, flat: np.ndarray, weight_mask: np.ndarray) -> np.ndarray:
    """dR/dw as a new flat vector."""
    if kind == "none" or rate == 0.0:
        return np.zeros_like(flat)
    if kind == "l1":
        return rate * np.sign(flat) * weight_mask
    if kind == "l2":
        return rate * flat * weight_mask
    raise ValueError(f"unknown regularization {kind!r}; choose from none, l1, l2")


class Penalty:
    """Adds dR/dw to a gradient in place, allocation-free: g <- g + lambda * (sign(w) | w) * m."""

    def __init__(self, weight_mask: np.ndarray) -> None:
        self.weight_mask = weight_mask
        self.kind = "none"
        self._scaled_mask = weight_mask.copy()
        self._tmp = np.empty_like(weight_mask)

    def configure(self, kind: str, rate: float) -> None:
        self.kind = "none" if rate == 0.0 else kind
        np.multiply(self.weight_mask, rate, out=self._scaled_mask)

    def add_gradient(self, flat: np.ndarray, grad: np.ndarray) -> None:
        if self.kind == "l2":
            np.multiply(flat, self._scaled_mask, out=self._tmp)
        elif self.kind == "l1":
            np.sign(flat, out=self._tmp)
            np.multiply(self._tmp, self._scaled_mask, out=self._tmp)
        else:
            return
        np.add(grad, self._tmp, out=grad)
