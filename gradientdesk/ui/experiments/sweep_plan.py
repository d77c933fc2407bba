"""What a sweep is, without widgets: which hyperparameters can be swept, the values of a range, and what one epoch of
the sweep tells the views (frozen values that cross from the sweep's thread to the GUI thread).

Only fields that keep the model's structure can be swept (a RunSet trains runs of one structure), and only numbers:
the live numeric fields (learning rate, batch size, momentum, Adam's betas, L2 strength, ...) that matter to the
current settings. The stop rules are left out: a sweep trains a fixed number of epochs, so a run that stopped early
would not be compared at the same point. Each field's limits and log scale come from its `FieldInfo`, so a range is
refused with the same numbers the hyperparameter panel uses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...engine import Hyperparameters
from ...engine.grid import GridSpec
from ...engine.losses import Head
from ...engine.number_text import compact
from ...engine.snapshot import Snapshot
from ..i18n import fill, in_sentence
from ..panels.hyperparameter_texts import field_label

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

MIN_RUNS, MAX_RUNS = 2, 16
MIN_EPOCHS, MAX_EPOCHS = 1, 10_000
STOP_RULES = ("max_epochs", "target_loss", "early_stopping_patience")


def sweepable_fields(hp: Hyperparameters) -> tuple[str, ...]:
    """The numeric fields a sweep may vary for `hp`: live (the structure stays), used by its model, optimizer and
    schedule, and not a stop rule. The learning rate comes first: it is the default and the lesson."""
    names = [name for name in Hyperparameters.field_names()
             if Hyperparameters.info(name).kind in ("int", "float") and Hyperparameters.info(name).live
             and name not in STOP_RULES and hp.is_relevant(name)]
    names.sort(key=lambda name: name != "learning_rate")
    return tuple(names)


def limits_text(name: str) -> str:
    """ "from 1e-05 to 10": the field's allowed range, as the hyperparameter checks say it (whole, unrounded)."""
    info = Hyperparameters.info(name)
    return fill(translate("Sweep", "from %1 to %2"), f"{info.minimum:g}", f"{info.maximum:g}")


def read_number(name: str, which: str, text: str) -> float:
    """The number typed as the range's `which` end ("from", "to"); ValueError naming the field and its range if it
    is not a finite number."""
    try:
        value = float(text.strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        label = field_label(name)
        raise ValueError(fill(translate("Sweep", "%1: '%2' (%3) is not a number; the %4 goes %5."), label,
                              text.strip(), which, in_sentence(label), limits_text(name)))
    return value


def sweep_values(name: str, low: float, high: float, runs: int, log: bool) -> tuple[float, ...]:
    """`runs` values of field `name` from `low` to `high` (evenly spaced, or evenly on a log scale), whole numbers
    for a whole-number field (repeats dropped). ValueError naming the field and its allowed range for an empty or
    reversed range, ends outside the field's limits, or a run count outside MIN_RUNS..MAX_RUNS: a sweep that could
    not run is refused before anything starts, never half-started."""
    info = Hyperparameters.info(name)
    label = field_label(name)
    allowed = fill(translate("Sweep", "%1 goes %2"), label, limits_text(name))
    if not MIN_RUNS <= runs <= MAX_RUNS:
        raise ValueError(fill(translate("Sweep", "A sweep has %1 to %2 runs; got %3."), MIN_RUNS, MAX_RUNS, runs))
    for which, value in ((translate("Sweep", "from"), low), (translate("Sweep", "to"), high)):
        if not math.isfinite(value) or (info.minimum is not None and value < info.minimum) or \
                (info.maximum is not None and value > info.maximum):
            raise ValueError(fill(translate("Sweep", "%1: '%2' %3 is outside the allowed range; %4."), label, which,
                                  compact(value), allowed))
    if low == high:
        raise ValueError(fill(translate("Sweep", "%1: the range from %2 to %3 is empty; choose two different values "
                                        "(%4)."), label, compact(low), compact(high), allowed))
    if low > high:
        raise ValueError(fill(translate("Sweep", "%1: the range is reversed (%2 is above %3); put the smaller value in "
                                        "'from' (%4)."), label, compact(low), compact(high), allowed))
    if log and low <= 0:
        raise ValueError(fill(translate("Sweep", "%1: a log range must start above 0; got %2 (%3)."), label,
                              compact(low), allowed))
    values = np.geomspace(low, high, runs) if log else np.linspace(low, high, runs)
    values[0], values[-1] = low, high  # the ends exactly as typed (geomspace may differ in the last bit)
    if info.kind == "int":
        return tuple(dict.fromkeys(round(float(v)) for v in values))
    return tuple(float(v) for v in values)


@dataclass(frozen=True)
class RunResult:
    """One run of the sweep after some epochs: its swept value, losses, whether it diverged and its step."""

    value: float
    train_loss: float
    test_loss: float | None
    diverged: bool
    step: int
    message: str = ""
    diverged_step: int | None = None  # the step its loss ran away at (`step` is back at its last epoch start)

    @property
    def loss(self) -> float:
        """The loss the sweep compares: the test loss when there is a test split (what generalizes), else the
        training loss."""
        return self.train_loss if self.test_loss is None else self.test_loss


@dataclass(frozen=True)
class SweepFrame:
    """What the sweep's thread publishes after an epoch. `maps` (one read-only output grid per run on `grid`) comes
    every few epochs and with the last one; None in between (the views keep the last maps)."""

    epoch: int
    epochs: int
    runs: tuple[RunResult, ...]
    maps: tuple[np.ndarray, ...] | None = None
    grid: GridSpec | None = None
    head: Head | None = None
    finished: bool = False

    def edge(self) -> tuple[float | None, float | None]:
        """The divergence edge: (the largest value that trained below the smallest that diverged, that smallest
        diverged value). (None, None) when nothing diverged; (None, v) when even the smallest value diverged."""
        diverged = [run.value for run in self.runs if run.diverged]
        if not diverged:
            return None, None
        first = min(diverged)
        trained = [run.value for run in self.runs if not run.diverged and run.value < first]
        return (max(trained) if trained else None), first

    def best(self) -> int | None:
        """The index of the run with the lowest loss among those that did not diverge (None if all did)."""
        candidates = [(run.loss, i) for i, run in enumerate(self.runs) if not run.diverged and math.isfinite(run.loss)]
        return min(candidates)[1] if candidates else None


def run_results(snaps: list[Snapshot], name: str) -> tuple[RunResult, ...]:
    """The per-run summary of the runs' snapshots, with each run's value of the swept field `name`."""
    return tuple(RunResult(value=float(getattr(snap.hyperparameters, name)), train_loss=snap.train_loss,
                           test_loss=snap.test_loss, diverged=snap.diverged, step=snap.step, message=snap.message,
                           diverged_step=snap.diverged_step)
                 for snap in snaps)


DEFAULT_RANGES = {"learning_rate": (0.001, 10.0), "momentum": (0.0, 0.99), "beta1": (0.0, 0.99),
                  "beta2": (0.9, 0.9999), "rho": (0.5, 0.999), "schedule_decay": (0.1, 1.0)}


def default_range(name: str, hp: Hyperparameters, n_train: int) -> tuple[float, float]:
    """A range a teacher would start from: the learning rate over 0.001..10, the batch size from 1 to the whole
    training set, other log fields two decades either side of the current value, else the field's limits."""
    info = Hyperparameters.info(name)
    low, high = float(info.minimum or 0.0), float(info.maximum or 1.0)
    if name == "batch_size":
        return 1, max(2, min(n_train, int(high)))
    if name in DEFAULT_RANGES:
        return DEFAULT_RANGES[name]
    if info.log_scale:
        current = float(getattr(hp, name)) or low
        return max(low, current / 100), min(high, current * 100)
    return low, high
