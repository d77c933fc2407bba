"""The hyperparameter and parameter panels, driven through their real widgets against a real Controller."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow

from gradientdesk.engine.hyperparameters import Hyperparameters
from gradientdesk.state.history import flat_names, flat_values
from gradientdesk.ui.panels.editors import LIVE_NOTE, RESET_MARK, RESET_NOTE
from gradientdesk.ui.panels.hyperparameter_panel import HyperparameterPanel
from gradientdesk.ui.panels.number_entry import is_refused
from gradientdesk.ui.panels.parameter_panel import ParameterPanel
from gradientdesk.ui.panels.parameter_table import format_number

WAIT = 5000


@pytest.fixture
def hp_panel(qtbot, controller):
    panel = HyperparameterPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(300, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def param_panel(qtbot, controller):
    panel = ParameterPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def relevant(hp: Hyperparameters) -> list[str]:
    return [name for name in Hyperparameters.field_names() if hp.is_relevant(name)]


def type_and_enter(widget, text: str) -> None:
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def choose(combo, value: str) -> None:
    """Pick the item whose data is `value`, as a user would (the change signal fires)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def next_snapshot(qtbot, controller, condition=lambda snap: True):
    """Step once and wait until a snapshot satisfying `condition` is the latest."""
    controller.step()
    qtbot.waitUntil(lambda: controller.latest is not None and condition(controller.latest), timeout=WAIT)
    return controller.latest


# ---- hyperparameter panel -------------------------------------------------------------------------------------------
def test_one_control_per_relevant_field(hp_panel, controller):
    assert set(hp_panel.controls) == set(Hyperparameters.field_names())
    assert hp_panel.visible_fields() == relevant(controller.hyperparameters)
    assert "degree" not in hp_panel.visible_fields()
    assert "hidden_layers" in hp_panel.visible_fields()

    choose(hp_panel.model_picker.combo, "polynomial")  # loads a regression preset as well
    assert controller.hyperparameters.model == "polynomial"
    assert controller.data.task == "regression"
    assert "degree" in hp_panel.visible_fields()
    assert "hidden_layers" not in hp_panel.visible_fields()
    assert hp_panel.visible_fields() == relevant(controller.hyperparameters)
    assert not hp_panel.groups["data"].isVisibleTo(hp_panel)  # polynomial makes its own features
    assert "polynomial" in hp_panel.model_picker.description.text().lower()


def test_visibility_follows_optimizer_schedule_and_regularization(hp_panel, controller):
    assert "beta1" not in hp_panel.visible_fields()
    choose(hp_panel.control("optimizer"), "adam")
    assert controller.hyperparameters.optimizer == "adam"
    assert {"beta1", "beta2", "epsilon"} <= set(hp_panel.visible_fields())
    assert "momentum" not in hp_panel.visible_fields()
    choose(hp_panel.control("regularization"), "l2")
    choose(hp_panel.control("schedule"), "step")
    choose(hp_panel.control("initialization"), "uniform")
    assert {"regularization_rate", "schedule_decay", "schedule_period", "init_scale"} <= set(hp_panel.visible_fields())
    assert hp_panel.visible_fields() == relevant(controller.hyperparameters)


def test_model_picker_lists_six_models_with_descriptions(hp_panel):
    combo = hp_panel.model_picker.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["linear", "polynomial", "logistic", "softmax",
                                                                   "mlp", "pca"]
    assert combo.currentText() == "Neural network"
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert all(tip and tip.endswith(".") for tip in tips)
    assert hp_panel.model_picker.description.text() == tips[4]


def test_learning_rate_slider_is_logarithmic(hp_panel, controller):
    editor = hp_panel.control("learning_rate")
    positions = [editor.position_of(v) for v in (0.001, 0.01, 0.1)]
    assert positions[1] - positions[0] == positions[2] - positions[1] > 0
    assert editor.slider.value() == editor.position_of(0.03)

    editor.edit.selectAll()
    editor.edit.clear()
    type_and_enter(editor.edit, "0.1")
    assert controller.hyperparameters.learning_rate == pytest.approx(0.1)
    assert editor.slider.value() == positions[2]

    # Page Down on the slider: one decade down (keyboard use of the log scale)
    editor.slider.setFocus()
    QTest.keyClick(editor.slider, Qt.Key.Key_PageDown)
    assert controller.hyperparameters.learning_rate == pytest.approx(0.01)
    assert editor.edit.text() == "0.01"


def test_learning_rate_reaches_the_worker(qtbot, hp_panel, controller):
    editor = hp_panel.control("learning_rate")
    editor.edit.clear()
    type_and_enter(editor.edit, "0.2")
    snap = next_snapshot(qtbot, controller, lambda s: s.step > 0 and s.learning_rate == pytest.approx(0.2))
    assert snap.hp_version > 0


def test_reset_marks_only_on_structural_fields(hp_panel):
    for name in Hyperparameters.field_names():
        info = Hyperparameters.info(name)
        label = hp_panel.labels[name]
        assert (RESET_MARK in label.text()) == (not info.live), name
        note = LIVE_NOTE if info.live else RESET_NOTE
        assert note in label.toolTip(), name
        assert info.help in hp_panel.controls[name].toolTip() or info.help in label.toolTip(), name
    assert RESET_MARK in hp_panel.labels["hidden_layers"].text()
    assert RESET_MARK not in hp_panel.labels["learning_rate"].text()


def test_invalid_learning_rate_is_refused_kept_marked_and_escape_snaps_back(qtbot, hp_panel, controller):
    editor = hp_panel.control("learning_rate")
    before = controller.hyperparameters
    editor.edit.clear()
    with qtbot.waitSignal(controller.status, timeout=WAIT,
                          check_params_cb=lambda msg: "Not changed" in msg and "Learning rate" in msg
                          and "from 1e-05 to 10" in msg):
        type_and_enter(editor.edit, "100")
    assert controller.hyperparameters == before
    assert editor.edit.text() == "100" and is_refused(editor.edit)  # the typed text stays, marked
    assert "from 1e-05 to 10" in editor.edit.toolTip()
    assert editor.slider.value() == editor.position_of(0.03)
    QTest.keyClick(editor.edit, Qt.Key.Key_Escape)
    assert editor.edit.text() == "0.03" and not is_refused(editor.edit)

    editor.edit.clear()
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda msg: "number" in msg):
        type_and_enter(editor.edit, "abc")
    assert controller.hyperparameters == before
    assert editor.edit.text() == "abc" and is_refused(editor.edit)


def test_refused_choice_snaps_back(qtbot, hp_panel, controller):
    combo = hp_panel.control("loss")
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda msg: "Not changed" in msg):
        choose(combo, "categorical_cross_entropy")  # a 2-class network with a sigmoid output cannot use it
    assert controller.hyperparameters.loss == "auto"
    assert combo.currentData() == "auto"


def test_controls_follow_the_controller_without_echo(hp_panel, controller, monkeypatch):
    calls = []
    original = controller.set_hyperparameter
    monkeypatch.setattr(controller, "set_hyperparameter", lambda n, v: calls.append(n) or original(n, v))
    controller.set_hyperparameters(controller.hyperparameters.replace(learning_rate=0.5, optimizer="adam",
                                                                      hidden_layers=(3,), seed=7))
    assert calls == []
    assert hp_panel.control("learning_rate").value() == 0.5
    assert hp_panel.control("learning_rate").edit.text() == "0.5"
    assert hp_panel.control("optimizer").currentText() == "Adam"
    assert hp_panel.control("hidden_layers").value() == (3,)
    assert [s.isVisibleTo(hp_panel) for s in hp_panel.control("hidden_layers").spins[:2]] == [True, False]
    assert hp_panel.control("seed").value() == 7
    assert "beta1" in hp_panel.visible_fields()


def test_adding_a_layer_updates_count_and_table(qtbot, hp_panel, param_panel, controller):
    editor = hp_panel.control("hidden_layers")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.hidden_layers == (4, 2, 2)
    expected = 12 + 10 + 6 + 3  # 2-4-2-2-1
    snap = next_snapshot(qtbot, controller, lambda s: s.parameter_count == expected)
    qtbot.waitUntil(lambda: param_panel.model.rowCount() == snap.parameter_count, timeout=WAIT)
    assert param_panel.summary.text() == snap.architecture
    assert f"{expected} parameters" in param_panel.summary.text()

    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.hidden_layers == (4,)
    editor.spins[0].setValue(6)  # as after typing 6 and Enter (keyboard tracking is off)
    assert controller.hyperparameters.hidden_layers == (6,)
    next_snapshot(qtbot, controller, lambda s: s.parameter_count == 6 * 3 + 7)
    qtbot.waitUntil(lambda: param_panel.model.rowCount() == 25, timeout=WAIT)


def test_architecture_editor_limits(hp_panel, controller):
    editor = hp_panel.control("hidden_layers")
    while editor.remove_button.isEnabled():
        editor.remove_button.click()
    assert controller.hyperparameters.hidden_layers == ()
    assert editor.empty_label.isVisibleTo(hp_panel)
    for _ in range(10):
        if editor.add_button.isEnabled():
            editor.add_button.click()
    assert len(controller.hyperparameters.hidden_layers) == 8
    assert not editor.add_button.isEnabled()


def test_last_input_feature_cannot_be_unchecked(qtbot, hp_panel, controller):
    boxes = hp_panel.control("features").boxes
    qtbot.mouseClick(boxes["x1^2"], Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.features == ("x1", "x2", "x1^2")
    qtbot.mouseClick(boxes["x1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["x2"], Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.features == ("x1^2",)
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda msg: "at least one" in msg):
        qtbot.mouseClick(boxes["x1^2"], Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.features == ("x1^2",)
    assert boxes["x1^2"].isChecked()


def test_x2_features_disabled_for_1d_data(hp_panel, controller):
    boxes = hp_panel.control("features").boxes
    assert all(box.isEnabled() for box in boxes.values())
    choose(hp_panel.model_picker.combo, "linear")
    assert controller.data.input_dim == 1
    assert {name for name, box in boxes.items() if not box.isEnabled()} == {"x2", "x2^2", "x1*x2", "sin x2"}
    assert hp_panel.control("features").value() == controller.hyperparameters.features == ("x1",)
    controller.undo_stack.undo()  # back to the network on the circle
    assert controller.data.input_dim == 2
    assert all(box.isEnabled() for box in boxes.values())


def test_every_control_is_reachable_with_tab(qtbot, hp_panel):
    qtbot.mouseClick(hp_panel.more.toggle, Qt.MouseButton.LeftButton)  # the rare settings too, once unfolded
    hp_panel.activateWindow()
    hp_panel.model_picker.combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is hp_panel.model_picker.combo, timeout=WAIT)
    reached = []
    for _ in range(80):
        reached.append(QApplication.focusWidget())
        hp_panel.focusNextChild()
    for name in hp_panel.visible_fields():
        control = hp_panel.controls[name]
        assert any(w is control or control.isAncestorOf(w) for w in reached if w is not None), name


def test_panel_fits_a_300_px_dock(qtbot, controller):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("canvas"))
    panels = [HyperparameterPanel(controller), ParameterPanel(controller)]
    docks = []
    for panel, area in zip(panels, (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea),
                           strict=True):
        dock = QDockWidget(panel.TITLE, window)
        dock.setWidget(panel)
        window.addDockWidget(area, dock)
        docks.append(dock)
    window.resize(1000, 500)  # short: the hyperparameter panel needs its vertical scroll bar
    window.resizeDocks(docks, [300, 300], Qt.Orientation.Horizontal)
    window.show()
    qtbot.waitExposed(window)
    hp_panel, param_panel = panels
    assert hp_panel.width() <= 310
    assert hp_panel.scroll.verticalScrollBar().isVisible()
    content = hp_panel.scroll.widget()
    assert content.minimumSizeHint().width() <= hp_panel.scroll.viewport().width()
    assert content.width() <= hp_panel.scroll.viewport().width()
    table = param_panel.table
    total = sum(table.columnWidth(c) for c in range(param_panel.model.columnCount() - 1))
    assert total < table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


# ---- parameter panel ------------------------------------------------------------------------------------------------
def test_table_lists_every_parameter(param_panel, controller):
    snap = controller.latest
    model = param_panel.model
    assert model.rowCount() == snap.parameter_count == sum(v.size for v in snap.parameters.values())
    assert model.names == flat_names(snap)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == flat_names(snap)
    assert param_panel.summary.text() == snap.architecture == "2-4-2-1 network: 12 + 10 + 3 = 25 parameters"
    assert param_panel.summary.font().bold()


def test_table_values_follow_snapshots(qtbot, param_panel, controller):
    model = param_panel.model
    before = model.column_values(1).copy()
    snap = next_snapshot(qtbot, controller, lambda s: s.step >= 1)
    qtbot.waitUntil(lambda: not np.array_equal(model.column_values(1), before), timeout=WAIT)
    for column, which in ((1, "parameters"), (2, "gradients"), (3, "updates")):
        np.testing.assert_array_equal(model.column_values(column), flat_values(snap, which))
        for row in (0, 5, model.rowCount() - 1):
            assert model.index(row, column).data() == format_number(flat_values(snap, which)[row])
    assert np.any(model.column_values(3) != 0)  # the step really moved something
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right


def test_names_are_explained_tinted_and_biases_italic(param_panel):
    model = param_panel.model
    row_w = model.row_of("dense1.W[0,1]")
    row_b = model.row_of("dense1.b[2]")
    row_out = model.row_of("dense3.b[0]")
    assert "weight from input x2 to neuron 0 of layer 1" in model.index(row_w, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "bias of neuron 2 of layer 1" in model.index(row_b, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "output neuron 0" in model.index(row_out, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row_b, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert not model.index(row_w, 0).data(Qt.ItemDataRole.FontRole).italic()
    tint1 = model.index(row_w, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    tint3 = model.index(row_out, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert tint1 != tint3 and tint1.lightness() > 200
    assert QFontInfo(model.index(row_w, 1).data(Qt.ItemDataRole.FontRole)).fixedPitch()


def test_row_selection_goes_both_ways(qtbot, param_panel, controller):
    table = param_panel.table
    model = param_panel.model
    index = model.index(3, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert controller.selection == model.name_at(3)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert controller.selection == model.name_at(4)

    seen = []
    controller.selection_changed.connect(seen.append)
    controller.select_parameter("dense1.b[1]")
    assert seen == ["dense1.b[1]"]  # selecting the row did not send a second change
    assert param_panel.selected_name() == "dense1.b[1]"
    assert table.currentIndex().row() == model.row_of("dense1.b[1]") == 9
    controller.select_parameter("")
    assert param_panel.selected_name() == ""


def test_filter_box_filters_rows(qtbot, param_panel, controller):
    controller.select_parameter("dense2.W[0,0]")
    qtbot.keyClicks(param_panel.filter_edit, ".b")
    model = param_panel.model
    assert model.rowCount() == 4 + 2 + 1
    assert all(".b" in model.name_at(r) for r in range(model.rowCount()))
    assert param_panel.selected_name() == ""  # the selected weight is filtered out
    controller.select_parameter("dense2.b[1]")
    assert param_panel.selected_name() == "dense2.b[1]"
    param_panel.filter_edit.clear()
    assert model.rowCount() == controller.latest.parameter_count
    assert param_panel.selected_name() == "dense2.b[1]"


def test_groups_fold_away(qtbot, hp_panel):
    group = hp_panel.groups["optimization"]
    qtbot.mouseClick(group.toggle, Qt.MouseButton.LeftButton)
    assert not group.body.isVisibleTo(hp_panel)
    assert not group.expanded
    qtbot.mouseClick(group.toggle, Qt.MouseButton.LeftButton)
    assert group.body.isVisibleTo(hp_panel)
