"""The thread of a RunSet (RunSetThread, shared with the comparison) and the sweep's use of it (SweepThread): a
RunSet of every run trained epoch by epoch, never on the GUI thread.

The RunSet (engine, Qt-free) lives only in this thread: it is built in `run()` and nothing else touches it. After
each epoch the thread publishes a frozen `SweepFrame` (per run: value, losses, diverged, step) and, every
`MAP_EVERY` epochs and after the last, each run's output on a coarse grid for the small multiples (a 16-run grid is
the costliest part of an epoch on small data, so it is not computed every time). An epoch longer than `FRAME_S`
(large data) also publishes frames from within it: the runs' losses as they go, without maps.

Why a handshake: a Python thread in a tight numpy loop starves the GUI thread of the GIL (architecture.md,
Threads). After publishing a frame the thread waits (releasing the GIL) until the dialog has drawn it, or
`ACK_TIMEOUT_S` passes; so frames never pile up in the event queue and the window stays responsive. An epoch goes
in slices of about 10 ms (`_train_epoch`), so Stop is heard within a slice, between epochs and during that wait.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ...engine import Dataset, Hyperparameters
from ...engine.grid import GridSpec
from ...engine.run_checkpoint import RunCheckpoint
from ...engine.run_helper import HelperError
from ...engine.run_set import RunSet
from ..i18n import fill
from .sweep_plan import SweepFrame, run_results

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

MAP_EVERY = 5  # epochs between the small multiples' output grids
FRAME_S = 1 / 30  # an epoch longer than this also shows frames from within it (losses now, the maps kept)
ACK_TIMEOUT_S = 0.1
SLICE_S = 0.01  # training between two looks at Stop (and two chances for the GUI thread to take the GIL)
YIELD_S = 0.004  # a GIL switch interval (5 ms) or so: the GUI thread's turn between slices
# Run-steps in one epoch (about 30 ms of training) from which the engine's helper process trains half of the runs
# (run_helper.py). Below it a frame costs more in snapshots than in training, and the helper only competes with the
# window for the two cores: 16 W2 runs on 375 points drew 35 frames/s with the helper and 42 without.
SHARE_FROM_RUN_STEPS = 5_000


class RunSetThread(QThread):
    """A RunSet trained in its own thread, in slices of about `SLICE_S`, with a drawn-frame handshake: what the sweep
    (SweepThread) and the comparison (compare_worker.CompareThread) share. The RunSet is built in `run()` and lives
    only in this thread; a subclass says in `train(runs)` what to train and when to publish (`hand_over`). Refused
    settings (ValueError from the engine) end the thread with `failed` and the engine's message, never a crash.
    `stop()` is heard within a slice, between frames and while a frame waits to be drawn; `acknowledge()` tells the
    thread the last frame has been drawn."""

    frame_ready = Signal(object)  # a frozen frame of the subclass's kind
    failed = Signal(str)

    def __init__(self, dataset: Dataset, hps: list[Hyperparameters], thread_name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(thread_name)
        self.dataset, self.hps = dataset, hps
        self._stop = threading.Event()
        self._drawn = threading.Event()
        self._slice = 8  # steps per slice, adapted to take about SLICE_S
        self._idle = 0.0  # seconds spent waiting for frames to be drawn since the last rest()
        self.final: tuple[RunCheckpoint, ...] | None = None  # every run where it ended (finished or stopped)

    def stop(self) -> None:
        """Ask the thread to end (heard within a slice and while it waits for a frame to be drawn)."""
        self._stop.set()
        self._drawn.set()

    def acknowledge(self) -> None:
        self._drawn.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        runs: RunSet | None = None
        try:
            share = None if self.epoch_run_steps() >= SHARE_FROM_RUN_STEPS else False
            runs = RunSet(self.dataset, self.hps, share=share)
            self.train(runs)
            self.final = tuple(runs.checkpoints())  # read by the dialog once the thread has ended
        except (ValueError, FloatingPointError) as error:  # refused settings: said in the dialog, never a crash
            self.failed.emit(str(error))
        except HelperError as error:  # the helper process died: said in the dialog, never a crash
            self.failed.emit(fill(translate("Sweep", "Training stopped: %1."), error))
        finally:
            if runs is not None:
                runs.close()  # the helper process is free for the next sweep

    def epoch_run_steps(self) -> int:
        """Steps of one epoch summed over the runs: how much training a frame of whole epochs holds."""
        n = self.dataset.n_train
        return sum(-(-n // max(1, min(hp.batch_size, n))) for hp in self.hps)

    def train(self, runs: RunSet) -> None:  # pragma: no cover - every subclass says what it trains
        raise NotImplementedError

    def train_slices(self, runs: RunSet, steps: int, slices: int | None = None,
                     between: Callable[[], None] | None = None) -> bool:
        """`steps` more steps of every run still training, in slices of about `SLICE_S` (at most `slices` of them,
        None: as many as it takes) with a moment between slices for the GUI thread to take the GIL, and `between`
        called after each slice but the last. False once Stop was asked (the steps unfinished); True when they are
        done, the slices used up, or every run stopped."""
        done_slices = 0
        while steps > 0 and (slices is None or done_slices < slices):
            started = time.perf_counter()
            count = min(steps, self._slice)
            if runs.run_steps(count) == 0:
                return not self._stop.is_set()  # every run has stopped
            steps -= count
            done_slices += 1
            spent = time.perf_counter() - started
            self._slice = max(1, min(100_000, round(self._slice * SLICE_S / max(spent, 1e-4))))
            if steps <= 0 or (slices is not None and done_slices >= slices):
                break  # the last slice: the caller publishes, then rests (no yield that only delays the frame)
            if self._stop.wait(YIELD_S):
                return False
            if between is not None:
                between()
        return not self._stop.is_set()

    def hand_over(self, frame: object) -> None:
        """Emit `frame` and wait until it is drawn (or `ACK_TIMEOUT_S`, or Stop): frames never pile up in the
        event queue."""
        self._drawn.clear()
        waited = time.perf_counter()
        self.frame_ready.emit(frame)
        self._drawn.wait(ACK_TIMEOUT_S)
        self._idle += time.perf_counter() - waited

    def rest(self, started: float) -> bool:
        """Busy at most half of the time: sleep as long as the thread worked since `started` (at most `SLICE_S`;
        the time it waited for a frame to be drawn is not work: the GUI thread had the GIL then), so the GUI thread
        gets the GIL for at least as long. False once Stop was asked."""
        idle, self._idle = self._idle, 0.0
        return not self._stop.wait(max(0.0, min(time.perf_counter() - started - idle, SLICE_S)))


class SweepThread(RunSetThread):
    """Trains `hps` (one run each; they differ only in field `name`) on `dataset` for `epochs` epochs and emits a
    `SweepFrame` per epoch (`frame_ready`; more from within an epoch longer than `FRAME_S`), or `failed` with the
    engine's message. `stop()` ends it between epochs; `acknowledge()` tells it the last frame has been drawn."""

    def __init__(self, dataset: Dataset, hps: list[Hyperparameters], name: str, epochs: int, grid: GridSpec,
                 parent: QObject | None = None) -> None:
        super().__init__(dataset, hps, "gradientdesk-sweep", parent)
        self.name, self.epochs, self.grid = name, epochs, grid
        self._last_frame = 0.0  # perf_counter() of the last frame handed over

    def train(self, runs: RunSet) -> None:
        self._publish(runs, 0)
        for epoch in range(1, self.epochs + 1):
            started = time.perf_counter()
            if not self._train_epoch(runs, epoch - 1):
                return
            self._publish(runs, epoch)
            if not self.rest(started):
                return
            if all(runs.stopped):  # every run diverged (or stopped): nothing more will change
                if epoch < self.epochs:
                    self._publish(runs, epoch, finished=True)
                return

    def _train_epoch(self, runs: RunSet, finished: int) -> bool:
        """One more epoch of every run still training, after `finished` epochs; False (the epoch unfinished) once
        Stop was asked.

        With one batch size (a sweep of anything but the batch size) the epoch goes in slices of about
        `SLICE_S`: Stop is heard within one slice however large the data, and between slices the thread
        sleeps a moment, so the GUI thread gets the GIL. Runs of several batch sizes end their epochs at
        different steps, so a batch-size sweep trains whole epochs (`run_epochs`)."""
        if self.stopping:
            return False
        n = self.dataset.n_train
        batches = {min(hp.batch_size, n) for hp in self.hps}
        if len(batches) > 1:
            runs.run_epochs(1)
            return not self.stopping
        return self.train_slices(runs, -(-n // batches.pop()),  # the steps of one epoch
                                 between=lambda: self._publish_within_epoch(runs, finished))

    def _publish_within_epoch(self, runs: RunSet, finished: int) -> None:
        """A long epoch (large data, many runs) shows its runs' losses at about 1 / FRAME_S frames per second:
        the frame says the epochs finished so far, and carries no maps (the last ones stay on show)."""
        if time.perf_counter() - self._last_frame >= FRAME_S:
            self._publish(runs, finished, within=True)

    def _publish(self, runs: RunSet, epoch: int, finished: bool = False, within: bool = False) -> None:
        """Emit the frame of `epoch` (`within`: from inside the next epoch, without maps) and wait until it is
        drawn (or the timeout, or Stop)."""
        last = not within and (finished or epoch == self.epochs)
        with_maps = not within and (last or epoch % MAP_EVERY == 0)
        snaps = runs.snapshots(self.grid if with_maps else None)
        maps = None
        if with_maps:
            maps = tuple(snap.output_grid for snap in snaps if snap.output_grid is not None)
        frame = SweepFrame(epoch=epoch, epochs=self.epochs, runs=run_results(snaps, self.name),
                           maps=maps if maps and len(maps) == len(snaps) else None,
                           grid=self.grid if with_maps else None, head=snaps[0].spec.head,
                           finished=last)
        self.hand_over(frame)
        self._last_frame = time.perf_counter()
