"""The "Lesson" dock's content: the open lesson's title, goal, steps as a checklist the learner ticks, a Next step
button (it ticks the current step; `next_step.py` performs what the step reached asks for), what they should see,
and Previous / Next lesson / All lessons buttons.

It only shows text (a lesson's `lesson` field: strings and lists of strings, see `gradientdesk/io/session.py`);
opening lessons is `ui/lessons/lessons.py`'s job, which listens to the buttons' signals.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

TITLE = QT_TRANSLATE_NOOP("Docks", "Lesson")  # shown translated (window/docks.py)
MUTED = "#505050"  # dark enough for a projector, still quieter than the steps
DONE = "#7A7A7A"  # a ticked step
NO_LESSON = QT_TRANSLATE_NOOP("LessonPanel", "No lesson is open. Choose one in the Lessons menu.")  # translated
ALL_DONE = QT_TRANSLATE_NOOP("LessonPanel", "All steps done — on to the next lesson!")  # where shown


def _label(text: str, parent: QWidget, scale: float = 1.0, bold: bool = False, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


class StepLabel(QLabel):
    """A step's word-wrapped text; a click on it ticks its check box, as a click on a check box's text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StepRow(QWidget):
    """One step: a check box and its text ("2. Set Learning rate to ..."); a ticked step turns grey."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.check = QCheckBox(self)
        self.check.setObjectName(f"lesson_step_{number}")
        self.check.setAccessibleName(fill(translate("LessonPanel", "Step %1: %2"), number, text))
        self.check.setToolTip(translate("LessonPanel", "Tick the step when you have done it."))
        self.label = StepLabel(f"{number}. {text}", self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # level with the box
        self.label.clicked.connect(self.check.toggle)
        self.check.toggled.connect(self._ticked)
        self.done_note = _label("", self, 0.9)  # what Next step did on reaching this step
        self.done_note.setObjectName(f"lesson_step_{number}_done")
        self.done_note.setStyleSheet(f"color: {MUTED};")
        self.done_note.hide()
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.label)
        words.addWidget(self.done_note)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def _ticked(self, done: bool) -> None:
        self.label.setStyleSheet(f"color: {DONE};" if done else "")  # grey, still readable: no strike-through

    def say_done(self, text: str) -> None:
        """Say under the step what Next step did on reaching it ("Done for you: set Learning rate to 0.05, Reset")."""
        self.done_note.setText(text)
        self.done_note.setVisible(bool(text))


class LessonPanel(QWidget):
    """Shows one lesson (`show_lesson`) or a note that none is open (`show_lesson(None)`).

    Attributes for views and tests: `title`, `position` ("Lesson 2 of 8"), `goal`, `steps` (StepRow list),
    `progress` ("1 of 5 steps done"), `see` (what you should see), `note` (e.g. the speed it set),
    `previous_button`, `next_button` (the next lesson), `all_button`, `next_step_button`. Signals:
    `previous_requested`, `next_requested`, `all_requested`, `current_step_changed(text)` (see `current_step`),
    `next_step_requested` (the Next step button), `ticks_changed(list)` (the ticked steps' numbers, 1-based, after
    the learner or Next step ticked or unticked one; not when a lesson is shown)."""

    current_step_changed = Signal(str)
    previous_requested = Signal()
    next_requested = Signal()
    all_requested = Signal()
    next_step_requested = Signal()
    ticks_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        self.steps: list[StepRow] = []
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.column.setSpacing(6)
        self.position = _label("", content, 0.9)
        self.position.setStyleSheet(f"color: {MUTED};")
        self.title = _label(translate("LessonPanel", NO_LESSON), content, 1.35, bold=True)
        self.title.setObjectName("lesson_title")
        self.goal = _label("", content, rich=True)
        self.steps_heading = _label(translate("LessonPanel", "Steps (tick each one when done)"), content, bold=True)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(6)
        self.progress = _label("", self, 0.9)
        self.progress.setStyleSheet(f"color: {MUTED};")
        # under the scrolled text: always in sight
        self.next_step_button = QPushButton(translate("LessonPanel", "Next step ▶"), self)
        self.next_step_button.setObjectName("lesson_next_step")
        self.next_step_button.clicked.connect(self.next_step_requested)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(8, 4, 8, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.next_step_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.see = _label("", content, rich=True)
        self.see.setFrameShape(QFrame.Shape.StyledPanel)
        self.see.setMargin(6)
        self.note = _label("", content, 0.9)
        self.note.setStyleSheet(f"color: {MUTED};")
        for widget in (self.position, self.title, self.goal, self.steps_heading):
            self.column.addWidget(widget)
        self.column.addLayout(self.steps_box)
        for widget in (self.see, self.note):
            self.column.addWidget(widget)
        self.column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll

        self.previous_button = QPushButton(translate("LessonPanel", "◀ Previous"), self)
        self.previous_button.setToolTip(translate("LessonPanel", "Open the previous lesson."))
        self.all_button = QPushButton(translate("LessonPanel", "All lessons…"), self)
        self.all_button.setToolTip(translate("LessonPanel", "Show every lesson with its goal."))
        self.next_button = QPushButton(translate("LessonPanel", "Next lesson ▶"), self)
        self.next_button.setToolTip(translate("LessonPanel", "Open the next lesson."))
        self.previous_button.clicked.connect(self.previous_requested)
        self.all_button.clicked.connect(self.all_requested)
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 0, 8, 6)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(progress_row)
        layout.addLayout(buttons)
        self.show_lesson(None)

    # ---- content -------------------------------------------------------------------------------------------------
    def show_lesson(self, lesson: Mapping[str, Any] | None, number: int | None = None, count: int = 0,
                    note: str = "", done: Collection[int] = ()) -> None:
        """Show `lesson` ({"title", "goal", "steps", "what_you_should_see", ...}); `number` (1-based) of `count`
        bundled lessons, or None for a lesson from elsewhere (Previous / Next are then off). The steps numbered in
        `done` (1-based: the lesson's checklist kept from before) start ticked, the others unticked."""
        for row in self.steps:
            self.steps_box.removeWidget(row)
            row.deleteLater()
        self.steps = []
        has_lesson = lesson is not None
        lesson = lesson or {}
        self.title.setText(str(lesson.get("title", translate("LessonPanel", "Untitled lesson"))) if has_lesson
                           else translate("LessonPanel", NO_LESSON))
        self.position.setText(fill(translate("LessonPanel", "Lesson %1 of %2"), number, count) if number is not None
                              else translate("LessonPanel", "Lesson"))
        goal = lesson.get("goal")
        self.goal.setText(fill(translate("LessonPanel", "<b>Goal:</b> %1"), html.escape(goal, quote=False))
                          if isinstance(goal, str) and goal else "")
        steps = lesson.get("steps", [])
        for i, text in enumerate(steps if isinstance(steps, list) else [steps], start=1):
            row = StepRow(i, str(text), self)
            row.check.setChecked(i in done)
            row.check.toggled.connect(self._update_progress)
            row.check.toggled.connect(self._ticks_changed)
            self.steps_box.addWidget(row)
            self.steps.append(row)
        see = lesson.get("what_you_should_see")
        self.see.setText(fill(translate("LessonPanel", "<b>What you should see:</b><br>%1"),
                              html.escape(see, quote=False)) if isinstance(see, str) and see else "")
        self.note.setText(note)
        for widget, visible in ((self.position, has_lesson), (self.goal, bool(self.goal.text())),
                                (self.steps_heading, bool(self.steps)), (self.progress, bool(self.steps)),
                                (self.next_step_button, bool(self.steps)),
                                (self.see, bool(self.see.text())), (self.note, bool(note))):
            widget.setVisible(visible)
        self.previous_button.setEnabled(number is not None and number > 1)
        self.next_button.setEnabled(number is not None and number < count)
        self._update_progress()
        self.scroll.verticalScrollBar().setValue(0)

    def ticked(self) -> list[bool]:
        return [row.check.isChecked() for row in self.steps]

    def current_step(self) -> str:
        """"Step 2 of 5: Set Learning rate to ..." for the first step not ticked yet (presentation mode shows it
        over the stage); "" without steps."""
        for number, row in enumerate(self.steps, start=1):
            if not row.check.isChecked():
                return fill(translate("LessonPanel", "Step %1 of %2: %3"), number, len(self.steps), row.text)
        return translate("LessonPanel", ALL_DONE) if self.steps else ""

    def tick_current(self) -> None:
        """Tick the first step not ticked yet (presentation mode's "Step done" button)."""
        for row in self.steps:
            if not row.check.isChecked():
                row.check.setChecked(True)
                return

    def current_number(self) -> int | None:
        """The number (1-based) of the first step not ticked yet: the step the learner is on; None when all are."""
        return next((i for i, row in enumerate(self.steps, start=1) if not row.check.isChecked()), None)

    def done_numbers(self) -> list[int]:
        """The ticked steps' numbers (1-based)."""
        return [i for i, row in enumerate(self.steps, start=1) if row.check.isChecked()]

    def _ticks_changed(self, *_args: object) -> None:
        self.ticks_changed.emit(self.done_numbers())

    def _update_progress(self, *_args: object) -> None:
        done = sum(self.ticked())
        total = len(self.steps)
        self.progress.setText(translate("LessonPanel", ALL_DONE) if total and done == total
                              else fill(translate("LessonPanel", "%1 of %2 steps done"), done, total))
        self.current_step_changed.emit(self.current_step())
