"""Small batches check the parameters every 8 steps (trainer.run_steps): a divergence found that way reads exactly as
if every step had been checked - the step that blew up, the message, the run-up, the state put back, the steps
counted - and no non-finite number leaves the trainer in between."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets

pytestmark = pytest.mark.filterwarnings("error")

SETTINGS = [  # (model settings, batch size, learning rate): each blows up between two checks, at step 6, 3, 3, 31, 154
    ({"model": "mlp", "activation": "tanh", "hidden_layers": (4, 4), "optimizer": "momentum"}, 8, 10.0),
    ({"model": "mlp", "activation": "relu", "hidden_layers": (8,)}, 1, 10.0),
    ({"model": "mlp", "activation": "relu", "hidden_layers": (6, 6), "optimizer": "momentum"}, 4, 3.0),
    ({"model": "polynomial", "degree": 5}, 7, 1.0),
    ({"model": "polynomial", "degree": 5}, 3, 0.5),
]


def _trainer(extra: dict, batch_size: int, rate: float) -> Trainer:
    ds = datasets.make("sine" if extra["model"] == "polynomial" else "plane", n=40, seed=1)
    return Trainer(ds, Hyperparameters(batch_size=batch_size, learning_rate=rate, seed=1, **extra))


def _state(trainer: Trainer) -> tuple:
    snap = trainer.snapshot()
    return (snap.stopped, snap.diverged_step, str(snap.message), snap.step, snap.epoch, snap.examples_seen,
            snap.run_up, trainer.model.flat.tobytes(), trainer.optimizer.t)


@pytest.mark.parametrize(("extra", "batch_size", "rate"), SETTINGS)
def test_checking_every_8_steps_finds_the_same_step_as_checking_every_step(extra, batch_size, rate):
    one_by_one = _trainer(extra, batch_size, rate)
    taken = 0
    while one_by_one.step():  # run_steps(1): its only step is checked before it returns
        taken += 1
    assert one_by_one.diverged and taken == one_by_one.diverged_step
    assert taken % 8 > 1, "a setting that blows up between two checks"

    at_once = _trainer(extra, batch_size, rate)
    assert at_once.run_steps(100_000) == taken  # the steps after the one that blew up do not count
    assert _state(at_once) == _state(one_by_one)


def test_no_unchecked_step_is_left_when_run_steps_returns():
    """Steps run in odd numbers end between two checks: the last steps are checked before returning."""
    extra, batch_size, rate = SETTINGS[1]
    trainer = _trainer(extra, batch_size, rate)
    done = 0
    while trainer.stopped is None:
        done += trainer.run_steps(3)
        assert np.all(np.isfinite(trainer.model.flat)) and float(trainer.model.flat @ trainer.model.flat) < 1e12
    assert trainer.diverged and done == trainer.diverged_step


def test_a_batch_size_changed_mid_epoch_checks_every_step_until_the_next_epoch():
    """A replay from the epoch's start could not repeat minibatches of two sizes: that epoch is checked step by step."""
    extra, batch_size, rate = SETTINGS[0]
    trainer = _trainer(extra, batch_size, 0.01)
    trainer.run_steps(2)
    trainer.set_hyperparameters(trainer.hp.replace(batch_size=3, learning_rate=rate))
    reference = _trainer(extra, batch_size, 0.01)
    reference.run_steps(2)
    reference.set_hyperparameters(reference.hp.replace(batch_size=3, learning_rate=rate))
    taken = 0
    while reference.step():
        taken += 1
    assert reference.diverged
    assert trainer.run_steps(100_000) == taken
    assert _state(trainer) == _state(reference)
