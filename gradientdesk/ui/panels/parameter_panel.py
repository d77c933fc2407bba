"""The parameter panel: what the model learns — its size and every single weight and bias, live.

A headline with the parameter count and its breakdown per layer, a filter box, and a table of every scalar parameter
with its value, gradient and last update. Selecting a row selects that parameter in every view (through the
controller); a selection made elsewhere selects and reveals the row here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine.model_spec import ModelSpec
from ...engine.snapshot import Snapshot
from ..model_texts import summary_text
from ..sync.refresh import SecondaryRefresh
from .parameter_table import COLUMNS, ParameterTableModel

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
TITLE = QT_TRANSLATE_NOOP("Docks", "Parameters — the model learns these")  # shown translated (docks.py)
SAMPLE_NUMBER = "-0.001234"  # as wide as the widest numbers format_number produces ("-1.234e-5")
TABLE_FONT_SCALE = 0.9  # a slightly smaller font lets four columns fit a 300 px dock


TABLE_INTERVAL_S = 1 / 8


class ParameterPanel(QWidget):
    """The dock content for parameters.

    Attributes: `summary` (QLabel with the count), `filter_edit` (QLineEdit), `table` (QTableView), `model`
    (ParameterTableModel). `show_snapshot(snap)` is connected to `controller.snapshot_ready`.
    """

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameter_panel")
        self.controller = controller
        self._syncing = False
        self._summary_of: ModelSpec | None = None  # the spec the summary was written for

        self.summary = QLabel(translate("ParameterPanel", "No parameters yet."), self)
        self.summary.setObjectName("parameter_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.summary.setToolTip(translate(
            "ParameterPanel", "How many numbers gradient descent adjusts, and how many each layer holds "
            "(weights plus biases)."))

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("ParameterPanel", "Filter, e.g. dense2 or .b"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(translate(
            "ParameterPanel", "Show only the parameters whose name contains this text: dense2 for the "
            "second layer, .b for the biases, .W[0, for the weights into neuron 0."))

        self.model = ParameterTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("parameter_table")
        small = self.table.font()
        small.setPointSizeF(small.pointSizeF() * TABLE_FONT_SCALE)
        self.table.setFont(small)
        self.model.set_font(small)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between rows
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # fixed row heights: with 30 000 rows, measuring each one would take seconds
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QFontMetrics(self.table.font()).height() + 4)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setMinimumSectionSize(30)
        self._size_columns()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        # the table refreshes with the frames but not for every one of them (see ui/sync/refresh.py): at most 8 times
        # a second, which numbers can still be read at, and its repaint (~2 ms for 25 rows) is the costliest of the
        # usual views' (bench --frame-costs)
        self.refresher = SecondaryRefresh(self, controller, self._show_latest, min_interval=TABLE_INTERVAL_S)
        controller.snapshot_ready.connect(lambda _snap: self.refresher.request())
        controller.selection_changed.connect(self.select)
        if controller.latest is not None:
            self.show_snapshot(controller.latest)

    def _size_columns(self) -> None:
        """Numbers get the width of the widest formatted number; the name column fits the longest name."""
        padding = 8  # the delegate's text margins (3 + 3), the grid line and one pixel of air: no elided digits
        number = math.ceil(QFontMetricsF(self.model.number_font).horizontalAdvance(SAMPLE_NUMBER)) + padding
        longest = self.model.longest_name() or "dense1.W[0,0]"
        name = max(QFontMetricsF(font).horizontalAdvance(longest) for font in (self.model.name_font,
                                                                              self.model.bias_font))
        self.table.setColumnWidth(0, math.ceil(name) + padding)
        for column in range(1, len(COLUMNS)):
            self.table.setColumnWidth(column, number)

    # ---- updates -----------------------------------------------------------------------------------------------------
    def _show_latest(self) -> None:
        if self.controller.latest is not None:
            self.show_snapshot(self.controller.latest)

    @Slot(object)
    def show_snapshot(self, snap: Snapshot) -> None:
        """Take the newest numbers; a new structure (other architecture or model) rebuilds the rows."""
        if self.model.update(snap):
            self._size_columns()
            self.select(self.controller.selection)
        spec = snap.spec
        if spec is not self._summary_of and spec != self._summary_of:  # the same structure keeps its words
            self._summary_of = spec
            text = summary_text(spec)
            if self.summary.text() != text:
                self.summary.setText(text)

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self.select(self.controller.selection)

    # ---- selection ---------------------------------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.controller.select_parameter(self.model.name_at(current.row()))

    @Slot(str)
    def select(self, flat_name: str) -> None:
        """Select and reveal the row of `flat_name` ("" or a name not shown clears the selection)."""
        row = self.model.row_of(flat_name) if flat_name else -1
        selection = self.table.selectionModel()
        self._syncing = True  # the controller already knows: do not send the selection back
        try:
            if row < 0:
                selection.clear()
                return
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    def selected_name(self) -> str:
        """Name of the selected row, or ""."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.name_at(rows[0].row()) if rows else ""
