"""The options of presentation mode, remembered in QSettings under "presentation/...", and their small dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ..i18n import fill
from ..panels.number_entry import CheckedDoubleSpinBox, NumberRule

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

MIN_SCALE, MAX_SCALE = 1.0, 2.5
KEYS = {"full_screen": "presentation/full_screen", "hide_advanced": "presentation/hide_advanced",
        "high_contrast": "presentation/high_contrast", "scale": "presentation/scale"}


@dataclass(frozen=True)
class PresentationOptions:
    """How presentation mode looks: fonts, lines and points `scale` times as large (1.6: readable from the back
    of a classroom), full screen, the advanced controls hidden, high contrast."""

    full_screen: bool = True
    hide_advanced: bool = False
    high_contrast: bool = False
    scale: float = 1.6

    @classmethod
    def load(cls, settings: QSettings | None) -> PresentationOptions:
        """The remembered options (defaults for what is missing or unreadable)."""
        options = cls()
        if settings is None:
            return options
        values = {}
        for field, key in KEYS.items():
            value = settings.value(key)
            if value is None:
                continue
            if field == "scale":
                try:
                    scale = float(value)
                except (TypeError, ValueError):
                    continue
                if MIN_SCALE <= scale <= MAX_SCALE:
                    values[field] = scale
            else:  # QSettings in an INI file gives booleans back as the strings "true" / "false"
                values[field] = value in (True, "true", "1", 1)
        return replace(options, **values)

    def save(self, settings: QSettings | None) -> None:
        if settings is None:
            return
        for field, key in KEYS.items():
            settings.setValue(key, getattr(self, field))
        settings.sync()


class PresentationDialog(QDialog):
    """Presentation options: check boxes and the scale; `options()` reads them back."""

    def __init__(self, options: PresentationOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a child of the window, opened from the menu any number of times: deleted when it closes (options()
        # still answers right after exec(), the deletion is deferred)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("PresentationMode", "Presentation options"))
        self.full_screen = QCheckBox(translate("PresentationMode", "Full screen"))
        self.full_screen.setChecked(options.full_screen)
        self.hide_advanced = QCheckBox(translate("PresentationMode",
                                                 "Hide advanced controls (data tools, parameter table, traces)"))
        self.hide_advanced.setChecked(options.hide_advanced)
        self.hide_advanced.setToolTip(translate(
            "PresentationMode", "Leave the canvas, the loss and the hyperparameters: less to read on a projector. "
            "Everything comes back when presentation mode ends."))
        self.high_contrast = QCheckBox(translate("PresentationMode",
                                                 "High contrast (black text and axes, bold labels, thicker lines)"))
        self.high_contrast.setChecked(options.high_contrast)
        self.high_contrast.setToolTip(translate(
            "PresentationMode", "For a washed-out projector in a lit room: dark on white reads best. The class colours "
            "stay the same (colour-blind safe)."))
        # typed text that is not a size in range is refused with the range, and OK waits until it is (number_entry)
        self.scale = CheckedDoubleSpinBox(NumberRule(translate("PresentationMode", "The size"), MIN_SCALE, MAX_SCALE,
                                                     decimals=1, suffix=" ×"))
        self.scale.setRange(MIN_SCALE, MAX_SCALE)
        self.scale.setKeyboardTracking(False)  # "1e309" must not set 1 on its way to being refused
        self.scale.setSingleStep(0.1)
        self.scale.setDecimals(1)
        self.scale.setSuffix(" ×")
        self.scale.setValue(options.scale)
        self.scale.setToolTip(translate(
            "PresentationMode", "Fonts, lines and points are this many times as large as on a desk."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.scale.refused.connect(self._refused)
        form = QFormLayout(self)
        form.addRow(QLabel(translate("PresentationMode",
                                      "Presentation mode (F5) is for the front of a classroom. Esc or F5 leaves it.")))
        form.addRow(translate("PresentationMode", "Size of fonts, lines and points:"), self.scale)
        form.addRow(self.problem)
        for box in (self.full_screen, self.hide_advanced, self.high_contrast):
            form.addRow(box)
        form.addRow(buttons)

    def accept(self) -> None:
        """OK with a size that is not a valid value keeps the dialog open and says the range."""
        if not self.scale.text_is_valid():
            self._refused(fill(translate("PresentationMode", "Not changed: %1."),
                               self.scale.rule.refusal(self.scale.text())))
            return
        self.problem.hide()
        super().accept()

    def _refused(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def options(self) -> PresentationOptions:
        return PresentationOptions(self.full_screen.isChecked(), self.hide_advanced.isChecked(),
                                   self.high_contrast.isChecked(), round(self.scale.value(), 2))
