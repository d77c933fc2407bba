"""Timing helpers every benchmark shares (no Qt): the median of repeated calls and a percentile."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(call: Callable[[], object], repetitions: int) -> float:
    """The median time of `repetitions` calls of `call`, in ms, after one warm-up call."""
    call()
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def percentile(values: list[float], q: float) -> float:
    """The `q`-quantile of `values` (nearest rank); nan for none."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")
