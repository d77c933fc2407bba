"""The hyperparameter panel: every choice the learner makes before (and during) training, generated from the field
metadata of `Hyperparameters` — adding a field there adds a control here.

Edits go to `controller.set_hyperparameter`. Typed text that is not a valid value in the field's range never gets
that far: the editor keeps it, marked, and says the range (number_entry.py). A value the controller refuses snaps the
control back to the controller's value (the controller says why in the status bar). When the hyperparameters
change for any reason (an edit, undo, a model switch that loads a preset, a session load), every control shows the
new values without sending them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...engine.choices import CHOICE_LABELS
from ...engine.hyperparameters import GROUPS, Hyperparameters
from ...state.data_state import DataState
from ..i18n import count_text, fill
from .collapsible import CollapsibleGroup
from .editors import (
    MUTED,
    RESET_MARK,
    NoWheelUnlessFocused,
    guard_wheel,
    is_wide,
    make_editor,
    make_label,
)
from .feature_editor import FeatureEditor
from .hyperparameter_texts import hp_text
from .model_picker import ModelPicker

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
TITLE = QT_TRANSLATE_NOOP("Docks", "Hyperparameters — you choose these")  # shown translated (docks.py)
# the groups' titles and their buttons' tooltips, in English; shown translated (context "Hyperparameters")
GROUP_TITLES: dict[str, str] = {
    "model": QT_TRANSLATE_NOOP("Hyperparameters", "Model"),
    "data": QT_TRANSLATE_NOOP("Hyperparameters", "Data (inputs)"),
    "optimization": QT_TRANSLATE_NOOP("Hyperparameters", "Optimization"),
    "regularization": QT_TRANSLATE_NOOP("Hyperparameters", "Regularization"),
    "initialization": QT_TRANSLATE_NOOP("Hyperparameters", "Initialization"),
}
GROUP_TIPS: dict[str, str] = {
    "model": QT_TRANSLATE_NOOP("Hyperparameters", "Show or hide the model settings."),
    "data": QT_TRANSLATE_NOOP("Hyperparameters", "Show or hide the data (inputs) settings."),
    "optimization": QT_TRANSLATE_NOOP("Hyperparameters", "Show or hide the optimization settings."),
    "regularization": QT_TRANSLATE_NOOP("Hyperparameters", "Show or hide the regularization settings."),
    "initialization": QT_TRANSLATE_NOOP("Hyperparameters", "Show or hide the initialization settings."),
}
# what a learner changes most comes first: the model, then how it is trained (learning rate, batch size, optimizer)
PANEL_ORDER = ("model", "optimization", "data", "regularization", "initialization")
MORE_TITLE = QT_TRANSLATE_NOOP("Hyperparameters", "More settings")  # shown translated
DEFAULTS = Hyperparameters()
INTRO = QT_TRANSLATE_NOOP("Hyperparameters", "Hover any name for an explanation. %1 marks settings whose change "
                          "restarts from fresh parameters; the others apply on the next step.")


def group_title(group: str) -> str:
    """The title of a group of fields ("optimization" -> "Optimization"), translated."""
    return hp_text(GROUP_TITLES.get(group, group.capitalize()))


def more_title(changed: int = 0) -> str:
    """The title of the folded group: "More settings", "More settings (2 changed)", translated."""
    title = hp_text(MORE_TITLE)
    return fill(translate("Hyperparameters", "%1 (%2 changed)"), title, count_text(changed)) if changed else title

__all__ = ["CHOICE_LABELS", "GROUP_TITLES", "MORE_TITLE", "PANEL_ORDER", "TITLE", "HyperparameterPanel"]


class HyperparameterPanel(QWidget):
    """The dock content for hyperparameters.

    Attributes: `controls` (field name -> its editor widget; "model" -> the ModelPicker), `labels` (field name ->
    its QLabel), `groups` (group name -> CollapsibleGroup of the fields changed often), `more` (the folded
    CollapsibleGroup of the rare fields, `FieldInfo.rare`, under a heading per group; its title counts the ones that
    differ from their defaults), `model_picker`, `scroll` (the QScrollArea).
    """

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hyperparameter_panel")
        self.controller = controller
        self.controls: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, CollapsibleGroup] = {}
        self._wide: set[str] = set()
        self._box_of: dict[str, CollapsibleGroup] = {}
        self.headings: dict[str, QLabel] = {}  # group name -> its heading inside `more`

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(6)
        intro = QLabel(fill(hp_text(INTRO), f"<span style='color:{MUTED}'>{RESET_MARK}</span>"), content)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        self.model_picker = ModelPicker(content)
        self._register("model", self.model_picker, self.model_picker.label)
        column.addWidget(self.model_picker)
        assert set(PANEL_ORDER) == set(GROUPS), "every group has its place in the panel"
        for group in PANEL_ORDER:
            box = CollapsibleGroup(group_title(group), content, name=GROUP_TITLES.get(group, group.capitalize()),
                                   tooltip=hp_text(GROUP_TIPS[group]) if group in GROUP_TIPS else None)
            for name in Hyperparameters.fields_in_group(group):
                if name not in self.controls and not Hyperparameters.info(name).rare:
                    self._add_field(box, name)
            self.groups[group] = box
            column.addWidget(box)
        self.more = CollapsibleGroup(more_title(), content, name=MORE_TITLE, tooltip=translate(
            "Hyperparameters", "Settings changed less often: output activation and loss, optimizer details, the "
            "learning-rate schedule and stop rules."))
        for group in PANEL_ORDER:
            rare = [name for name in Hyperparameters.fields_in_group(group) if Hyperparameters.info(name).rare]
            if rare:
                heading = QLabel(group_title(group), self.more.body)
                heading.setStyleSheet("font-weight: bold; color: #555;")
                self.more.form.addRow(heading)
                self.headings[group] = heading
                for name in rare:
                    self._add_field(self.more, name)
        self.more.set_expanded(False)
        column.addWidget(self.more)
        column.addWidget(intro)  # last: the choices made every time come first, above the fold of a laptop
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        # the dock is narrow: controls shrink to fit and the panel only ever scrolls vertically
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        content.installEventFilter(self)  # its minimum width (larger fonts: presentation mode) sets the panel's

        self._wheel_guard = NoWheelUnlessFocused(self)
        for kind in (QComboBox, QAbstractSpinBox, QSlider):
            for widget in content.findChildren(kind):
                guard_wheel(widget, self._wheel_guard)

        controller.hyperparameters_changed.connect(self._hyperparameters_changed)
        controller.data_changed.connect(self._data_changed)
        self._data_changed(controller.data)
        self.sync(controller.hyperparameters)

    def minimumSizeHint(self) -> QSize:
        """As wide as the content needs: the panel scrolls only vertically, so a narrower dock (presentation mode's
        larger fonts on a 1280x720 screen) would cut its text and controls off at the right."""
        hint = super().minimumSizeHint()
        scroll = self.scroll
        width = (scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                 + 2 * scroll.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width may have changed
        return False

    # ---- construction ----------------------------------------------------------------------------------------------
    def _add_field(self, box: CollapsibleGroup, name: str) -> None:
        """Build the label and editor of `name` from its metadata and put them in the group's form."""
        editor = make_editor(name, box.body)
        label = make_label(name, box.body)
        if isinstance(editor, (QComboBox, QAbstractSpinBox)):
            label.setBuddy(editor)
        if is_wide(name):
            box.form.addRow(label)
            box.form.addRow(editor)
            self._wide.add(name)
        else:
            box.form.addRow(label, editor)
        self._box_of[name] = box
        self._register(name, editor, label)

    def _register(self, name: str, editor: Any, label: QLabel) -> None:
        self.controls[name] = editor
        self.labels[name] = label
        editor.value_edited.connect(lambda value, field=name: self._edit(field, value))
        editor.message.connect(self.controller.status.emit)

    # ---- public ------------------------------------------------------------------------------------------------------
    def control(self, name: str) -> QWidget:
        """The editor of field `name` (a QComboBox, QSpinBox, ... or a composite editor such as LogFloatEditor)."""
        return self.controls[name]

    def sync(self, hp: Hyperparameters) -> None:
        """Show `hp` in every control (without emitting edits) and only the fields relevant to it."""
        for name, editor in self.controls.items():
            editor.set_value(getattr(hp, name))
        self._update_visibility(hp)

    def visible_fields(self) -> list[str]:
        """Names of the fields whose controls are shown (ignoring folded groups and a hidden dock), in field order."""
        return [name for name in Hyperparameters.field_names() if not self.controls[name].isHidden()]

    # ---- edits and updates -----------------------------------------------------------------------------------------
    def _edit(self, name: str, value: Any) -> None:
        if not self.controller.set_hyperparameter(name, value):
            # refused (the controller has said why): show the value that is actually in force
            self.controls[name].set_value(getattr(self.controller.hyperparameters, name))

    @Slot(object, bool)
    def _hyperparameters_changed(self, hp: Hyperparameters, _reset: bool) -> None:
        self.sync(hp)

    @Slot(object)
    def _data_changed(self, state: DataState) -> None:
        for editor in self.controls.values():
            if isinstance(editor, FeatureEditor):
                editor.set_input_dim(state.input_dim)

    def _update_visibility(self, hp: Hyperparameters) -> None:
        shown: set[int] = set()  # ids of the boxes and headings with at least one relevant field
        changed = 0
        for name, box in self._box_of.items():
            relevant = hp.is_relevant(name)
            # setRowVisible hides label, field and the row's spacing together
            box.form.setRowVisible(self.controls[name], relevant)
            if name in self._wide:
                box.form.setRowVisible(self.labels[name], relevant)
            if relevant:
                shown.add(id(box))
                info = Hyperparameters.info(name)
                if info.rare:
                    shown.add(id(self.headings[info.group]))
                    changed += getattr(hp, name) != getattr(DEFAULTS, name)
        for box in (*self.groups.values(), self.more):
            box.setVisible(id(box) in shown)
        for heading in self.headings.values():
            self.more.form.setRowVisible(heading, id(heading) in shown)
        self.more.toggle.setText(more_title(changed))
