"""`bench --frame-costs`: the GUI thread's time per frame, charged view by view (exclusive time, nested handlers
counted once), measured on the real window in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from gradientdesk.bench import frame_costs


def test_nested_time_is_charged_to_the_innermost_name_only(monkeypatch):
    clock = iter([0.0, 1.0, 3.0, 3.5, 4.0, 10.0])  # outer in; inner in, out; other in, out; outer out
    monkeypatch.setattr(frame_costs.time, "thread_time", lambda: next(clock))
    costs = frame_costs.Costs()
    costs.active = True
    costs.enter("window")
    costs.enter("canvas")
    costs.leave()
    costs.enter("diagram")
    costs.leave()
    costs.leave()
    assert costs.seconds == {"canvas": 2.0, "diagram": 0.5, "window": 10.0 - 2.0 - 0.5}
    assert costs.per_frame_ms(2) == {"window": 3750.0, "canvas": 1000.0, "diagram": 250.0}


def test_time_outside_a_measurement_is_not_charged(monkeypatch):
    clock = iter([0.0, 5.0])
    monkeypatch.setattr(frame_costs.time, "thread_time", lambda: next(clock))
    costs = frame_costs.Costs()
    costs.enter("canvas")
    costs.leave()
    assert costs.seconds == {}


def test_the_bench_reports_each_views_share_of_a_frame():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "gradientdesk.bench", "--frame-costs", "--quick", "--json"],
                          capture_output=True, text=True, env=env, timeout=300, check=True)
    costs = json.loads(done.stdout.strip().splitlines()[-1])["frame_costs"]
    for key in ("gui", "gui_all_views"):
        result = costs[key]
        assert result["frames"] > 0
        views = result["views_ms_per_frame"]
        assert views["canvas"] > 0 and views["parameter table"] > 0 and views["loss plot"] > 0
        assert result["charged_ms_per_frame"] <= result["gui_ms_per_frame"] * 1.05
    assert costs["gui_all_views"]["views_ms_per_frame"].get("update inspector", 0) > 0  # open only with all views
