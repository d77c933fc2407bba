"""A small inline editor for typing one parameter value (a weight or a bias), used by the inspection views.

Enter commits when the text is a number within the range every view can draw (engine/limits.py: |x| <= 1e6; a
decimal comma and the Unicode minus sign are accepted, since people paste numbers from documents); otherwise the
editor stays open, outlined red, and says what it expects.
Escape or clicking elsewhere cancels: nothing changes unless the learner confirms.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ...engine.limits import RANGE_TEXT, check_value
from ...engine.number_text import fmt
from ..i18n import fill

BAD_STYLE = "QLineEdit { border: 2px solid #D55E00; background: #FFF4EC; }"
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# engine/limits.py's RANGE_TEXT, marked here to be shown translated (the engine has no Qt)
RANGE_WORDS = QT_TRANSLATE_NOOP("Diagram", "between -1,000,000 and 1,000,000")


def parse_number(text: str) -> float | None:
    """The finite number in `text` ('0.25', '-1e-3', '−0,5'), or None."""
    cleaned = text.strip().replace("\u2212", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class ValueEditor(QLineEdit):
    """Opens over a view with `open(name, index, value, pos)`; emits `committed(name, index, value)` on Enter and
    `rejected(message)` when the text is not a number."""

    committed = Signal(str, tuple, float)
    rejected = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = ""
        self.index: tuple[int, ...] = ()
        self.setFixedWidth(120)
        self.hide()
        self.returnPressed.connect(self._commit)

    def open(self, name: str, index: tuple[int, ...], value: float, pos: QPoint) -> None:
        self.name, self.index = name, tuple(int(i) for i in index)
        self.setStyleSheet("")
        label = f"{name}[{','.join(map(str, self.index))}]"
        self.setAccessibleName(fill(translate("Diagram", "New value of %1"), label))
        self.setToolTip(fill(translate("Diagram", "New value of %1: type a number and press Enter (Escape cancels)."),
                             label))
        self.setPlaceholderText(translate("Diagram", "a number, e.g. -0.25"))
        self.setText(fmt(value, 6))  # "0" for -0; exponents a float() reads back
        self.selectAll()
        parent = self.parentWidget()
        x = min(max(0, pos.x()), max(0, parent.width() - self.width())) if parent else pos.x()
        y = min(max(0, pos.y()), max(0, parent.height() - self.height())) if parent else pos.y()
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit(self) -> None:
        value = parse_number(self.text())
        if value is None:
            self.setStyleSheet(BAD_STYLE)
            self.rejected.emit(fill(translate("Diagram", "'%1' is not a number: type a value such as -0.25 or 1e-3."),
                                    self.text()))
            return
        label = f"{self.name}[{','.join(map(str, self.index))}]"
        try:
            check_value(value, label)
        except ValueError:
            self.setStyleSheet(BAD_STYLE)
            range_text = translate("Diagram", RANGE_WORDS) if RANGE_TEXT == RANGE_WORDS else RANGE_TEXT
            self.rejected.emit(fill(translate("Diagram", "%1 must be %2; '%3' is not."), label, range_text,
                                    self.text()))
            return
        self.hide()
        self.committed.emit(self.name, self.index, value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                              Qt.FocusReason.BacktabFocusReason):
            self.hide()  # the learner clicked or tabbed elsewhere: cancel
