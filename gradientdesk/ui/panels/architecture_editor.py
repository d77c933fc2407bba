"""The hidden layers of a network: one spin box of neurons per layer, left to right, with "+ layer" / "− layer"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.hyperparameters import MAX_LAYERS, MAX_UNITS
from ..i18n import fill
from .number_entry import CheckedSpinBox, NumberRule

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

PER_ROW = 4  # spin boxes per row: four fit a 300 px dock, eight wrap onto a second row
NEW_LAYER_UNITS = 4  # neurons of a layer added to a network without hidden layers


class ArchitectureEditor(QWidget):
    """Edits a tuple of hidden-layer widths, e.g. (4, 2). The empty tuple (no hidden layer) is allowed: the network
    is then a linear model of its inputs followed by the output activation."""

    value_edited = Signal(object)  # tuple[int, ...]
    message = Signal(str)

    def __init__(self, max_layers: int = MAX_LAYERS, max_units: int = MAX_UNITS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_layers = max_layers
        self._layers: tuple[int, ...] = ()
        # all spin boxes exist from the start and are shown as needed: nothing is deleted while a signal of it runs
        self.spins: list[CheckedSpinBox] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        for i in range(max_layers):
            # typed text that is not a width in range is refused with the range, never mangled (number_entry.py)
            layer = i + 1
            spin = CheckedSpinBox(NumberRule(fill(translate("Hyperparameters", "Hidden layer %1"), layer), 1,
                                             max_units, whole=True), self)
            spin.setRange(1, max_units)
            spin.refused.connect(self.message)
            spin.setKeyboardTracking(False)  # typing "16" must not build a 1-neuron layer first
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("64") + 36)  # room for two digits and arrows
            spin.setObjectName(f"layer_{i + 1}")
            spin.setAccessibleName(fill(translate("Hyperparameters", "Neurons in hidden layer %1"), layer))
            spin.setToolTip(fill(translate("Hyperparameters", "Neurons in hidden layer %1 (1 to %2)."), layer,
                                 max_units))
            spin.valueChanged.connect(self._units_changed)
            spin.setVisible(False)
            grid.addWidget(spin, i // PER_ROW, i % PER_ROW)
            self.spins.append(spin)
        self.empty_label = QLabel(translate(
            "Hyperparameters", "No hidden layer: inputs connect straight to the output."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666;")
        self.add_button = QPushButton(translate("Hyperparameters", "+ layer"), self)
        self.add_button.setToolTip(translate(
            "Hyperparameters", "Add a hidden layer after the last one (more parameters; a fresh start)."))
        self.remove_button = QPushButton(translate("Hyperparameters", "− layer"), self)
        self.remove_button.setToolTip(translate(
            "Hyperparameters", "Remove the last hidden layer (fewer parameters; a fresh start)."))
        self.add_button.clicked.connect(self.add_layer)
        self.remove_button.clicked.connect(self.remove_layer)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid.setColumnStretch(PER_ROW, 1)  # keep the boxes compact at the left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._show(())

    # ---- editor interface ------------------------------------------------------------------------------------------
    def value(self) -> tuple[int, ...]:
        return self._layers

    def set_value(self, layers: tuple[int, ...]) -> None:
        self._show(tuple(int(u) for u in layers))

    # ---- user actions ----------------------------------------------------------------------------------------------
    @Slot()
    def add_layer(self) -> None:
        if len(self._layers) >= self.max_layers:
            self.message.emit(fill(translate("Hyperparameters", "Not changed: at most %1 hidden layers."),
                                   self.max_layers))
            return
        units = self._layers[-1] if self._layers else NEW_LAYER_UNITS
        self._edit((*self._layers, units))

    @Slot()
    def remove_layer(self) -> None:
        if self._layers:
            self._edit(self._layers[:-1])

    @Slot(int)
    def _units_changed(self, _units: int) -> None:
        self._edit(tuple(spin.value() for spin in self.spins[: len(self._layers)]))

    def _edit(self, layers: tuple[int, ...]) -> None:
        if layers != self._layers:
            self._show(layers)
            self.value_edited.emit(layers)

    def _show(self, layers: tuple[int, ...]) -> None:
        self._layers = layers
        for i, spin in enumerate(self.spins):
            spin.blockSignals(True)
            if i < len(layers):
                spin.setValue(layers[i])
            spin.setVisible(i < len(layers))
            spin.blockSignals(False)
        self.empty_label.setVisible(not layers)
        self.add_button.setEnabled(len(layers) < self.max_layers)
        self.remove_button.setEnabled(bool(layers))

    def setToolTip(self, text: str) -> None:  # the buttons and spin boxes keep their specific tooltips
        super().setToolTip(text)
        self.empty_label.setToolTip(text)
