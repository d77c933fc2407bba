"""The yardstick of the engine's speed: a straightforward numpy trainer of the same workload, written as anyone would
write it first, so `bench` can say how many times faster the engine's Trainer is ("vs_plain"), timed in the same run
on the same machine (a machine twice as fast speeds both up alike).

Per step, for a minibatch A_0 (n, features) with targets Y (n, 1) of -1/+1 labels:
    forward   A_l = f(A_{l-1} @ W_l + b_l)                    (f: tanh or ReLU hidden, tanh output)
    output    D_L = 2 / n (A_L - Y) * (1 - A_L^2)             (mean squared error through the tanh output)
    backward  dW_l = A_{l-1}^T D_l,  db_l = sum_rows D_l,  D_{l-1} = (D_l @ W_l^T) * f'(A_{l-1})
    update    W_l -= lr (dW_l + lambda W_l)                   (in place; L2 when the workload has it)
Every intermediate is a fresh array each step (no buffers, no `out=`), as in a first implementation. The weights
start from Glorot-uniform draws; the data, features, batch size, learning rate and penalty are the workload's.
Nothing here is used by the app.
"""

from __future__ import annotations

import itertools
import time

import numpy as np

from ..engine.features import feature_map
from .workloads import Workload


class PlainTrainer:
    """The straightforward trainer of `workload` (an MLP with a tanh output and mean squared error)."""

    def __init__(self, workload: Workload, seed: int = 0) -> None:
        hp = workload.hyperparameters
        X, y = workload.dataset.split("train")
        self.inputs = feature_map(hp, workload.dataset.input_dim)(X)
        self.targets = np.where(y > 0, 1.0, -1.0).reshape(-1, 1)
        sizes = [self.inputs.shape[1], *hp.hidden_layers, 1]
        rng = np.random.default_rng(seed)
        self.weights = [rng.uniform(-1, 1, (a, b)) * np.sqrt(6 / (a + b)) for a, b in itertools.pairwise(sizes)]
        self.biases = [np.zeros(b) for b in sizes[1:]]
        self.relu = hp.activation == "relu"
        self.lr, self.batch = hp.learning_rate, hp.batch_size
        self.l2 = hp.regularization_rate if hp.regularization == "l2" else 0.0
        self.rng = np.random.default_rng(seed + 1)

    def epoch(self) -> int:
        """One pass over the shuffled training points in minibatches; returns the steps taken."""
        order = self.rng.permutation(len(self.inputs))
        steps = 0
        for start in range(0, len(order), self.batch):
            rows = order[start : start + self.batch]
            self.step(self.inputs[rows], self.targets[rows])
            steps += 1
        return steps

    def step(self, a0: np.ndarray, y: np.ndarray) -> None:
        acts = [a0]
        last = len(self.weights) - 1
        for i, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            z = acts[-1] @ w + b
            acts.append(np.tanh(z) if i == last or not self.relu else np.maximum(z, 0))
        out = acts[-1]
        d = 2 / len(a0) * (out - y) * (1 - out**2)
        for i in range(last, -1, -1):
            a, w = acts[i], self.weights[i]
            dw, db = a.T @ d, d.sum(0)
            if i:
                d = (d @ w.T) * ((a > 0) if self.relu else (1 - a**2))
            if self.l2:
                dw += self.l2 * w
            w -= self.lr * dw
            self.biases[i] -= self.lr * db


def steps_per_second(workload: Workload, seconds: float = 0.6, repetitions: int = 5) -> float:
    """Median steps per second of the plain trainer over `repetitions` runs of about `seconds`, after a warm-up."""
    trainer = PlainTrainer(workload)
    trainer.epoch()
    rates = []
    for _ in range(repetitions):
        steps, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds:
            steps += trainer.epoch()
        rates.append(steps / elapsed)
    return float(np.median(rates))
