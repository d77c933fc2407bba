"""Editors for single hyperparameters, one factory per `FieldInfo.kind`, all built from the field's metadata.

Every editor has the same small interface so that the panel can treat them alike:
    value_edited = Signal(object)   the user chose a new value (never emitted by `set_value`)
    message = Signal(str)           a refusal the editor can explain itself (e.g. "not a number")
    value() -> the value shown;  set_value(v) -> show v without emitting anything
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ...engine.hyperparameters import FieldInfo, Hyperparameters
from .architecture_editor import ArchitectureEditor
from .feature_editor import FeatureEditor
from .hyperparameter_texts import choice_text, field_help, field_label, hp_text
from .log_editor import LogFloatEditor
from .number_entry import CheckedDoubleSpinBox, CheckedSpinBox, NumberRule

RESET_MARK = "↻"
# shown translated (context "Hyperparameters"), after a field's help in its tooltip
RESET_NOTE = QT_TRANSLATE_NOOP("Hyperparameters", "Changing this re-initializes the parameters (a fresh start)")
LIVE_NOTE = QT_TRANSLATE_NOOP("Hyperparameters", "Applies on the next step; the learned parameters are kept")
MUTED = "#8a8a8a"

_ZERO_MEANS = re.compile(r"\(0 = ([^)]+)\)")  # "(0 = never)" in a help text names the special value 0


def field_tooltip(name: str) -> str:
    """Help text plus whether a change keeps the learned parameters, in the interface language."""
    info = Hyperparameters.info(name)
    note = hp_text(LIVE_NOTE) if info.live else f"{RESET_MARK} {hp_text(RESET_NOTE)}"
    return f"{field_help(name)}\n\n{note}."


def make_label(name: str, parent: QWidget | None = None) -> QLabel:
    """The form label of field `name`; structural fields get a muted reset mark."""
    info = Hyperparameters.info(name)
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    text = field_label(name)
    if not info.live:
        text += f' <span style="color:{MUTED}">{RESET_MARK}</span>'
    label.setText(text)
    label.setToolTip(field_tooltip(name))
    return label


class NoWheelUnlessFocused(QObject):
    """Scrolling the panel must not change a combo box, spin box or slider the pointer happens to pass over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def guard_wheel(widget: QWidget, guard: NoWheelUnlessFocused) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(guard)


class ChoiceEditor(QComboBox):
    """A combo box of the field's choices with human labels; the engine value is each item's data."""

    value_edited = Signal(object)
    message = Signal(str)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in info.choices:
            self.addItem(choice_text(value), value)
        # shrink with the dock instead of forcing it as wide as the longest label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(5)
        self.currentIndexChanged.connect(self._chosen)

    @Slot(int)
    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.value_edited.emit(self.itemData(index))

    def value(self) -> str:
        return self.currentData()

    def set_value(self, value: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(value))
        self.blockSignals(False)


def _special_zero_text(info: FieldInfo) -> str:
    """What the box shows at 0 when the help says "(0 = never)": that word, translated."""
    found = _ZERO_MEANS.search(info.help) if info.minimum == 0 else None
    return hp_text(found.group(1)) if found else ""


class IntEditor(CheckedSpinBox):
    """A spin box over the field's range; a change is sent on Enter, focus loss or an arrow step, not per digit.
    Typed text that is not a whole number in the range is refused with the range (see number_entry.py)."""

    value_edited = Signal(object)
    message = Signal(str)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        low = int(info.minimum if info.minimum is not None else 0)
        special = _special_zero_text(info)
        high = int(info.maximum if info.maximum is not None else 2**31 - 1)
        super().__init__(NumberRule(hp_text(info.label), low, high,
                                    whole=True, special=special, special_value=low), parent)
        self.setRange(int(self.rule.low), int(self.rule.high))
        self.setKeyboardTracking(False)  # typing "123" must not send 1, 12 and 123 (three resets for a seed)
        self.setSpecialValueText(special)
        self.setAccelerated(True)
        self.valueChanged.connect(lambda v: self.value_edited.emit(int(v)))
        self.refused.connect(self.message)

    def set_value(self, value: int) -> None:
        self.blockSignals(True)
        self.setValue(int(value))
        self.blockSignals(False)


# Enough decimals for every range end (0.99999) and for small but sensible values (a target loss of 0.0001); more
# precise text is refused rather than rounded behind the learner's back. Zeros are not shown (textFromValue).
FLOAT_DECIMALS = 6


class FloatEditor(CheckedDoubleSpinBox):
    """A spin box for a float on a linear scale (momentum, decay, scale...)."""

    value_edited = Signal(object)
    message = Signal(str)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        low = info.minimum if info.minimum is not None else -1e12
        special = _special_zero_text(info)
        super().__init__(NumberRule(hp_text(info.label), low, info.maximum if info.maximum is not None else 1e12,
                                    decimals=FLOAT_DECIMALS, special=special, special_value=low), parent)
        self.setDecimals(FLOAT_DECIMALS)
        self.setRange(self.rule.low, self.rule.high)
        self.setSingleStep(0.01 if (info.maximum or 0) <= 1 else 0.1)
        self.setKeyboardTracking(False)
        self.setSpecialValueText(special)
        self.valueChanged.connect(lambda v: self.value_edited.emit(float(v)))
        self.refused.connect(self.message)

    def textFromValue(self, value: float) -> str:
        """0.9 rather than 0.900000: the decimals are there for precision, not for show."""
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals()).replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def set_value(self, value: float) -> None:
        self.blockSignals(True)
        self.setValue(float(value))
        self.blockSignals(False)


def make_choice(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    return ChoiceEditor(info, parent)


def make_int(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    return IntEditor(info, parent)


def make_float(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    """Log-scale fields (learning rate, epsilon, regularization rate) get a slider over log10 of the range."""
    if info.log_scale and info.minimum and info.maximum and info.minimum > 0:
        return LogFloatEditor(info, parent)
    return FloatEditor(info, parent)


def make_layers(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    return ArchitectureEditor(max_units=int(info.maximum or 64), parent=parent)


def make_features(info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    return FeatureEditor(info.choices, parent)


FACTORIES: dict[str, Callable[[FieldInfo, QWidget | None], QWidget]] = {
    "choice": make_choice,
    "int": make_int,
    "float": make_float,
    "layers": make_layers,
    "features": make_features,
}
# Kinds whose editor is too wide to sit beside its label in a narrow dock: label on one row, editor below.
WIDE_KINDS = frozenset({"layers", "features"})


def is_wide(name: str) -> bool:
    """Editors that get a row of their own: the wide kinds, and log-scale sliders (a long slider is a precise one)."""
    info = Hyperparameters.info(name)
    return info.kind in WIDE_KINDS or (info.kind == "float" and info.log_scale)


def make_editor(name: str, parent: QWidget | None = None) -> QWidget:
    """The editor of field `name`, built by the factory of its kind, with the field's help as tooltip."""
    info = Hyperparameters.info(name)
    editor = FACTORIES[info.kind](info, parent)
    editor.setObjectName(f"hp_{name}")
    editor.setToolTip(field_tooltip(name))
    editor.setAccessibleName(field_label(name))
    return editor
