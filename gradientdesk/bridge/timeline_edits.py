"""Going back in a run: the Controller's timeline (a mixin). Every snapshot the worker sends may become a keyframe
(state/timeline.py: parameters, optimizer state, counters, within a byte budget). The learner can look at any kept
step - `preview_step` pauses training and shows that step in every view - and then either go back to the newest
step (`leave_preview`, nothing lost) or continue training from the step seen (`continue_from_preview`): the worker
gets the keyframe's parameters, optimizer state and counters, and the curves, traces and keyframes after it are
dropped as the first snapshot of the continued run arrives (the histories truncate themselves on an earlier step).

The preview is computed here, in the GUI thread, by a Trainer of its own built from the keyframe (the worker's
Trainer is never touched): the losses and metrics on the current data and the output grid the canvas asked for.
A keyframe keeps no gradient: the preview's gradients are measured at that step over every training point (the
direction downhill from there, not the minibatch gradient of the step that led there; on a fixed sample of
GRADIENT_ROWS of them for big data), and its updates are zero.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine import Dataset, Hyperparameters, Trainer
from ..engine.snapshot import Snapshot, frozen
from ..state.timeline import Keyframe, Timeline
from .messages import Configure, Pause
from .texts import count_text, engine_text, fill

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from .training_bridge import TrainingBridge

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
GRADIENT_ROWS = 10_000  # training points the preview's gradient is measured on, at most (100,000 points: 224 -> 84 ms)
PREVIEW = "preview"  # the key in Snapshot.extras that marks a look back (views keep no history of it)


def is_preview(snap: Snapshot) -> bool:
    return bool(snap.extras.get(PREVIEW, False))


def preview_snapshot(dataset: Dataset, frame: Keyframe, grid: tuple[float, float, float, float, int] | None,
                     versions: tuple[int, int]) -> Snapshot:
    """What the run looked like at `frame`: a snapshot of a fresh Trainer holding the keyframe's parameters and
    optimizer state, measured on `dataset` (marked as a preview in its extras)."""
    trainer = Trainer(dataset, frame.hyperparameters)  # the settings of that step: its optimizer state fits them
    trainer.resume(frame.parameters, (frame.step, frame.epoch, frame.examples_seen), frame.optimizer_state,
                   frame.optimizer_t)
    trainer.dataset_version, trainer.hp_version = versions
    snap = trainer.snapshot(grid)
    X, y = dataset.split("train")
    if len(X) > GRADIENT_ROWS:  # big data: a fixed sample keeps scrubbing quick (an estimate of the same direction)
        rows = np.random.default_rng(0).choice(len(X), GRADIENT_ROWS, replace=False)
        X, y = X[rows], y[rows]
    _loss, gradients = trainer.objective_and_gradients(X, y)  # downhill from here, over the training points
    return replace(snap, gradients=MappingProxyType({name: frozen(g) for name, g in gradients.items()}),
                   extras={**snap.extras, PREVIEW: True})


class TimelineEditing:
    """The timeline commands of the Controller (it provides the attributes below)."""

    timeline: Timeline
    latest: Snapshot | None  # the snapshot on show: the preview while there is one
    preview: Snapshot | None
    _live: Snapshot | None  # while previewing: the run's newest snapshot
    hyperparameters: Hyperparameters
    snapshot_ready: SignalInstance
    preview_changed: SignalInstance
    status: SignalInstance
    _bridge: TrainingBridge
    _grid: tuple[float, float, float, float, int] | None

    @property
    def versions(self) -> tuple[int, int]:  # pragma: no cover - the Controller's
        raise NotImplementedError

    def _trainable_dataset(self) -> Dataset | None:  # pragma: no cover - the Controller's
        raise NotImplementedError

    @property
    def live(self) -> Snapshot | None:
        """The run's newest snapshot (`latest` is the snapshot on show: a preview while there is one)."""
        return self._live if self.preview is not None else self.latest

    def preview_step(self, step: int) -> Snapshot | None:
        """Show the kept step at or before `step` in every view (training pauses); the newest step ends the
        preview. None if nothing is kept there or the data cannot be trained on now."""
        frame = self.timeline.at(step)
        dataset = self._trainable_dataset()
        live = self.live
        if frame is None or dataset is None or live is None:
            return None
        if frame.step >= live.step:
            self.leave_preview()
            return self.latest
        self._bridge.send(Pause())
        try:
            snap = preview_snapshot(dataset, frame, self._grid, self.versions)
        except ValueError as error:  # the keyframe no longer fits the model (cannot happen: a new model clears it)
            self.status.emit(fill(translate("TimelineEdits", "Step %1 cannot be shown: %2"), count_text(frame.step),
                                  engine_text(error)))
            return None
        if self.preview is None:
            self._live = self.latest
        self.preview = self.latest = snap  # every view draws `latest`: now the step looked back at
        self.preview_changed.emit(snap)
        self.snapshot_ready.emit(snap)
        return snap

    def leave_preview(self) -> None:
        """Back to the newest step: every view shows the run as it is again."""
        if self.preview is None:
            return
        self.latest, self.preview, self._live = self._live, None, None
        self.preview_changed.emit(None)
        if self.latest is not None:
            self.snapshot_ready.emit(self.latest)

    def _preview_outlived(self, snap: Snapshot) -> bool:
        """A snapshot from the worker while previewing: the paused run measured again at its newest step (a pause,
        a new grid) keeps the preview on show (False: nothing more to do with it); anything else (a weight typed,
        new data) ends the preview, and the snapshot is shown as usual (True)."""
        live = self._live
        if live is not None and snap.step == live.step and snap.spec is live.spec and \
                snap.dataset_version == live.dataset_version:
            self._live = snap
            self._bridge.acknowledge()
            return False
        self.latest, self.preview, self._live = live, None, None
        self.preview_changed.emit(None)
        return True

    def continue_from_preview(self) -> bool:
        """Train on from the step being previewed with the current hyperparameters (a changed learning rate takes
        a new path from there); the steps after it are dropped. False when nothing is previewed."""
        preview, dataset = self.preview, self._trainable_dataset()
        if preview is None or dataset is None:
            return False
        frame = self.timeline.at(preview.step)
        assert frame is not None  # the preview was made from it, and the timeline only grows while previewing
        hp = self.hyperparameters
        same_optimizer = frame.hyperparameters.optimizer == hp.optimizer
        self._bridge.send(Configure(dataset, hp, self.versions, frame.parameters,
                                    (frame.step, frame.epoch, frame.examples_seen),
                                    frame.optimizer_state if same_optimizer else None,
                                    frame.optimizer_t if same_optimizer else 0))
        # the histories truncate themselves when the continued run's first snapshot (an earlier step) arrives
        self.latest, self.preview, self._live = self._live, None, None
        self.preview_changed.emit(None)
        self.status.emit(fill(translate("TimelineEdits", "Training goes on from step %1; the steps after it were "
                                        "dropped."), count_text(frame.step)))
        return True
