"""One run of a RunSet as a frozen value, to keep and to go on from: its parameters, its optimizer's running state
(state name -> parameter name -> array, with the step count t), its counters and why it stopped. A comparison
saved in a session file is a list of these; `RunSet.start_each(checkpoints)` puts every run back where its
checkpoint was, so training goes on with the same parameters and optimizer state (a checkpoint keeps no minibatch
order: the next epoch draws its permutation from the run's seed, as after a branch).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from .hyperparameters import Hyperparameters
from .optimizers import flat_state
from .parameters import ParameterLayout
from .run_group import RunState
from .schedules import learning_rate
from .snapshot import frozen


@dataclass(frozen=True, eq=False)
class RunCheckpoint:
    """A run's state: `parameters` {name: array}, `optimizer` (its name), `optimizer_state` {state name: {name:
    array}} and `optimizer_t`, counters (step, epoch, examples seen), and `stopped` ("diverged", a stop rule's
    reason, or None while it could train on) with the step it diverged at. Arrays are read-only copies."""

    parameters: Mapping[str, np.ndarray]
    optimizer: str
    optimizer_state: Mapping[str, Mapping[str, np.ndarray]]
    optimizer_t: int
    step: int
    epoch: int
    examples_seen: int
    stopped: str | None = None
    diverged_step: int | None = None

    @property
    def counters(self) -> tuple[int, int, int]:
        return self.step, self.epoch, self.examples_seen


def checkpoint_of(run: RunState, layout: ParameterLayout) -> RunCheckpoint:
    """The checkpoint of a RunState (run_group.py) whose arrays are up to date (as RunSet.checkpoints makes them)."""
    return RunCheckpoint(
        parameters=MappingProxyType(layout.copies(run.flat)),
        optimizer=run.hp.optimizer,
        optimizer_state=MappingProxyType({k: MappingProxyType(layout.copies(a))
                                          for k, a in run.state.items()}),
        optimizer_t=int(run.t), step=int(run.step_count), epoch=int(run.epoch),
        examples_seen=int(run.examples_seen), stopped=run.stopped,
        diverged_step=run.diverged_step)


Prepared = tuple[np.ndarray, dict[str, np.ndarray]]  # flat parameters, flat optimizer state


def prepare(hp: Hyperparameters, checkpoint: RunCheckpoint, layout: ParameterLayout) -> Prepared:
    """The flat parameters and flat optimizer state (empty when `checkpoint` is of another optimizer than `hp`'s,
    which then starts afresh) a run of `hp` takes from `checkpoint`. ValueError if names or shapes do not fit
    `layout` or the counters are negative."""
    if min(checkpoint.counters) < 0:
        raise ValueError("step, epoch and examples seen cannot be negative")
    flat = layout.flatten(dict(checkpoint.parameters))
    if checkpoint.optimizer != hp.optimizer:
        return flat, {}
    return flat, flat_state(hp.optimizer, checkpoint.optimizer_state, checkpoint.optimizer_t, layout)


def restore_into(run: RunState, checkpoint: RunCheckpoint, prepared: Prepared) -> None:
    """Put `checkpoint` (already `prepare`d for this run) into a RunState: parameters, optimizer state and t, counters,
    the epoch's start (position 0) and the rate of its epoch. The run trains on: a checkpoint of a stopped run trains
    on too (Continue gives it more epochs)."""
    flat, state = prepared
    run.flat[...] = flat
    run.grad.fill(0.0)
    run.update.fill(0.0)
    for key in run.state:
        run.state[key][...] = state[key] if state else 0.0
    run.t = checkpoint.optimizer_t if state else 0
    run.step_count, run.epoch, run.examples_seen = checkpoint.counters
    run.pos = run.last_start = 0
    run.lr = learning_rate(run.hp, checkpoint.epoch)
    run.stopped, run.message, run.diverged_step = None, "", None


def frozen_copy(values: Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    """Read-only float64 copies of `values`, for a checkpoint made from arrays the caller keeps."""
    return MappingProxyType({name: frozen(np.array(v, dtype=np.float64)) for name, v in values.items()})
