"""What the GUI asks the training worker to do: one frozen dataclass per request, carrying plain values only.

The worker dispatches on the type (`match`, checked exhaustive by a type checker through `assert_never`), so a
misspelt or forgotten message is a type error, not an "Internal error" at run time. Every field is immutable (engine
values such as `Dataset`, `Hyperparameters` and `LandscapeRequest` are frozen; arrays are copied read-only), so a
message can cross the thread - or a process boundary, should a child process ever replace the thread - without the
sender being able to change it on the way.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NoReturn

import numpy as np

from ..engine import Dataset, Hyperparameters, ScalarRef
from ..engine.landscape import LandscapeRequest
from ..engine.model_spec import ModelSpec

GridSpec = tuple[float, float, float, float, int]  # x_min, x_max, y_min, y_max, resolution
Counters = tuple[int, int, int]  # step, epoch, examples seen
Versions = tuple[int, int]  # (data version, hyperparameter version)

if sys.version_info >= (3, 11):
    from typing import assert_never as assert_never  # re-exported for the worker's dispatch
else:  # pragma: no cover - Python 3.10 has no typing.assert_never; type checkers treat this one the same way

    def assert_never(value: NoReturn) -> NoReturn:
        """Mark a branch the type checker proves unreachable; reached at run time, it raises."""
        raise AssertionError(f"Expected code to be unreachable, but got: {value!r}")


@dataclass(frozen=True)
class Stop:
    """End the worker's loop (its thread then finishes); wakes it from any wait."""


@dataclass(frozen=True)
class Configure:
    """A fresh trainer for new data and hyperparameters together (first start, a model switch, an opened file, a
    run continued from a keyframe). `parameters`, if given, replace the freshly initialized ones; `counters`
    continue a saved run's counts; `optimizer_state` and `optimizer_t` its optimizer's."""

    dataset: Dataset
    hyperparameters: Hyperparameters
    versions: tuple[int, int]  # (data version, hyperparameter version) stamped on every snapshot
    parameters: Mapping[str, np.ndarray] | None = None
    counters: Counters | None = None
    # a run continued from a keyframe (the timeline): its optimizer's state and step count; None: a fresh optimizer
    optimizer_state: Mapping[str, Mapping[str, np.ndarray]] | None = None
    optimizer_t: int = 0

    def __post_init__(self) -> None:
        if self.parameters is not None:
            object.__setattr__(self, "parameters", frozen_arrays(self.parameters))
        if self.optimizer_state is not None:
            object.__setattr__(self, "optimizer_state", MappingProxyType(
                {key: frozen_arrays(values) for key, values in self.optimizer_state.items()}))


@dataclass(frozen=True)
class SetData:
    """New data for the current model: training goes on with the learned parameters."""

    dataset: Dataset
    version: int


@dataclass(frozen=True)
class SetHyperparameters:
    """New hyperparameters: the parameters are kept unless the structure changed."""

    hyperparameters: Hyperparameters
    version: int


@dataclass(frozen=True)
class Play:
    """Train continuously (at the set speed) until Pause, a Step or divergence. With `versions`, only if the worker
    holds exactly those data and settings (else it refuses: it must never train anything else)."""

    versions: Versions | None = None


@dataclass(frozen=True)
class Pause:
    """Stop training (and any steps still to run) and publish where it stopped."""


@dataclass(frozen=True)
class Step:
    """Run `n` steps, then stay paused (`versions` as for Play)."""

    n: int = 1
    versions: Versions | None = None


@dataclass(frozen=True)
class StepEpoch:
    """Run the steps left to the end of the current epoch, then stay paused (`versions` as for Play)."""

    versions: Versions | None = None


@dataclass(frozen=True)
class Reset:
    """Fresh parameters from the seed."""


@dataclass(frozen=True)
class SetSpeed:
    """Steps per second while playing; None: as fast as possible."""

    steps_per_second: float | None


@dataclass(frozen=True)
class SetGrid:
    """Include the model output on this grid in every snapshot (None: no grid)."""

    spec: GridSpec | None


@dataclass(frozen=True)
class RequestSnapshot:
    """Publish a snapshot now."""


@dataclass(frozen=True)
class ComputeLandscape:
    """Compute the loss over a grid of two parameters; the answer comes as `landscape_ready`."""

    request: LandscapeRequest


@dataclass(frozen=True)
class SetParameter:
    """Overwrite the scalar `ref` with `value` (a learner editing a weight by hand). With `spec` (the structure the
    editor was opened for), refused if the model's structure is no longer that: after a change of layers the same
    name may be another weight, or none."""

    ref: ScalarRef
    value: float
    spec: ModelSpec | None = None


Command = (Stop | Configure | SetData | SetHyperparameters | Play | Pause | Step | StepEpoch | Reset | SetSpeed
           | SetGrid | RequestSnapshot | ComputeLandscape | SetParameter)

# When one of these is refused, the worker keeps its older data or settings: the GUI must send both again.
StateChange = Configure | SetData | SetHyperparameters


def frozen_arrays(arrays: Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    """Read-only copies of `arrays` in a read-only mapping: the sender's later edits cannot reach the message."""
    copies = {}
    for name, value in arrays.items():
        copy = np.array(value, copy=True)
        copy.flags.writeable = False
        copies[name] = copy
    return MappingProxyType(copies)
