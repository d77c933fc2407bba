"""Hyperparameters: the choices made *before* training that steer it but are not learned.

`Hyperparameters` is a frozen dataclass; every field carries a `FieldInfo` in its metadata (label, group, help text a
learner understands, range or choices, log scale, whether a change applies live or needs fresh parameters, and which
models use it). The side panel is generated from that metadata, so adding a field here adds a control there.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

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


def _f(default: Any, **info: Any) -> Any:
    return field(default=default, metadata={"info": FieldInfo(**info)})


@dataclass(frozen=True)
class Hyperparameters:
    """Everything chosen before training. Immutable: change one with `dataclasses.replace` (or `.replace`)."""

    model: str = _f(
        "mlp",
        label="Model",
        group="model",
        kind="choice",
        live=False,
        choices=ALL_MODELS,
        help="Which kind of model learns from the data.",
    )
    hidden_layers: tuple[int, ...] = _f(
        (4, 2),
        label="Hidden layers",
        group="model",
        kind="layers",
        live=False,
        models=("mlp",),
        minimum=1,
        maximum=MAX_UNITS,
        help="Neurons in each hidden layer. More layers and neurons mean more parameters to learn.",
    )
    activation: str = _f(
        "tanh",
        label="Activation",
        group="model",
        kind="choice",
        live=False,
        models=("mlp",),
        choices=ACTIVATIONS,
        help="The non-linear function each hidden neuron applies to its weighted sum.",
    )
    output_activation: str = _f(
        "auto",
        label="Output activation",
        group="model",
        kind="choice",
        live=False,
        models=("mlp",),
        choices=OUTPUT_ACTIVATIONS,
        help="What the last layer applies. 'auto' picks sigmoid or softmax for classes, linear for numbers.",
    )
    loss: str = _f(
        "auto",
        label="Loss",
        group="model",
        kind="choice",
        live=False,
        models=("linear", "polynomial", "logistic", "softmax", "mlp"),
        choices=LOSSES,
        help="How the gap between prediction and target is measured. 'auto' follows the task.",
    )
    degree: int = _f(
        3,
        label="Polynomial degree",
        group="model",
        kind="int",
        live=False,
        models=("polynomial",),
        minimum=1,
        maximum=15,
        help="Highest power of the inputs. Higher degrees bend more and can memorize noise.",
    )
    n_components: int = _f(
        1,
        label="Components",
        group="model",
        kind="int",
        live=False,
        models=("pca",),
        minimum=1,
        maximum=2,
        help="How many directions PCA keeps. Each one is a column of learned weights.",
    )
    features: tuple[str, ...] = _f(
        ("x1", "x2"),
        label="Input features",
        group="data",
        kind="features",
        live=False,
        models=("linear", "logistic", "softmax", "mlp"),
        choices=FEATURES,
        help="Which functions of the coordinates are fed to the model as inputs.",
    )
    optimizer: str = _f(
        "sgd",
        label="Optimizer",
        group="optimization",
        kind="choice",
        live=True,
        choices=OPTIMIZERS,
        help="The rule that turns gradients into parameter updates. Switching keeps the weights.",
    )
    learning_rate: float = _f(
        0.03,
        label="Learning rate",
        group="optimization",
        kind="float",
        live=True,
        minimum=1e-5,
        maximum=10.0,
        log_scale=True,
        help="How big a step each update takes along the negative gradient.",
    )
    momentum: float = _f(
        0.9,
        label="Momentum",
        group="optimization",
        kind="float",
        live=True,
        models=ALL_MODELS,
        minimum=0.0,
        maximum=0.999,
        shown_when=("optimizer", ("momentum", "nesterov")),
        help="For momentum and Nesterov: how much of the previous step is kept (0 = plain SGD).",
    )
    beta1: float = _f(
        0.9,
        label="Adam beta1",
        group="optimization",
        kind="float",
        live=True,
        minimum=0.0,
        maximum=0.999,
        shown_when=("optimizer", ("adam",)),
        help="For Adam: decay of the running mean of gradients.",
    )
    beta2: float = _f(
        0.999,
        label="Adam beta2",
        group="optimization",
        kind="float",
        live=True,
        minimum=0.0,
        maximum=0.99999,
        shown_when=("optimizer", ("adam",)),
        help="For Adam: decay of the running mean of squared gradients.",
    )
    rho: float = _f(
        0.9,
        label="RMSProp decay",
        group="optimization",
        kind="float",
        live=True,
        minimum=0.0,
        maximum=0.99999,
        shown_when=("optimizer", ("rmsprop",)),
        help="For RMSProp: how much of the running mean of squared gradients is kept each step.",
    )
    epsilon: float = _f(
        1e-8,
        label="Epsilon",
        group="optimization",
        kind="float",
        live=True,
        minimum=1e-12,
        maximum=1.0,
        log_scale=True,
        shown_when=("optimizer", ("adagrad", "rmsprop", "adam")),
        help="For AdaGrad, RMSProp and Adam: a tiny number that avoids dividing by zero.",
    )
    batch_size: int = _f(
        10,
        label="Batch size",
        group="optimization",
        kind="int",
        live=True,
        minimum=1,
        maximum=100_000,
        help="Examples per update. At or above the training-set size: full-batch gradient descent.",
    )
    schedule: str = _f(
        "constant",
        label="Learning-rate schedule",
        group="optimization",
        kind="choice",
        live=True,
        choices=SCHEDULES,
        help="How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine.",
    )
    schedule_decay: float = _f(
        0.5,
        label="Schedule decay",
        group="optimization",
        kind="float",
        live=True,
        minimum=0.001,
        maximum=1.0,
        shown_when=("schedule", ("step", "exponential")),
        help="Step: factor applied every period. Exponential: factor per period.",
    )
    schedule_period: int = _f(
        100,
        label="Schedule period (epochs)",
        group="optimization",
        kind="int",
        live=True,
        minimum=1,
        maximum=1_000_000,
        shown_when=("schedule", ("step", "exponential", "cosine")),
        help="Epochs per decay step, or the length of one cosine cycle.",
    )
    max_epochs: int = _f(
        0,
        label="Stop after epochs",
        group="optimization",
        kind="int",
        live=True,
        minimum=0,
        maximum=10_000_000,
        help="Stop training after this many epochs (0 = never).",
    )
    target_loss: float = _f(
        0.0,
        label="Stop at training loss",
        group="optimization",
        kind="float",
        live=True,
        minimum=0.0,
        maximum=1e6,
        help="Stop once the training loss is at or below this (0 = off).",
    )
    early_stopping_patience: int = _f(
        0,
        label="Early stopping patience",
        group="optimization",
        kind="int",
        live=True,
        minimum=0,
        maximum=100_000,
        help="Stop when the test loss has not improved for this many epochs (0 = off).",
    )
    regularization: str = _f(
        "none",
        label="Regularization",
        group="regularization",
        kind="choice",
        live=True,
        choices=REGULARIZATIONS,
        help="A penalty on large weights: L1 pushes weights to exactly 0, L2 shrinks them all.",
    )
    regularization_rate: float = _f(
        0.001,
        label="Regularization rate",
        group="regularization",
        kind="float",
        live=True,
        minimum=1e-6,
        maximum=10.0,
        log_scale=True,
        allow_zero=True,
        shown_when=("regularization", ("l1", "l2")),
        help="Strength of the penalty (lambda). Biases are never penalized.",
    )
    initialization: str = _f(
        "glorot",
        label="Initialization",
        group="initialization",
        kind="choice",
        live=False,
        choices=INITIALIZATIONS,
        help="How the parameters start. All zeros makes every hidden neuron identical.",
    )
    init_scale: float = _f(
        0.5,
        label="Initial scale",
        group="initialization",
        kind="float",
        live=False,
        minimum=0.0,
        maximum=10.0,
        shown_when=("initialization", ("constant", "uniform", "normal")),
        help="For constant, uniform and normal initialization: the value, range or spread.",
    )
    seed: int = _f(
        1,
        label="Seed",
        group="initialization",
        kind="int",
        live=False,
        minimum=0,
        maximum=2**31 - 1,
        help="Random seed for the initial parameters and the shuffling. Same seed, same run.",
    )

    # ---- metadata helpers -------------------------------------------------------------------------------------
    @staticmethod
    def info(name: str) -> FieldInfo:
        """The metadata of one field."""
        return _INFOS[name]

    @staticmethod
    def field_names() -> tuple[str, ...]:
        return tuple(_INFOS)

    @staticmethod
    def fields_in_group(group: str) -> tuple[str, ...]:
        return tuple(name for name, info in _INFOS.items() if info.group == group)

    def is_relevant(self, name: str) -> bool:
        """Whether field `name` influences training under the current model, optimizer, schedule, ..."""
        info = _INFOS[name]
        if self.model not in info.models:
            return False
        if info.shown_when is not None:
            other, values = info.shown_when
            return getattr(self, other) in values
        return True

    def replace(self, **changes: Any) -> Hyperparameters:
        """A copy with `changes` applied and validated (nothing is half-applied: invalid changes raise)."""
        new = dataclasses.replace(self, **changes)
        new.validate()
        return new

    def changed_fields(self, other: Hyperparameters) -> tuple[str, ...]:
        return tuple(n for n in _INFOS if getattr(self, n) != getattr(other, n))

    def needs_reset(self, other: Hyperparameters) -> bool:
        """True when going from `self` to `other` changes a field that needs fresh parameters and matters to
        the old or the new model (changing the polynomial degree of a neural network changes nothing)."""
        return any(
            not _INFOS[n].live and (self.is_relevant(n) or other.is_relevant(n)) for n in self.changed_fields(other)
        )

    def to_dict(self) -> dict[str, Any]:
        return {n: (list(v) if isinstance(v, tuple) else v) for n, v in dataclasses.asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Hyperparameters:
        """Build from plain JSON-like values, refusing unknown fields and wrong types with a clear message."""
        if not isinstance(data, dict):
            raise ValueError("hyperparameters must be a mapping of field names to values")
        unknown = sorted(set(data) - set(_INFOS))
        if unknown:
            raise ValueError(f"unknown hyperparameter(s): {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            values[name] = _coerce(name, value)
        hp = cls(**values)
        hp.validate()
        return hp

    # ---- validation ---------------------------------------------------------------------------------------------
    def validate(self) -> None:
        """Raise ValueError naming the first field whose value is outside its allowed range or choices."""
        for name, info in _INFOS.items():
            value = getattr(self, name)
            label = f"{info.label} ({name})"
            if info.kind == "choice":
                if value not in info.choices:
                    raise ValueError(f"{label} must be one of {', '.join(info.choices)}; got {value!r}")
            elif info.kind == "features":
                if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{label} must be a tuple of feature names")
                bad = [v for v in value if v not in FEATURES]
                if bad:
                    raise ValueError(f"{label}: unknown feature {bad[0]!r}; choose from {', '.join(FEATURES)}")
                if len(set(value)) != len(value):
                    raise ValueError(f"{label}: a feature is listed twice")
                if not value and self.model in info.models:
                    raise ValueError(f"{label}: choose at least one input feature")
            elif info.kind == "layers":
                _check_layers(label, value)
            elif info.kind == "int":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{label} must be a whole number; got {value!r}")
                _check_range(label, info, value)
            elif info.kind == "float":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"{label} must be a finite number; got {value!r}")
                if isinstance(value, float) and not math.isfinite(value):  # ints are finite, however large
                    raise ValueError(f"{label} must be a finite number; got {value!r}")
                if not (info.allow_zero and value == 0):
                    _check_range(label, info, value)


def _check_range(label: str, info: FieldInfo, value: float) -> None:
    lo, hi = info.minimum, info.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        extra = " (or 0 to turn it off)" if info.allow_zero else ""
        shown = f"{value:g}" if abs(value) < 1e300 else "a huge number"  # {:g} of a huge int overflows
        raise ValueError(f"{label} must be between {lo:g} and {hi:g}{extra}; got {shown}")


def _check_layers(label: str, value: Any) -> None:
    if not isinstance(value, tuple) or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
        raise ValueError(f"{label} must be a list of whole numbers, one per layer")
    if len(value) > MAX_LAYERS:
        raise ValueError(f"{label}: at most {MAX_LAYERS} hidden layers; got {len(value)}")
    for i, units in enumerate(value, start=1):
        if not 1 <= units <= MAX_UNITS:
            raise ValueError(f"{label}: layer {i} must have between 1 and {MAX_UNITS} neurons; got {units}")


def _coerce(name: str, value: Any) -> Any:
    """Turn a JSON value into the field's Python type, or raise ValueError naming the field."""
    info = _INFOS[name]
    kind = info.kind
    if kind in ("layers", "features"):
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{info.label} ({name}) must be a list")
        return tuple(value)
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{info.label} ({name}) must be a whole number; got {value!r}")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{info.label} ({name}) must be a number; got {value!r}")
        try:
            return float(value)
        except OverflowError:
            raise ValueError(f"{info.label} ({name}) is far too large") from None
    if not isinstance(value, str):
        raise ValueError(f"{info.label} ({name}) must be text; got {value!r}")
    return value


_INFOS: dict[str, FieldInfo] = {f.name: f.metadata["info"] for f in dataclasses.fields(Hyperparameters)}
