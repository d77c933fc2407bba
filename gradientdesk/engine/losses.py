"""Losses and the output "head" (output activation + loss + target encoding) chosen for a task.

All losses are means over the n examples of a batch. With z the output layer's pre-activation and a = f(z):

* Mean squared error: L = 1/(n m) sum_ij (a_ij - y_ij)^2, dL/da = 2 (a - y) / (n m)   (m outputs)
* Binary cross-entropy from logits (sigmoid output): L = 1/n sum_i [max(z,0) - y z + log(1 + e^-|z|)],
  dL/dz = (sigmoid(z) - y) / n. Written with |z| so it never overflows.
* Categorical cross-entropy from logits (softmax output): L = 1/n sum_i [logsumexp(z_i) - z_i,y_i],
  dL/dz = (softmax(z) - onehot(y)) / n.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import activations
from .compatibility import model_task, why_not
from .hyperparameters import MODEL_LABELS, Hyperparameters
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

_CONTEXT = "Losses"


def softmax(z: np.ndarray) -> np.ndarray:
    """softmax(z)_j = e^(z_j - max z) / sum_k e^(z_k - max z), row-wise; subtracting the max avoids overflow."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def softmax_jvp_into(a: np.ndarray, delta: np.ndarray) -> None:
    """delta <- J^T delta for the softmax Jacobian J = diag(a) - a a^T of each example, the classes on axis 0 (the
    training steps' layout): a * (delta - a . delta)."""
    delta[...] = a * (delta - (delta * a).sum(axis=0, keepdims=True))


def mse(a: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean squared error and dL/da."""
    diff = a - y
    scale = 1.0 / diff.size
    return float(np.dot(diff.ravel(), diff.ravel()) * scale), (2.0 * scale) * diff


def binary_cross_entropy_from_logits(z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Binary cross-entropy of targets y in {0, 1} given logits z, and dL/dz."""
    n = z.shape[0]
    loss = np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z)))
    return float(loss.sum() / n), (activations.sigmoid(z) - y) / n


def categorical_cross_entropy_from_logits(z: np.ndarray, y_onehot: np.ndarray) -> tuple[float, np.ndarray]:
    """Categorical cross-entropy of one-hot targets given logits z (n, k), and dL/dz."""
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_sum
    loss = -(y_onehot * log_p).sum() / n
    return float(loss), (np.exp(log_p) - y_onehot) / n


@dataclass(frozen=True)
class Head:
    """How the last layer turns into predictions and a loss.

    `n_outputs` output units with `activation`; `loss` one of mse / binary_cross_entropy /
    categorical_cross_entropy; classification targets are encoded as `low`/1 (one unit: y in {low, 1}; several:
    one-hot with `low` for the other classes). A single unit predicts class 1 when its output exceeds `threshold`.
    """

    task: str
    activation: str
    loss: str
    n_outputs: int
    low: float = 0.0
    threshold: float = 0.5

    @property
    def fused(self) -> bool:
        """Cross-entropy heads backpropagate (a - y)/n straight from the logits."""
        return self.loss != "mse"

    def encode(self, y: np.ndarray) -> np.ndarray:
        """Targets as an (n, n_outputs) float64 array the loss compares with the output."""
        y = np.asarray(y)
        if self.task != "classification":
            return y.astype(np.float64).reshape(-1, 1)
        labels = y.astype(np.int64)
        if self.n_outputs == 1:
            return np.where(labels == 1, 1.0, self.low).reshape(-1, 1)
        out = np.full((labels.shape[0], self.n_outputs), self.low)
        out[np.arange(labels.shape[0]), labels] = 1.0
        return out

    def activate(self, z: np.ndarray) -> np.ndarray:
        """Output activation a = f(z)."""
        if self.activation == "softmax":
            return softmax(z)
        return activations.get(self.activation).f(z)

    def loss_and_dz(self, z: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        """Loss over the batch and dL/dz for the output pre-activation z."""
        if self.loss == "binary_cross_entropy":
            return binary_cross_entropy_from_logits(z, targets)
        if self.loss == "categorical_cross_entropy":
            return categorical_cross_entropy_from_logits(z, targets)
        a = self.activate(z)
        loss, da = mse(a, targets)
        if self.activation == "softmax":
            # Jacobian-vector product of softmax: dz = a * (da - sum(da * a))
            return loss, a * (da - (da * a).sum(axis=1, keepdims=True))
        return loss, da * activations.get(self.activation).df(z)

    def loss_value(self, z: np.ndarray, targets: np.ndarray) -> float:
        return self.loss_and_dz(z, targets)[0]

    def classify(self, a: np.ndarray) -> np.ndarray:
        """Class labels from output activations a (n, n_outputs)."""
        if self.n_outputs == 1:
            return (a[:, 0] > self.threshold).astype(np.int64)
        return a.argmax(axis=1).astype(np.int64)

    def class_one_score(self, a: np.ndarray) -> np.ndarray:
        """For one output unit: a value in [0, 1] meaning 'how much class 1' (for the decision map)."""
        if self.low == -1.0:
            return np.clip(0.5 * (a[:, 0] + 1.0), 0.0, 1.0)
        return np.clip(a[:, 0], 0.0, 1.0)


def resolve_head(hp: Hyperparameters, task: str, n_classes: int) -> Head:
    """Choose (or check) output activation and loss for this model and task. Raises ValueError with advice when
    the model cannot learn from such data (compatibility.py) or the loss does not suit it."""
    model = hp.model
    reason = why_not(model, task, n_classes)
    if reason:
        raise ValueError(reason)
    name = MODEL_LABELS[model]
    if model == "pca":
        return Head(task=model_task(model, task), activation="linear", loss="reconstruction", n_outputs=0)
    if model in ("linear", "polynomial"):
        _require_loss(hp, ("auto", "mse"), name)
        return Head(task, "linear", "mse", 1)
    if model == "logistic":
        _require_loss(hp, ("auto", "binary_cross_entropy", "mse"), name)
        loss = "mse" if hp.loss == "mse" else "binary_cross_entropy"
        return Head(task, "sigmoid", loss, 1, low=0.0, threshold=0.5)
    if model == "softmax":
        _require_loss(hp, ("auto", "categorical_cross_entropy", "mse"), name)
        loss = "mse" if hp.loss == "mse" else "categorical_cross_entropy"
        return Head(task, "softmax", loss, n_classes)
    return _mlp_head(hp, task, n_classes)


def _mlp_head(hp: Hyperparameters, task: str, n_classes: int) -> Head:
    out, loss = hp.output_activation, hp.loss
    if task == "regression":
        if out == "softmax":
            raise MessageError(Message(_CONTEXT, QT_TRANSLATE_NOOP(
                "Losses", "A softmax output gives class probabilities; for numbers use a linear output.")))
        if loss not in ("auto", "mse"):
            raise MessageError(Message(_CONTEXT, QT_TRANSLATE_NOOP(
                "Losses", "Cross-entropy compares class probabilities; for numbers use mean squared error.")))
        return Head(task, "linear" if out == "auto" else out, "mse", 1)
    if out == "auto":
        if loss == "mse":
            out = "tanh" if n_classes == 2 else "softmax"
        else:
            out = "sigmoid" if n_classes == 2 else "softmax"
    if loss == "auto":
        loss = {"sigmoid": "binary_cross_entropy", "softmax": "categorical_cross_entropy"}.get(out, "mse")
    if loss == "binary_cross_entropy" and (out != "sigmoid" or n_classes != 2):
        raise MessageError(Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Losses", "Binary cross-entropy needs a sigmoid output and two classes; set the output activation to "
            "sigmoid (or auto), or the loss to auto.")))
    if loss == "categorical_cross_entropy" and out != "softmax":
        raise MessageError(Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Losses", "Categorical cross-entropy needs a softmax output; set the output activation to softmax (or "
            "auto), or the loss to auto.")))
    n_out = n_classes if (out == "softmax" or n_classes > 2) else 1
    low = -1.0 if out in ("tanh", "linear") else 0.0
    threshold = 0.0 if low == -1.0 else 0.5
    return Head(task, out, loss, n_out, low=low, threshold=threshold)


def _require_loss(hp: Hyperparameters, allowed: tuple[str, ...], name: str) -> None:
    if hp.loss not in allowed:
        template = QT_TRANSLATE_NOOP("Losses", "%1 cannot use the loss %2; choose one of %3.")
        raise MessageError(Message(_CONTEXT, template, Message("Hyperparameters", name), repr(hp.loss),
                                   ", ".join(allowed)))
