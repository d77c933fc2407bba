"""The benchmark's yardstick (bench/plain_trainer.py), a straightforward numpy trainer: its step is true gradient
descent on the mean squared error (checked against finite differences), it learns W1, and the engine benchmark
reports the ratio to it. How fast anything is, is the benchmark's business, not a test's."""

from __future__ import annotations

import numpy as np

from gradientdesk.bench import engine_bench
from gradientdesk.bench.plain_trainer import PlainTrainer
from gradientdesk.bench.workloads import workloads


def mse(trainer: PlainTrainer, a: np.ndarray, y: np.ndarray) -> float:
    last = len(trainer.weights) - 1
    for i, (w, b) in enumerate(zip(trainer.weights, trainer.biases, strict=True)):
        z = a @ w + b
        a = np.tanh(z) if i == last or not trainer.relu else np.maximum(z, 0)
    return float(np.mean((a - y) ** 2))


def test_the_plain_step_is_gradient_descent_on_the_mean_squared_error():
    for name in ("W2", "W3"):
        trainer = PlainTrainer(workloads()[name])
        trainer.l2 = 0.0  # the penalty's gradient is added separately; the loss here has none
        a, y = trainer.inputs[:10], trainer.targets[:10]
        w = trainer.weights[1]
        before = w.copy()
        numeric = np.zeros_like(w)
        eps = 1e-6
        for index in np.ndindex(w.shape):
            w[index] += eps
            up = mse(trainer, a, y)
            w[index] -= 2 * eps
            down = mse(trainer, a, y)
            w[index] += eps
            numeric[index] = (up - down) / (2 * eps)
        trainer.step(a, y)
        analytic = (before - trainer.weights[1]) / trainer.lr
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_the_plain_trainer_learns_and_the_benchmark_reports_the_ratio():
    w1 = workloads()["W1"]
    trainer = PlainTrainer(w1)
    first = mse(trainer, trainer.inputs, trainer.targets)
    for _ in range(30):
        trainer.epoch()
    assert mse(trainer, trainer.inputs, trainer.targets) < 0.5 * first
    result = engine_bench.measure(w1, seconds=0.02, repetitions=1)
    assert result["plain_steps_per_s"] > 0
    assert abs(result["vs_plain"] - result["steps_per_s"] / result["plain_steps_per_s"]) <= 0.011
