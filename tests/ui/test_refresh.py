"""SecondaryRefresh: one secondary view per snapshot, fair among the due ones, and the newest state once idle."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QObject

from gradientdesk.ui.sync import refresh
from gradientdesk.ui.sync.refresh import SecondaryRefresh


@pytest.fixture(autouse=True)
def no_global_spacing(monkeypatch):
    """Frames here come back to back; the window-wide spacing and the budget have their own tests."""
    monkeypatch.setattr(refresh, "SPACING_S", 0.0)
    monkeypatch.setattr(refresh, "BUDGET_SHARE", math.inf)


class FakeController(QObject):
    snapshots_received = 0
    playing = False


def test_one_view_per_snapshot_and_no_view_starves(qtbot):
    controller = FakeController()
    counts = [0, 0, 0, 0]
    refreshers = [SecondaryRefresh(controller, controller, lambda i=i: counts.__setitem__(i, counts[i] + 1),
                                   min_interval=0.0) for i in range(4)]
    for frame in range(40):
        controller.snapshots_received = frame
        before = sum(counts)
        for r in refreshers:  # every view asks, in the same order, for every snapshot
            r.request()
        assert sum(counts) - before <= 1
    assert min(counts) >= 9, counts  # 40 frames shared fairly by 4 views


def test_inactive_views_do_not_take_frames_and_catch_up_when_idle(qtbot):
    controller = FakeController()
    seen = []
    visible = SecondaryRefresh(controller, controller, lambda: seen.append("visible"), min_interval=0.0)
    hidden_flag = [False]
    hidden = SecondaryRefresh(controller, controller, lambda: seen.append("hidden"), min_interval=0.0,
                              active=lambda: hidden_flag[0])
    for frame in range(10):
        controller.snapshots_received = frame
        hidden.request()
        visible.request()
    assert seen == ["visible"] * 10
    hidden_flag[0] = True
    qtbot.waitUntil(lambda: "hidden" in seen, timeout=1000)  # drawn once the snapshots stop


def test_the_newest_state_is_drawn_after_the_last_snapshot(qtbot):
    controller = FakeController()
    calls = []
    r = SecondaryRefresh(controller, controller, lambda: calls.append(controller.snapshots_received),
                         min_interval=10.0)
    for frame in range(5):
        controller.snapshots_received = frame
        r.request()
    assert calls == [0]  # too soon for the others
    qtbot.waitUntil(lambda: calls[-1] == 4, timeout=1000)


def test_all_views_together_respect_the_window_wide_spacing(qtbot, monkeypatch):
    monkeypatch.setattr(refresh, "SPACING_S", 3600.0)  # as if every frame came sooner than the spacing
    controller = FakeController()
    counts = [0, 0]
    refreshers = [SecondaryRefresh(controller, controller, lambda i=i: counts.__setitem__(i, counts[i] + 1),
                                   min_interval=0.0) for i in range(2)]
    for frame in range(10):
        controller.snapshots_received = frame
        for r in refreshers:
            r.request()
    assert sum(counts) == 1  # the first refresh, then none until the spacing has passed
    for r in refreshers:
        r.idle.stop()


def test_slow_views_together_take_at_most_their_budget_share(qtbot, monkeypatch):
    """Before: with frames slower than IDLE_MS (a large network), every waiting view refreshed between every two
    frames. A refresh that cost c now holds the others back until c / BUDGET_SHARE has passed."""
    monkeypatch.setattr(refresh, "BUDGET_SHARE", 0.25)
    clock = [100.0]
    monkeypatch.setattr(refresh.time, "perf_counter", lambda: clock[0])
    controller = FakeController()
    controller.playing = True
    counts = [0, 0]

    def slow(i: int) -> None:
        counts[i] += 1
        clock[0] += 0.1  # each refresh costs 100 ms of the GUI thread

    refreshers = [SecondaryRefresh(controller, controller, lambda i=i: slow(i), min_interval=0.0) for i in range(2)]
    for frame in range(20):  # 20 frames, 50 ms apart
        controller.snapshots_received = frame
        for r in refreshers:
            r.request()
        clock[0] += 0.05
    spent = 0.1 * sum(counts)
    elapsed = clock[0] - 100.0
    assert sum(counts) >= 1 and spent / elapsed <= refresh.BUDGET_SHARE + 0.05, (counts, elapsed)
    for r in refreshers:  # the idle flush waits for the budget too
        r._flush()
    assert sum(counts) * 0.1 / (clock[0] - 100.0) <= refresh.BUDGET_SHARE + 0.05
    controller.playing = False  # paused: what is still waiting is drawn at once
    for r in refreshers:
        r._flush()
    assert not any(r.pending for r in refreshers)
    for r in refreshers:
        r.idle.stop()
