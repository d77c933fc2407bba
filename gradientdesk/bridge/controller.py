"""The controller: owns the current data, hyperparameters, undo stack and training history (GUI thread), and
talks to the training worker. Views call its methods and listen to its signals; none touches the Trainer.

Every change becomes a new immutable value: a new `DataState` (through an undoable command) or new
`Hyperparameters` (validated first: a bad value is refused with a message, never half-applied). Each value gets a
version number; snapshots computed for older versions are dropped.

Training is only ever asked for the data and settings on show: while they cannot train (an empty canvas, one
class, a loss the model cannot use with these data, ...) `can_train` is False, the problem banner says why and Play,
Step and Epoch are refused; and Play / Step carry the versions, so a worker that still holds older ones refuses them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..engine import Dataset, Hyperparameters, build_model, datasets
from ..engine.models import check_trainable
from ..engine.snapshot import Snapshot
from ..state.data_state import DataSettings, DataState
from ..state.history import LossHistory, ParameterHistory
from ..state.timeline import Timeline
from .commands import UNDO_LIMIT
from .data_edits import DataEditing
from .document_edits import DocumentEditing
from .hyperparameter_edits import PRESET_FOR_MODEL, HyperparameterEditing
from .messages import (
    ComputeLandscape,
    Configure,
    Pause,
    Play,
    Reset,
    SetData,
    SetGrid,
    SetHyperparameters,
    SetSpeed,
    Step,
    StepEpoch,
)
from .parameter_edits import ParameterEditing
from .texts import engine_message, engine_text, fill
from .timeline_edits import TimelineEditing
from .training_bridge import TrainingBridge

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
__all__ = ["DEFAULT_HYPERPARAMETERS", "DEFAULT_SETTINGS", "DEFAULT_SPEED", "PRESET_FOR_MODEL", "Controller",
           "preset_names"]

FRAME_FALLBACK_MS = 40  # acknowledge a snapshot even if no view repainted for it
# About 60 epochs a second on the default example (TensorFlow Playground's pace): the boundary visibly forms over
# a few seconds instead of in one blink. "As fast as possible" is one click away.
DEFAULT_SPEED = 1000.0

# The ready example a newcomer sees: pressing Play at once shows learning.
DEFAULT_SETTINGS = DataSettings(preset="circle", n=300, seed=1, test_fraction=0.5)
DEFAULT_HYPERPARAMETERS = Hyperparameters(model="mlp", hidden_layers=(4, 2), activation="tanh", learning_rate=0.03,
                                          batch_size=10, seed=1)


class Controller(QObject, DataEditing, DocumentEditing, HyperparameterEditing, ParameterEditing, TimelineEditing):
    """State and commands of one GradientDesk window."""

    data_changed = Signal(object)  # DataState
    hyperparameters_changed = Signal(object, bool)  # (Hyperparameters, parameters were re-initialized)
    snapshot_ready = Signal(object)  # the newest Snapshot for the current data and hyperparameters
    playing_changed = Signal(bool)
    play_pressed = Signal()  # Play was asked for, before the worker says it plays (playing_changed follows)
    problem_changed = Signal(str)  # what went wrong and what to try (translated); "" when all is well
    status = Signal(str)  # a transient status-bar message
    selection_changed = Signal(str)  # flat parameter name such as "dense1.W[0,1]"; "" for none
    history_reset = Signal()  # the loss history and traces were cleared (fresh parameters)
    repaint_requested = Signal()  # the frame watchdog asks every view to repaint
    landscape_ready = Signal(object)  # engine.landscape.Landscape asked for by compute_landscape
    stopped = Signal()  # the worker thread has ended after `shutdown` (which may return before it does)
    trainable_changed = Signal(bool)  # `can_train` changed: Play, Step and Epoch are offered only while it is True
    structure_changed = Signal(object)  # ModelSpec: the model's structure changed (a weight editor must close)
    preview_changed = Signal(object)  # a Snapshot of an earlier step on show (the timeline), or None: the newest

    def __init__(self, data: DataState | None = None, hp: Hyperparameters | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = DEFAULT_SETTINGS
        self.data = data if data is not None else DataState.from_preset(self.settings)
        self.hyperparameters = hp if hp is not None else DEFAULT_HYPERPARAMETERS
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # only possible while it is empty
        self.latest: Snapshot | None = None
        self.playing = False
        self.problem = ""
        self.suggested_rate: float | None = None  # the learning rate `problem` suggests (a divergence), or None
        self.selection = ""
        self.speed: float | None = DEFAULT_SPEED
        self.loss_history = LossHistory()
        self.parameter_history: ParameterHistory | None = None
        self.timeline = Timeline()  # keyframes to go back to (bridge/timeline_edits.py)
        self.preview: Snapshot | None = None  # an earlier step on show (then also `latest`), or None
        self._live: Snapshot | None = None  # while previewing: the run's newest snapshot
        self._grid: tuple[float, float, float, float, int] | None = None
        self.snapshots_received = 0
        self.snapshots_dropped = 0
        self.stalls = 0
        self._data_version = 0
        self._hp_version = 0
        self._stroke = 0
        self._rng = np.random.default_rng(12345)  # test/train assignment of hand-drawn points
        self._awaiting_frame = False
        self._frame_fallback = QTimer(self)
        self._frame_fallback.setSingleShot(True)
        self._frame_fallback.setInterval(FRAME_FALLBACK_MS)
        self._frame_fallback.timeout.connect(self.frame_drawn)
        self._bridge = TrainingBridge(self)
        self._bridge.snapshot_ready.connect(self._on_snapshot)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.playing_changed.connect(self._on_playing_changed)
        self._bridge.stalled.connect(self._on_stalled)
        self._bridge.landscape_ready.connect(self.landscape_ready)
        self._bridge.stopped.connect(self.stopped)
        self._bridge.send(SetSpeed(self.speed))
        self._started = False
        self._worker_in_sync = True  # the worker holds the current data and hyperparameters (once started)
        self._untrainable = ""  # why the current data and settings cannot train; "" when they can
        self._checked: tuple[Dataset, str] | None = None  # the last dataset checked and what was wrong with it
        self._refresh_trainable()

    # ---- life cycle ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker with the current data and hyperparameters."""
        if self._started:
            return
        self._started = True
        trainable = self._trainable_dataset() if self.can_train else None
        self._worker_in_sync = trainable is not None
        self._bridge.start(trainable, self.hyperparameters, (self._data_version, self._hp_version))

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop training and wait up to `timeout_ms` for the worker thread. False if it is still finishing a
        computation: `stopped` is emitted once it has ended (an app must not exit before, or Qt aborts)."""
        self._frame_fallback.stop()
        return self._bridge.shutdown(timeout_ms)

    @property
    def shutting_down(self) -> bool:
        """`shutdown` has been called (the worker thread may still be finishing)."""
        return self._bridge.stopping

    # ---- training commands ----------------------------------------------------------------------------------------
    @property
    def can_train(self) -> bool:
        """Whether the current data and settings can train (else `untrainable_reason` says why)."""
        return not self._untrainable

    @property
    def untrainable_reason(self) -> str:
        return self._untrainable

    def play(self) -> None:
        self.leave_preview()  # Play goes on from the newest step; "Continue from here" from a previewed one
        if self._ready_to_train():
            self.play_pressed.emit()
            self._bridge.send(Play(self.versions))

    def pause(self) -> None:
        self._bridge.send(Pause())

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step(self, n: int = 1) -> None:
        self.leave_preview()
        if self._ready_to_train():
            self._bridge.send(Step(n, self.versions))

    def step_epoch(self) -> None:
        self.leave_preview()
        if self._ready_to_train():
            self._bridge.send(StepEpoch(self.versions))

    def reset(self) -> None:
        """Fresh parameters from the seed (the same seed gives the same start). While the data and settings cannot
        train, nothing is reset and the banner keeps saying why."""
        if not self._ready_to_train():
            return
        self._clear_history()
        self._set_problem("")
        self._bridge.send(Reset())
        self.status.emit(fill(translate("Controller", "Parameters reset from seed %1."), self.hyperparameters.seed))

    def _ready_to_train(self) -> bool:
        """True if the worker holds (or has just been sent) the current data and settings and they can train; else
        the banner says why not, and nothing is sent but a Pause."""
        if not self.can_train:
            self._bridge.send(Pause())
            self._set_problem(self._untrainable)
            return False
        if not self._worker_in_sync:  # it refused a change earlier: send data and settings together again
            self._send_to_worker()
        return True

    def set_speed(self, steps_per_second: float | None) -> None:
        """Steps per second, or None for as fast as possible."""
        self.speed = steps_per_second
        self._bridge.send(SetSpeed(steps_per_second))

    def set_grid(self, spec: tuple[float, float, float, float, int] | None) -> None:
        """Ask for the model output on a grid (x_min, x_max, y_min, y_max, resolution) in every snapshot."""
        self._grid = spec
        self._bridge.send(SetGrid(spec))

    def compute_landscape(self, request: Any) -> None:
        """Ask the worker for the loss over a grid of two parameters (engine.landscape.LandscapeRequest); the answer
        arrives as `landscape_ready` (bridge/landscape_service.py decides when to ask)."""
        self._bridge.send(ComputeLandscape(request))

    def _after_hyperparameters(self, hp: Hyperparameters, changed: str) -> None:
        """Make the checked `hp` current (HyperparameterEditing.set_hyperparameters) and tell the worker."""
        old = self.hyperparameters
        reset = old.needs_reset(hp)
        self.hyperparameters = hp
        self._hp_version += 1
        if reset:
            self._clear_history()
            self._set_problem("")
        elif self.problem and self.latest is not None and self.latest.diverged:
            self._set_problem("")
        if self._refresh_trainable():
            self._send_to_worker(hp_changed=True)
        self.hyperparameters_changed.emit(hp, reset)
        if reset:
            label = field_label(changed) if changed else translate("Controller", "A structural hyperparameter")
            self.status.emit(fill(translate("Controller", "%1 changed: the parameters were re-initialized."), label))
        elif changed:
            self.status.emit(fill(translate("Controller", "%1 changed; training goes on with the same parameters."),
                                  field_label(changed)))

    # ---- data (editing the points: see DataEditing; a whole new document: see DocumentEditing) ---------------
    def _apply_state(self, state: DataState, hp: Hyperparameters | None = None) -> None:
        """Make `state` (and `hp`, if given) current - called by the undo commands - and tell the worker."""
        old_hp, old_dim = self.hyperparameters, self.data.input_dim
        self.data = state
        self._data_version += 1
        new_hp = self._fit_features(hp if hp is not None else old_hp, state.input_dim,
                                    widen=state.input_dim > old_dim)
        hp_changed = new_hp != old_hp
        if hp_changed:
            self.hyperparameters = new_hp
            self._hp_version += 1
            self._clear_history()
            self._set_problem("")
        self.data_changed.emit(state)
        if hp_changed:
            self.hyperparameters_changed.emit(new_hp, True)
        if not self._refresh_trainable():
            return
        if self.problem and not (self.latest is not None and self.latest.diverged):
            self._set_problem("")
        self._send_to_worker(data_changed=True, hp_changed=hp_changed)

    def _send_to_worker(self, data_changed: bool = False, hp_changed: bool = False) -> None:
        """Hand the current data and/or hyperparameters to the worker. While the worker may hold an older pair
        (data it could not use were never sent, or it refused a change) both go together, building a fresh
        trainer; otherwise only what changed goes, so the learned parameters are kept."""
        dataset = self.data.dataset
        if not self.can_train or dataset is None:
            self._worker_in_sync = False
            return
        if not self._worker_in_sync or (data_changed and hp_changed):
            self._bridge.send(Configure(dataset, self.hyperparameters, (self._data_version, self._hp_version)))
            self._worker_in_sync = True
        elif data_changed:
            self._bridge.send(SetData(dataset, self._data_version))
        elif hp_changed:
            self._bridge.send(SetHyperparameters(self.hyperparameters, self._hp_version))

    def _trainable_dataset(self) -> Dataset | None:
        """The data on the canvas if a model can train on them (whatever the settings), else None."""
        ds = self.data.dataset
        return ds if ds is not None and not self._data_problem(ds) else None

    def _data_problem(self, ds: Dataset) -> str:
        """check_trainable's complaint about `ds` ("" if none), remembered for the last dataset: at 100,000 points
        it is a few milliseconds, asked twice per edit."""
        if self._checked is None or self._checked[0] is not ds:
            try:
                check_trainable(ds)
                self._checked = (ds, "")
            except ValueError as error:
                self._checked = (ds, engine_text(error))
        return self._checked[1]

    def _why_untrainable(self) -> str:
        """Why the current data and settings cannot train, in words for the banner; "" when they can."""
        ds = self.data.dataset
        if ds is None:
            return translate("Controller", "The canvas is empty: draw some points or pick a preset from the Data menu.")
        problem = self._data_problem(ds)
        if problem:  # the engine's reason (in English unless it wrote a translatable Message)
            return fill(translate("Controller", "Cannot train yet: %1."), problem)
        try:
            build_model(self.hyperparameters, ds, np.random.default_rng(0))
        except ValueError as error:
            return engine_text(error)  # the engine's reason (in English unless it wrote a translatable Message)
        return ""

    def _refresh_trainable(self) -> bool:
        """Decide `can_train` for the current data and settings. While they cannot train the worker is paused and
        the banner says why; once they can, that message goes. Returns `can_train`."""
        why = self._why_untrainable()
        before, self._untrainable = self._untrainable, why
        if why:
            self._worker_in_sync = False  # it holds older data or settings from now on
            self._bridge.send(Pause())
            self._set_problem(why)
        elif before and self.problem == before:
            self._set_problem("")
        if bool(why) != bool(before):
            self.trainable_changed.emit(not why)
        return not why

    # ---- selection ------------------------------------------------------------------------------------------------
    def select_parameter(self, flat_name: str) -> None:
        """Select one scalar parameter (e.g. "dense1.W[0,1]") in every view."""
        if flat_name != self.selection:
            self.selection = flat_name
            self.selection_changed.emit(flat_name)

    # ---- from the worker ------------------------------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        self.snapshots_received += 1
        if (snap.dataset_version, snap.hp_version) != (self._data_version, self._hp_version):
            self.snapshots_dropped += 1
            self._bridge.acknowledge()  # stale: computed for data or settings that are gone
            return
        if self.preview is not None and not self._preview_outlived(snap):
            return
        if self.latest is not None and snap.step < self.latest.step:
            self.loss_history.add(snap)  # it truncates itself
        structure_changed = self.latest is not None and snap.spec is not self.latest.spec and \
            snap.spec != self.latest.spec
        self.latest = snap
        self.loss_history.add(snap)
        if self.parameter_history is None or snap.spec != self.parameter_history.spec:
            self.parameter_history = ParameterHistory(snap.spec)
        self.parameter_history.add(snap)
        self.timeline.add(snap)
        if snap.diverged:
            self._set_problem(snap.message)
        elif snap.stopped:
            self.status.emit(engine_text(snap.message))
        if structure_changed:
            self.structure_changed.emit(snap.spec)
        self._awaiting_frame = True
        self.snapshot_ready.emit(snap)
        self._frame_fallback.start()

    def frame_drawn(self) -> None:
        """The views have painted the latest snapshot: let the worker go on."""
        if self._awaiting_frame:
            self._awaiting_frame = False
            self._frame_fallback.stop()
            self._bridge.acknowledge()

    @property
    def awaiting_frame(self) -> bool:
        return self._awaiting_frame

    @property
    def versions(self) -> tuple[int, int]:
        """(data version, hyperparameter version) now; a snapshot made for them carries the same pair."""
        return self._data_version, self._hp_version

    def _on_failed(self, message: str, kept_older_state: bool) -> None:
        if kept_older_state:
            self._worker_in_sync = False  # the next change sends data and settings together
        self._set_problem(message)

    def _on_playing_changed(self, playing: bool) -> None:
        self.playing = playing
        self.playing_changed.emit(playing)

    def _on_stalled(self) -> None:
        self.stalls += 1
        self.repaint_requested.emit()

    # ---- helpers --------------------------------------------------------------------------------------------------
    def _set_problem(self, message: str) -> None:
        """Show `message` in the banner ("" for none): translated text, or what the engine wrote (a translatable
        Message is translated here, and the learning rate it suggests becomes `suggested_rate`)."""
        engine = engine_message(message)
        self.suggested_rate = engine.facts.get("suggested_rate") if engine is not None else None
        text = engine_text(message)
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)

    def _clear_history(self) -> None:
        self.loss_history.clear()
        self.parameter_history = None
        self.timeline.clear()
        if self.preview is not None:
            self.latest, self.preview, self._live = self._live, None, None
            self.preview_changed.emit(None)
        self.history_reset.emit()


def field_label(name: str) -> str:
    """The label of hyperparameter `name` ("Learning rate") in the interface language: the engine's English label,
    translated by the panels' catalogue (context "Hyperparameters", ui/panels/hyperparameter_texts.py)."""
    return translate("Hyperparameters", Hyperparameters.info(name).label)


def preset_names(task: str | None = None) -> tuple[str, ...]:
    return datasets.names(task)
