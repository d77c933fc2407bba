"""A diverged run keeps what the learner should see: the loss curve up to the explosion (clipped, marked
'diverged'), the last finite model on the canvas with a caption saying so, and a suggested rate that trains."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.resource_paths import resource_path
from gradientdesk.ui.window.stage_views import view_names

LESSON_02 = resource_path("lessons", "02-learning-rate.md")
SHOTS = os.environ.get("GRADIENTDESK_SHOTS")  # a folder: the views after the divergence are saved there as PNGs


def _diverge_lesson_02(qtbot, window, rate: float = 0.3, speed: float | None = 30):
    """Lesson 02 at its 'far too large' rate, trained at the lesson's pace (30 steps a second) until it diverges."""
    controller = window.controller
    session = lesson_session(read_lesson(LESSON_02, view_names()))
    controller.replace_everything(session.data, session.hyperparameters.replace(learning_rate=rate))
    controller.set_speed(speed)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.step == 0
                    and (controller.latest.dataset_version, controller.latest.hp_version) == controller.versions,
                    timeout=5000)
    controller.play()
    qtbot.waitUntil(lambda: controller.latest.diverged, timeout=10000)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    window.loss_plot.refresh()
    return controller.latest


def test_loss_curve_stays_up_to_the_explosion_clipped_and_marked(qtbot, window):
    snap = _diverge_lesson_02(qtbot, window)
    plot = window.loss_plot
    xs, ys = plot.train_curve.getData()
    assert xs is not None and len(xs) >= 2, "the loss curve is empty after the divergence"
    assert np.all(np.isfinite(ys))
    mark = plot.diverged_mark
    assert mark.line.isVisible() and mark.line.label.toPlainText() == "diverged"
    assert mark.epoch == pytest.approx(snap.diverged_step, abs=1e-9)  # full batch: one step is one epoch
    assert mark.epoch >= xs[-1]
    # the loss axis is fitted to the start of the curve, not to the explosion (~1e12): the run-away is cut off
    _lo, hi = plot.loss_plot.getViewBox().viewRange()[1]
    history = window.controller.loss_history.column("train_loss")
    assert hi < 1e3 < np.nanmax(history)
    assert hi > ys[0]
    # the run-away is drawn just beyond the top edge, never at coordinates Qt cannot paint (a segfault in the suite)
    range_lo, range_hi = plot.y_range.current
    assert hi < np.nanmax(ys) <= range_hi + (range_hi - range_lo) + 1e-9
    assert f"diverged at step {snap.diverged_step}" in plot.values_label.text()
    cx, cy = plot.clipped.getData()  # the losses off the scale: triangles on the top edge
    assert len(cx) == int(np.sum(history > range_hi)) > 0
    assert np.allclose(cy, plot.y_range.current[1])
    if SHOTS:
        plot.grab().save(os.path.join(SHOTS, "loss_plot_diverged.png"))


def test_log_scale_shows_the_whole_explosion(qtbot, window):
    _diverge_lesson_02(qtbot, window, 0.12, speed=None)
    plot = window.loss_plot
    plot.set_log_scale(True)
    _xs, ys = plot.train_curve.getData()
    _lo, hi = plot.loss_plot.getViewBox().viewRange()[1]
    assert hi >= np.log10(np.nanmax(ys))  # nothing cut off: a log axis reads the run-away
    np.testing.assert_allclose(np.nanmax(ys), np.log10(np.nanmax(window.controller.loss_history.column("train_loss"))))
    assert len(plot.clipped.getData()[0]) == 0 and plot.diverged_mark.line.isVisible()
    if SHOTS:
        plot.grab().save(os.path.join(SHOTS, "loss_plot_log.png"))
    plot.set_log_scale(False)
    assert len(plot.clipped.getData()[0]) > 0


@pytest.mark.parametrize("rate", [0.3, 0.12])
def test_unlimited_speed_still_draws_every_step_up_to_the_explosion(qtbot, window, rate):
    """At full speed the worker publishes one snapshot for many steps; the diverged snapshot's run-up (losses the
    trainer measured at the kept epoch starts) fills the curve in."""
    snap = _diverge_lesson_02(qtbot, window, rate, speed=None)
    history = window.controller.loss_history
    steps = history.column("step")
    assert steps[-1] == snap.diverged_step - 1 and np.all(np.diff(steps) > 0)
    assert len(steps) >= min(snap.diverged_step, 20)  # full batch: one row per step, the last 20 at least
    xs, ys = window.loss_plot.train_curve.getData()
    assert len(xs) == len(steps) and np.all(np.isfinite(ys))
    if SHOTS:
        window.loss_plot.grab().save(os.path.join(SHOTS, f"loss_plot_fast_{rate:g}.png"))


def test_canvas_shows_the_last_finite_model_and_says_so(qtbot, window):
    snap = _diverge_lesson_02(qtbot, window)
    canvas = window.canvas
    assert canvas.curve.isVisible()  # 1-D regression: the prediction line of the last finite model
    _xs, ys = canvas.curve.getData()
    assert np.allclose(ys, snap.output_grid[0, :, 0])
    assert canvas.curve.opts["pen"].style() == Qt.PenStyle.SolidLine
    title = canvas.getPlotItem().titleLabel.text
    assert f"Training diverged at step {snap.diverged_step}" in title
    assert f"the model before it diverged (step {snap.step})" in title
    if SHOTS:
        canvas.grab().save(os.path.join(SHOTS, "canvas_diverged.png"))
        window.grab().save(os.path.join(SHOTS, "window_diverged.png"))


def test_one_click_fix_suggests_a_rate_that_trains(qtbot, window):
    _diverge_lesson_02(qtbot, window)
    banner = window.banner
    assert banner.fix_button.isVisible()
    assert banner.fix_button.text() == "Use learning rate 0.1 and reset"  # was 0.002 (lr / 150 of a good rate)
    qtbot.mouseClick(banner.fix_button, Qt.MouseButton.LeftButton)
    controller = window.controller
    assert controller.hyperparameters.learning_rate == pytest.approx(0.1)
    qtbot.waitUntil(lambda: not controller.latest.diverged and controller.latest.step == 0, timeout=5000)
    assert not window.loss_plot.diverged_mark.line.isVisible()
    assert "diverged" not in window.canvas.getPlotItem().titleLabel.text
