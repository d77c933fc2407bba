"""The benchmark workloads W1-W3 (TensorFlow Playground's own settings, so the numbers compare)."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Dataset, Hyperparameters, datasets

ALL_FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin x1", "sin x2")


@dataclass(frozen=True)
class Workload:
    name: str
    description: str
    dataset: Dataset
    hyperparameters: Hyperparameters


def workloads() -> dict[str, Workload]:
    """W1: circle, [4, 2] tanh, batch 10. W2: circle, [8]*6 tanh, batch 10. W3: spiral, all seven features,
    [8]*6 ReLU, batch 1, L2 0.001. 500 points, half for training; MSE on a tanh output with -1/+1 labels, SGD,
    learning rate 0.03."""
    circle = datasets.make("circle", n=500, seed=1, test_fraction=0.5)
    spiral = datasets.make("spiral", n=500, seed=1, test_fraction=0.5)
    base = Hyperparameters(
        model="mlp",
        hidden_layers=(4, 2),
        activation="tanh",
        output_activation="tanh",
        loss="mse",
        learning_rate=0.03,
        batch_size=10,
        optimizer="sgd",
        seed=1,
    )
    return {
        "W1": Workload("W1", "circle, 2-4-2-1 tanh, batch 10", circle, base),
        "W2": Workload("W2", "circle, 2-8x6-1 tanh, batch 10", circle, base.replace(hidden_layers=(8,) * 6)),
        "W3": Workload(
            "W3",
            "spiral, 7 features, 8x6 ReLU, batch 1, L2",
            spiral,
            base.replace(
                hidden_layers=(8,) * 6,
                activation="relu",
                batch_size=1,
                features=ALL_FEATURES,
                regularization="l2",
                regularization_rate=0.001,
            ),
        ),
    }
