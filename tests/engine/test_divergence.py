"""Divergence is caught: training stops with advice, nothing non-finite leaves the trainer, and it can recover."""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets
from gradientdesk.engine.divergence import suggest_learning_rate
from gradientdesk.engine.rate_search import round_rates_below

pytestmark = pytest.mark.filterwarnings("error")  # no overflow / invalid-value RuntimeWarning may escape either

DIVERGING = [
    ("linear", "sine", {"features": ("x1", "x1^2")}, 1000),
    ("linear", "line", {"features": ("x1",)}, 1000),
    ("polynomial", "sine", {"degree": 5}, 1000),
    ("linear", "sine", {"features": ("x1", "x1^2")}, 5),
    ("mlp", "plane", {"activation": "relu", "hidden_layers": (4,)}, 1000),
    ("mlp", "plane", {"activation": "tanh", "hidden_layers": (4, 4), "optimizer": "momentum"}, 8),
]


def _diverging_trainer(model, preset, extra, batch_size) -> Trainer:
    ds = datasets.make(preset, n=40, seed=1)
    hp = Hyperparameters(model=model, learning_rate=10.0, batch_size=batch_size, seed=1, **extra)
    return Trainer(ds, hp)


def _all_finite(snap) -> bool:
    arrays = [*snap.parameters.values(), *snap.gradients.values(), *snap.updates.values()]
    arrays += [a for state in snap.optimizer_state.values() for a in state.values()]
    return all(np.all(np.isfinite(a)) for a in arrays)


def _run_until_stopped(trainer: Trainer, limit: int = 2000) -> tuple[int, list[np.ndarray]]:
    """Step one at a time; returns the number of steps taken and the parameters at every epoch start."""
    taken = 0
    epoch_starts = [trainer.model.flat.copy()]
    while taken < limit and trainer.step():
        taken += 1
        if trainer.stopped is None and trainer.examples_seen % trainer.dataset.n_train == 0:
            epoch_starts.append(trainer.model.flat.copy())
    return taken, epoch_starts


@pytest.mark.parametrize(("model", "preset", "extra", "batch_size"), DIVERGING)
def test_divergence_is_caught(model, preset, extra, batch_size):
    trainer = _diverging_trainer(model, preset, extra, batch_size)
    taken, epoch_starts = _run_until_stopped(trainer)
    assert taken < 2000, "this setting was expected to diverge"
    snap = trainer.snapshot()
    assert snap.diverged is True
    assert snap.stopped == "diverged"
    assert trainer.diverged
    assert f"at step {taken}" in snap.message
    assert "learning rate 10 " in snap.message
    suggested = float(re.search(r"Try ([0-9.e+-]+), then Reset", snap.message).group(1))
    assert suggested in round_rates_below(10.0)  # a round rate below the one that diverged (test_rate_search.py)
    assert suggest_learning_rate(10.0) == pytest.approx(0.1)  # the fallback when no rate is found in time
    assert snap.diverged_step == taken
    assert _all_finite(snap)
    assert math.isfinite(snap.train_loss)
    # put back to the start of the epoch in which it diverged, counters included
    steps_per_epoch = trainer.steps_per_epoch
    assert snap.step == (taken - 1) // steps_per_epoch * steps_per_epoch
    assert snap.step < taken
    assert snap.epoch == snap.step // steps_per_epoch
    assert snap.examples_seen == snap.epoch * trainer.dataset.n_train
    assert f"values at step {snap.step}" in snap.message
    np.testing.assert_array_equal(trainer.model.flat, epoch_starts[snap.epoch])
    assert snap.batch_indices is None
    # stopped for good until something changes
    assert trainer.step() is False
    assert trainer.run_steps(10) == 0
    assert trainer.run_epochs(3) == 0
    assert trainer.snapshot().step == snap.step


@pytest.mark.parametrize("batch_size", [5, 1000])
def test_divergence_after_some_good_epochs_goes_back_to_the_last_epoch_start(batch_size):
    ds = datasets.make("sine", n=40, seed=1)
    hp = Hyperparameters(model="linear", features=("x1", "x1^2"), learning_rate=1e-4, batch_size=batch_size, seed=1)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(3)
    good_steps = trainer.step_count
    assert trainer.set_hyperparameters(hp.replace(learning_rate=10.0)) is False
    taken, epoch_starts = _run_until_stopped(trainer)
    snap = trainer.snapshot()
    assert snap.stopped == "diverged"
    assert f"at step {good_steps + taken}" in snap.message
    assert snap.epoch >= 3
    assert snap.step == snap.epoch * trainer.steps_per_epoch
    assert snap.step == (good_steps + taken - 1) // trainer.steps_per_epoch * trainer.steps_per_epoch
    np.testing.assert_array_equal(trainer.model.flat, epoch_starts[snap.epoch - 3])
    assert _all_finite(snap)


def test_infinite_loss_is_caught():
    """Points at the edge of the range a dataset takes (|x| = 1e6) make x^15 ~ 1e90: one step with lr 10 overflows
    to infinity."""
    X = np.array([[1e6], [-1e6], [5e5], [3.0]])
    ds = Dataset(X, np.array([1.0, 2.0, 3.0, 4.0]), "regression")
    trainer = Trainer(ds, Hyperparameters(model="polynomial", degree=15, learning_rate=10.0, batch_size=100))
    start = trainer.model.flat.copy()
    assert trainer.step() is True
    snap = trainer.snapshot()
    assert snap.stopped == "diverged"
    assert "infinite" in snap.message and "at step 1" in snap.message
    assert _all_finite(snap)
    np.testing.assert_array_equal(trainer.model.flat, start)
    assert (snap.step, snap.epoch, snap.examples_seen) == (0, 0, 0)


@pytest.mark.parametrize("learning_rate", [10.0, 3.0, 0.5, 1e-3, 1e-5])
def test_suggested_learning_rate_is_smaller_and_round(learning_rate):
    suggestion = suggest_learning_rate(learning_rate)
    assert suggestion <= learning_rate / 10 or suggestion == 1e-5
    assert suggestion >= 1e-5
    mantissa = f"{suggestion:e}".split("e")[0]
    assert float(mantissa) in (1.0, 2.0, 5.0)


def test_reset_after_divergence_trains_again():
    trainer = _diverging_trainer(*DIVERGING[0])
    _run_until_stopped(trainer)
    assert trainer.diverged
    trainer.reset()
    snap = trainer.snapshot()
    assert snap.stopped is None and snap.diverged is False and snap.message == ""
    assert (snap.step, snap.epoch) == (0, 0)
    assert trainer.step() is True
    assert trainer.snapshot().step == 1
    assert math.isfinite(trainer.snapshot().train_loss)


def test_smaller_learning_rate_continues_after_divergence():
    trainer = _diverging_trainer(*DIVERGING[0])
    _run_until_stopped(trainer)
    assert trainer.diverged
    restored = trainer.model.flat.copy()
    step = trainer.step_count
    assert trainer.set_hyperparameters(trainer.hp.replace(learning_rate=1e-3)) is False
    snap = trainer.snapshot()
    assert snap.stopped is None and not snap.diverged
    np.testing.assert_array_equal(trainer.model.flat, restored)  # a live change keeps the restored parameters
    loss_before = trainer.train_loss()
    assert trainer.run_steps(20) == 20
    snap = trainer.snapshot()
    assert snap.step == step + 20
    assert snap.stopped is None
    assert math.isfinite(snap.train_loss)
    assert snap.train_loss < loss_before
    assert snap.learning_rate == 1e-3


def test_mlp_classifier_with_large_learning_rate_does_not_crash():
    """Bounded activations may never blow up; either way nothing non-finite comes out and nothing raises."""
    ds = datasets.make("circle", n=60, seed=1)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(8, 8), learning_rate=10.0, seed=1))
    trainer.run_epochs(20)
    snap = trainer.snapshot()
    assert _all_finite(snap)
    assert math.isfinite(snap.train_loss)


def test_learning_rate_above_ten_is_refused():
    with pytest.raises(ValueError, match=r"learning_rate.*10"):
        Hyperparameters(learning_rate=100.0).validate()
    with pytest.raises(ValueError, match="learning_rate"):
        Hyperparameters().replace(learning_rate=100.0)
    ds = datasets.make("line", n=10, seed=1)
    with pytest.raises(ValueError, match="learning_rate"):
        Trainer(ds, dataclasses.replace(Hyperparameters(model="linear", features=("x1",)), learning_rate=100.0))
    Hyperparameters(learning_rate=10.0).validate()  # the maximum itself is allowed


def test_message_names_the_step_number():
    trainer = _diverging_trainer(*DIVERGING[1])
    taken, _ = _run_until_stopped(trainer)
    match = re.search(r"at step (\d+)", trainer.snapshot().message)
    assert match is not None and int(match.group(1)) == taken
