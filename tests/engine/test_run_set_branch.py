"""Runs branched from a keyframe ("Branch from here"): a RunSet started from a saved state trains on exactly as a
Trainer restored from the same state (every step sees the whole training set, so no minibatch order is involved)."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.run_set import RunSet
from gradientdesk.state.timeline import Keyframe


def restored(ds, hp, frame: Keyframe) -> Trainer:
    trainer = Trainer(ds, hp)
    same_optimizer = frame.hyperparameters.optimizer == hp.optimizer
    trainer.resume(frame.parameters, (frame.step, frame.epoch, frame.examples_seen),
                   frame.optimizer_state if same_optimizer else None, frame.optimizer_t)
    return trainer


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_runs_branched_from_a_keyframe_equal_trainers_restored_from_it(optimizer):
    ds = datasets.make("circle", n=80, seed=3, test_fraction=0.25)
    hp = Hyperparameters(model="mlp", hidden_layers=(5,), optimizer=optimizer, learning_rate=0.05, batch_size=1000,
                         seed=2)
    main = Trainer(ds, hp)
    for _ in range(15):
        main.step()
    frame = Keyframe.of(main.snapshot())
    branches = [hp, hp.replace(learning_rate=0.2), hp.replace(optimizer="rmsprop")]
    runs = RunSet(ds, branches)
    runs.start_from(frame.parameters, (frame.step, frame.epoch, frame.examples_seen), frame.hyperparameters.optimizer,
                    frame.optimizer_state, frame.optimizer_t)
    trainers = [restored(ds, b, frame) for b in branches]
    for _ in range(10):
        runs.step()
        for trainer in trainers:
            trainer.step()
    for snap, trainer in zip(runs.snapshots(), trainers, strict=True):
        expected = trainer.snapshot()
        assert snap.step == expected.step == 25 and snap.epoch == expected.epoch
        for name in expected.parameters:
            np.testing.assert_allclose(snap.parameters[name], expected.parameters[name], rtol=0, atol=1e-12)
    assert not np.allclose(runs.snapshots()[0].parameters["dense1.W"], runs.snapshots()[1].parameters["dense1.W"])


def test_a_start_that_does_not_fit_the_model_is_refused():
    ds = datasets.make("circle", n=40, seed=3, test_fraction=0.0)
    runs = RunSet(ds, [Hyperparameters(model="mlp", hidden_layers=(3,), seed=1)])
    with pytest.raises(ValueError):
        runs.start_from({"dense1.W": np.zeros((2, 2))}, (0, 0, 0))
