"""Lessons: the Lessons menu, the start page (`lesson_dialog.py`) and the "Lesson" dock (`lesson_panel.py`).

The bundled lessons are the session files in ``gradientdesk/resources/lessons/*.gdesk`` (written by
``tools/make_lessons.py``), in file-name order. Opening one works like File → Open of a template: first the same
unsaved-changes question File → Open asks (`FileActions.may_discard`), then `apply_session` sets up the exact
data, hyperparameters and parameters, and the result is a new, untitled document that carries the lesson text
(so Save never overwrites a bundled lesson, and a saved copy opens with its lesson again).

The Lesson dock shows the text of whatever lesson the open document carries, however it was opened (this menu,
File → Open, the command line, a restored autosave), and hides when the document has none. A lesson may name the
training speed it is made for (``"speed": "10"`` steps per second, as in the Speed box; "max" for as fast as
possible); without one the default speed applies, so a slow lesson never slows down the next one.

Hooked into the main window by `install(window)` after the File menu exists; `window.lessons` is the `Lessons`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox

from ...bridge.controller import DEFAULT_SPEED
from ...io.session import SessionError, check_lesson, load_session
from ...resources import resource_files
from ..document.sessions import apply_session
from .lesson_dialog import LessonsDialog
from .lesson_panel import TITLE, LessonPanel

PANEL_SHARE = 0.7  # of the right-hand column's height, when the Lesson dock appears above the parameters
PANEL_WIDTH = 380  # px: about 45 characters a line, and the canvas keeps most of a 1440 px window


@dataclass(frozen=True)
class LessonInfo:
    """What the menu and the start page show of one bundled lesson file."""

    path: Path
    title: str
    goal: str


def bundled_lessons() -> list[LessonInfo]:
    """The bundled lessons in file-name order. Only the lesson text is read here (a millisecond for all of them);
    the whole file is checked when a lesson is opened, so a damaged file is listed and refused with a reason."""
    found = []
    for path in resource_files("lessons", "*.gdesk"):
        lesson: dict[str, Any] | None = None
        try:
            document = json.loads(path.read_bytes())
            lesson = check_lesson(document.get("lesson")) if isinstance(document, dict) else None
        except (OSError, ValueError):  # unreadable, not JSON, or a malformed lesson field (SessionError)
            lesson = None
        title = lesson.get("title") if lesson else None
        goal = lesson.get("goal") if lesson else None
        found.append(LessonInfo(path, title if isinstance(title, str) and title else path.stem,
                                goal if isinstance(goal, str) else ""))
    return found


def lesson_speed(lesson: dict[str, Any]) -> float | None:
    """The steps per second a lesson asks for: its "speed" text as a number, None for "max", else the default."""
    text = lesson.get("speed")
    if not isinstance(text, str):
        return DEFAULT_SPEED
    if text.strip().lower() in ("max", "as fast as possible"):
        return None
    try:
        value = float(text)
    except ValueError:
        return DEFAULT_SPEED
    return value if value > 0 else DEFAULT_SPEED


class Lessons(QObject):
    """The Lessons menu (`menu`, one action per lesson in `lesson_actions`), the start page (`show_start_page`,
    the open dialog in `dialog`), the Lesson dock (`dock`, content `panel`) and navigation (`open_lesson`,
    `next_lesson`, `previous_lesson`, `current_index`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.file_actions = window.file_actions
        self.catalogue = bundled_lessons()
        self.dialog: LessonsDialog | None = None
        self.last_message: QMessageBox | None = None
        self._shown: object = None  # the lesson dict on display (identity: a reopened lesson is a new dict)
        self._placed = False

        self.panel = LessonPanel()
        self.panel.previous_requested.connect(self.previous_lesson)
        self.panel.next_requested.connect(self.next_lesson)
        self.panel.all_requested.connect(self.show_start_page)
        self.dock = QDockWidget(TITLE, window)
        self.dock.setObjectName("lesson_dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        parameters = getattr(window, "parameter_dock", None)
        if parameters is not None and not parameters.isFloating():
            window.splitDockWidget(self.dock, parameters, Qt.Orientation.Vertical)  # the lesson above the table
        self.dock.hide()  # until a lesson is open
        self._build_menu()
        self.file_actions.document.changed.connect(self._document_changed)
        self._document_changed()

    # ---- menu ------------------------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        self.menu = QMenu("&Lessons", self.window)
        self.menu.setToolTipsVisible(True)
        help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, self.menu)
        else:
            bar.addMenu(self.menu)
        self.start_page_action = self._action("&All lessons…", self.show_start_page,
                                              "Every lesson with its goal: choose one to set it up.")
        self.menu.addSeparator()
        self.lesson_actions: list[QAction] = []
        for i, info in enumerate(self.catalogue):
            action = self._action(f"&{i + 1}  {info.title}", lambda index=i: self.open_lesson(index), info.goal)
            self.lesson_actions.append(action)
        if not self.catalogue:
            self.menu.addAction("No lessons installed").setEnabled(False)
        self.menu.addSeparator()
        self.previous_action = self._action("&Previous lesson", self.previous_lesson, "Open the previous lesson.")
        self.next_action = self._action("&Next lesson", self.next_lesson, "Open the next lesson.")
        toggle = self.dock.toggleViewAction()
        toggle.setText("Show the Lesson &panel")
        self.menu.addAction(toggle)

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.menu.addAction(action)
        return action

    # ---- opening -----------------------------------------------------------------------------------------------
    def open_lesson(self, index: int) -> bool:
        """Set up bundled lesson `index` (0-based) as a new untitled document, after the unsaved-changes question.
        Returns False if the learner cancelled or the file was refused (the current session is then untouched)."""
        if not 0 <= index < len(self.catalogue) or not self.file_actions.may_discard():
            return False
        info = self.catalogue[index]
        try:
            session = load_session(info.path)
            if session.lesson is None:
                raise SessionError("the file has no lesson text")
            self.controller.pause()  # a lesson starts still: its first step says when to press Play
            note = apply_session(self.controller, session)
        except (SessionError, ValueError) as error:
            self._warn(f"The lesson '{info.title}' cannot be opened: {error}")
            return False
        # untitled: Save asks for a name instead of overwriting the bundled file
        self.file_actions.document.reset(None, 0, session.title or info.title, dict(session.lesson))
        self.controller.status.emit(note or f"Lesson {index + 1} of {len(self.catalogue)}: {info.title}. "
                                            "Follow the steps in the Lesson panel.")
        return True

    def current_index(self) -> int | None:
        """Index of the bundled lesson the open document carries (matched by title), or None."""
        lesson = self.file_actions.document.lesson
        title = lesson.get("title") if lesson else None
        return next((i for i, info in enumerate(self.catalogue) if info.title == title), None)

    def next_lesson(self) -> bool:
        index = self.current_index()
        return self.open_lesson(0 if index is None else index + 1)

    def previous_lesson(self) -> bool:
        index = self.current_index()
        return index is not None and self.open_lesson(index - 1)

    def show_start_page(self) -> LessonsDialog:
        """The start page, window-modal but not blocking (the window keeps drawing); kept in `dialog`."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = LessonsDialog(self.catalogue, self.window)
        self.dialog.chosen.connect(self.open_lesson)
        self.dialog.open()
        return self.dialog

    # ---- the panel follows the document ----------------------------------------------------------------------
    def _document_changed(self) -> None:
        lesson = self.file_actions.document.lesson
        if lesson is self._shown:  # most changes are the unsaved mark: keep the learner's ticks
            return
        self._shown = lesson
        index = self.current_index()
        self.previous_action.setEnabled(index is not None and index > 0)
        self.next_action.setEnabled(index is None or index + 1 < len(self.catalogue))
        if lesson is None:
            self.panel.show_lesson(None)
            self.dock.hide()
            return
        note = self._apply_speed(lesson)
        self.panel.show_lesson(lesson, None if index is None else index + 1, len(self.catalogue), note)
        self.dock.show()
        self.dock.raise_()
        if not self._placed:  # the first time only: later the learner's own sizes stay
            self._placed = True
            QTimer.singleShot(0, self._size_dock)  # once the layout has made room for the dock

    def _size_dock(self) -> None:
        """Give the lesson most of the right-hand column and a readable width."""
        if self.dock.isFloating() or not self.dock.isVisible():
            return
        self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        parameters = getattr(self.window, "parameter_dock", None)
        if parameters is not None and parameters.isVisible() and not parameters.isFloating():
            height = self.dock.height() + parameters.height()
            self.window.resizeDocks([self.dock, parameters], [round(height * PANEL_SHARE),
                                                              round(height * (1 - PANEL_SHARE))],
                                    Qt.Orientation.Vertical)

    def _apply_speed(self, lesson: dict[str, Any]) -> str:
        """Set the Speed box (and so the controller) to the lesson's speed; returns a note for the panel."""
        speed = lesson_speed(lesson)
        bar = getattr(self.window, "training_bar", None)
        if bar is None:
            self.controller.set_speed(speed)
            return ""
        box = bar.speed_box
        index = next((i for i in range(box.count()) if box.itemData(i) == speed), -1)
        if index < 0:
            return ""
        box.setCurrentIndex(index)  # the box tells the controller
        self.controller.set_speed(speed)  # also when the box already showed it but the controller differs
        return f"Speed: {box.itemText(index)}, as this lesson needs (change it in the training bar)."

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the lesson", text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("lesson_message")
        box.open()  # window-modal, not blocking
        self.last_message = box
        self.controller.status.emit(text)


def install(window: QMainWindow) -> Lessons:
    """The Lessons menu (before Help) and the Lesson dock; needs `window.file_actions`."""
    window.lessons = Lessons(window)
    return window.lessons
