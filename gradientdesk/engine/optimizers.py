"""Optimizers: turn the gradient g of each step into the update u applied to the parameters w <- w + u.

An `Optimizer` works on the flat parameter vector in place, keeps its state in flat vectors of the same layout (so
the UI can show the velocity, m or v of any single weight) and records the update it applied in `update`. The
rules themselves (sgd, momentum, nesterov, adagrad, rmsprop, adam: their math, state, equations) are objects in
update_rules.py; an Optimizer holds the buffers and constants one rule works on.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MethodType

import numpy as np

from . import update_rules
from .hyperparameters import Hyperparameters
from .parameters import ParameterLayout


class Optimizer:
    """The rule `name` (update_rules.RULES) over a flat parameter vector of `size` entries."""

    def __init__(self, name: str, size: int, hp: Hyperparameters) -> None:
        self.rule = update_rules.get(name)
        self.name = name
        self.size = size
        self.update = np.zeros(size)  # the update u applied by the last step
        self.scratch = np.empty(size)  # room the rules compute in (update_rules.py), allocated once
        self.scratch2 = np.empty(size)
        self.state: dict[str, np.ndarray] = {key: np.zeros(size) for key in self.rule.state_names}
        self.t = 0
        self.neg_lr = np.array(-hp.learning_rate)  # 0-d arrays: no float conversion on every call
        self.configure(hp)
        # the rule's in-place step bound to this optimizer once: no dispatch in the trainer's hot loop
        self.step = MethodType(self.rule.step, self)

    @property
    def lr(self) -> float:
        """The learning rate of the next step (the trainer sets it from the schedule)."""
        return -float(self.neg_lr)

    @lr.setter
    def lr(self, value: float) -> None:
        self.neg_lr[...] = -value

    def configure(self, hp: Hyperparameters) -> None:
        """Take the live constants (momentum, betas, epsilon) from `hp`; the learning rate is set by the trainer."""
        self.mu = np.array(hp.momentum)
        self.rho = hp.rho
        self.beta1, self.beta2, self.eps = hp.beta1, hp.beta2, hp.epsilon

    def reset(self) -> None:
        """Forget all state (as for a fresh model)."""
        for arr in self.state.values():
            arr.fill(0.0)
        self.update.fill(0.0)
        self.t = 0

    def step(self, w: np.ndarray, g: np.ndarray) -> None:  # replaced per instance by the rule's step
        """Apply one update to w (in place) from the gradient g."""

    def state_copy(self) -> dict[str, np.ndarray]:
        return {key: arr.copy() for key, arr in self.state.items()}

    def restore(self, state: dict[str, np.ndarray], t: int) -> None:
        for key, arr in state.items():
            self.state[key][...] = arr
        self.t = t


def flat_state(optimizer: str, state: Mapping[str, Mapping[str, np.ndarray]], t: int,
               layout: ParameterLayout) -> dict[str, np.ndarray]:
    """A saved optimizer state ({state name: {parameter name: array}}, as a Snapshot holds it, with its step count
    t) as flat vectors in `layout`'s order, ready for `Optimizer.restore`. ValueError when it is not a state of
    `optimizer` (other state names, t < 0) or does not fit the parameters (names, shapes)."""
    names = update_rules.get(optimizer).state_names
    if set(state) != set(names) or t < 0:
        raise ValueError(f"an optimizer state with {sorted(state) or 'nothing'} does not fit {optimizer} "
                         f"(which keeps {sorted(names) or 'nothing'})")
    flat = {}
    for key, values in state.items():
        try:
            flat[key] = layout.flatten(dict(values))
        except ValueError as error:
            raise ValueError(f"the optimizer state {key!r} does not fit the model's parameters: {error}") from None
    return flat
