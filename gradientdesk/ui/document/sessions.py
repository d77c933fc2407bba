"""A window's state as a `Session` value and back: the only place where session files meet the Controller
(io/session.py reads and writes plain values only)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...bridge.controller import Controller
from ...engine.compatibility import model_task
from ...engine.limits import MAX_ABS_VALUE
from ...engine.metrics import headline, headline_label
from ...io.session import HISTORY_COLUMNS, Session, can_hold_parameters, plan_opening
from ...io.session_schema import MAX_HISTORY_VALUE


def session_from_controller(controller: Controller, include_parameters: bool = True, include_history: bool = True,
                            title: str = "", lesson: dict[str, Any] | None = None) -> Session:
    """The controller's current state as a Session. Parameters come from the newest snapshot, and only if it belongs
    to the current data and hyperparameters (after a change the worker has not answered yet, none are saved: the
    file then starts from fresh parameters; so does a file of parameters beyond the range a file may hold). The
    history is kept only together with the parameters; a loss beyond the range it may hold is kept as not
    measured, like an infinite one."""
    parameters = history = None
    snap = controller.latest
    current = snap is not None and (snap.dataset_version, snap.hp_version) == controller.versions
    if include_parameters and current and can_hold_parameters(controller.data, controller.hyperparameters):
        values = {name: np.array(v, dtype=np.float64) for name, v in snap.parameters.items()}
        if all(np.isfinite(v).all() and not (np.abs(v) > MAX_ABS_VALUE).any() for v in values.values()):
            parameters = values
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
    return Session(controller.data, controller.settings, controller.hyperparameters, parameters, history, lesson,
                   title)


def apply_session(controller: Controller, session: Session) -> str:
    """Open `session` in the controller as a new document (undo history cleared). With a loss history, the step
    and epoch counters continue where it ends. Returns "" or a note for the user (see io.session.plan_opening).
    Raises ValueError, changing nothing, if it cannot be opened at all."""
    plan = plan_opening(session)
    controller.replace_everything(session.data, plan.hyperparameters, plan.parameters, session.settings,
                                  counters=plan.counters)
    history = session.loss_history
    if history is not None and history["step"].size:
        task = model_task(plan.hyperparameters.model, session.data.task)
        controller.loss_history.restore(history, headline_label(task))
    return plan.note
