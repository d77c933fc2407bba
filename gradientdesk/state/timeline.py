"""A run's timeline: bounded keyframes of its whole state, to scrub back to and to branch from (no Qt; lives in
the GUI thread, fed with the snapshots it receives).

A keyframe holds what is needed to show a run at a step, or to continue it from there: the step and epoch, the
losses, every parameter, the optimizer's state (e.g. Adam's m and v per slot, and t) and the hyperparameters in
force. It shares the snapshot's arrays (snapshots are immutable), so a keyframe costs what its arrays hold.

Memory is bounded by `budget_bytes` (50 MB by default), not by a count: when the next keyframe would pass it, every
other unpinned keyframe is dropped (the first and the newest stay) and from then on only every second snapshot is
kept (the stride doubles), as history.py thins the loss curve. Hours of training cost bounded memory, and the whole
run stays reachable at an evenly thinned resolution; the largest network (8 x 64, about 29,000 parameters, Adam:
three arrays of float64 each, ~0.7 MB a keyframe) keeps ~70 keyframes. Keyframes the learner pinned are never
thinned (they count against the budget; pinning refuses once the pinned ones alone would fill it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from ..engine.hyperparameters import Hyperparameters
from ..engine.snapshot import Snapshot

DEFAULT_BUDGET = 50 * 2**20  # bytes


@dataclass(frozen=True)
class Keyframe:
    """A run's state after `step` steps: enough to draw it and to train on from it."""

    step: int
    epoch: int
    train_loss: float
    test_loss: float | None
    parameters: Mapping[str, np.ndarray]
    optimizer_state: Mapping[str, Mapping[str, np.ndarray]]
    optimizer_t: int
    hyperparameters: Hyperparameters
    pinned: bool = False
    examples_seen: int = 0

    @classmethod
    def of(cls, snap: Snapshot) -> Keyframe:
        return cls(step=snap.step, epoch=snap.epoch, train_loss=snap.train_loss, test_loss=snap.test_loss,
                   parameters=snap.parameters, optimizer_state=snap.optimizer_state, optimizer_t=snap.optimizer_t,
                   hyperparameters=snap.hyperparameters, examples_seen=snap.examples_seen)

    @property
    def nbytes(self) -> int:
        """Bytes of its arrays: the parameters and every optimizer slot (sum of n x itemsize)."""
        total = sum(np.asarray(a).nbytes for a in self.parameters.values())
        return total + sum(np.asarray(a).nbytes for slot in self.optimizer_state.values() for a in slot.values())


class Timeline:
    """Keyframes of one run in step order, within `budget_bytes` (see the module's docstring)."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET) -> None:
        if budget_bytes <= 0:
            raise ValueError("a timeline needs a positive memory budget")
        self.budget_bytes = budget_bytes
        self._frames: list[Keyframe] = []
        self.nbytes = 0
        self.stride = 1  # keep every stride-th snapshot offered
        self._skipped = 0

    def __len__(self) -> int:
        return len(self._frames)

    @property
    def steps(self) -> np.ndarray:
        return np.array([frame.step for frame in self._frames], dtype=np.int64)

    @property
    def frames(self) -> tuple[Keyframe, ...]:
        return tuple(self._frames)

    def clear(self) -> None:
        """A new run (other data, a reset, another model): nothing of the old one can be continued."""
        self._frames, self.nbytes, self.stride, self._skipped = [], 0, 1, 0

    def add(self, snap: Snapshot) -> bool:
        """Keep `snap` as a keyframe if the stride asks for it; True if kept. A snapshot of an earlier step (a
        rewind, an undo) first drops the keyframes after it; one of the newest keyframe's step replaces it (the
        same parameters measured again). A diverged snapshot is not kept: its parameters are those of an earlier
        step, which the timeline has already."""
        if snap.diverged:
            return False
        if self._frames and snap.step < self._frames[-1].step:
            self.truncate_after(snap.step)
        if self._frames and snap.step == self._frames[-1].step:
            pinned = self._frames[-1].pinned
            self._drop(len(self._frames) - 1)
            self._append(replace(Keyframe.of(snap), pinned=pinned))
            return True
        if self._frames and self._skipped + 1 < self.stride:
            self._skipped += 1
            return False
        self._skipped = 0
        frame = Keyframe.of(snap)
        while self._frames and self.nbytes + frame.nbytes > self.budget_bytes and self._thin():
            pass
        if self.nbytes + frame.nbytes > self.budget_bytes:
            return False  # pinned keyframes fill the budget: the run goes on, unrecorded
        self._append(frame)
        return True

    def at(self, step: int) -> Keyframe | None:
        """The keyframe of `step`, or the last one before it (None before the first)."""
        index = int(np.searchsorted(self.steps, step, side="right")) - 1
        return self._frames[index] if index >= 0 else None

    def pin(self, step: int) -> bool:
        """Keep the keyframe at or before `step` through every thinning (the learner asked to keep it: a session
        stores it). False if there is none, or the pinned keyframes would then fill more than half the budget."""
        frame = self.at(step)
        if frame is None:
            return False
        pinned_bytes = sum(f.nbytes for f in self._frames if f.pinned and f is not frame)
        if pinned_bytes + frame.nbytes > self.budget_bytes // 2:
            return False
        self._frames[self._frames.index(frame)] = replace(frame, pinned=True)
        return True

    def restore(self, frames: Iterable[Keyframe]) -> int:
        """Start over with `frames` (keyframes a session file kept), pinned, in step order: the timeline of an opened
        run, which the run's own snapshots then extend. Frames beyond what pinning allows (half the budget) are left
        out, the latest first; returns how many were kept."""
        self.clear()
        kept = 0
        for frame in sorted(frames, key=lambda f: f.step):
            if (self._frames and frame.step <= self._frames[-1].step) or \
                    self.nbytes + frame.nbytes > self.budget_bytes // 2:
                continue
            self._append(replace(frame, pinned=True))
            kept += 1
        return kept

    def truncate_after(self, step: int) -> None:
        """Drop the keyframes after `step` (the run went back there)."""
        while self._frames and self._frames[-1].step > step:
            self._drop(len(self._frames) - 1)

    def memory_text(self) -> str:
        """What the timeline holds, for the UI: e.g. "12 keyframes, 3.4 MB of 50 MB"."""
        count = len(self._frames)
        return (f"{count} keyframe{'s' if count != 1 else ''}, {self.nbytes / 2**20:.1f} MB of "
                f"{self.budget_bytes / 2**20:.0f} MB")

    def _append(self, frame: Keyframe) -> None:
        self._frames.append(frame)
        self.nbytes += frame.nbytes

    def _drop(self, index: int) -> None:
        self.nbytes -= self._frames.pop(index).nbytes

    def _thin(self) -> bool:
        """Drop every other unpinned keyframe between the first and the newest, and double the stride; False if
        nothing could be dropped."""
        keep = [i == 0 or i == len(self._frames) - 1 or frame.pinned or i % 2 == 0
                for i, frame in enumerate(self._frames)]
        if all(keep):
            return False
        self._frames = [frame for frame, kept in zip(self._frames, keep, strict=True) if kept]
        self.nbytes = sum(frame.nbytes for frame in self._frames)
        self.stride *= 2
        return True
