"""`python -m gradientdesk.bench --soak MINUTES` reports every minute and leaves no worker behind (what it measures
is not judged here: speed belongs to the benchmark, not to tests)."""

from __future__ import annotations

import json
import math

from gradientdesk.bench import soak
from gradientdesk.bench.__main__ import main


def test_a_short_soak_reports_its_minute_and_closes_its_window(qapp, thread_watch):
    seen: list[soak.Minute] = []
    results = soak.run(0.02, seen.append)  # 1.2 s: one partial minute
    assert results == seen and [m.minute for m in results] == [1]
    minute = results[0]
    assert minute.frames_per_s > 0 and minute.steps_per_s > 0 and math.isfinite(minute.lag_p99_ms)
    assert minute.rss_mb > 0
    assert thread_watch.running() == []


def test_the_soak_command_prints_json(qapp, thread_watch, capsys):
    assert main(["--soak", "0.01", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["soak"] and report["soak"][0]["minute"] == 1
    assert thread_watch.running() == []
