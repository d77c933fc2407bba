"""Building the model that a set of hyperparameters describes for a given dataset."""

from __future__ import annotations

import numpy as np

from .dataset import Dataset
from .features import feature_map
from .hyperparameters import Hyperparameters
from .losses import Head, resolve_head
from .model_base import Model
from .model_spec import ModelSpec
from .network import DenseNetwork
from .pca import PCAModel
from .snapshot import Snapshot
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

__all__ = ["DenseNetwork", "Model", "PCAModel", "build_model", "check_trainable", "model_from_snapshot",
           "model_from_spec"]


def check_trainable(dataset: Dataset) -> None:
    """Raise ValueError (a MessageError: translatable.py) with advice when `dataset` cannot be trained on."""
    if dataset.n_train == 0:
        raise MessageError(Message("Models", QT_TRANSLATE_NOOP(
            "Models", "every point is in the test split: move some points to the training split")))
    if dataset.task == "classification":
        present = dataset.classes_present("train")
        if present.size < 2:
            names = ", ".join(dataset.class_names[i] for i in present)
            raise MessageError(Message("Models", QT_TRANSLATE_NOOP(
                "Models", "the training points contain only one class (%1): a classifier needs points of at least "
                "two classes"), names or Message("Models", QT_TRANSLATE_NOOP("Models", "none"))))


def output_classes(head: Head, dataset: Dataset) -> tuple[str, ...]:
    """The class names of a head with one output per class (softmax), else () (one output: a probability)."""
    if head.task != "classification" or head.n_outputs < 2:
        return ()
    return tuple(dataset.class_names[: head.n_outputs])


def build_model(hp: Hyperparameters, dataset: Dataset, rng: np.random.Generator) -> Model:
    """A fresh model for `dataset`, initialized from `rng` as `hp` says. Raises ValueError on a bad combination."""
    hp.validate()
    head = resolve_head(hp, dataset.task, dataset.n_classes)
    fmap = feature_map(hp, dataset.input_dim)
    if hp.model == "pca":
        model: Model = PCAModel(fmap, hp.n_components, head)
    else:
        hidden = hp.hidden_layers if hp.model == "mlp" else ()
        model = DenseNetwork(fmap, hidden, hp.activation, head)
    model.name = hp.model
    model.class_names = output_classes(head, dataset)
    model.initialize(hp.initialization, rng, hp.init_scale)
    return model


def model_from_spec(spec: ModelSpec) -> Model:
    """A model of the structure `spec` describes, with zero parameters (spec.build_model() calls this)."""
    fmap = spec.feature_map()
    if spec.kind == "pca":
        model: Model = PCAModel(fmap, spec.layer_sizes[1], spec.head)
    else:
        model = DenseNetwork(fmap, spec.layer_sizes[1:-1], spec.activation, spec.head)
    model.name = spec.model
    model.adopt_spec(spec)
    return model


def model_from_snapshot(snap: Snapshot) -> Model:
    """A computing copy of the model a snapshot was taken of, holding its parameters."""
    return snap.spec.build_model(snap.parameters)
