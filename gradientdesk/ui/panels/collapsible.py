"""A group box whose title is a disclosure button: click it to fold the group away and make room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ..i18n import fill


class CollapsibleGroup(QGroupBox):
    """A framed group with a ▼/▶ title button and a QFormLayout body (`form`). `title` is shown as it is (the caller
    translates it); `name` (default: the title) names the object, so that it does not depend on the language;
    `tooltip` explains the button (default: "Show or hide the <title> settings.")."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str | None = None,
                 tooltip: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"group_{name or title}")
        self.toggle = QToolButton(self)
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if tooltip is None:
            tooltip = fill(QCoreApplication.translate("Hyperparameters", "Show or hide the %1 settings."),
                           title.lower())
        self.toggle.setToolTip(tooltip)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(4, 0, 0, 0)
        self.form.setHorizontalSpacing(6)
        self.form.setVerticalSpacing(4)
        # in a dock narrower than label + field, the field moves below its label instead of being clipped
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_expanded)

    @Slot(bool)
    def set_expanded(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()
