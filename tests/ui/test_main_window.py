"""The main window as a learner uses it: keys, toolbar, banner, docks, closing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from gradientdesk.engine.rate_search import round_rates_below
from gradientdesk.state.history import flat_names


def latest(window):
    return window.controller.latest


def test_first_launch_shows_a_ready_example(window):
    snap = latest(window)
    assert window.controller.data.dataset.n > 0
    assert snap.model == "mlp" and snap.task == "classification"
    docks = {d.windowTitle() for d in window.findChildren(QDockWidget)}
    assert "Hyperparameters — you choose these" in docks
    assert "Parameters — the model learns these" in docks
    assert window.banner.isHidden()


def test_space_plays_and_the_loss_falls(qtbot, window):
    first = latest(window).train_loss
    window.controller.set_speed(None)
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.playing, timeout=3000)
    qtbot.waitUntil(lambda: latest(window).epoch >= 250, timeout=30000)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.playing, timeout=3000)
    assert latest(window).train_loss < 0.5 * first
    assert window.frame_sync.paints_seen > 0  # frames were acknowledged after painting
    assert "step" in window.training_bar.counters.text()


def test_right_arrow_steps_exactly_once(qtbot, window):
    start = latest(window).step
    window.canvas.clearFocus()  # with the focus, the canvas takes the arrows for its keyboard cursor
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: latest(window).step == start + 1, timeout=3000)
    qtbot.wait(150)
    assert latest(window).step == start + 1
    assert window.training_bar.counters.text().strip().startswith(f"step {start + 1}")


def test_epoch_button_completes_an_epoch(qtbot, window):
    window.training_bar.epoch_action.trigger()
    qtbot.waitUntil(lambda: latest(window).epoch == 1, timeout=5000)
    assert latest(window).examples_seen == window.controller.data.dataset.n_train


def test_reset_key_gives_the_same_start(qtbot, window):
    initial = {k: v.copy() for k, v in latest(window).parameters.items()}
    window.controller.step(30)
    qtbot.waitUntil(lambda: latest(window).step == 30, timeout=5000)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: latest(window).step == 0, timeout=3000)
    for name, value in initial.items():
        np.testing.assert_array_equal(latest(window).parameters[name], value)


def test_adding_a_layer_resets_and_updates_count_and_table(qtbot, window):
    window.controller.step(20)
    qtbot.waitUntil(lambda: latest(window).step == 20, timeout=5000)
    window.controller.set_hyperparameter("hidden_layers", (4, 2, 3))
    qtbot.waitUntil(lambda: latest(window).parameter_count == 12 + 10 + 9 + 4, timeout=5000)
    assert latest(window).step == 0
    assert "2-4-2-3-1" in latest(window).architecture
    assert "re-initialized" in window.statusBar().currentMessage()


def test_parameter_table_lists_every_parameter(qtbot, window):
    window.controller.step(3)
    qtbot.waitUntil(lambda: latest(window).step == 3, timeout=3000)
    names = flat_names(latest(window))
    panel = window.parameter_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == len(names), timeout=3000)
    history = window.controller.parameter_history
    assert history is not None and history.names == names


def test_divergence_pauses_and_shows_the_banner(qtbot, window):
    controller = window.controller
    controller.set_speed(None)
    controller.set_hyperparameter("model", "linear")
    controller.set_hyperparameter("features", ("x1", "x1^2"))
    controller.set_hyperparameter("learning_rate", 10.0)
    points_before = controller.data.dataset
    controller.play()
    qtbot.waitUntil(lambda: latest(window).diverged, timeout=10000)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert not controller.playing
    text = window.banner.text.text()
    assert "learning rate 10" in text and "Try" in text
    assert window.banner.fix_button.isVisible()
    assert controller.data.dataset is points_before
    suggested = float(window.banner.fix_button.text().split()[3])  # "Use learning rate 0.005 and reset"
    assert suggested in round_rates_below(10.0)  # the largest that trains from the same start (test_rate_search.py)
    qtbot.mouseClick(window.banner.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not latest(window).diverged and latest(window).step == 0, timeout=5000)
    assert controller.hyperparameters.learning_rate == pytest.approx(suggested)
    qtbot.waitUntil(lambda: window.banner.isHidden(), timeout=3000)


@pytest.mark.parametrize("batch_size", [10, 500])  # minibatches; full batch (every step ends an epoch)
def test_closing_while_training_stops_the_worker(qtbot, batch_size, thread_watch):
    """The worker hears the close between slices: a training loop that ignored it (as full batch once did) would
    run on for hours. How fast it stops: python -m gradientdesk.bench --micro."""
    from gradientdesk.ui.window.main_window import MainWindow

    win = MainWindow(settings=None)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
        win.start()
    assert win.controller.set_hyperparameter("batch_size", batch_size)
    win.controller.set_speed(None)
    win.controller.play()
    qtbot.waitUntil(lambda: win.controller.latest.step > 200, timeout=5000)
    win.close()  # at once, or (a slow machine) once the worker has ended
    qtbot.waitUntil(lambda: not win.isVisible() and thread_watch.running() == [], timeout=30_000)


def test_dock_layout_is_remembered(qtbot, tmp_path):
    from gradientdesk.ui.window.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.loss_dock.hide()
    first.close()
    second = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert second.loss_dock.isHidden()
    second.reset_layout()
    assert not second.loss_dock.isHidden()
    second.close()


def test_undo_redo_shortcuts_act_on_drawn_points(qtbot, window):
    controller = window.controller
    n = controller.data.dataset.n
    controller.add_points(np.array([[0.5, 0.5]]), 0)
    assert controller.data.dataset.n == n + 1
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.data.dataset.n == n
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.data.dataset.n == n + 1


def test_data_toolbar_shows_how_opened_data_were_made_and_keeps_what_was_typed(qtbot, window, tmp_path):
    controller, bar = window.controller, window.data_toolbar
    assert controller.load_preset("moons", n=123, noise=0.2, seed=7, test_fraction=0.3)
    path = tmp_path / "moons.gdesk"
    assert window.file_actions.save_to(path)
    assert controller.load_preset("circle", n=300, seed=1, test_fraction=0.5)
    assert (bar.n_box.value(), bar.seed_box.value(), bar.test_box.value()) == (300, 1, 50)

    window.file_actions.open_path(path)
    assert bar.preset_box.currentData() == "moons"
    assert (bar.n_box.value(), bar.seed_box.value(), bar.test_box.value()) == (123, 7, 30)
    assert bar.noise_box.value() == pytest.approx(0.2)
    # a lesson's data carry their own name; the box shows the preset they were generated from
    assert window.lessons.open_lesson_file("03-overfitting")
    assert controller.data.name != "polynomial" and bar.preset_box.currentData() == "polynomial"
    assert (bar.n_box.value(), bar.seed_box.value()) == (24, 6)
    window.file_actions.open_path(path)

    # a number typed for the next Generate survives drawing a point
    bar.n_box.selectAll()
    qtbot.keyClicks(bar.n_box, "500")
    bar.test_box.setValue(0)  # drawn points now all go to training
    n = controller.data.dataset.n
    where = window.canvas.data_to_widget(0.5, 0.5).toPoint()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert controller.data.dataset.n == n + 1
    assert not controller.data.dataset.is_test[-1]
    assert bar.n_box.text() == "500"  # not entered yet (no Enter): Generate reads the text shown
    bar.generate_action.trigger()
    assert controller.data.dataset.n == 500


def test_the_stage_names_each_view_on_a_button_and_each_view_explains_itself(qtbot, window):
    from PySide6.QtWidgets import QLabel

    from gradientdesk.ui.window.dock_titles import split_title
    from gradientdesk.ui.window.stage_views import STAGE_VIEWS

    assert split_title("Network diagram — neurons and weights") == ("Network diagram", "Neurons and weights.")
    stage = window.stage
    window.activateWindow()
    assert {button.text() for button in stage.buttons.values()} >= {
        "Network diagram", "Weight maps", "Parameter traces", "Update inspector", "Loss landscape", "Forward pass"}
    for number, spec in enumerate(STAGE_VIEWS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        view = stage.views[spec.name]
        qtbot.waitUntil(view.isVisible, timeout=2000)
        assert stage.view == spec.name and stage.view_actions[spec.name].isChecked()
        assert [name for name, other in stage.views.items() if other.isVisible()] == [spec.name]  # one at a time
        assert window.canvas.isVisible() != spec.alone  # beside the canvas, unless the view takes the stage
        shown = [label for label in view.findChildren(QLabel) if spec.description in label.text()]
        assert shown and all(label.isVisible() for label in shown), spec.name


def test_a_snapshot_without_a_new_output_map_still_repaints_the_canvas(qtbot, window):
    """The worker paces costly output maps; the frame it waits for is acknowledged on the canvas's paint, so the
    canvas must repaint for every snapshot, map or not (before: each such frame waited for the 40 ms fallback)."""
    from dataclasses import replace

    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    qtbot.waitUntil(lambda: latest(window) is not None and latest(window).output_grid is not None, timeout=5000)
    qtbot.wait(100)  # the first paints are over
    counter = PaintCounter(window.canvas)
    window.canvas.viewport().installEventFilter(counter)
    window.controller.snapshot_ready.emit(replace(latest(window), output_grid=None, batch_indices=None))
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=2000)
