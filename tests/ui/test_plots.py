"""The three pyqtgraph views (data canvas, loss plot, parameter traces), driven through real widgets and a real
controller with its worker thread (the `controller` fixture)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from python_work import lines_run

from gradientdesk.engine import Hyperparameters, SlotSpec, build_model, datasets
from gradientdesk.engine.model_spec import Wiring
from gradientdesk.ui.plots.contour import iso_segments
from gradientdesk.ui.plots.data_canvas import DataCanvas
from gradientdesk.ui.plots.drawing_tools import DrawingTools
from gradientdesk.ui.plots.loss_plot import LossPlot
from gradientdesk.ui.plots.parameter_traces import ParameterTraces
from gradientdesk.ui.plots.trace_groups import drawn_subset, group_slots

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
MOVE_PAUSE_MS = 15  # pyqtgraph drops mouse moves closer than 10 ms apart (mouseRateLimit = 100 per second)


# ---- helpers --------------------------------------------------------------------------------------------------------
@pytest.fixture
def canvas(qtbot, controller):
    view = DataCanvas(controller)
    qtbot.addWidget(view)
    view.resize(520, 520)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.output_grid is not None, timeout=5000)
    return view


def widget_pos(canvas: DataCanvas, x: float, y: float) -> QPoint:
    return canvas.data_to_widget(x, y).toPoint()


def click(qtbot, canvas: DataCanvas, x: float, y: float, button=LEFT) -> None:
    qtbot.mouseClick(canvas.viewport(), button, pos=widget_pos(canvas, x, y))
    qtbot.wait(450)  # longer than a double-click interval: the next click is a click of its own


def drag(qtbot, canvas: DataCanvas, path: list[tuple[float, float]], button=LEFT) -> None:
    """Press at the first point, move through the others with the button held, release at the last."""
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, button, pos=widget_pos(canvas, *path[0]))
    for x, y in path[1:]:
        qtbot.wait(MOVE_PAUSE_MS)
        qtbot.mouseMove(viewport, pos=widget_pos(canvas, x, y))
    qtbot.wait(MOVE_PAUSE_MS)
    qtbot.mouseRelease(viewport, button, pos=widget_pos(canvas, *path[-1]))
    qtbot.wait(MOVE_PAUSE_MS)


def empty_spot(controller, radius: float = 0.8) -> tuple[float, float]:
    """A place on the canvas with no point within `radius`."""
    X = controller.data.dataset.X
    for x, y in [(5.5, 5.5), (-5.5, 5.5), (5.5, -5.5), (-5.5, -5.5), (0.0, 5.6), (5.6, 0.0)]:
        if np.min(np.hypot(X[:, 0] - x, X[:, 1] - y)) > radius:
            return x, y
    raise AssertionError("no empty spot on the canvas")


def pg_point(x: float, y: float) -> QPointF:
    return QPointF(float(x), float(y))


def wait_for_grid(qtbot, controller, shape: tuple[int, ...], model: str | None = None) -> None:
    def ready() -> bool:
        snap = controller.latest
        return (snap is not None and snap.output_grid is not None and snap.output_grid.shape == shape
                and (model is None or snap.model == model))

    qtbot.waitUntil(ready, timeout=5000)


def segments(curve) -> list[np.ndarray]:
    """The runs of finite points of a curve drawn with connect="finite"."""
    y = np.asarray(curve.yData, dtype=np.float64)
    finite = np.isfinite(y)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], finite.astype(int), [0]])))
    return [y[a:b] for a, b in zip(edges[0::2], edges[1::2], strict=True)]


def wait_until_traces_current(qtbot, traces: ParameterTraces, controller) -> None:
    """Wait until the (rate-limited) traces show every row of the controller's parameter history."""

    def current() -> bool:
        history = controller.parameter_history
        curve = traces.curves.get("dense1.W")
        return (history is not None and curve is not None and curve.yData is not None
                and len(segments(curve)[0]) == len(history))

    qtbot.waitUntil(current, timeout=3000)


# ---- data canvas: drawing -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("class_index", [0, 1])
def test_left_click_adds_one_point_of_the_chosen_class_and_undo_removes_it(qtbot, controller, canvas, class_index):
    canvas.tools.class_index = class_index
    x, y = empty_spot(controller)
    before = controller.data.n_points
    undo_count = controller.undo_stack.count()
    click(qtbot, canvas, x, y)
    ds = controller.data.dataset
    assert ds.n == before + 1
    assert np.allclose(ds.X[-1], (x, y), atol=3 * canvas.pixel_size())
    assert ds.y[-1] == class_index
    assert controller.undo_stack.count() == undo_count + 1
    controller.undo_stack.undo()
    assert controller.data.n_points == before


def test_drag_adds_several_points_as_one_undo_step(qtbot, controller, canvas):
    before = controller.data.n_points
    undo_count = controller.undo_stack.count()
    path = [(-4.0 + 0.5 * i, -5.0) for i in range(13)]  # 6 data units to the right
    drag(qtbot, canvas, path)
    added = controller.data.n_points - before
    assert added >= 5, f"a 6-unit drag added only {added} points"
    assert added <= 6.0 / canvas.tools.dab_spacing() + 2  # at most one dab per radius/2 of movement
    new = controller.data.dataset.X[before:]
    assert np.allclose(new[:, 1], -5.0, atol=0.1) and new[:, 0].min() < -3.5 and new[:, 0].max() > 1.5
    assert controller.undo_stack.count() == undo_count + 1
    controller.undo_stack.undo()
    assert controller.data.n_points == before


def test_right_click_erases_the_point_under_the_cursor(qtbot, controller, canvas):
    x, y = empty_spot(controller)
    controller.add_points(np.array([[x, y]]), 1)
    n = controller.data.n_points
    assert canvas.points_near((x, y), 0.01).tolist() == [n - 1]
    click(qtbot, canvas, x, y, button=RIGHT)
    X = controller.data.dataset.X
    assert controller.data.n_points == n - 1
    assert np.min(np.hypot(X[:, 0] - x, X[:, 1] - y)) > 0.5


def test_right_drag_erases_along_the_path_as_one_undo_step(qtbot, controller, canvas):
    x, y = empty_spot(controller, radius=1.5)
    dx = -1.0 if x > 0 else 1.0
    controller.add_points(np.array([[x, y], [x + dx, y]]), 0)
    n, undo_count = controller.data.n_points, controller.undo_stack.count()
    drag(qtbot, canvas, [(x, y), (x + 0.25 * dx, y), (x + 0.5 * dx, y), (x + 0.75 * dx, y), (x + dx, y)], RIGHT)
    assert controller.data.n_points == n - 2
    assert controller.undo_stack.count() == undo_count + 1


def test_eraser_tool_makes_a_left_click_erase(qtbot, controller, canvas):
    x, y = empty_spot(controller)
    controller.add_points(np.array([[x, y]]), 0)
    n = controller.data.n_points
    canvas.tools.tool = "eraser"
    click(qtbot, canvas, x, y)
    assert controller.data.n_points == n - 1


def test_spray_scatters_points_in_the_brush_disc():
    tools = DrawingTools()
    tools.radius, tools.spray = 0.5, 20
    points = tools.dab((1.0, 2.0))
    assert points.shape == (20, 2)
    assert np.all(np.hypot(points[:, 0] - 1.0, points[:, 1] - 2.0) <= 0.5)
    assert len(np.unique(points[:, 0])) == 20
    tools.spray = 1
    assert tools.dab((1.0, 2.0)).tolist() == [[1.0, 2.0]]


def test_click_on_1d_regression_data_adds_x_with_the_height_as_target(qtbot, controller, canvas):
    controller.load_preset("line")
    wait_for_grid(qtbot, controller, (1, 200, 1))
    before = controller.data.n_points
    click(qtbot, canvas, 2.0, -4.0)
    ds = controller.data.dataset
    assert ds.n == before + 1 and ds.X.shape[1] == 1
    tolerance = 3 * canvas.pixel_size()
    assert abs(ds.X[-1, 0] - 2.0) < tolerance and abs(ds.y[-1] + 4.0) < tolerance


# ---- data canvas: output --------------------------------------------------------------------------------------------
def test_heatmap_and_boundary_follow_the_snapshot_grid(qtbot, controller, canvas):
    snap = controller.latest
    grid = snap.output_grid
    assert grid.shape == (100, 100, 1)
    image = canvas.heatmap.image
    assert image is not None and image.shape[:2] == grid.shape[:2]
    # where the model says class 1 the map leans to class 1's colour (blue), elsewhere to class 0's (orange)
    blue = image[..., 2].astype(int) - image[..., 0].astype(int)
    class1 = grid[..., 0] > 0.5
    if class1.any() and (~class1).any():
        assert blue[class1].mean() > blue[~class1].mean()
    assert canvas.boundary.isVisible() == bool(class1.any() and (~class1).any())


def test_multiclass_map_blends_class_colours_and_draws_boundaries(qtbot, controller, canvas):
    controller.load_preset("blobs")
    wait_for_grid(qtbot, controller, (100, 100, 3))
    controller.step(200)
    qtbot.waitUntil(lambda: controller.latest.step >= 200, timeout=10000)
    assert canvas.heatmap.image.shape == (100, 100, 3)
    assert len(canvas.boundary.xData) > 20
    assert "C" in canvas.getPlotItem().titleLabel.text  # the legend names the third class


def test_1d_regression_draws_the_prediction_curve_on_the_grid_x(qtbot, controller, canvas):
    controller.load_preset("line")
    controller.set_hyperparameter("model", "linear")
    wait_for_grid(qtbot, controller, (1, 200, 1), model="linear")
    assert np.allclose(canvas.curve.xData, np.linspace(-6, 6, 200))
    assert np.allclose(canvas.curve.yData, controller.latest.output_grid[0, :, 0])
    assert canvas.curve.isVisible() and not canvas.heatmap.isVisible()
    assert canvas.getPlotItem().getAxis("left").labelText == "y (target)"


def test_divergence_shows_the_last_finite_model_in_colour_and_says_so(qtbot, controller, canvas):
    """Not a grey map nobody explains: the map and boundary of the model the trainer put back, captioned."""
    snap = dataclasses.replace(controller.latest, diverged=True, diverged_step=controller.latest.step + 1)
    controller.snapshot_ready.emit(snap)
    image = canvas.heatmap.image
    assert not (np.all(image[..., 0] == image[..., 1]) and np.all(image[..., 1] == image[..., 2]))
    assert canvas.boundary.isVisible()
    title = canvas.getPlotItem().titleLabel.text
    assert f"Training diverged at step {snap.step + 1}" in title and "model before it diverged" in title
    controller.snapshot_ready.emit(dataclasses.replace(snap, diverged=False, diverged_step=None))
    assert "diverged" not in canvas.getPlotItem().titleLabel.text


def test_minibatch_is_ringed_when_stepping_slowly(qtbot, controller, canvas):
    for target in (1, 2):
        controller.step(1)
        qtbot.waitUntil(lambda t=target: controller.latest.step == t, timeout=5000)
    snap = controller.latest
    assert canvas.batch.isVisible()
    ringed = np.column_stack(canvas.batch.getData())
    assert np.allclose(ringed, controller.data.dataset.X[snap.batch_indices])


def test_pca_shows_components_and_reconstructions(qtbot, controller, canvas):
    controller.set_hyperparameter("model", "pca")
    qtbot.waitUntil(lambda: controller.latest.model == "pca", timeout=5000)
    snap = controller.latest
    assert canvas.pca.lines[0].isVisible() and canvas.pca.labels[0].toPlainText() == "PC1"
    W, b = np.asarray(snap.parameters["pca.W"]), np.asarray(snap.parameters["pca.b"]).ravel()
    X = controller.data.dataset.X
    expected = b + ((X - b) @ W) @ W.T
    drawn = np.column_stack(canvas.pca.reconstructions.getData())
    assert np.allclose(drawn, expected)
    assert not canvas.heatmap.isVisible()


def circle_grid(n: int) -> tuple[np.ndarray, float]:
    """Distances from the origin on an n x n grid over [-6, 6]^2, and the grid step."""
    xs = np.linspace(-6, 6, n)
    gx, gy = np.meshgrid(xs, xs)
    return np.hypot(gx, gy), 12 / (n - 1)


def test_marching_squares_finds_a_circle_without_a_python_loop_per_cell():
    radius, step = circle_grid(100)
    x, y = iso_segments(radius, 3.0, -6, step, -6, step)
    assert len(x) > 100 and len(x) % 2 == 0
    assert np.allclose(np.hypot(x, y), 3.0, atol=0.01)
    # vectorized: 16 times the cells, the same Python (its speed: python -m gradientdesk.bench --micro)
    big, big_step = circle_grid(400)
    assert len(iso_segments(big, 3.0, -6, big_step, -6, big_step)[0]) > 3 * len(x)
    small_work = lines_run(lambda: iso_segments(radius, 3.0, -6, step, -6, step))
    assert lines_run(lambda: iso_segments(big, 3.0, -6, big_step, -6, big_step)) == small_work


# ---- loss plot ------------------------------------------------------------------------------------------------------
def test_loss_plot_has_a_point_per_history_row_and_a_log_switch(qtbot, controller):
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    plot.show()
    controller.step(20)
    qtbot.waitUntil(lambda: controller.latest.step >= 20, timeout=5000)
    n = len(controller.loss_history)
    qtbot.waitUntil(lambda: len(plot.train_curve.xData) == n, timeout=2000)
    assert len(plot.test_curve.xData) == n and len(plot.train_metric_curve.xData) == n
    assert np.allclose(plot.train_curve.yData, controller.loss_history.column("train_loss"))
    assert "accuracy" in plot.values_label.text() and "%" in plot.values_label.text()
    assert plot.loss_plot.getAxis("left").logMode is False
    qtbot.mouseClick(plot.log_box, LEFT, pos=QPoint(6, plot.log_box.height() // 2))
    assert plot.log_box.isChecked()
    assert plot.loss_plot.getAxis("left").logMode is True
    hi = plot.loss_plot.getViewBox().viewRange()[1][1]
    assert hi < 1.0  # the range is in log10 units now
    plot.log_box.setChecked(False)
    assert plot.loss_plot.getAxis("left").logMode is False


def test_loss_plot_clears_on_history_reset(qtbot, controller):
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    controller.step(5)
    qtbot.waitUntil(lambda: plot.train_curve.xData is not None and len(plot.train_curve.xData) > 1, timeout=5000)
    controller.history_reset.emit()
    assert plot.train_curve.xData is None or len(plot.train_curve.xData) == 0


# ---- parameter traces -----------------------------------------------------------------------------------------------
def test_traces_draw_one_line_per_parameter_grouped_by_layer(qtbot, controller):
    traces = ParameterTraces(controller)
    qtbot.addWidget(traces)
    controller.step(10)
    qtbot.waitUntil(lambda: controller.latest.step >= 10, timeout=5000)
    wait_until_traces_current(qtbot, traces, controller)
    history = controller.parameter_history
    lines = {key: segments(curve) for key, curve in traces.curves.items()}
    assert sum(len(v) for v in lines.values()) == len(history.names) == controller.latest.parameter_count
    assert len(lines["dense1.W"]) == 8 and len(lines["dense1.b"]) == 4 and len(lines["dense3.b"]) == 1
    first = history.names.index("dense1.W[0,0]")
    assert np.allclose(lines["dense1.W"][0], history.values[:, first])
    assert traces.legend_entries == ["layer 1", "layer 2", "layer 3"]
    assert traces.model.rowCount() == len(history.names)


def test_selecting_a_parameter_highlights_its_column(qtbot, controller):
    traces = ParameterTraces(controller)
    qtbot.addWidget(traces)
    controller.step(10)
    qtbot.waitUntil(lambda: controller.latest.step >= 10, timeout=5000)
    name = "dense2.W[1,0]"
    controller.select_parameter(name)
    history = controller.parameter_history
    column = history.names.index(name)
    assert np.allclose(traces.highlight.yData, history.values[:, column])
    assert np.allclose(traces.highlight.xData, history.steps)
    assert name in traces.info_label.text()
    assert traces.names_view.currentIndex().data() == name
    # and the other way round: choosing in the list selects in the controller
    other = traces.proxy.mapFromSource(traces.model.index(history.names.index("dense1.b[2]"), 0))
    traces.names_view.setCurrentIndex(other)
    assert controller.selection == "dense1.b[2]"


def test_a_large_network_draws_a_subset_but_lists_every_parameter(qtbot, controller):
    traces = ParameterTraces(controller)
    qtbot.addWidget(traces)
    controller.set_hyperparameter("hidden_layers", (64,) * 8)
    qtbot.waitUntil(lambda: controller.latest.parameter_count > 29000, timeout=10000)
    controller.step(3)
    qtbot.waitUntil(lambda: controller.latest.step >= 3, timeout=10000)
    qtbot.waitUntil(lambda: len(traces.names) == controller.latest.parameter_count, timeout=5000)
    total = controller.latest.parameter_count
    assert traces.model.rowCount() == total
    drawn = sum(len(segments(c)) for c in traces.curves.values() if c.yData is not None)
    assert drawn == 3000
    assert f"showing 3,000 of {total:,}" in traces.subset_label.text()


def test_subset_keeps_every_bias_and_spreads_the_weights():
    real = build_model(Hyperparameters(model="logistic"), datasets.make("circle", n=40, seed=1),
                       np.random.default_rng(0)).spec
    # a layer larger than the hyperparameters allow: 5000 weights, then 100 biases
    spec = dataclasses.replace(real, slots=(SlotSpec("dense1.W", (100, 50), True, 1, 0, Wiring()),
                                            SlotSpec("dense1.b", (100,), False, 1, 5000, Wiring())))
    names = list(spec.flat_names)
    assert names[0] == "dense1.W[0,0]" and names[5000] == "dense1.b[0]"
    groups = group_slots(spec, max_lines=1000)
    assert [(g.key, g.label, g.is_bias) for g in groups] == [("dense1.W", "layer 1", False),
                                                             ("dense1.b", "layer 1", True)]
    drawn = np.concatenate([g.drawn for g in groups])
    assert drawn.size == 1000
    assert set(range(5000, 5100)) <= set(drawn.tolist())
    weights = np.sort(drawn[drawn < 5000])
    assert weights[0] == 0 and weights[-1] == 4999 and np.ptp(np.diff(weights)) <= 1
    assert drawn_subset(names[:10], [False], [np.arange(10)]).tolist() == list(range(10))


def test_clicking_near_a_line_selects_that_parameter(qtbot, controller):
    traces = ParameterTraces(controller)
    qtbot.addWidget(traces)
    traces.resize(700, 400)
    traces.show()
    qtbot.waitExposed(traces)
    controller.step(10)
    qtbot.waitUntil(lambda: controller.latest.step >= 10, timeout=5000)
    wait_until_traces_current(qtbot, traces, controller)
    history = controller.parameter_history
    row = len(history) // 2
    values = history.values[row].astype(np.float64)
    gaps = np.abs(values[:, None] - values[None, :]) + np.diag(np.full(values.size, np.inf))
    target = int(np.argmax(gaps.min(axis=1)))  # the line farthest from all others at that step
    vb = traces.plot.getViewBox()
    scene_pos = vb.mapViewToScene(pg_point(history.steps[row], values[target]))
    pos = traces.plot_widget.mapFromScene(scene_pos)
    qtbot.mouseClick(traces.plot_widget.viewport(), LEFT, pos=pos)
    assert controller.selection == history.names[target]


def test_hovering_shows_the_brush_outline(qtbot, controller, canvas):
    qtbot.mouseMove(canvas.viewport(), pos=widget_pos(canvas, -2.0, 3.0))
    qtbot.waitUntil(canvas.cursor.isVisible, timeout=1000)
    rect = canvas.cursor.rect()
    assert abs(rect.center().x() + 2.0) < 0.1 and abs(rect.center().y() - 3.0) < 0.1
    assert abs(rect.width() - 2 * canvas.tools.radius) < 1e-9


def test_views_set_their_ranges_rarely_while_training(qtbot, controller, canvas):
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    plot.show()
    range_before = canvas.view_box.viewRange()
    received = []
    controller.snapshot_ready.connect(received.append)
    controller.play()
    qtbot.waitUntil(lambda: len(received) >= 30, timeout=10000)
    controller.pause()
    assert canvas.view_box.viewRange() == range_before  # the canvas never rescales
    assert canvas.view_box.autoRangeEnabled() == [False, False]
    assert plot.loss_plot.getViewBox().autoRangeEnabled() == [False, False]
    assert plot.x_range.changes + plot.y_range.changes < len(received) / 2


def test_a_range_shows_at_least_its_minimum_span_ahead_of_growing_curves_or_around_the_data(qtbot):
    import pyqtgraph as pg

    from gradientdesk.ui.plots.plot_items import ManualRange

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    view = widget.getViewBox()
    epochs = ManualRange(view, "x", pad=0.0, grow=0.3, min_span=1.0)
    assert epochs.update(0.0, 0.0) and epochs.current == pytest.approx((0.0, 1.3))  # not 0 .. 0.3 of an epoch
    assert not epochs.update(0.0, 0.9)  # still inside
    metric = ManualRange(view, "y", pad=0.0, min_span=0.1)
    metric.update(0.95, 0.95)
    assert metric.current == pytest.approx((0.9, 1.0))  # centred on the one value


def test_a_fresh_loss_plot_reads_in_whole_epochs(qtbot, controller):
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    plot.show()
    qtbot.waitUntil(lambda: plot.x_range.current is not None, timeout=3000)  # the first snapshot's single point
    assert plot.loss_plot.getViewBox().viewRange()[0] == pytest.approx([0.0, 1.3])
    bottom = plot.loss_plot.getAxis("bottom")
    assert bottom.labelString().count("epoch") == 1 and "x0.001" not in bottom.labelString()


def test_a_closed_canvas_ignores_the_frames_still_arriving(qtbot, controller, canvas):
    """A frame or data change queued while the canvas closes (a test's teardown, a window shut mid-run) must not
    reach a canvas whose plot item pyqtgraph has dropped."""
    canvas.close()
    assert canvas.closed
    controller.snapshot_ready.emit(controller.latest)  # what a frame already queued delivers
    controller.data_changed.emit(controller.data)
    controller.hyperparameters_changed.emit(controller.hyperparameters, False)
    assert canvas.close()  # a second close (the test's teardown) is harmless


def test_a_short_loss_dock_shows_the_loss_alone_and_a_tall_one_both_plots(qtbot, controller):
    """On a 720-px screen the loss dock is short: the accuracy's plot gives its room to the loss (its value stays in
    the line of numbers above); with room for two readable plots both are drawn."""
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    plot.resize(700, 420)
    plot.show()
    qtbot.waitUntil(lambda: plot._metric_name == "accuracy" and plot.metric_shown, timeout=5000)
    assert plot.metric_plot.isVisible() and plot.loss_plot.getAxis("bottom").style["showValues"]
    plot.resize(700, 170)
    qtbot.waitUntil(lambda: not plot.metric_shown, timeout=3000)
    assert not plot.metric_plot.isVisible()
    assert "accuracy" in plot.values_label.text()
    loss_height = plot.loss_plot.height()
    assert loss_height >= 0.8 * plot.graphics.height()  # the loss takes the plot area (margins aside)
    plot.resize(700, 420)
    qtbot.waitUntil(lambda: plot.metric_shown, timeout=3000)
    assert plot.metric_plot.isVisible()
