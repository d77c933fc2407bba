"""ModelSpec: the structure every snapshot carries, for every model kind: slot names, shapes, weight or bias, layer,
the units each entry reads and feeds, feature names and head; built once per model; a computing copy of the model
from it alone."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, ModelSpec, ScalarRef, Trainer, datasets, model_from_snapshot
from gradientdesk.engine.models import build_model


def spec_for(preset: str, **hp) -> ModelSpec:
    return build_model(Hyperparameters(**hp), datasets.make(preset, n=40, seed=1), np.random.default_rng(0)).spec


def slots(spec: ModelSpec) -> list[tuple]:
    return [(s.name, s.shape, s.is_weight, s.layer, s.start) for s in spec.slots]


def test_a_neural_network_names_every_unit_its_weights_read_and_feed():
    spec = spec_for("circle", model="mlp", hidden_layers=(3, 2), features=("x1", "x2", "sin x1"), activation="relu")
    assert spec.model == "mlp" and spec.kind == "network" and spec.is_network
    assert spec.layer_sizes == (3, 3, 2, 1) and spec.activation == "relu"
    assert spec.feature_names == ("x1", "x2", "sin x1") and spec.input_dim == 2
    assert spec.head.task == "classification" and spec.head.activation == "sigmoid" and spec.head.n_outputs == 1
    assert slots(spec) == [("dense1.W", (3, 3), True, 1, 0), ("dense1.b", (3,), False, 1, 9),
                           ("dense2.W", (2, 3), True, 2, 12), ("dense2.b", (2,), False, 2, 18),
                           ("dense3.W", (1, 2), True, 3, 20), ("dense3.b", (1,), False, 3, 22)]
    assert spec.parameter_count == 23 and spec.n_layers == 3
    first = spec.slot("dense1.W")
    assert [u.name for u in first.wiring.reads] == ["x1", "x2", "sin x1"]
    assert spec.reads(ScalarRef("dense1.W", (1, 2))).label == "input sin x1"
    assert spec.feeds(ScalarRef("dense1.W", (1, 2))).label == "neuron 1 of layer 1"
    second = spec.reads(ScalarRef("dense2.W", (0, 2)))  # the second layer reads the first layer's neurons
    assert (second.role, second.layer, second.index) == ("hidden", 1, 2)
    out = spec.feeds(ScalarRef("dense3.b", (0,)))
    assert (out.role, out.layer, out.index) == ("output", 3, 0)
    assert spec.reads(ScalarRef("dense2.b", (1,))) is None  # a bias reads the constant 1, no unit
    assert spec.describe(ScalarRef("dense2.W", (1, 0))) == "weight from neuron 0 of layer 1 to neuron 1 of layer 2"
    assert spec.describe(ScalarRef("dense3.b", (0,))) == "bias of output neuron 0 (layer 3)"
    assert spec.first_weight() == ScalarRef("dense1.W", (0, 0))


@pytest.mark.parametrize(("model", "preset", "outputs", "activation"), [
    ("linear", "line", 1, "linear"), ("logistic", "gaussians", 1, "sigmoid"), ("softmax", "blobs", 3, "softmax"),
])
def test_regressions_have_one_dense_layer_from_the_features_to_the_outputs(model, preset, outputs, activation):
    spec = spec_for(preset, model=model, features=("x1",) if preset == "line" else ("x1", "x2"))
    inputs = 1 if preset == "line" else 2
    assert spec.model == model and spec.layer_sizes == (inputs, outputs)
    assert slots(spec) == [("dense1.W", (outputs, inputs), True, 1, 0),
                           ("dense1.b", (outputs,), False, 1, outputs * inputs)]
    assert spec.head.activation == activation and spec.head.n_outputs == outputs
    assert spec.feeds(ScalarRef("dense1.W", (outputs - 1, 0))).role == "output"
    assert spec.reads(ScalarRef("dense1.W", (0, inputs - 1))).name == ("x1", "x2")[inputs - 1]


def test_polynomial_weights_read_the_powers_of_the_inputs():
    spec = spec_for("plane", model="polynomial", degree=3)
    names = spec.feature_names
    assert spec.feature_kind == "polynomial" and spec.degree == 3 and len(names) == 9
    assert names[:2] == ("phi[x1]", "phi[x2]") and "phi[x1^3]" in names and "phi[x1*x2^2]" in names
    weights = spec.slot("dense1.W")
    assert weights.shape == (1, 9) and weights.is_weight
    assert [u.name for u in weights.wiring.reads] == list(names)
    k = names.index("phi[x1^3]")
    assert spec.reads(ScalarRef("dense1.W", (0, k))).label == "input x1^3"  # the feature's display name
    assert spec.describe(ScalarRef("dense1.W", (0, k))) == "weight from input x1^3 to output neuron 0 (layer 1)"
    assert spec.input_names[:3] == ("x1", "x2", "x1^2") and spec.input_names[k] == "x1^3"
    assert spec.output_names == ("output",) and spec.class_names == ()
    assert spec.head.task == "regression" and spec.head.loss == "mse"


def test_pca_has_one_layer_whose_weights_read_inputs_and_feed_components():
    spec = spec_for("cloud", model="pca", n_components=2)
    assert spec.kind == "pca" and not spec.is_network and spec.activation == ""
    assert spec.layer_sizes == (2, 2, 2) and spec.head.task == "unsupervised"
    assert slots(spec) == [("pca.W", (2, 2), True, 1, 0), ("pca.b", (2,), False, 1, 4)]
    assert ScalarRef("pca.W", (0, 1)).layer == spec.slot("pca.W").layer == 1  # one answer for PCA's layer
    w = ScalarRef("pca.W", (1, 0))
    assert spec.reads(w).label == "input x2" and spec.feeds(w).label == "component 0"
    assert spec.describe(w).startswith("weight of input x2 in component 0")
    b = ScalarRef("pca.b", (0,))
    assert spec.reads(b).label == "input x1" and spec.feeds(b) is None
    assert spec.describe(b).startswith("centre of input x1")
    assert spec.dense_layers({"pca.W": np.zeros((2, 2)), "pca.b": np.zeros(2)}) == []


def test_flat_order_names_and_positions_agree_with_the_parameters():
    trainer = Trainer(datasets.make("blobs", n=40, seed=1), Hyperparameters(model="mlp", hidden_layers=(4,)))
    snap = trainer.snapshot()
    spec = snap.spec
    flat = np.concatenate([np.ravel(a) for a in snap.parameters.values()])
    assert len(spec.flat_names) == flat.size == spec.parameter_count
    for k, ref in enumerate(spec.refs()):
        assert spec.flat_names[k] == str(ref)
        assert spec.flat_index(ref) == k
        assert flat[k] == snap.parameters[ref.name][ref.index]
    assert spec.flat_index(ScalarRef("dense1.W", (9, 0))) == -1 and spec.flat_index(None) == -1
    assert not spec.has(ScalarRef("dense7.W", (0, 0))) and not spec.has(ScalarRef("dense1.b", (0, 0)))
    assert spec.describe(ScalarRef("dense7.W", (0, 0))) == "not a parameter of this model"
    layers = spec.per_scalar(lambda s: s.layer)
    assert layers.tolist() == [1] * 12 + [2] * 15


def test_snapshots_share_one_spec_per_model_and_keep_the_public_fields():
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 2), seed=1)
    trainer = Trainer(datasets.make("circle", n=60, seed=1), hp)
    first = trainer.snapshot()
    trainer.run_steps(5)
    second = trainer.snapshot()
    assert second.spec is first.spec  # built once, not per snapshot
    assert (second.parameter_count, second.layer_sizes, second.model) == (25, (2, 4, 2, 1), "mlp")
    assert second.architecture == "2-4-2-1 network: 12 + 10 + 3 = 25 parameters"
    assert second.hyperparameters is hp
    trainer.set_hyperparameters(hp.replace(learning_rate=0.5))  # live: same model, same spec
    live = trainer.snapshot()
    assert live.spec is first.spec and live.hyperparameters.learning_rate == 0.5
    trainer.set_hyperparameters(hp.replace(hidden_layers=(3,)))  # structural: a new model, a new spec
    assert trainer.snapshot().spec.layer_sizes == (2, 3, 1)
    trainer.reset()
    assert trainer.snapshot().spec is not first.spec


@pytest.mark.parametrize(("preset", "hp"), [
    ("circle", Hyperparameters(model="mlp", hidden_layers=(5, 3), activation="gelu", features=("x1", "x2", "x1*x2"))),
    ("blobs", Hyperparameters(model="softmax")),
    ("sine", Hyperparameters(model="polynomial", degree=4)),
    ("cloud", Hyperparameters(model="pca", n_components=1)),
])
def test_the_spec_alone_rebuilds_a_model_that_computes_the_same(preset, hp):
    ds = datasets.make(preset, n=50, seed=2)
    trainer = Trainer(ds, hp)
    trainer.run_steps(10)
    snap = trainer.snapshot()
    copy = model_from_snapshot(snap)
    assert copy is not trainer.model and copy.spec is snap.spec
    X, y = ds.split("train")
    np.testing.assert_array_equal(copy.output(X), trainer.model.output(X))
    assert copy.loss(X, y) == trainer.model.loss(X, y)
    blank = snap.spec.build_model()
    assert blank.spec == snap.spec and not blank.flat.any()
    with pytest.raises(ValueError):
        snap.spec.build_model({"dense1.W": np.zeros((1, 1))})


def test_a_softmax_names_its_outputs_by_their_classes_and_follows_a_renaming():
    from gradientdesk.engine import Hyperparameters, Trainer, datasets

    data = datasets.make("blobs", n=60, seed=1)
    trainer = Trainer(data, Hyperparameters(model="softmax"))
    spec = trainer.model.spec
    assert spec.class_names == ("A", "B", "C") and spec.output_names == ("class A", "class B", "class C")
    assert spec.describe(ScalarRef("dense1.b", (1,))) == "bias of output neuron for class B (layer 1)"
    before = trainer.model.flat.copy()
    assert trainer.set_dataset(data.with_class_names(("cat", "dog", "bird")))  # same shape: parameters kept
    assert trainer.model.spec.output_names == ("class cat", "class dog", "class bird")
    assert (trainer.model.flat == before).all()
    rebuilt = trainer.model.spec.build_model()
    assert rebuilt.spec.class_names == ("cat", "dog", "bird")
