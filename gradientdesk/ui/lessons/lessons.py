"""Lessons: the Lessons menu, the start page (`start_page.py`) and the "Lesson" dock (`lesson_panel.py`).

The bundled lessons are the lesson files ``resources/lessons/*.md`` (Markdown with a TOML header, read into a typed
`Lesson` by `io/lesson_file.py`), in file-name order; a lesson's identity is its file name without ``.md``
("03-overfitting"), never its title. Opening one works like File → Open of a template: first the same
unsaved-changes question File → Open asks (`FileActions.may_discard`), then `apply_session` sets up the lesson's
data (`io/lesson_setup.py`), hyperparameters and fresh parameters, and the result is a new, untitled document that
carries the lesson text with its placeholders filled and its id (so Save never overwrites a bundled lesson, and a
saved copy opens with its lesson again). A lesson file with a mistake is listed and refused with a message naming
the line and the field; the open document stays as it was. Old ``.gdesk`` lesson sessions (a lesson's text without
an id) still open and are matched by title.

The Lesson dock shows the text of whatever lesson the open document carries, however it was opened (this menu,
File → Open, the command line, a restored autosave), and hides when the document has none. A lesson may name the
training speed it is made for (``speed = 10`` steps per second in the file, kept as ``"speed": "10"`` in the
document's lesson text; "max" for as fast as possible); without one the default speed applies, so a slow lesson never
slows down the next one. A lesson that names a stage view asks for it through `view_requested`.

The start page (Lessons → All lessons…, Help → Start page, the panel's "All lessons" button) also offers the preset
datasets ("Free play", through the controller) and the recent files (`recent_files()`, opened with `open_file`). It
opens by itself at launch (`show_at_launch`) while the settings say so ("Show this page at start", on until the
learner turns it off), never when the app starts with a file, for a screenshot, or without settings (tests).

Lessons speak the interface language (`interface_language()`: the one ui/i18n.py installed, English without
translators, as in tests): the menu, the start page and the opened lesson show the texts of the lesson's language file
(``resources/lessons/de/NN-name.md``, see io/lesson_file.py) when there is one, else the English file's; the numbers,
data, hyperparameters and Next step's actions always come from the English file.

The main window constructs `Lessons` with what it needs (the controller, the open document, the unsaved-changes
question, a way to set the training speed, the settings, the recent files and a way to open one), places its
actions (`actions()`, by menu id) and its `dock`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from ...bridge.controller import DEFAULT_SPEED, Controller
from ...io.lesson_file import SOURCE_LANGUAGE, SUFFIX, Lesson, read_lesson
from ...io.lesson_language import LessonLanguageError, read_lesson_in
from ...io.lesson_setup import is_lesson_file, lesson_session
from ...io.session import SessionError, load_session
from ...resource_paths import resource_files
from ..document.document import Document
from ..document.sessions import apply_session
from ..i18n import fill, interface_language
from ..window.stage_views import view_names
from .lesson_panel import TITLE, LessonPanel
from .next_step import NextStep
from .start_page import StartPage

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# speed (steps per second, None: as fast as possible) -> a note saying what the speed is now ("" if unchanged)
SetSpeed = Callable[[float | None], str]
SHOW_AT_START = "start_page/show_at_start"  # settings key: open the start page at launch (absent: yes)


@dataclass(frozen=True)
class LessonInfo:
    """What the menu and the start page show of one bundled lesson file; `lesson` is the file read (None if it
    cannot be: opening it then says why)."""

    path: Path
    title: str
    goal: str
    lesson: Lesson | None = None

    @property
    def id(self) -> str:
        """The lesson's identity: its file name without the suffix ("03-overfitting")."""
        return self.path.stem


def read_in(path: Path, language: str) -> Lesson:
    """The lesson file at `path` with its texts in `language`; in English when its language file does not fit
    (the reason is a `LessonLanguageError`: tests/lessons check every shipped one, so a learner never meets it)."""
    try:
        return read_lesson_in(path, view_names(), language)
    except LessonLanguageError:
        return read_lesson(path, view_names())


def bundled_lessons(language: str = SOURCE_LANGUAGE) -> list[LessonInfo]:
    """The bundled lessons in file-name order, each read and checked (a few milliseconds for all of them), with their
    texts in `language` where they have them. A file with a mistake is listed under its file name and refused with
    the reason when it is opened."""
    found = []
    for path in resource_files("lessons", f"*{SUFFIX}"):
        try:
            lesson: Lesson | None = read_in(path, language)
        except SessionError:
            lesson = None
        found.append(LessonInfo(path, lesson.title if lesson else path.stem, lesson.goal if lesson else "", lesson))
    return found


def lesson_id(name: str) -> str:
    """A lesson's id from its id or file name: "03-overfitting.md", "03-overfitting.gdesk" -> "03-overfitting"."""
    path = Path(name)
    return path.stem if path.suffix.lower() in (SUFFIX, ".gdesk") else path.name


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
    """The Lessons menu's actions (one per lesson in `lesson_actions`), the start page (`show_start_page`, the open
    dialog in `dialog`; `show_at_launch`), the Lesson dock (`dock`, content `panel`) and navigation (`open_lesson`,
    `next_lesson`, `previous_lesson`, `current_index`). `may_discard()` asks about unsaved work before a lesson
    replaces it; `set_speed` sets the training speed a lesson needs; `settings` (None: tests, screenshots) keeps the
    start page's check box; `recent_files()` lists the recent files and `open_file(path)` opens one (asking about
    unsaved work first). `first_shown` is emitted when the dock appears for the first time, so that the window can
    give it room."""

    first_shown = Signal()
    view_requested = Signal(str)  # a stage view's name (stage_views.py), asked for by the lesson just opened

    def __init__(self, controller: Controller, document: Document, may_discard: Callable[[], bool],
                 set_speed: SetSpeed, parent: QWidget, settings: QSettings | None = None,
                 recent_files: Callable[[], list[Path]] = list,
                 open_file: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.controller = controller
        self.document = document
        self.may_discard = may_discard
        self.set_speed = set_speed
        self.settings = settings
        self.recent_files = recent_files
        self.open_file: Callable[[Path], object] = open_file or (lambda _path: None)
        self.language = interface_language()  # the lessons' texts are in it where they have a language file
        self.bundled = bundled_lessons(self.language)  # read once; a teacher's folder adds to it (set_folder_lessons)
        self.catalogue = list(self.bundled)
        self.dialog: StartPage | None = None
        self.last_message: QMessageBox | None = None
        self._shown: object = None  # the lesson dict on display (identity: a reopened lesson is a new dict)
        self._placed = False

        self.panel = LessonPanel()
        self.panel.previous_requested.connect(self.previous_lesson)
        self.panel.next_requested.connect(self.next_lesson)
        self.panel.all_requested.connect(self.show_start_page)
        self._opened: Lesson | None = None  # the lesson file opened last (its actions, if not in the catalogue)
        # Next step (next_step.py): performs the step's action; keeps each lesson's ticked steps in the settings
        self.next_step = NextStep(controller, self.panel, self.current_lesson, self._lesson_id, parent, settings)
        self.next_step.view_requested.connect(self.view_requested)
        self.dock = QDockWidget(TITLE, parent)
        self.dock.setObjectName("lesson_dock")
        self.dock.setWidget(self.panel)
        self.dock.hide()  # until a lesson is open
        self._make_actions()
        self.document.changed.connect(self._document_changed)
        self._document_changed()

    # ---- actions ---------------------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.start_page_action = self._action(
            translate("Lessons", "&All lessons…"), self.show_start_page,
            translate("Lessons", "Every lesson with its goal: choose one to set it up."))
        self.help_start_action = self._action(
            translate("Lessons", "&Start page"), self.show_start_page,
            translate("Lessons", "The lessons, free play with the preset datasets, recent files."))
        self.lesson_actions: list[QAction] = []
        for i, info in enumerate(self.catalogue):
            action = self._action(f"&{i + 1}  {info.title}", lambda index=i: self.open_lesson(index), info.goal)
            self.lesson_actions.append(action)
        if not self.catalogue:
            none = QAction(translate("Lessons", "No lessons installed"), self.parent_widget)
            none.setEnabled(False)
            self.lesson_actions.append(none)
        self.previous_action = self._action(translate("Lessons", "&Previous lesson"), self.previous_lesson,
                                            translate("Lessons", "Open the previous lesson."))
        self.next_action = self._action(translate("Lessons", "&Next lesson"), self.next_lesson,
                                        translate("Lessons", "Open the next lesson."))
        self.dock.toggleViewAction().setText(translate("Lessons", "Show the Lesson &panel"))

    def actions(self) -> dict[str, QAction | list[QAction]]:
        """The Lessons menu's entries by menu id (see ui/window/menus.py)."""
        return {"lessons.start_page": self.start_page_action, "lessons.list": self.lesson_actions,
                "lessons.previous": self.previous_action, "lessons.next": self.next_action,
                "lessons.next_step": self.next_step.action,
                "lessons.panel": self.dock.toggleViewAction(), "help.start_page": self.help_start_action}

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    # ---- opening -----------------------------------------------------------------------------------------------
    def open_lesson(self, index: int) -> bool:
        """Set up bundled lesson `index` (0-based) as a new untitled document, after the unsaved-changes question.
        Returns False if the learner cancelled or the file was refused (the current session is then untouched)."""
        if not 0 <= index < len(self.catalogue) or not self.may_discard():
            return False
        info = self.catalogue[index]
        return not self._open(info.path, info.title, fill(translate("Lessons", "Lesson %1 of %2: "), index + 1,
                                                          len(self.catalogue)))

    def open_lesson_path(self, path: Path, report: bool = True) -> str:
        """Set up the lesson file at `path` (a bundled one, or a teacher's own from anywhere), after the
        unsaved-changes question: "" when it is open, else why not (`report`: also in a message box). The command
        line opens lesson files through this."""
        if not self.may_discard():
            return "cancelled"
        index = next((i for i, info in enumerate(self.catalogue) if info.path.resolve() == Path(path).resolve()),
                     None)
        prefix = translate("Lessons", "Lesson: ") if index is None else \
            fill(translate("Lessons", "Lesson %1 of %2: "), index + 1, len(self.catalogue))
        return self._open(Path(path), Path(path).stem, prefix, report)

    def _open(self, path: Path, title: str, prefix: str, report: bool = True) -> str:
        """Open lesson file (or lesson session) `path`; "" or the reason it was refused (nothing changed then)."""
        try:
            lesson = read_in(path, self.language) if is_lesson_file(path) else None
            if lesson is not None:
                session = lesson_session(lesson)
            else:  # a session file with a lesson's text (lessons before lesson files, a saved copy)
                session = load_session(path)
            if session.lesson is None:
                raise SessionError(translate("Lessons", "the file has no lesson text"))
            self.controller.pause()  # a lesson starts still: its first step says when to press Play
            note = apply_session(self.controller, session)
        except (SessionError, ValueError) as error:
            text = fill(translate("Lessons", "The lesson '%1' cannot be opened: %2"), title, error)
            if report:
                self._warn(text)
            return text
        title = session.title or title
        self._opened = lesson
        # untitled: Save asks for a name instead of overwriting the bundled file
        self.document.reset(None, 0, title, dict(session.lesson))
        stop = "" if title.endswith(("?", "!", ".")) else "."  # "How big are real models?", not "...?."
        self.controller.status.emit(note or fill(translate("Lessons", "%1 Follow the steps in the Lesson panel."),
                                                 f"{prefix}{title}{stop}"))
        return ""

    def open_lesson_file(self, name: str) -> bool:
        """Open the bundled lesson with id `name` ("03-overfitting", or its file name "03-overfitting.md"); False if
        there is none."""
        wanted = lesson_id(name)
        index = next((i for i, info in enumerate(self.catalogue) if info.id == wanted), None)
        return index is not None and self.open_lesson(index)

    def current_index(self) -> int | None:
        """Index of the bundled lesson the open document carries (by its id; a lesson text saved before lessons had
        ids, by title), or None."""
        lesson = self.document.lesson
        if not lesson:
            return None
        if "id" in lesson:
            return next((i for i, info in enumerate(self.catalogue) if info.id == lesson["id"]), None)
        title = lesson.get("title")
        return next((i for i, info in enumerate(self.catalogue) if info.title == title), None)

    def current_lesson(self) -> Lesson | None:
        """The lesson file of the open document's lesson (by its id): the one opened last, else the catalogue's;
        None for none (or a lesson session saved before lessons had ids)."""
        wanted = self._lesson_id()
        if not wanted:
            return None
        if self._opened is not None and self._opened.id == wanted:
            return self._opened
        index = self.current_index()
        return self.catalogue[index].lesson if index is not None else None

    def _lesson_id(self) -> str:
        lesson = self.document.lesson or {}
        return str(lesson.get("id", ""))

    def next_lesson(self) -> bool:
        index = self.current_index()
        return self.open_lesson(0 if index is None else index + 1)

    def previous_lesson(self) -> bool:
        index = self.current_index()
        return index is not None and self.open_lesson(index - 1)

    def show_start_page(self) -> StartPage:
        """The start page, window-modal but not blocking (the window keeps drawing); kept in `dialog` while it is
        open, deleted when it closes."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = StartPage(self.catalogue, self.recent_files(), self.shows_at_start(), self.parent_widget,
                           self.next_step.progress(self.catalogue))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lesson_chosen.connect(self.open_lesson)
        dialog.preset_chosen.connect(self.controller.load_preset)
        dialog.recent_chosen.connect(lambda path: self.open_file(Path(path)))
        dialog.show_at_start_changed.connect(self._remember_show_at_start)
        dialog.finished.connect(lambda _result, shown=dialog: self._closed(shown))
        self.dialog = dialog
        dialog.open()
        return dialog

    def shows_at_start(self) -> bool:
        """Whether the start page opens at launch: on until the learner turns it off (off without settings)."""
        return self.settings is not None and bool(self.settings.value(SHOW_AT_START, True, type=bool))

    def show_at_launch(self, with_file: bool = False, screenshot: bool = False) -> StartPage | None:
        """At launch: the start page if the settings say so, unless the app was started with a file or for a
        screenshot (or restored unsaved work). Returns the page shown, or None."""
        if with_file or screenshot or self.document.modified or not self.shows_at_start():
            return None
        return self.show_start_page()

    def _remember_show_at_start(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(SHOW_AT_START, on)
            self.settings.sync()

    def _closed(self, widget: QWidget) -> None:
        """Forget a start page or message that closed (Qt deletes it)."""
        if self.dialog is widget:
            self.dialog = None
        if self.last_message is widget:
            self.last_message = None

    def set_folder_lessons(self, infos: list[LessonInfo]) -> None:
        """A teacher's own lessons (Lessons → Open lesson folder…, lesson_authoring.py) join the catalogue after
        the bundled ones: the start page lists them, Previous / Next go through them."""
        self.catalogue = [*self.bundled, *infos]
        self._shown = object()  # the panel counts the lessons again
        self._document_changed()

    # ---- the panel follows the document ----------------------------------------------------------------------
    def _document_changed(self) -> None:
        lesson = self.document.lesson
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
        note = self.set_speed(lesson_speed(lesson))
        self.panel.show_lesson(lesson, None if index is None else index + 1, len(self.catalogue), note,
                               self.next_step.done())
        self.dock.show()
        self.dock.raise_()
        view = lesson.get("view")
        if isinstance(view, str) and view in view_names():
            self.view_requested.emit(view)
        if not self._placed:  # the first time only: later the learner's own sizes stay
            self._placed = True
            self.first_shown.emit()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Lessons", "Cannot open the lesson"), text,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("lesson_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, shown=box: self._closed(shown))
        box.open()  # window-modal, not blocking
        self.last_message = box
        self.controller.status.emit(text)

