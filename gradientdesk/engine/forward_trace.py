"""A worked forward pass: what the model computes for one point, layer by layer, with the real numbers.

Dense networks (network.py): features x = phi(point), then for each layer l
    z_l = W_l a_{l-1} + b_l,    a_l = f_l(z_l)          (a_0 = x; the last f is the head's output activation)
ending in the prediction (class, number), the encoded target, this point's loss l_i and its gradient
d l_i / d theta. A minibatch's gradient is the mean of these over its points (plus the penalty's gradient, which
belongs to no single point).
PCA (pca.py): codes c = W^T (x - b), reconstruction x_hat = W c + b; the loss is the nested reconstruction error.

Everything comes from the model's own functions (`forward`, `head`, `predict`, `loss_and_gradients`), so the
numbers are the model's, not a re-implementation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from . import activations
from .choices import POINT_LOSS_LABELS
from .model_base import Model
from .network import DenseNetwork
from .pca import PCAModel
from .scalar_ref import ScalarRef


@dataclass(frozen=True)
class LayerStep:
    """One line of the pass: `result` = `matrix` @ `vector` + `offset`, then `output` = f(result).

    `title` ("Layer 1 (hidden, 4 neurons)"), `equation` ("z = W x + b"), `symbols` names the four vectors
    (input, pre-activation, activation: e.g. ("x", "z1", "a1")), `activation` / `formula` the function f (None
    when there is none). The title's parts, for a view that writes it in another language: `stage` ("hidden",
    "output", "encode" or "decode"), `layer` (1-based) and `units` (neurons, or PCA's components)."""

    title: str
    equation: str
    symbols: tuple[str, str, str]
    matrix: np.ndarray
    vector: np.ndarray
    offset: np.ndarray
    result: np.ndarray
    activation: str | None
    formula: str
    output: np.ndarray
    stage: str = ""
    layer: int = 0
    units: int = 0


@dataclass(frozen=True)
class ForwardTrace:
    """The whole pass for one point. `target` is None when the point is not a data point (no loss, no gradient);
    `encoded_target` is what the loss compares the output with; `gradient` maps flat names ("dense1.W[0,1]") to
    d l_i / d theta for this point alone, `top_gradient` its largest entries by magnitude."""

    point: np.ndarray
    feature_names: tuple[str, ...]
    features: np.ndarray
    steps: tuple[LayerStep, ...]
    output: np.ndarray
    prediction: np.ndarray
    task: str
    loss_name: str
    target: float | None = None
    encoded_target: np.ndarray | None = None
    loss: float | None = None
    gradient: dict[str, float] | None = None
    top_gradient: tuple[tuple[str, float], ...] = ()


def flat_gradient(grads: dict[str, np.ndarray]) -> dict[str, float]:
    """{'dense1.W[0,1]': value, ...} in parameter order (the names every view selects by)."""
    out: dict[str, float] = {}
    for name, values in grads.items():
        out.update(zip(ScalarRef.names(name, values.shape), map(float, np.ravel(values)), strict=True))
    return out


def _layer_title(layer: int, n_layers: int, units: int) -> str:
    kind = "output" if layer == n_layers else "hidden"
    return f"Layer {layer} ({kind}, {units} neuron{'s' if units != 1 else ''})"


def _dense_steps(model: DenseNetwork, F: np.ndarray) -> tuple[list[LayerStep], np.ndarray]:
    zs, acts = model.forward(F)
    steps = []
    n = len(model.blocks)
    for layer, (block, z, a) in enumerate(zip(model.blocks, zs, acts[1:], strict=True), start=1):
        name = model.head.activation if layer == n else model.activation.name
        formula = "f(z)_j = e^(z_j) / sum_k e^(z_k)" if name == "softmax" else activations.get(name).formula
        source = "x" if layer == 1 else f"a{layer - 1}"
        steps.append(LayerStep(
            title=_layer_title(layer, n, block.shape[0]), equation=f"z{layer} = W{layer} {source} + b{layer}",
            symbols=(source, f"z{layer}", f"a{layer}"), matrix=np.array(block[:, :-1]), vector=acts[layer - 1][0],
            offset=np.array(block[:, -1]), result=z[0], activation=name, formula=formula, output=a[0],
            stage="output" if layer == n else "hidden", layer=layer, units=block.shape[0]))
    return steps, acts[-1][0]


def _pca_steps(model: PCAModel, F: np.ndarray) -> tuple[list[LayerStep], np.ndarray]:
    W, b = np.array(model.parameters["pca.W"]), np.array(model.parameters["pca.b"])
    centred = F[0] - b
    codes = W.T @ centred
    recon = W @ codes + b
    steps = [
        LayerStep(title=f"Encode ({model.k} component{'s' if model.k != 1 else ''})", equation="c = Wᵀ (x − b)",
                  symbols=("x − b", "c", "c"), matrix=W.T, vector=centred, offset=np.zeros(model.k), result=codes,
                  activation=None, formula="", output=codes, stage="encode", layer=1, units=model.k),
        LayerStep(title="Decode (reconstruction)", equation="x̂ = W c + b", symbols=("c", "x̂", "x̂"), matrix=W,
                  vector=codes, offset=b, result=recon, activation=None, formula="", output=recon, stage="decode",
                  layer=1, units=model.k),
    ]
    return steps, recon


def trace(model: Model, point: np.ndarray, target: float | None = None, top: int = 6) -> ForwardTrace:
    """The worked forward pass of `model` for one point (raw coordinates, shape (d,)). With a `target` (class index,
    number; anything for PCA, whose target is the point itself) also the point's loss and gradient."""
    X = np.asarray(point, dtype=np.float64).reshape(1, -1)
    F = model.feature_map(X)
    with np.errstate(all="ignore"):
        if isinstance(model, DenseNetwork):
            steps, output = _dense_steps(model, F)
        elif isinstance(model, PCAModel):
            steps, output = _pca_steps(model, F)
        else:
            raise ValueError(f"no worked forward pass for {type(model).__name__}")
        prediction = np.atleast_1d(model.predict(X)[0])
    head = model.head
    base = ForwardTrace(point=X[0], feature_names=tuple(model.feature_map.names), features=F[0], steps=tuple(steps),
                        output=output, prediction=prediction, task=head.task, loss_name=POINT_LOSS_LABELS[head.loss])
    if target is None and head.task != "unsupervised":
        return base
    y = np.array([0.0 if target is None else target])
    with np.errstate(all="ignore"):
        loss, grads = model.loss_and_gradients(X, y)
    flat = flat_gradient(grads)
    order = sorted(flat, key=lambda k: -abs(flat[k]) if np.isfinite(flat[k]) else 0.0)[:top]
    encoded = F[0] if head.task == "unsupervised" else head.encode(y)[0]
    return replace(base, target=None if head.task == "unsupervised" else float(target), encoded_target=encoded,
                   loss=float(loss), gradient=flat, top_gradient=tuple((k, flat[k]) for k in order))
