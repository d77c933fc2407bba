"""Lessons → Save as lesson…: the editor in which a teacher turns what the window shows (its points, model and
settings) into a lesson file: a title, a goal, the view to start on, the steps - each may say what Next step does on
reaching it (show a view, set a hyperparameter, reset) - and what the learner should see. Saving writes the file
through io/lesson_writer.py, which reads it back first: a mistake is said under the steps (naming the field), never
a crash, and nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import Hyperparameters
from ...io.lesson_text import LessonError
from ...io.lesson_writer import DraftStep, LessonDraft, is_preset, write_lesson
from ..i18n import fill, in_sentence
from ..panels.hyperparameter_texts import field_label
from ..theme import palette
from ..window.stage_views import STAGE_VIEWS, view_names

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

# both translated where shown
FIRST_STEP = QT_TRANSLATE_NOOP("LessonAuthoring", "Press Play (Space) and watch the Loss plot.")
NO_VIEW = QT_TRANSLATE_NOOP("LessonAuthoring", "(no change)")


def parse_setting(name: str, text: str, hp: Hyperparameters) -> Any:
    """The value typed for hyperparameter `name` ("0.05", "adam", "4, 2"), checked by the hyperparameters; ValueError
    naming the field and what it accepts."""
    info = Hyperparameters.info(name)
    text = text.strip()
    value: Any
    if info.kind in ("layers", "features"):
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        value = tuple(int(p) for p in parts) if info.kind == "layers" else tuple(parts)
    elif info.kind == "int":
        value = int(text)
    elif info.kind == "float":
        value = float(text)
    else:
        value = text
    hp.replace(**{name: value})  # raises ValueError with the field's rule
    return value


class LessonEditor(QDialog):
    """The editor of a new lesson made from `draft_of()` (the window's data, settings and hyperparameters now);
    `ask_path(suggested)` asks where to save it (tests answer). `saved` holds the files written."""

    def __init__(self, title: str, make_draft: Callable[..., LessonDraft], ask_path: Callable[[str], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LessonAuthoring", "Save as lesson"))
        self.make_draft, self.ask_path = make_draft, ask_path
        self.saved: list[Path] = []
        self.steps: list[DraftStep] = [DraftStep(translate("LessonAuthoring", FIRST_STEP))]
        draft = make_draft()
        self.hp = draft.hyperparameters

        self.title = QLineEdit(title)
        self.title.setToolTip(translate(
            "LessonAuthoring", "The lesson's title in the Lessons menu and on the start page."))
        self.goal = QPlainTextEdit()
        self.goal.setPlaceholderText(translate(
            "LessonAuthoring", "What the learner should understand afterwards, in one or two sentences."))
        self.goal.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(1, 1000)
        self.speed.setDecimals(0)
        self.speed.setValue(10)
        self.speed.setSuffix(translate("LessonAuthoring", " steps/s"))
        self.speed.setToolTip(translate(
            "LessonAuthoring", "The training speed the lesson sets (slow enough to watch each step)."))
        self.view = self._view_box(translate("LessonAuthoring", "The view the stage shows when the lesson opens."))
        self.data_note = QLabel(self._data_text(draft))
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet("color: #555;")

        self.step_list = QListWidget()
        self.step_list.setToolTip(translate("LessonAuthoring", "The steps in order; select one to edit it."))
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_text = QPlainTextEdit()
        self.step_text.setPlaceholderText(translate(
            "LessonAuthoring", "What the learner does and what they should notice."))
        self.step_view = self._view_box(translate("LessonAuthoring", "Next step shows this view on reaching the step."))
        self.step_field = QComboBox()
        self.step_field.addItem(translate("LessonAuthoring", NO_VIEW), "")
        for name in Hyperparameters.field_names():
            if self.hp.is_relevant(name):
                self.step_field.addItem(field_label(name), name)
        self.step_field.setToolTip(translate(
            "LessonAuthoring", "Next step sets this hyperparameter on reaching the step."))
        self.step_value = QLineEdit()
        self.step_value.setPlaceholderText(translate("LessonAuthoring", "value, e.g. 0.05"))
        self.step_reset = QCheckBox(translate("LessonAuthoring", "then Reset"))
        self.step_reset.setToolTip(translate(
            "LessonAuthoring", "Next step also resets the run (fresh parameters from the seed)."))
        buttons = {}
        for key, text in (("add", translate("LessonAuthoring", "Add step")),
                          ("remove", translate("LessonAuthoring", "Remove")),
                          ("up", translate("LessonAuthoring", "Up")), ("down", translate("LessonAuthoring", "Down"))):
            buttons[key] = QPushButton(text)
            buttons[key].setAutoDefault(False)
        self.add_button, self.remove_button = buttons["add"], buttons["remove"]
        self.see = QPlainTextEdit()
        self.see.setPlaceholderText(translate(
            "LessonAuthoring", "What you should see (optional): the result the steps lead to."))
        self.see.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.VERMILLION};")
        self.problem.hide()
        self.save_button = QPushButton(translate("LessonAuthoring", "Save…"))
        cancel = QPushButton(translate("LessonAuthoring", "Cancel"))
        self.save_button.setDefault(True)
        cancel.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(translate("LessonAuthoring", "Title"), self.title)
        form.addRow(translate("LessonAuthoring", "Goal"), self.goal)
        form.addRow(translate("LessonAuthoring", "Speed"), self.speed)
        form.addRow(translate("LessonAuthoring", "Start on"), self.view)
        step_form = QFormLayout()
        step_form.addRow(translate("LessonAuthoring", "Text"), self.step_text)
        step_form.addRow(translate("LessonAuthoring", "Next step shows"), self.step_view)
        setting = QHBoxLayout()
        setting.addWidget(self.step_field, 1)
        setting.addWidget(self.step_value, 1)
        setting.addWidget(self.step_reset)
        step_form.addRow(translate("LessonAuthoring", "and sets"), setting)
        steps_row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.step_list, 1)
        moves = QHBoxLayout()
        for button in buttons.values():
            moves.addWidget(button)
        left.addLayout(moves)
        steps_row.addLayout(left, 2)
        steps_row.addLayout(step_form, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addStretch(1)  # the buttons keep their size while no problem is said
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.data_note)
        layout.addWidget(QLabel(translate("LessonAuthoring", "<b>Steps</b>")))
        layout.addLayout(steps_row, 1)
        layout.addWidget(self.see)
        layout.addLayout(bottom)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(640, int(screen.height() * 0.9)))

        self.step_list.currentRowChanged.connect(self._show_step)
        for widget_signal in (self.step_text.textChanged, self.step_view.currentIndexChanged,
                              self.step_field.currentIndexChanged, self.step_value.textEdited,
                              self.step_reset.toggled):
            widget_signal.connect(self._keep_step)
        buttons["add"].clicked.connect(self.add_step)
        buttons["remove"].clicked.connect(self.remove_step)
        buttons["up"].clicked.connect(lambda: self.move_step(-1))
        buttons["down"].clicked.connect(lambda: self.move_step(1))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self._editing = -1
        self._list_steps(0)

    # ---- the steps -------------------------------------------------------------------------------------------------
    def _view_box(self, tip: str) -> QComboBox:
        box = QComboBox()
        box.addItem(translate("LessonAuthoring", NO_VIEW), "")
        for view in STAGE_VIEWS:
            box.addItem(translate("StageViews", view.title), view.name)
        box.setToolTip(tip)
        return box

    def _list_steps(self, select: int) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(self.steps, start=1):
            first = step.text.strip().splitlines()[0] if step.text.strip() else translate("LessonAuthoring", "(empty)")
            self.step_list.addItem(f"{number}. {first}")
        self.step_list.blockSignals(False)
        self.step_list.setCurrentRow(min(select, len(self.steps) - 1))
        self._show_step(self.step_list.currentRow())
        self.remove_button.setEnabled(len(self.steps) > 1)

    def _show_step(self, row: int) -> None:
        self._editing = -1  # the editors are filled, not edited
        if 0 <= row < len(self.steps):
            step = self.steps[row]
            self.step_text.setPlainText(step.text)
            self.step_view.setCurrentIndex(max(0, self.step_view.findData(step.view or "")))
            name, value = next(iter(step.settings.items()), ("", ""))
            self.step_field.setCurrentIndex(max(0, self.step_field.findData(name)))
            self.step_value.setText(_text(value))
            self.step_reset.setChecked(step.reset)
        self._editing = row

    def _keep_step(self, *_args: object) -> None:
        row = self._editing
        if not 0 <= row < len(self.steps):
            return
        name = self.step_field.currentData() or ""
        settings = {name: self.step_value.text()} if name else {}  # checked on Save
        self.steps[row] = DraftStep(self.step_text.toPlainText(), self.step_view.currentData() or None, settings,
                                    self.step_reset.isChecked())
        first = self.steps[row].text.strip().splitlines()[0] if self.steps[row].text.strip() else \
            translate("LessonAuthoring", "(empty)")
        self.step_list.item(row).setText(f"{row + 1}. {first}")

    def add_step(self) -> None:
        row = self.step_list.currentRow() + 1
        self.steps.insert(row, DraftStep(""))
        self._list_steps(row)
        self.step_text.setFocus()

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if len(self.steps) > 1 and 0 <= row < len(self.steps):
            del self.steps[row]
            self._list_steps(row)

    def move_step(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if 0 <= row < len(self.steps) and 0 <= to < len(self.steps):
            self.steps[row], self.steps[to] = self.steps[to], self.steps[row]
            self._list_steps(to)

    # ---- saving ----------------------------------------------------------------------------------------------------
    def draft(self) -> LessonDraft:
        """The lesson as the editor says it now; ValueError naming the step and field for a setting refused."""
        steps = []
        for number, step in enumerate(self.steps, start=1):
            settings = {}
            for name, text in step.settings.items():
                try:
                    settings[name] = parse_setting(name, str(text), self.hp)
                except ValueError as error:
                    label = field_label(name)
                    raise ValueError(fill(translate("LessonAuthoring", "step %1: %2 %3 is refused: %4"), number, label,
                                          repr(str(text)), error)) from None
            if not step.text.strip():
                raise ValueError(fill(translate("LessonAuthoring", "step %1 has no text"), number))
            steps.append(DraftStep(step.text, step.view, settings, step.reset))
        if not self.title.text().strip():
            raise ValueError(translate("LessonAuthoring", "the lesson needs a title"))
        return self.make_draft(title=self.title.text(), goal=self.goal.toPlainText(), speed=self.speed.value(),
                               view=self.view.currentData() or None, steps=tuple(steps),
                               see=self.see.toPlainText())

    def save(self) -> bool:
        """Ask where, write the lesson (and its CSV), close; False (saying why, under the steps) if it cannot."""
        try:
            draft = self.draft()
        except ValueError as error:
            return self._refuse(str(error))
        path = self.ask_path(self.title.text())
        if path is None:
            return False
        try:
            self.saved = write_lesson(draft, path, view_names())
        except LessonError as error:
            return self._refuse(fill(translate("LessonAuthoring", "Not saved: %1"), error))
        except OSError as error:
            return self._refuse(fill(translate("LessonAuthoring", "Not saved: cannot write %1: %2"), Path(path).name,
                                     error.strerror or error))
        self.accept()
        return True

    def _refuse(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.setVisible(True)
        return False

    @staticmethod
    def _data_text(draft: LessonDraft) -> str:
        s, ds = draft.settings, draft.data.dataset
        n = 0 if ds is None else ds.n
        where = (fill(translate("LessonAuthoring", "the %1 preset (%2 points, seed %3)"), s.preset, s.n, s.seed)
                 if is_preset(draft.data, draft.settings)
                 else fill(translate("LessonAuthoring", "these %1 points, in a CSV file beside the lesson"), n))
        changed = [in_sentence(field_label(name)) for name in Hyperparameters.field_names()
                   if getattr(draft.hyperparameters, name) != getattr(Hyperparameters(), name)]
        model = ", ".join(changed) if changed else translate("LessonAuthoring", "the default settings")
        return fill(translate("LessonAuthoring", "The lesson opens with %1 and the model as set now (%2), from fresh "
                              "parameters. It says only what you write here."), where, model)


def _text(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return "" if value == "" else str(value)

