"""The training worker: the only holder of the mutable Trainer, running in its own QThread.

The GUI talks to it through `TrainingBridge` (bridge/training_bridge.py: messages in - bridge/messages.py -,
snapshots out). The worker's loop:
    take every pending message (coalesced: bridge/coalesce.py), publish one snapshot for all of them;
    if playing: train a ~10 ms slice, publish a Snapshot, wait for the frame;
    else: a ~20 ms piece of background work (exact numbers for the last snapshot, a loss landscape).
With nothing to do it blocks on its queue until a message comes.

"Wait for the frame" is the handshake that keeps the GUI responsive: a Python thread running a tight numpy loop
starves the GUI thread of the GIL (measured: seconds-long freezes), so after publishing a snapshot the worker
blocks on a `threading.Event` (releasing the GIL) until the GUI has drawn it and calls `acknowledge()`, or
100 ms pass. Repeated timeouts mean the views stopped repainting; the worker then emits `stalled` so the GUI can
force a repaint (a watchdog for a failure seen in prototypes).

Stop is heard within one chunk of any computation: `post(Stop())` sets an event the Trainer asks between chunks of
rows (engine/pieces.py), which then raises Interrupted, and the loop ends. Big data cost no more per frame than
small: while training runs a snapshot's losses and metrics are estimated on a fixed sample
(engine/evaluation.py); once paused, the exact numbers are measured in background pieces and published as the same
snapshot again.
"""

from __future__ import annotations

import math
import queue
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..engine import Dataset, Hyperparameters, Trainer, landscape
from ..engine.pieces import Interrupted
from .background import BackgroundWork
from .coalesce import FoldedHyperparameters, Item, coalesce
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
    Versions,
    assert_never,
)
from .texts import engine_text, fill
from .worker_changes import TrainerChanges

# strings marked for pyside6-lupdate (see ui/i18n.py); QCoreApplication.translate is thread-safe: fine here
translate = QCoreApplication.translate
SLICE_SECONDS = 0.010  # shortest training slice between two snapshots
GRID_SHARE = 0.25  # of the time while training, at most, for computing the output map
MAX_SLICE_SECONDS = 0.025  # longest (cheap views): the GUI still gets a frame every ~30 ms
FRAME_BUDGET_SECONDS = 1 / 32  # slice + snapshot + paint: ~32 frames a second, a margin above the 30 wanted
MIN_FRAME_SECONDS = 1 / 60  # publish at most ~60 snapshots a second
ACK_TIMEOUT = 0.100
STALL_AFTER_TIMEOUTS = 3
IDLE_PIECE_SECONDS = 0.020  # background work while paused goes in pieces this long: messages are taken between


class TrainingWorker(QObject, TrainerChanges):
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
        self._stop_requested = threading.Event()  # set by `post(Stop())` in the GUI thread; the Trainer asks it
        self._trainer: Trainer | None = None
        self._dataset: Dataset | None = None
        self._hp: Hyperparameters | None = None
        self._versions = (0, 0)
        self._playing = False
        self._stop = False
        self._speed: float | None = None  # steps per second; None: as fast as possible
        self._paced_start = (0.0, 0)  # (time, step count) when pacing began
        self._grid: GridSpec | None = None
        self._grid_at = -math.inf  # when the output map was last computed
        self._timeouts = 0
        self._last_publish = 0.0
        self._overhead = 0.0  # running mean of the time per frame not spent training (snapshot + waiting for paint)
        self._budget = 0  # steps still to run for a Step / StepEpoch (in slices, so messages stay responsive)
        self._background = BackgroundWork()  # exact numbers and loss landscapes, piece by piece
        # The model's generation: it grows whenever the trainer's parameters, data or structure may have changed.
        # Exact numbers measured for one generation belong to a snapshot of that generation only.
        self._generation = 0
        self._publish_due = False  # a message changed what the last snapshot shows
        self._kept_because = ""  # why the last change of data or settings was refused (the worker kept older ones)

    # ---- called from any thread ----------------------------------------------------------------------------------
    def post(self, message: Command) -> None:
        if isinstance(message, Stop):
            self._stop_requested.set()  # heard inside a computation, between two chunks of it
            self._frame_drawn.set()  # do not wait for a frame that will never be acknowledged
        self._inbox.put(message)

    def acknowledge(self) -> None:
        """The GUI has drawn the last snapshot."""
        self._frame_drawn.set()

    # ---- the loop (worker thread) ----------------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            while not self._stop:
                self._take_messages(block=not (self._playing or self._budget or self._background.pending))
                if self._stop:
                    break
                if self._playing or self._budget:
                    self._train_slice()
                else:
                    self._background_piece(IDLE_PIECE_SECONDS)  # paused: nothing else to do
        except Interrupted:
            pass  # Stop came inside a computation: it is left unfinished
        finally:
            self.finished.emit()

    def _take_messages(self, block: bool, timeout: float | None = None) -> None:
        """Apply every pending message; with `block`, first wait (up to `timeout`; None: until one comes, so idle
        costs nothing) for one."""
        try:
            first = self._inbox.get(timeout=timeout) if block else self._inbox.get_nowait()
        except queue.Empty:
            return
        pending = [first]
        while True:
            try:
                pending.append(self._inbox.get_nowait())
            except queue.Empty:
                break
        try:
            items: list[Item] = coalesce(pending)
        except Exception:  # a bug in coalescing must not end the worker: apply them as they came
            traceback.print_exc()
            items = list(pending)
        for item in items:
            self._apply(item)
            if self._stop:
                return
        if self._publish_due and not (self._playing or self._budget):
            self._publish()  # one snapshot for the whole batch; while training, the next slice publishes

    def _apply(self, message: Item) -> None:
        try:
            if isinstance(message, FoldedHyperparameters):
                hp_message = message.last
                reset = message.needs_reset(self._hp)
                self._set_hyperparameters(hp_message.hyperparameters, hp_message.version, reset)
            else:
                self._handle(message)
        except Interrupted:
            raise
        except ValueError as error:
            self._refused(message, engine_text(error))  # the engine's words, translated if it wrote a Message
        except Exception as error:  # a bug must not kill the worker and freeze the window: report and go on
            traceback.print_exc()
            self._refused(message, fill(translate("Worker", "Internal error while handling %1: %2. Training was "
                                                  "paused."), type(message).__name__, repr(error)))

    def _refused(self, message: Item, why: str) -> None:
        kept_older = isinstance(message, StateChange | FoldedHyperparameters)
        if kept_older:
            self._kept_because = why
        self.failed.emit(why, kept_older)
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
            case Play(versions):
                if self._holds(versions):
                    self._set_playing(True)
            case Pause():
                self._set_playing(False)
                self._budget = 0
                self._publish_due = True
            case Step(n, versions):
                if self._holds(versions):
                    self._step(n)
            case StepEpoch(versions):
                self._set_playing(False)
                if self._trainer is not None and self._holds(versions):
                    self._budget = self._trainer.steps_to_epoch_end()
            case Reset():
                self._reset()
            case SetSpeed(steps_per_second):
                self._speed = steps_per_second
                self._restart_pacing()
            case SetGrid(spec):
                self._grid = spec
                self._publish_due = True
            case RequestSnapshot():
                self._publish_due = True
            case ComputeLandscape(request):
                self._start_landscape(request)
            case SetParameter(ref, value, spec):
                self._set_parameter(ref, value, spec)
            case _:
                assert_never(message)

    def _holds(self, versions: Versions | None) -> bool:
        """Whether the worker holds the data and settings of `versions` (None: whatever it holds). If not, it says
        so and stays paused: it must never train anything but what the GUI shows."""
        if versions is None or (versions == self._versions and self._trainer is not None):
            return True
        self.failed.emit(self._kept_because or translate(
            "Worker", "Training did not start: the trainer does not hold the current data and settings yet. Press Play "
            "again."), True)
        self._set_playing(False)
        return False

    def _changed(self) -> None:
        """The trainer's model or data may have changed: a new snapshot is due, older exact numbers are void."""
        self._kept_because = ""
        self._generation += 1
        self._background.abandon()
        self._publish_due = True

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
            self._budget -= self._run_steps(self._budget, deadline)
            if trainer.stopped is not None:
                self._budget = 0
        elif self._speed is None:
            self._run_steps(1 << 30, deadline)
        else:
            start_time, start_step = self._paced_start
            due = int(self._speed * (now - start_time)) - (trainer.step_count - start_step)
            if due <= 0:
                wait = min((1 - due) / self._speed, 1 / 60)
                self._take_messages(block=True, timeout=wait)
                return
            self._run_steps(min(due, 1 << 30), deadline)
        if trainer.stopped is not None:
            self._set_playing(False)
        frame_start = time.perf_counter()
        self._publish()
        self._wait_for_frame()
        overhead = time.perf_counter() - frame_start + landscape_time
        self._overhead += 0.2 * (overhead - self._overhead)

    def _run_steps(self, n: int, deadline: float) -> int:
        assert self._trainer is not None
        self._changed()  # the parameters move (a step raising Interrupted may have moved them too)
        return self._trainer.run_steps(n, deadline)

    def slice_seconds(self) -> float:
        """How long to train before the next snapshot: what is left of a ~31 ms frame once the snapshot, the
        paint and any landscape work (their running mean) are paid for - as much training as a smooth picture
        allows, whatever the open views cost - but at least SLICE_SECONDS."""
        return min(MAX_SLICE_SECONDS, max(SLICE_SECONDS, FRAME_BUDGET_SECONDS - self._overhead))

    def _wait_for_frame(self) -> None:
        if self._frame_drawn.wait(ACK_TIMEOUT):
            self._timeouts = 0
            return
        self._timeouts += 1
        if self._timeouts >= STALL_AFTER_TIMEOUTS:
            self._timeouts = 0
            self.stalled.emit()

    def _publish(self) -> None:
        """Publish a snapshot of the trainer now. While training, its numbers are an estimate for big data; when
        paused, the exact numbers measured for this generation if there are any, else an estimate now and the exact
        numbers measured in the background (`_background_piece` publishes again with them)."""
        self._publish_due = False
        trainer = self._trainer
        if trainer is None:
            return
        training = bool(self._playing or self._budget)
        exact = self._background.exact_for(self._generation)
        now = time.perf_counter()
        # while training, the output map (the costliest part of a snapshot of a big network: 43 ms for 8x64 on a
        # 100x100 grid) is computed at most GRID_SHARE of the time; the canvas keeps the last one in between
        grid_due = not training or now - self._grid_at >= trainer.grid_seconds / GRID_SHARE
        try:
            snap = trainer.snapshot(self._grid if grid_due else None, estimate=True,
                                    evaluation=None if training else exact)
            if grid_due:
                self._grid_at = now
        except Interrupted:
            raise
        except Exception as error:  # never let a bad snapshot end the worker
            traceback.print_exc()
            self.failed.emit(fill(translate("Worker", "Internal error while taking a snapshot: %1. Training was "
                                            "paused."), repr(error)), False)
            self._set_playing(False)
            self._budget = 0
            return
        self._last_publish = time.perf_counter()
        self._frame_drawn.clear()
        self.snapshot_ready.emit(snap)
        if not training and snap.estimated:
            self._background.measure(self._generation, trainer.evaluator)

    # ---- background work, in pieces --------------------------------------------------------------------------------
    def _background_piece(self, seconds: float) -> None:
        """About `seconds` of background work: first the exact numbers of the snapshot shown (published as soon as
        they are ready), else the landscape."""
        if not self._background.measuring:
            self._landscape_piece(seconds)
        elif self._background.measure_piece(seconds):
            self._publish()  # the same snapshot again, with the exact numbers

    def _landscape_piece(self, seconds: float) -> None:
        result = self._background.landscape_piece(seconds)
        if result is not None:
            self.landscape_ready.emit(result)

    def _start_landscape(self, request: landscape.LandscapeRequest) -> None:
        """Start the loss over a grid of two parameters (engine/landscape.py) on a copy of the live model. While
        training runs it is computed in pieces, one per slice: in one go (60-150 ms) it starved the GUI of the GIL."""
        if self._trainer is not None:
            self._background.landscape = landscape.LandscapeJob.from_trainer(self._trainer, request)  # the newest
