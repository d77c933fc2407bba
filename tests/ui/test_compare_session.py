"""A comparison saved with the session and opened again (session version 2, "comparison"): the runs come back in the
Compare dialog with their settings, steps, losses and curves, and Continue trains every run on from where it was
(its parameters and optimizer state), in the real window (pytest-qt, offscreen). Nothing here measures time."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gradientdesk.engine import Hyperparameters, Trainer
from gradientdesk.io.session import load_session
from gradientdesk.ui.experiments.compare_dialog import CompareDialog

TIMEOUT = 60_000


def compare_two(qtbot, window, epochs: int = 3) -> CompareDialog:
    window.controller.set_hyperparameters(window.controller.hyperparameters.replace(optimizer="adam",
                                                                                   learning_rate=0.01))
    dialog = window.compare.open()
    dialog.epochs.setValue(epochs)
    assert dialog.table.set_value(1, "learning_rate", 0.05)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    return dialog


def test_a_comparison_is_saved_with_the_session_and_opens_where_it_was(qtbot, make_window, tmp_path):
    window = make_window()
    dialog = compare_two(qtbot, window)
    steps = [run.step for run in dialog.frame.runs]
    losses = [run.train_loss for run in dialog.frame.runs]
    saved = window.compare.saved()
    assert saved is not None and saved.epochs == 3 and [r.counters[0] for r in saved.runs] == steps
    assert [r.hyperparameters.learning_rate for r in saved.runs] == [0.01, 0.05]
    assert saved.runs[0].optimizer.name == "adam" and saved.runs[0].optimizer.t == steps[0]
    path = tmp_path / "compared.gdesk"
    assert window.file_actions.save_to(path)
    assert load_session(path).comparison.same_content(saved)

    other = make_window()
    assert other.file_actions.open_path(path) == ""
    opened = other.compare.dialog
    assert opened is not None and opened.isVisible()
    assert [hp.learning_rate for hp in opened.table.runs] == [0.01, 0.05]
    assert [run.step for run in opened.frame.runs] == steps
    np.testing.assert_allclose([run.train_loss for run in opened.frame.runs], losses, rtol=1e-12)
    assert [len(h.steps) for h in opened.histories] == [len(h.steps) for h in dialog.histories]
    assert "step" in opened.progress.text() and opened.continue_button.isEnabled()
    assert opened.frame.maps is not None  # each run's map, computed from its saved parameters

    # Continue: two more epochs from the saved state equal a Trainer restored from it
    opened.epochs.setValue(2)
    qtbot.mouseClick(opened.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.frame.finished and not opened.running and opened.frame.runs[0].step > steps[0],
                    timeout=TIMEOUT)
    dataset = other.controller.data.dataset
    for run, saved_run in zip(opened.frame.runs, saved.runs, strict=True):
        trainer = Trainer(dataset, saved_run.hyperparameters.replace(max_epochs=0))
        trainer.search_rates = False
        trainer.resume(saved_run.parameters, saved_run.counters, saved_run.optimizer.state, saved_run.optimizer.t)
        trainer.run_epochs(2)
        assert run.step == trainer.step_count > saved_run.counters[0]
        np.testing.assert_allclose(run.train_loss, trainer.snapshot().train_loss, rtol=1e-9)
    assert all(len(h.steps) > n for h, n in zip(opened.histories, [len(h.steps) for h in dialog.histories],
                                                 strict=True))


def test_a_comparison_that_no_longer_fits_the_model_is_left_out_of_the_file(qtbot, make_window, tmp_path):
    window = make_window()
    compare_two(qtbot, window, epochs=1)
    window.compare.dialog.close()
    qtbot.waitUntil(lambda: window.compare.dialog is None, timeout=5000)
    assert window.compare.saved() is None  # closed: its runs are gone
    dialog = compare_two(qtbot, window, epochs=1)
    assert window.compare.saved() is not None
    window.controller.set_hyperparameters(window.controller.hyperparameters.replace(hidden_layers=(3,)))
    path = tmp_path / "changed.gdesk"
    assert window.file_actions.save_to(path)  # saved without the runs of another structure, never refused
    assert load_session(path).comparison is None
    assert dialog.isVisible()


def test_continue_is_offered_only_when_there_is_something_to_continue(qtbot, make_window):
    window = make_window()
    dialog = window.compare.open()
    assert not dialog.continue_button.isEnabled()
    compare_two(qtbot, window, epochs=1)
    assert dialog.continue_button.isEnabled()
    QTest.keyClick(dialog.epochs.lineEdit(), Qt.Key.Key_Up)
    assert dialog.continue_button.isEnabled()
    assert isinstance(window.controller.hyperparameters, Hyperparameters)


def test_a_sweep_is_saved_with_the_session_and_opens_with_its_edge_and_best_run(qtbot, make_window, tmp_path):
    window = make_window()
    assert window.controller.set_hyperparameter("activation", "linear")
    dialog = window.sweep.open()
    dialog.set_field("learning_rate")
    dialog.low.setText("0.001")
    dialog.high.setText("10")
    dialog.runs.setValue(5)
    dialog.epochs.setValue(4)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    frame = dialog.frame
    assert any(run.diverged for run in frame.runs) and not all(run.diverged for run in frame.runs)
    saved = window.sweep.saved()
    assert saved is not None and saved.field == "learning_rate" and saved.log and len(saved.runs) == 5
    path = tmp_path / "swept.gdesk"
    assert window.file_actions.save_to(path)
    loaded = load_session(path)
    assert loaded.sweep.same_content(saved) and loaded.comparison is None

    other = make_window()
    assert other.file_actions.open_path(path) == ""
    opened = other.sweep.dialog
    assert opened is not None and opened.isVisible() and other.compare.dialog is None
    assert opened.field.currentData() == "learning_rate" and opened.runs.value() == 5 and opened.log.isChecked()
    assert [run.value for run in opened.frame.runs] == [run.value for run in frame.runs]
    assert [run.diverged for run in opened.frame.runs] == [run.diverged for run in frame.runs]
    assert opened.frame.edge() == frame.edge() and opened.frame.best() == frame.best()
    for a, b in zip(opened.frame.runs, frame.runs, strict=True):
        if not b.diverged:
            np.testing.assert_allclose(a.train_loss, b.train_loss, rtol=1e-12)
            assert a.step == b.step
    assert opened.plot.edge.isVisible() and opened.frame.maps is not None
    assert "Opened from the file" in opened.progress.text()
