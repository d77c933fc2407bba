"""The names the engine knows (models, activations, losses, optimizers, ...) and `FieldInfo`, the metadata every
hyperparameter carries for the UI."""

from __future__ import annotations

from dataclasses import dataclass

MODELS: dict[str, str] = {
    "linear": "Linear regression: a weighted sum of the inputs plus a bias predicts a number.",
    "polynomial": "Polynomial regression: a weighted sum of powers of the inputs, up to a chosen degree.",
    "logistic": "Logistic regression: a weighted sum squashed by a sigmoid gives the probability of class 1.",
    "softmax": "Softmax regression: one weighted sum per class, turned into class probabilities.",
    "mlp": "Neural network: layers of neurons, each a weighted sum followed by a non-linear activation.",
    "pca": "PCA: learns the directions along which the data varies most (a linear autoencoder).",
}
MODEL_LABELS: dict[str, str] = {
    "linear": "Linear regression",
    "polynomial": "Polynomial regression",
    "logistic": "Logistic regression",
    "softmax": "Softmax regression",
    "mlp": "Neural network",
    "pca": "PCA",
}
ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "silu", "gelu")
OUTPUT_ACTIVATIONS = ("auto", "linear", "sigmoid", "tanh", "softmax")
LOSSES = ("auto", "mse", "binary_cross_entropy", "categorical_cross_entropy")
OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
SCHEDULES = ("constant", "step", "exponential", "cosine")
REGULARIZATIONS = ("none", "l1", "l2")
INITIALIZATIONS = ("zeros", "constant", "uniform", "normal", "glorot", "he")
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin x1", "sin x2")
GROUPS = ("model", "data", "optimization", "regularization", "initialization")
MAX_LAYERS = 8
MAX_UNITS = 64
ALL_MODELS = tuple(MODELS)
NETWORK_MODELS = ("linear", "logistic", "softmax", "mlp", "polynomial")


@dataclass(frozen=True)
class FieldInfo:
    """What the UI needs to build one control and explain it.

    `kind` is one of "choice", "int", "float", "layers", "features". `live` fields apply on the next step and keep
    the learned parameters; the others need fresh parameters (a reset). `models` lists the models that use the field.
    """

    label: str
    group: str
    help: str
    kind: str
    live: bool
    models: tuple[str, ...] = ALL_MODELS
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    log_scale: bool = False
    allow_zero: bool = False  # a log-scale field that may also be exactly 0 ("off")
    shown_when: tuple[str, tuple[str, ...]] | None = None  # (other field, its values for which this one matters)
