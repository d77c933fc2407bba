"""Which model can learn from which data: the one rule that both the engine (choosing a model's output head,
losses.py) and the window (offering data a newly chosen model can use) follow.

* PCA learns without targets from any data: its task is "unsupervised" whatever the data's task.
* Linear and polynomial regression predict numbers: regression data.
* Logistic regression separates two classes; softmax regression any number of classes.
* A neural network learns classes or numbers, but needs targets.
"""

from __future__ import annotations

from .choices import MODEL_LABELS
from .translatable import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Compatibility"


def model_task(model: str, data_task: str) -> str:
    """The task the model learns on data of `data_task`: "unsupervised" for PCA, the data's task otherwise."""
    return "unsupervised" if model == "pca" else data_task


def why_not(model: str, task: str, n_classes: int) -> str:
    """"" if `model` can learn from data of `task` with `n_classes` classes; otherwise why not, with advice (a
    translatable Message: its str is the English text)."""
    name = Message("Hyperparameters", MODEL_LABELS[model])  # the model's label, as the panels translate it
    if model == "pca":
        return ""
    if task == "unsupervised":
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Compatibility", "%1 needs targets, but this dataset has none (it is made for PCA). Pick a "
            "classification or regression dataset, or the PCA model."), name)
    if model in ("linear", "polynomial") and task != "regression":
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Compatibility", "%1 predicts numbers, but this dataset has classes. Use logistic or softmax regression "
            "or a neural network, or pick a regression dataset."), name)
    if model == "logistic" and task == "regression":
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Compatibility", "Logistic regression separates two classes, but this dataset has numbers. Use softmax "
            "regression for more classes, or linear regression for numbers."))
    if model == "logistic" and (task != "classification" or n_classes != 2):
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Compatibility", "Logistic regression separates two classes, but this dataset has %1 classes. Use "
            "softmax regression for more classes, or linear regression for numbers."), n_classes)
    if model == "softmax" and task != "classification":
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Compatibility", "Softmax regression predicts classes, but this dataset has numbers. Use linear "
            "regression or a neural network."))
    return ""


def fits(model: str, task: str, n_classes: int) -> bool:
    """Whether `model` can learn from data of `task` with `n_classes` classes."""
    return not why_not(model, task, n_classes)
