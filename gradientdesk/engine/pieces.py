"""Cutting long computations into pieces, and big data into a fixed sample.

A worker thread must hear Stop (and, between pieces, any command) within ~100 ms whatever it computes, so every
computation over all the points goes in chunks of rows; a chunk costs a few milliseconds. How many rows that is
comes from a cost model of one forward pass per row, fitted on a 2-core machine (numpy + OpenBLAS, chunks of
1,000-4,000 rows; 2-8x64-1 tanh: 6 us a row, 2-16-16-16-1: 0.24 us, 2-4-2-1: 0.04 us):
    cost(row) = NS_PER_MAC * sum_l (fan_in_l + 1) units_l  +  NS_PER_UNIT * sum_l units_l      [nanoseconds]
A chunk is also kept small enough that OpenBLAS computes each of its matrix products on one thread: it splits a
product over threads once M N K passes 4 x 65536, and on a 2-core machine shared with the GUI thread that split
made a chunk 2-20x slower (measured: 256 rows of 8x64 took 90 us a row instead of 3). So a chunk has at most
BLAS_ONE_THREAD / max_l (fan_in_l + 1) units_l rows (64 for 8x64, 4096 for 8x8).
The model only sizes chunks and samples; nothing depends on the machine's real speed, so the same data and
settings always give the same numbers.

`fixed_sample` draws the rows an estimate is measured on: without replacement, from a generator seeded with a
constant, in their original order. The same data give the same sample every time, so successive estimates differ
only because the model changed (the loss curve does not jitter with the sample).

`Interrupted` is what a chunked computation raises when its `interrupt` callable says stop: the worker passes one
that is true once Stop was posted, so it leaves any computation within one chunk.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np

NS_PER_MAC = 0.2
NS_PER_UNIT = 3.5
CHUNK_SECONDS = 0.005  # one chunk of rows: the longest the worker goes without looking at its Stop flag
MIN_CHUNK_ROWS = 16  # fewer rows per numpy call cost more in overhead than they save
MAX_CHUNK_ROWS = 4096  # more leave the CPU cache (measured: 16,384 rows of 16-16-16 cost 2x more per row)
BLAS_ONE_THREAD = 4 * 65536  # OpenBLAS's GEMM threading threshold on M N K
SAMPLE_SEED = 20_240_611

Interrupt = Callable[[], bool]


class Interrupted(Exception):  # noqa: N818 - not an error: an answer to a request to stop
    """A chunked computation was told to stop (its `interrupt` returned True) between two chunks."""


def check(interrupt: Interrupt | None) -> None:
    """Raise Interrupted if `interrupt` says so."""
    if interrupt is not None and interrupt():
        raise Interrupted


def row_cost_ns(sizes: Sequence[int]) -> float:
    """Estimated nanoseconds of one forward pass of one row through layers of `sizes` (inputs first)."""
    macs = sum((fan_in + 1) * units for fan_in, units in itertools.pairwise(sizes))
    return NS_PER_MAC * macs + NS_PER_UNIT * sum(sizes[1:])


def rows_for(seconds: float, sizes: Sequence[int], minimum: int = 1, maximum: int | None = None) -> int:
    """How many rows a forward pass gets through in `seconds` by the cost model, clipped to [minimum, maximum]."""
    rows = int(seconds * 1e9 / max(row_cost_ns(sizes), 1e-3))
    rows = max(minimum, rows)
    return rows if maximum is None else min(rows, maximum)


def one_thread_rows(sizes: Sequence[int]) -> int:
    """The most rows (columns) a product with the layers' weights can have before OpenBLAS uses threads."""
    widest = max(((fan_in + 1) * units for fan_in, units in itertools.pairwise(sizes)), default=1)
    return max(MIN_CHUNK_ROWS, BLAS_ONE_THREAD // widest)


GRADIENT_COST = 3.0  # a gradient costs about three forward passes (forward, backward, weight gradients)


def chunk_rows(sizes: Sequence[int], factor: float = 1.0) -> int:
    """Rows per chunk so that a chunk costs about CHUNK_SECONDS, and no more than `one_thread_rows`; `factor` is
    the chunk's cost per row in forward passes (a gradient is about 3)."""
    rows = rows_for(CHUNK_SECONDS / factor, sizes, MIN_CHUNK_ROWS, MAX_CHUNK_ROWS)
    return min(rows, one_thread_rows(sizes))


def fixed_sample(n: int, size: int) -> np.ndarray | None:
    """`size` of the row indices 0..n-1, sorted, always the same for the same (n, size); None when size >= n (use
    every row)."""
    if size >= n:
        return None
    rng = np.random.default_rng([SAMPLE_SEED, n, size])
    return np.sort(rng.choice(n, size, replace=False))
