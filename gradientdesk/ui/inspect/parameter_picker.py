"""A combo box over every scalar parameter name ("dense1.W[0,1]"), with a completer that matches anywhere in the
name, so a learner can type "b[" or "dense2" and pick from what fits."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ParameterPicker(QComboBox):
    """Emits `picked(name)` when the learner chooses a name from the list or types one that exists; anything else
    typed is put back to the current name (nothing half-applied)."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(13)
        self._names: list[str] = []
        self._known: set[str] = set()
        self._shown = ""
        self._model = QStringListModel(self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(lambda i: self._choose(self.itemText(i)))
        self.lineEdit().editingFinished.connect(lambda: self._choose(self.currentText().strip()))

    @property
    def names(self) -> list[str]:
        return self._names

    def set_names(self, names: list[str], current: str) -> None:
        """Offer `names`, showing `current` (no signal)."""
        if names != self._names:
            self._names = list(names)
            self._known = set(names)
            self.blockSignals(True)
            self._model.setStringList(self._names)
            self.blockSignals(False)
        self.show_name(current)

    def show_name(self, name: str) -> None:
        """Show `name` as the current choice without emitting `picked`."""
        self.blockSignals(True)
        index = self.findText(name, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(name)
        self.blockSignals(False)
        self._shown = name

    def choose(self, name: str) -> bool:
        """Pick `name` as if the learner had (tests, keyboard); False if it is not a parameter."""
        return self._choose(name)

    def _choose(self, name: str) -> bool:
        if name not in self._known:
            self.show_name(self._shown)
            return False
        if name != self._shown:
            self.show_name(name)
            self.picked.emit(name)
        return True
