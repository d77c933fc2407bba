"""The main window: the one composer. It builds every view and feature as a typed attribute, giving each only what
it needs (the controller, the settings, a parent for its dialogs, a way to show a status message), and it alone
places them: the docks as `docks.DOCK_LAYOUT` declares, the menus as `menus.MENU_BAR` declares, the toolbars, and
the window title. No feature reaches back into the window. None touches the Trainer.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMargins, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from ...bridge.controller import Controller
from ...bridge.data_edits import describe_data
from ...engine import datasets
from ...engine.choices import TASK_LABELS
from ...engine.generators import PRESETS
from ...io.session import SavedComparison, SavedSweep
from ..document.file_actions import FileActions
from ..experiments.compare_dialog import Compare
from ..experiments.runs_panel import RunsPanel
from ..experiments.sweep_dialog import Sweep
from ..export.figure_export import Figure, FigureExport
from ..export.gif_dialog import GifRecording
from ..i18n import LanguageMenu, fill
from ..inspect.forward_pass import ForwardPassPanel
from ..inspect.landscape_view import LandscapeView
from ..inspect.network_diagram import NetworkDiagram
from ..inspect.update_inspector import UpdateInspector
from ..inspect.weight_maps import WeightMaps
from ..lessons.lesson_authoring import LessonAuthoring
from ..lessons.lessons import Lessons
from ..panels.hyperparameter_panel import HyperparameterPanel
from ..panels.parameter_panel import ParameterPanel
from ..plots.data_canvas import DataCanvas
from ..plots.loss_plot import LossPlot
from ..plots.parameter_traces import ParameterTraces
from ..presentation.presentation import PresentationMode
from ..scale.scale_view import ScaleView
from ..sync.frame_sync import FrameSync
from ..theme.theme import DEFAULT_THEME, Theme, Themed
from . import docks as dock_layout
from .accessibility import Accessibility
from .banner import ProblemBanner
from .data_toolbar import DataToolbar
from .menus import MenuEntry, build_menu_bar
from .preset_labels import group_title, preset_description, preset_title
from .screen_fit import default_rect, fit_client_rect
from .stage import Stage
from .tab_order import next_in_reading_order
from .training_bar import TrainingBar

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
LAYOUT_VERSION = 2  # 2: the inspection views moved from docks onto the stage; a layout of 1 is not restored
STATUS_MS = 8000
# Help -> Keyboard shortcuts and Help -> About, shown translated (context "MainWindow")
SHORTCUTS = QT_TRANSLATE_NOOP(
    "MainWindow", "Space\tPlay / pause\nRight\tOne step (one minibatch)\nShift+Right\tFinish the epoch\n"
    "R\tReset the parameters (same seed, same start)\nCtrl+Z / Ctrl+Shift+Z\tUndo / redo a data edit\n"
    "Left drag\tDraw points\nRight drag\tErase points\n"
    "Ctrl+1 … Ctrl+7\tShow a view on the stage (diagram, weight maps, traces, update, landscape, "
    "forward pass, scale)\nCtrl+0\tCanvas beside the view, or the view alone\nCtrl+9\tAll views at once\n"
    "Ctrl+Shift+C\tCompare runs\nN\tNext step of a lesson\nF5\tPresentation mode\nCtrl+Q\tQuit")
ABOUT = QT_TRANSLATE_NOOP(
    "MainWindow", "<b>GradientDesk</b><p>See a model learn: gradient descent moves every weight and bias, live.</p>"
    "<p><b>Parameters</b> (weights, biases) are learned. <b>Hyperparameters</b> (learning rate, layers, "
    "batch size, ...) are chosen by you, before training.</p>")


class MainWindow(QMainWindow):
    """One GradientDesk window around one Controller. `settings` (optional) remembers geometry, dock layout, recent
    files, export folders and presentation options; a window without settings (tests, screenshots) keeps nothing."""

    def __init__(self, controller: Controller | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.controller = controller = controller or Controller(parent=self)
        self.settings = settings
        # the desk's Theme: text in the application font's size (captured before presentation mode scales it)
        self.desk_theme = Theme(base_pt=QApplication.font().pointSizeF() or DEFAULT_THEME.base_pt)
        self.theme = DEFAULT_THEME  # what the views were built with
        self.virtual_screen: QRect | None = None  # --size WxH: the available area of a screen that is not there
        self.setDockNestingEnabled(True)

        # ---- views: each draws from the controller's snapshots -----------------------------------------------------
        self.canvas = DataCanvas(controller)
        self.banner = ProblemBanner(controller)
        self.hyperparameter_panel = HyperparameterPanel(controller)
        self.parameter_panel = ParameterPanel(controller)
        self.loss_plot = LossPlot(controller)
        self.traces = ParameterTraces(controller)
        self.network_diagram = NetworkDiagram(controller)
        self.weight_maps = WeightMaps(controller)
        self.update_inspector = UpdateInspector(controller)
        self.landscape_view = LandscapeView(controller)
        self.forward_pass = ForwardPassPanel(controller)
        self.scale_view = ScaleView(controller)
        self.training_bar = TrainingBar(controller, self)
        self.data_toolbar = DataToolbar(controller, self.canvas.tools, self)

        # ---- features: each gets only what it needs ----------------------------------------------------------------
        self.file_actions = FileActions(controller, settings, self)
        self.lessons = Lessons(controller, self.file_actions.document, self.file_actions.may_discard,
                               self.training_bar.set_speed, self, settings=settings,
                               recent_files=self.file_actions.recent.paths,
                               open_file=lambda path: self.file_actions.open_path(path, ask_first=True))
        self.lesson_authoring = LessonAuthoring(controller, self.lessons, lambda: self.stage.view, self, settings)
        self.sweep = Sweep(controller, self)
        self.compare = Compare(controller, self)
        self.runs_panel = RunsPanel(controller, self.compare, self.sweep)

        # ---- placement ---------------------------------------------------------------------------------------------
        self.stage = Stage(self.canvas, {
            "network_diagram": self.network_diagram, "weight_maps": self.weight_maps, "traces": self.traces,
            "update_inspector": self.update_inspector, "landscape": self.landscape_view,
            "forward_pass": self.forward_pass, "scale": self.scale_view}, above=self.banner, parent=self)
        self.setCentralWidget(self.stage)
        self.docks = dock_layout.place_docks(self, {
            "hyperparameters": self.hyperparameter_panel, "parameters": self.parameter_panel,
            "loss": self.loss_plot, "lesson": self.lessons.dock, "runs": self.runs_panel})
        self.hyperparameter_dock = self.docks["hyperparameters"]
        self.parameter_dock = self.docks["parameters"]
        self.loss_dock = self.docks["loss"]
        self.runs_dock = self.docks["runs"]
        self.runs_offered = False  # the Runs dock shows itself once a session, when the first experiment starts
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.training_bar)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a second row: both bars fit at 1280 px
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.data_toolbar)

        # ---- features that act on what is placed -------------------------------------------------------------------
        self.set_theme(self.desk_theme)
        self.presentation = PresentationMode(self, settings, keep=(self.loss_dock, self.training_bar),
                                             advanced=(self.hyperparameter_dock,), beside=self.loss_dock,
                                             unscaled=(self.stage.selector,),
                                             toolbar=self.training_bar, set_theme=self.set_theme,
                                             desk_theme=self.desk_theme, available=self.available_geometry,
                                             virtual_screen=lambda: self.virtual_screen)
        self.training_bar.addSeparator()
        self.training_bar.addAction(self.presentation.action)
        self.addAction(self.presentation.leave_action)  # Esc works in full screen, with the menus hidden
        self.figure_export = FigureExport(self, (  # the names as the stage's buttons and views say them
            Figure("canvas", translate("Stage", "Canvas"), self.canvas),
            Figure("loss", translate("MainWindow", "Loss plot"), self.loss_plot.graphics),
            Figure("traces", translate("StageViews", "Parameter traces"), self.traces.plot_widget),
            Figure("scale-ladder", translate("MainWindow", "Scale ladder"), self.scale_view.ladder_page.plot)),
            controller, settings, self.show_status)
        self.gif_recording = GifRecording(controller, self._gif_views, settings, self.show_status, self)
        self.statusBar().addPermanentWidget(self.gif_recording.indicator)
        self.menus: dict[str, QMenu] = build_menu_bar(self.menuBar(), self._menu_entries())
        self.file_menu, self.view_menu = self.menus["file_menu"], self.menus["view_menu"]
        self.export_menu = self.menus["export_menu"]

        # ---- wiring between views and features ---------------------------------------------------------------------
        self.canvas.point_inspected.connect(self._inspect_point)
        self.canvas.keyboard_status.connect(self.show_status)
        self.forward_pass.marker_moved.connect(self.canvas.mark_inspected)
        self.scale_view.lesson_asked.connect(self.lessons.open_lesson_file)
        self.loss_plot.timeline_row.branch_asked.connect(self.compare.branch_from)
        self.file_actions.experiments = lambda: (self.compare.saved(), self.sweep.saved())  # a file keeps their runs
        self.file_actions.experiments_opened.connect(self._experiments_opened)
        self.lessons.first_shown.connect(lambda: QTimer.singleShot(0, self, self._give_lesson_room))
        self.lessons.view_requested.connect(self.stage.show_view)  # a lesson's view, and its steps' (Next step)
        self.presentation.changed.connect(self._show_step_caption)
        self.lessons.panel.current_step_changed.connect(self._show_step_caption)
        self.stage.step_done.connect(self.lessons.next_step.action.trigger)  # ticks it, does what the next says
        self.addAction(self.lessons.next_step.action)  # N works with the menus hidden (full screen)
        self.runs_panel.experiment_started.connect(self._offer_runs)
        self.runs_panel.experiments_ended.connect(self._runs_ended)
        self.frame_sync = FrameSync(controller, self.canvas.viewport(),
                                    [self.loss_plot, self.traces, self.parameter_panel])
        controller.status.connect(self.show_status)
        controller.data_changed.connect(self._update_title)
        self.file_actions.document.changed.connect(self._update_title)

        self._default_state = self.saveState(LAYOUT_VERSION)
        if self._restore_layout():
            self.fit_to_screen()  # remembered on another (or a larger) screen: fitted into this one
        else:
            self.setGeometry(default_rect(self.available_geometry()))
            dock_layout.size_side_docks(self, self.docks, self.width())
        self._update_title()
        self.statusBar().showMessage(
            translate("MainWindow", "Press Play (Space) to train, or draw points on the canvas."), 10000)
        self.accessibility = Accessibility(self, controller)  # screen readers: every control named, a live status

    # ---- menus ---------------------------------------------------------------------------------------------------
    def _menu_entries(self) -> dict[str, MenuEntry]:
        """Every menu entry of the window by id; ui/window/menus.py says where each one goes."""
        controller, bar = self.controller, self.training_bar
        undo = controller.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = controller.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                        translate("MainWindow", "Close GradientDesk (training stops)."))
        presets = []
        for task, title in TASK_LABELS.items():
            menu = QMenu(group_title(title), self)
            menu.setToolTipsVisible(True)
            for name in datasets.names(task):
                menu.addAction(self._action(preset_title(name), lambda _=False, n=name: controller.load_preset(n),
                                            tip=preset_description(PRESETS[name].description)))
            presets.append(menu)
        main_docks = (self.hyperparameter_dock, self.parameter_dock, self.loss_dock)
        return {
            **self.file_actions.actions(), **self.figure_export.actions(), **self.gif_recording.actions(),
            **self.sweep.actions(), **self.compare.actions(),
            "app.quit": self.quit_action,
            "edit.undo": undo, "edit.redo": redo,
            "edit.clear_points": self._action(
                translate("MainWindow", "&Clear all points"), controller.clear_points,
                QKeySequence("Ctrl+Shift+Delete"),
                translate("MainWindow", "Remove every point from the canvas (undoable).")),
            "data.presets": presets,
            "training.play": bar.play_action, "training.step": bar.step_action, "training.epoch": bar.epoch_action,
            "training.reset": bar.reset_action,
            "view.docks": [dock.toggleViewAction() for dock in (*main_docks, self.runs_dock)],
            **self.stage.actions(),
            "view.toolbars": [bar.toggleViewAction(), self.data_toolbar.toggleViewAction()],
            "view.reset_layout": self._action(translate("MainWindow", "Reset &layout"), self.reset_layout,
                                              tip=translate("MainWindow", "Put every panel back where it started.")),
            "view.language": LanguageMenu(self.settings, self.show_status, self),
            **self.presentation.actions(), **self.lessons.actions(), **self.lesson_authoring.actions(),
            "help.shortcuts": self._action(translate("MainWindow", "&Keyboard shortcuts"), self._show_shortcuts,
                                           QKeySequence.StandardKey.HelpContents),
            "help.about": self._action(translate("MainWindow", "&About GradientDesk"), self._show_about),
        }

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, translate("MainWindow", "Keyboard shortcuts"), translate("MainWindow", SHORTCUTS))

    def _show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About GradientDesk"), translate("MainWindow", ABOUT))

    # ---- the Theme ------------------------------------------------------------------------------------------------
    def themed_views(self) -> list[Themed]:
        """Every view that draws with the window's Theme."""
        return [self.canvas, self.loss_plot, self.traces, self.network_diagram, self.weight_maps, self.update_inspector,
                self.landscape_view, self.forward_pass, self.scale_view]

    def set_theme(self, theme: Theme) -> None:
        """Draw every view with `theme` (presentation mode hands in a larger one, and the desk's one back)."""
        if theme == self.theme:
            return
        self.theme = theme
        for view in self.themed_views():
            view.apply_theme(theme)

    # ---- between features ----------------------------------------------------------------------------------------
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _experiments_opened(self, comparison: SavedComparison | None, sweep: SavedSweep | None) -> None:
        """The compared and swept runs of a file just opened, back in their dialogs."""
        self.compare.restore(comparison)
        self.sweep.restore(sweep)

    def _update_title(self, *_args: object) -> None:
        """The window title's only writer: file name, unsaved mark, what the canvas holds."""
        document = self.file_actions.document
        self.setWindowTitle(fill(translate("MainWindow", "%1[*] — GradientDesk — %2"), document.name,
                                 describe_data(self.controller.data)))
        self.setWindowModified(document.modified)

    def _inspect_point(self, x: float, y: float) -> None:
        """An Inspect click on the canvas: the worked forward pass for that point, on the stage beside the canvas."""
        if self.stage.view != "forward_pass" or self.stage.wall:
            self.stage.show_view("forward_pass")
        self.stage.set_canvas_shown(True)
        self.forward_pass.inspect_at(x, y)

    def _show_step_caption(self, *_args: object) -> None:
        """Presenting a lesson: its current step over the stage (the Lesson panel is hidden then)."""
        presenting = self.presentation.active and self.file_actions.document.lesson is not None
        step = self.lessons.panel.current_step() if presenting else ""
        # a step to tick, not the "all done" line (whatever the language says them in)
        self.stage.set_caption(step, can_tick=bool(step) and self.lessons.panel.current_number() is not None)

    def _give_lesson_room(self) -> None:
        dock_layout.give_lesson_room(self, self.lessons.dock, self.parameter_dock)

    def _offer_runs(self) -> None:
        """The first comparison or sweep of the session shows the Runs tab beside the loss's; closed after that, it
        stays closed (not while presenting: the stage keeps its room)."""
        if self.runs_offered or self.presentation.active:
            return
        self.runs_offered = True
        if not self.runs_dock.isVisible():
            self.runs_dock.show()
            self.runs_dock.raise_()

    def _runs_ended(self) -> None:
        """No compared or swept run is left (their dialogs closed): the loss's tab comes back to the front."""
        if self.runs_dock in self.tabifiedDockWidgets(self.loss_dock):
            self.loss_dock.raise_()

    def _gif_views(self, include_loss: bool) -> list[QWidget]:
        return [self.canvas, self.loss_plot] if include_loss else [self.canvas]

    # ---- layout and life cycle -----------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in (self.hyperparameter_dock, self.parameter_dock, self.loss_dock):
            dock.show()
        self.stage.show_view(self.stage.view)
        self.stage.set_canvas_shown(True)
        self.lessons.dock.setVisible(self.file_actions.document.lesson is not None)

    def open_all_views(self) -> None:
        """Show every inspection view at once on the stage, beside the canvas (a large screen, the benchmark)."""
        self.stage.set_wall(True)

    def _restore_layout(self) -> bool:
        """The remembered geometry and dock layout; True if a geometry was restored."""
        if self.settings is None:
            return False
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
        self.stage.restore(self.settings)
        self.lessons.dock.setVisible(self.file_actions.document.lesson is not None)  # follows the document
        return bool(restored)

    # ---- the screen ------------------------------------------------------------------------------------------------
    def available_geometry(self) -> QRect:
        """The area the window may take: the virtual screen of --size, else the available geometry (without task
        bars and panels) of the screen the window is on."""
        if self.virtual_screen is not None:
            return QRect(self.virtual_screen)
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """Shrink and move the window (with its frame, when it has one) into `available_geometry()`."""
        if self.isFullScreen() or self.isMaximized():
            return  # the window system sizes these
        client, outer = self.geometry(), self.frameGeometry()
        frame = QMargins(client.left() - outer.left(), client.top() - outer.top(),
                         outer.right() - client.right(), outer.bottom() - client.bottom())
        fitted = fit_client_rect(client, frame, self.available_geometry())
        if fitted != client:
            self.setGeometry(fitted)

    def set_virtual_screen(self, available: QRect) -> None:
        """Behave as on a screen whose available area is `available` (--size WxH): open at the default size for it;
        presentation mode covers it instead of going full screen."""
        self.virtual_screen = QRect(available)
        self.setGeometry(default_rect(available))
        dock_layout.size_side_docks(self, self.docks, self.width())

    def _save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
            self.stage.save(self.settings)
            self.settings.sync()

    def start(self) -> None:
        """Start training machinery (the worker thread), once the window is shown: its frame is known now, so it is
        fitted into the screen with it."""
        self.fit_to_screen()
        # the keyboard starts on the stage, which takes no key the window's shortcuts need (a combo box with the
        # focus would take Space, Play, as a keyboard search after a letter such as N, Next step)
        self.stage.view_scroll.setFocus(Qt.FocusReason.OtherFocusReason)
        self.controller.start()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab in the window's reading order (tab_order.py), not in the order widgets were made."""
        target = next_in_reading_order(self, QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.shutting_down:  # else this close was confirmed before and waited for the worker
            if not self.file_actions.may_close():  # unsaved changes: Save / Discard / Cancel
                event.ignore()
                return
            self.presentation.set_active(False)  # before saving the layout: the full-screen one is not remembered
            self.gif_recording.cancel()  # the encoder thread must not outlive the window
            self.sweep.close()  # and neither must the sweep's thread
            self.compare.close()  # nor the comparison's
            self._save_layout()
        if not self.controller.shutdown():
            # The worker is inside a computation it cannot leave yet. Exiting now would destroy its running thread
            # (Qt aborts the process), so the window stays until the thread has ended, then closes itself.
            event.ignore()
            self.setEnabled(False)
            self.statusBar().showMessage(translate("MainWindow", "Finishing the current computation…"))
            self.controller.stopped.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            return
        super().closeEvent(event)
