"""Learning-rate schedules: the learning rate used during epoch e (0-based) from the base rate lr0.

* constant:     lr = lr0
* step:         lr = lr0 * decay^floor(e / period)
* exponential:  lr = lr0 * decay^(e / period)
* cosine:       lr = lr0 * (1 + cos(pi * (e mod period) / period)) / 2   (restarts every period)
"""

from __future__ import annotations

import math

from .hyperparameters import SCHEDULES, Hyperparameters


def learning_rate(hp: Hyperparameters, epoch: int) -> float:
    """The learning rate for epoch `epoch` under `hp`'s schedule."""
    lr0, period, decay = hp.learning_rate, hp.schedule_period, hp.schedule_decay
    if hp.schedule == "constant":
        return lr0
    if hp.schedule == "step":
        return lr0 * decay ** (epoch // period)
    if hp.schedule == "exponential":
        return lr0 * decay ** (epoch / period)
    if hp.schedule == "cosine":
        return lr0 * 0.5 * (1.0 + math.cos(math.pi * (epoch % period) / period))
    raise ValueError(f"unknown schedule {hp.schedule!r}; choose from {', '.join(SCHEDULES)}")
