"""The main window: layout, menus, toolbars and docks only. Every view gets the controller; none touches the
Trainer."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine import datasets
from ...engine.generators import PRESETS
from ..document.file_actions import install_file_actions
from ..export import figure_export, gif_dialog
from ..inspect import forward_pass, landscape_view, network_diagram, update_inspector, weight_maps
from ..lessons.lessons import install as install_lessons
from ..panels.hyperparameter_panel import HyperparameterPanel
from ..panels.parameter_panel import ParameterPanel
from ..plots.data_canvas import DataCanvas
from ..plots.loss_plot import LossPlot
from ..plots.parameter_traces import ParameterTraces
from ..presentation import presentation
from ..sync.frame_sync import FrameSync
from .banner import ProblemBanner
from .data_toolbar import DataToolbar
from .dock_titles import apply_tab_title
from .training_bar import TrainingBar

LAYOUT_VERSION = 1
TASK_TITLES = {"classification": "Classification", "regression": "Regression", "unsupervised": "Unsupervised (PCA)"}


class MainWindow(QMainWindow):
    """One GradientDesk window around one Controller. `settings` (optional) remembers geometry and dock layout."""

    def __init__(self, controller: Controller | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("GradientDesk")
        self.setObjectName("main_window")
        self.controller = controller or Controller(parent=self)
        self.settings = settings
        self.resize(1440, 900)
        self.setDockNestingEnabled(True)

        self.canvas = DataCanvas(self.controller)
        self.banner = ProblemBanner(self.controller)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

        self.hyperparameter_panel = HyperparameterPanel(self.controller)
        self.parameter_panel = ParameterPanel(self.controller)
        self.loss_plot = LossPlot(self.controller)
        self.traces = ParameterTraces(self.controller)
        self.hyperparameter_dock = self._dock(self.hyperparameter_panel, "hyperparameters",
                                              Qt.DockWidgetArea.LeftDockWidgetArea)
        self.parameter_dock = self._dock(self.parameter_panel, "parameters", Qt.DockWidgetArea.RightDockWidgetArea)
        self.loss_dock = self._dock(self.loss_plot, "loss", Qt.DockWidgetArea.BottomDockWidgetArea, "Loss")
        self.traces_dock = self._dock(self.traces, "traces", Qt.DockWidgetArea.BottomDockWidgetArea,
                                      "Parameter traces — every weight and bias over the steps")
        apply_tab_title(self.traces_dock, self.traces, self.traces_dock.windowTitle())  # tabbed with the views below
        self.splitDockWidget(self.loss_dock, self.traces_dock, Qt.Orientation.Horizontal)
        self.inspection_docks: list[QDockWidget] = []  # views inside the model, tabbed with the traces
        network_diagram.install(self)
        weight_maps.install(self)
        update_inspector.install(self)
        landscape_view.install(self)
        forward_pass.install(self)
        self.resizeDocks([self.hyperparameter_dock, self.parameter_dock], [310, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.loss_dock], [260], Qt.Orientation.Vertical)

        self.training_bar = TrainingBar(self.controller, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.training_bar)
        self.data_toolbar = DataToolbar(self.controller, self.canvas.tools, self)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a second row: both bars fit at 1280 px
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.data_toolbar)
        self._build_menus()
        presentation.install(self)  # F5: large fonts, thick lines, full screen (View menu, training bar)
        figure_export.install(self)  # File > Export > Figure (PNG / SVG), Window as PNG
        gif_dialog.install(self)  # File > Export > Record GIF...

        self.frame_sync = FrameSync(self.controller, self.canvas.viewport(),
                                    [self.loss_plot, self.traces, self.parameter_panel])
        self.controller.status.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.controller.data_changed.connect(lambda _state: self._update_title())
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._restore_layout()
        self._update_title()
        install_file_actions(self)  # File menu items, title with file name and unsaved mark, autosave
        install_lessons(self)  # Lessons menu, start page and the Lesson dock (needs file_actions)
        self.statusBar().showMessage("Press Play (Space) to train, or draw points on the canvas.", 10000)

    def _dock(self, widget: QWidget, name: str, area: Qt.DockWidgetArea, title: str | None = None) -> QDockWidget:
        dock = QDockWidget(title or getattr(widget, "TITLE", name), self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    # ---- menus ---------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.quit_action = self._add(self.file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit,
                                     "Close GradientDesk (training stops).")

        edit = bar.addMenu("&Edit")
        undo = self.controller.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self._add(edit, "&Clear all points", self.controller.clear_points, QKeySequence("Ctrl+Shift+Delete"),
                  "Remove every point from the canvas (undoable).")

        data = bar.addMenu("&Data")
        for task, title in TASK_TITLES.items():
            sub = data.addMenu(title)
            for name in datasets.names(task):
                self._add(sub, name.capitalize(), lambda _=False, n=name: self.controller.load_preset(n),
                          tip=PRESETS[name].description)

        training = bar.addMenu("&Training")
        for action in (self.training_bar.play_action, self.training_bar.step_action,
                       self.training_bar.epoch_action, self.training_bar.reset_action):
            training.addAction(action)

        view = self.view_menu = bar.addMenu("&View")
        for dock in (self.hyperparameter_dock, self.parameter_dock, self.loss_dock, self.traces_dock):
            view.addAction(dock.toggleViewAction())
        for dock in self.inspection_docks:  # installed before the menus existed
            view.addAction(dock.toggleViewAction())
        view.addAction(self.training_bar.toggleViewAction())
        view.addAction(self.data_toolbar.toggleViewAction())
        view.addSeparator()
        self._add(view, "Reset &layout", self.reset_layout, tip="Put every panel back where it started.")

        help_menu = bar.addMenu("&Help")
        self._add(help_menu, "&Keyboard shortcuts", self._show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._add(help_menu, "&About GradientDesk", self._show_about)

    def _add(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", (
            "Space\tPlay / pause\nRight\tOne step (one minibatch)\nShift+Right\tFinish the epoch\n"
            "R\tReset the parameters (same seed, same start)\nCtrl+Z / Ctrl+Shift+Z\tUndo / redo a data edit\n"
            "Left drag\tDraw points\nRight drag\tErase points\nCtrl+Q\tQuit"))

    def _show_about(self) -> None:
        QMessageBox.about(self, "About GradientDesk", (
            "<b>GradientDesk</b><p>See a model learn: gradient descent moves every weight and bias, live.</p>"
            "<p><b>Parameters</b> (weights, biases) are learned. <b>Hyperparameters</b> (learning rate, layers, "
            "batch size, ...) are chosen by you, before training.</p>"))

    # ---- layout and life cycle -----------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in (self.hyperparameter_dock, self.parameter_dock, self.loss_dock, self.traces_dock):
            dock.show()

    def open_all_views(self) -> None:
        """Show every view in `inspection_docks` at once, in a row under the loss and traces (a tabbed dock is not
        painted; a lesson on a big screen and the all-views benchmark want them all)."""
        previous = None
        for dock in self.inspection_docks:
            self.removeDockWidget(dock)  # untabify: splitting a tabbed dock would only add a tab
            dock.setFloating(False)
            if previous is None:  # a new full-width row below the loss and traces
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Vertical)
            else:
                self.splitDockWidget(previous, dock, Qt.Orientation.Horizontal)
            dock.show()
            previous = dock
        if previous is not None:
            # two short rows under the canvas, which keeps about a third of the height
            self.resizeDocks([self.loss_dock, self.inspection_docks[0]], [190, 280], Qt.Orientation.Vertical)

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)

    def _save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
            self.settings.sync()

    def _update_title(self) -> None:
        self.setWindowTitle(f"GradientDesk — {self.controller.data.describe()}")

    def start(self) -> None:
        """Start training machinery (the worker thread)."""
        self.controller.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.shutting_down:  # else this close was confirmed before and waited for the worker
            if not self.file_actions.may_close():  # unsaved changes: Save / Discard / Cancel
                event.ignore()
                return
            self._save_layout()
        if not self.controller.shutdown():
            # The worker is inside a computation it cannot leave yet. Exiting now would destroy its running thread
            # (Qt aborts the process), so the window stays until the thread has ended, then closes itself.
            event.ignore()
            self.setEnabled(False)
            self.statusBar().showMessage("Finishing the current computation…")
            self.controller.stopped.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            return
        super().closeEvent(event)
