"""Lessons a teacher writes: Lessons → Save as lesson… (the editor, lesson_editor.py, turns the window's points,
model and settings into a lesson file) and Lessons → Open lesson folder… (a folder of the teacher's own lesson files
joins the Lessons menu, under the folder's name, and the start page). The folder is remembered in the settings and
read again at the next launch; a file in it with a mistake is listed greyed, its tooltip naming the line and field,
and refused with that message when chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ...bridge.controller import Controller
from ...io.lesson_file import SOURCE_LANGUAGE, SUFFIX, Lesson
from ...io.lesson_writer import LessonDraft
from ...io.session_codec import SessionError
from ..i18n import fill
from .lesson_editor import LessonEditor
from .lessons import LessonInfo, Lessons, read_in

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

FOLDER_KEY = "lessons/folder"  # settings key: the teacher's lesson folder, read again at launch
MAX_FOLDER_LESSONS = 200


def folder_lessons(folder: Path, language: str = SOURCE_LANGUAGE) -> tuple[list[LessonInfo], list[tuple[Path, str]]]:
    """The lesson files of `folder` in file-name order (each read and checked, with its texts in `language` where a
    language file beside it, ``<folder>/de/NN-name.md``, has them), and the ones with a mistake with their message."""
    good, bad = [], []
    for path in sorted(folder.glob(f"*{SUFFIX}"))[:MAX_FOLDER_LESSONS]:
        try:
            lesson: Lesson = read_in(path, language)
        except SessionError as error:
            bad.append((path, str(error)))
            continue
        good.append(LessonInfo(path, lesson.title, lesson.goal, lesson))
    return good, bad


def file_name_for(title: str) -> str:
    """A lesson file name from its title: "Learning rate, again!" -> "learning-rate-again.md"."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "my-lesson"
    return f"{stem}{SUFFIX}"


class LessonAuthoring(QObject):
    """The two menu entries and the folder's submenu (`actions()`); `current_view()` names the stage's view now (a
    new lesson starts on it); `ask_path(suggested)` and `ask_folder()` ask the teacher (tests answer instead)."""

    def __init__(self, controller: Controller, lessons: Lessons, current_view: Callable[[], str], parent: QWidget,
                 settings: QSettings | None = None, ask_path: Callable[[str], Path | None] | None = None,
                 ask_folder: Callable[[], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.controller, self.lessons, self.current_view = controller, lessons, current_view
        self.parent_widget, self.settings = parent, settings
        self.ask_path = ask_path or self._ask_path
        self.ask_folder = ask_folder or self._ask_folder
        self.editor: LessonEditor | None = None
        self.folder: Path | None = None
        self.save_action = QAction(translate("LessonAuthoring", "Save as &lesson…"), parent)
        tip = translate("LessonAuthoring", "Make a lesson of what the window shows: its points, model and "
                        "settings, with your title, goal and steps (each step may show a view or change a setting "
                        "when the learner presses Next step).")
        self.save_action.setToolTip(tip)
        self.save_action.setStatusTip(tip)
        self.save_action.triggered.connect(self.save_as_lesson)
        self.folder_action = QAction(translate("LessonAuthoring", "Open lesson &folder…"), parent)
        tip = translate("LessonAuthoring",
                        "Add a folder of your own lesson files (.md) to this menu and to the start page.")
        self.folder_action.setToolTip(tip)
        self.folder_action.setStatusTip(tip)
        self.folder_action.triggered.connect(lambda: self.choose_folder())
        self.folder_menu = QMenu(translate("LessonAuthoring", "Your lessons"), parent)
        self.folder_menu.setToolTipsVisible(True)
        self.folder_menu.menuAction().setVisible(False)  # until a folder is open
        remembered = settings.value(FOLDER_KEY, "", type=str) if settings is not None else ""
        if remembered and Path(remembered).is_dir():
            self.open_folder(Path(remembered))

    def actions(self) -> dict[str, QAction | QMenu]:
        return {"lessons.save_as": self.save_action, "lessons.open_folder": self.folder_action,
                "lessons.folder": self.folder_menu}

    # ---- Save as lesson… ----------------------------------------------------------------------------------------
    def make_draft(self, title: str = "", goal: str = "", speed: float = 10.0, view: str | None = None,
                   steps: tuple = (), see: str = "") -> LessonDraft:
        c = self.controller
        return LessonDraft(title, goal, speed, view, c.data, c.settings, c.hyperparameters, steps, see)

    def save_as_lesson(self) -> LessonEditor:
        """Open the editor (window-modal, not blocking); a lesson saved into the open folder joins the menu."""
        if self.editor is not None:
            self.editor.close()
        title = self.lessons.document.title or (self.controller.data.name or "My lesson").capitalize()
        editor = LessonEditor(title, self.make_draft, self.ask_path, self.parent_widget)
        current = self.current_view()
        editor.view.setCurrentIndex(max(0, editor.view.findData(current)))
        editor.accepted.connect(lambda: self._saved(editor))
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, editor: LessonEditor) -> None:
        lesson = next((p for p in editor.saved if p.suffix.lower() == SUFFIX), None)
        if lesson is None:
            return
        if self.folder is not None and lesson.parent.resolve() == self.folder.resolve():
            self.open_folder(self.folder)
        self.controller.status.emit(fill(translate(
            "LessonAuthoring", "Saved the lesson %1: open it with Lessons → Open lesson folder… or give the file to "
            "your class."), lesson.name))

    def _ask_path(self, title: str) -> Path | None:
        folder = self.folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self.parent_widget,
                                                      translate("LessonAuthoring", "Save the lesson as"),
                                                      str(folder / file_name_for(title)),
                                                      translate("LessonAuthoring", "Lesson (*.md)"))
        return Path(chosen) if chosen else None

    # ---- Open lesson folder… --------------------------------------------------------------------------------------
    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self.parent_widget,
                                                  translate("LessonAuthoring", "Open a folder of lessons"),
                                                  str(self.folder or Path.home()))
        return Path(chosen) if chosen else None

    def choose_folder(self) -> int:
        folder = self.ask_folder()
        return -1 if folder is None else self.open_folder(folder)

    def open_folder(self, folder: Path) -> int:
        """List the lessons of `folder` in the menu and the start page; remember it. Returns how many read well."""
        good, bad = folder_lessons(folder, self.lessons.language)
        self.folder = folder
        self.folder_menu.clear()
        self.folder_menu.setTitle(fill(translate("LessonAuthoring", "Lessons in %1"), folder.name or folder))
        for info in good:
            action = self.folder_menu.addAction(info.title)
            action.setToolTip(info.goal)
            action.triggered.connect(lambda _=False, path=info.path: self.lessons.open_lesson_path(path))
        for path, message in bad:
            action = self.folder_menu.addAction(fill(translate("LessonAuthoring", "%1 (cannot be opened)"),
                                                     path.stem))
            action.setToolTip(message)
            action.triggered.connect(lambda _=False, path=path: self.lessons.open_lesson_path(path))
        if not good and not bad:
            self.folder_menu.addAction(translate("LessonAuthoring", "No lesson files (.md) in this folder")
                                       ).setEnabled(False)
        self.folder_menu.menuAction().setVisible(True)
        self.lessons.set_folder_lessons(good)
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(folder))
        count, name = len(good), folder.name or folder
        if count == 1:
            text = fill(translate("LessonAuthoring", "1 lesson from %1; %2 with a mistake (see their tooltips).")
                        if bad else translate("LessonAuthoring", "1 lesson from %1."), name, len(bad))
        else:
            text = fill(translate("LessonAuthoring", "%1 lessons from %2; %3 with a mistake (see their tooltips).")
                        if bad else translate("LessonAuthoring", "%1 lessons from %2."), count, name, len(bad))
        self.controller.status.emit(text)
        return count
