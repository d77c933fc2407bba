"""`python -m gradientdesk.bench --micro` measures every piece it names (what it measures is not judged here)."""

from __future__ import annotations

import math

from gradientdesk.bench import micro_bench


def test_every_micro_measure_is_reported_with_its_target(qapp, thread_watch):
    results = micro_bench.measure(quick=True)
    assert set(results) == set(micro_bench.TARGETS)
    assert all(value > 0 and math.isfinite(value) for value in results.values()), results
    assert thread_watch.running() == []  # the windows it closed took their workers with them
