"""Which model can learn from which data: the one rule that both the engine (choosing a model's output head,
losses.py) and the window (offering data a newly chosen model can use) follow.

* PCA learns without targets from any data: its task is "unsupervised" whatever the data's task.
* Linear and polynomial regression predict numbers: regression data.
* Logistic regression separates two classes; softmax regression any number of classes.
* A neural network learns classes or numbers, but needs targets.
"""

from __future__ import annotations

from .choices import MODEL_LABELS


def model_task(model: str, data_task: str) -> str:
    """The task the model learns on data of `data_task`: "unsupervised" for PCA, the data's task otherwise."""
    return "unsupervised" if model == "pca" else data_task


def why_not(model: str, task: str, n_classes: int) -> str:
    """"" if `model` can learn from data of `task` with `n_classes` classes; otherwise why not, with advice."""
    name = MODEL_LABELS[model]
    if model == "pca":
        return ""
    if task == "unsupervised":
        return (f"{name} needs targets, but this dataset has none (it is made for PCA). "
                "Pick a classification or regression dataset, or the PCA model.")
    if model in ("linear", "polynomial") and task != "regression":
        return (f"{name} predicts numbers, but this dataset has classes. Use logistic or softmax "
                "regression or a neural network, or pick a regression dataset.")
    if model == "logistic" and (task != "classification" or n_classes != 2):
        what = "numbers" if task == "regression" else f"{n_classes} classes"
        return (f"Logistic regression separates two classes, but this dataset has {what}. "
                "Use softmax regression for more classes, or linear regression for numbers.")
    if model == "softmax" and task != "classification":
        return ("Softmax regression predicts classes, but this dataset has numbers. "
                "Use linear regression or a neural network.")
    return ""


def fits(model: str, task: str, n_classes: int) -> bool:
    """Whether `model` can learn from data of `task` with `n_classes` classes."""
    return not why_not(model, task, n_classes)
