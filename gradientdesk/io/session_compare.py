"""The runs of the experiments in a session file (format version 2): key "comparison", each run of Experiments ->
Compare runs with its hyperparameters, learned parameters, optimizer state, counters, loss history and why it
stopped, and the epochs the comparison trains; key "sweep", the runs of Experiments -> Sweep a hyperparameter alike
(their history: the losses of their last frame), with the swept field, its scale and the epochs. Pure Python + numpy
(no Qt); `session_schema.py` reads and writes them with the rest.

Every run shares the session's model structure (the runs of a comparison train in one RunSet), so the session's
model checks every run's parameters and optimizer state; a run whose hyperparameters change the structure is
refused with the field that does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine import Hyperparameters
from ..engine.model_base import Model
from ..engine.run_set import structural_difference
from .session_codec import (
    SessionError,
    decode_array,
    encode_array,
    expect_int,
    expect_keys,
    expect_mapping,
    expect_str,
    type_name,
)
from .session_run import (
    MAX_COUNTER,
    RUN_RANGE,
    OptimizerState,
    optimizer_document,
    read_counters,
    read_hyperparameters,
    read_optimizer,
    read_parameters,
    same_arrays,
)

MAX_RUNS = 4  # the comparison's runs A-D
MAX_SWEEP_RUNS = 16
MAX_EPOCHS = 10_000
MAX_POINTS = 4000  # a run's history in the dialog is thinned beyond this (compare_plan.MAX_POINTS)
HISTORY_KEYS = ("step", "epoch", "train_loss", "test_loss")
STOP_REASON_LENGTH = 200


@dataclass(frozen=True, eq=False)
class SavedRun:
    """One compared run: its hyperparameters, where it is (parameters, optimizer state, counters), its loss
    history (steps, epochs, train and test loss; a test loss not measured is NaN) and why it stopped ("diverged",
    a stop rule's reason; None if it could train on) with the step it diverged at."""

    hyperparameters: Hyperparameters
    parameters: Mapping[str, np.ndarray]
    optimizer: OptimizerState
    counters: tuple[int, int, int]
    history: Mapping[str, np.ndarray]
    stopped: str | None = None
    diverged_step: int | None = None

    def same_content(self, other: SavedRun) -> bool:
        return ((self.hyperparameters, self.counters, self.stopped, self.diverged_step)
                == (other.hyperparameters, other.counters, other.stopped, other.diverged_step)
                and same_arrays(self.parameters, other.parameters) and self.optimizer.same_content(other.optimizer)
                and same_arrays(self.history, other.history, nan_equal=True))


@dataclass(frozen=True, eq=False)
class SavedComparison:
    """The comparison: the epochs each run trains, and its runs (A first: a copy of the main run's settings)."""

    epochs: int
    runs: tuple[SavedRun, ...]

    def same_content(self, other: SavedComparison | None) -> bool:
        return other is not None and self.epochs == other.epochs and len(self.runs) == len(other.runs) and all(
            a.same_content(b) for a, b in zip(self.runs, other.runs, strict=True))


@dataclass(frozen=True, eq=False)
class SavedSweep:
    """The sweep: the field swept (a Hyperparameters field name), whether its values were spaced on a log scale, the
    epochs each run trains, and its runs in the order of their values."""

    field: str
    log: bool
    epochs: int
    runs: tuple[SavedRun, ...]

    def same_content(self, other: SavedSweep | None) -> bool:
        return other is not None and (self.field, self.log, self.epochs) == (other.field, other.log, other.epochs) \
            and len(self.runs) == len(other.runs) and all(a.same_content(b) for a, b in zip(self.runs, other.runs,
                                                                                         strict=True))


def sweep_document(sweep: SavedSweep, readable: bool) -> dict[str, Any]:
    return {"field": sweep.field, "log": sweep.log, "epochs": sweep.epochs,
            "runs": _runs_document(sweep.runs, readable)}


def read_sweep(value: Any, hp: Hyperparameters, model: Model | None, why_not: str) -> SavedSweep | None:
    """The "sweep" of a document (None stays None), checked as a comparison's runs are."""
    if value is None:
        return None
    c = expect_mapping(value, "sweep")
    expect_keys(c, "sweep", ("field", "log", "epochs", "runs"), ())
    field = expect_str(c["field"], "sweep.field", 40)
    if field not in Hyperparameters.field_names():
        raise SessionError(f"sweep.field is {field!r}, which is not a hyperparameter")
    if not isinstance(c["log"], bool):
        raise SessionError(f"sweep.log must be true or false; found {type_name(c['log'])}")
    epochs = expect_int(c["epochs"], "sweep.epochs", 1, MAX_EPOCHS)
    runs = _read_runs(c["runs"], "sweep", MAX_SWEEP_RUNS, hp, model, why_not)
    return SavedSweep(field, c["log"], epochs, runs)


def comparison_document(comparison: SavedComparison, readable: bool) -> dict[str, Any]:
    return {"epochs": comparison.epochs, "runs": _runs_document(comparison.runs, readable)}


def _runs_document(runs: tuple[SavedRun, ...], readable: bool) -> list[dict[str, Any]]:
    return [{
        "hyperparameters": run.hyperparameters.to_dict(),
        "parameters": {name: encode_array(np.asarray(v, np.float64), readable) for name, v in run.parameters.items()},
        "optimizer": optimizer_document(run.optimizer, readable),
        "counters": dict(zip(("step", "epoch", "examples_seen"), run.counters, strict=True)),
        "history": {key: encode_array(np.asarray(run.history[key], np.float64), readable) for key in HISTORY_KEYS},
        "stopped": run.stopped,
        "diverged_step": run.diverged_step,
    } for run in runs]


def read_comparison(value: Any, hp: Hyperparameters, model: Model | None, why_not: str) -> SavedComparison | None:
    """The "comparison" of a document (None stays None), every run checked against the session's `hp` (one
    structure) and `model` (names and shapes of parameters and optimizer state)."""
    if value is None:
        return None
    c = expect_mapping(value, "comparison")
    expect_keys(c, "comparison", ("epochs", "runs"), ())
    epochs = expect_int(c["epochs"], "comparison.epochs", 1, MAX_EPOCHS)
    return SavedComparison(epochs, _read_runs(c["runs"], "comparison", MAX_RUNS, hp, model, why_not))


def _read_runs(runs: Any, where: str, most: int, hp: Hyperparameters, model: Model | None,
               why_not: str) -> tuple[SavedRun, ...]:
    kind = "a comparison" if where == "comparison" else "a sweep"
    if not isinstance(runs, list):
        raise SessionError(f"{where}.runs must be a list of runs; found {type_name(runs)}")
    if not 1 <= len(runs) <= most:
        raise SessionError(f"{where}.runs lists {len(runs)} runs; {kind} has 1 to {most}")
    if model is None:
        raise SessionError(f"{where}: there is no model for its runs: {why_not}")
    return tuple(_run(item, f"{where}.runs[{i}]", hp, model) for i, item in enumerate(runs))


def _run(value: Any, where: str, session_hp: Hyperparameters, model: Model) -> SavedRun:
    r = expect_mapping(value, where)
    expect_keys(r, where, ("hyperparameters", "parameters", "optimizer", "counters", "history"),
                ("stopped", "diverged_step"))
    hp = read_hyperparameters(r["hyperparameters"], f"{where}.hyperparameters")
    field = structural_difference(session_hp, hp)
    if field is not None:
        raise SessionError(f"{where}.hyperparameters.{field} is {getattr(hp, field)!r} where the session's is "
                           f"{getattr(session_hp, field)!r}: compared runs share the model's structure")
    parameters = read_parameters(r["parameters"], f"{where}.parameters", model)
    optimizer = read_optimizer(r["optimizer"], f"{where}.optimizer", hp, model)
    counters = read_counters(r["counters"], f"{where}.counters")
    history = _history(r["history"], f"{where}.history")
    stopped = r.get("stopped")
    if stopped is not None:
        stopped = expect_str(stopped, f"{where}.stopped", STOP_REASON_LENGTH, allow_empty=False)
    diverged = r.get("diverged_step")
    if diverged is not None:
        diverged = expect_int(diverged, f"{where}.diverged_step", 0, MAX_COUNTER)
    return SavedRun(hp, parameters, optimizer, counters, history, stopped, diverged)


def _history(value: Any, where: str) -> dict[str, np.ndarray]:
    h = expect_mapping(value, where)
    expect_keys(h, where, HISTORY_KEYS, ())
    columns = {key: decode_array(h[key], f"{where}.{key}", "float", (None,), allow_nan=key == "test_loss",
                                 limit=RUN_RANGE) for key in HISTORY_KEYS}
    lengths = {c.shape[0] for c in columns.values()}
    if len(lengths) != 1:
        raise SessionError(f"{where}: the columns have different lengths")
    rows = lengths.pop()
    if rows > MAX_POINTS:
        raise SessionError(f"{where} has {rows} points; at most {MAX_POINTS}")
    step, epoch = columns["step"], columns["epoch"]
    if rows and (step.min() < 0 or not np.all(step == np.round(step)) or np.any(np.diff(step) <= 0)):
        raise SessionError(f"{where}.step must be whole numbers from 0 up, in increasing order")
    if rows and (epoch.min() < 0 or np.any(np.diff(epoch) < 0)):
        raise SessionError(f"{where}.epoch must be numbers from 0 up, in increasing order")
    return columns
