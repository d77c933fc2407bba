"""Histograms of a layer's weights over time (no Qt): one column per recorded moment, one row per value bin, for an
image whose x axis is training time and whose y axis is the weight value. L1's sparsity shows as the mass
collapsing onto the zero bin; L2's shrinkage as the whole band narrowing.

Column t counts the values in each of `bins` equal bins over [-half_range, half_range]. The range is a power of two
at least max |value| seen so far and only grows; when it doubles, the old columns are re-binned exactly: the bins
are twice as wide, so each pair of old bins becomes one bin of the central half, and the outer quarters are empty.
Memory is bounded like state/history.py: at `capacity` columns every other one is dropped, and from then on only
every second new one is kept (the stride doubles), so a long run stays visible at an evenly thinned resolution.
"""

from __future__ import annotations

import math

import numpy as np

MIN_HALF_RANGE = 2.0**-6
MAX_HALF_RANGE = 2.0**30  # ~1e9: larger values fall into the outermost bins (2**1024 overflows)


def power_of_two_at_least(x: float) -> float:
    """The smallest 2^k >= x, within [MIN_HALF_RANGE, MAX_HALF_RANGE]."""
    if not math.isfinite(x) or x <= MIN_HALF_RANGE:
        return MIN_HALF_RANGE
    if x >= MAX_HALF_RANGE:
        return MAX_HALF_RANGE
    return 2.0 ** math.ceil(math.log2(x))


class HistogramHistory:
    """Counts (size, bins) and the step of each column; `half_range` is the current range's half-width."""

    def __init__(self, bins: int = 64, capacity: int = 400) -> None:
        if bins % 4:
            raise ValueError("bins must be a multiple of 4 (the range doubles by merging pairs of bins)")
        self.bins = bins
        self.capacity = max(4, capacity - capacity % 2)
        self._counts = np.zeros((self.capacity, bins), dtype=np.int32)
        self._steps = np.zeros(self.capacity, dtype=np.int64)
        self.size = 0
        self.stride = 1
        self._skipped = 0
        self.half_range = MIN_HALF_RANGE
        self.n_values = 0

    def clear(self) -> None:
        self.__init__(self.bins, self.capacity)

    @property
    def counts(self) -> np.ndarray:
        """(columns, bins): counts[t, k] values of column t in bin k (bin 0 at -half_range)."""
        return self._counts[: self.size]

    @property
    def steps(self) -> np.ndarray:
        return self._steps[: self.size]

    def bin_edges(self) -> np.ndarray:
        return np.linspace(-self.half_range, self.half_range, self.bins + 1)

    def add(self, step: int, values: np.ndarray) -> bool:
        """Record the histogram of `values` at training step `step`. Returns True when a column was added (not for
        the step already recorded last, nor for one skipped by the thinning stride). A step earlier than the last
        (a reset or a rewind) first drops the columns after it."""
        if self.size and step < self._steps[self.size - 1]:
            self.size = int(np.searchsorted(self._steps[: self.size], step, side="right"))
        if self.size and step == self._steps[self.size - 1]:
            return False
        if self._skipped + 1 < self.stride:
            self._skipped += 1
            return False
        self._skipped = 0
        finite = values[np.isfinite(values)].ravel()
        self.n_values = values.size
        if finite.size:
            self._grow(float(np.abs(finite).max()))
        if self.size == self.capacity:
            half = self.capacity // 2
            self._counts[:half] = self._counts[1 : self.capacity : 2]
            self._steps[:half] = self._steps[1 : self.capacity : 2]
            self.size = half
            self.stride *= 2
        h = self.half_range
        inside = np.clip(finite, -h, h)  # beyond the largest range: the outermost bins (no overflow to a wrong bin)
        idx = np.clip(((inside + h) * (self.bins / (2.0 * h))).astype(np.intp), 0, self.bins - 1)
        self._counts[self.size] = np.bincount(idx, minlength=self.bins)
        self._steps[self.size] = step
        self.size += 1
        return True

    def _grow(self, largest: float) -> None:
        """Double the range until it holds `largest`, re-binning the recorded columns."""
        target = power_of_two_at_least(largest)
        q = self.bins // 4
        while self.half_range < target:
            old = self._counts[: self.size]
            merged = old[:, 0::2] + old[:, 1::2]  # (size, bins / 2): pairs of old bins
            old[...] = 0
            old[:, q : 3 * q] = merged
            self.half_range *= 2.0
