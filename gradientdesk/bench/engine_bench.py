"""Headless engine speed: epochs/s, steps/s and the time of one 100x100 output grid, per workload, and the steps/s
of a straightforward numpy trainer of the same workload timed in the same run (plain_trainer.py): "vs_plain" is how
many times faster the engine is (target >= 4 for W2)."""

from __future__ import annotations

import statistics
import time

from ..engine import DOMAIN, Trainer
from .plain_trainer import steps_per_second as plain_steps_per_second
from .workloads import Workload

BOUNDS = (-DOMAIN, DOMAIN, -DOMAIN, DOMAIN)


def measure(workload: Workload, seconds: float = 0.6, repetitions: int = 5) -> dict[str, float]:
    """Medians over `repetitions` runs of about `seconds` each, after a warm-up."""
    trainer = Trainer(workload.dataset, workload.hyperparameters)
    trainer.run_epochs(3)  # warm-up: buffers allocated, caches hot
    steps_per_epoch = trainer.steps_per_epoch
    epoch_rates, step_rates = [], []
    for _ in range(repetitions):
        epochs = 0
        start = time.perf_counter()
        while True:
            trainer.run_epochs(1)
            epochs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
            if trainer.stopped:
                trainer.reset()
        epoch_rates.append(epochs / elapsed)
        step_rates.append(epochs * steps_per_epoch / elapsed)
    grid_times = []
    for _ in range(max(repetitions, 20)):
        start = time.perf_counter()
        trainer.output_grid(BOUNDS, 100)
        grid_times.append((time.perf_counter() - start) * 1000.0)
    plain = plain_steps_per_second(workload, seconds, repetitions)
    steps = statistics.median(step_rates)
    return {
        "epochs_per_s": round(statistics.median(epoch_rates), 1),
        "steps_per_s": round(steps, 1),
        "grid_ms": round(statistics.median(grid_times), 3),
        "plain_steps_per_s": round(plain, 1),
        "vs_plain": round(steps / plain, 2),
    }
