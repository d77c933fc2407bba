"""Input-feature toggles (x1, x2, x1², ...), as in TensorFlow Playground, emitting the engine's feature names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from .hyperparameter_texts import hp_text

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# engine name -> what the learner reads (superscripts and a multiplication dot); English, shown translated
# (context "Hyperparameters": "sin" is "sen" in Spanish)
FEATURE_LABELS: dict[str, str] = {
    "x1": "x1", "x2": "x2", "x1^2": "x1²", "x2^2": "x2²", "x1*x2": QT_TRANSLATE_NOOP("Hyperparameters", "x1·x2"),
    "sin x1": QT_TRANSLATE_NOOP("Hyperparameters", "sin x1"), "sin x2": QT_TRANSLATE_NOOP("Hyperparameters", "sin x2"),
}
FEATURE_HELP: dict[str, str] = {
    "x1": QT_TRANSLATE_NOOP("Hyperparameters", "The first coordinate of the point."),
    "x2": QT_TRANSLATE_NOOP("Hyperparameters", "The second coordinate of the point."),
    "x1^2": QT_TRANSLATE_NOOP("Hyperparameters", "The first coordinate squared: lets a linear model bend along x1."),
    "x2^2": QT_TRANSLATE_NOOP("Hyperparameters", "The second coordinate squared: lets a linear model bend along x2."),
    "x1*x2": QT_TRANSLATE_NOOP("Hyperparameters", "The product of the coordinates: positive in two opposite "
                               "quadrants, negative in the others."),
    "sin x1": QT_TRANSLATE_NOOP("Hyperparameters", "The sine of the first coordinate: waves along x1."),
    "sin x2": QT_TRANSLATE_NOOP("Hyperparameters", "The sine of the second coordinate: waves along x2."),
}


def feature_label(name: str) -> str:
    """A feature as the check box shows it ('x1^2' -> 'x1²'), translated where it has words."""
    return hp_text(FEATURE_LABELS.get(name, name))


def feature_help(name: str) -> str:
    """What a feature is, translated (its name when it has no explanation)."""
    return hp_text(FEATURE_HELP[name]) if name in FEATURE_HELP else name


COLUMNS = 4  # two rows fit a 300 px dock; seven in a row would not


def needs_x2(feature: str) -> bool:
    return "x2" in feature


class FeatureEditor(QWidget):
    """One check box per feature. Refuses to turn off the last one (a model needs an input) and disables the
    features built from x2 when the data have a single coordinate."""

    value_edited = Signal(object)
    message = Signal(str)

    def __init__(self, features: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.features = features
        self.boxes: dict[str, QCheckBox] = {}
        self._input_dim = 2
        self._field_help = ""
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(2)
        for i, name in enumerate(features):
            box = QCheckBox(feature_label(name), self)
            box.setObjectName(f"feature_{name}")
            box.setToolTip(feature_help(name))
            box.toggled.connect(lambda _checked, n=name: self._toggled(n))
            self.boxes[name] = box
            layout.addWidget(box, i // COLUMNS, i % COLUMNS)

    def setToolTip(self, text: str) -> None:  # each box keeps its own explanation, followed by the field's help
        super().setToolTip(text)
        self._field_help = text
        self._refresh_enabled()

    def value(self) -> tuple[str, ...]:
        return tuple(name for name in self.features if self.boxes[name].isChecked())

    def set_value(self, value: tuple[str, ...]) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in value)
            box.blockSignals(False)

    def set_input_dim(self, input_dim: int) -> None:
        """1-D data (regression along x) have no x2: its features cannot be chosen."""
        self._input_dim = input_dim
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        for name, box in self.boxes.items():
            available = self._input_dim >= 2 or not needs_x2(name)
            box.setEnabled(available)
            why = self._field_help if available else translate(
                "Hyperparameters", "Not available: these data have only one coordinate, x1.")
            box.setToolTip(f"{feature_help(name)}\n\n{why}".strip())

    def _toggled(self, name: str) -> None:
        chosen = self.value()
        if not chosen:
            box = self.boxes[name]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self.message.emit(translate(
                "Hyperparameters", "Not changed: at least one input feature must stay on — the model needs an input."))
            return
        self.value_edited.emit(chosen)
