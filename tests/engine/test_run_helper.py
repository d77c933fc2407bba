"""The engine's helper process (run_helper.py): a RunSet of SHARE_FROM runs or more trains half of them in a second
process, and every run still equals a Trainer with its hyperparameters; the helper is leased by one RunSet at a
time, and its failure is a clear error, never a hang."""

from __future__ import annotations

import pickle
from io import BytesIO

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets, run_helper
from gradientdesk.engine.run_checkpoint import RunCheckpoint
from gradientdesk.engine.run_set import SHARE_FROM, RunSet

TOL = 1e-12

pytestmark = pytest.mark.skipif(not run_helper.sharing_allowed(), reason="one core, or sharing switched off")


def _hps() -> list[Hyperparameters]:
    """Eight runs of one small network: three optimizers, two seeds, a schedule, and a rate that diverges."""
    base = Hyperparameters(model="mlp", hidden_layers=(4, 4), activation="tanh", batch_size=10, seed=3)
    return [base.replace(learning_rate=0.03), base.replace(optimizer="adam", learning_rate=0.01),
            base.replace(optimizer="momentum", learning_rate=0.02, seed=5), base.replace(learning_rate=0.1),
            base.replace(learning_rate=10.0, regularization="l2", regularization_rate=1.0),
            base.replace(optimizer="adam", learning_rate=0.003, seed=5),
            base.replace(schedule="step", schedule_period=2, learning_rate=0.05), base.replace(regularization="l2")]


def _assert_equal_to_trainers(runs: RunSet, dataset, steps: int) -> None:
    for snap, hp in zip(runs.snapshots(), runs.hps, strict=True):
        trainer = Trainer(dataset, hp)
        trainer.search_rates = False
        for _ in range(steps):
            if not trainer.step():
                break
        expected = trainer.snapshot()
        assert snap.step == expected.step and snap.diverged == expected.diverged
        for name, value in expected.parameters.items():
            np.testing.assert_allclose(snap.parameters[name], value, rtol=0, atol=TOL)


def test_half_the_runs_train_in_the_helper_and_every_run_equals_its_trainer():
    dataset = datasets.make("circle", n=120, seed=2, test_fraction=0.25)
    runs = RunSet(dataset, _hps())
    try:
        assert len(runs) >= SHARE_FROM and runs.helper_runs == (4, 5, 6, 7)
        assert runs.run_steps(37) == 37
        more = runs.run_epochs(2)  # to the end of epoch 5 (9 steps an epoch): 17 more steps
        assert more == 17
        _assert_equal_to_trainers(runs, dataset, 37 + more)
        assert runs.stopped[4] == "diverged" and all(s is None for i, s in enumerate(runs.stopped) if i != 4)
    finally:
        runs.close()


def test_the_helpers_runs_are_the_same_numbers_as_those_trained_here():
    dataset = datasets.make("xor", n=100, seed=4, test_fraction=0.2)
    shared, alone = RunSet(dataset, _hps()), RunSet(dataset, _hps(), share=False)
    try:
        assert shared.helper_runs and not alone.helper_runs
        for runs in (shared, alone):
            runs.run_epochs(3)
        for a, b in zip(shared.checkpoints(), alone.checkpoints(), strict=True):
            assert a.counters == b.counters and a.stopped == b.stopped and a.optimizer_t == b.optimizer_t
            for name in a.parameters:
                np.testing.assert_allclose(a.parameters[name], b.parameters[name], rtol=0, atol=TOL)
    finally:
        shared.close()


def test_reset_and_start_each_reach_the_helpers_runs():
    dataset = datasets.make("circle", n=80, seed=1, test_fraction=0.25)
    runs = RunSet(dataset, _hps())
    try:
        start = runs.checkpoints()
        runs.run_epochs(2)
        runs.reset()
        for a, b in zip(runs.checkpoints(), start, strict=True):
            assert a.step == 0
            for name in a.parameters:
                assert np.array_equal(a.parameters[name], b.parameters[name])
        moved = [RunCheckpoint(dict(c.parameters), "", {}, 0, 30, 5, 300) for c in start]
        runs.start_each(moved)
        assert [c.counters for c in runs.checkpoints()] == [(30, 5, 300)] * len(runs)
        runs.run_steps(1)
        assert all(c.step == 31 for c in runs.checkpoints() if c.stopped is None)
    finally:
        runs.close()


def test_one_runset_leases_the_helper_at_a_time():
    dataset = datasets.make("circle", n=60, seed=1, test_fraction=0.25)
    first = RunSet(dataset, _hps())
    second = RunSet(dataset, _hps())
    try:
        assert first.helper_runs and not second.helper_runs  # the second trains every run itself
        second.run_steps(5)
        assert all(c.step == 5 for c in second.checkpoints())
        first.close()
        third = RunSet(dataset, _hps())
        assert third.helper_runs
        third.close()
    finally:
        first.close()


def test_a_small_runset_and_share_false_use_no_helper():
    dataset = datasets.make("circle", n=60, seed=1, test_fraction=0.25)
    assert not RunSet(dataset, _hps()[: SHARE_FROM - 1]).helper_runs
    assert not RunSet(dataset, _hps(), share=False).helper_runs


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv(run_helper.ONE_PROCESS_ENV, "1")
    assert run_helper.lease() is None
    assert not RunSet(datasets.make("circle", n=60, seed=1), _hps()).helper_runs


def test_a_helper_that_dies_is_a_clear_error_and_is_not_used_again(monkeypatch):
    helper = run_helper.Helper()  # a private helper: the shared one stays well
    monkeypatch.setattr(run_helper, "lease", helper.lease)
    dataset = datasets.make("circle", n=60, seed=1, test_fraction=0.25)
    runs = RunSet(dataset, _hps())
    assert runs.helper_runs
    helper._process.kill()
    helper._process.wait()
    with pytest.raises(run_helper.HelperError, match="helper process"):
        runs.run_steps(3)
    runs.close()
    assert helper.broken and helper.lease() is None
    assert not RunSet(dataset, _hps()).helper_runs  # trains here instead
    helper.stop()


def test_the_helper_answers_an_unknown_or_early_request_with_an_error_not_a_crash():
    requests = BytesIO()
    for message in (("steps", 3), ("fly",), ("quit",)):
        pickle.dump(message, requests)
    requests.seek(0)
    replies = BytesIO()
    run_helper.serve(requests, replies)
    replies.seek(0)
    first, second = pickle.load(replies), pickle.load(replies)
    assert first[0] == "error" and "no runs" in first[1]
    assert second[0] == "error" and "unknown request" in second[1]
