"""Experiments → Sweep a hyperparameter…: the menu entry, refused ranges, an exact learning-rate sweep in the real
window (divergence edge, best value, equal to a Trainer per run), Adopt, and closing mid-sweep.

The learning rate of this app goes up to 10, and the default 2-4-2-1 tanh network on 'circle' does not diverge
below that (its tanh units saturate, so the parameters grow slowly, not exponentially); the exact sweep therefore
uses the same network with linear hidden units, which diverge at the large rates within a few epochs."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gradientdesk.engine import Trainer
from gradientdesk.ui.experiments.sweep_plan import sweep_values

EPOCHS = 5
TIMEOUT = 60_000  # generous: the machine is shared; nothing here measures time


def open_dialog(win):
    action = next(a for a in win.menus["experiments_menu"].actions() if a.text() == "&Sweep a hyperparameter…")
    action.trigger()
    dialog = win.sweep.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def set_range(dialog, low: str, high: str, runs: int = 6, epochs: int = EPOCHS) -> None:
    dialog.low.setText(low)
    dialog.high.setText(high)
    dialog.runs.setValue(runs)
    dialog.epochs.setValue(epochs)


def run_to_end(qtbot, dialog) -> list:
    """Start the sweep, wait for its end; the frames its thread emitted, in order."""
    assert dialog.start()
    frames = []
    dialog.run_thread.frame_ready.connect(frames.append)
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    return frames


def test_menu_entry_opens_the_dialog(window):
    menu = window.menus["experiments_menu"]
    assert menu.title() == "&Experiments"
    titles = [m.title() for m in window.menuBar().findChildren(type(menu)) if m.parent() is window.menuBar()]
    assert titles.index("&Experiments") == titles.index("&Training") + 1
    action = menu.actions()[0]
    assert "same starting parameters" in action.toolTip()
    dialog = open_dialog(window)
    assert dialog.field.currentData() == "learning_rate"
    assert dialog.log.isChecked()
    assert window.sweep.open() is dialog  # one dialog: opening again brings it forward


@pytest.mark.parametrize(("low", "high", "words"), [
    ("1", "0.1", "reversed"), ("0.1", "0.1", "empty"), ("0.001", "30", "outside"), ("0", "1", "outside"),
    ("abc", "1", "not a number"),
])
def test_a_bad_range_is_refused_naming_the_field(window, low, high, words):
    dialog = open_dialog(window)
    set_range(dialog, low, high)
    assert not dialog.start()
    assert not dialog.running and dialog.run_thread is None
    message = dialog.problem.text()
    assert "Learning rate" in message and words in message
    assert "from 1e-05 to 10" in message  # the field's allowed range


def test_range_refusals_for_other_fields():
    with pytest.raises(ValueError, match=r"Batch size.*from 1 to 100000"):
        sweep_values("batch_size", 0, 10, 4, log=False)
    with pytest.raises(ValueError, match=r"2 to 16 runs"):
        sweep_values("learning_rate", 0.01, 1, 17, log=True)
    assert sweep_values("batch_size", 1, 150, 6, log=True) == (1, 3, 7, 20, 55, 150)


def test_a_learning_rate_sweep_is_exact_and_marks_the_edge_and_the_best(qtbot, window):
    controller = window.controller
    assert controller.settings.preset == "circle" and controller.hyperparameters.hidden_layers == (4, 2)
    assert controller.set_hyperparameter("activation", "linear")
    dialog = open_dialog(window)
    set_range(dialog, "0.001", "10")
    frames = run_to_end(qtbot, dialog)
    frame = dialog.frame
    assert [f.epoch for f in frames][-1] == EPOCHS and len(frames) >= 2  # a summary per epoch
    values = [run.value for run in frame.runs]
    assert values == list(sweep_values("learning_rate", 0.001, 10, 6, log=True))
    diverged = [run.diverged for run in frame.runs]
    assert diverged[0] is False and diverged[1] is False and diverged[-1] is True  # small train, large diverge
    assert diverged == sorted(diverged)
    low, high = frame.edge()
    largest_trained = max(run.value for run in frame.runs if not run.diverged)
    smallest_diverged = min(run.value for run in frame.runs if run.diverged)
    assert (low, high) == (largest_trained, smallest_diverged)
    region = dialog.plot.edge.getRegion()  # log10 coordinates on the log axis
    assert dialog.plot.edge.isVisible()
    assert math.log10(largest_trained) - 1e-9 <= region[0] <= region[1] <= math.log10(smallest_diverged) + 1e-9
    best = frame.best()
    trained = [(run.loss, i) for i, run in enumerate(frame.runs) if not run.diverged]
    assert best == min(trained)[1]
    assert dialog.plot.best.value() == pytest.approx(math.log10(values[best]))
    assert "diverged" in dialog.multiples.titles[-1].text
    assert frame.maps is not None and len(frame.maps) == 6
    for run in frame.runs:  # the sweep is exact: each run is its own Trainer (a diverged one back at its epoch start)
        snap = trained_alone(controller, run.value)
        assert (snap.diverged, snap.step) == (run.diverged, run.step)
        assert snap.train_loss == pytest.approx(run.train_loss, abs=1e-9)
        assert snap.test_loss == pytest.approx(run.test_loss, abs=1e-9)

    dialog.plot.run_clicked.emit(best)  # as a click on its point
    assert dialog.selected == best and dialog.adopt_button.isEnabled()
    messages = []
    controller.status.connect(messages.append)
    assert dialog.adopt()
    assert controller.hyperparameters.learning_rate == values[best]
    assert "Adopted" in dialog.selection.text()
    assert any("Learning rate changed" in m for m in messages)


def click_scene(view, scene_point) -> None:
    """A real left click on a pyqtgraph view at a point of its scene."""
    qtbot_pos = view.mapFromScene(scene_point)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, qtbot_pos)


def test_clicking_a_point_or_a_small_map_selects_its_run(qtbot, window):
    dialog = open_dialog(window)
    set_range(dialog, "0.01", "1", runs=4, epochs=2)
    run_to_end(qtbot, dialog)
    box = dialog.multiples.boxes[2]
    click_scene(dialog.multiples, box.sceneBoundingRect().center())
    qtbot.waitUntil(lambda: dialog.selected == 2, timeout=TIMEOUT)
    assert "Selected: learning rate 0.2154 " in dialog.selection.text()  # 0.01, 0.04642, 0.2154, 1
    assert dialog.multiples.frames[2].isVisible() and not dialog.multiples.frames[1].isVisible()
    run = dialog.frame.runs[1]
    view_box = dialog.plot.getPlotItem().getViewBox()
    click_scene(dialog.plot, view_box.mapViewToScene(QPointF(math.log10(run.value), run.loss)))
    qtbot.waitUntil(lambda: dialog.selected == 1, timeout=TIMEOUT)
    assert dialog.adopt_button.isEnabled()


def test_momentum_can_be_swept_once_the_optimizer_has_it(qtbot, window):
    dialog = open_dialog(window)
    names = lambda: [dialog.field.itemData(i) for i in range(dialog.field.count())]  # noqa: E731
    assert "momentum" not in names()
    assert window.controller.set_hyperparameter("optimizer", "momentum")
    assert "momentum" in names() and dialog.field.currentData() == "learning_rate"
    dialog.set_field("momentum")
    assert not dialog.log.isChecked() and (dialog.low.text(), dialog.high.text()) == ("0", "0.99")
    set_range(dialog, "0", "1.5", runs=3, epochs=2)
    assert not dialog.start() and "Momentum" in dialog.problem.text() and "from 0 to 0.999" in dialog.problem.text()
    set_range(dialog, "0", "0.9", runs=3, epochs=2)
    run_to_end(qtbot, dialog)
    assert [run.value for run in dialog.frame.runs] == [0.0, 0.45, 0.9]


def test_a_one_dimensional_fit_is_drawn_as_curves(qtbot, window):
    assert window.controller.set_hyperparameter("model", "polynomial")
    dialog = open_dialog(window)
    set_range(dialog, "0.001", "10", runs=4, epochs=3)
    run_to_end(qtbot, dialog)
    assert dialog.frame.maps is not None and dialog.frame.maps[0].shape[0] == 1
    assert all(curve.isVisible() for curve in dialog.multiples.curves)
    assert not any(image.isVisible() for image in dialog.multiples.images)


def test_pca_cannot_be_swept_and_says_so(qtbot, window):
    assert window.controller.set_hyperparameter("model", "pca")
    dialog = open_dialog(window)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.run_thread is None, timeout=TIMEOUT)
    assert "PCA" in dialog.problem.text() and dialog.frame is None
    assert dialog.start_button.isEnabled()


def test_closing_mid_sweep_stops_the_thread(qtbot, window, thread_watch):
    dialog = open_dialog(window)
    set_range(dialog, "0.001", "1", runs=16, epochs=10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.epoch >= 2, timeout=TIMEOUT)
    assert dialog.running
    assert any("gradientdesk-sweep" in t for t in thread_watch.running())
    dialog.close()
    assert [t for t in thread_watch.running() if "gradientdesk-sweep" in t] == []
    QApplication.sendPostedEvents()  # the deferred delete of the dialog
    qtbot.waitUntil(lambda: window.sweep.dialog is None, timeout=TIMEOUT)
    assert window.sweep.open().frame is None  # a fresh dialog


def test_stop_then_start_again(qtbot, window):
    dialog = open_dialog(window)
    set_range(dialog, "0.001", "1", runs=4, epochs=10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.epoch >= 1, timeout=TIMEOUT)
    dialog.stop()
    assert not dialog.running and "Stopped at epoch" in dialog.progress.text()
    set_range(dialog, "0.01", "1", runs=3, epochs=2)
    run_to_end(qtbot, dialog)  # the first sweep's queued frames and end do not disturb the second
    assert [round(run.value, 6) for run in dialog.frame.runs] == [0.01, 0.1, 1.0]
    assert dialog.frame.epoch == 2


def test_closing_the_window_mid_sweep_stops_the_thread(qtbot, make_window):
    win = make_window()
    dialog = open_dialog(win)
    set_range(dialog, "0.001", "1", runs=8, epochs=10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.epoch >= 1, timeout=TIMEOUT)
    # make_window's teardown closes the window and asserts that no thread is left running


def trained_alone(controller, rate: float):
    """A Trainer of the controller's data and settings with learning rate `rate`, after EPOCHS epochs."""
    trainer = Trainer(controller.data.dataset, controller.hyperparameters.replace(learning_rate=rate))
    trainer.search_rates = False  # the message's rate search is not what is compared
    trainer.run_epochs(EPOCHS)
    return trainer.snapshot()


def test_an_empty_canvas_is_refused_with_the_reason(window):
    window.controller.clear_points()
    dialog = open_dialog(window)
    assert not dialog.start()
    assert "empty" in dialog.problem.text() and dialog.run_thread is None


def test_a_batch_size_sweep_adopts_a_whole_number(qtbot, window):
    dialog = open_dialog(window)
    dialog.set_field("batch_size")
    assert dialog.log.isChecked() and dialog.low.text() == "1"
    set_range(dialog, "1", "150", runs=6, epochs=1)
    run_to_end(qtbot, dialog)
    assert [run.value for run in dialog.frame.runs] == [1, 3, 7, 20, 55, 150]
    dialog.select(3)
    assert dialog.adopt()
    assert window.controller.hyperparameters.batch_size == 20
    assert isinstance(window.controller.hyperparameters.batch_size, int)
    assert dialog.low.text() == "1" and dialog.high.text() == "150"  # adopting keeps the range typed


def test_opening_and_closing_the_dialog_leaves_nothing_behind(qtbot, window):
    from gradientdesk.ui.experiments.sweep_dialog import SweepDialog

    for _ in range(20):
        dialog = window.sweep.open()
        dialog.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(SweepDialog) == [] and window.sweep.dialog is None


def test_the_loss_plot_keeps_its_ranges_and_shows_every_run(qtbot, window):
    """The plot's ranges are set by the sweep, not by autorange at every frame (an axis re-ticks, the costliest part
    of its paint, only when its range changes), yet every run's point lies inside them."""
    dialog = open_dialog(window)
    set_range(dialog, "0.003", "0.3", runs=8, epochs=12)
    frames = run_to_end(qtbot, dialog)
    plot = dialog.plot
    assert plot.getPlotItem().getViewBox().autoRangeEnabled() == [False, False]
    assert plot.x_range.changes == 1  # the values never move
    assert plot.y_range.changes < len(frames) / 2
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    for run in dialog.frame.runs:
        assert x0 < math.log10(run.value) < x1
        assert run.diverged or y0 <= run.loss <= y1


def test_a_long_epoch_also_shows_frames_from_within_it(qtbot, window, monkeypatch):
    """An epoch longer than a frame (here: every slice of one step, a frame after each) shows the runs' losses as
    they go; those frames say the epochs finished so far and keep the last maps; the sweep still ends exact."""
    from gradientdesk.ui.experiments import sweep_worker

    monkeypatch.setattr(sweep_worker, "FRAME_S", 0.0)
    monkeypatch.setattr(sweep_worker, "SLICE_S", 1e-6)  # slices of one step
    dialog = open_dialog(window)
    set_range(dialog, "0.01", "0.3", runs=3, epochs=2)
    frames = run_to_end(qtbot, dialog)
    within = [f for f in frames if f.epoch == 1 and f.maps is None and not f.finished]
    assert len(within) >= 2
    steps = [f.runs[0].step for f in frames]
    assert steps == sorted(steps) and len(set(steps)) > len({f.epoch for f in frames})  # steps inside epochs
    assert frames[-1].epoch == 2 and frames[-1].finished and frames[-1].maps is not None
    assert dialog.multiples.images[0].image is not None  # the maps stayed on show through the frames without


def test_a_sweep_of_long_epochs_trains_half_its_runs_in_the_helper_process_and_stays_exact(qtbot, window,
                                                                                            monkeypatch):
    """Epochs of many run-steps (here: the threshold lowered to 0) share the runs with the engine's helper process
    (the other core); every run still equals its own Trainer, and the helper is free again once the sweep ends."""
    from gradientdesk.engine import run_helper
    from gradientdesk.engine.run_set import RunSet
    from gradientdesk.ui.experiments import sweep_worker

    if not run_helper.sharing_allowed():
        pytest.skip("one core, or sharing switched off")
    shared = []

    class Recorded(RunSet):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            shared.append(self.helper_runs)

    monkeypatch.setattr(sweep_worker, "SHARE_FROM_RUN_STEPS", 0)
    monkeypatch.setattr(sweep_worker, "RunSet", Recorded)
    controller = window.controller
    assert controller.set_hyperparameter("activation", "linear")
    dialog = open_dialog(window)
    set_range(dialog, "0.001", "10")
    run_to_end(qtbot, dialog)
    assert shared == [(3, 4, 5)]
    for run in dialog.frame.runs:
        snap = trained_alone(controller, run.value)
        assert (snap.diverged, snap.step) == (run.diverged, run.step)
        assert snap.train_loss == pytest.approx(run.train_loss, abs=1e-9)
    qtbot.waitUntil(lambda: not run_helper._HELPER.leased, timeout=TIMEOUT)


def test_a_sweep_of_short_epochs_trains_every_run_in_the_window_process(window):
    """The default sweep (6 runs of 2-4-2-1 on circle's training points, batch 10): a few hundred run-steps an
    epoch, where the helper would only compete with the window for the cores."""
    from gradientdesk.ui.experiments.sweep_worker import SHARE_FROM_RUN_STEPS, SweepThread

    controller = window.controller
    hps = [controller.hyperparameters.replace(learning_rate=lr) for lr in (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)]
    thread = SweepThread(controller.data.dataset, hps, "learning_rate", 1, None)
    n = controller.data.dataset.n_train
    assert thread.epoch_run_steps() == 6 * -(-n // 10) < SHARE_FROM_RUN_STEPS
