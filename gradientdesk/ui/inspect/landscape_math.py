"""The arithmetic of the loss landscape view, kept apart from its widgets: which pair to show by default, the
log-scaled colours, and the downhill arrow's geometry (pure numpy)."""

from __future__ import annotations

import math

import numpy as np

from ...engine.landscape import ParameterRef
from .param_text import parse_flat

ARROW_SHARE = 0.18  # the gradient arrow's length, for a typical slope, as a share of the grid's width


def default_pair(names: list[str], model: str, selection: str) -> tuple[str, str] | None:
    """Linear regression: its weight and bias (the whole landscape for one feature). Otherwise the first two
    weights of the selected parameter's layer (dense1 if nothing is selected), or the first two names."""
    if len(names) < 2:
        return None
    if model in ("linear", "polynomial") and "dense1.W[0,0]" in names and "dense1.b[0]" in names:
        return "dense1.W[0,0]", "dense1.b[0]"
    ref = parse_flat(selection)
    layer = ref.name.split(".")[0] if ref is not None else names[0].split(".")[0]
    weights = [n for n in names if n.startswith(f"{layer}.W[")] or [n for n in names if ".W[" in n]
    if len(weights) >= 2:
        return weights[0], weights[1]
    return names[0], names[1]


def to_ref(flat: str) -> ParameterRef | None:
    ref = parse_flat(flat)
    return None if ref is None else (ref.name, ref.index)


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
