"""The cost of a sweep: 16 W2 runs (a learning-rate sweep, 0.003 to 0.1 on a log scale, one seed) trained in one
RunSet, over one W2 Trainer taking the same steps. Target <= 3 on a 2-core machine (a loop of 16 Trainers costs
about 16). The RunSet trains half of its runs in the engine's helper process on the other core (run_helper.py), as
it does wherever there are two; GRADIENTDESK_ONE_PROCESS=1 measures one process (about 3.4-3.6)."""

from __future__ import annotations

import statistics
import time

import numpy as np

from ..engine import RunSet, Trainer
from .workloads import Workload

RUNS = 16
TARGET = 3.0


def sweep_rates(runs: int = RUNS) -> list[float]:
    return [float(lr) for lr in np.geomspace(0.003, 0.1, runs)]


def measure(workload: Workload, seconds: float = 0.6, repetitions: int = 5) -> dict[str, float]:
    """{"runs": 16, "cost_vs_single": median over `repetitions` of (RunSet time / Trainer time) for the same whole
    epochs, each timed for about `seconds`, after a warm-up; "single_us_per_step" and "sweep_us_per_step": their
    times per step (one step of every run for the sweep), medians}."""
    hps = [workload.hyperparameters.replace(learning_rate=lr) for lr in sweep_rates()]
    trainer = Trainer(workload.dataset, workload.hyperparameters)
    runs = RunSet(workload.dataset, hps)
    trainer.run_epochs(3)  # warm-up: buffers allocated, caches hot
    runs.run_epochs(3)
    start = time.perf_counter()
    trainer.run_epochs(10)
    epochs = max(1, int(seconds / max((time.perf_counter() - start) / 10, 1e-9)))
    ratios, singles, sets = [], [], []
    steps = epochs * trainer.steps_per_epoch
    for _ in range(repetitions):
        if trainer.stopped is not None or any(runs.stopped):  # none should stop at these rates; if one did,
            trainer.reset()  # the set would get cheaper: start both again
            runs.reset()
        start = time.perf_counter()
        trainer.run_epochs(epochs)
        single = time.perf_counter() - start
        start = time.perf_counter()
        runs.run_epochs(epochs)
        swept = time.perf_counter() - start
        ratios.append(swept / single)
        singles.append(single / steps * 1e6)
        sets.append(swept / steps * 1e6)
    # the times too: a faster Trainer raises the ratio of a sweep that did not get slower
    return {"runs": RUNS, "cost_vs_single": round(statistics.median(ratios), 2),
            "single_us_per_step": round(statistics.median(singles), 2),
            "sweep_us_per_step": round(statistics.median(sets), 2)}
