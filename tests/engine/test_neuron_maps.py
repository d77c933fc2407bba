"""Neuron maps (the diagram's thumbnails) equal the model's own forward pass, neuron by neuron."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.features import feature_map
from gradientdesk.engine.grid import grid_points
from gradientdesk.engine.neuron_maps import NeuronMapper

SPEC = (-6.0, 6.0, -6.0, 6.0, 24)


def trained(hp: Hyperparameters, preset: str = "circle") -> Trainer:
    trainer = Trainer(datasets.make(preset, n=120, seed=3), hp)
    trainer.run_steps(40)
    return trainer


def test_grid_points_run_along_x1_then_x2():
    X = grid_points((-1.0, 1.0, -2.0, 2.0, 3), 2)
    assert X.shape == (9, 2)
    np.testing.assert_allclose(X[:3, 0], [-1, 0, 1])  # a row: x1 grows
    np.testing.assert_allclose(X[::3, 1], [-2, 0, 2])  # row to row: x2 grows
    assert grid_points((-1.0, 1.0, -2.0, 2.0, 5), 1).shape == (5, 1)


@pytest.mark.parametrize("activation", ["tanh", "relu", "sigmoid", "leaky_relu", "elu", "silu", "gelu", "linear"])
def test_every_layer_equals_the_model_forward_pass(activation):
    hp = Hyperparameters(model="mlp", hidden_layers=(5, 3), activation=activation, features=("x1", "x2", "x1*x2"),
                         learning_rate=0.05, seed=2)
    trainer = trained(hp)
    model = trainer.model
    X = grid_points(SPEC, 2)
    mapper = NeuronMapper(feature_map(hp, 2)(X))
    snap = trainer.snapshot()
    layers = snap.spec.dense_layers(snap.parameters)
    maps = mapper.activations(layers, activation, model.head.activation)
    _, acts = model.forward(model.feature_map(X))
    assert [m.shape for m in maps] == [(576, 5), (576, 3), (576, 1)]
    for got, want in zip(maps, acts[1:], strict=True):
        assert got.dtype == np.float32
        np.testing.assert_allclose(got, want, rtol=2e-4, atol=2e-5)
    # the model's own grid output (what the canvas draws) agrees too, for every activation
    np.testing.assert_allclose(maps[-1], model.output(X), rtol=2e-4, atol=2e-5)


def test_softmax_head_and_one_dimensional_data():
    hp = Hyperparameters(model="mlp", hidden_layers=(4,), activation="tanh", seed=1)
    trainer = trained(hp, "blobs")
    X = grid_points(SPEC, 2)
    layers = trainer.model.spec.dense_layers(trainer.model.parameters)
    maps = NeuronMapper(feature_map(hp, 2)(X)).activations(layers, "tanh", trainer.model.head.activation)
    np.testing.assert_allclose(maps[-1].sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(maps[-1], trainer.model.output(X), rtol=2e-4, atol=2e-5)

    hp1 = Hyperparameters(model="mlp", hidden_layers=(3,), activation="tanh", features=("x1", "x1^2"), seed=1)
    t1 = trained(hp1, "sine")
    X1 = grid_points(SPEC, 1)
    maps1 = NeuronMapper(feature_map(hp1, 1)(X1)).activations(t1.model.spec.dense_layers(t1.model.parameters), "tanh",
                                                   "linear")
    np.testing.assert_allclose(maps1[-1][:, 0], t1.model.predict(X1), rtol=2e-4, atol=2e-5)


def test_buffers_are_reused_and_other_models_have_no_dense_layers():
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 2), seed=1)
    trainer = trained(hp)
    mapper = NeuronMapper(feature_map(hp, 2)(grid_points(SPEC, 2)))
    layers = trainer.model.spec.dense_layers(trainer.model.parameters)
    first = mapper.activations(layers, "tanh", "sigmoid")
    second = mapper.activations(layers, "tanh", "sigmoid")
    assert all(a is b for a, b in zip(first, second, strict=True))
    pca = Trainer(datasets.make("cloud", n=60, seed=1), Hyperparameters(model="pca")).model
    assert pca.spec.dense_layers(pca.parameters) == []
    with pytest.raises(ValueError, match="inputs"):
        NeuronMapper(np.zeros((4, 3))).activations(layers, "tanh", "sigmoid")
