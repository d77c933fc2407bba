"""Export trained model: the exported numbers alone, with plain numpy, reproduce `model.predict`; the export holds the
architecture but none of the training hyperparameters."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.io.model_export import ExportError, export_json, export_npz, trained_model
from gradientdesk.io.session import Session
from gradientdesk.state.data_state import DataState

CASES = {
    "network, 2 classes, tanh": ("circle", Hyperparameters(hidden_layers=(5, 3), activation="tanh")),
    "network with features, relu": ("spiral", Hyperparameters(hidden_layers=(6,), activation="relu",
                                                              features=("x1", "x2", "x1^2", "x1*x2", "sin x2"))),
    "network, 3 classes, sigmoid": ("blobs", Hyperparameters(hidden_layers=(4,), activation="sigmoid")),
    "network regression, elu": ("plane", Hyperparameters(hidden_layers=(4,), activation="elu")),
    "logistic": ("gaussians", Hyperparameters(model="logistic")),
    "softmax": ("blobs", Hyperparameters(model="softmax")),
    "linear 1-D": ("line", Hyperparameters(model="linear", features=("x1",))),
    "polynomial 1-D degree 9": ("sine", Hyperparameters(model="polynomial", degree=9)),
    "polynomial 2-D degree 3": ("plane", Hyperparameters(model="polynomial", degree=3)),
    "pca": ("cloud", Hyperparameters(model="pca", n_components=2)),
}
TRAINING_ONLY = ("learning_rate", "batch_size", "optimizer", "momentum", "beta1", "beta2", "rho", "epsilon", "seed",
                 "regularization", "initialization", "init_scale", "schedule", "max_epochs", "target_loss",
                 "early_stopping", "sgd", "adam")


def trained(preset: str, hp: Hyperparameters) -> tuple[Session, object]:
    ds = datasets.make(preset, n=150, seed=2)
    trainer = Trainer(ds, hp.replace(learning_rate=0.02, regularization="l2", optimizer="adam", seed=7))
    trainer.run_epochs(5)
    session = Session(DataState.from_dataset(ds), hyperparameters=trainer.hp,
                      parameters={k: v.copy() for k, v in trainer.model.parameters.items()})
    return session, trainer.model


# ---- a reader that knows nothing of GradientDesk: plain numpy and the export's own description ---------------------
ACTIVATION = {
    "linear": lambda z: z, "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0),
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "elu": lambda z: np.where(z > 0, z, np.expm1(np.minimum(z, 0))),
    "softmax": lambda z: np.exp(z - z.max(axis=1, keepdims=True)) / np.exp(z - z.max(axis=1, keepdims=True)).sum(
        axis=1, keepdims=True),
}
TOGGLE = {"x1": lambda X: X[:, 0], "x2": lambda X: X[:, 1], "x1 ** 2": lambda X: X[:, 0] ** 2,
          "x2 ** 2": lambda X: X[:, 1] ** 2, "x1 * x2": lambda X: X[:, 0] * X[:, 1],
          "sin(x1)": lambda X: np.sin(X[:, 0]), "sin(x2)": lambda X: np.sin(X[:, 1])}


def legendre(t: np.ndarray, k: int) -> np.ndarray:
    """sqrt(2k + 1) P_k(t) by the recurrence the export states."""
    p_prev, p = np.ones_like(t), t
    if k == 0:
        return p_prev
    for j in range(1, k):
        p_prev, p = p, ((2 * j + 1) * t * p - j * p_prev) / (j + 1)
    return np.sqrt(2 * k + 1) * p


def features(doc: dict, X: np.ndarray) -> np.ndarray:
    f = doc["features"]
    if f["kind"] == "toggles":
        return np.column_stack([TOGGLE[f["formulas"][name]](X) for name in f["names"]])
    t = X / f["scale"]
    columns = []
    for term in f["terms"]:
        column = np.ones(len(X))
        for axis, k in enumerate(term):
            column = column * legendre(t[:, axis], k)
        columns.append(column)
    return np.column_stack(columns)


def predict(doc: dict, params: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    if doc["model"] == "pca":
        W, b = params["pca.W"], params["pca.b"]
        return b + ((X - b) @ W) @ W.T
    a = features(doc, X)
    for layer in doc["layers"]:
        a = ACTIVATION[layer["activation"]](a @ params[layer["weights"]].T + params[layer["bias"]])
    if doc["task"] == "regression":
        return a[:, 0]
    if doc["output"]["units"] == 1:
        return (a[:, 0] > doc["output"]["threshold"]).astype(int)
    return a.argmax(axis=1)


@pytest.mark.parametrize("case", list(CASES))
def test_the_json_export_alone_reproduces_the_predictions(tmp_path, case):
    session, model = trained(*CASES[case])
    export_json(tmp_path / "model.json", session)
    doc = json.loads((tmp_path / "model.json").read_text("utf-8"))
    params = {name: np.array(value) for name, value in doc["parameters"].items()}
    X = np.random.default_rng(0).uniform(-6, 6, size=(400, session.data.input_dim))
    expected = model.predict(X)
    got = predict(doc, params, X)
    if session.data.task == "classification":
        assert np.mean(got == expected) >= 0.995  # a point exactly on the boundary may round either way
    else:
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", ["network with features, relu", "polynomial 2-D degree 3", "pca"])
def test_the_npz_export_loads_without_pickle_and_matches_the_json(tmp_path, case):
    session, model = trained(*CASES[case])
    export_npz(tmp_path / "model.npz", session)
    with np.load(tmp_path / "model.npz", allow_pickle=False) as archive:
        doc = json.loads(str(archive["architecture"]))
        params = {name: archive[name] for name in archive.files if name != "architecture"}
    assert set(params) == set(model.parameters)
    for name, value in model.parameters.items():
        assert np.array_equal(params[name], value)  # exactly the learned numbers
    X = np.random.default_rng(1).uniform(-6, 6, size=(200, session.data.input_dim))
    if session.data.task == "regression" or doc["model"] == "pca":
        np.testing.assert_allclose(predict(doc, params, X), model.predict(X), rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", list(CASES))
def test_the_export_holds_no_training_hyperparameters(tmp_path, case):
    session, _model = trained(*CASES[case])
    export_json(tmp_path / "model.json", session)
    export_npz(tmp_path / "model.npz", session)
    text = (tmp_path / "model.json").read_text("utf-8").lower()
    with np.load(tmp_path / "model.npz", allow_pickle=False) as archive:
        text += str(archive["architecture"]).lower()
    for word in TRAINING_ONLY:
        assert word not in text, word


def test_exporting_without_learned_parameters_says_so():
    ds = datasets.make("circle", n=50, seed=1)
    with pytest.raises(ExportError, match="no learned parameters"):
        trained_model(Session(DataState.from_dataset(ds)))
