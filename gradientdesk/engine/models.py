"""Building the model that a set of hyperparameters describes for a given dataset."""

from __future__ import annotations

import numpy as np

from .dataset import Dataset
from .features import feature_map
from .hyperparameters import Hyperparameters
from .losses import resolve_head
from .model_base import Model
from .network import DenseNetwork
from .pca import PCAModel

__all__ = ["DenseNetwork", "Model", "PCAModel", "build_model", "check_trainable"]


def check_trainable(dataset: Dataset) -> None:
    """Raise ValueError with advice when `dataset` cannot be trained on."""
    if dataset.n_train == 0:
        raise ValueError("every point is in the test split: move some points to the training split")
    if dataset.task == "classification":
        present = dataset.classes_present("train")
        if present.size < 2:
            names = ", ".join(dataset.class_names[i] for i in present) or "none"
            raise ValueError(
                f"the training points contain only one class ({names}): a classifier needs points "
                "of at least two classes"
            )


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
    model.initialize(hp.initialization, rng, hp.init_scale)
    return model
