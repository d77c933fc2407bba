"""Typed numbers, read strictly: the text of a number box either is a valid value in the box's range or it is
refused with the field's name and range. Nothing is applied until the text is valid.

A plain QSpinBox drops every keystroke its validator rejects, so "1e309" typed into the batch size became 1309 and
"99999999999999999999" became a seed of 999999999; Python's float() turns "1e-400" into 0, which turned
regularization off. Here any text may be typed; Enter (or leaving the box) with text that is not a value in range
keeps the text, marks the box (a tinted background and a tooltip naming the range) and reports the refusal; the
mark goes as soon as the text is valid again (typed, stepped with the arrows, or set from elsewhere).

`NumberRule` reads text; `CheckedSpinBox` / `CheckedDoubleSpinBox` are spin boxes that use it (arrows and Up/Down
work as before); `mark_refused` / `clear_refused` mark any widget (the learning-rate text box uses them).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette, QShowEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from ...bridge.texts import engine_text
from ..i18n import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

REFUSED_BASE = QColor("#ffd6d6")  # the box's background while it holds refused text (with the tooltip, not alone)
REFUSED_PROPERTY = "refused"
_WHOLE = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_MAX_DIGITS = 40  # longer whole-number text is out of any range here (and int() of 4300+ digits raises)


def _bound(value: float, whole: bool) -> str:
    return str(int(value)) if whole else f"{value:g}"


def not_changed(message: str | BaseException) -> str:
    """ "Not changed: <why>." for the status bar, in the interface language (`message` may be the refusal itself:
    an engine's refusal is translated, bridge/texts.py engine_text)."""
    return fill(translate("NumberEntry", "Not changed: %1."), engine_text(message))


@dataclass(frozen=True)
class NumberRule:
    """What a number box accepts: `label` names the field in messages; values from `low` to `high` (whole numbers
    if `whole`), floats with at most `decimals` decimals (None: any); `zero_too` also allows 0 below `low` (0 = off);
    `special` is text standing for `special_value` (e.g. "default"); `suffix` is shown after the number."""

    label: str
    low: float
    high: float
    whole: bool = False
    decimals: int | None = None
    zero_too: bool = False
    special: str = ""
    special_value: float | None = None
    suffix: str = ""

    def range_text(self) -> str:
        """ "a whole number from 1 to 100000", "a number from 1e-06 to 10, or 0 to turn it off", ... (translated)"""
        low, high = _bound(self.low, self.whole), _bound(self.high, self.whole)
        text = fill(translate("NumberEntry", "a whole number from %1 to %2") if self.whole else
                    translate("NumberEntry", "a number from %1 to %2"), low, high)
        if self.decimals is not None and not self.whole:
            text += " " + fill(translate("NumberEntry", "with at most %1 decimals"), self.decimals)
        if self.zero_too:
            text += ", " + translate("NumberEntry", "or 0 to turn it off")
        if self.special:
            text += ", " + fill(translate("NumberEntry", "or '%1'"), self.special)
        return text

    def refusal(self, text: str) -> str:
        shown = text.strip()
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return fill(translate("NumberEntry", "%1 must be %2; got %3"), self.label, self.range_text(), repr(shown))

    def parse(self, text: str) -> float:
        """The value `text` stands for; ValueError with `refusal(text)` if it is not a valid value in range."""
        value = self._read(text)
        if value is None:
            raise ValueError(self.refusal(text))
        return value

    def accepts(self, text: str) -> bool:
        return self._read(text) is not None

    def _read(self, text: str) -> float | None:
        body = text.strip()
        if self.suffix and body.endswith(self.suffix.strip()):
            body = body[: -len(self.suffix.strip())].strip()
        if self.special and body.lower() == self.special.lower():
            return self.special_value
        if self.whole:
            if not _WHOLE.match(body) or len(body) > _MAX_DIGITS:
                return None
            number: float = int(body)
        else:
            if "," in body and "." not in body and body.count(",") == 1:
                body = body.replace(",", ".")  # a decimal comma, as many countries write it
            if not _DECIMAL.match(body):
                return None
            number = float(body)
            mantissa = body.lower().split("e")[0]
            if not math.isfinite(number) or (number == 0 and re.search(r"[1-9]", mantissa)):
                return None  # 1e309 overflows to infinity, 1e-400 underflows to 0: neither is what was typed
            if self.decimals is not None and round(number, self.decimals) != number:
                return None
        if number == 0 and self.zero_too:
            return 0 if self.whole else 0.0
        if not self.low <= number <= self.high:
            return None
        return number


# ---- marking a box that holds refused text -------------------------------------------------------------------------
def mark_refused(widget: QWidget, message: str) -> None:
    """Tint `widget` and put `message` first in its tooltip (the original tooltip is kept for `clear_refused`)."""
    if not widget.property(REFUSED_PROPERTY):
        widget.setProperty("plain_tooltip", widget.toolTip())
        widget.setProperty(REFUSED_PROPERTY, True)
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, REFUSED_BASE)
        widget.setPalette(palette)
    plain = widget.property("plain_tooltip") or ""
    widget.setToolTip(fill(translate("NumberEntry", "Not applied: %1."), message) + (f"\n\n{plain}" if plain else ""))


def clear_refused(widget: QWidget) -> None:
    """Undo `mark_refused`: the inherited palette and the original tooltip."""
    if widget.property(REFUSED_PROPERTY):
        widget.setProperty(REFUSED_PROPERTY, False)
        widget.setPalette(QPalette())  # an empty palette resolves to the inherited one (themes keep working)
        widget.setToolTip(widget.property("plain_tooltip") or "")


def is_refused(widget: QWidget) -> bool:
    return bool(widget.property(REFUSED_PROPERTY))


# ---- spin boxes ------------------------------------------------------------------------------------------------------
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CheckedText:
    """What both checked boxes do with their text (a mixin before QSpinBox / QDoubleSpinBox, whose virtual
    functions these override): `validate` never says Invalid, Enter and leaving the box check the text, Escape
    shows the value in force again, and the refusal mark follows every way Qt rewrites the text."""

    rule: NumberRule

    def _watch_text(self, rule: NumberRule) -> None:
        self.rule = rule
        self.lineEdit().textChanged.connect(lambda _text: _sync_mark(self))

    def validate(self, text: str, pos: int) -> object:
        # never Invalid: Qt would drop the keystroke and leave a different number than the one typed
        state = QValidator.State.Acceptable if self.rule.accepts(text) else QValidator.State.Intermediate
        return state, text, pos

    def text_is_valid(self) -> bool:
        """Whether the text shown is a valid value (False while typed text is refused or incomplete)."""
        return self.rule.accepts(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _key_handled(self, event):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if _check(self):
            super().focusOutEvent(event)
        else:  # Qt would put the old number back without a word; keep the text and the mark instead
            self.lineEdit().event(event)

    # Qt rewrites the text with the line edit's signals blocked when it steps, sets or shows the value
    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        _sync_mark(self)

    def setValue(self, value: float) -> None:
        super().setValue(value)
        _sync_mark(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        _sync_mark(self)


class CheckedSpinBox(_CheckedText, QSpinBox):
    """A QSpinBox over `rule` that never mangles typed text (see the module docstring). `refused` carries the message
    when Enter or leaving the box meets text that is not a valid value; Escape then shows the value in force again."""

    refused = Signal(str)

    def __init__(self, rule: NumberRule, parent: QWidget | None = None) -> None:
        QSpinBox.__init__(self, parent)
        self._watch_text(rule)

    def valueFromText(self, text: str) -> int:
        try:
            return int(self.rule.parse(text))
        except ValueError:
            return self.value()


class CheckedDoubleSpinBox(_CheckedText, QDoubleSpinBox):
    """A QDoubleSpinBox over `rule`: the float twin of CheckedSpinBox."""

    refused = Signal(str)

    def __init__(self, rule: NumberRule, parent: QWidget | None = None) -> None:
        QDoubleSpinBox.__init__(self, parent)
        self._watch_text(rule)

    def valueFromText(self, text: str) -> float:
        try:
            return float(self.rule.parse(text))
        except ValueError:
            return self.value()


CheckedBox = CheckedSpinBox | CheckedDoubleSpinBox


def _check(box: CheckedBox) -> bool:
    """True if the box's text is valid (its mark cleared); else mark it and emit `refused`."""
    if box.text_is_valid():
        clear_refused(box)
        return True
    message = box.rule.refusal(box.text())
    mark_refused(box, message)
    box.refused.emit(not_changed(message))
    return False


def _key_handled(box: CheckedBox, event: QKeyEvent) -> bool:
    """Enter on refused text: refuse and keep the text. Escape on it: show the value in force again."""
    if event.key() in _ENTER and not _check(box):
        event.accept()  # the value (and whatever it drives) is unchanged
        return True
    if event.key() == Qt.Key.Key_Escape and not box.text_is_valid():
        special = box.specialValueText()
        shown = special if special and box.value() == box.minimum() else (
            box.prefix() + box.textFromValue(box.value()) + box.suffix())
        box.lineEdit().setText(shown)
        event.accept()
        return True
    return False


def _sync_mark(box: CheckedBox) -> None:
    if is_refused(box) and box.text_is_valid():
        clear_refused(box)
