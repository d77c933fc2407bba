"""The canvas's points in one scatter per style: the same picture as one point at a time, and a brush stroke added to
the items instead of redrawn from scratch."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gradientdesk.engine import datasets
from gradientdesk.state.data_state import DataState
from gradientdesk.ui.plots.point_layers import PointLayers
from gradientdesk.ui.plots.point_styles import point_groups, point_styles


def positions_by_item(layers: PointLayers) -> list[np.ndarray]:
    return [np.column_stack([item.data["x"], item.data["y"]]) for item in layers.items if item.isVisible()]


def test_groups_draw_every_point_in_its_own_style(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    state = DataState.from_dataset(datasets.make("blobs", n=300, seed=3, test_fraction=0.3))
    groups, styles = point_groups(state)
    layers = PointLayers(widget.getPlotItem(), z=10)
    layers.set(np.asarray(state.dataset.X), groups, styles)
    sizes, pens, brushes = layers.drawn()
    assert sizes.size == 300 and len(positions_by_item(layers)) == len(np.unique(groups))
    per_point = point_styles(state)  # the same styles, point by point
    order = np.argsort(groups, kind="stable")
    np.testing.assert_array_equal(sizes, per_point[2][order])
    assert [p.color().name() for p in pens] == [p.color().name() for p in per_point[0][order]]
    assert [b.color().name() for b in brushes] == [b.color().name() for b in per_point[1][order]]


def test_points_added_at_the_end_are_appended_and_look_the_same_as_a_fresh_drawing(qtbot, monkeypatch):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    ds = datasets.make("circle", n=200, seed=1, test_fraction=0.5)
    state = DataState.from_dataset(ds)
    groups, styles = point_groups(state)
    layers = PointLayers(widget.getPlotItem(), z=10)
    X = np.asarray(ds.X)
    layers.set(X[:150], groups[:150], styles)
    resets = []
    monkeypatch.setattr(layers, "_reset", lambda *args: resets.append(args))  # an append must not redraw all
    layers.set(X, groups, styles)
    assert resets == []
    appended = positions_by_item(layers)
    fresh = PointLayers(widget.getPlotItem(), z=20)
    fresh.set(X, groups, styles)
    for a, b in zip(appended, positions_by_item(fresh), strict=True):
        np.testing.assert_array_equal(a, b)
    layers.set(X[:100], groups[:100], styles)  # erasing is not an append
    assert len(resets) == 1


def test_each_class_has_its_own_shape_as_well_as_its_colour_and_the_legend_shows_it(qtbot):
    """The second cue beside colour (colour-vision safety): class k is drawn as CLASS_SYMBOLS[k], train and test
    alike, and the legend names each class with the same shape."""
    from gradientdesk.ui.plots.canvas_legend import legend_html
    from gradientdesk.ui.plots.point_styles import CLASS_GLYPHS, CLASS_SYMBOLS

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    state = DataState.from_dataset(datasets.make("blobs", n=300, seed=3, test_fraction=0.3))
    groups, styles = point_groups(state)
    layers = PointLayers(widget.getPlotItem(), z=10)
    layers.set(np.asarray(state.dataset.X), groups, styles)
    y = np.asarray(state.dataset.y)
    for g, item in enumerate(layers.items):
        if not item.isVisible():
            continue
        k = g % 3  # train groups 0-2, then test groups 3-5
        drawn = {item.opts["symbol"] if s is None else s for s in item.data["symbol"]}  # None: the item's own
        assert drawn == {CLASS_SYMBOLS[k]}
        assert len(item.data) == int(np.sum(groups == g))
    assert set(np.unique(y)) == {0, 1, 2}
    text, _lines = legend_html(state, "softmax")
    assert all(CLASS_GLYPHS[k] in text for k in range(3))
    regression = DataState.from_dataset(datasets.make("sine", n=60, seed=1))
    assert {style[3] for style in point_groups(regression)[1]} == {"o"}  # no classes: one shape
