"""The names the engine knows (models, activations, losses, optimizers, ...), their human labels, and `FieldInfo`,
the metadata every hyperparameter carries for the UI."""

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
# Human labels of the engine's names: the one table of each (a word means the same thing in every field that uses
# it, so `choice_label` needs no field name).
ACTIVATION_LABELS: dict[str, str] = {
    "linear": "Linear (identity)", "sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU", "leaky_relu": "Leaky ReLU",
    "elu": "ELU", "softplus": "Softplus", "silu": "SiLU (swish)", "gelu": "GELU", "softmax": "Softmax",
    "auto": "auto",
}
LOSS_LABELS: dict[str, str] = {
    "auto": "auto", "mse": "Mean squared error", "binary_cross_entropy": "Binary cross-entropy",
    "categorical_cross_entropy": "Categorical cross-entropy", "reconstruction": "Reconstruction error (mean squared)",
}
# one example's loss, as the worked forward pass names it (a mean over one point is not a "mean" to a learner)
POINT_LOSS_LABELS: dict[str, str] = {
    "mse": "squared error", "binary_cross_entropy": "binary cross-entropy",
    "categorical_cross_entropy": "cross-entropy", "reconstruction": "reconstruction error",
}
OPTIMIZER_LABELS: dict[str, str] = {
    "sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov momentum", "adagrad": "AdaGrad",
    "rmsprop": "RMSProp", "adam": "Adam",
}
SCHEDULE_LABELS: dict[str, str] = {
    "constant": "Constant", "step": "Step decay", "exponential": "Exponential decay", "cosine": "Cosine",
}
REGULARIZATION_LABELS: dict[str, str] = {"none": "None", "l1": "L1", "l2": "L2"}
TASK_LABELS: dict[str, str] = {"classification": "Classification", "regression": "Regression",
                               "unsupervised": "Unsupervised (PCA)"}  # the presets' groups in menus and the start page
INITIALIZATION_LABELS: dict[str, str] = {
    "zeros": "Zeros", "constant": "Constant", "uniform": "Uniform", "normal": "Normal", "glorot": "Glorot (Xavier)",
    "he": "He",
}
CHOICE_LABELS: dict[str, str] = {
    **ACTIVATION_LABELS, **LOSS_LABELS, **OPTIMIZER_LABELS, **SCHEDULE_LABELS, **REGULARIZATION_LABELS,
    **INITIALIZATION_LABELS,
}


def choice_label(value: str) -> str:
    """The human label of a choice value ('leaky_relu' -> 'Leaky ReLU'); unknown values are spelled out."""
    return CHOICE_LABELS.get(value, value.replace("_", " ").capitalize())


ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "silu", "gelu")
OUTPUT_ACTIVATIONS = ("auto", "linear", "sigmoid", "tanh", "softmax")
LOSSES = ("auto", "mse", "binary_cross_entropy", "categorical_cross_entropy")
OPTIMIZERS = tuple(OPTIMIZER_LABELS)
SCHEDULES = tuple(SCHEDULE_LABELS)
REGULARIZATIONS = tuple(REGULARIZATION_LABELS)
INITIALIZATIONS = tuple(INITIALIZATION_LABELS)
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
    `rare` fields are rarely changed (output activation, loss, optimizer details, schedule, stop rules): the
    panel folds them away so the choices a learner makes every time fit above the fold of a laptop screen.
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
    rare: bool = False  # rarely changed: the panel keeps it under a folded "More settings" group
