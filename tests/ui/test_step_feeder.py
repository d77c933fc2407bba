"""`--steps N` trains in pieces, so the curves of a screenshot have a point per piece, and counts from where an
opened run stands."""

from __future__ import annotations

from gradientdesk.ui.sync.step_feeder import CHUNKS, StepFeeder


def test_steps_arrive_in_pieces_each_with_a_snapshot(qtbot, controller):
    start = controller.latest.step
    rows_before = len(controller.loss_history.column("train_loss"))
    feeder = StepFeeder(controller, 3000)
    qtbot.waitUntil(lambda: feeder.done, timeout=60_000)
    assert controller.latest.step == start + 3000  # exactly, not one piece more
    assert not controller.playing
    rows = len(controller.loss_history.column("train_loss")) - rows_before
    assert rows >= CHUNKS * 0.9  # one training step of 3000 would publish only a handful of snapshots


def test_feeding_continues_from_the_counters_of_the_run(qtbot, controller):
    controller.step(7)
    qtbot.waitUntil(lambda: controller.latest.step == 7, timeout=10_000)
    feeder = StepFeeder(controller, 20)
    qtbot.waitUntil(lambda: feeder.done, timeout=30_000)
    assert controller.latest.step == 27


def test_no_steps_is_done_at_once(controller):
    assert StepFeeder(controller, 0).done


def test_pressing_play_ends_the_feeding(qtbot, controller):
    feeder = StepFeeder(controller, 1_000_000)
    qtbot.waitUntil(lambda: controller.latest.step > 0, timeout=10_000)
    controller.play()
    qtbot.waitUntil(lambda: feeder.done, timeout=10_000)
    step = controller.latest.step
    qtbot.waitUntil(lambda: controller.latest.step > step + 100, timeout=10_000)
    assert controller.playing  # no piece of the feeder paused it again
    controller.pause()
