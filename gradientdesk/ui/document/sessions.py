"""A window's state as a `Session` value and back: the only place where session files meet the Controller
(io/session.py reads and writes plain values only)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from ...bridge.controller import Controller
from ...engine.compatibility import model_task
from ...engine.limits import MAX_ABS_VALUE
from ...engine.metrics import headline, headline_label
from ...engine.run_set import structural_difference
from ...io.session import (
    HISTORY_COLUMNS,
    MAX_KEYFRAMES,
    SavedComparison,
    SavedKeyframe,
    SavedRun,
    SavedSweep,
    Session,
    can_hold_parameters,
    plan_opening,
)
from ...io.session_run import storable, storable_optimizer
from ...io.session_schema import MAX_HISTORY_VALUE, model_for
from ...state.timeline import Keyframe


def session_from_controller(controller: Controller, include_parameters: bool = True, include_history: bool = True,
                            title: str = "", lesson: dict[str, Any] | None = None,
                            comparison: SavedComparison | None = None, sweep: SavedSweep | None = None) -> Session:
    """The controller's current state as a Session. Parameters come from the run's newest snapshot (never a
    preview of an earlier step), with its optimizer state and counters and the keyframes the learner pinned, and
    only if it belongs to the current data and hyperparameters (after a change the worker has not answered yet,
    none are saved: the file then starts from fresh parameters; so does a file of parameters beyond the range a
    file may hold). The history, optimizer state and keyframes are kept only together with the parameters; a loss
    beyond the range it may hold is kept as not measured, like an infinite one. `comparison` and `sweep` (the
    experiments' runs) are kept if their runs still fit the window's data and model (see `runs_fit`)."""
    parameters = history = optimizer = counters = None
    keyframes: tuple[SavedKeyframe, ...] = ()
    snap = controller.live  # the run's newest snapshot (`latest` may be a preview of an earlier step)
    current = snap is not None and (snap.dataset_version, snap.hp_version) == controller.versions
    if include_parameters and current and can_hold_parameters(controller.data, controller.hyperparameters):
        values = storable(snap.parameters, MAX_ABS_VALUE)
        if values is not None:
            parameters = values
            counters = (snap.step, snap.epoch, snap.examples_seen)
            optimizer = storable_optimizer(snap.optimizer, snap.optimizer_t, snap.optimizer_state,
                                           controller.hyperparameters.optimizer, values)
            keyframes = _pinned_keyframes(controller, values, counters[0])
    if include_history and parameters is not None and len(controller.loss_history):
        history = {name: controller.loss_history.column(name).copy() for name in HISTORY_COLUMNS}
        if history["step"][-1] < snap.step:  # a thinned history may have skipped the newest snapshot: keep it
            _name, train_metric, test_metric = headline(snap.metrics)
            last = {"epoch": snap.epoch_progress, "step": snap.step, "train_loss": snap.train_loss,
                    "test_loss": np.nan if snap.test_loss is None else snap.test_loss,
                    "train_metric": train_metric, "test_metric": test_metric}
            history = {name: np.append(history[name], last[name]) for name in HISTORY_COLUMNS}
        for name in HISTORY_COLUMNS[2:]:  # a diverged step: unmeasurable, store it as not measured
            column = history[name]
            with np.errstate(invalid="ignore"):
                column[~(np.abs(column) <= MAX_HISTORY_VALUE)] = np.nan
    if comparison is not None and not (include_parameters and runs_fit(comparison.runs, controller)):
        comparison = None
    if sweep is not None and not (include_parameters and runs_fit(sweep.runs, controller)):
        sweep = None
    return Session(controller.data, controller.settings, controller.hyperparameters, parameters, history, lesson,
                   title, optimizer, counters, keyframes, comparison, sweep)


def runs_fit(runs: tuple[SavedRun, ...], controller: Controller) -> bool:
    """Whether an experiment's runs can be saved with the window's state: their structure is the window's
    model's (the main window may have changed layers or data since they trained) and so are their parameters'
    shapes."""
    hp = controller.hyperparameters
    model, _why = model_for(controller.data, hp)
    if model is None:
        return False
    shapes = {name: array.shape for name, array in model.parameters.items()}
    return all(structural_difference(hp, run.hyperparameters) is None
               and {name: np.shape(v) for name, v in run.parameters.items()} == shapes for run in runs)


def _pinned_keyframes(controller: Controller, parameters: Mapping[str, np.ndarray],
                      newest: int) -> tuple[SavedKeyframe, ...]:
    """The timeline keyframes the learner pinned (the newest MAX_KEYFRAMES, up to the step saved) that a file can
    hold: parameters of the saved ones' shapes, finite values within range, the optimizer state of their own
    hyperparameters."""
    shapes = {name: v.shape for name, v in parameters.items()}
    kept: list[SavedKeyframe] = []
    for frame in controller.timeline.frames:
        if not frame.pinned or frame.step > newest or not math.isfinite(frame.train_loss) or \
                abs(frame.train_loss) > MAX_HISTORY_VALUE:
            continue
        test_loss = frame.test_loss
        if test_loss is not None and not (math.isfinite(test_loss) and abs(test_loss) <= MAX_HISTORY_VALUE):
            test_loss = None
        values = storable(frame.parameters, MAX_ABS_VALUE)
        if values is None or {k: v.shape for k, v in values.items()} != shapes:
            continue
        optimizer = storable_optimizer(frame.hyperparameters.optimizer, frame.optimizer_t, frame.optimizer_state,
                                       frame.hyperparameters.optimizer, values)
        if optimizer is None:
            continue
        kept.append(SavedKeyframe(frame.step, frame.epoch, frame.examples_seen, float(frame.train_loss),
                                  None if test_loss is None else float(test_loss), frame.hyperparameters, values,
                                  optimizer))
    return tuple(kept[-MAX_KEYFRAMES:])


def apply_session(controller: Controller, session: Session) -> str:
    """Open `session` in the controller as a new document (undo history cleared). The step and epoch counters
    continue where the saved run was (or its loss history ends), its optimizer state too (version 2; else a fresh
    optimizer), and its pinned keyframes are back in the timeline. Returns "" or a note for the user (see
    io.session.plan_opening). Raises ValueError, changing nothing, if it cannot be opened at all."""
    plan = plan_opening(session)
    optimizer = plan.optimizer
    controller.replace_everything(session.data, plan.hyperparameters, plan.parameters, session.settings,
                                  counters=plan.counters,
                                  optimizer_state=None if optimizer is None else optimizer.state,
                                  optimizer_t=0 if optimizer is None else optimizer.t)
    history = session.loss_history
    if history is not None and history["step"].size:
        task = model_task(plan.hyperparameters.model, session.data.task)
        controller.loss_history.restore(history, headline_label(task))
    if plan.keyframes:
        controller.timeline.restore(
            Keyframe(step=k.step, epoch=k.epoch, train_loss=k.train_loss, test_loss=k.test_loss,
                     parameters=k.parameters, optimizer_state=k.optimizer.state, optimizer_t=k.optimizer.t,
                     hyperparameters=k.hyperparameters, pinned=True, examples_seen=k.examples_seen)
            for k in plan.keyframes)
    return plan.note
