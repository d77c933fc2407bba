"""The compared runs in a session file (format version 2, key "comparison"): each run of Experiments -> Compare runs
with its hyperparameters, learned parameters, optimizer state, counters, loss history and why it stopped, and the
epochs the comparison trains. Pure Python + numpy (no Qt); `session_schema.py` reads and writes it with the rest.

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
from .session_run import MAX_COUNTER, RUN_RANGE, OptimizerState, optimizer_document, read_optimizer, same_arrays

MAX_RUNS = 4  # the comparison's runs A-D
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


def comparison_document(comparison: SavedComparison, readable: bool) -> dict[str, Any]:
    return {"epochs": comparison.epochs, "runs": [{
        "hyperparameters": run.hyperparameters.to_dict(),
        "parameters": {name: encode_array(np.asarray(v, np.float64), readable) for name, v in run.parameters.items()},
        "optimizer": optimizer_document(run.optimizer, readable),
        "counters": dict(zip(("step", "epoch", "examples_seen"), run.counters, strict=True)),
        "history": {key: encode_array(np.asarray(run.history[key], np.float64), readable) for key in HISTORY_KEYS},
        "stopped": run.stopped,
        "diverged_step": run.diverged_step,
    } for run in comparison.runs]}


def read_comparison(value: Any, hp: Hyperparameters, model: Model | None, why_not: str) -> SavedComparison | None:
    """The "comparison" of a document (None stays None), every run checked against the session's `hp` (one
    structure) and `model` (names and shapes of parameters and optimizer state)."""
    if value is None:
        return None
    c = expect_mapping(value, "comparison")
    expect_keys(c, "comparison", ("epochs", "runs"), ())
    epochs = expect_int(c["epochs"], "comparison.epochs", 1, MAX_EPOCHS)
    runs = c["runs"]
    if not isinstance(runs, list):
        raise SessionError(f"comparison.runs must be a list of runs; found {type_name(runs)}")
    if not 1 <= len(runs) <= MAX_RUNS:
        raise SessionError(f"comparison.runs lists {len(runs)} runs; a comparison has 1 to {MAX_RUNS}")
    if model is None:
        raise SessionError(f"comparison: there is no model for its runs: {why_not}")
    return SavedComparison(epochs, tuple(_run(item, f"comparison.runs[{i}]", hp, model)
                                         for i, item in enumerate(runs)))


def _run(value: Any, where: str, session_hp: Hyperparameters, model: Model) -> SavedRun:
    r = expect_mapping(value, where)
    expect_keys(r, where, ("hyperparameters", "parameters", "optimizer", "counters", "history"),
                ("stopped", "diverged_step"))
    try:
        hp = Hyperparameters.from_dict(expect_mapping(r["hyperparameters"], f"{where}.hyperparameters"))
    except (TypeError, ValueError) as error:
        if isinstance(error, SessionError):
            raise
        raise SessionError(f"{where}.hyperparameters: {error}") from None
    field = structural_difference(session_hp, hp)
    if field is not None:
        raise SessionError(f"{where}.hyperparameters.{field} is {getattr(hp, field)!r} where the session's is "
                           f"{getattr(session_hp, field)!r}: compared runs share the model's structure")
    shapes = {name: array.shape for name, array in model.parameters.items()}
    p = expect_mapping(r["parameters"], f"{where}.parameters")
    expect_keys(p, f"{where}.parameters", tuple(shapes), ())
    parameters = {name: decode_array(p[name], f"{where}.parameters.{name}", "float", shape)
                  for name, shape in shapes.items()}
    optimizer = read_optimizer(r["optimizer"], f"{where}.optimizer", hp, model)
    counters_doc = expect_mapping(r["counters"], f"{where}.counters")
    names = ("step", "epoch", "examples_seen")
    expect_keys(counters_doc, f"{where}.counters", names, ())
    counters = tuple(expect_int(counters_doc[n], f"{where}.counters.{n}", 0, MAX_COUNTER) for n in names)
    history = _history(r["history"], f"{where}.history")
    stopped = r.get("stopped")
    if stopped is not None:
        stopped = expect_str(stopped, f"{where}.stopped", STOP_REASON_LENGTH, allow_empty=False)
    diverged = r.get("diverged_step")
    if diverged is not None:
        diverged = expect_int(diverged, f"{where}.diverged_step", 0, MAX_COUNTER)
    return SavedRun(hp, parameters, optimizer, (counters[0], counters[1], counters[2]), history, stopped, diverged)


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
