"""The Theme: one value from which the views build their pens, fonts and point sizes, and rebuild them when it
changes (presentation mode is a larger Theme)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gradientdesk.ui.theme.theme import CONTRAST_LINES, DEFAULT_THEME, Theme


def test_sizes_follow_scale_and_contrast(qapp):
    theme = Theme(scale=1.5, contrast=True, base_pt=10)
    assert theme.pen("#123456", 2).widthF() == pytest.approx(2 * 1.5 * CONTRAST_LINES)
    assert theme.pen("#123456", 0).widthF() == pytest.approx(1.5 * CONTRAST_LINES)  # a cosmetic 0 counts as 1
    assert theme.pen("#123456").isCosmetic() and theme.pen("#123456", style=Qt.PenStyle.DashLine).style() == \
        Qt.PenStyle.DashLine
    assert theme.thin_pen("#123456").widthF() == 1.0  # bundles of lines stay cheap to paint
    assert theme.font().pointSizeF() == pytest.approx(15) and theme.font().bold()
    assert theme.font(8, bold=False).pointSizeF() == pytest.approx(12) and not theme.font(8, bold=False).bold()
    assert theme.size(9) == pytest.approx(13.5) and theme.pixels(56) == 84
    assert theme.css(10) == {"font-size": "15pt", "color": "#000000", "font-weight": "bold"}
    assert DEFAULT_THEME.css() == {"font-size": "9pt", "color": "#000000"}
    assert Theme.presenting(1.6, True).palette.outline == "#000000" and DEFAULT_THEME.palette.outline == "#FFFFFF"


def readings(window) -> dict:
    canvas, loss, traces = window.canvas, window.loss_plot, window.traces
    axis = loss.loss_plot.getAxis("left")
    return {
        "boundary": canvas.boundary.opts["pen"].widthF(),
        "batch": (canvas.batch.opts["size"], canvas.batch.opts["pen"].widthF()),
        "ring": canvas.inspected.opts["size"],
        "points": canvas.points.drawn()[0].copy(),
        "outlines": sorted({pen.color().name() for pen in canvas.points.drawn()[1]}),
        "pca_arrow": canvas.pca.arrows[0].opts["headLen"],
        "train_curve": loss.train_curve.opts["pen"].widthF(),
        "axis_width": axis.maximumWidth(),
        "tick_pt": axis.style["tickFont"].pointSizeF(),
        "tick_bold": axis.style["tickFont"].bold(),
        "legend_pt": loss.legend.items[0][1].opts["size"],
        "caption_pt": loss.metric_caption.textItem.font().pointSizeF(),
        "highlight": traces.highlight.opts["pen"].widthF(),
        "title": canvas.getPlotItem().titleLabel.text,
    }


def test_views_rebuild_their_pens_and_fonts_and_come_back_exactly(qtbot, window):
    before = readings(window)
    window.set_theme(Theme.presenting(2.0, True, window.desk_theme.base_pt))
    during = readings(window)
    lines = 2.0 * CONTRAST_LINES
    assert during["boundary"] == pytest.approx(before["boundary"] * lines)
    assert during["batch"][0] == pytest.approx(2 * before["batch"][0])
    assert during["batch"][1] == pytest.approx(before["batch"][1] * lines)
    assert during["ring"] == pytest.approx(2 * before["ring"])
    np.testing.assert_allclose(during["points"], 2 * before["points"])
    assert before["outlines"] == ["#0072b2", "#e69f00", "#ffffff"] and "#ffffff" not in during["outlines"]
    assert during["pca_arrow"] == pytest.approx(2 * before["pca_arrow"])
    assert during["train_curve"] == pytest.approx(before["train_curve"] * lines)
    assert during["axis_width"] == 2 * before["axis_width"]
    assert during["tick_pt"] == pytest.approx(2 * before["tick_pt"]) and during["tick_bold"]
    assert during["legend_pt"] == "20pt" and before["legend_pt"] == "10pt"
    assert during["caption_pt"] == pytest.approx(2 * before["caption_pt"])
    assert during["highlight"] == pytest.approx(before["highlight"] * lines)
    assert "font-size:20pt" in during["title"] and "font-size:10pt" in before["title"]
    window.set_theme(window.desk_theme)
    after = readings(window)
    np.testing.assert_array_equal(after.pop("points"), before.pop("points"))
    during.pop("points")
    assert after == before


def test_what_a_view_draws_later_is_drawn_with_the_current_theme(qtbot, window):
    controller = window.controller
    theme = Theme.presenting(1.5, False, window.desk_theme.base_pt)
    window.set_theme(theme)
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        controller.load_preset("line")  # new points, and a regression curve whose pen is set for every snapshot
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        controller.step(3)
    canvas = window.canvas
    assert canvas.curve.opts["pen"].widthF() == pytest.approx(3 * 1.5)
    assert canvas.points.drawn()[0].min() == pytest.approx(9 * 1.5)
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        controller.load_preset("circle")
    assert controller.set_hyperparameter("hidden_layers", (6, 6, 6))  # a new architecture: new trace curves
    qtbot.waitUntil(lambda: len(window.traces.curves) == 8, timeout=5000)
    assert all(curve.opts["pen"].widthF() == 1.0 for curve in window.traces.curves.values())
    assert window.traces.highlight.opts["pen"].widthF() == pytest.approx(3 * 1.5)


def test_the_regression_colour_bar_is_made_in_the_current_theme(qtbot, window):
    controller, canvas = window.controller, window.canvas
    window.set_theme(Theme.presenting(2.0, False, window.desk_theme.base_pt))
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        controller.load_preset("plane")  # 2-D regression: the colour bar appears
    bar = canvas.color_bar
    assert bar.shown and bar.bar.getAxis("right").style["tickFont"].pointSizeF() == pytest.approx(
        2 * window.desk_theme.base_pt)
    window.set_theme(window.desk_theme)
    assert bar.shown and bar.bar.getAxis("right").style["tickFont"].pointSizeF() == pytest.approx(
        window.desk_theme.base_pt)
