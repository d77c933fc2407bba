"""Choosing a parameter without a mouse: in the network diagram (Tab in, arrows, Page Up/Down, Home/End) and in
the parameter table (arrows move the current row); the choice is every view's, and the status bar reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gradientdesk.ui.inspect.diagram_keys import next_name

NAMES = ("dense1.W[0,0]", "dense1.W[0,1]", "dense1.b[0]", "dense2.W[0,0]", "dense2.b[0]")


@pytest.mark.parametrize(("current", "key", "expected"), [
    ("", Qt.Key.Key_Down, "dense1.W[0,0]"), ("", Qt.Key.Key_Up, "dense2.b[0]"),
    ("dense1.W[0,1]", Qt.Key.Key_Right, "dense1.b[0]"), ("dense1.W[0,0]", Qt.Key.Key_Left, "dense1.W[0,0]"),
    ("dense2.b[0]", Qt.Key.Key_Down, "dense2.b[0]"), ("dense1.W[0,1]", Qt.Key.Key_PageDown, "dense1.b[0]"),
    ("dense1.b[0]", Qt.Key.Key_PageDown, "dense2.W[0,0]"), ("dense2.W[0,0]", Qt.Key.Key_PageUp, "dense1.b[0]"),
    ("dense1.W[0,1]", Qt.Key.Key_PageUp, "dense1.W[0,0]"), ("dense1.b[0]", Qt.Key.Key_End, "dense2.b[0]"),
    ("dense2.W[0,0]", Qt.Key.Key_Home, "dense1.W[0,0]"), ("dense1.b[0]", Qt.Key.Key_A, None),
])
def test_the_next_parameter_for_each_key(current, key, expected):
    assert next_name(NAMES, current, key) == expected


def test_the_diagram_chooses_parameters_with_keys(window, qtbot):
    window.stage.show_view("network_diagram")
    diagram = window.network_diagram
    qtbot.waitUntil(lambda: diagram.spec is not None, timeout=5000)
    view = diagram.view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    controller = window.controller
    step = controller.latest.step
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert controller.selection == "dense1.W[0,0]"
    QTest.keyClick(view, Qt.Key.Key_Right)  # not Step: the diagram has the focus
    assert controller.selection == "dense1.W[0,1]"
    assert window.statusBar().currentMessage().startswith("Selected dense1.W[0,1] = ")
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert controller.selection == "dense1.b[0]"
    assert window.parameter_panel.selected_name() == "dense1.b[0]"  # every view follows
    qtbot.wait(100)
    assert controller.latest.step == step


def test_the_table_chooses_parameters_with_arrow_keys(window, qtbot):
    table = window.parameter_panel.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=3000)
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert window.controller.selection == window.parameter_panel.model.name_at(2)
