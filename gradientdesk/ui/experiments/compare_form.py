"""The compared runs' settings: one column per run (A, B, C, D in their colours), one row per field a run may change.

The editors are the hyperparameter panel's (ui/panels/editors.py, built from each field's FieldInfo), so a typed
value outside a field's limits is refused here exactly as there: the text stays, marked, and the refusal names the
field and its range (`message`). Column A is the main window's run and is read-only (it is changed there). A cell of
another run that differs from A is bold on a tinted background, and `differences_text` lists what differs. Rows
show the fields that matter to at least one run (momentum once a run uses a momentum optimizer); a cell whose run
does not use its field is disabled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from ...engine import Hyperparameters
from ..i18n import count_text, fill
from ..panels.editors import make_editor, make_label
from ..panels.log_editor import LogFloatEditor
from .compare_plan import (
    MAX_COMPARED,
    RUN_COLORS,
    RUN_NAMES,
    STRUCTURE_NOTE,
    RunPoint,
    compare_fields,
    differences,
    differences_text,
)

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

DIFFERS_STYLE = "font-weight: bold; background-color: #FCE3CF;"  # a light vermillion: "not as in A"
MIN_RUNS = 2


class RunTable(QWidget):
    """The runs' hyperparameters (`runs`, A first) and their editors (`editor(run, name)`). `changed` follows every
    accepted edit, added or removed run; `message` says why an edit or a run was refused."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, base: Hyperparameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Hyperparameters] = [base, base]
        self.fields = compare_fields(base)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[tuple[int, str], Any] = {}
        self.headers: list[QLabel] = []
        self.remove_buttons: list[QToolButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        corner = QLabel(translate("Compare", "<i>same structure</i> (?)"))
        corner.setToolTip(translate("Compare", STRUCTURE_NOTE))
        grid.addWidget(corner, 0, 0)
        for run in range(MAX_COMPARED):
            name = fill(translate("Compare", "Run %1"), RUN_NAMES[run])
            header = QLabel(f"<b style='color:{RUN_COLORS[run]}'>{name}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setToolTip(translate("Compare", "The main window's run (change it there).") if run == 0 else
                              fill(translate("Compare", "Run %1: change any setting; what differs from A is "
                                             "highlighted."), RUN_NAMES[run]))
            grid.addWidget(header, 0, run + 1)
            self.headers.append(header)
            if run:
                button = QToolButton()
                button.setText(translate("Compare", "Remove"))
                button.setToolTip(fill(translate("Compare", "Remove run %1 (the runs after it move up a letter)."),
                                       RUN_NAMES[run]))
                button.clicked.connect(lambda _=False, r=run: self.remove_run(r))
                grid.addWidget(button, 1, run + 1, Qt.AlignmentFlag.AlignCenter)
                self.remove_buttons.append(button)
        for row, name in enumerate(self.fields, start=3):
            label = make_label(name)
            label.setToolTip(label.toolTip() + "\n\n" + translate("Compare", STRUCTURE_NOTE))
            grid.addWidget(label, row, 0)
            self.labels[name] = label
            for run in range(MAX_COMPARED):
                editor: Any = make_editor(name)  # every editor has value_edited, message, set_value
                if isinstance(editor, LogFloatEditor):
                    editor.slider.hide()  # four columns: the text box alone (a slider 90 px long is no help)
                editor.setMaximumWidth(104)
                editor.setEnabled(run > 0)
                editor.value_edited.connect(lambda value, r=run, n=name: self.set_value(r, n, value))
                editor.message.connect(self.message)
                grid.addWidget(editor, row, run + 1)
                self.editors[(run, name)] = editor
        now_row = 2  # each run's step and losses, frame by frame, above its settings (never scrolled away)
        now = QLabel(translate("Compare", "<b>Now</b>"))
        now.setToolTip(translate("Compare", "Each run's step, then its training · test loss, in the latest frame."))
        grid.addWidget(now, now_row, 0)
        self.now_labels: list[QLabel] = []
        for run in range(MAX_COMPARED):
            label = QLabel("—")
            label.setObjectName(f"compare_now_{RUN_NAMES[run]}")
            label.setToolTip(now.toolTip())
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, now_row, run + 1)
            self.now_labels.append(label)
        grid.setColumnStretch(MAX_COMPARED + 1, 1)
        grid.setRowStretch(len(self.fields) + 3, 1)  # the rows keep together at the top
        self.refresh()

    def editor(self, run: int, name: str) -> Any:
        """The editor of field `name` of run `run` (0 = A)."""
        return self.editors[(run, name)]

    # ---- edits -----------------------------------------------------------------------------------------------------
    def set_value(self, run: int, name: str, value: object) -> bool:
        """Set field `name` of run `run` (B, C or D); False, saying why, for a value the hyperparameters refuse."""
        if run == 0 or run >= len(self.runs):
            return False
        try:
            self.runs[run] = self.runs[run].replace(**{name: value})
        except (TypeError, ValueError) as error:
            self.message.emit(fill(translate("Compare", "Run %1 not changed: %2"), RUN_NAMES[run], error))
            self.refresh()  # the editor shows the value in force again
            return False
        self.message.emit("")
        self.refresh()
        self.changed.emit()
        return True

    def set_base(self, base: Hyperparameters) -> None:
        """Run A becomes `base` (the main window's hyperparameters changed); every other run keeps what it changed
        from the old A (a value the new A refuses is dropped), so "B differs: ..." still holds."""
        old = self.runs[0]
        runs = [base]
        for hp in self.runs[1:]:
            own = {name: getattr(hp, name) for name in differences(old, hp) if name in self.fields}
            try:
                runs.append(base.replace(**own))
            except (TypeError, ValueError):
                runs.append(base)
        self.runs = runs
        self.refresh()
        self.changed.emit()

    def set_runs(self, runs: Sequence[Hyperparameters]) -> None:
        """Every run at once (a comparison opened from a file): A first, up to MAX_COMPARED."""
        self.runs = list(runs[:MAX_COMPARED])
        self.message.emit("")
        self.refresh()
        self.changed.emit()

    def add_run(self) -> bool:
        """Add a copy of A as the next run (C, then D); refused, saying why, beyond MAX_COMPARED runs."""
        if len(self.runs) >= MAX_COMPARED:
            self.message.emit(fill(translate("Compare", "At most %1 runs can be compared (%2); remove one first."),
                                   MAX_COMPARED, ", ".join(RUN_NAMES)))
            return False
        self.runs.append(self.runs[0])
        self.message.emit("")
        self.refresh()
        self.changed.emit()
        return True

    def remove_run(self, run: int) -> bool:
        """Remove run `run` (not A, and at least two runs stay); the runs after it move up a letter."""
        if run == 0 or run >= len(self.runs) or len(self.runs) <= MIN_RUNS:
            self.message.emit(translate("Compare", "A comparison needs run A and at least one other run."))
            return False
        del self.runs[run]
        self.message.emit("")
        self.refresh()
        self.changed.emit()
        return True

    def set_enabled(self, enabled: bool) -> None:
        """Editable or not (not while the runs train: the frames must match the settings shown)."""
        for (run, name), editor in self.editors.items():
            editor.setEnabled(enabled and run > 0 and run < len(self.runs) and self.runs[run].is_relevant(name))
        for button in self.remove_buttons:
            button.setEnabled(enabled and len(self.runs) > MIN_RUNS)

    # ---- showing them ------------------------------------------------------------------------------------------------
    def differs(self, run: int, name: str) -> bool:
        return 0 < run < len(self.runs) and name in differences(self.runs[0], self.runs[run])

    def differences_text(self) -> str:
        """One line per run after A, in its colour: what differs from A."""
        return "<br>".join(f"<span style='color:{RUN_COLORS[run]}'>"
                           f"{differences_text(RUN_NAMES[run], self.runs[0], hp)}</span>"
                           for run, hp in enumerate(self.runs) if run)

    def show_points(self, points: Sequence[RunPoint] | None) -> None:
        """Each run's step and losses ("step 300", then "0.63 · 0.67": training · test, in the run's colour); None:
        not trained yet."""
        for run, label in enumerate(self.now_labels):
            point = points[run] if points is not None and run < len(points) else None
            if point is None:
                label.setText("—")
                continue
            test = "" if point.test_loss is None else f" · {point.test_loss:.3g}"
            mark = " ✗" if point.diverged else ""
            step = fill(translate("Compare", "step %1"), count_text(point.step))
            label.setText(f"<span style='color:{RUN_COLORS[run]}'>{step}{mark}<br>"
                          f"{point.train_loss:.3g}{test}</span>")

    def refresh(self) -> None:
        """Show every run's values, the differences highlighted, only the rows that matter to some run."""
        count = len(self.runs)
        for run in range(MAX_COMPARED):
            shown = run < count
            self.headers[run].setVisible(shown)
            self.now_labels[run].setVisible(shown)
            if run:
                self.remove_buttons[run - 1].setVisible(shown)
                self.remove_buttons[run - 1].setEnabled(count > MIN_RUNS)
        for name in self.fields:
            relevant = any(hp.is_relevant(name) for hp in self.runs)
            self.labels[name].setVisible(relevant)
            for run in range(MAX_COMPARED):
                editor = self.editors[(run, name)]
                editor.setVisible(relevant and run < count)
                if run >= count:
                    continue
                hp = self.runs[run]
                editor.set_value(getattr(hp, name))
                editor.setEnabled(run > 0 and hp.is_relevant(name))
                style = DIFFERS_STYLE if self.differs(run, name) else ""
                target = editor.edit if isinstance(editor, LogFloatEditor) else editor
                target.setStyleSheet(style)
