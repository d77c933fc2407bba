"""The problem banner above the canvas: says what went wrong and offers the fix (divergence, untrainable data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...bridge.controller import Controller
from ..i18n import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class ProblemBanner(QFrame):
    """Hidden while all is well; shows `controller.problem` (translated) with buttons for the suggested fix: the
    learning rate the problem suggests is `controller.suggested_rate`, never read back from the words."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("problem_banner")
        self.setStyleSheet("#problem_banner { background: #FFF1D6; border: 2px solid #D55E00; border-radius: 6px; }"
                           "#problem_banner QLabel { color: #3A2000; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel("⚠", self)
        self.icon.setStyleSheet("font-size: 20px; color: #D55E00;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton(self)
        self.fix_button.setToolTip(translate(
            "ProblemBanner", "Use the suggested learning rate and start again from fresh parameters."))
        self.fix_button.clicked.connect(self._apply_fix)
        self.reset_button = QPushButton(translate("ProblemBanner", "Reset parameters"), self)
        self.reset_button.setToolTip(translate(
            "ProblemBanner", "Start again from fresh parameters (R). The data are kept."))
        self.reset_button.clicked.connect(controller.reset)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.reset_button)
        self._suggested: float | None = None
        controller.problem_changed.connect(self.show_problem)
        self.show_problem(controller.problem)

    def show_problem(self, message: str) -> None:
        self.text.setText(message)
        self._suggested = self.controller.suggested_rate if message else None
        self.fix_button.setVisible(self._suggested is not None)
        if self._suggested is not None:
            self.fix_button.setText(fill(translate("ProblemBanner", "Use learning rate %1 and reset"),
                                         f"{self._suggested:g}"))
        diverged = self.controller.latest is not None and self.controller.latest.diverged
        self.reset_button.setVisible(diverged or self._suggested is not None)
        self.setVisible(bool(message))

    def _apply_fix(self) -> None:
        if self._suggested is not None and self.controller.set_hyperparameter("learning_rate", self._suggested):
            self.controller.reset()
