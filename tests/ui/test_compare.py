"""Experiments → Compare runs…: the menu entry, run B as a copy of A, highlighted and listed differences, refused
input, the exact lockstep comparison (each run equal to its own Trainer), a run that diverges alone, up to 4 runs,
Adopt, and closing mid-run, in the real window (pytest-qt, offscreen). Nothing here measures time."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gradientdesk.engine import Trainer
from gradientdesk.ui.experiments.compare_dialog import CompareDialog
from gradientdesk.ui.experiments.compare_plan import RUN_COLORS
from gradientdesk.ui.panels.log_editor import LogFloatEditor

EPOCHS = 3
TIMEOUT = 60_000  # generous: the machine is shared


def open_dialog(win) -> CompareDialog:
    action = next(a for a in win.menus["experiments_menu"].actions() if a.text() == "&Compare runs…")
    action.trigger()
    dialog = win.compare.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_into(editor, text: str) -> None:
    """Type `text` into a number editor (the learning rate's text box or a spin box's line edit) and press Enter."""
    box = editor.edit if isinstance(editor, LogFloatEditor) else editor.lineEdit()
    box.selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


def run_to_end(qtbot, dialog, frames: list | None = None) -> None:
    assert dialog.start()
    if frames is not None:
        dialog.run_thread.frame_ready.connect(frames.append)
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)


def trained_alone(controller, hp, epochs: int = EPOCHS):
    trainer = Trainer(controller.data.dataset, hp)
    trainer.search_rates = False  # the message's rate search is not what is compared
    trainer.run_epochs(epochs)
    return trainer.snapshot()


def points(item) -> int:
    x = item.getData()[0]
    return 0 if x is None else len(x)


def test_menu_entry_opens_the_dialog(window):
    action = next(a for a in window.menus["experiments_menu"].actions() if a.text() == "&Compare runs…")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert "same starting parameters" in action.toolTip()
    dialog = open_dialog(window)
    assert window.compare.open() is dialog  # one dialog: opening again brings it forward
    screen = window.screen().availableGeometry()
    assert dialog.width() <= 1280 and dialog.height() <= 720 and dialog.width() <= screen.width()


def test_b_starts_as_a_copy_of_a(window):
    dialog = open_dialog(window)
    table = dialog.table
    assert table.runs == [window.controller.hyperparameters] * 2
    assert not any(table.differs(1, name) for name in table.fields)
    assert "B is the same as A" in dialog.differences.text()
    assert not table.editor(0, "learning_rate").isEnabled()  # A is the main window's run
    assert table.editor(1, "learning_rate").isEnabled()
    assert "same minibatches" in dialog.note.text()


def test_changing_b_highlights_and_lists_the_difference(window):
    dialog = open_dialog(window)
    table = dialog.table
    type_into(table.editor(1, "learning_rate"), "0.3")
    assert table.runs[1].learning_rate == 0.3 and table.runs[0].learning_rate == 0.03
    assert table.differs(1, "learning_rate") and not table.differs(1, "batch_size")
    assert "bold" in table.editor(1, "learning_rate").edit.styleSheet()
    assert table.editor(1, "batch_size").styleSheet() == ""
    assert "B differs: learning rate 0.3 (A 0.03)" in dialog.differences.text()
    table.editor(1, "optimizer").setCurrentIndex(table.editor(1, "optimizer").findData("momentum"))
    assert table.runs[1].optimizer == "momentum"
    assert table.editor(1, "momentum").isVisible() and not table.editor(0, "momentum").isEnabled()
    assert "optimizer Momentum (A SGD)" in dialog.differences.text()


def test_a_value_outside_the_limits_is_refused_naming_the_field(window):
    dialog = open_dialog(window)
    table = dialog.table
    type_into(table.editor(1, "learning_rate"), "30")
    assert table.runs[1].learning_rate == 0.03
    assert dialog.problem.isVisible()
    assert "Learning rate" in dialog.problem.text() and "from 1e-05 to 10" in dialog.problem.text()
    type_into(table.editor(1, "batch_size"), "0")
    assert table.runs[1].batch_size == 10
    assert "Batch size" in dialog.problem.text() and "from 1 to 100000" in dialog.problem.text()


def test_fields_that_change_the_structure_are_not_offered(window):
    dialog = open_dialog(window)
    fields = dialog.table.fields
    assert {"learning_rate", "optimizer", "batch_size", "regularization", "schedule", "initialization",
            "seed"} <= set(fields)
    assert not {"model", "hidden_layers", "activation", "features", "loss"} & set(fields)
    assert "structure" in dialog.table.labels["learning_rate"].toolTip()


def test_the_comparison_is_exact_and_in_lockstep(qtbot, window):
    controller = window.controller
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "learning_rate"), "0.3")
    dialog.epochs.setValue(EPOCHS)
    frames: list = []
    run_to_end(qtbot, dialog, frames)
    first = frames[0] if frames[0].runs[0].step == 0 else None
    a, b = dialog.histories[0].parameters[0], dialog.histories[1].parameters[0]
    assert np.array_equal(a, b)  # equal seeds: identical starting parameters
    assert first is None or np.array_equal(first.runs[0].parameters, first.runs[1].parameters)
    assert len(frames) > EPOCHS
    for frame in frames:  # lockstep: every run at the same step in every frame
        assert len({run.step for run in frame.runs}) == 1
    final = dialog.frame
    for run, hp in zip(final.runs, dialog.trained, strict=True):
        snap = trained_alone(controller, hp)
        assert run.step == snap.step and not run.diverged
        assert run.train_loss == pytest.approx(snap.train_loss, abs=1e-9)
        assert run.test_loss == pytest.approx(snap.test_loss, abs=1e-9)
        flat = np.concatenate([np.ravel(snap.parameters[s.name]) for s in snap.spec.slots])
        np.testing.assert_allclose(run.parameters, flat, atol=1e-9)
    assert final.runs[0].epoch == EPOCHS
    for run, label in zip(final.runs, dialog.table.now_labels, strict=False):  # the table's Now row, per run
        assert f"step {run.step:,}" in label.text()
        assert f"{run.train_loss:.3g} · {run.test_loss:.3g}" in label.text()
    # the plots: one loss curve pair and one trace per run, in the run's colour; the first weight traced
    assert dialog.parameter.currentText() == "dense1.W[0,0]"
    for i, (solid, dashed) in enumerate(dialog.losses.curves):
        assert solid.opts["pen"].color().name().lower() == RUN_COLORS[i].lower()
        assert len(solid.getData()[0]) == len(dialog.histories[i].steps)
        assert dashed.opts["pen"].style() == Qt.PenStyle.DashLine
    assert "25 parameters" in dialog.maps.titles[0].text and "A" in dialog.maps.titles[0].text
    assert final.maps is not None and len(final.maps) == 2
    dialog.log.setChecked(True)
    assert dialog.losses.getPlotItem().getAxis("left").logMode
    dialog.parameter.setCurrentText("dense1.b[0]")
    assert dialog.traces.getPlotItem().getAxis("left").labelText == "dense1.b[0]"


def test_a_huge_learning_rate_diverges_b_alone(qtbot, window):
    controller = window.controller
    assert controller.set_hyperparameter("activation", "linear")  # tanh units saturate and never diverge below 10
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "learning_rate"), "10")
    dialog.epochs.setValue(EPOCHS)
    run_to_end(qtbot, dialog)
    a, b = dialog.frame.runs
    assert b.diverged and not a.diverged
    assert a.epoch == EPOCHS  # A trained on to the end
    snap = trained_alone(controller, dialog.trained[1])
    assert snap.diverged and (snap.step, snap.diverged_step) == (b.step, b.diverged_step)
    assert f"diverged at step {b.diverged_step}" in dialog.maps.titles[1].text
    assert f"B diverged at step {b.diverged_step}" in dialog.progress.text()
    assert "✗" in dialog.table.now_labels[1].text() and "✗" not in dialog.table.now_labels[0].text()
    history = dialog.histories[1]
    assert history.diverged_step == b.diverged_step and history.steps[-1] <= b.diverged_step
    assert points(dialog.losses.ends[1]) == 1 and points(dialog.losses.ends[0]) == 0  # a cross where B ended
    assert dialog.histories[0].steps[-1] == a.step


def test_up_to_four_runs(qtbot, window):
    dialog = open_dialog(window)
    table = dialog.table
    assert table.add_run() and table.add_run()
    assert len(table.runs) == 4 and table.editor(3, "learning_rate").isVisible()
    assert not dialog.add_button.isEnabled()
    assert not table.add_run()
    assert "At most 4 runs" in dialog.problem.text()
    type_into(table.editor(2, "learning_rate"), "0.1")
    assert "C differs: learning rate 0.1" in dialog.differences.text()
    QTest.mouseClick(table.remove_buttons[0], Qt.MouseButton.LeftButton)  # remove B: C becomes B
    assert len(table.runs) == 3 and table.runs[1].learning_rate == 0.1
    assert "B differs: learning rate 0.1" in dialog.differences.text()
    dialog.epochs.setValue(1)
    run_to_end(qtbot, dialog)
    assert len(dialog.frame.runs) == 3 and len(dialog.maps.titles) == 3


def test_adopt_sets_the_main_windows_hyperparameters(qtbot, window):
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "learning_rate"), "0.3")
    dialog.table.editor(1, "batch_size").setValue(20)
    assert dialog.adopt_run.currentText() == "Run B"
    QTest.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    hp = window.controller.hyperparameters
    assert (hp.learning_rate, hp.batch_size) == (0.3, 20)
    assert "Adopted" in dialog.progress.text()
    assert dialog.table.runs[0] == hp  # A is the main window's run, which now is B's
    assert "B is the same as A" in dialog.differences.text()


def test_a_follows_the_main_window_and_b_keeps_its_differences(window):
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "learning_rate"), "0.3")
    assert window.controller.set_hyperparameter("batch_size", 25)
    a, b = dialog.table.runs
    assert (a.batch_size, b.batch_size, a.learning_rate, b.learning_rate) == (25, 25, 0.03, 0.3)
    assert dialog.table.editor(0, "batch_size").value() == 25


def test_closing_mid_run_stops_the_thread(qtbot, window, thread_watch):
    dialog = open_dialog(window)
    dialog.epochs.setValue(10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.runs[0].step >= 5, timeout=TIMEOUT)
    assert dialog.running and any("gradientdesk-compare" in t for t in thread_watch.running())
    dialog.close()
    assert [t for t in thread_watch.running() if "gradientdesk-compare" in t] == []
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: window.compare.dialog is None, timeout=TIMEOUT)


def test_stop_then_start_again(qtbot, window):
    dialog = open_dialog(window)
    dialog.epochs.setValue(10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.runs[0].step >= 5, timeout=TIMEOUT)
    dialog.stop()
    assert not dialog.running and "Stopped" in dialog.progress.text()
    dialog.epochs.setValue(1)
    run_to_end(qtbot, dialog)
    assert dialog.frame.runs[0].epoch == 1


def test_closing_the_window_mid_run_stops_the_thread(qtbot, make_window):
    win = make_window()
    dialog = open_dialog(win)
    dialog.epochs.setValue(10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None, timeout=TIMEOUT)
    # make_window's teardown closes the window and asserts that no thread is left running


def test_an_empty_canvas_is_refused_with_the_reason(window):
    window.controller.clear_points()
    dialog = open_dialog(window)
    assert not dialog.start()
    assert "empty" in dialog.problem.text() and dialog.run_thread is None


def test_runs_of_different_batch_sizes_are_each_exact(qtbot, window):
    """B with batch size 20 takes half the steps per epoch: both train in lockstep until B has done its epochs
    (B stops alone at its last epoch, A goes on), and each equals its own Trainer."""
    controller = window.controller
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "batch_size"), "20")
    dialog.epochs.setValue(2)
    frames: list = []
    run_to_end(qtbot, dialog, frames)
    a, b = dialog.frame.runs
    n = controller.data.dataset.n_train
    assert (a.epoch, b.epoch) == (2, 2)
    assert (a.step, b.step) == (2 * -(-n // 10), 2 * -(-n // 20))  # 2 epochs of 10 and of 20 points a step
    for frame in frames:  # the runs still training are at the same step
        steps = {run.step for run in frame.runs if run.stopped is None}
        assert len(steps) <= 1
    for run, hp in zip(dialog.frame.runs, dialog.trained, strict=True):
        snap = trained_alone(controller, hp, epochs=2)
        assert run.step == snap.step
        assert run.train_loss == pytest.approx(snap.train_loss, abs=1e-9)
    assert dialog.losses.curves[0][0].getData()[0][-1] == pytest.approx(2.0)  # the x axis counts epochs


def test_a_one_dimensional_fit_is_drawn_as_curves(qtbot, window):
    assert window.controller.set_hyperparameter("model", "polynomial")
    dialog = open_dialog(window)
    type_into(dialog.table.editor(1, "learning_rate"), "0.1")
    dialog.epochs.setValue(2)
    run_to_end(qtbot, dialog)
    assert dialog.frame.maps is not None and dialog.frame.maps[0].shape[0] == 1
    assert all(curve.isVisible() for curve in dialog.maps.curves)


def test_pca_cannot_be_compared_and_says_so(qtbot, window):
    assert window.controller.set_hyperparameter("model", "pca")
    dialog = open_dialog(window)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.run_thread is None, timeout=TIMEOUT)
    assert "PCA" in dialog.problem.text() and dialog.frame is None
    assert dialog.start_button.isEnabled()
