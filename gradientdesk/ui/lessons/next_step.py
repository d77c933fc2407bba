"""The Lesson panel's Next step, and the checklist each lesson keeps.

**Next step** (the panel's button, Lessons → Next step, the key N) ticks the step the learner is on (the first one
not ticked) and performs what the lesson file says for the step it reaches (`Lesson.actions`, `[steps.N]` in the
file, `io/lesson_steps.py`): the hyperparameters it sets, through `Controller.set_hyperparameters` in one change
(one undo entry where the controller keeps one: a change of model that loads other data), then Reset
(`Controller.reset`), and the stage view it shows (`view_requested`, which the window hands to the stage). The step
reached says under its text what was done; the button's tooltip says beforehand what it will do (both in the
interface language: step_texts.py words the action). Going back (unticking a step) undoes nothing: the learner sets
things by hand, as the step's text says.

**The checklist** (the ticked steps) of each lesson is kept in the window's settings under the lesson's id,
``lessons/<id>/done`` = the ticked steps' numbers (1-based); reopening the lesson shows them ticked. A lesson without
an id (a lesson session saved before lesson files) and a window without settings keep nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...bridge.controller import Controller
from ...io.lesson_file import Lesson
from ...io.lesson_steps import StepAction
from ..i18n import fill
from .lesson_panel import LessonPanel
from .step_texts import action_words, settings_words, view_title

if TYPE_CHECKING:  # lessons.py builds NextStep
    from .lessons import LessonInfo

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

SHORTCUT = "N"
NOT_UNDONE = QT_TRANSLATE_NOOP("NextStep", "Going back (unticking a step) does not undo it.")  # translated where shown


def done_key(lesson_id: str) -> str:
    """The settings key of a lesson's checklist: "lessons/02-learning-rate/done"."""
    return f"lessons/{lesson_id}/done"


def read_done(settings: QSettings | None, lesson_id: str) -> list[int]:
    """The ticked steps kept for lesson `lesson_id` (1-based, sorted); [] if none or unreadable."""
    if settings is None or not lesson_id:
        return []
    value: Any = settings.value(done_key(lesson_id))
    values = value if isinstance(value, (list, tuple)) else [] if value in (None, "") else str(value).split(",")
    numbers = set()
    for item in values:
        try:
            numbers.add(int(str(item).strip()))
        except ValueError:
            continue
    return sorted(n for n in numbers if n > 0)


def describe(action: StepAction) -> str:
    """"show the Loss landscape, set Learning rate to 0.05, Reset", in the interface language (step_texts.py)."""
    return action_words(action)


class NextStep(QObject):
    """Next step for the Lesson panel `panel` (`action`: the menu entry with the key N). `current_lesson()` is the
    open lesson's file (None: only the checklist, nothing to perform) and `lesson_id()` its id ("" for none)."""

    view_requested = Signal(str)  # a stage view's name, asked for by the step reached

    def __init__(self, controller: Controller, panel: LessonPanel, current_lesson: Callable[[], Lesson | None],
                 lesson_id: Callable[[], str], parent: QWidget, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.controller, self.panel, self.settings = controller, panel, settings
        self.current_lesson, self.lesson_id = current_lesson, lesson_id
        self.action = QAction(translate("NextStep", "Next &step"), parent)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda _=False: self.next_step())
        panel.next_step_requested.connect(self.action.trigger)  # the button is the action (and its key)
        panel.ticks_changed.connect(self._remember)
        panel.current_step_changed.connect(lambda _text: self.update_tip())
        self.update_tip()

    def progress(self, catalogue: Iterable[LessonInfo]) -> dict[str, str]:
        """What the start page says of each lesson with ticked steps kept: {"02-learning-rate": "3 of 5 steps
        done"} (every step: "All 5 steps done")."""
        found = {}
        for info in catalogue:
            count = len(info.lesson.steps) if info.lesson is not None else 0
            done = [n for n in read_done(self.settings, info.id) if n <= count]
            if done:
                found[info.id] = fill(translate("NextStep", "All %1 steps done"), count) if len(done) == count \
                    else fill(translate("LessonPanel", "%1 of %2 steps done"), len(done), count)
        return found

    def done(self) -> list[int]:
        """The ticked steps kept for the open lesson."""
        return read_done(self.settings, self.lesson_id())

    def next_step(self) -> str:
        """Tick the current step and perform the action of the step reached; what was done in words ("" if
        nothing)."""
        number = self.panel.current_number()
        if number is None:
            return ""
        self.panel.steps[number - 1].check.setChecked(True)
        lesson = self.current_lesson()
        reached = number + 1
        action = lesson.actions.get(reached) if lesson is not None and reached <= len(self.panel.steps) else None
        if action is None:
            return ""
        done = self.perform(action)
        self.panel.steps[reached - 1].say_done(fill(translate("NextStep", "Done for you by Next step: %1."), done)
                                               if done else "")
        self.controller.status.emit(fill(translate("NextStep", "Step %1: %2."), reached, done) if done
                                    else fill(translate("NextStep", "Step %1."), reached))
        return done

    def perform(self, action: StepAction) -> str:
        """Show the view, set the hyperparameters (one change), then Reset; what was done in words."""
        done = []
        if action.view:
            self.view_requested.emit(action.view)
            done.append(fill(translate("NextStep", "showed the %1"), view_title(action.view)))
        if action.settings:
            words = settings_words(action.settings)  # "Learning rate to 0.05"
            try:
                hp = self.controller.hyperparameters.replace(**action.settings)
            except (TypeError, ValueError) as error:
                self.controller.status.emit(fill(translate("NextStep", "Not changed: %1"), error))
                hp = None
            changed = next(iter(action.settings)) if len(action.settings) == 1 else ""
            if hp is not None and self.controller.set_hyperparameters(hp, changed=changed):
                done.append(fill(translate("NextStep", "set %1"), words))
            else:
                done.append(fill(translate("NextStep", "could not set %1 (see the status bar)"), words))
        if action.reset:
            self.controller.reset()
            done.append(translate("TrainingBar", "Reset"))
        return ", ".join(done)

    def update_tip(self) -> None:
        """The button's and the menu entry's tooltip: what Next step will do now."""
        count = len(self.panel.steps)
        number = self.panel.current_number()
        key = fill(translate("NextStep", "Next step (%1)"), SHORTCUT)
        if not count:
            tip = fill(translate("NextStep", "%1: open a lesson first."), key)
        elif number is None:
            tip = fill(translate("NextStep", "%1: every step is ticked."), key)
        elif number == count:
            tip = fill(translate("NextStep", "%1: tick step %2, the last one."), key, number)
        else:
            lesson = self.current_lesson()
            action = lesson.actions.get(number + 1) if lesson is not None else None
            then = (fill(translate("NextStep", "Next: %1.\n%2"), describe(action), translate("NextStep", NOT_UNDONE))
                    if action is not None
                    else translate("NextStep", "It changes nothing for you: the step says what to do."))
            tip = fill(translate("NextStep", "%1: tick step %2 and go on to step %3.\n%4"), key, number, number + 1,
                       then)
        self.action.setEnabled(number is not None)
        self.panel.next_step_button.setEnabled(number is not None)
        self.panel.next_step_button.setToolTip(tip)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip.replace("\n", " "))

    def _remember(self, numbers: list[int]) -> None:
        lesson_id = self.lesson_id()
        if self.settings is None or not lesson_id:
            return
        if numbers:
            self.settings.setValue(done_key(lesson_id), [str(n) for n in numbers])
        else:
            self.settings.remove(done_key(lesson_id))
        self.settings.sync()
