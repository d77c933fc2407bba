"""The training worker: the only holder of the mutable Trainer, running in its own QThread.

The GUI talks to it through `TrainingBridge` (messages in - bridge/messages.py -, snapshots out). The worker's loop:
    take every pending message;  if playing: train a ~10 ms slice, publish a Snapshot, wait for the frame.
With nothing to do (paused, no steps to run, no landscape to compute) it blocks on its queue until a message comes.
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

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine import Dataset, Hyperparameters, Trainer, landscape
from .messages import (
    Command,
    ComputeLandscape,
    Configure,
    GridSpec,
    Pause,
    Play,
    RequestSnapshot,
    Reset,
    SetData,
    SetGrid,
    SetHyperparameters,
    SetParameter,
    SetSpeed,
    StateChange,
    Step,
    StepEpoch,
    Stop,
    assert_never,
)

SLICE_SECONDS = 0.010  # shortest training slice between two snapshots
MAX_SLICE_SECONDS = 0.025  # longest (cheap views): the GUI still gets a frame every ~30 ms
FRAME_BUDGET_SECONDS = 1 / 32  # slice + snapshot + paint: ~32 frames a second, a margin above the 30 wanted
MIN_FRAME_SECONDS = 1 / 60  # publish at most ~60 snapshots a second
ACK_TIMEOUT = 0.100
STALL_AFTER_TIMEOUTS = 3
IDLE_PIECE_SECONDS = 0.020  # a landscape computed while paused goes in pieces this long, so Stop is heard between


class TrainingWorker(QObject):
    """Lives in the worker thread. Every public method except `post`/`acknowledge` runs there."""

    snapshot_ready = Signal(object)  # Snapshot
    failed = Signal(str, bool)  # (why, the worker kept its older data or settings): a message was refused
    playing_changed = Signal(bool)
    stalled = Signal()
    finished = Signal()
    landscape_ready = Signal(object)  # engine.landscape.Landscape, answering a ComputeLandscape

    def __init__(self) -> None:
        super().__init__()
        self._inbox: queue.SimpleQueue[Command] = queue.SimpleQueue()
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
        self._grid: GridSpec | None = None
        self._timeouts = 0
        self._last_publish = 0.0
        self._overhead = 0.0  # running mean of the time per frame not spent training (snapshot + waiting for paint)
        self._budget = 0  # steps still to run for a Step / StepEpoch (in slices, so messages stay responsive)
        self._landscape: landscape.LandscapeJob | None = None  # a loss landscape being computed, piece by piece

    # ---- called from any thread ----------------------------------------------------------------------------------
    def post(self, message: Command) -> None:
        self._inbox.put(message)
        if isinstance(message, Stop):
            self._frame_drawn.set()  # do not wait for a frame that will never be acknowledged

    def acknowledge(self) -> None:
        """The GUI has drawn the last snapshot."""
        self._frame_drawn.set()

    # ---- the loop (worker thread) ----------------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            while not self._stop:
                self._take_messages(block=not (self._playing or self._budget or self._landscape))
                if self._stop:
                    break
                if self._playing or self._budget:
                    self._train_slice()
                elif self._landscape is not None:
                    self._landscape_piece(IDLE_PIECE_SECONDS)  # paused: nothing else to do
        finally:
            self.finished.emit()

    def _take_messages(self, block: bool) -> None:
        """Apply every pending message; with `block`, first wait (without a timeout: idle costs nothing) for one."""
        try:
            message = self._inbox.get() if block else self._inbox.get_nowait()
        except queue.Empty:
            return
        while True:
            self._apply(message)
            try:
                message = self._inbox.get_nowait()
            except queue.Empty:
                return

    def _apply(self, message: Command) -> None:
        try:
            self._handle(message)
        except ValueError as error:
            self._refused(message, str(error))
        except Exception as error:  # a bug must not kill the worker and freeze the window: report and go on
            traceback.print_exc()
            self._refused(message, f"Internal error while handling {type(message).__name__}: {error!r}. "
                                   "Training was paused.")

    def _refused(self, message: Command, why: str) -> None:
        self.failed.emit(why, isinstance(message, StateChange))
        self._set_playing(False)
        self._budget = 0

    def _handle(self, message: Command) -> None:
        match message:
            case Stop():
                self._stop = True
                self._playing = False
            case Configure():
                self._configure(message)
            case SetData(dataset, version):
                self._set_data(dataset, version)
            case SetHyperparameters(hp, version):
                self._set_hyperparameters(hp, version)
            case Play():
                self._set_playing(True)
            case Pause():
                self._set_playing(False)
                self._budget = 0
                self._publish()
            case Step(n):
                self._step(n)
            case StepEpoch():
                self._set_playing(False)
                if self._trainer is not None:
                    self._budget = self._trainer.steps_to_epoch_end()
            case Reset():
                self._reset()
            case SetSpeed(steps_per_second):
                self._speed = steps_per_second
                self._restart_pacing()
            case SetGrid(spec):
                self._grid = spec
                if not self._playing:
                    self._publish()
            case RequestSnapshot():
                self._publish()
            case ComputeLandscape(request):
                self._start_landscape(request)
            case SetParameter(name, index, value):
                self._set_parameter(name, index, value)
            case _:
                assert_never(message)

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
                self._take_message_within(wait)
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

    def _take_message_within(self, seconds: float) -> None:
        try:
            message = self._inbox.get(timeout=seconds)
        except queue.Empty:
            return
        self._apply(message)

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
            self.failed.emit(f"Internal error while taking a snapshot: {error!r}. Training was paused.", False)
            self._set_playing(False)
            self._budget = 0
            return
        self._last_publish = time.perf_counter()
        self._frame_drawn.clear()
        self.snapshot_ready.emit(snap)

    # ---- handlers of the bigger messages -------------------------------------------------------------------------
    def _configure(self, message: Configure) -> None:
        """Build a fresh trainer for new data and hyperparameters together."""
        trainer = Trainer(message.dataset, message.hyperparameters)  # raises ValueError before anything changes
        if message.parameters is not None:
            trainer.model.set_parameters(dict(message.parameters))
        if message.counters is not None:
            trainer.set_counters(*message.counters)
        self._dataset, self._hp, self._trainer = message.dataset, message.hyperparameters, trainer
        self._stamp(message.versions)
        if self._playing:
            self._restart_pacing()
        self._publish()

    def _stamp(self, versions: tuple[int, int]) -> None:
        self._versions = versions
        if self._trainer is not None:
            self._trainer.dataset_version, self._trainer.hp_version = versions

    def _set_data(self, dataset: Dataset, version: int) -> None:
        versions = (version, self._versions[1])
        if self._trainer is None:
            self._versions = versions
            if self._hp is not None:  # before any hyperparameters there is nothing to build
                self._configure(Configure(dataset, self._hp, versions))
            else:
                self._dataset = dataset
            return
        self._trainer.set_dataset(dataset)
        self._dataset = dataset
        self._stamp(versions)
        self._publish()

    def _set_hyperparameters(self, hp: Hyperparameters, version: int) -> None:
        versions = (self._versions[0], version)
        if self._trainer is None:
            self._hp, self._versions = hp, versions
            if self._dataset is not None:
                self._configure(Configure(self._dataset, hp, versions))
            return
        self._trainer.set_hyperparameters(hp)
        self._hp = hp
        self._stamp(versions)
        if self._playing:
            self._restart_pacing()
        self._publish()

    def _step(self, n: int) -> None:
        """Run n steps, then stay paused. One step is taken at once; more go in slices like playing."""
        self._set_playing(False)
        if self._trainer is None:
            return
        if n == 1:
            self._trainer.step()
            self._publish()
        else:
            self._budget = n

    def _reset(self) -> None:
        self._budget = 0
        if self._trainer is not None:
            self._trainer.reset()
            self._restart_pacing()
            self._publish()

    def _start_landscape(self, request: landscape.LandscapeRequest) -> None:
        """Start the loss over a grid of two parameters (engine/landscape.py) on a copy of the live model. While
        training runs it is computed in pieces, one per slice: in one go (60-150 ms) it starved the GUI of the GIL."""
        if self._trainer is not None:
            self._landscape = landscape.LandscapeJob.from_trainer(self._trainer, request)  # replaces an older one

    def _landscape_piece(self, seconds: float) -> None:
        job = self._landscape
        if job is None:
            return
        try:
            finished = job.advance(seconds)
        except Exception:  # a bug in it must not end the worker: drop the landscape (the view asks again)
            traceback.print_exc()
            self._landscape = None
            return
        if finished:
            self._landscape = None
            self.landscape_ready.emit(job.result)

    def _set_parameter(self, name: str, index: tuple[int, ...], value: float) -> None:
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
    """The GUI-side handle on the worker: starts and stops its thread and forwards messages (`send`).

    Its interface (frozen messages in, signals out) does not reveal that a thread does the work, so a child process
    could replace it without touching a view.
    """

    snapshot_ready = Signal(object)
    failed = Signal(str, bool)  # (why, the worker kept its older data or settings)
    playing_changed = Signal(bool)
    stalled = Signal()
    landscape_ready = Signal(object)  # engine.landscape.Landscape
    stopped = Signal()  # the worker's thread has ended (after `shutdown`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("gradientdesk-trainer")
        self._worker = TrainingWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_finished)
        self._worker.snapshot_ready.connect(self.snapshot_ready)
        self._worker.failed.connect(self.failed)
        self._worker.playing_changed.connect(self.playing_changed)
        self._worker.stalled.connect(self.stalled)
        self._worker.landscape_ready.connect(self.landscape_ready)
        self._started = False
        self._stopping = False
        # what `start` sends first, as last set before it
        self._speed = SetSpeed(None)
        self._grid = SetGrid(None)
        self._configure: Configure | None = None

    def send(self, message: Command) -> None:
        """Forward a message. Before `start` there is no loop to command: the speed, the grid and a Configure's
        learned parameters and counters are kept for `start`, which sends the whole state; the rest is dropped."""
        if self._started:
            self._worker.post(message)
        elif isinstance(message, SetSpeed):
            self._speed = message
        elif isinstance(message, SetGrid):
            self._grid = message
        elif isinstance(message, Configure):
            self._configure = message

    def start(self, dataset: Dataset | None, hp: Hyperparameters, versions: tuple[int, int]) -> None:
        # settings made before the start travel first, so the first snapshot already honours them
        self._worker.post(self._speed)
        self._worker.post(self._grid)
        if dataset is not None:
            held = self._configure
            self._worker.post(Configure(dataset, hp, versions, held.parameters if held else None,
                                        held.counters if held else None))
        else:
            self._worker.post(SetHyperparameters(hp, versions[1]))
        self._thread.start()
        self._started = True

    def acknowledge(self) -> None:
        self._worker.acknowledge()

    @Slot()
    def _thread_finished(self) -> None:
        self._thread.wait()  # `finished` comes from the thread's last moments: let them pass, then it has ended
        self._started = False
        self.stopped.emit()

    @property
    def stopping(self) -> bool:
        """`shutdown` has been asked for (the thread may still be finishing)."""
        return self._stopping

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker and wait up to `timeout_ms` for its thread. True once it has ended; False while it is
        still finishing a computation - `stopped` follows when it ends. Calling it again waits again."""
        self._stopping = True
        if not self._started:
            return True
        self._worker.post(Stop())
        self._thread.quit()
        ended = bool(self._thread.wait(timeout_ms))
        self._started = not ended
        return ended

