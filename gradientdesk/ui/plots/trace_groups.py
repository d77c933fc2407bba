"""Grouping of the parameters for the trace plot (one group per array of the model spec), and the NaN-separated
arrays that let one curve item draw every line of a group (pure numpy, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...engine.model_spec import ModelSpec
from ..i18n import fill
from ..theme import palette

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

MAX_LINES = 3000  # beyond this many parameters a deterministic subset is drawn
POINT_BUDGET = 120_000  # points drawn over all lines (~8 ms of painting); rows are thinned to stay within it


@dataclass
class Group:
    """The lines of one array of parameters, e.g. all weights of dense2."""

    key: str  # "dense2.W"
    label: str  # legend text, e.g. "layer 2"
    color: str
    is_bias: bool
    columns: np.ndarray  # every column of the history matrix in this group
    drawn: np.ndarray  # the columns actually drawn (a subset for very large networks)


def group_slots(spec: ModelSpec, max_lines: int = MAX_LINES) -> list[Group]:
    """One group per parameter array of `spec`, in order, coloured by layer; PCA's W and b are two groups of their
    own (its components and its centre)."""
    columns = [np.arange(s.start, s.start + s.size, dtype=np.intp) for s in spec.slots]
    drawn = drawn_subset(spec.flat_names, [not s.is_weight for s in spec.slots], columns, max_lines)
    groups = []
    for slot, cols in zip(spec.slots, columns, strict=True):
        if spec.is_network:
            label, color = fill(translate("Traces", "layer %1"), slot.layer), palette.layer_color(slot.layer)
        else:
            label = translate("Traces", "PCA components W") if slot.is_weight else translate("Traces", "PCA centre b")
            color = palette.layer_color(1 if slot.is_weight else 2)
        groups.append(Group(slot.name, label, color, not slot.is_weight, cols, cols[np.isin(cols, drawn)]))
    return groups


def drawn_subset(names: Sequence[str], bias_flags: list[bool], columns: list[np.ndarray],
                 max_lines: int = MAX_LINES) -> np.ndarray:
    """Sorted columns to draw: all of them up to `max_lines`; beyond, every bias plus evenly spaced weights (if
    the biases alone are too many, evenly spaced columns of everything)."""
    n = len(names)
    if n <= max_lines:
        return np.arange(n)
    biases = np.concatenate([c for c, b in zip(columns, bias_flags, strict=True) if b] or [np.empty(0, np.intp)])
    weights = np.concatenate([c for c, b in zip(columns, bias_flags, strict=True) if not b]
                             or [np.empty(0, np.intp)])
    if biases.size >= max_lines or weights.size == 0:
        return np.unique(np.linspace(0, n - 1, max_lines).round().astype(np.intp))
    room = max_lines - biases.size
    picked = weights[np.unique(np.linspace(0, weights.size - 1, room).round().astype(np.intp))]
    return np.sort(np.concatenate([biases, picked]).astype(np.intp))


def time_rows(n_rows: int, n_lines: int, budget: int = POINT_BUDGET) -> np.ndarray:
    """Rows of the history to draw: all, or evenly thinned so that lines x rows stays within `budget` (the newest
    row is always kept)."""
    if n_rows == 0:
        return np.empty(0, dtype=np.intp)
    if n_lines * n_rows <= budget:
        return np.arange(n_rows)
    stride = int(np.ceil(n_lines * n_rows / budget))
    rows = np.arange(0, n_rows, stride)
    if rows[-1] != n_rows - 1:
        rows = np.append(rows, n_rows - 1)
    return rows


def separated(steps: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """steps (T,) and values (T, k) -> x, y of length k (T + 1): line after line, each followed by a NaN, for one
    curve item with connect="finite"."""
    t, k = values.shape
    y = np.empty((k, t + 1), dtype=np.float64)
    y[:, :t] = values.T
    y[:, t] = np.nan
    x = np.empty((k, t + 1), dtype=np.float64)
    x[:, :t] = steps
    x[:, t] = np.nan
    return x.ravel(), y.ravel()
