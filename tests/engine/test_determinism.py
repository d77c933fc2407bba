"""Same dataset, same hyperparameters, same seed: bit-identical parameters after the same number of steps."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets

REPO = Path(__file__).resolve().parents[2]


def _flat(trainer: Trainer) -> np.ndarray:
    return trainer.model.flat.copy()


def _make(optimizer: str = "sgd", batch_size: int = 10, seed: int = 1, **extra) -> Trainer:
    ds = datasets.make("spiral", n=60, seed=4, test_fraction=0.25)
    hp = Hyperparameters(
        model="mlp",
        hidden_layers=(6, 4),
        optimizer=optimizer,
        batch_size=batch_size,
        learning_rate=0.03,
        seed=seed,
        **extra,
    )
    return Trainer(ds, hp)


@pytest.mark.parametrize("batch_size", [1, 7, 10, 45, 1000])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_same_seed_same_parameters(optimizer, batch_size):
    a, b = _make(optimizer, batch_size), _make(optimizer, batch_size)
    assert np.array_equal(_flat(a), _flat(b))
    a.run_steps(23)
    b.run_steps(23)
    assert np.array_equal(_flat(a), _flat(b))
    assert np.array_equal(a.optimizer.update, b.optimizer.update)
    sa, sb = a.snapshot(), b.snapshot()
    assert sa.train_loss == sb.train_loss
    for name in sa.parameters:
        assert np.array_equal(sa.parameters[name], sb.parameters[name])
        assert np.array_equal(sa.gradients[name], sb.gradients[name])
    assert np.array_equal(sa.batch_indices, sb.batch_indices)


@pytest.mark.parametrize(
    ("model", "preset", "extra"),
    [
        ("linear", "plane", {"features": ("x1", "x2", "x1*x2")}),
        ("polynomial", "sine", {"degree": 6}),
        ("logistic", "moons", {}),
        ("softmax", "blobs", {}),
        ("pca", "cloud", {"n_components": 2}),
        ("mlp", "blobs", {"activation": "relu", "regularization": "l1", "regularization_rate": 0.01}),
        ("mlp", "circle", {"initialization": "he", "schedule": "cosine", "schedule_period": 3}),
    ],
)
def test_every_model_is_deterministic(model, preset, extra):
    ds = datasets.make(preset, n=40, seed=2, test_fraction=0.2)
    hp = Hyperparameters(model=model, batch_size=6, learning_rate=0.02, optimizer="adam", seed=9, **extra)
    a, b = Trainer(ds, hp), Trainer(ds, hp)
    a.run_epochs(4)
    b.run_epochs(4)
    assert np.array_equal(_flat(a), _flat(b))


def test_chunking_does_not_matter():
    """step() x n, run_steps(n) and run_epochs give the same parameters."""
    one, many, epochs = _make("adam", 7), _make("adam", 7), _make("adam", 7)
    steps_per_epoch = one.steps_per_epoch
    for _ in range(3 * steps_per_epoch):
        one.step()
    many.run_steps(2)
    many.run_steps(3 * steps_per_epoch - 2)
    epochs.run_epochs(3)
    assert np.array_equal(_flat(one), _flat(many))
    assert np.array_equal(_flat(one), _flat(epochs))


def test_same_dataset_content_rebuilt_from_arrays_gives_same_run():
    a = _make("momentum", 5)
    ds = a.dataset
    copy = Dataset(ds.X.copy(), ds.y.copy(), ds.task, ds.is_test.copy(), ds.class_names, "copy")
    b = Trainer(copy, a.hp)
    a.run_steps(17)
    b.run_steps(17)
    assert np.array_equal(_flat(a), _flat(b))


def test_different_seed_different_parameters():
    a, b = _make(seed=1), _make(seed=2)
    assert not np.array_equal(_flat(a), _flat(b))
    a.run_steps(10)
    b.run_steps(10)
    assert not np.array_equal(_flat(a), _flat(b))


def test_different_seed_different_shuffle():
    """Even with identical starting parameters (zeros), the seed changes the minibatch order."""
    a = _make(seed=1, initialization="constant")
    b = _make(seed=2, initialization="constant")
    assert np.array_equal(_flat(a), _flat(b))
    a.step()
    b.step()
    assert not np.array_equal(a.snapshot().batch_indices, b.snapshot().batch_indices)
    assert not np.array_equal(_flat(a), _flat(b))


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_reset_returns_to_the_initial_parameters(optimizer):
    trainer = _make(optimizer, 7)
    initial = _flat(trainer)
    trainer.run_steps(19)
    after_first_run = _flat(trainer)
    assert not np.array_equal(initial, after_first_run)
    trainer.reset()
    assert np.array_equal(_flat(trainer), initial)
    snap = trainer.snapshot()
    assert (snap.step, snap.epoch, snap.examples_seen, snap.optimizer_t) == (0, 0, 0, 0)
    assert all(not a.any() for state in snap.optimizer_state.values() for a in state.values())
    # and the shuffling starts over too: the same run again
    trainer.run_steps(19)
    assert np.array_equal(_flat(trainer), after_first_run)


_FRESH_RUN = """
import hashlib
from gradientdesk.engine import Hyperparameters, Trainer, datasets
ds = datasets.make("spiral", n=60, seed=4, test_fraction=0.25)
hp = Hyperparameters(model="mlp", hidden_layers=(6, 4), optimizer="adam", batch_size=7, learning_rate=0.03, seed=5)
trainer = Trainer(ds, hp)
trainer.run_steps(40)
print(hashlib.sha256(trainer.model.flat.tobytes()).hexdigest())
"""


def test_same_parameters_in_a_fresh_interpreter():
    """No hidden global state: a new process with another hash seed gets the very same bits."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", _FRESH_RUN], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    trainer = _make("adam", 7, seed=5)
    trainer.run_steps(40)
    assert result.stdout.strip() == hashlib.sha256(trainer.model.flat.tobytes()).hexdigest()
