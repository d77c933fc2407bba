"""Losses and metrics of a model on the training and test splits, measured in chunks of rows and, for big data
while training runs, estimated on a fixed sample of rows.

Over the N rows of a split, cut into chunks c of n_c rows (the loss of a chunk, L_c, is a mean over its rows):
    loss     = (1 / N) sum_c n_c L_c
    accuracy = (1 / N) sum_c #{i in c : predicted_i = y_i}         confusion[i, j] = sum_c #{true i, predicted j}
    RMSE     = sqrt(SSE / N),  R^2 = 1 - SSE / SST,  SSE = sum_c sum_i (y_hat_i - y_i)^2,  SST = sum_i (y_i - mean y)^2
    explained variance (PCA) = 1 - sum ||x - x_hat||^2 / sum ||x - mean x||^2
the same numbers metrics.py and the model give in one go (with one chunk, bit for bit). One forward pass per chunk
gives both the loss and the predictions.

An estimate measures the same sums on `estimate_rows` rows of each split (pieces.fixed_sample: the same rows every
time), enough for ESTIMATE_SECONDS of computing per split by the cost model, and at least MIN_SAMPLE. A split no
larger than that is measured whole, so small data always get exact numbers. `Evaluation.measured` says how many
rows each number rests on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .metrics import HEADLINE
from .model_base import Model
from .pieces import Interrupt, check, chunk_rows, fixed_sample, rows_for

ESTIMATE_SECONDS = 0.003  # per split, for a snapshot while training runs (a frame is ~31 ms)
MIN_SAMPLE = 500  # rows an estimate rests on at least (the largest network would otherwise get fewer)

Prepared = tuple[np.ndarray, np.ndarray, np.ndarray]  # (inputs, targets) as model.prepare gives them, raw labels


def estimate_rows(sizes: Sequence[int]) -> int:
    """Rows of a split an estimate is measured on, for a model with layer `sizes`."""
    return rows_for(ESTIMATE_SECONDS, sizes, MIN_SAMPLE)


@dataclass(frozen=True)
class Evaluation:
    """Losses (without the penalty), metrics ({"train_accuracy": ...}, as metrics.evaluate names them) and the
    confusion matrix (test split, else training split; classification only). `measured` and `totals` are the rows
    of (train, test) measured and present."""

    train_loss: float
    test_loss: float | None
    metrics: dict[str, float]
    confusion: np.ndarray | None
    measured: tuple[int, int]
    totals: tuple[int, int]

    @property
    def exact(self) -> bool:
        return self.measured == self.totals


class _Split:
    """The running sums of one split (see the module docstring)."""

    def __init__(self, name: str, data: Prepared, rows: np.ndarray | None, task: str, n_classes: int,
                 confusion: bool) -> None:
        inputs, targets, labels = data
        self.total = int(inputs.shape[0])
        if rows is not None:
            inputs, targets, labels = inputs[rows], targets[rows], labels[rows]
        self.name, self.task = name, task
        self.inputs, self.targets, self.labels = inputs, targets, labels
        self.n = int(inputs.shape[0])
        self.pos = 0
        self.losses: list[tuple[float, int]] = []
        self.correct = 0
        self.sse = 0.0
        self.confusion = np.zeros((n_classes, n_classes), dtype=np.int64) if confusion else None
        self.sst = 0.0
        if task == "regression":
            self.sst = float(((labels - labels.mean()) ** 2).sum())
        elif task == "unsupervised":
            self.sst = float(((inputs - inputs.mean(axis=0)) ** 2).sum())

    @property
    def done(self) -> bool:
        return self.pos >= self.n

    def add_chunk(self, model: Model, rows: int) -> None:
        s, e = self.pos, min(self.pos + rows, self.n)
        loss, out = model.loss_and_output(self.inputs[s:e], self.targets[s:e])
        self.losses.append((loss, e - s))
        if self.task == "classification":
            predicted = model.head.classify(out)
            self.correct += int(np.count_nonzero(predicted == self.labels[s:e]))
            if self.confusion is not None:
                np.add.at(self.confusion, (self.labels[s:e], predicted), 1)
        elif self.task == "regression":
            self.sse += float(((out[:, 0] - self.labels[s:e]) ** 2).sum())
        elif self.task == "unsupervised":
            self.sse += float(((self.inputs[s:e] - out) ** 2).sum())
        self.pos = e

    def loss(self) -> float:
        if len(self.losses) == 1:
            return self.losses[0][0]  # one chunk: exactly the model's own mean
        return sum(loss * n for loss, n in self.losses) / self.n if self.n else math.nan

    def metrics(self) -> dict[str, float]:
        key = f"{self.name}_{HEADLINE[self.task][0]}"
        if self.task == "classification":
            return {key: self.correct / self.n}
        if self.task == "regression":
            r2 = 1.0 - self.sse / self.sst if self.sst > 0 else (1.0 if self.sse == 0 else -math.inf)
            return {f"{self.name}_rmse": math.sqrt(self.sse / self.n), key: r2}
        return {key: 1.0 - self.sse / self.sst if self.sst != 0.0 else 1.0}


class Evaluator:
    """Measures an `Evaluation` of `model` chunk by chunk: `advance(deadline)` works until the deadline
    (time.perf_counter()) or the end, `result` is set at the end. With `estimate`, each split is measured on a fixed
    sample of `estimate_rows` rows. `interrupt` is asked between chunks (pieces.Interrupted)."""

    def __init__(self, model: Model, train: Prepared, test: Prepared | None, n_classes: int,
                 estimate: bool = False, interrupt: Interrupt | None = None) -> None:
        sizes = model.layer_sizes()
        task = model.head.task
        self.model, self.interrupt = model, interrupt
        self.rows = chunk_rows(sizes)
        sample = estimate_rows(sizes) if estimate else None
        has_test = test is not None and test[0].shape[0] > 0
        self.splits = [_Split("train", train, None if sample is None else fixed_sample(train[0].shape[0], sample),
                              task, n_classes, task == "classification" and not has_test)]
        if has_test:
            assert test is not None
            self.splits.append(_Split("test", test, None if sample is None else fixed_sample(test[0].shape[0], sample),
                                      task, n_classes, task == "classification"))
        self.result: Evaluation | None = None

    def advance(self, deadline: float = math.inf) -> bool:
        """Measure chunks until all are done (True, `result` set) or `deadline` has passed (False; at least one
        chunk was measured)."""
        with np.errstate(all="ignore"):
            for split in self.splits:
                while not split.done:
                    check(self.interrupt)
                    split.add_chunk(self.model, self.rows)
                    if time.perf_counter() > deadline and not self._all_done():
                        return False
        self.result = self._finish()
        return True

    def _all_done(self) -> bool:
        return all(split.done for split in self.splits)

    def _finish(self) -> Evaluation:
        train = self.splits[0]
        test = self.splits[1] if len(self.splits) > 1 else None
        found = {}
        confusion = None
        for split in self.splits:
            if split.n:
                found.update(split.metrics())
            if split.confusion is not None:
                confusion = split.confusion
        return Evaluation(train.loss(), None if test is None else test.loss(), found, confusion,
                          (train.n, test.n if test else 0), (train.total, test.total if test else 0))


def evaluate(model: Model, train: Prepared, test: Prepared | None, n_classes: int, estimate: bool = False,
             interrupt: Interrupt | None = None) -> Evaluation:
    """The whole `Evaluation` in one call (still in chunks: bounded memory, and `interrupt` is heard)."""
    evaluator = Evaluator(model, train, test, n_classes, estimate, interrupt)
    evaluator.advance()
    assert evaluator.result is not None
    return evaluator.result


def mean_loss(model: Model, inputs: np.ndarray, targets: np.ndarray, interrupt: Interrupt | None = None) -> float:
    """The mean loss over prepared rows, in chunks: (1 / N) sum_c n_c L_c (one chunk: the model's own number)."""
    n = inputs.shape[0]
    if n == 0:
        return math.nan
    rows = chunk_rows(model.layer_sizes())
    if n <= rows:
        return model.prepared_loss(inputs, targets)
    total = 0.0
    for s in range(0, n, rows):
        check(interrupt)
        e = min(s + rows, n)
        total += model.prepared_loss(inputs[s:e], targets[s:e]) * (e - s)
    return total / n
