"""Drawing without a mouse: Tab reaches the canvas, arrow keys move the keyboard cursor, Enter adds a point of the
current class there, Delete removes the nearest point; each is one undo step and the status bar says what happened."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gradientdesk.ui.plots.canvas_keys import STEP_SHARE


@pytest.fixture
def canvas(window, qtbot):
    canvas = window.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus, timeout=3000)
    return canvas


def test_arrows_move_the_cross_within_the_view(canvas, qtbot):
    start = canvas.keys.position
    (x0, x1), (y0, y1) = canvas.view_box.viewRange()
    assert start.x() == pytest.approx((x0 + x1) / 2) and canvas.keys.cross.isVisible()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    moved = canvas.keys.position
    assert moved.x() == pytest.approx(start.x() + STEP_SHARE * (x1 - x0))
    assert moved.y() == pytest.approx(start.y() + STEP_SHARE * (y1 - y0))
    for _ in range(30):
        QTest.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.keys.position.x() == pytest.approx(x0)  # never out of view


def test_enter_adds_a_point_of_the_current_class_and_delete_removes_the_nearest(window, canvas, qtbot):
    controller = window.controller
    window.data_toolbar.class_box.setCurrentIndex(1)
    canvas.tools.radius = 0.0  # one point per dab, where the cross is
    n = controller.data.dataset.n
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    data = controller.data.dataset
    assert data.n == n + 1 and int(data.y[-1]) == 1
    np.testing.assert_allclose(data.X[-1], [canvas.keys.position.x(), canvas.keys.position.y()])
    assert "Added 1 point (class B)" in window.statusBar().currentMessage()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert controller.data.dataset.n == n  # the point just added was the nearest
    assert "Removed the point" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the removal
    assert controller.data.dataset.n == n + 1


def test_tab_reaches_the_canvas(window, qtbot):
    window.hyperparameter_panel.setFocus()
    for _ in range(200):
        if window.canvas.hasFocus():
            break
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    assert window.canvas.hasFocus()
    assert "arrow keys" in window.statusBar().currentMessage()


def test_with_the_canvas_focused_right_moves_the_cross_and_does_not_step(window, canvas, qtbot):
    step = window.controller.latest.step
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.wait(100)
    assert window.controller.latest.step == step
    canvas.clearFocus()
    QTest.keyClick(window, Qt.Key.Key_Right)  # elsewhere, Right is Step again
    qtbot.waitUntil(lambda: window.controller.latest.step == step + 1, timeout=5000)


def test_a_click_on_the_canvas_does_not_take_the_focus(window, qtbot):
    other = window.focusWidget()
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton)
    assert not window.canvas.hasFocus()
    assert window.focusWidget() is other
