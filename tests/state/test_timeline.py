"""The timeline's keyframes: exact states of real training, bounded memory with even thinning, rewinds, pins."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.state.timeline import Keyframe, Timeline


def trainer(**overrides) -> Trainer:
    hp = Hyperparameters(**{"hidden_layers": (4, 2), "optimizer": "adam", "learning_rate": 0.03, **overrides})
    return Trainer(datasets.make("circle", n=120, seed=3), hp)


def test_a_keyframe_holds_the_state_to_continue_from_exactly():
    run = trainer()
    timeline = Timeline()
    for _ in range(30):
        run.step()
        timeline.add(run.snapshot())
    frame = timeline.at(12)
    assert frame is not None and frame.step == 12
    # continued from the keyframe, a fresh trainer matches the original run's step 13 exactly
    again = trainer()
    for _ in range(12):
        again.step()
    snap12 = again.snapshot()
    for name, value in frame.parameters.items():
        np.testing.assert_array_equal(value, snap12.parameters[name])
    for slot, arrays in frame.optimizer_state.items():
        for key, value in arrays.items():
            np.testing.assert_array_equal(value, snap12.optimizer_state[slot][key])
    assert frame.optimizer_t == snap12.optimizer_t == 12
    assert timeline.at(12.5) is frame and timeline.at(0) is None  # at or before; nothing before the first


def test_memory_stays_within_the_budget_and_the_run_stays_evenly_covered():
    run = trainer(hidden_layers=(16, 16))
    one = Keyframe.of(run.snapshot()).nbytes
    timeline = Timeline(budget_bytes=20 * one)
    for _ in range(1000):
        run.step()
        timeline.add(run.snapshot())
        assert timeline.nbytes <= timeline.budget_bytes
    assert timeline.nbytes == sum(f.nbytes for f in timeline.frames)
    steps = timeline.steps
    assert 10 <= steps.size <= 20
    assert steps[0] == 1 and steps[-1] > 1000 - timeline.stride  # the start and (within a stride) the newest
    gaps = np.diff(steps)
    assert gaps.max() <= 2 * timeline.stride  # evenly thinned: no hole wider than twice the spacing
    assert "MB of" in timeline.memory_text() and timeline.memory_text().startswith(f"{steps.size} keyframes")


def test_the_largest_network_keeps_dozens_of_keyframes_in_50_mb():
    run = trainer(hidden_layers=(64,) * 8)
    frame = Keyframe.of(run.snapshot())
    assert 0.5 * 2**20 < frame.nbytes < 1.0 * 2**20  # ~29,000 parameters, Adam's m and v: float64 each
    assert Timeline().budget_bytes // frame.nbytes >= 50


def test_a_rewind_drops_what_came_after_and_a_repeat_replaces():
    run = trainer()
    timeline = Timeline()
    snaps = []
    for _ in range(10):
        run.step()
        snaps.append(run.snapshot())
        timeline.add(snaps[-1])
    assert timeline.add(snaps[3])  # back to step 4 (an undo of a weight edit, a rewind)
    assert timeline.steps.tolist() == [1, 2, 3, 4]
    assert timeline.add(snaps[3]) and len(timeline) == 4  # the same step measured again: replaced


def test_pinned_keyframes_survive_thinning_and_cannot_fill_the_budget():
    run = trainer()
    one = Keyframe.of(run.snapshot()).nbytes
    timeline = Timeline(budget_bytes=12 * one)
    for _ in range(7):
        run.step()
        timeline.add(run.snapshot())
    assert timeline.pin(4)
    for _ in range(500):
        run.step()
        timeline.add(run.snapshot())
    assert 4 in timeline.steps.tolist() and timeline.at(4).pinned
    assert not timeline.pin(0)  # before the first keyframe: nothing to pin
    for step in timeline.steps.tolist():
        timeline.pin(step)
    assert sum(f.pinned for f in timeline.frames) * one <= timeline.budget_bytes // 2  # refused past half


def test_a_diverged_snapshot_is_not_a_keyframe_and_a_bad_budget_is_refused():
    import dataclasses

    run = trainer()
    run.step()
    timeline = Timeline()
    assert timeline.add(run.snapshot())
    run.step()
    # a diverged snapshot carries the parameters of an earlier step (the trainer rolled back): not a new keyframe
    assert not timeline.add(dataclasses.replace(run.snapshot(), diverged=True))
    assert timeline.steps.tolist() == [1]
    with pytest.raises(ValueError, match="positive"):
        Timeline(budget_bytes=0)


def test_restore_puts_saved_keyframes_back_pinned_in_step_order_within_half_the_budget():
    run = trainer()
    frames = []
    for _ in range(3):
        for _ in range(4):
            run.step()
        frames.append(Keyframe.of(run.snapshot()))
    timeline = Timeline(budget_bytes=5 * frames[0].nbytes)  # pins may fill half: two of them
    run.step()
    timeline.add(run.snapshot())  # an old run's keyframe: restore starts over
    assert timeline.restore(reversed(frames)) == 2
    assert [f.step for f in timeline.frames] == [4, 8] and all(f.pinned for f in timeline.frames)
    assert timeline.nbytes == frames[0].nbytes * 2
    assert timeline.frames[1].parameters is frames[1].parameters  # the arrays themselves, not copies
    assert timeline.restore([frames[1], frames[1]]) == 1  # a repeated step is kept once
    run.step()
    assert timeline.add(run.snapshot()) and [f.step for f in timeline.frames] == [8, 14]  # the run extends it
