"""The controller: owns the current data, hyperparameters, undo stack and training history (GUI thread), and
talks to the training worker. Views call its methods and listen to its signals; none touches the Trainer.

Every change becomes a new immutable value: a new `DataState` (through an undoable command) or new
`Hyperparameters` (validated first: a bad value is refused with a message, never half-applied). Each value gets a
version number; snapshots computed for older versions are dropped.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..engine import Hyperparameters, build_model, compatibility, datasets
from ..engine.features import features_for_input_dim
from ..engine.hyperparameters import MODEL_LABELS
from ..engine.models import check_trainable
from ..engine.snapshot import Snapshot
from ..state.data_state import DataSettings, DataState
from ..state.history import LossHistory, ParameterHistory
from .commands import DataEdit
from .data_edits import DataEditing
from .messages import (
    ComputeLandscape,
    Configure,
    Pause,
    Play,
    Reset,
    SetData,
    SetGrid,
    SetHyperparameters,
    SetParameter,
    SetSpeed,
    Step,
    StepEpoch,
)
from .worker import TrainingBridge

FRAME_FALLBACK_MS = 40  # acknowledge a snapshot even if no view repainted for it
# About 60 epochs a second on the default example (TensorFlow Playground's pace): the boundary visibly forms over
# a few seconds instead of in one blink. "As fast as possible" is one click away.
DEFAULT_SPEED = 1000.0

# The ready example a newcomer sees: pressing Play at once shows learning.
DEFAULT_SETTINGS = DataSettings(preset="circle", n=300, seed=1, test_fraction=0.5)
DEFAULT_HYPERPARAMETERS = Hyperparameters(model="mlp", hidden_layers=(4, 2), activation="tanh", learning_rate=0.03,
                                          batch_size=10, seed=1)

# When a model cannot use the data on the canvas, this preset is loaded for it.
PRESET_FOR_MODEL = {"linear": "line", "polynomial": "polynomial", "logistic": "gaussians", "softmax": "blobs",
                    "mlp": "circle", "pca": "cloud"}


class Controller(QObject, DataEditing):
    """State and commands of one GradientDesk window."""

    data_changed = Signal(object)  # DataState
    hyperparameters_changed = Signal(object, bool)  # (Hyperparameters, parameters were re-initialized)
    snapshot_ready = Signal(object)  # the newest Snapshot for the current data and hyperparameters
    playing_changed = Signal(bool)
    problem_changed = Signal(str)  # what went wrong and what to try; "" when all is well
    status = Signal(str)  # a transient status-bar message
    selection_changed = Signal(str)  # flat parameter name such as "dense1.W[0,1]"; "" for none
    history_reset = Signal()  # the loss history and traces were cleared (fresh parameters)
    repaint_requested = Signal()  # the frame watchdog asks every view to repaint
    landscape_ready = Signal(object)  # engine.landscape.Landscape asked for by compute_landscape
    stopped = Signal()  # the worker thread has ended after `shutdown` (which may return before it does)

    def __init__(self, data: DataState | None = None, hp: Hyperparameters | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = DEFAULT_SETTINGS
        self.data = data if data is not None else DataState.from_preset(self.settings)
        self.hyperparameters = hp if hp is not None else DEFAULT_HYPERPARAMETERS
        self.undo_stack = QUndoStack(self)
        self.latest: Snapshot | None = None
        self.playing = False
        self.problem = ""
        self.selection = ""
        self.speed: float | None = DEFAULT_SPEED
        self.loss_history = LossHistory()
        self.parameter_history: ParameterHistory | None = None
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

    # ---- life cycle ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker with the current data and hyperparameters."""
        if self._started:
            return
        self._started = True
        trainable = self._trainable_dataset()
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
    def play(self) -> None:
        if self._trainable_dataset() is None:
            self._report_untrainable()
            return
        self._bridge.send(Play())

    def pause(self) -> None:
        self._bridge.send(Pause())

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step(self, n: int = 1) -> None:
        if self._trainable_dataset() is None:
            self._report_untrainable()
            return
        self._bridge.send(Step(n))

    def step_epoch(self) -> None:
        if self._trainable_dataset() is None:
            self._report_untrainable()
            return
        self._bridge.send(StepEpoch())

    def reset(self) -> None:
        """Fresh parameters from the seed (the same seed gives the same start)."""
        self._clear_history()
        self._set_problem("")
        self._bridge.send(Reset())
        self.status.emit(f"Parameters reset from seed {self.hyperparameters.seed}.")

    def set_speed(self, steps_per_second: float | None) -> None:
        """Steps per second, or None for as fast as possible."""
        self.speed = steps_per_second
        self._bridge.send(SetSpeed(steps_per_second))

    def set_grid(self, spec: tuple[float, float, float, float, int] | None) -> None:
        """Ask for the model output on a grid (x_min, x_max, y_min, y_max, resolution) in every snapshot."""
        self._bridge.send(SetGrid(spec))

    def set_parameter_value(self, name: str, index: tuple[int, ...], value: float) -> None:
        """Overwrite one weight or bias by hand (pauses training)."""
        if not np.isfinite(value):
            self.status.emit(f"{name} must be a finite number.")
            return
        self._bridge.send(Pause())
        self._bridge.send(SetParameter(name, index, float(value)))

    def compute_landscape(self, request: Any) -> None:
        """Ask the worker for the loss over a grid of two parameters (engine.landscape.LandscapeRequest); the answer
        arrives as `landscape_ready` (bridge/landscape_service.py decides when to ask)."""
        self._bridge.send(ComputeLandscape(request))

    # ---- hyperparameters ------------------------------------------------------------------------------------------
    def set_hyperparameter(self, name: str, value: Any) -> bool:
        """Change one hyperparameter. Returns False (and says why in the status bar) if the value is refused."""
        if getattr(self.hyperparameters, name) == value:
            return True
        try:
            hp = self.hyperparameters.replace(**{name: value})
        except (TypeError, ValueError) as error:
            self.status.emit(f"Not changed: {error}")
            return False
        return self.set_hyperparameters(hp, changed=name)

    def set_hyperparameters(self, hp: Hyperparameters, changed: str = "") -> bool:
        """Switch to `hp` (loading a suitable preset first when the model cannot use the data on the canvas)."""
        try:
            hp.validate()
        except ValueError as error:
            self.status.emit(f"Not changed: {error}")
            return False
        if hp.model != self.hyperparameters.model and not self._model_fits_data(hp):
            return self._switch_model_and_data(hp)
        hp = self._fit_features(hp, self.data.input_dim)
        dataset = self._trainable_dataset()
        if dataset is not None:
            try:
                build_model(hp, dataset, np.random.default_rng(0))
            except ValueError as error:
                self.status.emit(f"Not changed: {error}")
                return False
        old = self.hyperparameters
        reset = old.needs_reset(hp)
        self.hyperparameters = hp
        self._hp_version += 1
        if reset:
            self._clear_history()
            self._set_problem("")
        elif self.problem and self.latest is not None and self.latest.diverged:
            self._set_problem("")
        self._send_to_worker(hp_changed=True)
        self.hyperparameters_changed.emit(hp, reset)
        if reset:
            label = Hyperparameters.info(changed).label if changed else "A structural hyperparameter"
            self.status.emit(f"{label} changed: the parameters were re-initialized.")
        elif changed:
            self.status.emit(f"{Hyperparameters.info(changed).label} changed; training goes on with the same "
                             "parameters.")
        return True

    def _switch_model_and_data(self, hp: Hyperparameters) -> bool:
        """A model that cannot use the data on the canvas: load a preset it can use, in one undoable step."""
        preset = PRESET_FOR_MODEL[hp.model]
        settings = DataSettings(preset, self.settings.n, None, self.settings.seed, self.settings.test_fraction)
        try:
            state = DataState.from_preset(settings)
            hp = self._fit_features(hp, state.input_dim, widen=state.input_dim > self.data.input_dim)
        except ValueError as error:
            self.status.emit(f"Not changed: {error}")
            return False
        self.settings = settings
        self.undo_stack.push(DataEdit(f"Switch to {MODEL_LABELS[hp.model]}", self.data, state, self._apply_state,
                                      hp_before=self.hyperparameters, hp_after=hp))
        self.status.emit(f"{MODEL_LABELS[hp.model]} cannot use the previous data: loaded the '{preset}' dataset "
                         "(Undo brings the old data and model back).")
        return True

    def _model_fits_data(self, hp: Hyperparameters) -> bool:
        return compatibility.fits(hp.model, self.data.task, self.data.n_classes)

    @staticmethod
    def _fit_features(hp: Hyperparameters, input_dim: int, widen: bool = False) -> Hyperparameters:
        """Drop the input features the data cannot provide; with `widen` (data just became 2-D) turn a lone x1
        into x1 and x2, so the new coordinate is not silently ignored."""
        fitted = features_for_input_dim(hp.features, input_dim)
        if widen and input_dim == 2 and fitted == ("x1",):
            fitted = ("x1", "x2")
        return hp if fitted == hp.features else hp.replace(features=fitted)

    # ---- data (editing the points: see DataEditing) ----------------------------------------------------------
    def replace_everything(self, state: DataState, hp: Hyperparameters, parameters: dict[str, np.ndarray] | None = None,
                           settings: DataSettings | None = None, counters: tuple[int, int, int] | None = None) -> None:
        """Start over with new data, hyperparameters and optionally learned parameters (an opened file or a lesson):
        a new document, so the undo history is cleared. Raises ValueError, changing nothing, if they do not fit.
        `counters` (step, epoch, examples seen) continue a saved run's counts with the given parameters."""
        hp.validate()
        dataset = state.dataset
        if dataset is not None:
            try:
                check_trainable(dataset)
            except ValueError:
                dataset = None  # a drawing in progress: kept, trained once it can be
        if dataset is not None:
            model = build_model(hp, dataset, np.random.default_rng(0))
            if parameters is not None:
                model.set_parameters(parameters)  # checks names and shapes
        elif parameters is not None:
            raise ValueError("learned parameters were given for data that cannot be trained on")
        self.undo_stack.clear()
        if settings is not None:
            self.settings = settings
        self.data, self.hyperparameters = state, hp
        self._data_version += 1
        self._hp_version += 1
        self._clear_history()
        self._set_problem("")
        self.data_changed.emit(state)
        self.hyperparameters_changed.emit(hp, True)
        if dataset is None:
            self._worker_in_sync = False
            self._report_untrainable()
            return
        self._bridge.send(Configure(dataset, hp, (self._data_version, self._hp_version), parameters, counters))
        self._worker_in_sync = True

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
        dataset = self._trainable_dataset()
        if dataset is None:
            self._worker_in_sync = False
            self._report_untrainable()
            return
        try:
            build_model(new_hp, dataset, np.random.default_rng(0))
        except ValueError as error:
            self._worker_in_sync = False
            self._set_problem(str(error))
            self._bridge.send(Pause())
            return
        if self.problem and not (self.latest is not None and self.latest.diverged):
            self._set_problem("")
        self._send_to_worker(data_changed=True, hp_changed=hp_changed)

    def _send_to_worker(self, data_changed: bool = False, hp_changed: bool = False) -> None:
        """Hand the current data and/or hyperparameters to the worker. While the worker may hold an older pair
        (data it could not use were never sent, or it refused a change) both go together, building a fresh
        trainer; otherwise only what changed goes, so the learned parameters are kept."""
        dataset = self._trainable_dataset()
        if dataset is None:
            self._worker_in_sync = False
            return
        if not self._worker_in_sync or (data_changed and hp_changed):
            self._bridge.send(Configure(dataset, self.hyperparameters, (self._data_version, self._hp_version)))
            self._worker_in_sync = True
        elif data_changed:
            self._bridge.send(SetData(dataset, self._data_version))
        elif hp_changed:
            self._bridge.send(SetHyperparameters(self.hyperparameters, self._hp_version))

    def _trainable_dataset(self):  # -> Dataset | None
        ds = self.data.dataset
        if ds is None:
            return None
        try:
            check_trainable(ds)
        except ValueError:
            return None
        return ds

    def _report_untrainable(self) -> None:
        ds = self.data.dataset
        if ds is None:
            message = "The canvas is empty: draw some points or pick a preset from the Data menu."
        else:
            try:
                check_trainable(ds)
                message = ""
            except ValueError as error:
                message = f"Cannot train yet: {error}."
        self._bridge.send(Pause())
        self._set_problem(message)

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
        if self.latest is not None and snap.step < self.latest.step:
            self.loss_history.add(snap)  # it truncates itself
        self.latest = snap
        self.loss_history.add(snap)
        if self.parameter_history is None or snap.spec != self.parameter_history.spec:
            self.parameter_history = ParameterHistory(snap.spec)
        self.parameter_history.add(snap)
        if snap.diverged:
            self._set_problem(snap.message)
        elif snap.stopped:
            self.status.emit(snap.message)
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
        if message != self.problem:
            self.problem = message
            self.problem_changed.emit(message)

    def _clear_history(self) -> None:
        self.loss_history.clear()
        self.parameter_history = None
        self.history_reset.emit()


def preset_names(task: str | None = None) -> tuple[str, ...]:
    return datasets.names(task)
