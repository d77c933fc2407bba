"""Table model of every scalar parameter: name, value, gradient and last update, read straight from numpy arrays.

Up to ~30 000 rows (8 layers of 64 neurons), refreshed up to 60 times a second: per snapshot the model only keeps
three flat arrays and emits one `dataChanged`; the view then formats the few dozen visible cells. Names and per-row
layer numbers are rebuilt only when the structure (parameter names and shapes) changes, with a model reset. The
filter is applied here too (a numpy index array of the shown rows), which is cheaper than a proxy model that would
re-filter every row on each `dataChanged`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase

from ...engine.model_spec import ModelSpec
from ...engine.number_text import fmt
from ...engine.snapshot import Snapshot
from ...state.history import flat_values
from ..i18n import fill, number_text
from ..model_texts import describe, unit_text  # noqa: F401 - the scalars' sentences (ui/model_texts.py), kept here
from ..theme.palette import VERMILLION, layer_color

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# the columns' titles and header tooltips, in English; shown translated (context "ParameterTable")
COLUMNS = (QT_TRANSLATE_NOOP("ParameterTable", "Parameter"), QT_TRANSLATE_NOOP("ParameterTable", "Value"),
           QT_TRANSLATE_NOOP("ParameterTable", "Gradient"), QT_TRANSLATE_NOOP("ParameterTable", "Last update"))
COLUMN_HELP = (
    QT_TRANSLATE_NOOP("ParameterTable",
                      "The parameter's name: layer, W (weight) or b (bias), and its position [neuron, input]."),
    QT_TRANSLATE_NOOP("ParameterTable", "The current value. Gradient descent changes it a little at every step."),
    QT_TRANSLATE_NOOP("ParameterTable", "dL/dw: how much the loss grows when this parameter grows a little (on the "
                      "last minibatch, penalty included). The optimizer steps against it."),
    QT_TRANSLATE_NOOP("ParameterTable",
                      "The change the last step applied to this parameter (plain SGD: −learning rate × gradient)."),
)
# a numeric cell's tooltip, per column: "Value of dense1.W[0,1]: 0.1234"
CELL_TIPS = (
    "",
    QT_TRANSLATE_NOOP("ParameterTable", "Value of %1: %2"),
    QT_TRANSLATE_NOOP("ParameterTable", "Gradient of %1: %2"),
    QT_TRANSLATE_NOOP("ParameterTable", "Last update of %1: %2"),
)
SOURCES = ("parameters", "gradients", "updates")  # Snapshot attributes of the numeric columns
TINT = 0.16  # how much of the layer colour shows in the name cell: a hint, not a highlighter
Index = QModelIndex | QPersistentModelIndex
DISPLAY, FOREGROUND, ALIGNMENT, FONT, BACKGROUND, TOOLTIP, USER = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole))
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren



def format_number(value: float) -> str:
    """A number as the table shows it (engine/number_text.compact: four significant digits in at most 9
    characters, "0" for either zero), with the interface's decimal sign."""
    return number_text(value)


def _tint(color: str) -> QBrush:
    base, white = QColor(color), QColor("#FFFFFF")
    mix = [round(TINT * c + (1 - TINT) * w) for c, w in zip(base.getRgb()[:3], white.getRgb()[:3], strict=True)]
    return QBrush(QColor(*mix))


class ParameterTableModel(QAbstractTableModel):
    """Rows: scalar parameters in snapshot order (after the filter). Columns: COLUMNS."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec: ModelSpec | None = None  # the structure the rows were made for
        self.names: list[str] = []
        self._position: dict[str, int] = {}
        self._layer = np.zeros(0, dtype=np.int64)
        self._is_bias = np.zeros(0, dtype=bool)
        self._columns = [np.zeros(0) for _ in SOURCES]
        self._rows = np.zeros(0, dtype=np.int64)  # indices into the flat arrays of the rows shown
        self._filter = ""
        self.resets = 0
        self.set_font(QFont())
        self._tints = [_tint(layer_color(k)) for k in range(1, 9)]
        self._red = QBrush(QColor(VERMILLION))
        # translated once, when the model is made: the view asks for them at every repaint
        self._headers = tuple(translate("ParameterTable", text) for text in COLUMNS)
        self._header_tips = tuple(translate("ParameterTable", text) for text in COLUMN_HELP)
        self._cell_tips = tuple(translate("ParameterTable", text) if text else "" for text in CELL_TIPS)

    def set_font(self, font: QFont, number_scale: float = 0.95) -> None:
        """Names in `font` (biases in italics), numbers in a fixed-width font so that digits align (slightly smaller:
        a fixed-width font looks larger than a proportional one of the same size)."""
        self.name_font = QFont(font)
        self.bias_font = QFont(font)
        self.bias_font.setItalic(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(font.pointSizeF() * number_scale)
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.number_font = mono  # upright even for biases: an italic's overhang would clip the widest numbers

    def longest_name(self) -> str:
        return max(self.names, key=len, default="")

    # ---- updates ---------------------------------------------------------------------------------------------------
    def update(self, snap: Snapshot) -> bool:
        """Take the numbers of `snap`. Returns True when the structure changed (the model was reset)."""
        columns = [flat_values(snap, which) for which in SOURCES]
        size = columns[0].size
        # a missing array (should not happen) shows as blanks instead of breaking the table
        columns = [c if c.size == size else np.full(size, np.nan) for c in columns]
        if snap.spec is not self.spec and snap.spec != self.spec:
            self.beginResetModel()
            self._set_structure(snap.spec)
            self._columns = columns
            self._apply_filter()
            self.endResetModel()
            self.resets += 1
            return True
        self._columns = columns
        if len(self._rows):
            # one signal for the whole table: the view repaints only what is visible
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])
        return False

    def _set_structure(self, spec: ModelSpec) -> None:
        self.spec = spec
        self.names = list(spec.flat_names)
        self._position = {name: k for k, name in enumerate(self.names)}
        self._layer = spec.per_scalar(lambda slot: slot.layer).astype(np.int64)
        self._is_bias = spec.per_scalar(lambda slot: not slot.is_weight).astype(bool)

    def set_filter(self, text: str) -> None:
        """Show only the rows whose name contains `text` (case-insensitive)."""
        text = text.strip().lower()
        if text != self._filter:
            self.beginResetModel()
            self._filter = text
            self._apply_filter()
            self.endResetModel()

    def _apply_filter(self) -> None:
        if self._filter:
            self._rows = np.array([k for k, name in enumerate(self.names) if self._filter in name.lower()],
                                  dtype=np.int64)
        else:
            self._rows = np.arange(len(self.names), dtype=np.int64)

    # ---- lookups ---------------------------------------------------------------------------------------------------
    def name_at(self, row: int) -> str:
        return self.names[int(self._rows[row])]

    def row_of(self, name: str) -> int:
        """Row of parameter `name` among the rows shown, or -1."""
        k = self._position.get(name)
        if k is None:
            return -1
        row = int(np.searchsorted(self._rows, k))
        return row if row < len(self._rows) and self._rows[row] == k else -1

    def number(self, row: int, column: int) -> float:
        """The raw number behind a numeric cell (column 1, 2 or 3)."""
        return float(self._columns[column - 1][self._rows[row]])

    def column_values(self, column: int) -> np.ndarray:
        """All numbers of a numeric column, unfiltered, in snapshot order."""
        return self._columns[column - 1]

    # ---- QAbstractTableModel ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the view asks ~7 roles of every visible cell at every repaint (700 calls for 25 rows): the roles are
        # compared as plain ints and the constant answers made once, since Qt's enums cost a Python-level
        # comparison or `|` each (a repaint of the table took 5-7 ms, a third of it here)
        row = index.row()
        if row >= len(self._rows) or row < 0:
            return None
        role = int(role)
        column = index.column()
        if role == DISPLAY:
            k = int(self._rows[row])
            return self.names[k] if column == 0 else format_number(float(self._columns[column - 1][k]))
        if role == FOREGROUND:
            k = int(self._rows[row])
            bad = not math.isfinite(self._columns[0][k]) or (
                column > 0 and not math.isfinite(self._columns[column - 1][k]))
            return self._red if bad else None
        if role == ALIGNMENT:
            return ALIGN_LEFT if column == 0 else ALIGN_RIGHT
        if role == FONT:
            if column == 0:
                return self.bias_font if self._is_bias[int(self._rows[row])] else self.name_font
            return self.number_font
        if role == BACKGROUND:
            return self._tints[(int(self._layer[int(self._rows[row])]) - 1) % len(self._tints)] if column == 0 \
                else None
        if role == TOOLTIP:
            k = int(self._rows[row])
            if column == 0 and self.spec is not None:
                return describe(self.spec, self.names[k])
            return fill(self._cell_tips[column], self.names[k], fmt(float(self._columns[column - 1][k]), 10))
        if role == USER:
            return self.names[int(self._rows[row])]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
