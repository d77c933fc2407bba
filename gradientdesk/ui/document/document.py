"""The open document: which file it came from and whether it has unsaved changes (for the title's "*", the question
on quit, and autosave).

Unsaved means, compared with the moment it was opened or saved: a data edit (the undo stack is not at its clean
index), different hyperparameters, or training moved the parameters (the step counter differs). Snapshots of a
data or hyperparameter version that is already gone do not count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from ...bridge.controller import Controller
from ...engine import Hyperparameters

UNTITLED = QT_TRANSLATE_NOOP("Document", "Untitled")  # shown translated


class Document(QObject):
    """File name, title, lesson text and the saved/unsaved state of one window's session."""

    changed = Signal()  # the file, the title or the unsaved state changed

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path: Path | None = None
        self.title = ""
        self.lesson: dict[str, Any] | None = None
        self._saved_hp: Hyperparameters = controller.hyperparameters
        self._saved_step = 0
        self._forced = False  # e.g. work restored from an autosave: unsaved although nothing changed since
        self.modified = False
        self._attached = True
        controller.undo_stack.cleanChanged.connect(self.update)
        controller.hyperparameters_changed.connect(self.update)
        controller.data_changed.connect(self.update)
        controller.snapshot_ready.connect(self._on_snapshot)

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else QCoreApplication.translate("Document", UNTITLED)

    def reset(self, path: Path | None, step: int = 0, title: str = "", lesson: dict[str, Any] | None = None,
              modified: bool = False) -> None:
        """A document was opened (or started, path None), with its parameters at `step`."""
        self.path, self.title, self.lesson = path, title, lesson
        self._forced = modified
        self.mark_saved(step)

    def mark_saved(self, step: int | None = None) -> None:
        """What is shown now is what the file holds."""
        self.controller.undo_stack.setClean()
        self._saved_hp = self.controller.hyperparameters
        self._saved_step = self._current_step() if step is None else step
        self.modified = False
        self.update()
        self.changed.emit()

    def saved_as(self, path: Path) -> None:
        self.path = path
        self._forced = False
        self.mark_saved()

    def _current_step(self) -> int:
        snap = self.controller.latest
        if snap is None or (snap.dataset_version, snap.hp_version) != self.controller.versions:
            return self._saved_step  # no snapshot for the current state yet: training has not moved anything
        return snap.step

    def _on_snapshot(self, _snap: object) -> None:
        if not self.modified:  # cheap check at up to 60 snapshots a second
            self.update()

    def detach(self) -> None:
        """Stop following the controller (the window closes; snapshots may still be queued)."""
        if not self._attached:
            return
        self._attached = False
        c = self.controller
        for signal, slot in ((c.undo_stack.cleanChanged, self.update), (c.hyperparameters_changed, self.update),
                             (c.data_changed, self.update), (c.snapshot_ready, self._on_snapshot)):
            signal.disconnect(slot)

    @property
    def worth_asking(self) -> bool:
        """Whether the unsaved changes are the learner's own work, worth a Save question before they go: anything
        but a lesson that has only been trained (its data and settings are the lesson's; pressing Play again
        gives the same run). Edited data or settings of a lesson are the learner's work."""
        if not self.modified:
            return False
        if self.lesson is None or self._forced:
            return True
        try:
            return not self.controller.undo_stack.isClean() or self.controller.hyperparameters != self._saved_hp
        except RuntimeError:  # torn down
            return False

    def update(self, *_args: object) -> None:
        c = self.controller
        try:
            clean = c.undo_stack.isClean()
        except RuntimeError:  # the window is being torn down without a close: nothing to track any more
            return
        modified = (self._forced or not clean or c.hyperparameters != self._saved_hp
                    or self._current_step() != self._saved_step)
        if modified != self.modified:
            self.modified = modified
            self.changed.emit()
