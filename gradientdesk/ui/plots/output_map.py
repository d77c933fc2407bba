"""From a model's output grid to the picture behind the points (pure numpy, no Qt): an RGB image and the fields
whose zero (or threshold) level set is the decision boundary.

* Binary classification with one output: the output through a diverging colour table with fixed levels - [0, 1] for
  a sigmoid (class 1 above 0.5), [-1, 1] for tanh or linear outputs (class 1 above 0).
* Two or more outputs: class probabilities (softmax, or outputs rescaled to [0, 1] and normalised) blend the class
  colours, faded towards a light neutral where the model is undecided.
* Regression on 2-D data: the predicted value through a sequential colour table, with levels fixed by the targets.
Every function returns a new (rows, cols, 3) uint8 array; NaN (a diverged model) is shown neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..theme import palette

LIGHTEN = 0.35  # share of the neutral background mixed into the map, so the points on top keep their contrast


@dataclass(frozen=True)
class BinaryScale:
    """How a single output is read: values in [low, 1], class 1 above `threshold`."""

    low: float
    threshold: float

    @property
    def levels(self) -> tuple[float, float]:
        return (self.low, 1.0)


def scale_for(head_low: float | None, values: np.ndarray) -> BinaryScale:
    """The scale of a single output: from the model's head when known (low = 0 or -1), else guessed from the values
    (any negative value means a tanh / linear output)."""
    if head_low is None:
        head_low = -1.0 if np.nanmin(values) < 0 else 0.0
    return BinaryScale(head_low, 0.0 if head_low < 0 else 0.5)


def unit_positions(values: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """Where each value lies between the `levels` (lo, hi), as a float in [0, 1]: clipped outside, 0.5 for NaN and
    for levels that span nothing. Any finite levels and values work, even +/-1e308: the differences are taken of
    halves, which cannot overflow, and a NaN (from infinite levels) is caught before it becomes an index."""
    lo, hi = float(levels[0]), float(levels[1])
    span = 0.5 * hi - 0.5 * lo
    values = np.asarray(values, dtype=np.float64)
    if not span > 0:  # equal levels, or NaN levels: everything in the middle
        return np.full(values.shape, 0.5)
    with np.errstate(invalid="ignore", over="ignore"):
        t = (0.5 * values - 0.5 * lo) / span
    return np.clip(np.nan_to_num(t, nan=0.5, posinf=1.0, neginf=0.0), 0.0, 1.0)


def apply_lut(values: np.ndarray, lut: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """Map `values` through the (n, 3) uint8 table `lut` with the fixed `levels` (clipped; NaN -> middle)."""
    n = lut.shape[0]
    index = (unit_positions(values, levels) * (n - 1)).astype(np.intp)
    return lut[index]


def binary_image(values: np.ndarray, scale: BinaryScale, lut: np.ndarray) -> np.ndarray:
    """One output (rows, cols) -> RGB through the diverging table."""
    return apply_lut(values, lut, scale.levels)


def probabilities(outputs: np.ndarray, softmax: bool, low: float) -> np.ndarray:
    """Outputs (rows, cols, k) as probabilities: softmax outputs as they are, others rescaled from [low, 1] to
    [0, 1] and normalised (a tanh head trained with squared error)."""
    out = np.nan_to_num(outputs, nan=0.0)
    if softmax:
        return out
    scores = np.clip((out - low) / (1.0 - low), 0.0, 1.0)
    total = scores.sum(axis=-1, keepdims=True)
    k = outputs.shape[-1]
    return np.where(total > 0, scores / np.where(total > 0, total, 1.0), 1.0 / k)


def class_blend(p: np.ndarray, colors: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Probabilities p (rows, cols, k) -> RGB: the class colours mixed by probability, faded towards `background`
    as the top probability falls to 1/k (a confident region is coloured, an undecided one neutral)."""
    k = p.shape[-1]
    mixed = p @ colors  # (rows, cols, 3)
    confidence = np.clip((p.max(axis=-1, keepdims=True) - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    rgb = background + (1.0 - LIGHTEN) * confidence * (mixed - background)
    return np.clip(rgb, 0, 255).astype(np.ubyte)


def class_colors(k: int) -> np.ndarray:
    """(k, 3) float RGB of the first k class colours."""
    return np.array([palette.rgb(palette.class_color(i)) for i in range(k)])


def boundary_fields(outputs: np.ndarray, threshold: float) -> list[tuple[np.ndarray, float]]:
    """(field, level) pairs whose level sets together are the decision boundary. One output: the output at the
    threshold. k outputs: for each class but the last, its output minus the largest other one, at 0 (every
    boundary between two regions involves at least one class that is not the last)."""
    k = outputs.shape[-1]
    if k == 1:
        return [(outputs[:, :, 0], threshold)]
    if k == 2:
        return [(outputs[:, :, 1] - outputs[:, :, 0], 0.0)]
    top2 = np.partition(outputs, k - 2, axis=-1)[:, :, k - 2 :]  # second largest, largest
    second, first = top2[:, :, 0], top2[:, :, 1]
    fields = []
    for c in range(k - 1):
        out = outputs[:, :, c]
        others = np.where(out >= first, second, first)  # the largest of the other classes
        fields.append((out - others, 0.0))
    return fields


def lightened(lut: np.ndarray, amount: float = LIGHTEN) -> np.ndarray:
    """A colour table mixed with the neutral background (for a map drawn under points of the full colours)."""
    neutral = palette.rgb(palette.NEUTRAL)
    return np.clip(np.round(amount * neutral + (1.0 - amount) * lut), 0, 255).astype(np.ubyte)


def regression_levels(targets: np.ndarray) -> tuple[float, float]:
    """Fixed colour levels for predicted values: the targets' range, padded by 5% (never empty, always finite: a
    range as wide as the floats themselves is padded only as far as the largest float)."""
    finite = targets[np.isfinite(targets)] if targets.size else targets
    if finite.size == 0:
        return (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    pad = 0.1 * (0.5 * hi - 0.5 * lo) if hi > lo else 1.0  # halves: hi - lo overflows for +/-1e308
    biggest = float(np.finfo(np.float64).max)
    return (max(lo - pad, -biggest), min(hi + pad, biggest))
