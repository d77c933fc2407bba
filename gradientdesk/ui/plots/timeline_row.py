"""The timeline row above the loss curves: a slider over the steps the run has kept (bridge/timeline_edits.py) to go
back to any of them, what the timeline holds in memory, and the ways out of a look back: "Back to now" (nothing
lost; "Now"), "Continue here" (train on from the step on show; the later steps are dropped) and "Branch…" (Compare
runs that all start from the step on show).

The slider's positions are the kept keyframes, oldest left; the right end is the newest step. Dragging previews each
step it passes at most every PREVIEW_MS (a preview builds a Trainer and measures the data: a few milliseconds for
the examples, more for 100,000 points), and the keyboard scrubs too (arrows, Page Up/Down, Home, End).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QSlider, QToolButton, QWidget

from ...bridge.controller import Controller
from ...engine.snapshot import Snapshot
from ..i18n import count_text, fill
from ..window.flow_layout import FlowLayout

PREVIEW_MS = 40
SLIDER_WIDTH = 160  # px: about a pixel a keyframe for a long run
REFRESH_S = 0.25  # the row follows training at most four times a second: its text is not worth a frame's time
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def memory_size(nbytes: int) -> str:
    """'12 KB', '3.4 MB' (binary units, as the timeline's budget of 50 MB is counted)."""
    return f"{nbytes / 2**10:.0f} KB" if nbytes < 2**20 else f"{nbytes / 2**20:.1f} MB"


class TimelineSlider(QSlider):
    """A slider that keeps its keys while it has the focus: Right is also the window's Step shortcut, and a
    shortcut would otherwise take the key before the slider saw it."""

    KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
            Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() in self.KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()
            return True
        return super().event(event)


class TimelineRow(QWidget):
    """Slider, step text, memory text and the buttons, over `controller`'s timeline. `branch_asked(keyframe)` when
    the learner asks to branch runs from the step on show (the window opens Compare runs from it)."""

    branch_asked = Signal(object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_row")
        self.controller = controller
        self._refreshed_at = 0.0
        self._steps: list[int] = []
        self.slider = TimelineSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeline_slider")
        # the texts follow training: translated once, here
        self._texts = {
            "kept": translate("Timeline", "%1 kept"),
            "preview": translate("Timeline", "step %1 of %2 · loss %3"),
            "now": translate("Timeline", "now: step %1 · %2"),
            "memory": translate("Timeline", "The timeline keeps %1 keyframes, %2 MB of %3 MB; older steps are "
                                            "thinned evenly, so the memory stays within its budget however long the "
                                            "run."),
            "memory 1": translate("Timeline", "The timeline keeps %1 keyframe, %2 MB of %3 MB; older steps are "
                                              "thinned evenly, so the memory stays within its budget however long "
                                              "the run."),
            "Kept": translate("Timeline", "Kept"), "Keep": translate("Timeline", "Keep"),
        }
        self.slider.setToolTip(translate(
            "Timeline", "Go back to any step the run has kept: every view shows that step (training pauses). "
            "Arrow keys move one kept step, Home to the first, End back to now."))
        self.slider.setRange(0, 0)
        self.slider.setPageStep(5)
        self.slider.setMinimumWidth(SLIDER_WIDTH)
        self.where = QLabel(self)
        self.where.setObjectName("timeline_where")
        self.back_button = QToolButton(self)
        self.back_button.setText(translate("Timeline", "Now"))
        self.back_button.setToolTip(translate("Timeline", "Show the newest step again (nothing is lost)."))
        self.continue_button = QToolButton(self)
        self.continue_button.setText(translate("Timeline", "Continue here"))
        self.continue_button.setToolTip(translate(
            "Timeline", "Train on from the step on show with the current hyperparameters (change the learning rate "
            "first to take another path); the later steps are dropped."))
        # a flow: in presentation mode's narrow side column the row wraps instead of widening the column
        self.keep_button = QToolButton(self)
        self.keep_button.setText(self._texts["Keep"])
        self.keep_button.setToolTip(translate(
            "Timeline", "Keep this step however long the run gets (it is never thinned away) and save it with the "
            "session."))
        self.keep_button.clicked.connect(self._keep)
        self.branch_button = QToolButton(self)
        self.branch_button.setText(translate("Timeline", "Branch…"))
        self.branch_button.setToolTip(translate(
            "Timeline", "Compare runs that all start from the step on show: change run B's hyperparameters there "
            "and watch both paths from the same point."))
        self.branch_button.clicked.connect(self._branch)
        layout = FlowLayout(self)
        title = QLabel(translate("Timeline", "Timeline"), self)
        title.setToolTip(self.slider.toolTip())
        for widget in (title, self.slider, self.where, self.back_button, self.continue_button, self.keep_button,
                       self.branch_button):
            layout.addWidget(widget)

        self._flow = layout
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(PREVIEW_MS)
        self._pending.timeout.connect(self._preview)
        self._trailing = QTimer(self)
        self._trailing.setSingleShot(True)
        self._trailing.timeout.connect(self._refresh_unless_previewing)
        self.slider.valueChanged.connect(self._moved)
        self.back_button.clicked.connect(controller.leave_preview)
        self.continue_button.clicked.connect(controller.continue_from_preview)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.preview_changed.connect(self._on_preview)
        controller.history_reset.connect(self.refresh)
        self.refresh()

    def add_trailing(self, widget: QWidget) -> None:
        """Put `widget` (the loss plot's log-scale box) at the end of the row's flow."""
        self._flow.addWidget(widget)

    # ---- following the run ---------------------------------------------------------------------------------------
    def _on_snapshot(self, _snap: Snapshot) -> None:
        if self.controller.preview is not None or self._trailing.isActive():
            return
        wait = REFRESH_S - (time.monotonic() - self._refreshed_at)
        if wait <= 0:
            self.refresh()
        else:  # later, once: the last snapshot of a run is shown too
            self._trailing.start(round(1000 * wait))

    def _refresh_unless_previewing(self) -> None:
        if self.controller.preview is None:
            self.refresh()

    def refresh(self) -> None:
        """The slider's range from the kept steps, at the newest one; the texts and buttons for "now"."""
        self._refreshed_at = time.monotonic()
        self._steps = [int(step) for step in self.controller.timeline.steps]
        blocked = self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(self._steps) - 1, 0))
        if self.controller.preview is None and not self._pending.isActive():  # not under the learner's hand
            self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(blocked)
        self.slider.setEnabled(len(self._steps) > 1)
        self.setVisible(len(self._steps) > 1)  # nothing to go back to yet: the loss curves keep the room
        self._show_texts()

    def _on_preview(self, snap: Snapshot | None) -> None:
        if snap is None:
            self.refresh()
            return
        index = self._steps.index(snap.step) if snap.step in self._steps else None
        if index is not None and index != self.slider.value():  # previewed from elsewhere (a lesson, a test)
            blocked = self.slider.blockSignals(True)
            self.slider.setValue(index)
            self.slider.blockSignals(blocked)
        self._show_texts()

    def _show_texts(self) -> None:
        preview, latest = self.controller.preview, self.controller.live
        texts, timeline = self._texts, self.controller.timeline
        kept = fill(texts["kept"], memory_size(timeline.nbytes))
        if preview is not None and latest is not None:  # short: presentation mode's side column is narrow
            self.where.setText(fill(texts["preview"], count_text(preview.step), count_text(latest.step),
                                    f"{preview.train_loss:.3g}"))
        else:
            self.where.setText(kept if latest is None else fill(texts["now"], count_text(latest.step), kept))
        frames = len(timeline)  # keyframes, as Timeline.memory_text counts them
        self.where.setToolTip(fill(texts["memory 1" if frames == 1 else "memory"], frames,
                                   f"{timeline.nbytes / 2**20:.1f}", f"{timeline.budget_bytes / 2**20:.0f}"))
        self.back_button.setVisible(preview is not None)  # only while looking back: the row stays short
        self.continue_button.setVisible(preview is not None)
        self.branch_button.setVisible(preview is not None)
        frame = None if preview is None else self.controller.timeline.at(preview.step)
        self.keep_button.setVisible(preview is not None)
        self.keep_button.setEnabled(frame is not None and not frame.pinned)
        self.keep_button.setText(self._texts["Kept" if frame is not None and frame.pinned else "Keep"])

    def _keep(self) -> None:
        preview = self.controller.preview
        if preview is None:
            return
        if not self.controller.timeline.pin(preview.step):
            self.controller.status.emit(translate(
                "Timeline", "This step cannot be kept: kept steps may fill at most half of the timeline's memory."))
        self._show_texts()

    def _branch(self) -> None:
        preview = self.controller.preview
        frame = None if preview is None else self.controller.timeline.at(preview.step)
        if frame is not None:
            self.branch_asked.emit(frame)

    # ---- scrubbing -----------------------------------------------------------------------------------------------
    def _moved(self, _index: int) -> None:
        if not self._pending.isActive():
            self._pending.start()

    def _preview(self) -> None:
        index = self.slider.value()
        if not 0 <= index < len(self._steps):
            return
        if index == len(self._steps) - 1:
            self.controller.leave_preview()
        else:
            self.controller.preview_step(self._steps[index])
