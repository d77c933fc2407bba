"""The worked forward pass (engine/forward_trace.py): its numbers are the model's own - the prediction equals
model.predict, each layer is z = W x + b and a = f(z) by hand, and the loss and gradient are the point's."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.forward_trace import flat_gradient, trace

MODELS = [
    ("circle", Hyperparameters(model="mlp", hidden_layers=(4, 3), activation="tanh", seed=1)),
    ("spiral", Hyperparameters(model="mlp", hidden_layers=(12,), activation="relu", features=(
        "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin x1", "sin x2"), seed=2)),
    ("blobs", Hyperparameters(model="softmax", seed=3)),
    ("gaussians", Hyperparameters(model="logistic", seed=4)),
    ("line", Hyperparameters(model="linear", features=("x1",), seed=5)),
    ("sine", Hyperparameters(model="polynomial", degree=5, seed=6)),
    ("plane", Hyperparameters(model="mlp", hidden_layers=(3,), seed=7)),
]


def trained(preset, hp):
    ds = datasets.make(preset, n=80, seed=2, test_fraction=0.25)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(3)
    return ds, trainer.model


@pytest.mark.parametrize(("preset", "hp"), MODELS, ids=[p for p, _ in MODELS])
def test_the_pass_equals_the_models_prediction_loss_and_gradient(preset, hp):
    ds, model = trained(preset, hp)
    for i in (0, 7, 33):
        x, target = ds.X[i], ds.y[i]
        t = trace(model, x, float(target))
        assert np.array_equal(t.prediction, np.atleast_1d(model.predict(ds.X[i:i + 1])[0]))
        loss, grads = model.loss_and_gradients(ds.X[i:i + 1], ds.y[i:i + 1])
        assert t.loss == loss
        assert t.gradient == flat_gradient(grads)
        magnitudes = [abs(v) for _, v in t.top_gradient]
        assert magnitudes == sorted(magnitudes, reverse=True)
        assert max(abs(v) for v in t.gradient.values()) == magnitudes[0]
        assert np.array_equal(t.encoded_target, model.head.encode(np.array([target]))[0])


@pytest.mark.parametrize(("preset", "hp"), MODELS[:3], ids=[p for p, _ in MODELS[:3]])
def test_each_layer_is_w_x_plus_b_then_f_by_hand(preset, hp):
    _ds, model = trained(preset, hp)
    point = np.array([1.25, -2.5])
    t = trace(model, point)
    assert t.loss is None and t.gradient is None and t.target is None  # not a data point: no target
    a = model.feature_map(point[None, :])[0]
    assert np.array_equal(t.features, a)
    for layer, step in enumerate(t.steps, start=1):
        W, b = model.parameters[f"dense{layer}.W"], model.parameters[f"dense{layer}.b"]
        assert np.array_equal(step.matrix, W) and np.array_equal(step.offset, b)
        assert np.allclose(step.vector, a, rtol=1e-14, atol=0)
        z = W @ a + b
        assert np.allclose(step.result, z, rtol=1e-12, atol=1e-15)
        last = layer == len(t.steps)
        expected = model.head.activate(z[None, :])[0] if last else model.activation.f(z)
        assert np.allclose(step.output, expected, rtol=1e-12, atol=1e-15)
        assert step.equation == f"z{layer} = W{layer} {'x' if layer == 1 else f'a{layer - 1}'} + b{layer}"
        a = step.output
    assert np.array_equal(t.output, a)


def test_pca_encodes_and_decodes_the_point():
    ds, model = trained("cloud", Hyperparameters(model="pca", n_components=1, seed=1))
    t = trace(model, ds.X[4], 0.0)
    W, b = model.parameters["pca.W"], model.parameters["pca.b"]
    codes = W.T @ (ds.X[4] - b)
    assert np.allclose(t.steps[0].result, codes, rtol=1e-12)
    assert np.allclose(t.prediction, model.predict(ds.X[4:5])[0], rtol=1e-12)
    assert t.loss == model.loss_and_gradients(ds.X[4:5], ds.y[4:5])[0]
    assert np.array_equal(t.encoded_target, ds.X[4])  # PCA's target is the point itself
