"""The training worker: the only holder of the mutable Trainer, running in its own QThread.

The GUI talks to it through `TrainingBridge` (commands in, snapshots out). The worker's loop:
    take every pending command;  if playing: train a ~10 ms slice, publish a Snapshot, wait for the frame.
"Wait for the frame" is the handshake that keeps the GUI responsive: a Python thread running a tight numpy loop
starves the GUI thread of the GIL (measured: seconds-long freezes), so after publishing a snapshot the worker
blocks on a `threading.Event` (releasing the GIL) until the GUI has drawn it and calls `acknowledge()`, or
100 ms pass. Repeated timeouts mean the views stopped repainting; the worker then emits `stalled` so the GUI can
force a repaint (a watchdog for a failure seen in prototypes).
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
import weakref
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine import Dataset, Hyperparameters, Trainer, landscape

SLICE_SECONDS = 0.010  # shortest training slice between two snapshots
MAX_SLICE_SECONDS = 0.025  # longest (cheap views): the GUI still gets a frame every ~30 ms
FRAME_BUDGET_SECONDS = 1 / 32  # slice + snapshot + paint: ~32 frames a second, a margin above the 30 wanted
MIN_FRAME_SECONDS = 1 / 60  # publish at most ~60 snapshots a second
ACK_TIMEOUT = 0.100
STALL_AFTER_TIMEOUTS = 3
_LIVE_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def live_threads() -> list[QThread]:
    """Worker threads that are still running (tests fail if any is left behind)."""
    alive = []
    for thread in list(_LIVE_THREADS):
        try:
            if thread.isRunning():
                alive.append(thread)
        except RuntimeError:  # the C++ object is gone
            pass
    return alive


class TrainingWorker(QObject):
    """Lives in the worker thread. Every public method except `post`/`acknowledge` runs there."""

    snapshot_ready = Signal(object)  # Snapshot
    failed = Signal(str, str)  # (command, message): a command could not be applied; nothing changed
    playing_changed = Signal(bool)
    stalled = Signal()
    finished = Signal()
    landscape_ready = Signal(object)  # engine.landscape.Landscape, answering a "landscape" command

    def __init__(self) -> None:
        super().__init__()
        self._commands: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()
        self._frame_drawn = threading.Event()
        self._frame_drawn.set()
        self._trainer: Trainer | None = None
        self._dataset: Dataset | None = None
        self._hp: Hyperparameters | None = None
        self._versions = (0, 0)
        self._playing = False
        self._stop = False
        self._speed: float | None = None  # steps per second; None: as fast as possible
        self._paced_start = (0.0, 0)  # (time, step count) when pacing began
        self._grid: tuple[float, float, float, float, int] | None = None
        self._timeouts = 0
        self._last_publish = 0.0
        self._overhead = 0.0  # running mean of the time per frame not spent training (snapshot + waiting for paint)
        self._budget = 0  # steps still to run for a Step / Epoch command (in slices, so commands stay responsive)
        self._landscape: landscape.LandscapeJob | None = None  # a loss landscape being computed, piece by piece

    # ---- called from any thread ----------------------------------------------------------------------------------
    def post(self, command: str, *args: Any) -> None:
        self._commands.put((command, args))
        if command == "stop":
            self._frame_drawn.set()

    def acknowledge(self) -> None:
        """The GUI has drawn the last snapshot."""
        self._frame_drawn.set()

    # ---- the loop (worker thread) ----------------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            while not self._stop:
                self._take_commands(block=not (self._playing or self._budget or self._landscape))
                if self._stop:
                    break
                if self._playing or self._budget:
                    self._train_slice()
                elif self._landscape is not None:
                    self._landscape_piece(float("inf"))  # paused: nothing else to do, finish it
        finally:
            self.finished.emit()

    def _take_commands(self, block: bool) -> None:
        try:
            command, args = self._commands.get(timeout=0.5) if block else self._commands.get_nowait()
        except queue.Empty:
            return
        while True:
            self._apply(command, args)
            try:
                command, args = self._commands.get_nowait()
            except queue.Empty:
                return

    def _apply(self, command: str, args: tuple[Any, ...]) -> None:
        handler = getattr(self, f"_cmd_{command}")
        try:
            handler(*args)
        except ValueError as error:
            self.failed.emit(command, str(error))
            self._set_playing(False)
            self._budget = 0
        except Exception as error:  # a bug must not kill the worker and freeze the window: report and go on
            traceback.print_exc()
            self.failed.emit(command, f"Internal error while handling '{command}': {error!r}. Training was paused.")
            self._set_playing(False)
            self._budget = 0

    def _set_playing(self, playing: bool) -> None:
        playing = playing and self._trainer is not None and self._trainer.stopped is None
        if playing and not self._playing:
            self._restart_pacing()
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)

    def _restart_pacing(self) -> None:
        self._paced_start = (time.perf_counter(), self._trainer.step_count if self._trainer else 0)

    def _train_slice(self) -> None:
        trainer = self._trainer
        assert trainer is not None
        overhead_start = time.perf_counter()
        self._landscape_piece(landscape.PIECE_SECONDS)  # a landscape in progress takes a bit of each frame
        landscape_time = time.perf_counter() - overhead_start
        now = time.perf_counter()
        deadline = max(now + self.slice_seconds(), self._last_publish + MIN_FRAME_SECONDS)
        if self._budget:
            self._budget -= trainer.run_steps(self._budget, deadline)
            if trainer.stopped is not None:
                self._budget = 0
        elif self._speed is None:
            trainer.run_steps(1 << 30, deadline)
        else:
            start_time, start_step = self._paced_start
            due = int(self._speed * (now - start_time)) - (trainer.step_count - start_step)
            if due <= 0:
                wait = min((1 - due) / self._speed, 1 / 60)
                self._take_commands_for(wait)
                return
            trainer.run_steps(min(due, 1 << 30), deadline)
        if trainer.stopped is not None:
            self._set_playing(False)
        frame_start = time.perf_counter()
        self._publish()
        self._wait_for_frame()
        overhead = time.perf_counter() - frame_start + landscape_time
        self._overhead += 0.2 * (overhead - self._overhead)

    def slice_seconds(self) -> float:
        """How long to train before the next snapshot: what is left of a ~31 ms frame once the snapshot, the
        paint and any landscape work (their running mean) are paid for - as much training as a smooth picture
        allows, whatever the open views cost - but at least SLICE_SECONDS."""
        return min(MAX_SLICE_SECONDS, max(SLICE_SECONDS, FRAME_BUDGET_SECONDS - self._overhead))

    def _take_commands_for(self, seconds: float) -> None:
        try:
            command, args = self._commands.get(timeout=seconds)
        except queue.Empty:
            return
        self._apply(command, args)

    def _wait_for_frame(self) -> None:
        if self._frame_drawn.wait(ACK_TIMEOUT):
            self._timeouts = 0
            return
        self._timeouts += 1
        if self._timeouts >= STALL_AFTER_TIMEOUTS:
            self._timeouts = 0
            self.stalled.emit()

    def _publish(self) -> None:
        if self._trainer is None:
            return
        try:
            snap = self._trainer.snapshot(self._grid)
        except Exception as error:  # never let a bad snapshot end the worker
            traceback.print_exc()
            self.failed.emit("snapshot", f"Internal error while taking a snapshot: {error!r}. Training was paused.")
            self._set_playing(False)
            self._budget = 0
            return
        self._last_publish = time.perf_counter()
        self._frame_drawn.clear()
        self.snapshot_ready.emit(snap)

    # ---- commands ----------------------------------------------------------------------------------------------
    def _cmd_stop(self) -> None:
        self._stop = True
        self._playing = False

    def _cmd_configure(self, dataset: Dataset, hp: Hyperparameters, versions: tuple[int, int],
                       parameters: dict[str, np.ndarray] | None = None,
                       counters: tuple[int, int, int] | None = None) -> None:
        """Build a fresh trainer for new data and hyperparameters together (first start, a model switch, an opened
        file); `parameters`, if given, replace the freshly initialized ones, and `counters` (step, epoch, examples
        seen) continue a saved run's counts."""
        trainer = Trainer(dataset, hp)  # raises ValueError before anything changes
        if parameters is not None:
            trainer.model.set_parameters(parameters)
        if counters is not None:
            trainer.set_counters(*counters)
        self._dataset, self._hp, self._trainer = dataset, hp, trainer
        self._stamp(versions)
        if self._playing:
            self._restart_pacing()
        self._publish()

    def _stamp(self, versions: tuple[int, int]) -> None:
        self._versions = versions
        if self._trainer is not None:
            self._trainer.dataset_version, self._trainer.hp_version = versions

    def _cmd_dataset(self, dataset: Dataset, version: int) -> None:
        versions = (version, self._versions[1])
        if self._trainer is None:
            self._versions = versions
            self._cmd_configure(dataset, self._hp, versions)
            return
        self._trainer.set_dataset(dataset)
        self._dataset = dataset
        self._stamp(versions)
        self._publish()

    def _cmd_hyperparameters(self, hp: Hyperparameters, version: int) -> None:
        versions = (self._versions[0], version)
        if self._trainer is None:
            self._hp, self._versions = hp, versions
            if self._dataset is not None:
                self._cmd_configure(self._dataset, hp, versions)
            return
        self._trainer.set_hyperparameters(hp)
        self._hp = hp
        self._stamp(versions)
        if self._playing:
            self._restart_pacing()
        self._publish()

    def _cmd_play(self) -> None:
        self._set_playing(True)

    def _cmd_pause(self) -> None:
        self._set_playing(False)
        self._budget = 0
        self._publish()

    def _cmd_step(self, n: int) -> None:
        """Run n steps, then stay paused. One step is taken at once; more go in slices like playing."""
        self._set_playing(False)
        if self._trainer is None:
            return
        if n == 1:
            self._trainer.step()
            self._publish()
        else:
            self._budget = n

    def _cmd_epoch(self) -> None:
        self._set_playing(False)
        if self._trainer is not None:
            self._budget = self._trainer.steps_to_epoch_end()

    def _cmd_reset(self) -> None:
        self._budget = 0
        if self._trainer is not None:
            self._trainer.reset()
            self._restart_pacing()
            self._publish()

    def _cmd_speed(self, steps_per_second: float | None) -> None:
        self._speed = steps_per_second
        self._restart_pacing()

    def _cmd_grid(self, spec: tuple[float, float, float, float, int] | None) -> None:
        self._grid = spec
        if not self._playing:
            self._publish()

    def _cmd_snapshot(self) -> None:
        self._publish()

    def _cmd_landscape(self, request: landscape.LandscapeRequest) -> None:
        """Start the loss over a grid of two parameters (engine/landscape.py) on a copy of the live model. While
        training runs it is computed in pieces, one per slice: in one go (60-150 ms) it starved the GUI of the GIL."""
        if self._trainer is not None:
            self._landscape = landscape.LandscapeJob.from_trainer(self._trainer, request)  # replaces an older one

    def _landscape_piece(self, seconds: float) -> None:
        job = self._landscape
        try:
            finished = job is not None and job.advance(seconds)
        except Exception:  # a bug in it must not end the worker: drop the landscape (the view asks again)
            traceback.print_exc()
            self._landscape = None
            return
        if finished:
            self._landscape = None
            self.landscape_ready.emit(job.result)

    def _cmd_set_parameter(self, name: str, index: tuple[int, ...], value: float) -> None:
        """Overwrite one scalar of a parameter (training paused: a learner editing a weight by hand)."""
        if self._trainer is None:
            return
        model = self._trainer.model
        if name not in model.parameters:
            raise ValueError(f"the model has no parameter {name}")
        if not np.isfinite(value):
            raise ValueError(f"{name} must be a finite number")
        model.parameters[name][index] = value
        self._publish()


class TrainingBridge(QObject):
    """The GUI-side handle on the worker: starts and stops its thread and forwards commands.

    Its interface (methods in, signals out) does not reveal that a thread does the work, so a child process could
    replace it without touching a view.
    """

    snapshot_ready = Signal(object)
    failed = Signal(str, str)  # (command, message)
    playing_changed = Signal(bool)
    stalled = Signal()
    landscape_ready = Signal(object)  # engine.landscape.Landscape

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("gradientdesk-trainer")
        self._worker = TrainingWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._thread.quit)
        self._worker.snapshot_ready.connect(self.snapshot_ready)
        self._worker.failed.connect(self.failed)
        self._worker.playing_changed.connect(self.playing_changed)
        self._worker.stalled.connect(self.stalled)
        self._worker.landscape_ready.connect(self.landscape_ready)
        self._started = False
        self._speed: float | None = None
        self._grid: tuple[float, float, float, float, int] | None = None
        self._initial_parameters: dict[str, np.ndarray] | None = None  # set by a configure before the start
        self._initial_counters: tuple[int, int, int] | None = None

    def _post(self, command: str, *args: Any) -> None:
        """Forward a command; before `start` there is nothing to command (start sends the whole state)."""
        if self._started:
            self._worker.post(command, *args)

    def start(self, dataset: Dataset | None, hp: Hyperparameters, versions: tuple[int, int]) -> None:
        # settings made before the start travel first, so the first snapshot already honours them
        self._worker.post("speed", self._speed)
        self._worker.post("grid", self._grid)
        if dataset is not None:
            self._worker.post("configure", dataset, hp, versions, self._initial_parameters, self._initial_counters)
        else:
            self._worker.post("hyperparameters", hp, versions[1])
        _LIVE_THREADS.add(self._thread)
        self._thread.start()
        self._started = True

    def configure(self, dataset: Dataset, hp: Hyperparameters, versions: tuple[int, int],
                  parameters: dict[str, np.ndarray] | None = None,
                  counters: tuple[int, int, int] | None = None) -> None:
        """New data and hyperparameters at once: a fresh trainer (starting from `parameters` and counting on from
        `counters` (step, epoch, examples seen) if given)."""
        if not self._started:
            self._initial_parameters, self._initial_counters = parameters, counters  # start() sends the whole state
        self._post("configure", dataset, hp, versions, parameters, counters)

    def set_dataset(self, dataset: Dataset, version: int) -> None:
        self._post("dataset", dataset, version)

    def set_hyperparameters(self, hp: Hyperparameters, version: int) -> None:
        self._post("hyperparameters", hp, version)

    def play(self) -> None:
        self._post("play")

    def pause(self) -> None:
        self._post("pause")

    def step(self, n: int = 1) -> None:
        self._post("step", n)

    def step_epoch(self) -> None:
        self._post("epoch")

    def reset(self) -> None:
        self._post("reset")

    def set_speed(self, steps_per_second: float | None) -> None:
        self._speed = steps_per_second
        self._post("speed", steps_per_second)

    def set_grid(self, spec: tuple[float, float, float, float, int] | None) -> None:
        self._grid = spec
        self._post("grid", spec)

    def request_snapshot(self) -> None:
        self._post("snapshot")

    def compute_landscape(self, request: landscape.LandscapeRequest) -> None:
        """Ask for a loss landscape; the answer comes as `landscape_ready`."""
        self._post("landscape", request)

    def set_parameter(self, name: str, index: tuple[int, ...], value: float) -> None:
        self._post("set_parameter", name, index, value)

    def acknowledge(self) -> None:
        self._worker.acknowledge()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker and join its thread; True if it ended within the timeout."""
        if not self._started:
            return True
        self._worker.post("stop")
        self._thread.quit()
        ended = self._thread.wait(timeout_ms)
        self._started = not ended
        return bool(ended)
