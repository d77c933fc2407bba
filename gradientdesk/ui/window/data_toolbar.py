"""The data toolbar: brush, eraser or inspect and Clear, which class (or target) to paint, what is on the canvas when
the preset box cannot say it, presets with Generate, point count, noise, seed and test share, and the brush's radius
and spray.

It must fit a 1366-px screen, also with presentation mode's larger fonts: labels are short (the tooltips say the
rest), nothing is said twice (the class box says "Class A", so there is no "Class" label; the preset box says
"Circle", so no label repeats it), and the controls used in front of a class come first - what does not fit moves
into the toolbar's » menu from the end, where the brush's radius and spray are.

Every number box reads typed text strictly (ui/panels/number_entry.py): text that is not a value in the box's range
stays visible and marked, the status bar names the range, and nothing uses it - Generate refuses to run while the
point count, noise or seed box holds such text."""

from __future__ import annotations

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QToolButton, QWidget

from ...bridge.controller import Controller
from ...engine.dataset import MAX_CLASSES
from ...engine.generators import PRESETS
from ...state.data_state import DataState
from ..i18n import fill
from ..panels.number_entry import CheckedDoubleSpinBox, CheckedSpinBox, NumberRule, mark_refused
from ..plots.drawing_tools import MAX_RADIUS, MAX_SPRAY, DrawingTools
from ..plots.point_styles import class_symbol
from ..theme.palette import class_color
from .preset_labels import preset_description, preset_title

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def _swatch(color: str, k: int) -> QIcon:
    """Class k's shape in its colour, as the canvas draws its points (pyqtgraph's symbol paths, unit-sized)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(7, 7)
    painter.scale(13, 13)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawPath(Symbols[class_symbol(k)])
    painter.end()
    return QIcon(pixmap)


def source_text(state: DataState) -> str:
    """What is on the canvas when the preset box does not say it, in a few words: 'flowers, n 120' (imported or
    opened data keep their name), 'Drawn: n 12', 'Empty: draw points'; '' for a preset's points (the preset box
    shows its name)."""
    n = 0 if state.dataset is None else state.dataset.n
    if n == 0:
        return translate("DataToolbar", "Empty: draw points")
    if state.name in PRESETS:
        return ""
    if state.name == "custom":
        return fill(translate("DataToolbar", "Drawn: n %1"), n)
    return fill(translate("DataToolbar", "%1, n %2"), state.name, n)


class WholeTextBox(QComboBox):
    """A combo box as wide as its longest item, which a crowded toolbar never squeezes below it: 'Class A' in
    presentation mode's larger font, not 'Class' (a toolbar short of room shrinks its widgets to their minimum size
    before it moves them into its » menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # measured again in a new font

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def short_label(text: str, tip: str, parent: QWidget) -> QLabel:
    """A label of a box or two, with the box's tooltip: 'n', 'noise', 'r'."""
    label = QLabel(f" {text} ", parent)
    label.setToolTip(tip)
    return label


class DataToolbar(QToolBar):
    """Edits the canvas's DrawingTools and generates presets through the controller."""

    def __init__(self, controller: Controller, tools: DrawingTools, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataToolbar", "Data"), parent)
        self.setObjectName("data_toolbar")
        self.controller = controller
        self.tools = tools

        tool_group = QActionGroup(self)
        self.brush_action = self._checkable(
            translate("DataToolbar", "Brush"), "B",
            translate("DataToolbar", "Left-click or drag on the canvas to add points (B)."),
            tool_group, lambda: tools.set_tool("brush"))
        self.eraser_action = self._checkable(
            translate("DataToolbar", "Eraser"), "E",
            translate("DataToolbar", "Left-drag removes points (E). A right-drag always erases."),
            tool_group, lambda: tools.set_tool("eraser"))
        self.inspect_action = self._checkable(
            translate("DataToolbar", "Inspect"), "I",
            translate("DataToolbar", "Click a point (I) to see the model's worked forward pass for it; "
                      "Shift+click inspects with any tool."),
            tool_group, lambda: tools.set_tool("inspect"))
        self.brush_action.setChecked(True)
        self.clear_action = QAction(translate("DataToolbar", "Clear"), self)
        self.clear_action.setToolTip(translate("DataToolbar", "Remove every point (undoable)."))
        self.clear_action.triggered.connect(controller.clear_points)
        self.addAction(self.clear_action)
        self.addSeparator()

        self.class_box = WholeTextBox(self)  # its items say "Class A": no label
        self.class_box.setAccessibleName(translate("DataToolbar", "Class to draw"))
        self.class_box.setToolTip(
            translate("DataToolbar", "The class of the points you draw. Colours are safe for colour-blind viewers."))
        self.class_box.currentIndexChanged.connect(lambda i: tools.set_class_index(max(i, 0)))
        self.class_box_action = self.addWidget(self.class_box)
        self.add_class_button = self._tool_button("+", translate("DataToolbar", "Add a class (up to six)."),
                                                  lambda: controller.set_class_count(controller.data.n_classes + 1))
        self.remove_class_button = self._tool_button(
            "−", translate("DataToolbar", "Remove the last class and its points (undoable)."),
            lambda: controller.set_class_count(controller.data.n_classes - 1))
        self.add_class_action = self.addWidget(self.add_class_button)
        self.remove_class_action = self.addWidget(self.remove_class_button)

        self.target_box = self._double(NumberRule("Target", -10.0, 10.0, decimals=2))
        self.target_box.setSingleStep(0.5)
        self.target_box.setValue(tools.target_value)
        self.target_box.setToolTip(
            translate("DataToolbar", "The target value of the points you draw on 2-D regression data (their colour)."))
        self.target_box.valueChanged.connect(tools.set_target_value)
        self.target_label_action = self.addWidget(
            short_label(translate("DataToolbar", "target"), self.target_box.toolTip(), self))
        self.target_box_action = self.addWidget(self.target_box)

        # what is on the canvas, when the preset box cannot say it (imported, drawn or no points)
        self.source_separator = self.addSeparator()
        self.source = QLabel(self)
        self.source_action = self.addWidget(self.source)
        self.addSeparator()

        self.preset_box = WholeTextBox(self)
        for name, preset in PRESETS.items():
            self.preset_box.addItem(preset_title(name), name)
            self.preset_box.setItemData(self.preset_box.count() - 1, preset_description(preset.description),
                                        Qt.ItemDataRole.ToolTipRole)
        self.preset_box.setAccessibleName(translate("DataToolbar", "Preset dataset"))
        self.preset_box.setToolTip(
            translate("DataToolbar", "A ready-made dataset. Press Generate (or pick one in the Data menu)."))
        self.addWidget(self.preset_box)
        self.generate_action = QAction(translate("DataToolbar", "Generate"), self)
        self.generate_action.setToolTip(
            translate("DataToolbar", "Replace the points by the chosen preset, made with the numbers beside it "
                      "(undoable)."))
        self.generate_action.triggered.connect(self.generate)
        self.addAction(self.generate_action)
        self.n_box = self._spin(NumberRule("Number of points", 1, 5000, whole=True), controller.settings.n,
                                translate("DataToolbar", "Number of points to generate."))
        # the bottom of the range (-0.05) is the special value 'default'; a typed negative noise is refused
        default = translate("DataToolbar", "default")  # shown and typed: the rule must accept what the box shows
        self.noise_box = self._double(NumberRule("Noise", 0.0, 5.0, decimals=2, special=default,
                                                 special_value=-0.05))
        self.noise_box.setMinimum(-0.05)
        self.noise_box.setSingleStep(0.05)
        self.noise_box.setSpecialValueText(default)
        self.noise_box.setValue(-0.05)
        self.noise_box.setToolTip(
            translate("DataToolbar", "Standard deviation of the noise added, in axis units ('default': the preset's)."))
        self.seed_box = self._spin(NumberRule("Seed", 0, 99999, whole=True), controller.settings.seed,
                                   translate("DataToolbar", "Random seed of the generated points."))
        self.test_box = self._spin(NumberRule("Test share", 0, 90, whole=True, suffix=" %"))
        self.test_box.setSuffix(" %")
        self.test_box.setValue(round(controller.settings.test_fraction * 100))
        self.test_box.valueChanged.connect(self._test_share_changed)
        self.test_box.setToolTip(
            translate("DataToolbar", "Share of points held out to test the model (drawn hollow). Also used for "
                      "points you draw."))
        for label, widget in ((translate("DataToolbar", "n"), self.n_box),
                              (translate("DataToolbar", "noise"), self.noise_box),
                              (translate("DataToolbar", "seed"), self.seed_box),
                              (translate("DataToolbar", "test"), self.test_box)):
            self.addWidget(short_label(label, widget.toolTip(), self))
            self.addWidget(widget)
        self.addSeparator()

        self.radius_box = self._double(NumberRule("Brush radius", 0.0, MAX_RADIUS, decimals=2))
        self.radius_box.setSingleStep(0.1)
        self.radius_box.setValue(tools.radius)
        self.radius_box.setToolTip(translate("DataToolbar", "Brush and eraser radius (r), in the units of the axes."))
        self.radius_box.valueChanged.connect(tools.set_radius)
        self.spray_box = self._spin(NumberRule("Spray", 1, MAX_SPRAY, whole=True))
        self.spray_box.setValue(tools.spray)
        self.spray_box.setToolTip(
            translate("DataToolbar", "Spray (×): points added per dab, scattered over the brush disc."))
        self.spray_box.valueChanged.connect(tools.set_spray)
        for label, widget in ((translate("DataToolbar", "r"), self.radius_box), ("×", self.spray_box)):
            self.addWidget(short_label(label, widget.toolTip(), self))
            self.addWidget(widget)

        self._shown_settings = None
        controller.data_changed.connect(self.show_data)
        self.show_data(controller.data)

    # ---- building helpers -------------------------------------------------------------------------------------------
    def _checkable(self, text: str, key: str, tip: str, group: QActionGroup, slot) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(tip)
        action.triggered.connect(slot)
        group.addAction(action)
        self.addAction(action)
        return action

    def _tool_button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _spin(self, rule: NumberRule, value: int | None = None, tip: str = "") -> CheckedSpinBox:
        box = CheckedSpinBox(rule, self)
        box.setRange(int(rule.low), int(rule.high))
        box.setKeyboardTracking(False)  # "95" must not apply 9 on its way to being refused
        if value is not None:
            box.setValue(value)
        if tip:
            box.setToolTip(tip)
        box.refused.connect(self.controller.status.emit)
        return box

    def _double(self, rule: NumberRule) -> CheckedDoubleSpinBox:
        box = CheckedDoubleSpinBox(rule, self)
        box.setKeyboardTracking(False)
        box.setDecimals(rule.decimals or 2)
        box.setRange(rule.low, rule.high)
        box.refused.connect(self.controller.status.emit)
        return box

    # ---- behaviour ---------------------------------------------------------------------------------------------------
    def generate(self) -> None:
        """Load the chosen preset with the numbers in the boxes; refused (the status bar says which box and its
        range) while a box holds text that is not a valid value."""
        numbers = []
        for box in (self.n_box, self.noise_box, self.seed_box, self.test_box):
            try:  # the text shown, which may not have been entered yet
                numbers.append(box.rule.parse(box.text()))
            except ValueError as error:
                mark_refused(box, str(error))
                self.controller.status.emit(fill(translate("DataToolbar", "Not generated: %1."), error))
                return
        n, noise, seed, percent = numbers
        self.controller.load_preset(self.preset_box.currentData(), n=int(n), noise=None if noise < 0 else noise,
                                    seed=int(seed), test_fraction=percent / 100.0)

    def _test_share_changed(self, percent: int) -> None:
        self.controller.set_test_fraction(percent / 100.0)
        self._shown_settings = self.controller.settings  # not new data: the other boxes keep what was typed

    def show_data(self, state: DataState) -> None:
        """Say what is on the canvas and offer the controls that fit it."""
        text = source_text(state)
        self.source.setText(text)
        self.source.setToolTip(
            fill(translate("DataToolbar", "On the canvas: %1. The boxes after it set what Generate makes."),
                 state.describe()))
        self.source_action.setVisible(bool(text))
        self.source_separator.setVisible(bool(text))
        classification = state.task == "classification"
        for action in (self.class_box_action, self.add_class_action, self.remove_class_action):
            action.setVisible(classification)
        plane = state.task == "regression" and state.input_dim == 2
        self.target_label_action.setVisible(plane)
        self.target_box_action.setVisible(plane)
        if classification:
            current = min(self.class_box.currentIndex(), state.n_classes - 1)
            self.class_box.blockSignals(True)
            self.class_box.clear()
            for k, name in enumerate(state.class_names):
                self.class_box.addItem(_swatch(class_color(k), k),
                                       fill(translate("DataToolbar", "Class %1"), name))
            self.class_box.setCurrentIndex(max(current, 0))
            self.class_box.blockSignals(False)
            self.tools.set_class_index(max(current, 0))
            self.add_class_button.setEnabled(state.n_classes < MAX_CLASSES)
            self.remove_class_button.setEnabled(state.n_classes > 2)
        index = self.preset_box.findData(state.name)
        if index >= 0:
            self.preset_box.setCurrentIndex(index)
        settings = self.controller.settings
        if settings == self._shown_settings:
            return  # an edit of the points: keep whatever the user has typed for the next Generate
        # new settings made these data (a preset, a session opened): show them, so Generate repeats them
        self._shown_settings = settings
        index = self.preset_box.findData(settings.preset)  # e.g. a lesson's "12 noisy points" come from Polynomial
        if index >= 0:
            self.preset_box.setCurrentIndex(index)
        self.n_box.setValue(min(settings.n, self.n_box.maximum()))
        self.noise_box.setValue(self.noise_box.minimum() if settings.noise is None else settings.noise)
        self.seed_box.setValue(min(settings.seed, self.seed_box.maximum()))
        self.test_box.setValue(round(settings.test_fraction * 100))
