"""Training controls: Play/Pause (Space), Step (Right), Step epoch (Shift+Right), Reset (R), speed, counters.

While the data and settings cannot train (Controller.can_train), Play, Step, Epoch and Reset are disabled - their
tooltips and the problem banner say why - so a press never looks as if it trained."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QToolBar, QWidget

from ...bridge.controller import Controller
from ...engine.snapshot import Snapshot
from ..i18n import count_text, fill
from ..sync.steady_label import SteadyLabel

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# (label, steps per second; None = as fast as possible); the labels are shown translated (context "TrainingBar")
SPEEDS: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("TrainingBar", "1 step/s"), 1.0), (QT_TRANSLATE_NOOP("TrainingBar", "3 steps/s"), 3.0),
    (QT_TRANSLATE_NOOP("TrainingBar", "10 steps/s"), 10.0), (QT_TRANSLATE_NOOP("TrainingBar", "30 steps/s"), 30.0),
    (QT_TRANSLATE_NOOP("TrainingBar", "100 steps/s"), 100.0),
    (QT_TRANSLATE_NOOP("TrainingBar", "1000 steps/s"), 1000.0),
    (QT_TRANSLATE_NOOP("TrainingBar", "As fast as possible"), None),
)


class TrainingBar(QToolBar):
    """The toolbar that drives training; its actions also live in the Training menu."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(translate("TrainingBar", "Training"), parent)
        self.setObjectName("training_toolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.controller = controller
        style = self.style()
        icon = style.standardIcon
        pixmaps = QStyle.StandardPixmap
        self.play_action = self._action(
            translate("TrainingBar", "Play"), "Space", icon(pixmaps.SP_MediaPlay),
            translate("TrainingBar", "Train continuously (Space). Press again to pause."), controller.toggle_play)
        self.step_action = self._action(
            translate("TrainingBar", "Step"), "Right", icon(pixmaps.SP_MediaSeekForward),
            translate("TrainingBar", "One gradient-descent step on one minibatch (Right arrow)."),
            lambda: controller.step(1))
        self.epoch_action = self._action(
            translate("TrainingBar", "Epoch"), "Shift+Right", icon(pixmaps.SP_MediaSkipForward),
            translate("TrainingBar", "Train until the current pass over the training points is complete "
                      "(Shift+Right)."), controller.step_epoch)
        self.reset_action = self._action(
            translate("TrainingBar", "Reset"), "R", icon(pixmaps.SP_BrowserReload),
            translate("TrainingBar", "Fresh parameters from the seed (R). The same seed gives the same start."),
            controller.reset)
        self.addSeparator()
        self.speed_box = QComboBox(self)
        self.speed_box.setToolTip(translate(
            "TrainingBar", "How many gradient-descent steps per second. Slow speeds let you follow each update; "
            "'As fast as possible' trains at full speed."))
        for label, value in SPEEDS:
            self.speed_box.addItem(translate("TrainingBar", label), value)
        self.speed_box.setCurrentIndex(max(0, self.speed_box.findData(controller.speed)))
        self.speed_box.currentIndexChanged.connect(self._speed_chosen)
        self.addWidget(QLabel(translate("TrainingBar", " Speed: "), self))
        self.addWidget(self.speed_box)
        self.addSeparator()
        self.counters = SteadyLabel(self)  # changes at every frame: held at its widest, no relayout per frame
        self.counters.setToolTip(translate(
            "TrainingBar", "Step: updates so far. Epoch: complete passes over the training points. "
            "Examples: training points the model has seen."))
        self.counters.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.counters)
        self.show_counters(None)
        controller.playing_changed.connect(self._playing_changed)
        controller.snapshot_ready.connect(self.show_counters)
        self._gated = {action: action.toolTip() for action in (self.play_action, self.step_action, self.epoch_action,
                                                                self.reset_action)}
        controller.trainable_changed.connect(self._trainable_changed)
        controller.problem_changed.connect(self._problem_changed)  # the reason may change while untrainable
        self._trainable_changed(controller.can_train)

    def _action(self, text: str, shortcut: str, icon, tip: str, slot) -> QAction:
        action = QAction(icon, text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip}")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def set_speed(self, speed: float | None) -> str:
        """Show and apply `speed` (steps per second; None: as fast as possible). Returns a note saying so, or "" if
        the Speed box offers no such speed (nothing changes then)."""
        index = next((i for i in range(self.speed_box.count()) if self.speed_box.itemData(i) == speed), -1)
        if index < 0:
            return ""
        self.speed_box.setCurrentIndex(index)  # the box tells the controller
        self.controller.set_speed(speed)  # also when the box already showed it but the controller differs
        return fill(translate("TrainingBar", "Speed: %1, as this lesson needs (change it in the training bar)."),
                    self.speed_box.itemText(index))

    def _speed_chosen(self, index: int) -> None:
        self.controller.set_speed(self.speed_box.itemData(index))

    def _trainable_changed(self, trainable: bool) -> None:
        """Offer the training actions only while the current data and settings can train."""
        why = self.controller.untrainable_reason
        for action, tip in self._gated.items():
            action.setEnabled(trainable)
            action.setToolTip(tip if trainable
                              else fill(translate("TrainingBar", "%1\nNot available now: %2"), tip, why))

    def _problem_changed(self, _message: str) -> None:
        self._trainable_changed(self.controller.can_train)

    def _playing_changed(self, playing: bool) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_action.setIcon(self.style().standardIcon(pixmap))
        self.play_action.setText(translate("TrainingBar", "Pause") if playing else translate("TrainingBar", "Play"))

    def show_counters(self, snap: Snapshot | None) -> None:
        if snap is None:
            self.counters.set_text(self._counter_text(0, 0, 0))
            return
        self.counters.set_text(self._counter_text(snap.step, snap.epoch, snap.examples_seen))

    @staticmethod
    def _counter_text(step: int, epoch: int, examples: int) -> str:
        """'  step 1,234 · epoch 5 · 40,000 examples  ', its numbers written as the interface's locale writes them."""
        return fill(translate("TrainingBar", "  step %1 · epoch %2 · %3 examples  "),
                    count_text(step), count_text(epoch), count_text(examples))
