"""Snapshot: a frozen, read-only picture of training at one moment, safe to hand to another thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .hyperparameters import Hyperparameters
from .model_spec import ModelSpec


@dataclass(frozen=True)
class Snapshot:
    """Counters, losses, metrics and copies of every parameter, its gradient and its last update.

    `spec` is the model's structure (the same object for every snapshot of one model: compare with `is`), and
    `hyperparameters` the ones in force when the snapshot was taken (the last step was made with them).
    `gradients` hold the full gradient the optimizer used in the last step (loss + regularization penalty, on the
    last minibatch); `updates` the change applied to each parameter by that step; `optimizer_state` maps each state
    name (velocity, m, v, ...) to {parameter name: array}. All arrays are read-only copies.
    """

    step: int
    epoch: int
    examples_seen: int
    train_loss: float
    test_loss: float | None
    parameters: Mapping[str, np.ndarray]
    gradients: Mapping[str, np.ndarray]
    updates: Mapping[str, np.ndarray]
    learning_rate: float
    spec: ModelSpec
    hyperparameters: Hyperparameters
    task: str  # the data's task ("classification", "regression", "unsupervised"); spec.head.task is the model's
    metrics: Mapping[str, float] = field(default_factory=dict)
    confusion: np.ndarray | None = None
    optimizer: str = "sgd"
    optimizer_state: Mapping[str, Mapping[str, np.ndarray]] = field(default_factory=dict)
    optimizer_t: int = 0
    diverged: bool = False
    diverged_step: int | None = None  # the step that blew up (the parameters are those of `step`, before it)
    # after a divergence: (step, epoch, training loss) of (some of) the finite steps from `step` to diverged_step,
    # replayed by the trainer, so the loss curve shows the run-away however few snapshots were taken
    run_up: tuple[tuple[int, float, float], ...] = ()
    stopped: str | None = None  # None while training may go on; "diverged", "max_epochs", "target_loss", ...
    message: str = ""
    n_train: int = 0
    n_test: int = 0
    # (train, test) points the losses and metrics were measured on when they are an estimate on a fixed sample of
    # big data (while training runs: see engine/evaluation.py); None when measured on every point
    evaluated: tuple[int, int] | None = None
    batch_indices: np.ndarray | None = None  # dataset indices of the last minibatch
    output_grid: np.ndarray | None = None  # model output on a grid, if one was asked for
    grid_spec: tuple[float, float, float, float, int] | None = None  # (x_min, x_max, y_min, y_max, resolution)
    dataset_version: int = 0
    hp_version: int = 0
    extras: Mapping[str, object] = field(default_factory=dict)

    @property
    def parameter_count(self) -> int:
        return self.spec.parameter_count

    @property
    def architecture(self) -> str:
        """E.g. '2-8-8-1 network: 24 + 72 + 9 = 105 parameters'."""
        return self.spec.architecture

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        """Units per layer, inputs first."""
        return self.spec.layer_sizes

    @property
    def model(self) -> str:
        """The model's name as the hyperparameters spell it ("mlp", "pca", ...)."""
        return self.spec.model

    @property
    def estimated(self) -> bool:
        """The losses and metrics are an estimate on a sample of the points (see `evaluated`)."""
        return self.evaluated is not None

    @property
    def evaluation_note(self) -> str:
        """'' when the losses and metrics are exact; else which points they were estimated on, for the learner."""
        if self.evaluated is None:
            return ""
        train, test = self.evaluated
        where = f"{train:,} of {self.n_train:,} training"
        if self.n_test:
            where += f" and {test:,} of {self.n_test:,} test"
        return f"Estimated on {where} points while training runs (exact when paused)."

    @property
    def epoch_progress(self) -> float:
        """Epochs as a real number: examples seen / training-set size."""
        return self.examples_seen / self.n_train if self.n_train else 0.0


def frozen(array: np.ndarray) -> np.ndarray:
    out = np.array(array, copy=True)
    out.setflags(write=False)
    return out
