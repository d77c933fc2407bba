"""Finite-difference gradient check: compares an analytic gradient with the five-point central difference
    dL/dw_i ~ (-L(w + 2h e_i) + 8 L(w + h e_i) - 8 L(w - h e_i) + L(w - 2h e_i)) / (12 h)
for every parameter entry, in float64. Its error is O(h^4), so h = 1e-4 keeps both truncation (~1e-16) and
round-off (~1e-16 L / h) far below the 1e-6 the tests demand."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def numerical_gradient(objective: Callable[[], float], flat: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """Five-point differences of `objective()` with respect to every entry of `flat` (changed in place, restored)."""
    grad = np.empty_like(flat)
    for i in range(flat.size):
        original = flat[i]
        values = []
        for step in (2.0, 1.0, -1.0, -2.0):
            flat[i] = original + step * h
            values.append(objective())
        flat[i] = original
        grad[i] = (-values[0] + 8.0 * values[1] - 8.0 * values[2] + values[3]) / (12.0 * h)
    return grad


def max_relative_error(analytic: np.ndarray, numeric: np.ndarray, tiny: float = 1e-4) -> float:
    """max_i |a_i - n_i| / max(|a_i| + |n_i|, floor) with floor = tiny * max_j |a_j|.

    Entries far smaller than the largest one are "tiny": finite differences cannot resolve them to a relative
    1e-6 (round-off is about 1e-16 * L / h), so they are compared relative to the floor instead."""
    if analytic.size == 0:
        return 0.0
    floor = max(tiny * float(np.max(np.abs(analytic))), 1e-12)
    denominator = np.maximum(np.abs(analytic) + np.abs(numeric), floor)
    return float(np.max(np.abs(analytic - numeric) / denominator))
