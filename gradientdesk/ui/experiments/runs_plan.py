"""What the Runs panel lists, without widgets: one `RunRow` per run (the main window's current run, the compared runs
A-D, the sweep's runs), each with its name and colour as the plots draw it, what it changes from the current run in
words, its step, losses and state, and whether (and why not) it can be removed.

The names and colours are the plots' own: the current run in the training blue of the loss plot, compared runs by
their letters in RUN_COLORS, a sweep's runs by their swept value ("lr 0.01") in the sweep plot's colours (its points
are blue, the best green, a diverged run a vermillion cross).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine import Hyperparameters
from ...engine.number_text import compact
from ...engine.snapshot import Snapshot
from ..i18n import count_text, fill, in_sentence
from ..panels.hyperparameter_texts import field_label
from ..theme import palette
from .compare_plan import RUN_COLORS, RUN_NAMES, CompareFrame, differences, value_text
from .sweep_plan import SweepFrame

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

FrameT = TypeVar("FrameT", CompareFrame, SweepFrame)
NONE = "—"
CURRENT = QT_TRANSLATE_NOOP("RunsPanel", "Current run")  # shown translated
MIN_COMPARED = 2  # a comparison keeps run A and one more (compare_form.MIN_RUNS)
# a sweep's runs by their swept value ("lr 0.01"); the words are shown translated (context "RunsPanel")
SHORT_NAMES = {"learning_rate": QT_TRANSLATE_NOOP("RunsPanel", "lr"),
               "batch_size": QT_TRANSLATE_NOOP("RunsPanel", "batch"),
               "momentum": QT_TRANSLATE_NOOP("RunsPanel", "momentum"), "beta1": "β1", "beta2": "β2",
               "rho": "ρ", "epsilon": "ε", "regularization_rate": "λ",
               "schedule_decay": QT_TRANSLATE_NOOP("RunsPanel", "decay"),
               "schedule_period": QT_TRANSLATE_NOOP("RunsPanel", "period"),
               "init_scale": QT_TRANSLATE_NOOP("RunsPanel", "init scale")}
COLUMN_TIPS = (  # shown translated (context "RunsPanel")
    QT_TRANSLATE_NOOP("RunsPanel", "The run's name and colour, the same in every plot: the main window's run in the "
                      "training blue; compared runs A-D in their colours; a sweep's runs by their swept value, "
                      "coloured as in the sweep's plot (best green, diverged vermillion)."),
    QT_TRANSLATE_NOOP("RunsPanel", "The hyperparameters in which this run differs from the main window's current run "
                      "(— : none)."),
    QT_TRANSLATE_NOOP("RunsPanel", "Steps (minibatch updates) the run has taken."),
    QT_TRANSLATE_NOOP("RunsPanel", "The run's loss on the training points, at its latest step."),
    QT_TRANSLATE_NOOP("RunsPanel", "The run's loss on the test points, at its latest step (— : no test points)."),
    QT_TRANSLATE_NOOP("RunsPanel", "Training, paused, finished (its epochs done), diverged at step N (its loss ran "
                      "away), or stopped (Stop, or another run was removed)."),
)


@dataclass(frozen=True)
class RunRow:
    """One run as a row: `key` stays the same while the run is listed ("current", "compare:1", "sweep:3");
    `marker` is how its plot draws it ("line" or "point")."""

    key: str
    name: str
    color: str
    marker: str
    differs: str
    step: int | None
    train_loss: float | None
    test_loss: float | None
    state: str
    removable: bool
    remove_tip: str

    @property
    def cells(self) -> tuple[str, str, str, str, str, str]:
        """The texts of the columns: name, differs in, step, training loss, test loss, state."""
        step = NONE if self.step is None else count_text(self.step)
        return (self.name, self.differs, step, loss_text(self.train_loss), loss_text(self.test_loss), self.state)


def loss_text(loss: float | None) -> str:
    return NONE if loss is None else compact(loss)


def differs_text(current: Hyperparameters, hp: Hyperparameters) -> str:
    """ "learning rate 0.1, optimizer Adam": the fields in which `hp` differs from the current run, with `hp`'s
    values; "—" for none."""
    parts = [fill(translate("RunsPanel", "%1 %2"), in_sentence(field_label(name)),
                  value_text(name, getattr(hp, name))) for name in differences(current, hp)]
    return ", ".join(parts) or NONE


def sweep_name(field: str, value: float) -> str:
    """ "lr 0.01": a sweep's run by its swept value."""
    short = translate("RunsPanel", SHORT_NAMES[field]) if field in SHORT_NAMES else in_sentence(field_label(field))
    return f"{short} {compact(value)}"


def training_text() -> str:  # a state, translated when a row is made
    return translate("RunsPanel", "training")


def finished_text() -> str:
    return translate("RunsPanel", "finished")


def stopped_text() -> str:
    return translate("RunsPanel", "stopped")


def waiting_text(running: bool) -> str:
    """The state of a run without a frame yet."""
    return translate("RunsPanel", "starting") if running else translate("RunsPanel", "not trained")


def diverged_text(step: int) -> str:
    return fill(translate("RunsPanel", "diverged at step %1"), count_text(step))


def current_row(snap: Snapshot | None, playing: bool) -> RunRow:
    """The main window's run: its newest snapshot, training or paused."""
    if snap is None:
        state = training_text() if playing else translate("RunsPanel", "not started")
        step, train, test = None, None, None
    else:
        step, train, test = snap.step, snap.train_loss, snap.test_loss
        state = (diverged_text(snap.diverged_step or snap.step) if snap.diverged
                 else training_text() if playing else finished_text() if snap.stopped
                 else translate("RunsPanel", "paused"))
    return RunRow("current", translate("RunsPanel", CURRENT), palette.BLUE, "line", NONE, step, train, test, state,
                  False, translate("RunsPanel", "The main window's run cannot be removed: it is the one the main "
                                   "window trains."))


def compare_rows(current: Hyperparameters, trained: Sequence[Hyperparameters], frame: CompareFrame | None,
                 running: bool) -> list[RunRow]:
    """The compared runs (A first) of a comparison that trained (or trains) `trained`; `frame` the last one shown."""
    rows = []
    removable_count = len(trained) > MIN_COMPARED
    for i, hp in enumerate(trained):
        point = frame.runs[i] if frame is not None and i < len(frame.runs) else None
        if point is None:
            state, step, train, test = waiting_text(running), None, None, None
        else:
            step, train, test = point.step, point.train_loss, point.test_loss
            state = (diverged_text(point.diverged_step or point.step) if point.diverged
                     else finished_text() if point.stopped or (frame is not None and frame.finished)
                     else training_text() if running else stopped_text())
        if i == 0:
            tip = translate("RunsPanel", "Run A is the comparison's copy of the current run: every other run is "
                            "compared with it.")
        elif not removable_count:
            tip = translate("RunsPanel", "A comparison needs run A and at least one other run: add a run first, or "
                            "close the comparison.")
        else:
            tip = fill(translate("RunsPanel", "Remove run %1 from the comparison (stopping it first; the runs after "
                                 "it move up)."), RUN_NAMES[i])
        rows.append(RunRow(f"compare:{i}", RUN_NAMES[i], RUN_COLORS[i], "line", differs_text(current, hp), step,
                           train, test, state, i > 0 and removable_count, tip))
    return rows


def sweep_rows(current: Hyperparameters, trained: Sequence[Hyperparameters], field: str, frame: SweepFrame | None,
               running: bool) -> list[RunRow]:
    """The sweep's runs (one per value of `field`), coloured as the sweep's plot draws them."""
    rows = []
    best = frame.best() if frame is not None else None
    for i, hp in enumerate(trained):
        run = frame.runs[i] if frame is not None and i < len(frame.runs) else None
        value = float(getattr(hp, field))
        color = palette.BLUE
        if run is None:
            state, step, train, test = waiting_text(running), None, None, None
        else:
            step, train, test = run.step, run.train_loss, run.test_loss
            state = (diverged_text(run.diverged_step or run.step) if run.diverged
                     else finished_text() if frame and frame.finished
                     else training_text() if running else stopped_text())
            color = palette.VERMILLION if run.diverged else palette.BLUISH_GREEN if i == best else palette.BLUE
        many = len(trained) > 1
        tip = (fill(translate("RunsPanel", "Remove the run with %1 from the sweep (stopping it first)."),
                    sweep_name(field, value)) if many
               else translate("RunsPanel", "The sweep's last run: close the sweep to drop it."))
        rows.append(RunRow(f"sweep:{i}", sweep_name(field, value), color, "point", differs_text(current, hp), step,
                           train, test, state, many, tip))
    return rows


PER_RUN = ("runs", "maps", "checkpoints")  # a frame's fields with one entry per run


def without_run(frame: FrameT, index: int) -> FrameT:
    """`frame` as if run `index` had never been in it: its entry gone from every per-run field."""
    count = len(frame.runs)
    changes: dict[str, Any] = {}
    for name in PER_RUN:
        value = getattr(frame, name, None)  # `checkpoints`: only in frames that keep them
        if isinstance(value, tuple) and len(value) == count:
            changes[name] = tuple(item for i, item in enumerate(value) if i != index)
    return replace(frame, **changes)
