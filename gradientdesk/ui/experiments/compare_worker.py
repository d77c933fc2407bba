"""The comparison's thread: the compared runs in one RunSet, trained in lockstep in the sweep's RunSetThread.

Lockstep: every frame follows one slice of `RunSet.run_steps(k)`, which takes k steps of every run still training,
so all of them are at the same step in every frame (a run that diverged or finished stops alone). Each run trains
`epochs` epochs: its `max_epochs` is set to that (or kept if the learner's own is smaller), so the engine stops
it at the end of that epoch exactly as a Trainer would, whatever its batch size. Frames carry each run's losses
and parameters; the maps' output grids come every `MAP_EVERY` frames and with the last. While training, the losses
of big data are estimated on a fixed sample (as the main window's worker does); the last frame is exact. Runs
branched from a keyframe of the main run (the timeline's "Branch from here") all go on from its parameters, optimizer
state and counters (`RunSet.start_from`) for `epochs` more epochs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QObject

from ...engine import Dataset, Hyperparameters
from ...engine.grid import GridSpec
from ...engine.run_checkpoint import RunCheckpoint
from ...engine.run_set import RunSet
from ...state.timeline import Keyframe
from .compare_plan import compare_frame, steps_per_epoch
from .sweep_worker import RunSetThread

MAP_EVERY = 8  # frames between the maps' output grids
FRAMES_PER_EPOCH = 4


def with_epochs(hp: Hyperparameters, epochs: int) -> Hyperparameters:
    """`hp` stopping after `epochs` epochs (its own 'Stop after epochs' kept when it is sooner)."""
    return hp.replace(max_epochs=min(hp.max_epochs, epochs) if hp.max_epochs else epochs)


class CompareThread(RunSetThread):
    """Trains `hps` (the compared runs, one structure) on `dataset` for `epochs` epochs each in lockstep, emitting a
    `CompareFrame` per slice (`frame_ready`), or `failed` with the engine's message."""

    def __init__(self, dataset: Dataset, hps: list[Hyperparameters], epochs: int, grid: GridSpec,
                 parent: QObject | None = None, start: Keyframe | None = None,
                 resume: Sequence[RunCheckpoint] | None = None) -> None:
        # branched from a keyframe (`start`) or continued (`resume`: each run from its own checkpoint): every run
        # goes on for `epochs` more epochs
        if resume is not None:
            stop_at = [hp.replace(max_epochs=c.epoch + epochs) for hp, c in zip(hps, resume, strict=True)]
        elif start is not None:
            stop_at = [hp.replace(max_epochs=start.epoch + epochs) for hp in hps]
        else:
            stop_at = [with_epochs(hp, epochs) for hp in hps]
        super().__init__(dataset, stop_at, "gradientdesk-compare", parent)
        self.epochs, self.grid, self.branch = epochs, grid, start  # not `start`: QThread.start
        self.resume = None if resume is None else list(resume)
        self.frames = 0

    def train(self, runs: RunSet) -> None:
        start = self.branch
        if self.resume is not None:
            runs.start_each(self.resume)
        elif start is not None:
            runs.start_from(start.parameters, (start.step, start.epoch, start.examples_seen),
                            start.hyperparameters.optimizer, start.optimizer_state, start.optimizer_t)
        self._publish(runs, last=False, with_maps=True)
        # a frame at least every quarter epoch (of the run with the fewest steps per epoch): the curves keep the
        # shape of the first epochs, where the runs part, even when a slice could take many epochs of small data
        steps = max(1, min(steps_per_epoch(hp, self.dataset.n_train) for hp in self.hps) // FRAMES_PER_EPOCH)
        while not all(runs.stopped):
            started = time.perf_counter()
            if not self.train_slices(runs, steps, slices=1):  # one slice: every running run, the same steps
                return
            done = all(runs.stopped)
            self._publish(runs, last=done, with_maps=done or self.frames % MAP_EVERY == 0)
            if not done and not self.rest(started):
                return

    def _publish(self, runs: RunSet, last: bool, with_maps: bool) -> None:
        self.frames += 1
        self.hand_over(compare_frame(runs, self.epochs, self.grid, self.dataset.n_train, last, with_maps))
