"""`bench --gui` measures a 16-run sweep in the real window ("gui_sweep") and leaves no thread behind (what it
measures is not judged here: speed belongs to the benchmark, not to tests)."""

from __future__ import annotations

import math

from gradientdesk.bench import gui_sweep_bench


def test_a_short_gui_sweep_reports_frames_steps_and_lag_and_closes_everything(qapp, thread_watch):
    result = gui_sweep_bench.measure(1.0)
    assert result["runs"] == 16
    assert result["frames_per_s"] > 0 and result["run_steps_per_s"] > 0
    assert all(math.isfinite(result[key]) for key in ("lag_p50_ms", "lag_p99_ms", "lag_max_ms"))
    assert result["gui_ms_per_frame"] > 0  # the GUI thread's own CPU time per frame drawn
    assert thread_watch.running() == []


def test_a_short_gui_run_reports_the_gui_threads_time_per_frame(qapp, thread_watch):
    from gradientdesk.bench import gui_bench

    result = gui_bench.measure(1.0)
    assert result["frames_per_s"] > 0 and result["gui_ms_per_frame"] > 0 and result["steps_per_s"] > 0
    assert thread_watch.running() == []
