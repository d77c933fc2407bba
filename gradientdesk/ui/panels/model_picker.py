"""The model picker at the top of the hyperparameter panel: the six models and what each one does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.hyperparameters import MODELS
from .editors import field_tooltip, make_label
from .hyperparameter_texts import field_label, model_description, model_label


class ModelPicker(QWidget):
    """A combo box of the models (human labels, one-line description as each item's tooltip) above a word-wrapped
    description of the chosen one. Same interface as the other editors: value_edited, value(), set_value()."""

    value_edited = Signal(object)  # the engine's model name, e.g. "mlp"
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = make_label("model", self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("hp_model")
        self.combo.setAccessibleName(field_label("model"))
        for i, name in enumerate(MODELS):
            self.combo.addItem(model_label(name), name)
            self.combo.setItemData(i, model_description(name), Qt.ItemDataRole.ToolTipRole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self.combo.setToolTip(field_tooltip("model"))
        self.label.setBuddy(self.combo)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("model_description")
        self.description.setStyleSheet("color: #444;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.description)
        self.combo.currentIndexChanged.connect(self._chosen)
        self._describe()

    def value(self) -> str:
        return self.combo.currentData()

    def set_value(self, model: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(model))
        self.combo.blockSignals(False)
        self._describe()

    @Slot(int)
    def _chosen(self, index: int) -> None:
        self._describe()
        if index >= 0:
            self.value_edited.emit(self.combo.itemData(index))

    def _describe(self) -> None:
        description = model_description(self.combo.currentData())
        self.description.setText(description)
        self.description.setToolTip(description)
