"""What the controller refuses so the worker never does something the learner cannot see: Play (and Step, Epoch,
Reset) while the data and settings cannot train, a weight typed for a structure that is gone, a weight out of the
range the views can draw."""

from __future__ import annotations

import numpy as np

from gradientdesk.engine import ScalarRef


def worker_has_caught_up(qtbot, controller):
    """Wait until the worker has handled everything sent so far: it answers a landscape request sent last (an
    answer names its request). Returns the answer; its `step` is the worker's step count then."""
    from gradientdesk.engine.landscape import LandscapeRequest

    worker_has_caught_up.asked += 1
    request = LandscapeRequest(10_000 + worker_has_caught_up.asked, ScalarRef("dense1.b", (0,)),
                               ScalarRef("dense1.W", (0, 0)), (-1.0, 1.0), (-1.0, 1.0), 3)
    answers = []
    controller.landscape_ready.connect(answers.append)
    controller.compute_landscape(request)
    qtbot.waitUntil(lambda: any(a.request is request for a in answers), timeout=10_000)
    controller.landscape_ready.disconnect(answers.append)
    return next(a for a in answers if a.request is request)


worker_has_caught_up.asked = 0


def make_untrainable(qtbot, controller):
    """The issue's repro: binary cross-entropy, then the Sine preset (regression): the banner says why."""
    assert controller.set_hyperparameter("loss", "binary_cross_entropy")
    controller.load_preset("sine")
    assert not controller.can_train
    assert "Cross-entropy" in controller.problem


def test_play_is_refused_while_the_data_and_settings_cannot_train(qtbot, controller):
    """Before: Play showed Pause and the worker trained the old circle data (3098 steps, every snapshot dropped);
    after Reset the banner was gone."""
    before = worker_has_caught_up(qtbot, controller)
    make_untrainable(qtbot, controller)
    banner = controller.problem
    controller.set_speed(None)
    controller.play()
    worker_has_caught_up(qtbot, controller)
    assert not controller.playing  # before: the Play button showed Pause
    controller.step(3)
    controller.step_epoch()
    assert worker_has_caught_up(qtbot, controller).step == before.step  # nothing was trained
    controller.reset()
    assert controller.problem == banner  # the banner stays, Reset included


def test_the_training_actions_are_disabled_with_a_reason_until_it_can_train(qtbot, window):
    controller, bar = window.controller, window.training_bar
    actions = [bar.play_action, bar.step_action, bar.epoch_action, bar.reset_action]
    assert all(a.isEnabled() for a in actions)
    make_untrainable(qtbot, controller)
    assert not any(a.isEnabled() for a in actions)
    assert "Cross-entropy" in bar.play_action.toolTip()
    assert window.banner.isVisible()
    assert controller.set_hyperparameter("loss", "auto")  # the fix the banner asks for
    assert controller.can_train and all(a.isEnabled() for a in actions) and controller.problem == ""
    controller.step()
    qtbot.waitUntil(lambda: controller.latest.step == 1 and controller.latest.task == "regression", timeout=5000)


def test_a_weight_editor_left_open_across_a_layer_change_is_refused(qtbot, controller):
    """Before: set_parameter(name, index) reached an index that no longer existed (IndexError, 'Internal error') or,
    worse, another weight of the new network."""
    spec = controller.latest.spec
    changed = []
    controller.structure_changed.connect(changed.append)
    ref = ScalarRef("dense1.W", (0, 1))
    assert controller.set_parameter_value(ref, 0.5, spec=spec) == ""
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"][0, 1] == 0.5, timeout=5000)
    assert controller.set_hyperparameter("hidden_layers", (3,))
    qtbot.waitUntil(lambda: controller.latest.parameter_count == 13, timeout=5000)
    assert changed and changed[-1] == controller.latest.spec
    weights = controller.latest.parameters["dense1.W"].copy()
    why = controller.set_parameter_value(ref, 9.0, spec=spec)
    assert "structure changed" in why
    assert "no such parameter" in controller.set_parameter_value(ScalarRef("dense2.W", (1, 3)), 1.0)
    assert "no such parameter" in controller.set_parameter_value("dense3.W", (0, 0), 1.0)  # the older form
    worker_has_caught_up(qtbot, controller)
    np.testing.assert_array_equal(controller.latest.parameters["dense1.W"], weights)
    assert controller.problem == ""


def test_a_typed_weight_outside_the_drawable_range_is_refused_with_the_range(qtbot, controller):
    said = []
    controller.status.connect(said.append)
    why = controller.set_parameter_value(ScalarRef("dense1.W", (0, 0)), 1e7, spec=controller.latest.spec)
    assert "between -1,000,000 and 1,000,000" in why and said[-1] == why
    assert controller.set_parameter_value("dense1.W", (0, 0), float("nan")) != ""
    assert controller.set_parameter_value("dense1.W", (0, 0), -1e6) == ""  # the edge of the range is fine
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"][0, 0] == -1e6, timeout=5000)
