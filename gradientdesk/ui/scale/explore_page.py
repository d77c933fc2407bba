"""The Explore page of the Scale view: one model taken apart. Every component with its formula, its count and its
share of the total (how much is embedding, attention, MLP), and fields to change the width, depth, vocabulary or
context of a real model and watch the count move. The recount is exact integer arithmetic on a dozen numbers
(microseconds); a value that is not a sensible whole number is refused with a message naming the field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.number_text import grouped
from ...engine.scale_count import Component
from ..i18n import count_text, decimal_text, fill
from ..theme import palette
from .scale_words import words

# shown translated (context "ScaleView")
FIELD_TITLES = {"layers": QT_TRANSLATE_NOOP("ScaleView", "Depth (layers)"),
                "width": QT_TRANSLATE_NOOP("ScaleView", "Width"),
                "vocabulary": QT_TRANSLATE_NOOP("ScaleView", "Vocabulary (tokens)"),
                "context": QT_TRANSLATE_NOOP("ScaleView", "Context (tokens)")}
FIELD_TIPS = {
    "layers": QT_TRANSLATE_NOOP("ScaleView", "How many transformer blocks are stacked; each adds its attention, MLP "
                                             "and norms again."),
    "width": QT_TRANSLATE_NOOP("ScaleView", "The size of every token's vector inside the model (d_model); most "
                                            "matrices are width x width."),
    "vocabulary": QT_TRANSLATE_NOOP("ScaleView", "How many different tokens the model knows: one row of the "
                                                 "embedding table each."),
    "context": QT_TRANSLATE_NOOP("ScaleView", "How many tokens the model reads at once; learned position embeddings "
                                              "hold one row per position."),
}
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def field_title(field: str) -> str:
    return translate("ScaleView", FIELD_TITLES[field]) if field in FIELD_TITLES else field


def parse_whole(field: str, text: str) -> int:
    """`text` as a whole number (grouping commas, spaces and underscores allowed), or ValueError naming `field`."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    if not cleaned.lstrip("-").isdigit():
        raise ValueError(fill(translate("ScaleView", "%1 must be a whole number, not %2"), field_title(field),
                              repr(text.strip())))
    return int(cleaned)


class ExplorePage(QWidget):
    """`show_components(name, parts, total, fields)`: the table and, for an editable model, one entry per field
    (`fields` maps name to current value). `edited(changes)` when the learner changes a field (a dict of every
    field's whole number), `reset_asked` for the original model. `show_problem(text)` shows why an edit was refused."""

    edited = Signal(dict)
    reset_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(self)
        self.total.setObjectName("scale_explore_total")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.entries: dict[str, QLineEdit] = {}
        self.problem = QLabel(self)
        self.problem.setObjectName("scale_explore_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.VERMILLION}")  # as every refusal
        self.problem.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.reset = QPushButton(translate("ScaleView", "Published size"), self)
        self.reset.setToolTip(translate("ScaleView", "Back to the model's published configuration."))
        self.reset.clicked.connect(self.reset_asked)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("scale_components")
        self.table.setHorizontalHeaderLabels((translate("ScaleView", "Component"), translate("ScaleView", "Formula"),
                                              translate("ScaleView", "Parameters"), translate("ScaleView", "Share")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # one line a component (a formula too long for a narrow window is elided; its tooltip has it whole), each
        # row as tall as that line: rows sized while the page was hidden came out three lines tall
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.form_box, 1)
        top.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.total)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_components(self, name: str, parts: Sequence[Component], total: int, fields: dict[str, int],
                        note: str = "") -> None:
        self.total.setText(fill(translate("ScaleView", "<b>%1</b>: %2 parameters (%3)"), name, count_text(total),
                                words(total)))
        self._set_fields(fields)
        self.reset.setVisible(bool(fields))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.table.setRowCount(len(parts) + 1)
        for r, part in enumerate(parts):
            share = decimal_text(f"{100 * part.count / total:.1f}%") if total else "—"
            self._row(r, (part.name, part.formula, grouped(part.count), share))
        self._row(len(parts), (translate("ScaleView", "total"),
                               " + ".join(grouped(p.count) for p in parts) if len(parts) <= 4 else
                               translate("ScaleView", "sum"), grouped(total), "100%"))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _row(self, r: int, cells: tuple[str, ...]) -> None:
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def _set_fields(self, fields: dict[str, int]) -> None:
        if list(fields) != list(self.entries):
            while self.form.rowCount():
                self.form.removeRow(0)
            self.entries = {}
            for name in fields:
                entry = QLineEdit(self.form_box)
                entry.setObjectName(f"scale_field_{name}")
                entry.setToolTip(translate("ScaleView", FIELD_TIPS[name]) if name in FIELD_TIPS else "")
                entry.editingFinished.connect(self._edited)
                self.form.addRow(field_title(name), entry)
                self.entries[name] = entry
        for name, value in fields.items():
            entry = self.entries[name]
            if not entry.hasFocus() or entry.text() == "":
                entry.setText(grouped(value))

    def _edited(self) -> None:
        try:
            changes = {name: parse_whole(name, entry.text()) for name, entry in self.entries.items()}
        except ValueError as error:
            self.show_problem(str(error))
            return
        self.edited.emit(changes)
