"""Export a trained model: its learned parameters and exactly the architecture needed to use them.

The point this teaches: the trained model *is* its parameters. The export therefore holds the weights and biases,
plus how to compute with them - inputs, input features with their formulas (including the Legendre scaling of
polynomial features), layer sizes, activations, the output and how it becomes a prediction - and deliberately none of
the training hyperparameters (learning rate, batch size, optimizer, momentum, schedule, regularization,
initialization, seed, stopping rules): they shaped the training, they are not part of the result.

Two forms (pure Python + numpy, no Qt, never pickle):

* JSON: ``{"format": "gradientdesk-model", "version": 1, "model", "task", "classes", "inputs", "features",
  "layers": [{"weights": "dense1.W", "bias": "dense1.b", "units", "activation", "formula"}, ...], "output",
  "parameters": {"dense1.W": [[...]], ...}, "how_to_predict"}``
* NPZ: every parameter as its own array (``np.load(path, allow_pickle=False)["dense1.W"]``) and ``architecture``,
  a 0-d text array holding the same JSON without the parameter numbers.

Prediction with plain numpy, for a network (examples as rows)::

    F = features(X)                       # see "features"
    a = F
    for each layer l:  z = a @ W_l.T + b_l;  a = f_l(z)     # W_l of shape (units, fan_in)
    classification: one output unit -> class 1 if a[:, 0] > threshold else 0;  several -> argmax over units
    regression:     a[:, 0]

and for PCA: codes = (X - b) @ W, reconstruction = b + codes @ W.T (W of shape (d, k), its columns the components).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np

from ..engine import build_model
from ..engine.activations import ACTIVATIONS
from ..engine.dataset import DOMAIN
from ..engine.hyperparameters import MODEL_LABELS
from ..engine.losses import Head
from ..engine.model_base import Model
from ..engine.pca import PCAModel
from .atomic import write_atomically
from .session_schema import Session

FORMAT = "gradientdesk-model"
VERSION = 1
TOGGLE_FORMULAS = {"x1": "x1", "x2": "x2", "x1^2": "x1 ** 2", "x2^2": "x2 ** 2", "x1*x2": "x1 * x2",
                   "sin x1": "sin(x1)", "sin x2": "sin(x2)"}
LEGENDRE = ("L_k(t) = sqrt(2k + 1) P_k(t) with t = x / {scale:g}, where P_0 = 1, P_1 = t and "
            "(k + 1) P_(k+1) = (2k + 1) t P_k - k P_(k-1) (Legendre polynomials)")


class ExportError(ValueError):
    """There is no trained model to export (no learned parameters yet, or data the model cannot use)."""


def trained_model(session: Session) -> Model:
    """The model of `session` holding its learned parameters."""
    ds = session.data.dataset
    if session.parameters is None or ds is None:
        raise ExportError("there are no learned parameters to export yet: press Play or Step first")
    try:
        model = build_model(session.hyperparameters, ds, np.random.default_rng(0))
        model.set_parameters(dict(session.parameters))
    except ValueError as error:
        raise ExportError(f"the model cannot be rebuilt: {error}") from None
    return model


def architecture(session: Session, model: Model) -> dict[str, Any]:
    """Everything needed to compute with the parameters, and nothing about how they were trained."""
    hp, data = session.hyperparameters, session.data
    inputs = ["x1", "x2"][: data.input_dim]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "model": hp.model,
        "description": f"{MODEL_LABELS[hp.model]}: {model.describe()}",
        "task": data.task,
        "classes": list(data.class_names),
        "inputs": inputs,
        "input_note": "raw canvas coordinates, exactly as shown on the axes (no scaling is applied first)",
    }
    spec = model.spec
    if isinstance(model, PCAModel):
        weights, centre = spec.layer_slots(1)
        doc["features"] = {"kind": "identity", "names": inputs}
        doc["components"] = model.k
        doc["parameters_meaning"] = {weights.name: f"({model.d}, {model.k}): column j is component j",
                                     centre.name: f"({model.d},): the learned centre"}
        doc["how_to_predict"] = "codes = (X - b) @ W;  reconstruction = b + codes @ W.T"
        return doc
    doc["features"] = _features(model, data.input_dim)
    head = model.head
    sizes = model.layer_sizes()
    doc["layer_sizes"] = list(sizes)
    doc["layers"] = []
    for i, units in enumerate(sizes[1:], start=1):
        last = i == len(sizes) - 1
        activation = head.activation if last else spec.activation
        formula = ("f(z)_i = e^(z_i) / sum_j e^(z_j)" if activation == "softmax"
                   else ACTIVATIONS[activation].formula)
        weights, biases = spec.layer_slots(i)
        doc["layers"].append({"weights": weights.name, "bias": biases.name, "units": units,
                              "fan_in": sizes[i - 1], "activation": activation, "formula": formula})
    doc["output"] = _output(head, data.task)
    doc["how_to_predict"] = ("F = features(X); a = F; for each layer: z = a @ W.T + b; a = activation(z); "
                             + doc["output"]["decision"])
    return doc


def _features(model: Model, input_dim: int) -> dict[str, Any]:
    fmap = model.feature_map
    if fmap.kind == "toggles":
        return {"kind": "toggles", "names": list(fmap.names),
                "formulas": {name: TOGGLE_FORMULAS[name] for name in fmap.names}}
    powers = [list(p) for p in fmap.powers]  # (a, b) per feature, in feature order: its degree in x1 and in x2
    return {"kind": "legendre", "names": list(fmap.names), "degree": fmap.degree, "scale": DOMAIN,
            "terms": powers if input_dim == 2 else [[a] for a, _b in powers],
            "formula": ("feature with term [a, b] = L_a(x1) * L_b(x2); " if input_dim == 2
                        else "feature with term [a] = L_a(x1); ") + LEGENDRE.format(scale=DOMAIN),
            "note": "a well-conditioned stand-in for the power x^a: the same polynomials, scaled to [-1, 1]"}


def _output(head: Head, task: str) -> dict[str, Any]:
    out: dict[str, Any] = {"activation": head.activation, "units": head.n_outputs}
    if task == "regression":
        out["decision"] = "prediction = a[:, 0]"
    elif head.n_outputs == 1:
        out["threshold"] = head.threshold
        out["decision"] = f"class = 1 if a[:, 0] > {head.threshold:g} else 0"
    else:
        out["decision"] = "class = argmax over the output units of a"
    return out


def model_document(session: Session) -> dict[str, Any]:
    """The JSON export: architecture plus every parameter as nested lists (exact float64 values)."""
    model = trained_model(session)
    doc = architecture(session, model)
    doc["parameters"] = {name: np.asarray(v).tolist() for name, v in model.parameters.items()}
    return doc


def export_json(path: str | Path, session: Session) -> None:
    """Write the JSON export atomically. Raises ExportError (nothing to export) or OSError."""
    text = json.dumps(model_document(session), indent=1, allow_nan=False, ensure_ascii=False)
    write_atomically(Path(path), text.encode("utf-8"))


def export_npz(path: str | Path, session: Session) -> None:
    """Write the NPZ export atomically: one array per parameter plus `architecture` (JSON text, no pickle)."""
    model = trained_model(session)
    arrays = {name: np.array(v) for name, v in model.parameters.items()}
    arrays["architecture"] = np.array(json.dumps(architecture(session, model), ensure_ascii=False))
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    write_atomically(Path(path), buffer.getvalue())


def export_model(path: str | Path, session: Session) -> None:
    """JSON or NPZ, by the file's suffix (anything but .npz gets JSON)."""
    (export_npz if Path(path).suffix.lower() == ".npz" else export_json)(path, session)
