"""The experiments' runs as a session file keeps them, and back, without widgets: the compared runs' hyperparameters,
their histories (compare_plan.RunHistory) and their checkpoints (engine/run_checkpoint.py) <-> io's
SavedComparison; a sweep's runs, their last losses and checkpoints <-> SavedSweep.

What a file keeps of a history: steps, epochs and losses. The traces of a parameter are not kept (a 8x64 network's
4,000 points would be megabytes per run): a comparison opened from a file traces each run's parameter from its
saved value on, as the runs go on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...engine import Dataset, Hyperparameters
from ...engine.grid import GridSpec
from ...engine.limits import MAX_ABS_VALUE
from ...engine.run_checkpoint import RunCheckpoint, frozen_copy
from ...engine.run_set import RunSet
from ...io.session import SavedComparison, SavedRun, SavedSweep
from ...io.session_run import MAX_RUN_VALUE, storable, storable_optimizer
from .compare_plan import CompareFrame, RunHistory, compare_frame
from .sweep_plan import SweepFrame, run_results

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def saved_comparison(hps: Sequence[Hyperparameters], histories: Sequence[RunHistory],
                     checkpoints: Sequence[RunCheckpoint] | None, epochs: int) -> SavedComparison | None:
    """The comparison to save, or None when there is nothing a file can hold: no checkpoint yet (nothing
    trained), or parameters or an optimizer state beyond what a file may hold (a run far gone)."""
    if not checkpoints or len(checkpoints) != len(hps) or len(histories) != len(hps):
        return None
    runs = _saved_runs(hps, checkpoints, [_history_columns(h, c.step) for h, c in zip(histories, checkpoints,
                                                                                       strict=True)])
    return None if runs is None else SavedComparison(int(epochs), runs)


def saved_sweep(field: str, log: bool, epochs: int, hps: Sequence[Hyperparameters], frame: SweepFrame | None,
                checkpoints: Sequence[RunCheckpoint] | None) -> SavedSweep | None:
    """The sweep to save (each run's history: the losses of the frame on show, when it is the checkpoints' step),
    or None when there is nothing a file can hold."""
    if not checkpoints or frame is None or len(checkpoints) != len(hps) or len(frame.runs) != len(hps):
        return None
    histories = []
    for run, checkpoint in zip(frame.runs, checkpoints, strict=True):
        history = RunHistory()
        if run.step == checkpoint.step and not run.diverged:
            history.steps, history.epochs = [run.step], [float(checkpoint.epoch)]
            history.train, history.test = [run.train_loss], [math.nan if run.test_loss is None else run.test_loss]
        histories.append(_history_columns(history, checkpoint.step))
    runs = _saved_runs(hps, checkpoints, histories)
    return None if runs is None else SavedSweep(field, bool(log), int(epochs), runs)


def _saved_runs(hps: Sequence[Hyperparameters], checkpoints: Sequence[RunCheckpoint],
                histories: Sequence[dict[str, np.ndarray]]) -> tuple[SavedRun, ...] | None:
    runs = []
    for hp, history, checkpoint in zip(hps, histories, checkpoints, strict=True):
        parameters = storable(checkpoint.parameters, MAX_ABS_VALUE)
        optimizer = None if parameters is None else storable_optimizer(
            checkpoint.optimizer, checkpoint.optimizer_t, checkpoint.optimizer_state, hp.optimizer, parameters)
        if parameters is None or optimizer is None:
            return None
        runs.append(SavedRun(hp, parameters, optimizer, checkpoint.counters, history, checkpoint.stopped,
                             checkpoint.diverged_step))
    return tuple(runs)


def opened_comparison(saved: SavedComparison | SavedSweep) -> tuple[list[Hyperparameters], list[RunHistory],
                                                                      list[RunCheckpoint]]:
    """The runs, histories and checkpoints of a saved comparison, as the dialog holds them."""
    hps = [run.hyperparameters for run in saved.runs]
    checkpoints = [RunCheckpoint(parameters=frozen_copy(run.parameters), optimizer=run.optimizer.name,
                                 optimizer_state={k: frozen_copy(v) for k, v in run.optimizer.state.items()},
                                 optimizer_t=run.optimizer.t, step=run.counters[0], epoch=run.counters[1],
                                 examples_seen=run.counters[2], stopped=run.stopped,
                                 diverged_step=run.diverged_step) for run in saved.runs]
    return hps, [_history(run) for run in saved.runs], checkpoints


def _history_columns(history: RunHistory, last_step: int) -> dict[str, np.ndarray]:
    """The history's columns up to `last_step` (the run's checkpoint: the file goes on from there) that a file may
    hold: a loss beyond its range (or not finite) is kept as not measured (test) or leaves its point out (training
    loss: the curve goes around it)."""
    train = np.array(history.train, dtype=np.float64)
    keep = np.isfinite(train) & (np.abs(train) <= MAX_RUN_VALUE) & (np.array(history.steps) <= last_step)
    test = np.array(history.test, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        test[~(np.abs(test) <= MAX_RUN_VALUE)] = np.nan
    return {"step": np.array(history.steps, dtype=np.float64)[keep],
            "epoch": np.array(history.epochs, dtype=np.float64)[keep], "train_loss": train[keep],
            "test_loss": test[keep]}


def _history(run: SavedRun) -> RunHistory:
    """The history of a saved run: its losses, and its saved parameters at its last point (earlier points of the
    traces are not kept; they show as gaps: one shared all-NaN vector, so no memory per point)."""
    history = RunHistory()
    columns = run.history
    history.steps = [int(s) for s in columns["step"]]
    history.epochs = [float(e) for e in columns["epoch"]]
    history.train = [float(v) for v in columns["train_loss"]]
    history.test = [float(v) for v in columns["test_loss"]]
    flat = np.concatenate([np.ravel(v) for v in run.parameters.values()])
    gap = np.full(flat.shape, math.nan)
    history.parameters = [gap] * max(0, len(history.steps) - 1) + ([flat] if history.steps else [])
    if run.stopped == "diverged":
        history.diverged_step = run.diverged_step
    return history



def opened_frame(saved: SavedComparison, dataset: Dataset | None, grid: GridSpec) -> tuple[
        list[Hyperparameters], list[RunHistory], list[RunCheckpoint], CompareFrame]:
    """What the dialog shows of a saved comparison: its runs, histories and checkpoints, and a finished frame of
    every run where it was (losses measured again, each run's map on `grid`), computed by a RunSet of the runs put
    back at their checkpoints. The runs stopped as saved say so. ValueError if `dataset` cannot take them."""
    if dataset is None:
        raise ValueError(translate("Compare", "there are no points to show the runs on"))
    hps, histories, checkpoints = opened_comparison(saved)
    runs = RunSet(dataset, hps)
    runs.start_each(checkpoints)
    frame = compare_frame(runs, saved.epochs, grid, dataset.n_train, last=True, with_maps=True)
    points = tuple(replace(point, stopped=c.stopped, diverged=c.stopped == "diverged", diverged_step=c.diverged_step)
                   for point, c in zip(frame.runs, checkpoints, strict=True))
    return hps, histories, checkpoints, replace(frame, runs=points, checkpoints=tuple(checkpoints))


def opened_sweep_frame(saved: SavedSweep, dataset: Dataset | None, grid: GridSpec) -> tuple[
        list[Hyperparameters], list[RunCheckpoint], SweepFrame]:
    """What the sweep dialog shows of a saved sweep: its runs, checkpoints and a finished frame of every run where
    it was (losses measured again, maps on `grid`; the runs that diverged say so). ValueError if `dataset` cannot
    take them."""
    if dataset is None:
        raise ValueError(translate("Sweep", "there are no points to show the runs on"))
    hps, _histories, checkpoints = opened_comparison(saved)
    runs = RunSet(dataset, hps, share=False)  # measured, not trained: no helper process
    runs.start_each(checkpoints)
    snaps = runs.snapshots(grid)
    results = tuple(replace(result, diverged=c.stopped == "diverged", diverged_step=c.diverged_step)
                    for result, c in zip(run_results(snaps, saved.field), checkpoints, strict=True))
    epoch = max(c.epoch for c in checkpoints)
    frame = SweepFrame(epoch=epoch, epochs=saved.epochs, runs=results,
                       maps=tuple(snap.output_grid for snap in snaps if snap.output_grid is not None),
                       grid=grid, head=snaps[0].spec.head, finished=True)
    return hps, checkpoints, frame

