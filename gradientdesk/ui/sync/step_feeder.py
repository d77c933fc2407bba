"""`--steps N`: train N steps in about CHUNKS pieces, one snapshot each.

One Step command of N steps runs in the worker's time slices and publishes only a snapshot per slice - for 3000
steps of a small network that is a handful - so the loss curve and the traces of a `--screenshot` would be a few
straight segments. Asking for the steps piece by piece, each after the previous one's snapshot, gives every curve
~CHUNKS points, as if the learner had watched the run.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from ...bridge.controller import Controller
from ...engine.snapshot import Snapshot

CHUNKS = 150


class StepFeeder(QObject):
    """Trains `steps` more steps than the first snapshot after it is created shows (an opened run keeps its
    counters), in pieces of ceil(steps / CHUNKS). `done` once they are taken, training stopped (diverged), or the
    learner pressed Play."""

    def __init__(self, controller: Controller, steps: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.steps = steps
        self.chunk = max(1, math.ceil(steps / CHUNKS))
        self.end: int | None = None  # the step count to reach, known from the first snapshot
        self.requested_to = -1
        self.done = steps <= 0
        if not self.done:
            controller.snapshot_ready.connect(self._on_snapshot)
            # at once, not when the worker confirms it plays: a piece asked for in between paused it again
            controller.play_pressed.connect(self._finish)
            if controller.latest is not None:
                self._on_snapshot(controller.latest)

    def _finish(self) -> None:
        if not self.done:
            self.done = True
            self.controller.snapshot_ready.disconnect(self._on_snapshot)
            self.controller.play_pressed.disconnect(self._finish)

    def _on_snapshot(self, snap: Snapshot) -> None:
        if self.done:
            return
        if self.end is None:
            self.end = snap.step + self.steps
        # the learner pressed Play (or training stopped, diverged): the pieces would only get in the way
        if snap.stopped or snap.step >= self.end or self.controller.playing:
            self._finish()
            return
        if snap.step >= self.requested_to:  # the previous piece is finished: ask for the next
            n = min(self.chunk, self.end - snap.step)
            self.requested_to = snap.step + n
            self.controller.step(n)
