"""Experiments → Sweep a hyperparameter…: the non-modal dialog and the feature object that owns its menu entry.

Why a sweep: one run cannot show that a hyperparameter steers what the parameters become; the same start trained
with 6 or 16 values of it side by side can. Every run starts from the current data and hyperparameters with the
same seed (so the same initial parameters and minibatches) and differs only in the swept value; the RunSet trains
them together in the sweep's thread (sweep_worker.py) and the dialog draws each epoch's frozen summary
(sweep_plot.py). A range that cannot run is refused before anything starts, naming the field and its range.
Adopt hands the chosen value to the main window through `Controller.set_hyperparameter`, like the panel does.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine import Hyperparameters
from ...engine.number_text import compact
from ...engine.run_helper import warm_up
from ...io.session import SavedSweep
from ..i18n import count_text, fill, in_sentence
from ..panels.hyperparameter_texts import field_help, field_label
from ..theme import palette
from .compare_session import opened_sweep_frame, saved_sweep
from .run_set_dialog import DialogFeature, RunSetDialog
from .runs_plan import sweep_name, without_run
from .sweep_plan import (
    MAX_EPOCHS,
    MAX_RUNS,
    MIN_EPOCHS,
    MIN_RUNS,
    SweepFrame,
    default_range,
    limits_text,
    read_number,
    sweep_values,
    sweepable_fields,
)
from .sweep_plot import LossVsValuePlot, SmallMultiples, map_grid
from .sweep_worker import SweepThread

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

DEFAULT_RUNS, DEFAULT_EPOCHS = 8, 30
TIP = QT_TRANSLATE_NOOP("Sweep", "Train several copies of the current model side by side from the same starting "
                        "parameters, each with a different value of one hyperparameter (the learning rate by "
                        "default), and compare their losses and decision maps: where training diverges, and which "
                        "value learns best.")  # shown translated


def loss_name(test: bool) -> str:
    """The loss a sweep compares, as the plot's axis names it."""
    return translate("Sweep", "test loss") if test else translate("Sweep", "training loss")


class SweepDialog(RunSetDialog):
    """The sweep's controls (field, range, runs, epochs; Start, Stop, Adopt, Close), its status and its two plots.
    `frame` is the last frame drawn and `selected` the selected run; the sweep's thread exists only while it runs."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sweep", "Sweep a hyperparameter"))
        warm_up()  # the engine's helper process, which trains half of the runs, starts while the learner chooses
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the plots and the last frame go with it
        self.controller = controller
        self.frame: SweepFrame | None = None
        self.mapped: SweepFrame | None = None  # the last frame with the maps (what the small multiples show)
        self.trained: list[Hyperparameters] = []  # the runs of the frames on show, one per swept value
        self.selected: int | None = None
        self.swept = ""  # the field of the frame on show (the combo box may have moved on since)

        self.field = QComboBox()
        self.low, self.high = QLineEdit(), QLineEdit()
        for box in (self.low, self.high):
            box.setMinimumWidth(64)  # "0.001" whole on a narrow screen
            box.setMaximumWidth(90)
        self.log = QCheckBox(translate("Sweep", "log"))
        self.log.setToolTip(translate(
            "Sweep", "Space the values evenly on a log scale (0.001, 0.01, 0.1, ...), as rates are judged."))
        self.runs = QSpinBox()
        self.runs.setRange(MIN_RUNS, MAX_RUNS)
        self.runs.setValue(DEFAULT_RUNS)
        self.epochs = QSpinBox()
        self.epochs.setRange(MIN_EPOCHS, MAX_EPOCHS)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.start_button = QPushButton(translate("Sweep", "Start"))
        self.stop_button = QPushButton(translate("Sweep", "Stop"))
        self.start_button.setDefault(True)
        self.adopt_button = QPushButton(translate("Sweep", "Adopt"))
        self.close_button = QPushButton(translate("Sweep", "Close"))
        self.adopt_button.setToolTip(translate(
            "Sweep", "Make the selected run's value the main window's hyperparameter."))
        self.stop_button.setEnabled(False)
        self.adopt_button.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.VERMILLION};")
        self.problem.hide()  # shown only while it says something
        self.progress = QLabel(translate("Sweep", "Choose a hyperparameter and a range, then Start."))
        self.progress.setWordWrap(True)
        self.selection = QLabel(translate("Sweep", "Click a run's point or its map to select it."))
        self.selection.setWordWrap(True)
        self.plot = LossVsValuePlot()
        self.multiples = SmallMultiples()
        self.plot.setAccessibleName(translate("Sweep", "Loss against the swept value"))
        self.multiples.setAccessibleName(translate("Sweep", "Decision map of each run"))
        self.watch_paints(self.multiples.viewport())
        self.watch_paints(self.plot.viewport())

        row = QHBoxLayout()
        for label, widget in ((translate("Sweep", "Sweep"), self.field), (translate("Sweep", "from"), self.low),
                              (translate("Sweep", "to"), self.high), ("", self.log),
                              (translate("Sweep", "runs"), self.runs), (translate("Sweep", "epochs"), self.epochs)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.plot)
        splitter.addWidget(self.multiples)
        splitter.setSizes([330, 300])
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection, 1)
        bottom.addWidget(self.adopt_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, int(screen.width() * 0.9)), min(760, int(screen.height() * 0.9)))  # a 1280x720 beamer

        self.field.currentIndexChanged.connect(self._field_changed)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.adopt_button.clicked.connect(self.adopt)
        self.close_button.clicked.connect(self.close)
        self.plot.run_clicked.connect(self.select)
        self.multiples.run_clicked.connect(self.select)
        self.refresh_fields()
        # a new optimizer or penalty brings its fields (momentum, L2 strength) into the list; not mid-sweep
        controller.hyperparameters_changed.connect(self._settings_changed)

    def _settings_changed(self, *_args: object) -> None:
        if not self.running:
            self.refresh_fields()

    # ---- the choices -------------------------------------------------------------------------------------------
    def refresh_fields(self) -> None:
        """Offer the fields that can be swept for the current settings (e.g. momentum only with a momentum
        optimizer), keeping the chosen one if it still can."""
        current = self.field.currentData()
        names = sweepable_fields(self.controller.hyperparameters)
        if names == tuple(self.field.itemData(i) for i in range(self.field.count())):
            self._describe(current)  # the same choices: the typed range stays (Adopt lands here)
            return
        self.field.blockSignals(True)
        self.field.clear()
        for name in names:
            self.field.addItem(field_label(name), name)
        self.field.setCurrentIndex(max(0, names.index(current)) if current in names else 0)
        self.field.blockSignals(False)
        self._field_changed()

    def set_field(self, name: str) -> None:
        self.field.setCurrentIndex(self.field.findData(name))

    def _field_changed(self) -> None:
        name = self.field.currentData()
        if name is None:
            self._describe(None)
            return
        dataset = self.controller.data.dataset
        low, high = default_range(name, self.controller.hyperparameters, dataset.n_train if dataset else 100)
        self.low.setText(compact(low))
        self.high.setText(compact(high))
        info = Hyperparameters.info(name)
        self.log.setChecked(info.log_scale or name == "batch_size")
        self._describe(name)

    def _describe(self, name: str | None) -> None:
        """The note under the controls: what stays the same across the runs, what differs, and the limits."""
        if name is None:
            self.note.setText(translate("Sweep", "No numeric hyperparameter of these settings can be swept."))
            return
        self.field.setToolTip(field_help(name))
        self.note.setText(fill(translate(
            "Sweep", "Every run starts from the same parameters (seed %1) and sees the same minibatches; only the %2 "
            "differs. Allowed: %3."), self.controller.hyperparameters.seed, in_sentence(field_label(name)),
            limits_text(name)))

    def values(self) -> tuple[float, ...]:
        """The swept values from the boxes; ValueError (naming the field and its range) for a range that cannot
        run."""
        name = self.field.currentData()
        low = read_number(name, translate("Sweep", "from"), self.low.text())
        high = read_number(name, translate("Sweep", "to"), self.high.text())
        return sweep_values(name, low, high, self.runs.value(), self.log.isChecked())

    # ---- running -----------------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Start a sweep from the current data and hyperparameters; False (saying why) if it cannot start."""
        if self.run_thread is not None:
            return False
        name = self.field.currentData()
        controller = self.controller
        dataset = controller.data.dataset
        if name is None or dataset is None or not controller.can_train:
            self._refuse(controller.untrainable_reason or translate("Sweep", "Nothing to sweep for these settings."))
            return False
        try:
            values = self.values()
            hps = [controller.hyperparameters.replace(**{name: value}) for value in values]
        except ValueError as error:
            self._refuse(fill(translate("Sweep", "Not started: %1"), error))
            return False
        self._refuse("")
        self.swept, self.frame, self.mapped, self.selected, self.trained = name, None, None, None, hps
        self.plot.set_axes(field_label(name), self.log.isChecked(), loss_name(dataset.n_test > 0))
        X, y = dataset.split("train")
        self.multiples.build(len(values), (X, y) if dataset.task != "unsupervised" else None)
        self.adopt_button.setEnabled(False)
        self.final = None
        self.progress.setText(fill(translate("Sweep", "Starting %1 runs…"), count_text(len(values))))
        self.launch(SweepThread(dataset, hps, name, self.epochs.value(), map_grid(dataset.input_dim), self))
        return True

    def stop(self) -> None:
        """Stop the sweep and wait for its thread (it ends within a slice of an epoch); the last frame stays on show."""
        if not self.stop_thread():
            return
        if self.frame is not None and not self.frame.finished:
            self.progress.setText(fill(translate("Sweep", "Stopped at epoch %1 of %2. %3"), self.frame.epoch,
                                       self.frame.epochs, self._summary(self.frame)))

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for widget in (self.field, self.low, self.high, self.log, self.runs, self.epochs):
            widget.setEnabled(not running)

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _failed(self, message: str) -> None:
        self._refuse(fill(translate("Sweep", "The sweep stopped: %1"), message))
        if self.frame is None:
            self.progress.setText(translate("Sweep", "Nothing was trained."))

    def _show_frame(self, frame: SweepFrame) -> None:
        self.frame = frame
        if frame.maps is not None:
            self.mapped = frame
        self.plot.show_frame(frame, self.selected)
        self.multiples.show_frame(frame, self.selected)
        state = (translate("Sweep", "Done: epoch %1 of %2. %3") if frame.finished
                 else translate("Sweep", "Training: epoch %1 of %2. %3"))
        self.progress.setText(fill(state, frame.epoch, frame.epochs, self._summary(frame)))
        # the thread goes on once the frame is drawn (run_set_dialog.py): the maps when it brought them, else the
        # loss plot (repainting 16 unchanged maps for every frame would cost more than the epoch itself)
        self.await_paint(self.multiples.viewport() if frame.maps is not None else self.plot.viewport())

    def remove_run(self, index: int) -> bool:
        """Drop run `index` from the sweep's plots and results, stopping the sweep first if it runs; False (saying
        why) for no such run or the last one."""
        if not 0 <= index < len(self.trained) or len(self.trained) < 2:
            self._refuse(translate("Sweep", "A sweep keeps at least one run: close it to drop them all."))
            return False
        self.stop()
        name = sweep_name(self.swept, float(getattr(self.trained[index], self.swept)))
        del self.trained[index]
        dataset = self.controller.data.dataset
        self.multiples.build(len(self.trained), dataset.split("train") if dataset is not None and
                             dataset.task != "unsupervised" else None)
        if self.selected is not None:
            if self.selected == index:
                self.selection.setText(translate("Sweep", "Click a run's point or its map to select it."))
            self.selected = None if self.selected == index else self.selected - (self.selected > index)
        self.adopt_button.setEnabled(self.selected is not None)
        if self.frame is not None:
            self.frame = without_run(self.frame, index)
            self.mapped = without_run(self.mapped, index) if self.mapped is not None else None
            self.plot.show_frame(self.frame, self.selected)
            self.multiples.show_frame(self.mapped or self.frame, self.selected)
            self.multiples.show_frame(self.frame, self.selected)  # the titles of the latest frame
            self.progress.setText(fill(translate("Sweep", "Removed the run with %1. %2"), name,
                                       self._summary(self.frame)))
        self.runs_changed.emit()
        return True

    def _summary(self, frame: SweepFrame) -> str:
        label = in_sentence(field_label(self.swept))
        diverged = sum(run.diverged for run in frame.runs)
        parts = [fill(translate("Sweep", "%1 of %2 runs diverged"), diverged, len(frame.runs)) if diverged
                 else translate("Sweep", "No run diverged")]
        low, high = frame.edge()
        if high is not None:
            parts.append(fill(translate("Sweep", "the edge: %1 trained, %2 diverged"), compact(low), compact(high))
                         if low is not None else translate("Sweep", "even the smallest value diverged"))
        best = frame.best()
        if best is not None:
            run = frame.runs[best]
            which = (translate("Sweep", "best %1 %2 (test loss %3)") if run.test_loss is not None
                     else translate("Sweep", "best %1 %2 (training loss %3)"))
            parts.append(fill(which, label, compact(run.value), compact(run.loss)))
        return "; ".join(parts) + "."

    # ---- choosing a run ------------------------------------------------------------------------------------------
    def select(self, index: int) -> None:
        """Select run `index` (its point or map was clicked): highlighted in both plots, ready to adopt."""
        if self.frame is None or not 0 <= index < len(self.frame.runs):
            return
        self.selected = index
        run = self.frame.runs[index]
        label = in_sentence(field_label(self.swept))
        state = (fill(translate("Sweep", "diverged at step %1"), run.diverged_step or run.step) if run.diverged
                 else fill(translate("Sweep", "loss %1 at step %2"), compact(run.loss), run.step))
        self.selection.setText(fill(translate("Sweep", "Selected: %1 %2 (%3)."), label, compact(run.value), state))
        self.adopt_button.setEnabled(True)
        self.plot.show_frame(self.frame, index)
        self.multiples.show_frame(self.frame, index)

    # ---- saving and opening ----------------------------------------------------------------------------------------
    def saved(self) -> SavedSweep | None:
        """The sweep as a session file keeps it (None: nothing trained yet, or it is training)."""
        if self.running or not self.swept:
            return None
        return saved_sweep(self.swept, self.plot.log, self.frame.epochs if self.frame else self.epochs.value(),
                           self.trained, self.frame, self.final)

    def restore(self, saved: SavedSweep) -> bool:
        """Show the runs of a sweep saved in a file where they were: the loss against the swept value, the edge,
        the best run and each run's map (measured again from its parameters). False (saying why) if this window's
        data cannot take them."""
        self.stop()
        dataset = self.controller.data.dataset
        try:
            hps, checkpoints, frame = opened_sweep_frame(saved, dataset, map_grid(dataset.input_dim))
        except ValueError as error:
            self._refuse(fill(translate("Sweep", "The saved sweep could not be shown: %1"), error))
            return False
        self.set_field(saved.field)
        values = [float(getattr(hp, saved.field)) for hp in hps]
        self.low.setText(compact(min(values)))
        self.high.setText(compact(max(values)))
        self.log.setChecked(saved.log)
        self.runs.setValue(len(hps))
        self.epochs.setValue(saved.epochs)
        self.swept, self.frame, self.mapped, self.selected, self.trained = saved.field, None, None, None, hps
        self.final = tuple(checkpoints)
        self.plot.set_axes(field_label(saved.field), saved.log, loss_name(dataset.n_test > 0))
        self.multiples.build(len(hps), dataset.split("train") if dataset.task != "unsupervised" else None)
        self._show_frame(frame)
        self.progress.setText(fill(translate("Sweep", "Opened from the file: epoch %1 of %2. %3"), frame.epoch,
                                   frame.epochs, self._summary(frame)))
        self.runs_changed.emit()
        return True

    def adopt(self) -> bool:
        """Make the selected run's value the main window's hyperparameter (the controller validates it and says
        so in the status bar)."""
        if self.frame is None or self.selected is None:
            return False
        value = self.frame.runs[self.selected].value
        info = Hyperparameters.info(self.swept)
        typed = int(value) if info.kind == "int" else float(value)
        label = in_sentence(field_label(self.swept))
        if not self.controller.set_hyperparameter(self.swept, typed):
            self.selection.setText(fill(translate("Sweep", "Not adopted: the main window refused %1 %2."), label,
                                        compact(value)))
            return False
        self.selection.setText(fill(translate("Sweep", "Adopted: the main window's %1 is now %2."), label,
                                    compact(value)))
        return True


class Sweep(DialogFeature):
    """Experiments → Sweep a hyperparameter…: the action (`actions()`), and the one dialog it opens (`dialog`,
    None while closed); reopened while no sweep runs, its fields follow the current settings."""

    def __init__(self, controller: Controller, parent: QWidget) -> None:
        super().__init__(controller, parent, "experiments.sweep", translate("Sweep", "&Sweep a hyperparameter…"),
                         translate("Sweep", TIP), SweepDialog)

    def reopened(self, dialog: RunSetDialog) -> None:
        if isinstance(dialog, SweepDialog) and not dialog.running:
            dialog.refresh_fields()
