"""The sweep's thread: a RunSet of every run trained epoch by epoch, never on the GUI thread.

The RunSet (engine, Qt-free) lives only in this thread: it is built in `run()` and nothing else touches it. After
each epoch the thread publishes a frozen `SweepFrame` (per run: value, losses, diverged, step) and, every
`MAP_EVERY` epochs and after the last, each run's output on a coarse grid for the small multiples (a 16-run grid is
the costliest part of an epoch on small data, so it is not computed every time).

Why a handshake: a Python thread in a tight numpy loop starves the GUI thread of the GIL (architecture.md,
Threads). After publishing a frame the thread waits (releasing the GIL) until the dialog has drawn it, or
`ACK_TIMEOUT_S` passes; so frames never pile up in the event queue and the window stays responsive. An epoch goes
in slices of about 20 ms (`_train_epoch`), so Stop is heard within a slice, between epochs and during that wait.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal

from ...engine import Dataset, Hyperparameters
from ...engine.grid import GridSpec
from ...engine.run_set import RunSet
from ...engine.snapshot import Snapshot
from .sweep_plan import RunResult, SweepFrame

MAP_EVERY = 5  # epochs between the small multiples' output grids
ACK_TIMEOUT_S = 0.1
SLICE_S = 0.02  # training between two looks at Stop (and two chances for the GUI thread to take the GIL)
YIELD_S = 0.004  # a GIL switch interval (5 ms) or so: the GUI thread's turn between slices


def run_results(snaps: list[Snapshot], name: str) -> tuple[RunResult, ...]:
    """The per-run summary of the runs' snapshots, with each run's value of the swept field `name`."""
    return tuple(RunResult(value=float(getattr(snap.hyperparameters, name)), train_loss=snap.train_loss,
                           test_loss=snap.test_loss, diverged=snap.diverged, step=snap.step, message=snap.message)
                 for snap in snaps)


class SweepThread(QThread):
    """Trains `hps` (one run each; they differ only in field `name`) on `dataset` for `epochs` epochs and emits a
    `SweepFrame` per epoch (`frame_ready`), or `failed` with the engine's message. `stop()` ends it between epochs;
    `acknowledge()` tells it the last frame has been drawn."""

    frame_ready = Signal(object)  # SweepFrame
    failed = Signal(str)

    def __init__(self, dataset: Dataset, hps: list[Hyperparameters], name: str, epochs: int, grid: GridSpec,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientdesk-sweep")
        self.dataset, self.hps, self.name, self.epochs, self.grid = dataset, hps, name, epochs, grid
        self._stop = threading.Event()
        self._drawn = threading.Event()
        self._slice = 8  # steps per slice of an epoch, adapted to take about SLICE_S

    def stop(self) -> None:
        """Ask the thread to end (heard between epochs and while it waits for a frame to be drawn)."""
        self._stop.set()
        self._drawn.set()

    def acknowledge(self) -> None:
        self._drawn.set()

    def run(self) -> None:
        try:
            runs = RunSet(self.dataset, self.hps)
            self._publish(runs, 0)
            for epoch in range(1, self.epochs + 1):
                started = time.perf_counter()
                if not self._train_epoch(runs):
                    return
                self._publish(runs, epoch)
                # at most half of the time busy: the GUI thread (the window's views, its own trainer) gets the
                # GIL for at least as long as this thread had it
                if self._stop.wait(min(time.perf_counter() - started, SLICE_S)):
                    return
                if all(runs.stopped):  # every run diverged (or stopped): nothing more will change
                    if epoch < self.epochs:
                        self._publish(runs, epoch, finished=True)
                    return
        except (ValueError, FloatingPointError) as error:  # refused settings: said in the dialog, never a crash
            self.failed.emit(str(error))

    def _train_epoch(self, runs: RunSet) -> bool:
        """One more epoch of every run still training; False (the epoch unfinished) once Stop was asked.

        With one batch size (a sweep of anything but the batch size) the epoch goes in slices of about
        `SLICE_S`: Stop is heard within one slice however large the data, and between slices the thread
        sleeps a moment, so the GUI thread gets the GIL. Runs of several batch sizes end their epochs at
        different steps, so a batch-size sweep trains whole epochs (`run_epochs`)."""
        if self._stop.is_set():
            return False
        n = self.dataset.n_train
        batches = {min(hp.batch_size, n) for hp in self.hps}
        if len(batches) > 1:
            runs.run_epochs(1)
            return not self._stop.is_set()
        left = -(-n // batches.pop())  # the steps of one epoch
        while left > 0:
            started = time.perf_counter()
            steps = min(left, self._slice)
            if runs.run_steps(steps) == 0:
                return True  # every run has stopped
            left -= steps
            spent = time.perf_counter() - started
            self._slice = max(1, min(100_000, round(self._slice * SLICE_S / max(spent, 1e-4))))
            if self._stop.wait(YIELD_S):
                return False
        return True

    def _publish(self, runs: RunSet, epoch: int, finished: bool = False) -> None:
        """Emit the frame of `epoch` and wait until it is drawn (or the timeout, or Stop)."""
        last = finished or epoch == self.epochs
        with_maps = last or epoch % MAP_EVERY == 0
        snaps = runs.snapshots(self.grid if with_maps else None)
        maps = None
        if with_maps:
            maps = tuple(snap.output_grid for snap in snaps if snap.output_grid is not None)
        frame = SweepFrame(epoch=epoch, epochs=self.epochs, runs=run_results(snaps, self.name),
                           maps=maps if maps and len(maps) == len(snaps) else None,
                           grid=self.grid if with_maps else None, head=snaps[0].spec.head,
                           finished=last)
        self._drawn.clear()
        self.frame_ready.emit(frame)
        self._drawn.wait(ACK_TIMEOUT_S)
