"""Grouping of flat parameter names for the trace plot, and the NaN-separated arrays that let one curve item draw
every line of a group (pure numpy, no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..theme import palette

MAX_LINES = 3000  # beyond this many parameters a deterministic subset is drawn
POINT_BUDGET = 120_000  # points drawn over all lines (~8 ms of painting); rows are thinned to stay within it

_NAME = re.compile(r"^(?P<layer>[A-Za-z_]+?)(?P<number>\d*)\.(?P<kind>[A-Za-z]+)\[")


@dataclass
class Group:
    """The lines of one array of parameters, e.g. all weights of dense2."""

    key: str  # "dense2.W"
    label: str  # legend text, e.g. "layer 2"
    color: str
    is_bias: bool
    columns: np.ndarray  # every column of the history matrix in this group
    drawn: np.ndarray  # the columns actually drawn (a subset for very large networks)


def parse(name: str) -> tuple[str, int, str]:
    """"dense2.W[0,1]" -> ("dense", 2, "W"); "pca.b[1]" -> ("pca", 0, "b")."""
    m = _NAME.match(name)
    if m is None:
        return (name.split("[")[0], 0, "")
    return m["layer"], int(m["number"] or 0), m["kind"]


def group_names(names: list[str], max_lines: int = MAX_LINES) -> list[Group]:
    """Groups in order of first appearance, coloured by layer; pca.W and pca.b are two groups of their own."""
    keys: dict[str, list[int]] = {}
    info: dict[str, tuple[str, int, str]] = {}
    for i, name in enumerate(names):
        key = name.split("[", 1)[0]
        if key not in keys:
            keys[key] = []
            info[key] = parse(name)
        keys[key].append(i)
    drawn = drawn_subset(names, [info[k][2] == "b" for k in keys], [np.array(v) for v in keys.values()], max_lines)
    groups = []
    for number_of_group, (key, columns) in enumerate(keys.items()):
        layer, number, kind = info[key]
        cols = np.array(columns, dtype=np.intp)
        if layer == "pca":
            label = "PCA components W" if kind == "W" else "PCA centre b"
            color = palette.layer_color(1 if kind == "W" else 2)
        elif number:
            label = f"layer {number}"
            color = palette.layer_color(number)
        else:
            label, color = key, palette.layer_color(number_of_group + 1)
        groups.append(Group(key, label, color, kind == "b", cols, cols[np.isin(cols, drawn)]))
    return groups


def drawn_subset(names: list[str], bias_flags: list[bool], columns: list[np.ndarray],
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
