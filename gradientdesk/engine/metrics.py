"""How good the model is, in the task's own terms.

* accuracy = share of points whose predicted class is the true class
* confusion[i, j] = number of points of true class i predicted as class j
* RMSE = sqrt(mean (y_hat - y)^2);  R^2 = 1 - sum (y_hat - y)^2 / sum (y - mean y)^2
* explained variance (PCA) = 1 - sum ||x - x_hat||^2 / sum ||x - mean x||^2
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .dataset import Dataset
from .model_base import Model

# The headline metric of each task the model learns (model_base.head.task): its key (train_<key>, test_<key> in the
# metrics) and its label. One per task, so the loss plot and saved histories name it the same way.
HEADLINE: dict[str, tuple[str, str]] = {
    "classification": ("accuracy", "accuracy"),
    "regression": ("r2", "R²"),
    "unsupervised": ("explained_variance", "explained variance"),
}


def accuracy(predicted: np.ndarray, labels: np.ndarray) -> float:
    return float(np.mean(predicted == labels)) if labels.size else float("nan")


def confusion_matrix(predicted: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    out = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(out, (labels, predicted), 1)
    return out


def rmse(predicted: np.ndarray, targets: np.ndarray) -> float:
    return float(np.sqrt(np.mean((predicted - targets) ** 2))) if targets.size else float("nan")


def r_squared(predicted: np.ndarray, targets: np.ndarray) -> float:
    if targets.size == 0:
        return float("nan")
    total = float(((targets - targets.mean()) ** 2).sum())
    error = float(((predicted - targets) ** 2).sum())
    return 1.0 - error / total if total > 0 else (1.0 if error == 0 else float("-inf"))


def headline(found: Mapping[str, float]) -> tuple[str, float, float]:
    """(label, train value, test value) of the headline metric among `found` (e.g. snapshot.metrics); ("", NaN, NaN)
    when there is none."""
    for key, label in HEADLINE.values():
        if f"train_{key}" in found:
            return label, found[f"train_{key}"], found.get(f"test_{key}", np.nan)
    return "", np.nan, np.nan


def headline_label(task: str) -> str:
    """The label of the headline metric of a model learning `task` (see compatibility.model_task)."""
    return HEADLINE[task][1]


def evaluate(model: Model, dataset: Dataset) -> tuple[dict[str, float], np.ndarray | None]:
    """Metrics on the train and test splits ({"train_accuracy": ..., "test_accuracy": ...} and so on), plus the
    confusion matrix of the test split (of the training split when there is no test split) for classification."""
    metrics: dict[str, float] = {}
    confusion = None
    with np.errstate(all="ignore"):
        for split in ("train", "test"):
            X, y = dataset.split(split)
            if y.size == 0:
                continue
            task = model.head.task
            key = f"{split}_{HEADLINE[task][0]}"
            if task == "unsupervised":
                metrics[key] = model.explained_variance(X)  # type: ignore[attr-defined]
            elif task == "classification":
                predicted = model.predict(X)
                metrics[key] = accuracy(predicted, y)
                if split == "test" or dataset.n_test == 0:
                    confusion = confusion_matrix(predicted, y, dataset.n_classes)
            elif task == "regression":
                predicted = model.predict(X)
                metrics[f"{split}_rmse"] = rmse(predicted, y)
                metrics[key] = r_squared(predicted, y)
    return metrics, confusion
