"""The arithmetic of the loss landscape view, kept apart from its widgets: which pair to show by default, the
log-scaled colours, and the downhill arrow's geometry (pure numpy)."""

from __future__ import annotations

import math

import numpy as np

from ...engine.model_spec import ModelSpec
from ...engine.scalar_ref import ScalarRef

ARROW_SHARE = 0.18  # the gradient arrow's length, for a typical slope, as a share of the grid's width


def default_pair(spec: ModelSpec, selection: str) -> tuple[str, str] | None:
    """Linear regression: its weight and bias (the whole landscape for one feature). Otherwise the first two
    weights of the selected parameter's layer (the first layer if nothing is selected), or the first two scalars."""
    names = spec.flat_names
    if len(names) < 2:
        return None
    weights, biases = spec.layer_slots(1)
    if spec.model in ("linear", "polynomial") and weights is not None and biases is not None:
        return names[weights.start], names[biases.start]
    ref = ScalarRef.parse(selection)
    selected = spec.slot(ref.name) if ref is not None else None
    weights = spec.layer_slots(selected.layer if selected is not None else spec.slots[0].layer)[0]
    if weights is None:
        weights = next((s for s in spec.slots if s.is_weight), None)
    if weights is not None and weights.size >= 2:
        return names[weights.start], names[weights.start + 1]
    return names[0], names[1]


def log_loss(surface: np.ndarray) -> tuple[np.ndarray, tuple[float, float]]:
    """log10 of the loss with non-finite or non-positive values clamped into range, and the colour levels."""
    finite = surface[np.isfinite(surface) & (surface > 0)]
    if finite.size == 0:
        return np.zeros_like(surface), (0.0, 1.0)
    floor = max(float(finite.min()), 1e-12)
    logs = np.log10(np.clip(np.nan_to_num(surface, nan=finite.max(), posinf=finite.max()), floor, None))
    lo, hi = float(logs.min()), float(logs.max())
    return logs, (lo, hi if hi > lo else lo + 1e-9)


def arrow_segments(current: np.ndarray, gradient: np.ndarray, width: float, typical_slope: float
                   ) -> tuple[list[float], list[float]] | None:
    """The arrow -gradient from `current` as line segments (shaft and two barbs; draw with connect="pairs"), or None
    where it means nothing (zero or non-finite gradient, or the very bottom). Its length is ARROW_SHARE of the grid
    `width` for a gradient as steep as `typical_slope`, growing as the square root of the steepness (so a gentle
    slope beside steep walls still shows), between 0.25 and 1.5 times that."""
    norm = float(np.hypot(*gradient))
    if not math.isfinite(norm) or norm == 0:
        return None
    ratio = norm / max(typical_slope, 1e-300)
    if ratio < 1e-4:
        return None
    length = ARROW_SHARE * width * float(np.clip(np.sqrt(ratio), 0.25, 1.5))
    u = -np.asarray(gradient, dtype=np.float64) / norm
    tip = current + length * u
    head = min(0.3 * length, 0.05 * width)
    normal = np.array([-u[1], u[0]])
    left = tip - head * u + 0.5 * head * normal
    right = tip - head * u - 0.5 * head * normal
    return ([current[0], tip[0], tip[0], left[0], tip[0], right[0]],
            [current[1], tip[1], tip[1], left[1], tip[1], right[1]])
