"""The loss landscape (engine/landscape.py): the exact landscape of a one-feature linear regression has its minimum
at the least-squares solution, every grid value is the training objective recomputed by hand, and the batched
network path agrees with the model's own loss for parameters in any layer, any head and with penalties."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets
from gradientdesk.engine.landscape import (
    LandscapeJob,
    LandscapeRequest,
    compute,
    from_trainer,
    held_values,
    loss_surface,
)
from gradientdesk.engine.regularization import penalty


def linear_regression():
    ds = datasets.make("line", n=80, seed=4, test_fraction=0.25)
    trainer = Trainer(ds, Hyperparameters(model="linear", features=("x1",), learning_rate=0.01, seed=1))
    trainer.run_steps(20)
    return trainer


def test_linear_regression_landscape_has_its_minimum_at_least_squares():
    trainer = linear_regression()
    X, y = trainer.dataset.split("train")
    (w_star, b_star), *_ = np.linalg.lstsq(np.column_stack([X[:, 0], np.ones(len(X))]), y, rcond=None)
    xs = np.linspace(w_star - 1.3, w_star + 0.9, 45)
    ys = np.linspace(b_star - 0.7, b_star + 1.6, 41)
    surface = loss_surface(trainer.model, *trainer.model.prepare(X, y), ScalarRef("dense1.W", (0, 0)),
                           ScalarRef("dense1.b", (0,)), xs, ys)
    i, j = np.unravel_index(np.argmin(surface), surface.shape)
    assert abs(xs[j] - w_star) <= xs[1] - xs[0]
    assert abs(ys[i] - b_star) <= ys[1] - ys[0]


def test_every_grid_value_is_the_mean_squared_error_recomputed_by_hand():
    trainer = linear_regression()
    X, y = trainer.dataset.split("train")
    request = LandscapeRequest(7, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.b", (0,)), (-2.0, 3.0),
                               (-1.5, 2.5), 21)
    before = trainer.model.flat.copy()
    result = compute(trainer.model, X, y, request)
    assert np.array_equal(trainer.model.flat, before)  # the model is left as it was
    assert result.surface.shape == (21, 21) and result.request is request and not result.message
    for i, j in [(0, 0), (3, 17), (10, 10), (20, 5), (20, 20)]:
        w, b = result.xs[j], result.ys[i]
        by_hand = np.mean((w * X[:, 0] + b - y) ** 2)
        assert result.surface[i, j] == pytest.approx(by_hand, rel=1e-12)
    # the gradient at the current point, by hand: dL/dw = 2 mean(r x), dL/db = 2 mean(r)
    w0, b0 = result.center
    r = w0 * X[:, 0] + b0 - y
    assert result.gradient == pytest.approx((2 * np.mean(r * X[:, 0]), 2 * np.mean(r)), rel=1e-12)
    assert result.others.size == 0 and result.parameter_count == 2


NETWORKS = [
    ("circle", Hyperparameters(model="mlp", hidden_layers=(5, 3, 4), activation="tanh", seed=1)),
    ("xor", Hyperparameters(model="mlp", hidden_layers=(6, 6), activation="relu", regularization="l2",
                            regularization_rate=0.03, seed=2)),
    ("blobs", Hyperparameters(model="mlp", hidden_layers=(4,), activation="sigmoid", regularization="l1",
                              regularization_rate=0.02, seed=3)),
    ("gaussians", Hyperparameters(model="logistic", seed=4)),
    ("sine", Hyperparameters(model="mlp", hidden_layers=(7,), activation="gelu", features=("x1",), seed=5)),
    ("cloud", Hyperparameters(model="pca", n_components=2, seed=6)),
]


@pytest.mark.parametrize(("preset", "hp"), NETWORKS, ids=[p for p, _ in NETWORKS])
def test_the_surface_is_the_models_own_objective_for_any_pair(preset, hp):
    ds = datasets.make(preset, n=90, seed=1, test_fraction=0.3)
    trainer = Trainer(ds, hp)
    trainer.run_steps(30)
    model = trainer.model
    X, y = ds.split("train")
    inputs, targets = model.prepare(X, y)
    slots = list(model.spec.refs())
    rng = np.random.default_rng(0)
    pairs = [(slots[0], slots[-1]), (slots[-1], slots[0])]
    pairs += [tuple(slots[k] for k in rng.choice(len(slots), 2, replace=False)) for _ in range(3)]
    reg = (hp.regularization, hp.regularization_rate)
    saved = model.flat.copy()
    for first, second in pairs:
        xs, ys = np.linspace(-1.5, 1.2, 7), np.linspace(-0.8, 2.0, 6)
        surface = loss_surface(model, inputs, targets, first, second, xs, ys, reg)
        assert np.array_equal(model.flat, saved)
        for i, j in [(0, 0), (2, 5), (5, 6), (3, 1)]:
            model.parameters[first.name][first.index] = xs[j]
            model.parameters[second.name][second.index] = ys[i]
            expected = model.prepared_loss(inputs, targets) + penalty(*reg, model.flat, model.weight_mask)
            model.flat[...] = saved
            assert surface[i, j] == pytest.approx(expected, rel=1e-12, abs=1e-14)


def test_bad_requests_come_back_with_a_reason_not_an_exception():
    trainer = linear_regression()
    X, y = trainer.dataset.split("train")
    same = LandscapeRequest(1, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 0)), (-1, 1), (-1, 1), 11)
    unknown = LandscapeRequest(2, ScalarRef("dense3.W", (0, 0)), ScalarRef("dense1.b", (0,)), (-1, 1), (-1, 1), 11)
    backwards = LandscapeRequest(3, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.b", (0,)), (1, -1), (-1, 1), 11)
    assert "two different" in compute(trainer.model, X, y, same).message
    assert "dense3.W" in compute(trainer.model, X, y, unknown).message
    assert "increasing" in compute(trainer.model, X, y, backwards).message


def test_held_values_leave_out_exactly_the_two_parameters():
    ds = datasets.make("circle", n=60, seed=1)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(3,), seed=1))
    params = trainer.model.parameters
    held = held_values(trainer.model, ScalarRef("dense1.W", (2, 1)), ScalarRef("dense2.b", (0,)))
    everything = np.concatenate([v.ravel() for v in params.values()])
    assert held.size == everything.size - 2
    keep = np.ones(everything.size, bool)
    keep[[2 * 2 + 1, everything.size - 1]] = False  # dense1.W[2,1] in row-major order; dense2.b[0] is last
    assert np.array_equal(held, everything[keep])


def test_a_job_in_pieces_gives_the_same_grid_while_training_goes_on_between_them():
    ds = datasets.make("circle", n=200, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(8, 8, 8), seed=1))
    trainer.run_steps(50)
    request = LandscapeRequest(3, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense2.b", (1,)), (-2.0, 2.0),
                               (-1.0, 3.0), 41)
    expected = from_trainer(trainer, request)
    job = LandscapeJob.from_trainer(trainer, request)
    while not job.advance(0.0):  # the smallest pieces: one chunk each
        trainer.run_steps(5)  # the live model moves on; the job works on its own copy
    assert job.pieces > 5
    result = job.result
    assert np.array_equal(result.surface, expected.surface)
    assert result.center == expected.center and result.step == 50
    assert np.array_equal(result.others, expected.others)
