"""The controller and its worker thread, driven through the controller's public methods (no window)."""

from __future__ import annotations

import time

import numpy as np
import pytest
from qt_cleanup import delete_now

from gradientdesk.bridge.controller import Controller


def wait_for(qtbot, controller, predicate, timeout=5000):
    qtbot.waitUntil(lambda: controller.latest is not None and predicate(controller.latest), timeout=timeout)
    return controller.latest


def test_step_advances_exactly_one_step(qtbot, controller):
    start = controller.latest.step
    before = {k: v.copy() for k, v in controller.latest.parameters.items()}
    controller.step()
    snap = wait_for(qtbot, controller, lambda s: s.step == start + 1)
    qtbot.wait(100)  # nothing else arrives: still exactly one step
    assert controller.latest.step == start + 1
    assert not controller.playing
    assert any(not np.array_equal(before[k], snap.parameters[k]) for k in before)


def test_play_trains_and_the_loss_falls_on_the_default_example(qtbot, controller):
    first = controller.latest.train_loss
    controller.set_speed(None)
    controller.play()
    qtbot.waitUntil(lambda: controller.playing, timeout=2000)
    snap = wait_for(qtbot, controller, lambda s: s.epoch >= 250, timeout=30000)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.playing, timeout=2000)
    assert snap.train_loss < 0.5 * first
    assert controller.snapshots_received >= 3
    assert len(controller.loss_history) >= 3


def test_learning_rate_change_while_running_applies_without_reset(qtbot, controller):
    controller.play()
    wait_for(qtbot, controller, lambda s: s.step >= 200)
    assert controller.set_hyperparameter("learning_rate", 0.1)
    snap = wait_for(qtbot, controller, lambda s: s.hp_version >= 1 and s.step > 0 and s.learning_rate == 0.1)
    controller.pause()
    assert snap.step >= 200  # the counters (and so the parameters) were kept
    assert controller.hyperparameters.learning_rate == 0.1


def test_structural_change_resets_and_reports_it(qtbot, controller):
    messages = []
    controller.status.connect(messages.append)
    controller.step(5)
    wait_for(qtbot, controller, lambda s: s.step >= 5)
    assert controller.set_hyperparameter("hidden_layers", (4, 3, 2))
    snap = wait_for(qtbot, controller, lambda s: s.parameter_count == 12 + 15 + 8 + 3)
    assert snap.step == 0
    assert "2-4-3-2-1 network" in snap.architecture
    assert any("re-initialized" in m for m in messages)


def test_invalid_value_is_refused_with_a_message(qtbot, controller):
    messages = []
    controller.status.connect(messages.append)
    assert not controller.set_hyperparameter("learning_rate", 100.0)
    assert controller.hyperparameters.learning_rate == 0.03
    assert any("Learning rate" in m and "between" in m for m in messages)


def test_default_speed_paces_training(qtbot, controller):
    assert controller.speed == 1000.0
    controller.play()
    start = time.monotonic()
    qtbot.wait(500)
    controller.pause()
    elapsed = time.monotonic() - start
    # never faster than the chosen pace (no lower bound: a slow machine may not keep up)
    assert controller.latest.step <= 1000.0 * elapsed + 50


def test_divergence_pauses_and_explains(qtbot, controller):
    controller.set_speed(None)
    controller.set_hyperparameter("model", "linear")  # loads the 'line' preset
    controller.set_hyperparameter("features", ("x1", "x1^2"))
    controller.set_hyperparameter("learning_rate", 10.0)
    before = controller.data.dataset
    controller.play()
    snap = wait_for(qtbot, controller, lambda s: s.diverged, timeout=10000)
    qtbot.waitUntil(lambda: not controller.playing, timeout=2000)
    assert "learning rate 10" in snap.message and "Reset" in snap.message
    assert controller.problem == snap.message
    assert all(np.isfinite(v).all() for v in snap.parameters.values())
    assert controller.data.dataset is before  # the data are untouched
    controller.reset()
    wait_for(qtbot, controller, lambda s: not s.diverged and s.step == 0)
    assert controller.problem == ""


def test_stale_snapshots_are_dropped(qtbot, controller):
    controller.play()
    wait_for(qtbot, controller, lambda s: s.step > 50)
    for lr in (0.01, 0.02, 0.04, 0.05):
        controller.set_hyperparameter("learning_rate", lr)
    wait_for(qtbot, controller, lambda s: s.hp_version == controller._hp_version)
    controller.pause()
    assert controller.latest.learning_rate == 0.05
    # everything that reached the views was computed for the current settings
    assert controller.latest.hp_version == controller._hp_version


def test_editing_data_while_training_keeps_the_parameters(qtbot, controller):
    controller.play()
    wait_for(qtbot, controller, lambda s: s.step > 100)
    controller.add_points(np.array([[1.0, 1.0], [1.5, 1.0]]), 1)
    snap = wait_for(qtbot, controller, lambda s: s.dataset_version == controller._data_version)
    controller.pause()
    assert snap.step > 100
    assert controller.data.dataset.n == 302


def test_one_class_only_is_explained_not_trained(qtbot, controller):
    ds = controller.data.dataset
    controller.erase_points(np.flatnonzero(ds.y == 1))
    qtbot.waitUntil(lambda: controller.problem != "", timeout=2000)
    assert "only one class" in controller.problem
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: controller.problem == "", timeout=2000)


def test_closing_during_training_joins_the_worker(qtbot, thread_watch):
    ctrl = Controller()
    ctrl.snapshot_ready.connect(lambda _s: ctrl.frame_drawn())
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    ctrl.play()
    qtbot.waitUntil(lambda: ctrl.latest.step > 100, timeout=5000)
    assert ctrl.shutdown(timeout_ms=30_000)  # a hang guard; how fast: python -m gradientdesk.bench --micro
    assert thread_watch.running() == []
    delete_now(ctrl)


def test_unacknowledged_frames_trigger_the_watchdog(qtbot):
    """A GUI that never acknowledges (the views stopped repainting) must not stall training, and after repeated
    timeouts the controller asks the views to repaint."""
    ctrl = Controller()  # nobody calls frame_drawn
    ctrl._frame_fallback.setInterval(10_000)  # disable the controller's own fallback for this test
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    try:
        with qtbot.waitSignal(ctrl.repaint_requested, timeout=5000):
            ctrl.play()
        assert ctrl.stalls >= 1
        steps = ctrl.latest.step
        qtbot.waitUntil(lambda: ctrl.latest.step > steps, timeout=3000)  # still training
    finally:
        assert ctrl.shutdown()
        delete_now(ctrl)


def test_fallback_acknowledges_when_nothing_repaints(qtbot):
    ctrl = Controller()
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    try:
        ctrl.play()
        qtbot.waitUntil(lambda: ctrl.snapshots_received > 10, timeout=5000)
        assert ctrl.stalls == 0
    finally:
        assert ctrl.shutdown()
        delete_now(ctrl)


@pytest.mark.parametrize("model", ["linear", "polynomial"])
def test_switching_to_a_regression_model_loads_usable_data_and_undo_brings_both_back(qtbot, controller, model):
    old_data = controller.data
    assert controller.set_hyperparameter("model", model)
    snap = wait_for(qtbot, controller, lambda s: s.model == model)
    assert np.isfinite(snap.train_loss)
    assert controller.data.task == "regression" and controller.data.input_dim == 1
    assert controller.hyperparameters.features == ("x1",)
    controller.undo_stack.undo()
    assert controller.hyperparameters.model == "mlp"
    assert controller.data is old_data
    wait_for(qtbot, controller, lambda s: s.model == "mlp" and s.dataset_version == controller._data_version)


@pytest.mark.parametrize("model", ["logistic", "softmax", "pca"])
def test_models_that_fit_the_data_keep_it(qtbot, controller, model):
    old_data = controller.data
    assert controller.set_hyperparameter("model", model)
    snap = wait_for(qtbot, controller, lambda s: s.model == model)
    assert controller.data is old_data
    assert np.isfinite(snap.train_loss)
    key = "train_explained_variance" if model == "pca" else "train_accuracy"
    assert key in snap.metrics


def test_logistic_on_three_classes_switches_to_two_class_data(qtbot, controller):
    controller.load_preset("blobs")
    wait_for(qtbot, controller, lambda s: s.dataset_version == controller._data_version)
    assert controller.set_hyperparameter("model", "logistic")
    wait_for(qtbot, controller, lambda s: s.model == "logistic")
    assert controller.data.n_classes == 2


def test_data_the_model_cannot_use_then_a_model_that_can(qtbot, controller):
    """Loading PCA data under a neural network is explained; switching to PCA then trains on those data (the
    worker must receive the data it never got, not keep training the old ones)."""
    controller.load_preset("cloud")
    qtbot.waitUntil(lambda: "needs targets" in controller.problem, timeout=2000)
    assert controller.set_hyperparameter("model", "pca")
    snap = wait_for(qtbot, controller, lambda s: s.model == "pca" and s.dataset_version == controller._data_version)
    assert controller.problem == ""
    controller.step(5)
    wait_for(qtbot, controller, lambda s: s.model == "pca" and s.step == 5)
    assert controller.snapshots_dropped <= 3
    assert "train_explained_variance" in snap.metrics


def test_a_refused_change_in_the_worker_resynchronizes(qtbot, controller):
    controller.clear_points()
    qtbot.waitUntil(lambda: "empty" in controller.problem, timeout=2000)
    controller.set_hyperparameter("hidden_layers", (3,))  # not sent: nothing to train
    controller.undo_stack.undo()  # the points come back: data and settings go together
    snap = wait_for(qtbot, controller, lambda s: s.dataset_version == controller._data_version
                    and s.hp_version == controller._hp_version)
    assert "2-3-1 network" in snap.architecture


def test_replace_everything_starts_from_the_given_parameters(qtbot, controller):
    from gradientdesk.engine import Hyperparameters, datasets
    from gradientdesk.state.data_state import DataState

    controller.add_points(np.array([[0.0, 0.0]]), 0)
    assert controller.undo_stack.count() == 1
    ds = datasets.make("xor", n=100, seed=3, test_fraction=0.2)
    hp = Hyperparameters(hidden_layers=(3,), learning_rate=0.1)
    params = {"dense1.W": np.full((3, 2), 0.25), "dense1.b": np.array([1.0, 2.0, 3.0]),
              "dense2.W": np.ones((1, 3)), "dense2.b": np.array([-1.0])}
    controller.replace_everything(DataState.from_dataset(ds), hp, params)
    snap = wait_for(qtbot, controller, lambda s: s.dataset_version == controller._data_version)
    assert controller.undo_stack.count() == 0
    assert snap.step == 0 and "2-3-1 network" in snap.architecture
    for name, value in params.items():
        np.testing.assert_array_equal(snap.parameters[name], value)
    with pytest.raises(ValueError):
        controller.replace_everything(DataState.from_dataset(ds), hp, {"dense1.W": np.zeros((2, 2))})
    assert controller.data.dataset is ds  # the refused call changed nothing
