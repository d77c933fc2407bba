"""The File menu's actions and everything behind them: New, Open, Open Recent, Save, Save As, Import/Export CSV,
Export trained model; the open `Document` (file name, unsaved state); the question on quit; autosave and start-up (a
file from the command line, a restore offer after a crash, or the last-used hyperparameters).

The main window places the actions (`actions()`, by menu id) and owns the title, which it builds from `document`;
its closeEvent asks `may_close()`. A window built for tests or screenshots neither autosaves nor asks on close until
`startup()` is called, which is what `gradientdesk` (app.py) does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ...bridge.controller import DEFAULT_HYPERPARAMETERS, Controller
from ...bridge.data_edits import describe_data
from ...bridge.texts import engine_text
from ...io import csv_io, model_export
from ...io.recent_files import RecentFiles
from ...io.session import (
    SUFFIX,
    SavedComparison,
    SavedSweep,
    Session,
    SessionError,
    load_session,
    plan_opening,
    save_session,
)
from ...state.data_state import empty_state
from ..i18n import fill
from .autosave import Autosaver, data_directory
from .csv_import_dialog import CsvImportDialog
from .document import Document
from .file_dialogs import ask_path as ask_file_path
from .remembered import RememberedHyperparameters
from .restore_prompt import Ask, ask_with_message_box, restore_orphan
from .sessions import apply_session
from .sessions import session_from_controller as snapshot_session

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# the file dialogs' filters, shown translated (context "FileActions"; the patterns in brackets stay as they are)
SESSION_FILTER = QT_TRANSLATE_NOOP("FileActions", "GradientDesk sessions (*.gdesk);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("FileActions", "CSV files (*.csv *.tsv *.txt);;All files (*)")
MODEL_FILTERS = {QT_TRANSLATE_NOOP("FileActions", "Model as JSON (*.json)"): ".json",
                 QT_TRANSLATE_NOOP("FileActions", "Model as NumPy archive (*.npz)"): ".npz"}
# ask_path(mode "open" | "save", caption, filters, suggested path) -> chosen path or None
AskPath = Callable[[str, str, str, Path], Path | None]


class FileActions(QObject):
    """The file actions of one window. `parent` is the widget dialogs and messages belong to; `settings` (None for
    tests and screenshots) keeps recent files and the last-used hyperparameters; `ask_path` asks for a file name
    (tests replace it). `experiments_opened` brings the compared and swept runs of a file just opened (None: it had
    none)."""

    experiments_opened = Signal(object, object)  # SavedComparison | None, SavedSweep | None

    def __init__(self, controller: Controller, settings: QSettings | None, parent: QWidget,
                 ask_path: AskPath | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.controller, self.settings = parent, controller, settings
        self.document = Document(self.controller, self)
        self.recent = RecentFiles(self.settings)
        self.remembered = (RememberedHyperparameters(self.controller, self.settings, self)
                           if self.settings is not None else None)
        self.autosaver: Autosaver | None = None
        self.confirm_on_close = False  # switched on by startup(): tests and screenshots close without asking
        self.ask_path: AskPath = ask_path or (lambda *args: ask_file_path(parent, *args))
        self.ask_unsaved: Callable[[], str] = self._unsaved_box  # -> "save" | "discard" | "cancel"
        self.ask_restore: Ask = ask_with_message_box(parent)
        self.last_message: QMessageBox | None = None
        # the experiments' runs a saved session keeps (the window points this at its Compare and Sweep)
        self.experiments: Callable[[], tuple[SavedComparison | None, SavedSweep | None]] = lambda: (None, None)
        self._make_actions()

    # ---- actions ---------------------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey

        def add(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            action = QAction(text, self.parent_widget)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False: slot())
            return action

        self.new_action = add(translate("FileActions", "&New"), self.new_document, std.New,
                              translate("FileActions", "Start over with an empty canvas."))
        self.open_action = add(translate("FileActions", "&Open..."), self.open_dialog, std.Open,
                               translate("FileActions", "Open a session or lesson file (.gdesk)."))
        self.recent_menu = QMenu(translate("FileActions", "Open &Recent"), self.parent_widget)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = add(translate("FileActions", "&Save"), self.save, std.Save,
                               translate("FileActions", "Save data, model, hyperparameters and learned parameters."))
        self.save_as_action = add(translate("FileActions", "Save &As..."), self.save_as, QKeySequence("Ctrl+Shift+S"),
                                  translate("FileActions", "Save under a new name."))
        self.import_csv_action = add(translate("FileActions", "&Import CSV..."), self.import_csv,
                                     tip=translate("FileActions",
                                                   "Load points from a CSV file (with a preview; undoable)."))
        self.export_csv_action = add(translate("FileActions", "Export data as &CSV..."), self.export_csv,
                                     tip=translate("FileActions",
                                                   "Write x1, x2, label or target and split of every point."))
        self.export_model_action = add(
            translate("FileActions", "Export trained &model..."), self.export_model,
            tip=translate("FileActions", "Write the learned parameters and the architecture needed to use them "
                          "(JSON or NPZ). Hyperparameters are not part of a trained model."))
        self._fill_recent_menu()

    def actions(self) -> dict[str, QAction | QMenu]:
        """The File menu's entries by menu id (see ui/window/menus.py)."""
        return {"file.new": self.new_action, "file.open": self.open_action, "file.recent": self.recent_menu,
                "file.save": self.save_action, "file.save_as": self.save_as_action,
                "file.import_csv": self.import_csv_action, "file.export_csv": self.export_csv_action,
                "file.export_model": self.export_model_action}

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p, ask_first=True))
        if not paths:
            self.recent_menu.addAction(translate("FileActions", "No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(translate("FileActions", "Clear list"), self.recent.clear)

    # ---- documents ---------------------------------------------------------------------------------------------------
    def session(self, include_parameters: bool = True, include_history: bool = True) -> Session:
        d = self.document
        comparison, sweep = self.experiments()
        return snapshot_session(self.controller, include_parameters, include_history, d.title, d.lesson,
                                comparison, sweep)

    def new_document(self) -> None:
        """An empty canvas (two classes) with the default hyperparameters, after asking about unsaved work."""
        if not self.may_discard():
            return
        self.controller.replace_everything(empty_state("classification"), DEFAULT_HYPERPARAMETERS)
        self.document.reset(None)

    def open_dialog(self) -> None:
        if not self.may_discard():
            return
        path = self.ask_path("open", translate("FileActions", "Open a session or lesson"),
                             translate("FileActions", SESSION_FILTER), self._folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, report: bool = True, ask_first: bool = False) -> str:
        """Open a session file. Returns "" or the message shown (the current session is untouched then)."""
        if ask_first and not self.may_discard():
            return ""
        path = Path(path)
        try:
            session = load_session(path)
            note = apply_session(self.controller, session)
            self._experiments_opened(session)
        except (SessionError, ValueError) as error:
            message = fill(translate("FileActions", "%1 was not opened: %2"), path.name, engine_text(error))
            if report:
                self._message(QMessageBox.Icon.Warning, translate("FileActions", "Cannot open the file"), message)
            if not path.exists():
                self.recent.remove(path)
            return message
        step = int(session.loss_history["step"][-1]) if session.loss_history is not None and len(
            session.loss_history["step"]) else 0
        self.document.reset(path.resolve(), step, session.title, None if session.lesson is None else
                            dict(session.lesson))
        self.recent.add(path)
        self.controller.status.emit(note or fill(translate("FileActions", "Opened %1: %2."), path.name,
                                                 describe_data(self.controller.data)))
        return ""

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        suggestion = self.document.path or self._folder() / f"{self.controller.data.name}{SUFFIX}"
        path = self.ask_path("save", translate("FileActions", "Save the session as"),
                             translate("FileActions", SESSION_FILTER), suggestion)
        if path is None:
            return False
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            save_session(path, self.session())
        except (SessionError, OSError) as error:
            self._message(QMessageBox.Icon.Warning, translate("FileActions", "Cannot save"),
                          fill(translate("FileActions", "%1 was not saved: %2"), path.name,
                               engine_text(error)))
            return False
        self.document.saved_as(path.resolve())
        self.recent.add(path)
        if self.autosaver is not None:
            self.autosaver.discard()  # the work is safe in its file now
        self.controller.status.emit(fill(translate("FileActions", "Saved %1."), path.name))
        return True

    # ---- CSV and model export ------------------------------------------------------------------------------------
    def import_csv(self) -> bool:
        path = self.ask_path("open", translate("FileActions", "Import points from a CSV file"),
                             translate("FileActions", CSV_FILTER), self._folder())
        if path is None:
            return False
        try:
            table = csv_io.read_table(path)
        except csv_io.CsvError as error:
            self._message(QMessageBox.Icon.Warning, translate("FileActions", "Cannot import"),
                          f"{path.name}: {engine_text(error)}")
            return False
        s = self.controller.settings
        dialog = CsvImportDialog(table, path.stem, s.test_fraction, s.seed, self.parent_widget)
        self.csv_dialog: CsvImportDialog | None = dialog  # tests reach the open dialog through this
        try:
            accepted = dialog.exec() == CsvImportDialog.DialogCode.Accepted
            state = dialog.state
        finally:
            # a child of the window lives as long as the window, and this one holds the whole parsed file
            self.csv_dialog = None
            dialog.deleteLater()
        if not accepted or state is None:
            return False
        self.controller.set_data_state(state, translate("FileActions", "Import CSV"))
        self.controller.status.emit(fill(translate("FileActions", "Imported %1 from %2 (Undo takes it back)."),
                                         describe_data(state), path.name))
        return True

    def export_csv(self) -> bool:
        if self.controller.data.dataset is None:
            self._message(QMessageBox.Icon.Information, translate("FileActions", "Nothing to export"),
                          translate("FileActions", "The canvas is empty."))
            return False
        path = self.ask_path("save", translate("FileActions", "Export the points as CSV"),
                             translate("FileActions", CSV_FILTER),
                             self._folder() / f"{self.controller.data.name}.csv")
        if path is None:
            return False
        if path.suffix.lower() not in (".csv", ".tsv", ".txt"):
            path = path.with_name(path.name + ".csv")
        try:
            csv_io.write_csv(path, self.controller.data)
        except OSError as error:
            self._message(QMessageBox.Icon.Warning, translate("FileActions", "Cannot export"), str(error))
            return False
        self.controller.status.emit(fill(translate("FileActions", "Exported %1 points to %2."),
                                         self.controller.data.n_points, path.name))
        return True

    def export_model(self) -> bool:
        session = self.session(include_history=False)
        try:
            model_export.trained_model(session)
        except model_export.ExportError as error:
            self._message(QMessageBox.Icon.Information, translate("FileActions", "No trained model"),
                          fill(translate("FileActions", "Nothing exported: %1."), error))
            return False
        stem = self.document.path.stem if self.document.path else self.controller.data.name
        filters = ";;".join(translate("FileActions", name) for name in MODEL_FILTERS)
        path = self.ask_path("save", translate("FileActions", "Export the trained model"), filters,
                             self._folder() / f"{stem}-model.json")
        if path is None:
            return False
        if path.suffix.lower() not in (".json", ".npz"):
            path = path.with_name(path.name + ".json")
        try:
            model_export.export_model(path, session)
        except (model_export.ExportError, OSError) as error:
            self._message(QMessageBox.Icon.Warning, translate("FileActions", "Cannot export"), str(error))
            return False
        self.controller.status.emit(fill(translate("FileActions", "Exported the trained model's parameters to %1."),
                                         path.name))
        return True

    # ---- closing and unsaved work ------------------------------------------------------------------------------
    def may_close(self) -> bool:
        """Called by the window's closeEvent: False keeps the window open (the user cancelled)."""
        if not self.may_discard():
            return False
        if self.autosaver is not None:
            self.autosaver.finish()  # a clean quit leaves nothing to restore
            self.autosaver = None
        self.document.detach()
        return True

    def may_discard(self) -> bool:
        """Ask Save / Discard / Cancel if there is unsaved work of the learner's (and asking is on): a lesson that
        has only been trained is not (Document.worth_asking). True to go ahead."""
        if not (self.confirm_on_close and self.document.worth_asking):
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _unsaved_box(self) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, translate("FileActions", "Unsaved changes"),
                          fill(translate("FileActions", "Save the changes to %1?"), self.document.name),
                          parent=self.parent_widget)
        box.setObjectName("unsaved_prompt")
        box.setInformativeText(translate(
            "FileActions", "Your points, model and learned parameters are lost if you do not save them."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        try:
            answer = box.exec()
        finally:
            box.deleteLater()  # asked at every New, Open and quit: none may stay behind as a child of the window
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")

    # ---- start-up ------------------------------------------------------------------------------------------------
    def startup(self, path: Path | None, screenshot: bool = False) -> bool:
        """What the app opens with: FILE from the command line; else work an unclean exit left behind (offered);
        else the default example with the last-used hyperparameters. A screenshot run keeps no autosave and asks
        nothing. Returns False only when FILE cannot be opened in a screenshot run (printed to stderr)."""
        if not screenshot:
            self.confirm_on_close = True
            self._start_autosave()
        if path is not None:
            error = self.open_path(path, report=not screenshot)
            if error and screenshot:
                print(f"gradientdesk: {error}", file=sys.stderr)
                return False
            return True
        if screenshot:
            return True
        if self.autosaver is not None and restore_orphan(self.autosaver.directory, self._open_restored,
                                                         self.ask_restore, self.controller.status.emit):
            return True
        if self.remembered is not None:
            self.remembered.restore()
            self.document.reset(None)
        return True

    def _start_autosave(self) -> None:
        directory = data_directory()
        if directory is None:
            self.controller.status.emit(translate(
                "FileActions", "Autosave is off: this system has no folder for application data."))
            return
        self.autosaver = Autosaver(self.controller, self.session, directory, lambda: self.document.modified, self)
        self.autosaver.failed.connect(self.controller.status.emit)
        if not self.autosaver.start():
            self.autosaver = None

    def _open_restored(self, session: Session) -> None:
        apply_session(self.controller, session)
        self._experiments_opened(session)
        step = int(session.loss_history["step"][-1]) if session.loss_history is not None and len(
            session.loss_history["step"]) else 0
        self.document.reset(None, step, session.title, None if session.lesson is None else dict(session.lesson),
                            modified=True)
        if self.autosaver is not None:  # written again as ours before the orphan is deleted
            self.autosaver.save_now()
            self.autosaver.wait()

    # ---- helpers -------------------------------------------------------------------------------------------------
    def _experiments_opened(self, session: Session) -> None:
        plan = plan_opening(session)
        self.experiments_opened.emit(plan.comparison, plan.sweep)

    def _folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        recent = self.recent.paths()
        if recent:
            return recent[0].parent
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A window-modal message that does not block (so start-up and tests go on); kept in `last_message` while
        it is open, deleted when it closes."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("file_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, shown=box: self._message_closed(shown))
        box.open()
        self.last_message = box
        self.controller.status.emit(text)

    def _message_closed(self, box: QMessageBox) -> None:
        if self.last_message is box:
            self.last_message = None

