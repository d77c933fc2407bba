"""What a comparison is, without widgets: the runs' names and colours, the fields a compared run may change, its
differences from run A in words, the frozen `CompareFrame` the comparison's thread publishes, and each run's
bounded history of losses and parameters (kept in the GUI thread).

Why only some fields: the runs train in one RunSet (one batched step over a run axis), so they share one model
structure. Everything that keeps it may differ: the learning rate, the optimizer and its constants, the batch
size, regularization and its strength, the schedule, the initialization and the seed. The stop rules are left
out: the comparison itself says how many epochs every run trains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine import Hyperparameters
from ...engine.grid import GridSpec
from ...engine.losses import Head
from ...engine.number_text import compact
from ...engine.run_checkpoint import RunCheckpoint
from ...engine.run_set import FREE_STRUCTURAL, RunSet
from ...engine.snapshot import Snapshot
from ..i18n import fill, in_sentence
from ..panels.hyperparameter_texts import choice_text, field_label
from ..theme import palette
from .sweep_plan import STOP_RULES

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

RUN_NAMES = ("A", "B", "C", "D")
MAX_COMPARED = len(RUN_NAMES)
# one fixed colour per run, the same in every plot of the dialog (Okabe-Ito: told apart with colour-vision
# deficiencies); A is the main window's run, drawn in the app's training blue
RUN_COLORS = (palette.BLUE, palette.VERMILLION, palette.BLUISH_GREEN, palette.REDDISH_PURPLE)
MIN_EPOCHS, MAX_EPOCHS, DEFAULT_EPOCHS = 1, 10_000, 40
MAX_POINTS = 4000  # a run's history is thinned (every other point dropped) beyond this: never unbounded
# shown translated (context "Compare")
STRUCTURE_NOTE = QT_TRANSLATE_NOOP(
    "Compare", "Only settings that keep the model's structure can differ between the runs. The model, its layers, "
    "activation, output, loss and input features are those of the main window: the runs train together in one "
    "batched step, which needs one structure (change it in the main window, then compare again).")
SAME_START = QT_TRANSLATE_NOOP(
    "Compare", "Same seed: the same starting parameters and, with equal batch sizes, the same minibatches in the same "
    "order. The runs train in lockstep, step for step.")


def compare_fields(hp: Hyperparameters) -> tuple[str, ...]:
    """The fields a compared run may change for a model like `hp`'s: those that keep the structure (live ones and
    initialization, initial scale, seed), used by the model, and not a stop rule."""
    return tuple(name for name in Hyperparameters.field_names()
                 if (Hyperparameters.info(name).live or name in FREE_STRUCTURAL) and name not in STOP_RULES
                 and hp.model in Hyperparameters.info(name).models)


def value_text(name: str, value: object) -> str:
    """A field's value as the dialog says it: choices by their labels (translated), numbers compact (0.03,
    1e-05)."""
    info = Hyperparameters.info(name)
    if info.kind == "choice":
        return choice_text(str(value))
    if isinstance(value, float):
        return compact(value)
    return str(value)


def differences(a: Hyperparameters, other: Hyperparameters) -> tuple[str, ...]:
    """The fields in which `other` differs from `a` and that matter to one of them (a momentum typed for an Adam
    run changes nothing), in field order."""
    return tuple(name for name in a.changed_fields(other) if a.is_relevant(name) or other.is_relevant(name))


def differences_text(name: str, a: Hyperparameters, other: Hyperparameters) -> str:
    """ "B differs: learning rate 0.3 (A 0.03), optimizer Adam (A SGD)" or "B is the same as A"."""
    changed = differences(a, other)
    if not changed:
        return fill(translate("Compare", "%1 is the same as A."), name)
    parts = [fill(translate("Compare", "%1 %2 (A %3)"), in_sentence(field_label(field)),
                  value_text(field, getattr(other, field)), value_text(field, getattr(a, field))) for field in changed]
    return fill(translate("Compare", "%1 differs: %2."), name, ", ".join(parts))


def steps_per_epoch(hp: Hyperparameters, n_train: int) -> int:
    return -(-n_train // max(1, min(hp.batch_size, n_train)))


@dataclass(frozen=True)
class RunPoint:
    """One run at one frame: its step, epochs done (fractional: step / steps per epoch), losses, all parameters
    (flat, read-only), and whether it diverged (at which step)."""

    step: int
    epoch: float
    train_loss: float
    test_loss: float | None
    parameters: np.ndarray
    diverged: bool = False
    diverged_step: int | None = None
    stopped: str | None = None
    message: str = ""


def run_point(snap: Snapshot, n_train: int) -> RunPoint:
    flat = np.concatenate([np.ravel(snap.parameters[slot.name]) for slot in snap.spec.slots])
    flat.setflags(write=False)
    return RunPoint(step=snap.step, epoch=snap.step / steps_per_epoch(snap.hyperparameters, n_train),
                    train_loss=snap.train_loss, test_loss=snap.test_loss, parameters=flat,
                    diverged=snap.diverged, diverged_step=snap.diverged_step, stopped=snap.stopped,
                    message=snap.message)


@dataclass(frozen=True)
class CompareFrame:
    """What the comparison's thread publishes after a slice of training: one RunPoint per run, and every few
    frames (and with the last) each run's output on `grid` for the maps (None in between: the maps keep the last
    ones). `parameter_names` are the flat names ('dense1.W[0,0]', ...) of every run's parameters."""

    runs: tuple[RunPoint, ...]
    epochs: int
    parameter_names: tuple[str, ...]
    parameter_count: int
    first_weight: str = ""  # the traces' default: entry (0, 0) of the first weight array
    maps: tuple[np.ndarray, ...] | None = None
    grid: GridSpec | None = None
    head: Head | None = None
    finished: bool = False
    checkpoints: tuple[RunCheckpoint, ...] | None = None  # each run where it is, with the maps (to save, go on)


class RunHistory:
    """The points of one run the plots draw: steps, epochs, losses and parameters, up to the step it diverged at.
    Beyond MAX_POINTS every other point is dropped (the curves keep their shape; memory stays bounded)."""

    def __init__(self) -> None:
        self.steps: list[int] = []
        self.epochs: list[float] = []
        self.train: list[float] = []
        self.test: list[float] = []
        self.parameters: list[np.ndarray] = []
        self.diverged_step: int | None = None

    def add(self, point: RunPoint) -> None:
        """Append `point`; a diverged run's restored point (back at its epoch start) is not appended: its curves
        end at the last finite step before the explosion."""
        if point.diverged:
            self.diverged_step = point.diverged_step
            return
        if self.diverged_step is not None or (self.steps and point.step <= self.steps[-1]):
            return
        self.steps.append(point.step)
        self.epochs.append(point.epoch)
        self.train.append(point.train_loss)
        self.test.append(math.nan if point.test_loss is None else point.test_loss)
        self.parameters.append(point.parameters)
        if len(self.steps) > MAX_POINTS:
            for values in (self.steps, self.epochs, self.train, self.test, self.parameters):
                del values[1:-1:2]  # the first and the last point stay

    def trace(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """(steps, values of parameter `index`) for the traces plot."""
        if not self.parameters:
            return np.empty(0), np.empty(0)
        return np.array(self.steps, dtype=float), np.array([p[index] for p in self.parameters])


# the short names in the maps' titles; the words are shown translated (context "Compare")
SHORT = {"learning_rate": QT_TRANSLATE_NOOP("Compare", "rate"), "batch_size": QT_TRANSLATE_NOOP("Compare", "batch"),
         "regularization_rate": "λ", "schedule_decay": QT_TRANSLATE_NOOP("Compare", "decay"),
         "schedule_period": QT_TRANSLATE_NOOP("Compare", "period"), "init_scale": QT_TRANSLATE_NOOP("Compare", "scale"),
         "beta1": "β1", "beta2": "β2", "rho": "ρ", "epsilon": "ε"}


def run_caption(name: str, hp: Hyperparameters, changed: list[str]) -> str:
    """What tells a run apart in its map's title: the values of the fields in which any run differs from A."""
    if not changed:
        return translate("Compare", "as in the main window") if name == "A" else translate("Compare", "same as A")
    parts = []
    for field in changed:
        value = value_text(field, getattr(hp, field))
        kind = Hyperparameters.info(field).kind
        short = translate("Compare", SHORT[field]) if field in SHORT else in_sentence(field_label(field))
        parts.append(value if kind == "choice" else f"{short} {value}")
    return ", ".join(parts)


def run_captions(runs: list[Hyperparameters]) -> list[str]:
    """Each run's caption: the fields in which any run differs from A, with this run's values."""
    a = runs[0]
    changed = sorted({name for hp in runs[1:] for name in differences(a, hp)}, key=Hyperparameters.field_names().index)
    return [run_caption(RUN_NAMES[i], hp, changed) for i, hp in enumerate(runs)]


def frame_summary(frame: CompareFrame) -> str:
    """Each run's loss and step now (or where it diverged), in its colour, as rich text for the dialog's progress."""
    parts = []
    for i, run in enumerate(frame.runs):
        color = RUN_COLORS[i]
        if run.diverged:
            text = fill(translate("Compare", "%1 diverged at step %2"), RUN_NAMES[i], run.diverged_step)
        else:
            loss = run.train_loss if run.test_loss is None else run.test_loss
            which = (translate("Compare", "%1: training loss %2 at epoch %3 (step %4)") if run.test_loss is None
                     else translate("Compare", "%1: test loss %2 at epoch %3 (step %4)"))
            text = fill(which, RUN_NAMES[i], compact(loss), f"{run.epoch:.3g}", run.step)
        parts.append(f"<span style='color:{color}'>{text}</span>")
    return "; ".join(parts) + "."


def compare_frame(runs: RunSet, epochs: int, grid: GridSpec, n_train: int, last: bool, with_maps: bool) -> CompareFrame:
    """The frame of `runs` now: each run's point; with the maps, each run's output on `grid` and its checkpoint (what a
    saved comparison keeps and Continue goes on from). While training (not `last`) the losses of big data are
    estimated."""
    snaps = runs.snapshots(grid if with_maps else None, estimate=not last)
    maps = tuple(snap.output_grid for snap in snaps if snap.output_grid is not None) if with_maps else ()
    spec = snaps[0].spec
    return CompareFrame(runs=tuple(run_point(snap, n_train) for snap in snaps), epochs=epochs,
                        parameter_names=spec.flat_names, parameter_count=spec.parameter_count,
                        first_weight=str(spec.first_weight() or ""),
                        maps=maps if maps and len(maps) == len(snaps) else None,
                        grid=grid if with_maps else None, head=spec.head, finished=last,
                        checkpoints=tuple(runs.checkpoints()) if with_maps else None)
