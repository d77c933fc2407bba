"""The Ladder page of the Scale view: the log-scale ladder plot over a table of every model with its exact count,
the count in words, what it was trained on, and parameters per training example - the memorizing ratio: a model
with more parameters than training examples has room to learn each example by heart (the overfitting lesson)."""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import count_text, decimal_text, fill
from ..theme import palette
from .ladder_plot import LadderPlot
from .scale_words import unit_text
from .scale_words import words as in_words

OVERFITTING_LESSON = "03-overfitting"  # a lesson's id: its file name without .md
PLOT_MIN_HEIGHT = 240  # px: eleven bars with their names readable
COLUMNS = (QT_TRANSLATE_NOOP("ScaleView", "Model"), QT_TRANSLATE_NOOP("ScaleView", "Parameters"),
           QT_TRANSLATE_NOOP("ScaleView", "In words"), QT_TRANSLATE_NOOP("ScaleView", "Trained on"),
           QT_TRANSLATE_NOOP("ScaleView", "Parameters per example"))  # shown translated
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
grouped = count_text  # whole numbers with the interface's thousands separator (the CSV keeps plain integers)


@dataclass(frozen=True)
class LadderRow:
    """One model in the ladder: `examples` what it was trained on (points or tokens; 0 if not published) and
    `unit` their name ("points", "tokens", "images")."""

    name: str
    parameters: int
    examples: int
    unit: str
    source: str = ""

    @property
    def ratio(self) -> float | None:
        return self.parameters / self.examples if self.examples else None

    def cells(self) -> tuple[str, ...]:
        trained = f"{in_words(self.examples)} {unit_text(self.unit)}" if self.examples else \
            translate("ScaleView", "not published")
        ratio = self.ratio
        return (self.name, grouped(self.parameters), in_words(self.parameters), trained,
                "—" if ratio is None else decimal_text(f"{ratio:.3g}"))


class LadderPage(QWidget):
    """`set_rows(rows)` (the learner's first) fills plot and table (the table and its CSV button
    sit on `table_page`, a page of their own); `choose(i)` marks one; `row_chosen(i)` when the
    learner clicks a bar or a table row."""

    row_chosen = Signal(int)
    lesson_asked = Signal(str)  # a lesson's file name, from the link in the memorizing note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LadderRow] = []
        self.plot = LadderPlot(self)
        self.plot.setToolTip(translate("ScaleView", "Parameters of every model on a log scale; your model is the "
                                                    "orange bar at the bottom. Click a bar to explore that model."))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("scale_ladder_table")
        self.table.setHorizontalHeaderLabels([translate("ScaleView", column) for column in COLUMNS])
        self.table.horizontalHeaderItem(4).setToolTip(translate(
            "ScaleView", "Parameters / training examples (points for your model, tokens for language models). Above "
            "1 a model has more numbers to set than examples to learn from: room to memorize them (see the "
            "overfitting lesson)."))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._table_chose)
        self.plot.bar_clicked.connect(self.row_chosen)
        self.memorize_note = QLabel(self)
        self.memorize_note.setWordWrap(True)
        self.memorize_note.setObjectName("scale_memorize_note")
        self.memorize_note.setTextFormat(Qt.TextFormat.RichText)
        self.memorize_note.linkActivated.connect(self.lesson_asked)
        self.problem = QLabel(self)  # why the CSV could not be written
        self.problem.setObjectName("scale_ladder_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.VERMILLION}")  # as every refusal
        self.problem.hide()
        self.csv_button = QPushButton(translate("ScaleView", "Save table as CSV…"), self)
        self.csv_button.setToolTip(translate("ScaleView", "Write this table (exact counts, training examples, "
                                                          "sources) to a CSV file."))

        # the table on a page of its own: beside the plot on a 768-px screen either would be a sliver
        self.table_page = QWidget(self)
        table_layout = QVBoxLayout(self.table_page)
        table_layout.setContentsMargins(2, 2, 2, 2)
        table_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.csv_button, 0, Qt.AlignmentFlag.AlignTop)
        table_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.memorize_note)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_rows(self, rows: Sequence[LadderRow]) -> None:
        self.rows = list(rows)
        self.plot.set_models([(row.name, row.parameters) for row in self.rows])
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row.cells()):
                item = QTableWidgetItem(text)
                if c in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.source:
                    item.setToolTip(fill(translate("ScaleView", "Source: %1"), row.source))
                self.table.setItem(r, c, item)
        self.table.blockSignals(blocked)
        self.memorize_note.setText(self._memorize_text())

    def update_learner(self, row: LadderRow) -> None:
        """The learner's row alone (a new architecture or more data): cheaper than every row again."""
        if self.rows:
            self.set_rows([row, *self.rows[1:]])

    def choose(self, index: int) -> None:
        self.plot.choose(index)
        blocked = self.table.blockSignals(True)
        self.table.selectRow(index)
        self.table.blockSignals(blocked)

    def _table_chose(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.row_chosen.emit(selected[0].row())

    def _memorize_text(self) -> str:
        if not self.rows or self.rows[0].ratio is None:
            return translate("ScaleView", "Draw or load training points to compare your model's parameters per "
                                          "example.")
        mine = self.rows[0]
        verdict = (translate("ScaleView", "more parameters than points: room to memorize them") if mine.ratio > 1
                   else translate("ScaleView", "fewer parameters than points"))
        return fill(translate("ScaleView", "%1: %2 parameters / %3 training points = %4 per point (%5; see the "
                                           "<a href='%6'>Overfitting lesson</a>). GPT-3: %7 per training token."),
                    html.escape(mine.name), grouped(mine.parameters), grouped(mine.examples),
                    decimal_text(f"{mine.ratio:.3g}"),
                    html.escape(verdict), OVERFITTING_LESSON, self._ratio_of("GPT-3 175B"))

    def _ratio_of(self, name: str) -> str:
        row = next((row for row in self.rows if row.name == name), None)
        return "—" if row is None or row.ratio is None else decimal_text(f"{row.ratio:.3g}")

    def write_csv(self, path: str | Path) -> None:
        """The table with exact integers (no grouping commas) and each model's source."""
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["model", "parameters", "training_examples", "unit", "parameters_per_example", "source"])
            for row in self.rows:
                ratio = row.ratio
                writer.writerow([row.name, row.parameters, row.examples or "", row.unit,
                                 "" if ratio is None else f"{ratio:.6g}", row.source])
