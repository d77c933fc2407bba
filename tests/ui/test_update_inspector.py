"""The update inspector as a learner uses it: step with the Right arrow and read the new equation; pick a parameter;
see the optimizer's state; sparklines of value and gradient."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gradientdesk.engine import ScalarRef
from gradientdesk.engine.update_equation import fmt, update_equation


@pytest.fixture
def inspector(qtbot, controller):
    from gradientdesk.ui.inspect.update_inspector import UpdateInspector

    view = UpdateInspector(controller)
    qtbot.addWidget(view)
    view.resize(520, 560)
    view.show()
    qtbot.waitExposed(view)
    return view




def shown_step(view) -> int | None:
    return view.current.step if view.current is not None else None


def test_each_right_arrow_step_shows_its_own_equation(qtbot, window):
    controller, view = window.controller, window.update_inspector
    window.stage.show_view("update_inspector")
    qtbot.waitExposed(view)
    controller.select_parameter("dense1.W[0,1]")
    assert "No step" in view.note.text()  # the fresh model has taken no step yet
    for expected in (1, 2):
        window.canvas.clearFocus()  # with the focus, the canvas takes the arrows for its keyboard cursor
        qtbot.keyClick(window, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda e=expected: shown_step(view) == e, timeout=5000)
        snap = controller.latest
        assert snap.step == expected
        eq = view.current
        w_after = float(snap.parameters["dense1.W"][0, 1])
        assert eq.name == "dense1.W[0,1]" and eq.after == w_after
        assert abs(eq.recompute() - w_after) <= 1e-12
        text = view.equation.text()
        assert "w ← w − lr·∂L/∂w" in text
        assert eq.lines[0][1] in text  # the numbers of this step, as computed from the snapshot
        assert f"step {expected} · SGD" in view.info.text()
        assert view.note.text() == ""


def test_a_new_selection_is_shown_at_once(qtbot, controller, inspector):
    controller.step(1)
    qtbot.waitUntil(lambda: shown_step(inspector) == 1, timeout=5000)
    controller.select_parameter("dense2.b[1]")  # no new snapshot needed: the view answers the click directly
    assert inspector.current.name == "dense2.b[1]"
    assert "bias of neuron 1 of layer 2" in inspector.header.text()
    assert "b ← b − lr·∂L/∂b" in inspector.equation.text()
    assert inspector.picker.currentText() == "dense2.b[1]"
    assert not inspector.gradients  # the gradient ring starts over for the new parameter


def test_nothing_selected_shows_the_first_weight(qtbot, controller, inspector):
    controller.step(1)
    qtbot.waitUntil(lambda: shown_step(inspector) == 1, timeout=5000)
    assert controller.selection == ""
    assert inspector.current.name == "dense1.W[0,0]"
    assert "the first weight" in inspector.header.text()


def test_the_picker_selects_a_parameter_everywhere(qtbot, controller, inspector):
    controller.step(1)
    qtbot.waitUntil(lambda: shown_step(inspector) == 1, timeout=5000)
    assert inspector.picker.choose("dense3.W[0,1]")
    assert controller.selection == "dense3.W[0,1]"
    assert not inspector.picker.choose("dense7.W[0,0]")  # not a parameter: refused, the choice stays
    assert inspector.picker.currentText() == "dense3.W[0,1]"


def test_adam_shows_its_moments_and_bias_correction(qtbot, controller, inspector):
    controller.set_hyperparameter("optimizer", "adam")
    controller.select_parameter("dense1.W[2,0]")
    controller.step(3)
    qtbot.waitUntil(lambda: shown_step(inspector) == 3, timeout=5000)
    eq, snap = inspector.current, controller.latest
    assert eq.optimizer == "adam" and eq.t == 3
    text = inspector.equation.text()
    for symbol in ("m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g²", "m̂ = m / (1 − β₁ᵗ)", "^3"):
        assert symbol in text
    assert fmt(float(snap.optimizer_state["m"]["dense1.W"][2, 0])) in text
    assert "t = 3" in inspector.info.text()
    assert "m̂, v̂" in inspector.equation.toolTip()  # the symbols are explained


def test_a_live_learning_rate_change_keeps_the_steps_own_equation(qtbot, controller, inspector):
    controller.step(1)
    qtbot.waitUntil(lambda: shown_step(inspector) == 1, timeout=5000)
    before = inspector.current
    controller.set_hyperparameter("learning_rate", 0.3)
    qtbot.waitUntil(lambda: controller.latest.hp_version == controller.versions[1], timeout=5000)
    inspector.refresh()
    assert inspector.current.lr == before.lr == 0.03  # the step was taken with 0.03
    assert inspector.current.consistent
    assert "next step uses the new values" in inspector.note.text()


def test_sparklines_follow_the_value_and_the_gradient(qtbot, controller, inspector):
    controller.select_parameter("dense1.W[1,1]")
    for target in range(1, 6):
        controller.step(1)
        qtbot.waitUntil(lambda t=target: controller.latest.step == t, timeout=5000)
    qtbot.waitUntil(lambda: shown_step(inspector) == 5, timeout=5000)
    history = controller.parameter_history
    column = history.names.index("dense1.W[1,1]")
    steps, ys = inspector.value_line.curve.getData()
    assert np.array_equal(steps, history.steps)
    assert np.allclose(ys, history.values[:, column])
    steps, grads = inspector.gradient_line.curve.getData()  # one per snapshot since the selection
    assert list(steps) == [1, 2, 3, 4, 5]
    assert grads[-1] == float(controller.latest.gradients["dense1.W"][1, 1])
    assert update_equation(controller.latest, ScalarRef("dense1.W", (1, 1))).gradient == grads[-1]
