"""The Runs panel (View → Runs, a dock beside the loss): every run of the session in one table, in the names and
colours the plots use: the main window's current run, the compared runs A-D (Experiments → Compare runs…) and the
sweep's runs (Experiments → Sweep…), each with what it changes from the current run, its step, losses and state.

The rows are built without widgets by runs_plan.py from what the dialogs hold (`trained`, `frame`, `running`); the
dialogs come and go (made on first use, deleted on close), so the panel listens to their features' `runs_changed`,
which outlive them, and to the controller's snapshots for the current run. Updates are coalesced to at most one
refresh every REFRESH_MS, only cells whose text changed are set, and a hidden panel waits until it is shown. A
compared or swept run can be removed (its × button, Delete, or the context menu): the dialog stops its runs first
and drops it from its table, plots and history; the current run cannot be removed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ..i18n import fill
from .compare_dialog import SHORTCUT as COMPARE_SHORTCUT
from .compare_dialog import Compare, CompareDialog
from .runs_plan import COLUMN_TIPS, RunRow, compare_rows, current_row, sweep_rows
from .sweep_dialog import Sweep, SweepDialog

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

REFRESH_MS = 200  # at most five table refreshes a second, however fast the frames come
HEADERS = (QT_TRANSLATE_NOOP("RunsPanel", "Run"), QT_TRANSLATE_NOOP("RunsPanel", "Differs in"),
           QT_TRANSLATE_NOOP("RunsPanel", "Step"), QT_TRANSLATE_NOOP("RunsPanel", "Train loss"),
           QT_TRANSLATE_NOOP("RunsPanel", "Test loss"), QT_TRANSLATE_NOOP("RunsPanel", "State"), "")  # shown translated
NUMBERS = (2, 3, 4)  # right-aligned columns
REMOVE_COLUMN = 6
EMPTY = QT_TRANSLATE_NOOP("RunsPanel", "Only the current run so far. Experiments → Compare runs… (%1) or Sweep a "
                          "hyperparameter… add runs here, listed while their dialog is open.")  # %1: the shortcut


def empty_text() -> str:
    """The hint under the table while only the current run is listed, translated."""
    return fill(translate("RunsPanel", EMPTY), COMPARE_SHORTCUT)


class RunsPanel(QWidget):
    """The runs' table (`table`, one row per entry of `rows`). `experiment_started` follows the start of a
    comparison or a sweep (the window shows the panel then, once), `experiments_ended` the close of the last dialog
    whose runs were listed."""

    experiment_started = Signal()
    experiments_ended = Signal()

    def __init__(self, controller: Controller, compare: Compare, sweep: Sweep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runs_panel")
        self.controller, self.compare, self.sweep = controller, compare, sweep
        self.rows: list[RunRow] = []
        self.refreshes = 0  # table refreshes so far (the throttle is tested by counting them)
        self.stale = True
        self.training = False  # a comparison or sweep trains (to tell when one starts)
        self.listed = False  # compared or swept runs are listed (to tell when the last dialog closed)
        self.icons: dict[tuple[str, str], QIcon] = {}
        self.buttons: list[QToolButton] = []

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("runs_table")
        tips = (*COLUMN_TIPS, QT_TRANSLATE_NOOP("RunsPanel", "Remove the run."))
        for column, (text, tip) in enumerate(zip(HEADERS, tips, strict=True)):
            item = QTableWidgetItem(translate("RunsPanel", text) if text else "")
            item.setToolTip(translate("RunsPanel", tip))
            alignment = Qt.AlignmentFlag.AlignRight if column in NUMBERS else Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(len(HEADERS)):
            # sized to their contents once per refresh (refresh()), not by the header at every cell's setText:
            # ResizeToContents measured every row again for each cell set (0.3 ms a cell, 18 ms a refresh of a
            # 16-run sweep, on the GUI thread while the runs train)
            mode = QHeaderView.ResizeMode.Stretch if column == 1 else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(24)
        self.remove_action = QAction(translate("RunsPanel", "Remove run"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.table.installEventFilter(self)  # Delete reaches the table even while a dialog is the active window
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(empty_text())
        self.empty.setObjectName("runs_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-style: italic")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        controller.snapshot_ready.connect(self.schedule)
        controller.playing_changed.connect(self.schedule)
        controller.hyperparameters_changed.connect(self.schedule)
        compare.runs_changed.connect(self._runs_changed)
        sweep.runs_changed.connect(self._runs_changed)
        self.refresh()

    # ---- what is listed --------------------------------------------------------------------------------------------
    def compare_dialog(self) -> CompareDialog | None:
        dialog = self.compare.live_dialog()
        return dialog if isinstance(dialog, CompareDialog) else None

    def sweep_dialog(self) -> SweepDialog | None:
        dialog = self.sweep.live_dialog()
        return dialog if isinstance(dialog, SweepDialog) else None

    def current_rows(self) -> list[RunRow]:
        """The rows as they are now: the current run, then the compared runs, then the sweep's."""
        controller = self.controller
        current = controller.hyperparameters
        rows = [current_row(controller.latest, controller.playing)]
        compare = self.compare_dialog()
        if compare is not None:
            rows += compare_rows(current, compare.trained, compare.frame, compare.running)
        sweep = self.sweep_dialog()
        if sweep is not None and sweep.swept:
            rows += sweep_rows(current, sweep.trained, sweep.swept, sweep.frame, sweep.running)
        return rows

    def _runs_changed(self) -> None:
        training = any(d is not None and d.running for d in (self.compare_dialog(), self.sweep_dialog()))
        if training and not self.training:
            self.experiment_started.emit()
        self.training = training
        listed = any(d is not None and bool(d.trained) for d in (self.compare_dialog(), self.sweep_dialog()))
        if self.listed and not listed:
            self.experiments_ended.emit()
        self.listed = listed
        self.schedule()

    def add_caption(self, text: str) -> None:
        """The dock's explanation (docks.py): said with the hint while only the current run is listed."""
        self.empty.setText(f"{text} {empty_text()}")

    def schedule(self, *_args: object) -> None:
        """Refresh soon: at most one refresh per REFRESH_MS; a hidden panel refreshes when it is shown."""
        self.stale = True
        if self.isVisible() and not self.timer.isActive():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    # ---- the table -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the rows as they are now, setting only the cells that changed."""
        self.timer.stop()
        self.stale = False
        self.refreshes += 1
        rows = self.current_rows()
        table = self.table
        if len(rows) != table.rowCount():
            table.setRowCount(len(rows))  # deletes the cell widgets of rows dropped
            del self.buttons[len(rows):]
            del self.rows[len(rows):]
        changed = False
        for r, row in enumerate(rows):
            old = self.rows[r] if r < len(self.rows) else None
            if old == row:
                continue
            changed = True
            for column, text in enumerate(row.cells):
                item = table.item(r, column)
                if item is None:
                    item = QTableWidgetItem()
                    alignment = Qt.AlignmentFlag.AlignRight if column in NUMBERS else Qt.AlignmentFlag.AlignLeft
                    item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, column, item)
                if item.text() != text:
                    item.setText(text)
                    tip = translate("RunsPanel", COLUMN_TIPS[column])
                    item.setToolTip(f"{text}\n\n{tip}" if column == 1 else tip)
            name = table.item(r, 0)
            if name is not None and (old is None or (old.color, old.marker) != (row.color, row.marker)):
                name.setIcon(self.icon(row.color, row.marker))
                name.setForeground(QBrush(QColor(row.color)))
            if old is None or (old.removable, old.remove_tip) != (row.removable, row.remove_tip):
                self._remove_button(r).setEnabled(row.removable)
                self._remove_button(r).setToolTip(row.remove_tip)
        if changed:
            for column in range(len(HEADERS)):
                if column != 1:
                    table.resizeColumnToContents(column)
        self.rows = rows
        self.empty.setVisible(len(rows) == 1)
        self._selection_changed()

    def _remove_button(self, r: int) -> QToolButton:
        while len(self.buttons) <= r:
            index = len(self.buttons)
            button = QToolButton()
            button.setText("×")
            button.setAutoRaise(True)
            button.setObjectName(f"runs_remove_{index}")
            button.clicked.connect(lambda _=False, row=index: self.remove_row(row))
            self.buttons.append(button)
        if self.table.cellWidget(r, REMOVE_COLUMN) is not self.buttons[r]:
            self.table.setCellWidget(r, REMOVE_COLUMN, self.buttons[r])
        return self.buttons[r]

    def icon(self, color: str, marker: str) -> QIcon:
        """A swatch in the run's colour: a square for a run drawn as curves, a dot for a sweep's point."""
        key = (color, marker)
        if key not in self.icons:
            side = max(10, self.fontMetrics().height() - 4)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            if marker == "point":
                painter.drawEllipse(1, 1, side - 2, side - 2)
            else:
                painter.drawRect(1, 1, side - 2, side - 2)
            painter.end()
            self.icons[key] = QIcon(pixmap)
        return self.icons[key]

    # ---- removing ---------------------------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        row = self.table.currentRow() if self.table.selectedItems() else -1
        self.remove_action.setEnabled(0 <= row < len(self.rows) and self.rows[row].removable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return False

    def remove_selected(self) -> bool:
        return self.remove_row(self.table.currentRow()) if self.table.selectedItems() else False

    def remove_row(self, r: int) -> bool:
        """Remove the run of row `r` from its comparison or sweep (stopping it first); False for the current run,
        or a run its dialog keeps (it says why)."""
        if not 0 <= r < len(self.rows) or not self.rows[r].removable:
            return False
        kind, _, index = self.rows[r].key.partition(":")
        dialog = self.compare_dialog() if kind == "compare" else self.sweep_dialog()
        removed = dialog is not None and dialog.remove_run(int(index))
        self.refresh()
        return removed
