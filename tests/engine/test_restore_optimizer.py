"""A run continued from a keyframe (the timeline's "Continue from here") trains on exactly as the run itself did:
parameters, optimizer state (Adam's m and v, momentum's velocity) and counters are all that a step depends on when
every step sees the whole training set (no minibatch order to restore)."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.state.timeline import Keyframe


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam", "rmsprop"])
def test_a_trainer_restored_from_a_keyframe_takes_the_same_steps(optimizer):
    ds = datasets.make("circle", n=80, seed=3, test_fraction=0.25)
    hp = Hyperparameters(model="mlp", hidden_layers=(5,), optimizer=optimizer, learning_rate=0.05, batch_size=1000,
                         seed=2)
    run = Trainer(ds, hp)
    for _ in range(15):
        run.step()
    frame = Keyframe.of(run.snapshot())
    continued = Trainer(ds, hp)
    continued.resume(frame.parameters, (frame.step, frame.epoch, frame.examples_seen), frame.optimizer_state,
                     frame.optimizer_t)
    for _ in range(10):
        run.step()
        continued.step()
    a, b = run.snapshot(), continued.snapshot()
    assert a.step == b.step == 25 and a.examples_seen == b.examples_seen
    for name in a.parameters:
        np.testing.assert_allclose(b.parameters[name], a.parameters[name], rtol=0, atol=1e-12)
    for key in a.optimizer_state:
        for name in a.optimizer_state[key]:
            np.testing.assert_allclose(b.optimizer_state[key][name], a.optimizer_state[key][name], atol=1e-12)


def test_an_optimizer_state_of_another_optimizer_is_refused():
    ds = datasets.make("circle", n=40, seed=3, test_fraction=0.0)
    adam = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(3,), optimizer="adam", seed=1))
    adam.step()
    state = adam.snapshot().optimizer_state
    sgd = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(3,), optimizer="momentum", seed=1))
    before = sgd.model.flat.copy()
    with pytest.raises(ValueError, match="does not fit momentum"):
        sgd.restore_optimizer(state, 1)
    assert np.array_equal(sgd.model.flat, before)
