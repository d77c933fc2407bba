"""One contiguous vector holding every parameter of a model, with named views into it.

Keeping all parameters (and, alongside, all gradients and optimizer state) in flat vectors lets an optimizer update
the whole model with a couple of vectorized operations per step, while `views[name]` gives each weight matrix and
bias vector its own shape and name for the UI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Slot:
    """Where one named parameter lives in the flat vector: columns `columns` of the (rows, cols) block that starts
    at `offset`; a `vector` slot is the single column `columns.start`, with shape (rows,)."""

    name: str
    offset: int
    block: tuple[int, int]
    columns: slice
    is_weight: bool  # weights are regularized, biases are not
    vector: bool = False
    layer: int = 1  # the model's layer the parameter belongs to (1-based)

    @property
    def shape(self) -> tuple[int, ...]:
        rows = self.block[0]
        return (rows,) if self.vector else (rows, self.columns.stop - self.columns.start)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    def view(self, flat: np.ndarray) -> np.ndarray:
        rows, cols = self.block
        block = flat[self.offset : self.offset + rows * cols].reshape(rows, cols)
        return block[:, self.columns.start] if self.vector else block[:, self.columns]


class ParameterLayout:
    """The ordered slots of a model; makes flat buffers and named views of them."""

    def __init__(self, slots: Sequence[Slot]) -> None:
        self.slots: tuple[Slot, ...] = tuple(slots)
        self.by_name: dict[str, Slot] = {s.name: s for s in self.slots}
        self.size = sum(s.size for s in self.slots)
        mask = np.zeros(self.size)
        for s in self.slots:
            if s.is_weight:
                s.view(mask)[...] = 1.0
        mask.setflags(write=False)
        self.weight_mask = mask

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.slots)

    def views(self, flat: np.ndarray) -> dict[str, np.ndarray]:
        """Ordered {name: view} of a flat buffer laid out like the parameters."""
        return {s.name: s.view(flat) for s in self.slots}

    def copies(self, flat: np.ndarray) -> dict[str, np.ndarray]:
        """Ordered {name: read-only copy}: one copy of the buffer, then read-only views of it."""
        frozen = flat.copy()
        frozen.setflags(write=False)
        return self.views(frozen)

    def flatten(self, values: dict[str, np.ndarray]) -> np.ndarray:
        """A flat vector from {name: array}, checking names and shapes."""
        flat = np.empty(self.size)
        for s in self.slots:
            if s.name not in values:
                raise ValueError(f"missing parameter {s.name}")
            arr = np.asarray(values[s.name], dtype=np.float64)
            if arr.shape != s.shape:
                raise ValueError(f"parameter {s.name} must have shape {s.shape}; got {arr.shape}")
            s.view(flat)[...] = arr
        return flat
