"""A RunSet's runs kept as checkpoints (RunSet.checkpoints) and put back (RunSet.start_each): what a comparison saved
in a session file goes on from. Full batches, so no minibatch order is involved: a run continued from its
checkpoint takes exactly the steps it would have taken without the pause."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, datasets
from gradientdesk.engine.run_checkpoint import RunCheckpoint
from gradientdesk.engine.run_set import RunSet


def runs_of(ds):
    hp = Hyperparameters(model="mlp", hidden_layers=(5,), learning_rate=0.05, batch_size=1000, seed=2)
    return [hp, hp.replace(optimizer="adam", learning_rate=0.01), hp.replace(optimizer="momentum", seed=4)]


def test_runs_continued_from_their_checkpoints_take_the_steps_they_would_have_taken():
    ds = datasets.make("circle", n=80, seed=3, test_fraction=0.25)
    hps = runs_of(ds)
    whole = RunSet(ds, hps)
    paused = RunSet(ds, hps)
    for _ in range(12):
        whole.step()
        paused.step()
    saved = paused.checkpoints()
    assert [c.step for c in saved] == [12, 12, 12] and saved[1].optimizer == "adam" and saved[1].optimizer_t == 12
    assert set(saved[1].optimizer_state) == {"m", "v"} and not saved[1].parameters["dense1.W"].flags.writeable
    later = RunSet(ds, hps)  # a new set, as after opening a file: its runs start from the seeds, then the checkpoints
    later.start_each(saved)
    for _ in range(9):
        whole.step()
        later.step()
    for a, b in zip(whole.snapshots(), later.snapshots(), strict=True):
        assert a.step == b.step == 21 and a.epoch == b.epoch and a.optimizer_t == b.optimizer_t
        for name in a.parameters:
            np.testing.assert_allclose(b.parameters[name], a.parameters[name], rtol=0, atol=1e-12)


def test_a_checkpoint_that_does_not_fit_changes_no_run():
    ds = datasets.make("circle", n=40, seed=3, test_fraction=0.0)
    hps = runs_of(ds)
    runs = RunSet(ds, hps)
    runs.step()
    before = runs.checkpoints()
    bad = RunCheckpoint(parameters={"dense1.W": np.zeros((2, 2))}, optimizer="sgd", optimizer_state={},
                        optimizer_t=0, step=1, epoch=1, examples_seen=30)
    with pytest.raises(ValueError):
        runs.start_each([before[0], before[1], bad])  # the first two fit, yet nothing changes
    with pytest.raises(ValueError):
        runs.start_each(before[:2])
    after = runs.checkpoints()
    for a, b in zip(before, after, strict=True):
        assert a.step == b.step
        np.testing.assert_array_equal(a.parameters["dense1.W"], b.parameters["dense1.W"])


def test_a_stopped_run_trains_on_from_its_checkpoint_and_another_optimizer_starts_afresh():
    ds = datasets.make("circle", n=40, seed=3, test_fraction=0.0)
    hp = Hyperparameters(model="mlp", hidden_layers=(3,), learning_rate=0.05, batch_size=1000, seed=1, max_epochs=2)
    runs = RunSet(ds, [hp, hp.replace(optimizer="adam")])
    runs.run_epochs(5)
    saved = runs.checkpoints()
    assert [c.stopped for c in saved] != [None, None] and saved[0].epoch == 2
    more = RunSet(ds, [hp.replace(max_epochs=4), hp.replace(optimizer="rmsprop", max_epochs=4)])
    more.start_each([saved[0], saved[1]])  # the second is Adam's state: RMSprop starts its own
    assert more.checkpoints()[1].optimizer_t == 0
    more.run_epochs(10)
    assert [c.epoch for c in more.checkpoints()] == [4, 4]
