"""Hyperparameters: the choices made *before* training that steer it but are not learned.

`Hyperparameters` is a frozen dataclass; every field carries a `FieldInfo` in its metadata (label, group, help text a
learner understands, range or choices, log scale, whether a change applies live or needs fresh parameters, and which
models use it). The side panel is generated from that metadata, so adding a field here adds a control there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .choices import (  # noqa: F401  (re-exported: the names belong with the hyperparameters)
    ACTIVATIONS,
    ALL_MODELS,
    FEATURES,
    GROUPS,
    INITIALIZATIONS,
    LOSSES,
    MAX_LAYERS,
    MAX_UNITS,
    MODEL_LABELS,
    MODELS,
    NETWORK_MODELS,
    OPTIMIZERS,
    OUTPUT_ACTIVATIONS,
    REGULARIZATIONS,
    SCHEDULES,
    FieldInfo,
)
from .hyperparameter_checks import check_field, coerce


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
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
        kind="choice",
        live=True,
        choices=SCHEDULES,
        help="How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine.",
    )
    schedule_decay: float = _f(
        0.5,
        label="Schedule decay",
        group="optimization",
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
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
        rare=True,
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
            values[name] = coerce(name, _INFOS[name], value)
        hp = cls(**values)
        hp.validate()
        return hp

    # ---- validation ---------------------------------------------------------------------------------------------
    def validate(self) -> None:
        """Raise ValueError naming the first field whose value is outside its allowed range or choices."""
        for name, info in _INFOS.items():
            check_field(name, info, getattr(self, name), self.model)


_INFOS: dict[str, FieldInfo] = {f.name: f.metadata["info"] for f in dataclasses.fields(Hyperparameters)}
