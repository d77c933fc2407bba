"""Training reaches known answers; counters, stop rules, schedules, live changes and metrics behave as documented."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets, schedules
from gradientdesk.engine import metrics as engine_metrics


def _params(trainer: Trainer) -> dict[str, np.ndarray]:
    return {k: v.copy() for k, v in trainer.model.parameters.items()}


# ---- known answers -------------------------------------------------------------------------------------------------
def test_linear_regression_matches_least_squares():
    ds = datasets.make("line", n=50, seed=0)
    hp = Hyperparameters(model="linear", features=("x1",), batch_size=1000, learning_rate=0.05, seed=1)
    trainer = Trainer(ds, hp)
    assert trainer.steps_per_epoch == 1
    trainer.run_epochs(2000)
    A = np.column_stack([ds.X[:, 0], np.ones(ds.n)])
    (slope, intercept), *_ = np.linalg.lstsq(A, ds.y, rcond=None)
    W, b = trainer.model.parameters["dense1.W"], trainer.model.parameters["dense1.b"]
    assert W.shape == (1, 1) and b.shape == (1,)
    assert abs(W[0, 0] - slope) < 1e-4
    assert abs(b[0] - intercept) < 1e-4
    assert abs(slope - 0.6) < 0.1 and abs(intercept - 1.0) < 0.3  # the line the preset draws near


def test_logistic_regression_separates_separable_gaussians():
    ds = datasets.make("gaussians", n=100, seed=1, noise=0.0)
    # separable: along x1 + x2 every class-1 point lies beyond every class-0 point
    s = ds.X.sum(axis=1)
    assert s[ds.y == 1].min() > s[ds.y == 0].max()
    hp = Hyperparameters(model="logistic", learning_rate=0.1, batch_size=10, seed=1)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(200)
    snap = trainer.snapshot()
    assert snap.metrics["train_accuracy"] == 1.0
    np.testing.assert_array_equal(trainer.model.predict(ds.X), ds.y)


@pytest.mark.parametrize("preset", ["circle", "xor"])
def test_mlp_learns_nonlinear_boundaries(preset):
    ds = datasets.make(preset, n=500, seed=1, test_fraction=0.5)
    hp = Hyperparameters(model="mlp", hidden_layers=(8, 8), activation="tanh", learning_rate=0.1, batch_size=10, seed=1)
    trainer = Trainer(ds, hp)
    before = trainer.snapshot()
    trainer.run_epochs(100)
    snap = trainer.snapshot()
    assert snap.stopped is None
    assert snap.train_loss < before.train_loss
    assert snap.metrics["test_accuracy"] >= 0.95


@pytest.mark.parametrize("n_components", [1, 2])
def test_pca_finds_covariance_eigenvectors(n_components):
    ds = datasets.make("cloud", n=200, seed=2, test_fraction=0.2)
    hp = Hyperparameters(model="pca", n_components=n_components, learning_rate=0.05, batch_size=1000, seed=1)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(2000)
    X = ds.split("train")[0]
    eigenvalues, eigenvectors = np.linalg.eigh(np.cov(X.T, bias=True))
    order = np.argsort(eigenvalues)[::-1]
    eigenvectors = eigenvectors[:, order]
    components = trainer.model.components
    assert components.shape == (n_components, 2)
    np.testing.assert_allclose(np.linalg.norm(components, axis=1), 1.0, rtol=1e-12)
    for i in range(n_components):
        assert abs(components[i] @ eigenvectors[:, i]) > 0.999, i
    np.testing.assert_allclose(trainer.model.parameters["pca.b"], X.mean(axis=0), atol=1e-3)
    # the columns of W themselves become unit length (the nested loss is minimised by orthonormal columns)
    np.testing.assert_allclose(np.linalg.norm(trainer.model.parameters["pca.W"], axis=0), 1.0, atol=1e-3)


@pytest.mark.parametrize(
    ("initialization", "activation", "all_move"),
    [("zeros", "sigmoid", True), ("constant", "tanh", True), ("zeros", "tanh", False)],
)
def test_symmetric_initialization_keeps_hidden_units_identical(initialization, activation, all_move):
    ds = datasets.make("circle", n=40, seed=1)
    hp = Hyperparameters(
        model="mlp",
        hidden_layers=(4, 3),
        activation=activation,
        initialization=initialization,
        learning_rate=0.1,
        seed=1,
    )
    trainer = Trainer(ds, hp)
    start = _params(trainer)
    trainer.run_epochs(50)
    P = trainer.model.parameters
    moved = {name: float(np.abs(P[name] - start[name]).max()) for name in P}
    if all_move:
        assert all(m > 0 for m in moved.values()), moved  # training does change every parameter
    else:  # tanh(0) = 0: with all-zero weights only the output bias ever gets a gradient
        assert moved["dense3.b"] > 0 and sum(moved.values()) == moved["dense3.b"], moved
    for layer in ("dense1", "dense2"):
        W, b = P[f"{layer}.W"], P[f"{layer}.b"]
        np.testing.assert_allclose(W, np.broadcast_to(W[0], W.shape), rtol=0, atol=1e-12, err_msg=layer)
        np.testing.assert_allclose(b, b[0], rtol=0, atol=1e-12, err_msg=layer)
    for layer in ("dense2", "dense3"):  # each unit sees identical inputs, so it weighs them identically
        W = P[f"{layer}.W"]
        np.testing.assert_allclose(W, np.broadcast_to(W[:, :1], W.shape), rtol=0, atol=1e-12, err_msg=layer)


def test_glorot_breaks_symmetry():
    ds = datasets.make("circle", n=40, seed=1)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(4, 3), initialization="glorot", seed=1))
    trainer.run_epochs(5)
    W = trainer.model.parameters["dense1.W"]
    for i in range(1, W.shape[0]):
        assert np.abs(W[i] - W[0]).max() > 1e-3


def test_high_degree_polynomial_fits_training_points_better():
    ds = datasets.make("sine", n=16, seed=4, noise=0.5)
    losses = {}
    for degree in (1, 15):
        hp = Hyperparameters(
            model="polynomial", degree=degree, optimizer="adam", learning_rate=0.05, batch_size=1000, seed=1
        )
        trainer = Trainer(ds, hp)
        trainer.run_epochs(1500)
        losses[degree] = trainer.snapshot().train_loss
    assert losses[15] < 0.5 * losses[1]


# ---- counters ------------------------------------------------------------------------------------------------------
def _counter_trainer(batch_size: int, **extra) -> Trainer:
    ds = datasets.make("circle", n=20, seed=1)
    return Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(3,), batch_size=batch_size, seed=1, **extra))


def _counters(trainer: Trainer) -> tuple[int, int, int]:
    s = trainer.snapshot()
    return s.step, s.epoch, s.examples_seen


def test_counters_with_batch_size_not_dividing_the_training_set():
    trainer = _counter_trainer(7)  # 20 points: batches 7, 7, 6
    assert trainer.steps_per_epoch == 3
    assert _counters(trainer) == (0, 0, 0)
    assert trainer.run_steps(2) == 2
    assert _counters(trainer) == (2, 0, 14)
    assert trainer.run_steps(1) == 1
    assert _counters(trainer) == (3, 1, 20)
    assert trainer.run_steps(4) == 4
    assert _counters(trainer) == (7, 2, 47)
    snap = trainer.snapshot()
    assert snap.n_train == 20
    assert snap.epoch_progress == pytest.approx(47 / 20)


def test_counters_with_batch_size_dividing_the_training_set():
    trainer = _counter_trainer(5)
    assert trainer.steps_per_epoch == 4
    assert trainer.run_steps(4) == 4
    assert _counters(trainer) == (4, 1, 20)
    assert trainer.run_steps(10) == 10
    assert _counters(trainer) == (14, 3, 70)


def test_step_one_at_a_time_counts_like_run_steps():
    trainer = _counter_trainer(7)
    for _ in range(8):
        assert trainer.step() is True
    assert _counters(trainer) == (8, 2, 54)


def test_each_epoch_visits_every_training_point_once():
    ds = datasets.make("moons", n=23, seed=5, test_fraction=0.3)
    trainer = Trainer(ds, Hyperparameters(model="logistic", batch_size=4, seed=2))
    assert ds.n_train == 16
    for _epoch in range(3):
        seen = []
        for _ in range(trainer.steps_per_epoch):
            trainer.step()
            seen.append(trainer.snapshot().batch_indices)
        assert [len(b) for b in seen] == [4, 4, 4, 4]
        np.testing.assert_array_equal(np.sort(np.concatenate(seen)), ds.train_index)


@pytest.mark.parametrize("batch_size", [1, 6, 7, 20, 500])
def test_run_epochs_completes_exactly_n_epochs(batch_size):
    trainer = _counter_trainer(batch_size)
    steps_per_epoch = math.ceil(20 / min(batch_size, 20))
    assert trainer.run_epochs(3) == 3 * steps_per_epoch
    assert _counters(trainer) == (3 * steps_per_epoch, 3, 60)
    # from the middle of an epoch: that epoch is finished, then one more
    if steps_per_epoch > 1:
        trainer.run_steps(1)
        trainer.run_epochs(2)
        assert _counters(trainer) == (5 * steps_per_epoch, 5, 100)


def test_batch_at_least_training_set_is_full_batch():
    ds = datasets.make("circle", n=30, seed=1, test_fraction=0.2)
    for batch_size in (24, 25, 100_000):
        trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(3,), batch_size=batch_size, seed=1))
        assert trainer.steps_per_epoch == 1
        assert trainer.run_epochs(4) == 4
        snap = trainer.snapshot()
        assert (snap.step, snap.epoch, snap.examples_seen) == (4, 4, 96)
        np.testing.assert_array_equal(np.sort(snap.batch_indices), ds.train_index)


# ---- stop rules ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [10, 1000])  # minibatches; full batch, where every step ends an epoch
def test_run_steps_stops_at_a_passed_deadline_within_eight_steps(batch_size):
    ds = datasets.make("circle", n=60, seed=1)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(4,), batch_size=batch_size, seed=1))
    import time

    taken = trainer.run_steps(1_000_000, deadline=time.perf_counter() - 1.0)  # already passed
    assert 1 <= taken <= 8
    assert trainer.step_count == taken


def test_max_epochs_stops_training():
    trainer = _counter_trainer(7, max_epochs=3)
    trainer.run_epochs(10)
    snap = trainer.snapshot()
    assert snap.stopped == "max_epochs"
    assert snap.diverged is False
    assert snap.epoch == 3 and snap.step == 9
    assert "3 epochs" in snap.message
    assert trainer.step() is False
    assert trainer.run_steps(5) == 0
    assert trainer.run_epochs(2) == 0
    assert trainer.snapshot().step == 9
    # raising the limit lets training go on
    trainer.set_hyperparameters(trainer.hp.replace(max_epochs=5))
    assert trainer.snapshot().stopped is None
    trainer.run_epochs(10)
    assert trainer.snapshot().epoch == 5


def test_target_loss_stops_training():
    ds = datasets.make("line", n=40, seed=0, noise=0.1)
    hp = Hyperparameters(model="linear", features=("x1",), learning_rate=0.02, batch_size=1000, target_loss=0.5, seed=1)
    trainer = Trainer(ds, hp)
    assert trainer.train_loss() > 0.5
    trainer.run_epochs(10_000)
    snap = trainer.snapshot()
    assert snap.stopped == "target_loss"
    assert snap.train_loss <= 0.5
    assert snap.epoch < 10_000
    assert "0.5" in snap.message
    # it stopped at the first epoch where the loss was low enough
    again = Trainer(ds, hp)
    again.run_epochs(snap.epoch - 1)
    assert again.train_loss() > 0.5


def test_early_stopping_with_patience():
    ds = datasets.make("sine", n=30, seed=2, test_fraction=0.5)
    hp = Hyperparameters(
        model="polynomial",
        degree=15,
        optimizer="adam",
        learning_rate=0.1,
        batch_size=1000,
        early_stopping_patience=5,
        seed=1,
    )
    trainer = Trainer(ds, hp)
    test_losses = []
    while trainer.stopped is None and trainer.epoch < 5000:
        trainer.run_epochs(1)
        test_losses.append(trainer.test_loss())
    snap = trainer.snapshot()
    assert snap.stopped == "early_stopping"
    stop_epoch = snap.epoch
    best_epoch = int(np.argmin(test_losses)) + 1
    assert stop_epoch == best_epoch + 5
    assert all(loss >= test_losses[best_epoch - 1] for loss in test_losses[best_epoch:])
    assert "5 epochs" in snap.message
    assert f"epoch {best_epoch}" in snap.message
    assert trainer.step() is False


def test_early_stopping_needs_a_test_split():
    ds = datasets.make("sine", n=30, seed=2)
    hp = Hyperparameters(
        model="polynomial",
        degree=15,
        optimizer="adam",
        learning_rate=0.1,
        batch_size=1000,
        early_stopping_patience=2,
        seed=1,
    )
    trainer = Trainer(ds, hp)
    trainer.run_epochs(50)
    assert trainer.snapshot().stopped is None
    assert trainer.snapshot().test_loss is None


# ---- learning-rate schedules --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("schedule", "epoch", "expected"),
    [
        ("constant", 0, 0.2),
        ("constant", 1234, 0.2),
        ("step", 0, 0.2),
        ("step", 9, 0.2),
        ("step", 10, 0.1),
        ("step", 19, 0.1),
        ("step", 25, 0.05),
        ("exponential", 0, 0.2),
        ("exponential", 5, 0.2 * math.sqrt(0.5)),
        ("exponential", 10, 0.1),
        ("exponential", 30, 0.025),
        ("cosine", 0, 0.2),
        ("cosine", 5, 0.1),
        ("cosine", 10, 0.2),  # restarts every period
        ("cosine", 15, 0.1),
        ("cosine", 2, 0.2 * (1 + math.cos(math.pi * 0.2)) / 2),
        ("cosine", 9, 0.2 * (1 + math.cos(math.pi * 0.9)) / 2),
    ],
)
def test_schedule_values(schedule, epoch, expected):
    hp = Hyperparameters(learning_rate=0.2, schedule=schedule, schedule_decay=0.5, schedule_period=10)
    assert schedules.learning_rate(hp, epoch) == pytest.approx(expected, rel=1e-12)


def test_unknown_schedule_raises():
    hp = dataclasses.replace(Hyperparameters(), schedule="warmup")
    with pytest.raises(ValueError, match="unknown schedule 'warmup'"):
        schedules.learning_rate(hp, 0)


def test_trainer_follows_the_schedule():
    ds = datasets.make("line", n=20, seed=0)
    hp = Hyperparameters(
        model="linear",
        features=("x1",),
        learning_rate=0.02,
        batch_size=1000,
        schedule="step",
        schedule_decay=0.5,
        schedule_period=2,
        optimizer="sgd",
        seed=1,
    )
    trainer = Trainer(ds, hp)
    assert trainer.snapshot().learning_rate == 0.02
    expected = [0.02, 0.02, 0.01, 0.01, 0.005]
    for lr in expected:
        trainer.step()
        snap = trainer.snapshot()
        assert snap.learning_rate == pytest.approx(lr, rel=1e-15)
        for name, g in snap.gradients.items():
            np.testing.assert_allclose(snap.updates[name], -lr * g, rtol=1e-15)


# ---- live changes -------------------------------------------------------------------------------------------------
def _mlp_trainer(ds: Dataset | None = None) -> Trainer:
    ds = datasets.make("circle", n=40, seed=1) if ds is None else ds
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(4, 3), learning_rate=0.05, seed=1))
    trainer.run_steps(5)
    return trainer


def test_learning_rate_change_keeps_parameters():
    trainer = _mlp_trainer()
    before, steps = _params(trainer), trainer.step_count
    assert trainer.set_hyperparameters(trainer.hp.replace(learning_rate=0.5)) is False
    for name, value in before.items():
        np.testing.assert_array_equal(trainer.model.parameters[name], value)
    assert trainer.step_count == steps
    assert trainer.hp.learning_rate == 0.5
    assert trainer.step()
    assert trainer.snapshot().step == steps + 1


def test_learning_rate_change_applies_from_the_next_step():
    """A live change applies on the next step (FieldInfo.live, Trainer.set_hyperparameters), also mid-epoch."""
    trainer = _mlp_trainer()  # 40 points in batches of 10: 5 steps end in the middle of the second epoch
    assert trainer.examples_seen % trainer.dataset.n_train != 0
    trainer.set_hyperparameters(trainer.hp.replace(learning_rate=0.5))
    trainer.step()
    snap = trainer.snapshot()
    assert snap.learning_rate == 0.5
    for name, g in snap.gradients.items():
        np.testing.assert_allclose(snap.updates[name], -0.5 * g, rtol=1e-15)


@pytest.mark.parametrize(
    "changes",
    [
        {"batch_size": 3},
        {"regularization": "l2", "regularization_rate": 0.1},
        {"optimizer": "rmsprop"},
        {"degree": 7},
        {"n_components": 2},
    ],  # degree / n_components do not matter to a neural network
)
def test_other_live_changes_keep_parameters(changes):
    trainer = _mlp_trainer()
    before = _params(trainer)
    assert trainer.set_hyperparameters(trainer.hp.replace(**changes)) is False
    for name, value in before.items():
        np.testing.assert_array_equal(trainer.model.parameters[name], value)
    assert trainer.step()


def test_structural_change_resets():
    trainer = _mlp_trainer()
    assert trainer.set_hyperparameters(trainer.hp.replace(hidden_layers=(6,))) is True
    P = trainer.model.parameters
    assert list(P) == ["dense1.W", "dense1.b", "dense2.W", "dense2.b"]
    assert P["dense1.W"].shape == (6, 2)
    assert trainer.step_count == 0 and trainer.epoch == 0 and trainer.examples_seen == 0
    fresh = Trainer(trainer.dataset, trainer.hp)
    for name, value in fresh.model.parameters.items():
        np.testing.assert_array_equal(P[name], value)
    assert trainer.step()


def test_invalid_change_raises_and_leaves_trainer_untouched():
    ds = datasets.make("blobs", n=30, seed=1)
    trainer = _mlp_trainer(ds)
    before, hp, model, steps = _params(trainer), trainer.hp, trainer.model, trainer.step_count
    with pytest.raises(ValueError, match="Logistic regression"):
        trainer.set_hyperparameters(hp.replace(model="logistic"))
    with pytest.raises(ValueError, match="learning_rate"):
        trainer.set_hyperparameters(dataclasses.replace(hp, learning_rate=100.0))
    with pytest.raises(ValueError, match="Binary cross-entropy"):
        trainer.set_hyperparameters(hp.replace(loss="binary_cross_entropy"))
    assert trainer.hp is hp
    assert trainer.model is model
    assert trainer.step_count == steps
    for name, value in before.items():
        np.testing.assert_array_equal(trainer.model.parameters[name], value)
    assert trainer.step()


def test_set_dataset_with_compatible_dataset_keeps_parameters():
    trainer = _mlp_trainer()
    before = _params(trainer)
    other = datasets.make("xor", n=30, seed=7, test_fraction=0.2)
    assert trainer.set_dataset(other) is True
    assert trainer.dataset is other
    for name, value in before.items():
        np.testing.assert_array_equal(trainer.model.parameters[name], value)
    snap = trainer.snapshot()
    assert snap.n_train == other.n_train
    assert snap.test_loss is not None
    assert trainer.step()
    assert set(trainer.snapshot().batch_indices) <= set(other.train_index.tolist())


def test_set_dataset_with_incompatible_dataset_rebuilds():
    trainer = _mlp_trainer()
    blobs = datasets.make("blobs", n=30, seed=1)
    assert trainer.set_dataset(blobs) is False
    assert trainer.model.parameters["dense3.W"].shape == (3, 3)
    assert trainer.step_count == 0
    assert trainer.step()


def test_set_dataset_refuses_untrainable_data():
    trainer = _mlp_trainer()
    dataset, before = trainer.dataset, _params(trainer)
    one_class = Dataset(
        np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]),
        np.array([0, 0, 1]),
        "classification",
        np.array([False, False, True]),
    )
    with pytest.raises(ValueError, match="only one class"):
        trainer.set_dataset(one_class)
    assert trainer.dataset is dataset
    for name, value in before.items():
        np.testing.assert_array_equal(trainer.model.parameters[name], value)


# ---- metrics ------------------------------------------------------------------------------------------------------
def test_metric_functions_by_hand():
    predicted = np.array([0, 1, 1, 2, 0, 2])
    labels = np.array([0, 1, 0, 2, 2, 2])
    assert engine_metrics.accuracy(predicted, labels) == pytest.approx(4 / 6)
    np.testing.assert_array_equal(
        engine_metrics.confusion_matrix(predicted, labels, 3), [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    )
    y_hat, y = np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 5.0])
    assert engine_metrics.rmse(y_hat, y) == pytest.approx(math.sqrt(2 / 3))
    # mean 3, total sum of squares 4 + 0 + 4 = 8, error 0 + 1 + 1 = 2
    assert engine_metrics.r_squared(y_hat, y) == pytest.approx(1 - 2 / 8)
    assert engine_metrics.r_squared(y, y) == 1.0


def test_classification_metrics_match_hand_computation():
    ds = datasets.make("blobs", n=60, seed=3, test_fraction=0.4)
    trainer = Trainer(ds, Hyperparameters(model="softmax", learning_rate=0.05, seed=1))
    trainer.run_epochs(3)
    snap = trainer.snapshot()
    for split in ("train", "test"):
        X, y = ds.split(split)
        predicted = trainer.model.predict(X)
        assert snap.metrics[f"{split}_accuracy"] == pytest.approx(np.mean(predicted == y))
    X, y = ds.split("test")
    predicted = trainer.model.predict(X)
    expected = np.zeros((3, 3), int)
    for true, guess in zip(y, predicted, strict=True):
        expected[true, guess] += 1
    np.testing.assert_array_equal(snap.confusion, expected)
    assert snap.confusion.sum() == ds.n_test


def test_regression_metrics_match_hand_computation():
    ds = datasets.make("sine", n=40, seed=3, test_fraction=0.25)
    trainer = Trainer(ds, Hyperparameters(model="polynomial", degree=3, learning_rate=0.05, seed=1))
    trainer.run_epochs(20)
    snap = trainer.snapshot()
    for split in ("train", "test"):
        X, y = ds.split(split)
        y_hat = trainer.model.predict(X)
        rmse = math.sqrt(sum((a - b) ** 2 for a, b in zip(y_hat, y, strict=True)) / len(y))
        mean = sum(y) / len(y)
        r2 = 1 - sum((a - b) ** 2 for a, b in zip(y_hat, y, strict=True)) / sum((b - mean) ** 2 for b in y)
        assert snap.metrics[f"{split}_rmse"] == pytest.approx(rmse, rel=1e-10)
        assert snap.metrics[f"{split}_r2"] == pytest.approx(r2, rel=1e-10)
    assert snap.confusion is None
    # train loss is the mean squared error on the training split (no penalty here)
    X, y = ds.split("train")
    assert snap.train_loss == pytest.approx(np.mean((trainer.model.predict(X) - y) ** 2), rel=1e-10)


@pytest.mark.parametrize("n_components", [1, 2])
def test_pca_explained_variance_matches_hand_computation(n_components):
    ds = datasets.make("cloud", n=50, seed=3, test_fraction=0.2)
    trainer = Trainer(ds, Hyperparameters(model="pca", n_components=n_components, learning_rate=0.02, seed=1))
    trainer.run_epochs(5)
    snap = trainer.snapshot()
    W, b = trainer.model.parameters["pca.W"], trainer.model.parameters["pca.b"]
    for split in ("train", "test"):
        X = ds.split(split)[0]
        reconstruction = b + (X - b) @ W @ W.T
        expected = 1 - ((X - reconstruction) ** 2).sum() / ((X - X.mean(axis=0)) ** 2).sum()
        assert snap.metrics[f"{split}_explained_variance"] == pytest.approx(expected, rel=1e-10)
        np.testing.assert_allclose(trainer.model.predict(X), reconstruction, rtol=1e-12, atol=1e-12)


def test_optimizer_switch_mid_epoch_keeps_the_scheduled_learning_rate():
    ds = datasets.make("circle", n=40, seed=1)
    hp = Hyperparameters(
        model="mlp",
        hidden_layers=(4, 3),
        learning_rate=0.08,
        batch_size=10,
        schedule="step",
        schedule_decay=0.5,
        schedule_period=1,
        optimizer="momentum",
        seed=1,
    )
    trainer = Trainer(ds, hp)
    trainer.run_steps(6)  # epoch 1 (0-based) runs at 0.08 * 0.5
    assert trainer.snapshot().learning_rate == pytest.approx(0.04)
    trainer.set_hyperparameters(hp.replace(optimizer="sgd"))
    trainer.step()
    snap = trainer.snapshot()
    assert snap.learning_rate == pytest.approx(0.04)
    for name, g in snap.gradients.items():
        np.testing.assert_allclose(snap.updates[name], -0.04 * g, rtol=1e-12)
