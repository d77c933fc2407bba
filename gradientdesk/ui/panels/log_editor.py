"""A float on a logarithmic scale: a slider over log10 of the range plus an editable text box.

Learning rates that matter span 1e-5 to 10; on a linear slider everything below 0.1 would be squeezed into the first
pixel. Here equal slider distances are equal factors (TICKS_PER_DECADE positions per factor of 10). The text box
takes the field's range as text (1e-3, 0.001, 0 where 0 means off); other text is refused with the range and stays
visible and marked until it is corrected, or Escape puts back the value in force (see number_entry.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QLineEdit, QSlider, QWidget

from ...engine.hyperparameters import FieldInfo
from ..i18n import decimal_text
from .hyperparameter_texts import hp_text
from .number_entry import NumberRule, clear_refused, is_refused, mark_refused, not_changed

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

TICKS_PER_DECADE = 20  # one arrow key press multiplies by 10**(1/20), about 1.12; Page Up/Down by 10


def format_value(value: float) -> str:
    """Four significant digits: 0.03, 0.0001, 1e-08, 2.512 (0,03 where the interface writes a decimal comma)."""
    return decimal_text(f"{value:.4g}")


def round_significant(value: float, digits: int = 3) -> float:
    """10**(k/20) is 0.0316227...; the slider offers 0.0316 instead."""
    return float(f"{value:.{digits}g}")


class LogFloatEditor(QWidget):
    """Slider (log scale) + text box. With `allow_zero` the slider's leftmost position means exactly 0 ("off")."""

    value_edited = Signal(object)
    message = Signal(str)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert info.minimum and info.maximum and info.minimum > 0, "a log scale needs a positive range"
        self.info = info
        self.rule = NumberRule(hp_text(info.label), info.minimum, info.maximum, zero_too=info.allow_zero)
        self._log_lo = math.log10(info.minimum)
        self._log_hi = math.log10(info.maximum)
        self._value = info.minimum
        top = round((self._log_hi - self._log_lo) * TICKS_PER_DECADE)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(-1 if info.allow_zero else 0, top)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(TICKS_PER_DECADE)
        # a structural field would restart training on every pixel of a drag: send it on release only
        self.slider.setTracking(info.live)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setMinimumWidth(60)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(QFontMetrics(self.edit.font()).horizontalAdvance("0.00001234") + 12)
        self.edit.installEventFilter(self)  # Up/Down in the text box step like the slider
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.edit)
        self.slider.valueChanged.connect(self._slider_moved)
        self.edit.editingFinished.connect(self._text_entered)
        self.edit.textChanged.connect(self._text_changed)
        self.set_value(info.minimum)

    def setToolTip(self, text: str) -> None:  # the tooltip belongs to the parts the pointer actually hovers
        zero = "\n" + translate("Hyperparameters", "Type 0, or move the slider to its left end, to turn it off.") \
            if self.info.allow_zero else ""
        scale = "\n" + translate("Hyperparameters", "The slider is logarithmic: each tenth of its length multiplies "
                                 "the value by the same factor.")
        super().setToolTip(text)
        self.slider.setToolTip(text + scale + zero)
        self.edit.setToolTip(text + zero)

    # ---- scale -------------------------------------------------------------------------------------------------------
    def position_of(self, value: float) -> int:
        """Slider position nearest to `value` (0 maps to the 'off' position when allowed)."""
        if value <= 0:
            return self.slider.minimum()
        position = round((math.log10(value) - self._log_lo) * TICKS_PER_DECADE)
        return max(0, min(self.slider.maximum(), position))

    def value_at(self, position: int) -> float:
        if position < 0:
            return 0.0
        exact = 10.0 ** (self._log_lo + position / TICKS_PER_DECADE)
        return min(max(round_significant(exact), self.info.minimum), self.info.maximum)

    # ---- editor interface ------------------------------------------------------------------------------------------
    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = float(value)
        self.slider.blockSignals(True)
        self.slider.setValue(self.position_of(self._value))
        self.slider.blockSignals(False)
        self.edit.setText(format_value(self._value))
        clear_refused(self.edit)

    @Slot(int)
    def _slider_moved(self, position: int) -> None:
        value = self.value_at(position)
        self.edit.setText(format_value(value))
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)

    @Slot()
    def _text_entered(self) -> None:
        text = self.edit.text()
        try:
            value = float(self.rule.parse(text))
        except ValueError as error:  # the typed text stays, marked, and nothing is applied
            mark_refused(self.edit, str(error))
            self.message.emit(not_changed(str(error)))
            return
        clear_refused(self.edit)
        if value == self._value:
            self.edit.setText(format_value(value))  # tidy up e.g. "0.0300"
            return
        # what else the controller refuses (a model that cannot use it) it says why, and the panel shows the old value
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(self.position_of(value) if math.isfinite(value) else self.slider.minimum())
        self.slider.blockSignals(False)
        self.value_edited.emit(value)

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        if is_refused(self.edit) and self.rule.accepts(text):
            clear_refused(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and is_refused(self.edit):
                self.set_value(self._value)  # give up the refused text: show the value in force again
                return True
            actions = {Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepAdd,
                       Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepSub,
                       Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepAdd,
                       Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepSub}
            action = actions.get(Qt.Key(event.key()))
            if action is not None:
                self.slider.triggerAction(action)  # emits valueChanged even without tracking (not a drag)
                return True
        return super().eventFilter(watched, event)
