"""The learning rate to suggest after a divergence: the largest round rate below the one that diverged that trains.

Round rates are the 1-2-5 steps (1, 0.5, 0.2, 0.1, 0.05, ...). Each candidate, largest first, is tried headless on a
fresh copy of the model from the same start the one-click fix (set the rate, Reset) gives: the seed's initial
parameters, on the current data, for a few hundred steps. The first whose training loss stays finite and ends below
where it started is the suggestion. The search is bounded in time; if no candidate is found within it the caller falls
back to a plain rule (trainer.suggest_learning_rate). Pure numpy, run where the trainer runs (the worker thread).
"""

from __future__ import annotations

import math
import time

from .dataset import Dataset
from .hyperparameters import Hyperparameters
from .pieces import Interrupt

SEARCH_STEPS = 300  # steps each candidate trains for
SEARCH_SECONDS = 2.0  # the whole search gives up after this long
SMALLEST_RATE = 1e-5


def round_rates_below(lr: float, smallest: float = SMALLEST_RATE) -> list[float]:
    """The 1-2-5 rates strictly below `lr`, largest first, down to `smallest`: 0.3 -> [0.2, 0.1, 0.05, ...]."""
    rates: list[float] = []
    exponent = math.floor(math.log10(lr)) if lr > 0 and math.isfinite(lr) else 0
    while True:
        for mantissa in (5, 2, 1):
            rate = float(f"{mantissa}e{exponent}")
            if rate < smallest * (1 - 1e-9):
                return rates
            if rate < lr * (1 - 1e-9):
                rates.append(rate)
        exponent -= 1


def trains(dataset: Dataset, hp: Hyperparameters, steps: int = SEARCH_STEPS, interrupt: Interrupt | None = None,
           deadline: float | None = None) -> bool | None:
    """Does a fresh model of `hp` (its seed's start) train on `dataset`: after `steps` steps no divergence and a
    finite training loss below the starting one? None if `deadline` (time.perf_counter()) passed first."""
    from .trainer import Trainer  # the trainer calls this module after a divergence

    trial = Trainer(dataset, hp.replace(max_epochs=0, target_loss=0.0, early_stopping_patience=0))
    trial.interrupt = interrupt
    trial.search_rates = False  # its own divergence only says no
    start = trial.train_loss()
    done = 0
    while done < steps:
        taken = trial.run_steps(steps - done, deadline)
        done += taken
        if trial.stopped is not None:
            return False
        if deadline is not None and time.perf_counter() > deadline and done < steps:
            return None
        if taken == 0:
            break
    end = trial.train_loss()
    return math.isfinite(start) and math.isfinite(end) and end < start


def trainable_rate(dataset: Dataset, hp: Hyperparameters, diverged_lr: float, steps: int = SEARCH_STEPS,
                   seconds: float = SEARCH_SECONDS, interrupt: Interrupt | None = None) -> float | None:
    """The largest round rate below `diverged_lr` with which `hp` trains on `dataset` (see `trains`), or None if
    none was found within `seconds`."""
    deadline = time.perf_counter() + seconds
    for rate in round_rates_below(diverged_lr):
        if time.perf_counter() > deadline:
            return None
        ok = trains(dataset, hp.replace(learning_rate=rate), steps, interrupt, deadline)
        if ok is None:
            return None
        if ok:
            return rate
    return None
