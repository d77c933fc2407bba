"""Finite-difference checks of every analytic gradient the engine computes.

Each case builds a Trainer, takes a couple of steps to leave the initial point (where symmetric or zero parameters
could hide mistakes), and compares `Trainer.objective_and_gradients` (loss + penalty) with five-point central
differences of the same objective over `model.flat`, in float64.
"""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.gradcheck import max_relative_error, numerical_gradient
from gradientdesk.engine.hyperparameters import ACTIVATIONS

TOLERANCE = 1e-6
N_POINTS = 12
FEATURES_2D = ("x1", "x2", "x1*x2", "sin x2")
FEATURES_1D = ("x1", "x1^2", "sin x1")  # the only toggles that exist for 1-D data

# (preset, output_activation, loss, expected head activation, expected head loss)
MLP_HEADS = [
    ("circle", "auto", "auto", "sigmoid", "binary_cross_entropy"),
    ("circle", "tanh", "mse", "tanh", "mse"),
    ("circle", "linear", "mse", "linear", "mse"),
    ("circle", "sigmoid", "mse", "sigmoid", "mse"),
    ("blobs", "auto", "auto", "softmax", "categorical_cross_entropy"),
    ("blobs", "softmax", "mse", "softmax", "mse"),
    ("sine", "auto", "auto", "linear", "mse"),
    ("sine", "tanh", "mse", "tanh", "mse"),
]
REGULARIZATIONS = ("none", "l1", "l2")
ONE_D_PRESETS = ("line", "sine", "polynomial", "step")

# (model, preset, extra hyperparameters)
OTHER_MODELS = [
    ("linear", "plane", {"features": FEATURES_2D}),
    ("linear", "sine", {"features": FEATURES_1D}),
    ("linear", "line", {"features": ("x1",)}),
    ("polynomial", "sine", {"degree": 5}),
    ("polynomial", "plane", {"degree": 5}),
    ("logistic", "moons", {"features": FEATURES_2D}),
    ("logistic", "moons", {"loss": "mse"}),
    ("softmax", "moons", {}),
    ("softmax", "blobs", {"features": FEATURES_2D}),
    ("softmax", "blobs", {"loss": "mse"}),
    ("pca", "cloud", {"n_components": 1}),
    ("pca", "cloud", {"n_components": 2}),
]


def _features_for(preset: str) -> tuple[str, ...]:
    return FEATURES_1D if preset in ONE_D_PRESETS else FEATURES_2D


def _trained(preset: str, steps: int = 2, **hp_fields) -> Trainer:
    ds = datasets.make(preset, n=N_POINTS, seed=3)
    hp = Hyperparameters(batch_size=4, learning_rate=0.05, seed=2, **hp_fields)
    trainer = Trainer(ds, hp)
    assert trainer.run_steps(steps) == steps
    assert trainer.stopped is None
    return trainer


def _check(trainer: Trainer) -> float:
    """Max relative error between the analytic and the numerical gradient of loss + penalty on all points."""
    X, y = trainer.dataset.X, trainer.dataset.y
    model = trainer.model
    if trainer.hp.regularization == "l1":
        # |w| has a kink at 0: the check is only meaningful when no penalized weight is within reach of it
        weights = model.flat[model.weight_mask > 0]
        assert np.min(np.abs(weights)) > 1e-3, "a weight sits at the L1 kink; pick another seed"
    objective, grads = trainer.objective_and_gradients(X, y)
    assert set(grads) == set(model.parameters)
    for name, g in grads.items():
        assert g.shape == model.parameters[name].shape, name
    analytic = model.layout.flatten(grads)
    before = model.flat.copy()
    numeric = numerical_gradient(lambda: trainer.objective_and_gradients(X, y)[0], model.flat)
    assert np.array_equal(model.flat, before), "numerical_gradient must restore the parameters"
    assert np.isfinite(objective)
    assert np.all(np.isfinite(analytic))
    assert np.abs(analytic).max() > 0
    return max_relative_error(analytic, numeric)


@pytest.mark.parametrize("regularization", REGULARIZATIONS)
@pytest.mark.parametrize(("preset", "output_activation", "loss", "head_activation", "head_loss"), MLP_HEADS)
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_mlp_gradient(activation, preset, output_activation, loss, head_activation, head_loss, regularization):
    trainer = _trained(
        preset,
        model="mlp",
        hidden_layers=(5, 3),
        activation=activation,
        output_activation=output_activation,
        loss=loss,
        features=_features_for(preset),
        regularization=regularization,
        regularization_rate=0.01,
    )
    head = trainer.model.head
    assert (head.activation, head.loss) == (head_activation, head_loss)
    assert _check(trainer) < TOLERANCE


@pytest.mark.parametrize("regularization", REGULARIZATIONS)
@pytest.mark.parametrize(("model", "preset", "extra"), OTHER_MODELS)
def test_model_gradient(model, preset, extra, regularization):
    trainer = _trained(preset, model=model, regularization=regularization, regularization_rate=0.01, **extra)
    assert _check(trainer) < TOLERANCE


@pytest.mark.parametrize("regularization", ("l1", "l2"))
def test_objective_includes_the_penalty(regularization):
    trainer = _trained(
        "circle", model="mlp", hidden_layers=(5, 3), regularization=regularization, regularization_rate=0.01
    )
    X, y = trainer.dataset.X, trainer.dataset.y
    objective, grads = trainer.objective_and_gradients(X, y)
    loss, loss_grads = trainer.model.loss_and_gradients(X, y)
    W = trainer.model.parameters["dense1.W"]
    expected_penalty = 0.01 * sum(
        (np.abs(w).sum() if regularization == "l1" else 0.5 * (w * w).sum())
        for name, w in trainer.model.parameters.items()
        if name.endswith(".W")
    )
    assert objective == pytest.approx(loss + expected_penalty, rel=1e-12)
    expected_extra = 0.01 * (np.sign(W) if regularization == "l1" else W)
    np.testing.assert_allclose(grads["dense1.W"] - loss_grads["dense1.W"], expected_extra, rtol=1e-9, atol=1e-15)
    # biases are never penalized
    np.testing.assert_array_equal(grads["dense1.b"], loss_grads["dense1.b"])


def test_gradient_check_detects_a_wrong_gradient():
    """The comparison itself must be sensitive: a gradient off by 0.1 % in one entry fails it."""
    trainer = _trained("circle", model="mlp", hidden_layers=(5, 3))
    X, y = trainer.dataset.X, trainer.dataset.y
    _, grads = trainer.objective_and_gradients(X, y)
    analytic = trainer.model.layout.flatten(grads)
    numeric = numerical_gradient(lambda: trainer.objective_and_gradients(X, y)[0], trainer.model.flat)
    assert max_relative_error(analytic, numeric) < TOLERANCE
    k = int(np.argmax(np.abs(analytic)))
    wrong = analytic.copy()
    wrong[k] *= 1.001
    assert max_relative_error(wrong, numeric) > TOLERANCE


# ---- the fast training path agrees with the plain one ----------------------------------------------------------
FAST_PATH_CASES = [
    *[("mlp", "circle", {"activation": a, "hidden_layers": (5, 3)}) for a in ACTIVATIONS],
    *[
        ("mlp", "blobs", {"activation": a, "hidden_layers": (4,), "output_activation": "softmax", "loss": "mse"})
        for a in ("tanh", "relu", "gelu")
    ],
    ("mlp", "blobs", {"activation": "elu", "hidden_layers": (5, 3)}),
    ("mlp", "circle", {"activation": "silu", "hidden_layers": (5, 3), "output_activation": "tanh", "loss": "mse"}),
    (
        "mlp",
        "circle",
        {"activation": "softplus", "hidden_layers": (4, 4, 3), "output_activation": "sigmoid", "loss": "mse"},
    ),
    ("mlp", "sine", {"activation": "leaky_relu", "hidden_layers": (6,), "features": FEATURES_1D}),
    ("mlp", "plane", {"activation": "sigmoid", "hidden_layers": (5, 3), "output_activation": "tanh"}),
    ("linear", "plane", {"features": FEATURES_2D}),
    ("polynomial", "sine", {"degree": 5}),
    ("polynomial", "plane", {"degree": 4}),
    ("logistic", "moons", {}),
    ("logistic", "moons", {"loss": "mse"}),
    ("softmax", "blobs", {}),
    ("softmax", "blobs", {"loss": "mse"}),
    ("pca", "cloud", {"n_components": 1}),
    ("pca", "cloud", {"n_components": 2}),
]


@pytest.mark.parametrize(("model", "preset", "extra"), FAST_PATH_CASES)
def test_fast_path_gradient_matches(model, preset, extra):
    trainer = _trained(preset, steps=3, model=model, **extra)
    m = trainer.model
    X, y = trainer.dataset.X, trainer.dataset.y
    loss, grads = m.loss_and_gradients(X, y)
    slow = m.layout.flatten(grads)
    m.grad.fill(np.nan)
    m.gradient_into(*m.prepare(X, y))
    assert np.all(np.isfinite(m.grad))
    assert np.max(np.abs(m.grad - slow)) <= 1e-12 * max(1.0, float(np.abs(slow).max()))
    inputs, targets = m.prepare(X, y)
    assert m.prepared_loss(inputs, targets) == pytest.approx(loss, rel=1e-12, abs=1e-15)
    # a sub-batch too (other buffer sizes)
    _, sub = m.loss_and_gradients(X[:5], y[:5])
    m.gradient_into(inputs[:5], targets[:5])
    sub_flat = m.layout.flatten(sub)
    assert np.max(np.abs(m.grad - sub_flat)) <= 1e-12 * max(1.0, float(np.abs(sub_flat).max()))


@pytest.mark.parametrize("regularization", REGULARIZATIONS)
@pytest.mark.parametrize("batch_size", (4, 100))
def test_trainer_step_uses_the_objective_gradient(regularization, batch_size):
    """The gradient a training step records (fast path + in-place penalty) equals the checked one on its batch."""
    ds = datasets.make("circle", n=N_POINTS, seed=3, test_fraction=0.25)
    hp = Hyperparameters(
        model="mlp",
        hidden_layers=(5, 3),
        regularization=regularization,
        regularization_rate=0.01,
        batch_size=batch_size,
        learning_rate=0.05,
        seed=2,
    )
    trainer = Trainer(ds, hp)
    for k in range(3):  # one epoch: 9 training points in batches of 4, 4, 1 (or one full batch, then a new epoch)
        before = {k: v.copy() for k, v in trainer.model.parameters.items()}
        assert trainer.step()
        snap = trainer.snapshot()
        after = {k: v.copy() for k, v in trainer.model.parameters.items()}
        batch = snap.batch_indices
        size = min(batch_size, ds.n_train)
        start = (k * size) % ds.n_train
        assert batch is not None and batch.size == min(size, ds.n_train - start)
        trainer.model.set_parameters(before)
        _, expected = trainer.objective_and_gradients(ds.X[batch], ds.y[batch])
        trainer.model.set_parameters(after)
        for name, g in expected.items():
            np.testing.assert_allclose(snap.gradients[name], g, rtol=1e-10, atol=1e-13, err_msg=name)
