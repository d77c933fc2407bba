"""Experiments → Compare runs…: the non-modal dialog and the feature object that owns its menu entry.

Why compare: "hyperparameters steer what the parameters become" is seen best when two runs start from the very same
parameters and differ in one setting. Run A is the main window's data and hyperparameters, run B starts as a copy
of it; the learner changes B (and up to two more runs, C and D) in a small table whose differences from A are
highlighted and listed. Start trains every run in lockstep in one RunSet (compare_worker.py, in the sweep's thread
class), and the dialog draws each run in its own colour: its map, its loss curves, and the trace of one chosen
parameter. Adopt hands a run's hyperparameters to the main window through `Controller.set_hyperparameters`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine import Dataset, Hyperparameters
from ...io.session import SavedComparison
from ...state.timeline import Keyframe
from ..i18n import count_text, fill
from ..theme import palette
from .compare_form import MIN_RUNS, RunTable
from .compare_plan import (
    DEFAULT_EPOCHS,
    MAX_EPOCHS,
    MIN_EPOCHS,
    RUN_NAMES,
    SAME_START,
    CompareFrame,
    RunHistory,
    frame_summary,
    run_captions,
)
from .compare_plot import LossCurves, RunMaps, TraceCurves, arrange
from .compare_session import opened_frame, saved_comparison
from .compare_worker import CompareThread
from .run_set_dialog import DialogFeature, RunSetDialog
from .runs_plan import without_run
from .sweep_plot import map_grid

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

SHORTCUT = "Ctrl+Shift+C"
TIP = QT_TRANSLATE_NOOP("Compare", "Train the current model beside copies of it that differ in a few hyperparameters "
                        "(learning rate, optimizer, batch size, ...), from the same starting parameters, step for step "
                        "(%1).")  # shown translated, %1: SHORTCUT
class CompareDialog(RunSetDialog):
    """The compared runs' table (`table`), Start / Stop / Add run / Adopt, and the plots (`maps`, `losses`,
    `traces`). `histories` hold what each run showed so far; the thread (`run_thread`) exists only while the
    runs train."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Compare", "Compare runs"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the plots and the histories go with it
        self.controller = controller
        self.frame: CompareFrame | None = None
        self.mapped: CompareFrame | None = None  # the last frame with the maps (what the maps show)
        self.histories: list[RunHistory] = []
        self.trained: list[Hyperparameters] = []  # the runs of the frames on show (the table may have moved on)
        self.branch: Keyframe | None = None  # a step of the main run every run goes on from ("Branch from here")

        self.table = RunTable(controller.hyperparameters)
        scroll = QScrollArea()
        scroll.setWidget(self.table)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.differences = QLabel()
        self.differences.setWordWrap(True)
        self.note = QLabel(translate("Compare", SAME_START))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.VERMILLION};")
        self.problem.hide()
        self.progress = QLabel(translate("Compare", "Change run B, then Start."))
        self.progress.setWordWrap(True)
        self.add_button = QPushButton(translate("Compare", "Add run"))
        self.add_button.setToolTip(translate("Compare", "Add another copy of A (up to D) to change and compare."))
        self.epochs = QSpinBox()
        self.epochs.setRange(MIN_EPOCHS, MAX_EPOCHS)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.epochs.setToolTip(translate(
            "Compare", "Every run trains this many epochs (passes over the training points)."))
        self.start_button = QPushButton(translate("Compare", "Start"))
        self.stop_button = QPushButton(translate("Compare", "Stop"))
        self.continue_button = QPushButton(translate("Compare", "Continue"))
        self.continue_button.setToolTip(translate(
            "Compare", "Train every run on from where it is (its parameters and optimizer state) for the epochs set "
            "here; Start trains them again from the beginning."))
        self.continue_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self.adopt_run = QComboBox()
        self.adopt_run.setAccessibleName(translate("Compare", "Run to adopt"))
        self.adopt_button = QPushButton(translate("Compare", "Adopt"))
        self.close_button = QPushButton(translate("Compare", "Close"))
        for button in (self.add_button, self.start_button, self.continue_button, self.stop_button, self.adopt_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter confirms a typed value; it must not also start (or close) anything
        self.adopt_button.setToolTip(translate("Compare", "Make the chosen run's hyperparameters the main window's."))
        self.log = QCheckBox(translate("Compare", "log scale"))
        self.log.setToolTip(translate(
            "Compare", "Draw the losses on a log scale: small losses of a run that learns well stay apart."))
        self.parameter = QComboBox()
        self.parameter.setToolTip(translate("Compare", "The parameter whose value in every run the traces show."))
        self.maps, self.losses, self.traces = RunMaps(), LossCurves(), TraceCurves()
        for view, name in ((self.maps, translate("Compare", "Decision maps of the runs")),
                           (self.losses, translate("Compare", "Loss curves of the runs")),
                           (self.traces, translate("Compare", "Parameter traces of the runs"))):
            view.setAccessibleName(name)  # a screen reader's name for the plot
        self.maps.setMinimumHeight(180)
        self.watch_paints(self.maps.viewport())
        self.watch_paints(self.losses.viewport())

        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_scroll = scroll
        left_widget = QWidget()
        left = QVBoxLayout(left_widget)
        left.addWidget(scroll)
        left.addWidget(self.differences)
        left.addWidget(self.note)
        left.addWidget(self.problem)
        row = QHBoxLayout()
        for widget in (self.add_button, QLabel(translate("Compare", "epochs")), self.epochs, self.start_button,
                       self.continue_button, self.stop_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.adopt_run)
        row.addWidget(self.adopt_button)
        row.addWidget(self.close_button)
        left.addLayout(row)
        left.addWidget(self.progress)
        left.addStretch(1)

        main, self.bottom = arrange(self.maps, left_widget, self.log, self.losses, self.parameter, self.traces)
        layout = QVBoxLayout(self)
        layout.addWidget(main)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1240, int(screen.width() * 0.9)), min(700, int(screen.height() * 0.9)))  # a 1280x720 beamer

        self.table.changed.connect(self._table_changed)
        self.table.message.connect(self._refuse)
        self.add_button.clicked.connect(self.table.add_run)
        self.start_button.clicked.connect(self.start)
        self.continue_button.clicked.connect(self.continue_runs)
        self.stop_button.clicked.connect(self.stop)
        self.adopt_button.clicked.connect(lambda: self.adopt(self.adopt_run.currentIndex()))
        self.adopt_run.currentIndexChanged.connect(
            lambda i: self.adopt_button.setText(fill(translate("Compare", "Adopt %1"), RUN_NAMES[i]) if i >= 0
                                                else translate("Compare", "Adopt")))
        self.close_button.clicked.connect(self.close)
        self.log.toggled.connect(self._log_toggled)
        self.parameter.currentIndexChanged.connect(lambda _i: self._draw_curves())
        self._table_changed()
        self._fit_table()
        # A is the main window's run: it follows the main window (an Adopt too), not while the runs train
        controller.hyperparameters_changed.connect(self._settings_changed)

    def _settings_changed(self, *_args: object) -> None:
        if not self.running:
            self.table.set_base(self.controller.hyperparameters)

    def _fit_table(self) -> None:
        """The left column as wide as the runs' table (it grows with C and D), the plots take the rest."""
        hint = self.table.sizeHint()
        width = hint.width() + self.table_scroll.verticalScrollBar().sizeHint().width() + 16
        self.table_scroll.setMinimumHeight(min(hint.height() + 4, 250))  # whole rows, scrolling beyond 250 px
        rest = max(400, self.width() - width)
        self.bottom.setSizes([width, rest // 2, rest // 2])

    # ---- the runs ----------------------------------------------------------------------------------------------
    def _table_changed(self) -> None:
        self.differences.setText(self.table.differences_text())
        self.adopt_run.clear()
        for run in range(len(self.table.runs)):
            self.adopt_run.addItem(fill(translate("Compare", "Run %1"), RUN_NAMES[run]))
        self.adopt_run.setCurrentIndex(1)
        self.add_button.setEnabled(len(self.table.runs) < len(RUN_NAMES) and not self.running)
        self._fit_table()
        if self.frame is None and not self.running:  # nothing trained yet: the runs to be, over the training points
            dataset = self.controller.data.dataset
            points = dataset.split("train") if dataset is not None and dataset.task != "unsupervised" else None
            self.maps.build_runs(len(self.table.runs), points)
            self.maps.show_plan(run_captions(self.table.runs))

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # ---- running -----------------------------------------------------------------------------------------------
    def start(self, resume: bool = False) -> bool:
        """Train every run from the start, in lockstep (`resume`: on from where each run is, its curves kept);
        False (saying why) if they cannot train."""
        if self.run_thread is not None:
            return False
        controller = self.controller
        dataset = controller.data.dataset
        if dataset is None or not controller.can_train:
            self._refuse(controller.untrainable_reason or translate("Compare", "Nothing to train."))
            return False
        self._refuse("")
        checkpoints = self.final if resume else None
        if checkpoints is not None:
            hps = list(self.trained)
        else:
            hps = list(self.table.runs)
            self.trained, self.frame, self.mapped, self.final = hps, None, None, None
            self.histories = [RunHistory() for _ in hps]
            self.table.show_points(None)
            self._build_plots(dataset, len(hps))
        self.progress.setText(fill(translate("Compare", "Continuing %1 runs…") if checkpoints else
                                   translate("Compare", "Starting %1 runs…"), count_text(len(hps))))
        self.launch(CompareThread(dataset, hps, self.epochs.value(), map_grid(dataset.input_dim), self,
                                  start=self.branch, resume=checkpoints))
        return True

    def _build_plots(self, dataset: Dataset, count: int) -> None:
        self.maps.build_runs(count, dataset.split("train") if dataset.task != "unsupervised" else None)
        self.losses.build(count)
        self.traces.build(count)

    def continue_runs(self) -> bool:
        """Train every run on from where it is for the epochs set: the runs shown (trained here or opened from a
        file), their parameters and optimizer state (`final`)."""
        if self.final is None or len(self.final) != len(self.trained):
            return False
        return self.start(resume=True)

    # ---- saving and opening ----------------------------------------------------------------------------------------
    def saved(self) -> SavedComparison | None:
        """The comparison as a session file keeps it (None: nothing trained yet, or it is training)."""
        if self.running:
            return None
        return saved_comparison(self.trained, self.histories, self.final, self.epochs.value())

    def restore(self, saved: SavedComparison) -> bool:
        """Show the runs of a comparison saved in a file, where they were: their settings, curves, losses and maps
        (computed from their parameters); Continue trains them on. False (saying why) if this window's data cannot
        take them."""
        self.stop()
        dataset = self.controller.data.dataset
        try:
            hps, histories, checkpoints, frame = opened_frame(saved, dataset, map_grid(dataset.input_dim))
        except ValueError as error:
            self._refuse(fill(translate("Compare", "The saved comparison could not be shown: %1"), error))
            return False
        self.epochs.setValue(saved.epochs)
        self.table.set_runs(hps)
        self.trained, self.frame, self.mapped, self.final = hps, None, None, tuple(checkpoints)
        self._build_plots(dataset, len(hps))
        self.histories = histories
        self._show_frame(frame)
        self.progress.setText(fill(translate(
            "Compare", "Opened from the file. %1 Continue trains every run on; the parameter traces start at the saved "
            "step (a file keeps the losses, not every path)."), frame_summary(frame)))
        self._set_running(False)
        self.runs_changed.emit()
        return True

    def branch_from(self, frame: Keyframe) -> None:
        """Every run goes on from `frame`, a kept step of the main run (its parameters, optimizer state and
        counters), instead of the seed's start: change run B's learning rate to see another path from there."""
        self.stop()
        self.branch = frame
        self.note.setText(fill(translate(
            "Compare", "Branched from step %1 of the main run (epoch %2): every run goes on from its parameters and "
            "optimizer state, for the epochs set here."), count_text(frame.step), frame.epoch))
        self.progress.setText(translate("Compare", "Change run B, then Start."))

    def stop(self) -> None:
        """Stop the runs and wait for the thread (it ends within a slice); the last frame stays on show."""
        if not self.stop_thread():
            return
        if self.frame is not None and not self.frame.finished:
            self.progress.setText(fill(translate("Compare", "Stopped. %1"), frame_summary(self.frame)))

    def _thread_ended(self) -> None:
        if self.table.runs[0] != self.controller.hyperparameters:  # changed in the main window meanwhile
            self.table.set_base(self.controller.hyperparameters)

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.continue_button.setEnabled(not running and self.final is not None and len(self.final) == len(
            self.trained))
        self.stop_button.setEnabled(running)
        self.epochs.setEnabled(not running)
        self.add_button.setEnabled(not running and len(self.table.runs) < len(RUN_NAMES))
        self.table.set_enabled(not running)

    def _failed(self, message: str) -> None:
        self._refuse(fill(translate("Compare", "The comparison stopped: %1"), message))
        if self.frame is None:
            self.progress.setText(translate("Compare", "Nothing was trained."))

    def _show_frame(self, frame: CompareFrame) -> None:
        first = self.frame is None
        self.frame = frame
        if frame.maps is not None:
            self.mapped = frame
        if frame.checkpoints is not None:
            self.final = frame.checkpoints  # Continue and a saved file go on from the newest (the thread's end last)
        for history, point in zip(self.histories, frame.runs, strict=False):
            history.add(point)
        if first:
            self.parameter.blockSignals(True)
            self.parameter.clear()
            self.parameter.addItems(list(frame.parameter_names))
            self.parameter.setCurrentText(frame.first_weight)
            self.parameter.blockSignals(False)
        self.maps.show_runs(frame, run_captions(self.trained))
        self.table.show_points(frame.runs)
        self._draw_curves()
        state = translate("Compare", "Done. %1") if frame.finished else translate("Compare", "Training. %1")
        self.progress.setText(fill(state, frame_summary(frame)))
        # the thread goes on once the frame is drawn (run_set_dialog.py): the maps when it brought them, else the
        # loss curves (unchanged maps are not painted again)
        self.await_paint(self.maps.viewport() if frame.maps is not None else self.losses.viewport())

    def remove_run(self, index: int) -> bool:
        """Remove trained run `index` (B, C or D; the runs after it move up a letter), stopping the runs first if
        they train: its column in the table, its map, curves and history go. False (saying why) for run A, or when
        it would leave A alone."""
        if not 0 < index < len(self.trained) or len(self.trained) <= MIN_RUNS:
            self._refuse(translate("Compare", "A comparison needs run A and at least one other run.") if index else
                         translate("Compare", "Run A is the main window's run: every other run is compared with it."))
            return False
        self.stop()
        if index < len(self.table.runs) and len(self.table.runs) > MIN_RUNS:
            self.table.remove_run(index)  # `changed` follows: the differences and the Adopt list
        del self.trained[index]
        del self.histories[index]
        dataset = self.controller.data.dataset
        points = dataset.split("train") if dataset is not None and dataset.task != "unsupervised" else None
        self.maps.build_runs(len(self.trained), points)
        self.losses.build(len(self.trained))
        self.traces.build(len(self.trained))
        if self.frame is not None:
            self.frame = without_run(self.frame, index)
            self.mapped = without_run(self.mapped, index) if self.mapped is not None else None
            self.maps.show_runs(self.mapped or self.frame, run_captions(self.trained))
            self.maps.show_runs(self.frame, run_captions(self.trained))  # the titles of the latest frame
            self.table.show_points(self.frame.runs)
            self._draw_curves()
            self.progress.setText(fill(translate("Compare", "Run %1 removed. %2"), RUN_NAMES[index],
                                       frame_summary(self.frame)))
        else:
            self.maps.show_plan(run_captions(self.trained))
        self.runs_changed.emit()
        return True

    def _draw_curves(self) -> None:
        if self.frame is None:
            return
        self.losses.show_histories(self.histories)
        index = self.parameter.currentIndex()
        if index >= 0:
            self.traces.show_trace(self.histories, index, self.parameter.currentText())

    def _log_toggled(self, log: bool) -> None:
        self.losses.set_log(log)
        self._draw_curves()

    # ---- adopting a run ----------------------------------------------------------------------------------------
    def adopt(self, run: int) -> bool:
        """Make run `run`'s hyperparameters the main window's (the controller validates them and says so in the
        status bar); the main window's structure and stop rules are kept, as they are the same in every run."""
        if not 0 <= run < len(self.table.runs):
            return False
        hp = self.table.runs[run]
        fields = self.controller.hyperparameters.changed_fields(hp)
        if not self.controller.set_hyperparameters(hp, changed=fields[0] if len(fields) == 1 else ""):
            self.progress.setText(fill(translate("Compare", "Not adopted: the main window refused run %1's settings."),
                                       RUN_NAMES[run]))
            return False
        self.progress.setText(fill(translate(
            "Compare", "Adopted: the main window now trains with run %1's hyperparameters."), RUN_NAMES[run]))
        return True


class Compare(DialogFeature):
    """Experiments → Compare runs…: the action (`actions()`), and the one dialog it opens (`dialog`, None while
    closed)."""

    def branch_from(self, frame: Keyframe) -> None:
        """Open the comparison with every run starting from `frame` (the timeline's "Branch from here")."""
        dialog = self.open()
        assert isinstance(dialog, CompareDialog)
        dialog.branch_from(frame)

    def __init__(self, controller: Controller, parent: QWidget) -> None:
        super().__init__(controller, parent, "experiments.compare", translate("Compare", "&Compare runs…"),
                         fill(translate("Compare", TIP), SHORTCUT), CompareDialog, SHORTCUT)
