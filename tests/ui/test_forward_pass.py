"""The worked forward pass as a learner uses it (Inspect tool, Shift+click), the minibatch rings while stepping,
and how the inspection views sit in the main window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gradientdesk.engine import build_model
from gradientdesk.engine.update_equation import fmt

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_window):
    return make_window(size=(1400, 900))

def click(qtbot, window, x: float, y: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    canvas = window.canvas
    qtbot.mouseClick(canvas.viewport(), LEFT, modifier, canvas.data_to_widget(x, y).toPoint())
    qtbot.wait(450)  # longer than a double-click interval


def model_for(controller):
    """The model as the snapshot has it, built independently of the panel."""
    model = build_model(controller.hyperparameters, controller.data.dataset, np.random.default_rng(0))
    model.set_parameters(dict(controller.latest.parameters))
    return model


def test_clicking_in_inspect_mode_shows_the_pass_for_the_nearest_point(qtbot, window):
    controller, panel = window.controller, window.forward_pass
    controller.step(25)
    qtbot.waitUntil(lambda: controller.latest.step == 25, timeout=5000)
    window.data_toolbar.inspect_action.trigger()
    assert window.canvas.tools.tool == "inspect"
    ds = controller.data.dataset
    n_before = ds.n
    i = 17
    click(qtbot, window, ds.X[i, 0] + 0.12, ds.X[i, 1] - 0.1)  # near point 17, not on it
    qtbot.waitUntil(lambda: panel.trace is not None, timeout=3000)
    assert controller.data.dataset.n == n_before  # inspecting draws no point
    d = np.hypot(ds.X[:, 0] - ds.X[i, 0] - 0.12, ds.X[:, 1] - ds.X[i, 1] + 0.1)
    assert panel.index == int(np.argmin(d)) == i
    assert np.array_equal(panel.point, ds.X[i]) and panel.target == ds.y[i]
    expected = model_for(controller).predict(ds.X[i:i + 1])[0]
    assert int(panel.trace.prediction[0]) == expected
    text = panel.text.toPlainText()
    name = ds.class_names[expected]
    assert f"Prediction: class {name}" in text
    assert f"Target: class {ds.class_names[int(ds.y[i])]}" in text
    assert panel.trace.loss_name == "binary cross-entropy"  # the default network: sigmoid output
    assert f"Loss for this point (binary cross-entropy): {fmt(panel.trace.loss)}" in text
    assert "z1 = W1 x + b1" in text and "a1 = tanh(z1)" in text
    top_name, top_value = panel.trace.top_gradient[0]
    assert f"{top_name}  {fmt(top_value)}" in text
    assert panel.isVisible()  # the dock came to the front
    ring = np.column_stack(window.canvas.inspected.getData())
    assert np.array_equal(ring[0], ds.X[i])


def test_the_displayed_pass_is_the_snapshots_computation_layer_by_layer(qtbot, window):
    controller, panel = window.controller, window.forward_pass
    controller.step(5)
    qtbot.waitUntil(lambda: controller.latest.step == 5, timeout=5000)
    ds = controller.data.dataset
    window.canvas.point_inspected.emit(float(ds.X[3, 0]), float(ds.X[3, 1]))
    snap = controller.latest
    a = panel.trace.features
    for layer, step in enumerate(panel.trace.steps, start=1):
        W, b = snap.parameters[f"dense{layer}.W"], snap.parameters[f"dense{layer}.b"]
        assert np.allclose(step.result, W @ a + b, rtol=1e-12)
        a = step.output
    model = model_for(controller)
    assert np.allclose(panel.trace.output, model.output(ds.X[3:4])[0], rtol=1e-12)
    # a step later the numbers follow the new parameters
    old = panel.trace.output.copy()
    controller.step(1)
    qtbot.waitUntil(lambda: controller.latest.step == 6 and panel.trace is not None
                    and not np.array_equal(panel.trace.output, old), timeout=5000)


def test_shift_click_inspects_a_free_position_with_any_tool(qtbot, window):
    controller, panel = window.controller, window.forward_pass
    assert window.canvas.tools.tool == "brush"
    X = controller.data.dataset.X
    spot = next((x, y) for x, y in [(5.5, 5.5), (-5.5, 5.5), (5.5, -5.5), (-5.5, -5.5)]
                if np.min(np.hypot(X[:, 0] - x, X[:, 1] - y)) > 0.8)
    n_before = controller.data.dataset.n
    click(qtbot, window, *spot, modifier=Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.trace is not None, timeout=3000)
    assert controller.data.dataset.n == n_before
    assert panel.index is None and panel.trace.loss is None
    assert np.allclose(panel.point, spot, atol=0.05)
    assert "Target: none" in panel.text.toPlainText()
    assert "a position with no data point" in panel.header.text()


def test_dragging_with_the_inspect_tool_draws_nothing(qtbot, window):
    controller, canvas = window.controller, window.canvas
    window.data_toolbar.inspect_action.trigger()
    n_before = controller.data.dataset.n
    viewport = canvas.viewport()
    path = [(-4.0, -4.0), (-2.0, -3.0), (0.0, -2.0), (2.0, -1.0)]
    qtbot.mousePress(viewport, LEFT, pos=canvas.data_to_widget(*path[0]).toPoint())
    for x, y in path[1:]:
        qtbot.wait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
        qtbot.mouseMove(viewport, pos=canvas.data_to_widget(x, y).toPoint())
    qtbot.mouseRelease(viewport, LEFT, pos=canvas.data_to_widget(*path[-1]).toPoint())
    qtbot.wait(50)
    assert controller.data.dataset.n == n_before and controller.undo_stack.count() == 0
    window.data_toolbar.brush_action.trigger()  # the same drag with the brush does draw (the test can fail)
    qtbot.mousePress(viewport, LEFT, pos=canvas.data_to_widget(*path[0]).toPoint())
    for x, y in path[1:]:
        qtbot.wait(15)
        qtbot.mouseMove(viewport, pos=canvas.data_to_widget(x, y).toPoint())
    qtbot.mouseRelease(viewport, LEFT, pos=canvas.data_to_widget(*path[-1]).toPoint())
    qtbot.waitUntil(lambda: controller.data.dataset.n > n_before, timeout=3000)


def test_the_i_key_picks_the_inspect_tool(qtbot, window):
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_I)
    assert window.canvas.tools.tool == "inspect" and window.data_toolbar.inspect_action.isChecked()
    qtbot.keyClick(window.canvas, Qt.Key.Key_B)
    assert window.canvas.tools.tool == "brush"


def test_the_minibatch_ring_follows_each_right_arrow_step(qtbot, window):
    controller, canvas = window.controller, window.canvas
    rings = []
    for expected in (1, 2, 3):
        canvas.clearFocus()  # with the focus, the canvas takes the arrows for its keyboard cursor
        qtbot.keyClick(window, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda e=expected: controller.latest.step == e, timeout=5000)
        snap = controller.latest
        assert canvas.batch.isVisible()
        ringed = np.column_stack(canvas.batch.getData())
        assert np.array_equal(ringed, controller.data.dataset.X[snap.batch_indices])
        assert len(ringed) == controller.hyperparameters.batch_size
        rings.append(ringed)
    assert not np.array_equal(rings[0], rings[1]) and not np.array_equal(rings[1], rings[2])  # new each step


def test_every_inspection_view_has_a_stage_button_a_view_menu_entry_and_opens_at_once(qtbot, window):
    from gradientdesk.ui.inspect import forward_pass, landscape_view, update_inspector

    menu = {action.text() for action in window.view_menu.actions()}
    for module, widget in ((update_inspector, window.update_inspector), (landscape_view, window.landscape_view),
                           (forward_pass, window.forward_pass)):
        assert widget.TITLE == module.TITLE
        name = next(name for name, view in window.stage.views.items() if view is widget)
        action = window.stage.view_actions[name]
        assert action.text() in menu and window.stage.buttons[name].defaultAction() is action
    window.open_all_views()
    qtbot.waitUntil(lambda: all(view.isVisible() for view in window.stage.wall_views()), timeout=3000)
    assert window.update_inspector.isVisible() and window.landscape_view.isVisible()
