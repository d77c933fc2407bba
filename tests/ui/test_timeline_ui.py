"""The timeline (issue 12, item 3): the slider above the loss curves goes back to any kept step and every view shows
it; "Back to now" loses nothing; "Continue from here" trains on from the step seen and drops the later ones."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt


def trained(qtbot, window, steps: int = 300):
    """`steps` steps in ten presses of Step: ten snapshots at least, each a keyframe while the timeline is short."""
    controller = window.controller
    for press in range(1, 11):
        controller.step(steps // 10)
        qtbot.waitUntil(lambda press=press: controller.latest.step >= press * (steps // 10), timeout=10_000)
    row = window.loss_plot.timeline_row
    row.refresh()
    assert len(controller.timeline) > 3 and row.slider.isEnabled()
    return controller, row


def scrub(qtbot, row, key: Qt.Key, times: int = 1) -> None:
    row.slider.setFocus()
    for _ in range(times):
        qtbot.keyClick(row.slider, key)


def test_home_on_the_slider_shows_the_first_kept_step_in_every_view(qtbot, window):
    controller, row = trained(qtbot, window)
    history_rows = len(controller.loss_history)
    scrub(qtbot, row, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=2000)
    first = controller.timeline.frames[0]
    preview = controller.preview
    assert preview.step == first.step < controller.live.step and controller.latest is preview
    assert row.where.text().startswith(f"step {first.step:,} of {controller.live.step:,}")
    assert row.continue_button.isVisible() and row.back_button.isVisible()
    table = window.parameter_panel.model  # paced: it catches up with the step on show within a few frames
    expected = np.concatenate([np.ravel(first.parameters[n]) for n in preview.spec.names])
    qtbot.waitUntil(lambda: np.array_equal(table.column_values(1), expected), timeout=2000)
    plot = window.loss_plot  # the metric's plot is shown only when the dock has room for two plots
    assert plot.preview_lines[0].isVisible() and all(
        line.isVisible() for line, shown in zip(plot.preview_lines, (True, plot.metric_shown), strict=True) if shown)
    # its gradient: downhill from that step over every training point (a keyframe keeps none of its own)
    from gradientdesk.engine import Trainer

    at_first = Trainer(controller.data.dataset, first.hyperparameters)
    at_first.model.set_parameters(dict(first.parameters))
    _loss, expected_gradients = at_first.objective_and_gradients(*controller.data.dataset.split("train"))
    for name, gradient in expected_gradients.items():
        np.testing.assert_allclose(preview.gradients[name], gradient, atol=1e-12)
    assert len(controller.loss_history) == history_rows  # a look back changes no history
    scrub(qtbot, row, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: controller.preview is None, timeout=2000)
    assert not any(line.isVisible() for line in window.loss_plot.preview_lines)
    newest = np.concatenate([np.ravel(controller.latest.parameters[n]) for n in controller.latest.spec.names])
    qtbot.waitUntil(lambda: np.array_equal(table.column_values(1), newest), timeout=2000)


def test_continue_from_here_trains_on_from_the_step_seen_and_drops_the_later_ones(qtbot, window):
    controller, row = trained(qtbot, window)
    scrub(qtbot, row, Qt.Key.Key_Home)
    scrub(qtbot, row, Qt.Key.Key_Right, 2)
    assert row.slider.value() == 2 and controller.live.step == 300  # Right moved the slider, not a training step
    qtbot.waitUntil(lambda: controller.preview is not None and controller.preview.step ==
                    controller.timeline.frames[2].step, timeout=2000)
    frame = controller.timeline.frames[2]
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000,
                          check_params_cb=lambda snap: snap.step == frame.step and "preview" not in snap.extras):
        qtbot.mouseClick(row.continue_button, Qt.MouseButton.LeftButton)
    latest = controller.latest
    assert all(np.array_equal(latest.parameters[n], frame.parameters[n]) for n in frame.parameters)
    assert controller.loss_history.column("step")[-1] == frame.step  # the later rows are gone
    assert controller.timeline.steps[-1] == frame.step and controller.preview is None
    controller.step(5)
    qtbot.waitUntil(lambda: controller.latest.step == frame.step + 5, timeout=5000)


def test_play_while_looking_back_goes_on_from_the_newest_step(qtbot, window):
    controller, _row = trained(qtbot, window, 100)
    newest = controller.latest.step
    assert controller.preview_step(controller.timeline.frames[1].step) is not None
    controller.step(3)
    qtbot.waitUntil(lambda: controller.latest.step == newest + 3, timeout=5000)
    assert controller.preview is None


def test_a_reset_empties_the_timeline(qtbot, window):
    controller, row = trained(qtbot, window, 100)
    controller.reset()
    qtbot.waitUntil(lambda: controller.latest.step == 0, timeout=5000)
    assert len(controller.timeline) <= 1 and not row.slider.isEnabled()
    qtbot.waitUntil(lambda: not row.isVisible(), timeout=2000)  # nothing to go back to: the row steps aside


def test_branch_opens_compare_with_every_run_starting_from_the_step_on_show(qtbot, window):
    controller, row = trained(qtbot, window, 200)
    frame = controller.timeline.frames[3]
    controller.preview_step(frame.step)
    qtbot.waitUntil(row.branch_button.isVisible, timeout=2000)
    qtbot.mouseClick(row.branch_button, Qt.MouseButton.LeftButton)
    dialog = window.compare.dialog
    assert dialog is not None and dialog.branch is frame
    assert f"Branched from step {frame.step:,}" in dialog.note.text()
    dialog.epochs.setValue(1)  # one more epoch from there
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished, timeout=20_000)
    steps_per_epoch = 15  # 150 training points in minibatches of 10
    for point in dialog.frame.runs:  # A and B went on from the keyframe for one more epoch (a fresh pass)
        assert point.step == frame.step + steps_per_epoch and point.stopped == "max_epochs"
    dialog.close()


def test_keep_pins_the_step_on_show_through_every_thinning(qtbot, window):
    controller, row = trained(qtbot, window, 100)
    frame = controller.timeline.frames[2]
    controller.preview_step(frame.step)
    qtbot.waitUntil(row.keep_button.isVisible, timeout=2000)
    qtbot.mouseClick(row.keep_button, Qt.MouseButton.LeftButton)
    assert controller.timeline.at(frame.step).pinned
    assert row.keep_button.text() == "Kept" and not row.keep_button.isEnabled()


def test_a_weight_typed_while_looking_back_changes_the_newest_step_and_shows_it(qtbot, window):
    from gradientdesk.engine import ScalarRef

    controller, _row = trained(qtbot, window, 100)
    newest = controller.live.step
    controller.preview_step(controller.timeline.frames[1].step)
    assert controller.set_parameter_value(ScalarRef("dense1.W", (0, 0)), 0.5, spec=controller.latest.spec) == ""
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"][0, 0] == 0.5, timeout=3000)
    assert controller.preview is None and controller.latest.step == newest
