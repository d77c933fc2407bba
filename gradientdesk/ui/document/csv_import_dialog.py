"""Import CSV: a preview of the file (first rows), the task (detected, editable), which column plays which role,
warnings, and - when a row is bad - the line and column at fault. Import is enabled only when the whole file reads
cleanly, so nothing is ever half-imported."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...bridge.texts import engine_text
from ...io.csv_io import CsvError, CsvImport, CsvTable, detect_task, interpret
from ...state.data_state import DataState
from ..i18n import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

PREVIEW_ROWS = 50
TASK_LABELS = {"classification": QT_TRANSLATE_NOOP("CsvImport", "Classification (x1, x2, label)"),
               "regression": QT_TRANSLATE_NOOP("CsvImport", "Regression (x or x1, x2, target)"),
               "unsupervised": QT_TRANSLATE_NOOP("CsvImport", "Unsupervised - PCA (x1, x2)")}  # shown translated
ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00;"
BAD_CELL = QColor("#f8c9c9")


def column_name(number: int) -> str:
    """The name of a column of a file without a header: "column 2"."""
    return fill(translate("CsvImport", "column %1"), number)


class CsvImportDialog(QDialog):
    """Shows what importing `table` would give; `result` holds it once the dialog is accepted."""

    def __init__(self, table: CsvTable, name: str, test_fraction: float, seed: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(translate("CsvImport", "Import CSV - %1"), name))
        self.setObjectName("csv_import_dialog")
        self.table, self.name, self.test_fraction, self.seed = table, name, test_fraction, seed
        self.result: CsvImport | None = None
        self.error = ""

        self.task_box = QComboBox(self)
        for task, label in TASK_LABELS.items():
            self.task_box.addItem(translate("CsvImport", label), task)
        self.detected = detect_task(table)
        self.task_box.setCurrentIndex(self.task_box.findData(self.detected))
        self.task_box.setToolTip(translate(
            "CsvImport", "Detected from the header and the values; change it if the guess is wrong."))
        self.columns_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("CsvImport", "Task:"), self.task_box)
        form.addRow(translate("CsvImport", "Columns:"), self.columns_label)
        form.addRow(translate("CsvImport", "Result:"), self.summary_label)

        self.view = QTableView(self)
        self.view.setObjectName("csv_preview")
        self.view.setModel(self._preview_model())
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("csv_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(translate("CsvImport", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        shown = min(PREVIEW_ROWS, len(table.rows))
        caption = QLabel(fill(translate("CsvImport", "First %1 of %2 rows (line numbers as in the file):"), shown,
                              len(table.rows)), self)
        layout.addLayout(form)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.task_box.currentIndexChanged.connect(self.reinterpret)
        self.reinterpret()

    @property
    def task(self) -> str:
        return str(self.task_box.currentData())

    @property
    def state(self) -> DataState | None:
        return None if self.result is None else self.result.state

    def _preview_model(self) -> QStandardItemModel:
        table = self.table
        model = QStandardItemModel(0, table.width, self)
        headers = list(table.header) if table.header is not None else [column_name(i + 1) for i in range(table.width)]
        model.setHorizontalHeaderLabels(headers)
        for line, cells in table.rows[:PREVIEW_ROWS]:
            items = [QStandardItem(cell) for cell in cells]
            model.appendRow(items)
            model.setHeaderData(model.rowCount() - 1, Qt.Orientation.Vertical, str(line))
        return model

    def reinterpret(self) -> None:
        """Read the whole file as the chosen task; show the result or the first error."""
        self._clear_marks()
        try:
            self.result = interpret(self.table, self.task, self.name, self.test_fraction, self.seed)
            self.error = ""
        except CsvError as error:
            self.result, self.error = None, engine_text(error)  # in the interface language
            self._mark(error)
        self.import_button.setEnabled(self.result is not None)
        if self.result is None:
            self.columns_label.setText("-")
            self.summary_label.setText(translate(
                "CsvImport", "Nothing will be imported until the problem below is fixed in the file."))
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(fill(translate("CsvImport", "Cannot import: %1"), self.error))
            return
        r = self.result
        self.columns_label.setText(", ".join(f"{role if role != 'value' else self._value_name()} = {name!r}"
                                             for role, name in r.columns.items()))
        self.summary_label.setText(self._summary(r))
        self.message_label.setStyleSheet(WARNING_STYLE)
        self.message_label.setText("\n".join(fill(translate("CsvImport", "Note: %1"), engine_text(w))
                                             for w in r.warnings))

    def _value_name(self) -> str:
        return translate("CsvImport", "label") if self.task == "classification" else translate("CsvImport", "target")

    @staticmethod
    def _summary(r: CsvImport) -> str:
        ds = r.state.dataset
        text = fill(translate("CsvImport", "%1 points (%2 train, %3 test), %4-D"), ds.n, ds.n_train, ds.n_test,
                    ds.input_dim)
        if r.task == "classification":
            text += fill(translate("CsvImport", "; classes %1"),
                         ", ".join(f"{name} ({i})" for i, name in enumerate(ds.class_names)))
        elif r.task == "regression":
            text += fill(translate("CsvImport", "; targets from %1 to %2"), f"{ds.y.min():.4g}", f"{ds.y.max():.4g}")
        return text

    def _mark(self, error: CsvError) -> None:
        """Colour the bad cell (or row) when it is among the rows shown."""
        model = self.view.model()
        for row in range(model.rowCount()):
            if model.headerData(row, Qt.Orientation.Vertical) == str(error.line):
                names = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
                columns = [names.index(error.column)] if error.column in names else range(model.columnCount())
                if error.column.isdigit() and column_name(int(error.column)) in names:
                    columns = [names.index(column_name(int(error.column)))]
                for column in columns:
                    model.item(row, column).setBackground(QBrush(BAD_CELL))
                self.view.scrollTo(model.index(row, 0))

    def _clear_marks(self) -> None:
        model = self.view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.item(row, column).setBackground(QBrush())
