"""The loss landscape view and its refresh policy: the exact bowl of a linear regression with the optimizer's path
and the downhill arrow, a labelled 2-D slice for a network, pairs picked by name, grids computed by the worker only
when the old one went stale."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from gradientdesk.bridge import landscape_service as service_module
from gradientdesk.bridge.landscape_service import MIN_INTERVAL, LandscapeService, grid_ranges
from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets
from gradientdesk.engine.landscape import Landscape, compute


@pytest.fixture
def view(qtbot, controller):
    from gradientdesk.ui.inspect.landscape_view import LandscapeView

    widget = LandscapeView(controller)
    qtbot.addWidget(widget)
    widget.resize(640, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for_landscape(qtbot, view, pair):
    qtbot.waitUntil(lambda: view.service.landscape is not None and view.pair == pair
                    and (view.service.landscape.request.first.flat, view.service.landscape.request.second.flat)
                    == pair, timeout=10000)
    return view.service.landscape


def test_linear_regression_shows_its_exact_bowl_path_and_downhill_arrow(qtbot, controller, view):
    controller.load_preset("line")
    controller.set_hyperparameter("model", "linear")
    controller.set_hyperparameter("learning_rate", 0.01)
    qtbot.waitUntil(lambda: controller.latest.model == "linear", timeout=5000)
    pair = ("dense1.W[0,0]", "dense1.b[0]")
    landscape = wait_for_landscape(qtbot, view, pair)
    assert landscape.others.size == 0
    assert "exact landscape" in view.note.text() and "Exact landscape" in view.plot.titleLabel.text
    assert view.image.isVisible() and view.image.image.shape == (41, 41)
    assert len(view.contours.xData) > 50
    controller.step(40)
    qtbot.waitUntil(lambda: controller.latest.step == 40, timeout=10000)
    qtbot.waitUntil(lambda: view.path.xData is not None and len(view.path.xData) >= 2, timeout=5000)
    view.refresh()
    snap = controller.latest
    w, b = float(snap.parameters["dense1.W"][0, 0]), float(snap.parameters["dense1.b"][0])
    assert np.array_equal(np.column_stack(view.point.getData())[0], [w, b])
    history = controller.parameter_history
    assert np.allclose(view.path.yData, history.values[:, history.names.index("dense1.b[0]")])
    # the arrow points down the full-batch gradient at the current point
    X, y = controller.data.dataset.split("train")
    r = w * X[:, 0] + b - y
    g = np.array([2 * np.mean(r * X[:, 0]), 2 * np.mean(r)])
    assert view.gradient == pytest.approx(tuple(g), rel=1e-9)
    assert view.arrow.isVisible()
    xs, ys = view.arrow.xData, view.arrow.yData
    assert (xs[0], ys[0]) == (w, b)
    direction = np.array([xs[1] - xs[0], ys[1] - ys[0]])
    assert np.dot(direction, -g) / (np.linalg.norm(direction) * np.linalg.norm(g)) == pytest.approx(1.0)
    # the grid's lowest point is the least-squares solution to a cell, when it lies on the grid
    lstsq, *_ = np.linalg.lstsq(np.column_stack([X[:, 0], np.ones(len(X))]), y, rcond=None)
    grid = view.service.landscape
    if grid.xs[0] <= lstsq[0] <= grid.xs[-1] and grid.ys[0] <= lstsq[1] <= grid.ys[-1]:
        lowest = np.column_stack(view.minimum.getData())[0]
        assert abs(lowest[0] - lstsq[0]) <= grid.xs[1] - grid.xs[0]
        assert abs(lowest[1] - lstsq[1]) <= grid.ys[1] - grid.ys[0]


def test_a_network_gets_a_labelled_slice_of_the_selected_layer(qtbot, controller, view):
    controller.select_parameter("dense2.W[1,0]")
    pair = ("dense2.W[0,0]", "dense2.W[0,1]")
    landscape = wait_for_landscape(qtbot, view, pair)
    others = controller.latest.parameter_count - 2
    assert f"the other {others:,} parameters are held" in view.note.text()
    assert "2-D slice" in view.plot.titleLabel.text
    assert landscape.others.size == others
    assert not view.arrow.isVisible()  # the arrow is for the exact two-parameter picture
    assert view.plot.getAxis("bottom").labelText == "dense2.W[0,0]"


def test_a_wide_short_view_puts_the_text_beside_a_square_plot_and_a_tall_one_below(qtbot, controller, view):
    wait_for_landscape(qtbot, view, ("dense1.W[0,0]", "dense1.W[0,1]"))
    view.resize(1000, 260)  # the default: a tab under the canvas
    qtbot.waitUntil(lambda: view.text_scroll.x() >= view.plot_widget.geometry().right(), timeout=3000)
    grid = view.plot.getViewBox().sceneBoundingRect()
    assert grid.width() < 1.6 * grid.height()  # not a wide strip with a tiny picture in its middle
    whole = view.plot.geometry()
    assert whole.width() <= view.plot_widget.width() + 1  # title, axes and colour bar are not cut off
    view.resize(500, 700)  # floated or docked at a side
    qtbot.waitUntil(lambda: view.text_scroll.y() >= view.plot_widget.geometry().bottom(), timeout=3000)
    assert view.plot_widget.width() > 400
    view.resize(330, 300)  # squeezed among other open views: the text scrolls, the plot keeps most of the height
    qtbot.waitUntil(lambda: view.plot_widget.height() >= 0.55 * view.height(), timeout=3000)


def test_picking_two_parameters_by_name_shows_their_landscape(qtbot, controller, view):
    wait_for_landscape(qtbot, view, ("dense1.W[0,0]", "dense1.W[0,1]"))
    assert view.first.choose("dense3.b[0]")
    landscape = wait_for_landscape(qtbot, view, ("dense3.b[0]", "dense1.W[0,1]"))
    assert landscape.request.first == ScalarRef("dense3.b", (0,))
    assert view.second.choose("dense2.W[1,1]")
    landscape = wait_for_landscape(qtbot, view, ("dense3.b[0]", "dense2.W[1,1]"))
    snap = controller.latest
    b, w = float(snap.parameters["dense3.b"][0]), float(snap.parameters["dense2.W"][1, 1])
    (x0, x1), (y0, y1) = landscape.request.x_range, landscape.request.y_range
    assert x0 < b < x1 and y0 < w < y1
    assert not view.first.choose("no such thing")
    assert view.pair == ("dense3.b[0]", "dense2.W[1,1]")


# ---- the refresh policy, with a stand-in controller whose "worker" answers at once ---------------------------------
class FakeController(QObject):
    landscape_ready = Signal(object)
    playing = False

    def __init__(self, trainer: Trainer) -> None:
        super().__init__()
        self.trainer = trainer
        self.requests = []

    def compute_landscape(self, request) -> None:
        self.requests.append(request)
        X, y = self.trainer.dataset.split("train")
        self.landscape_ready.emit(compute(self.trainer.model, X, y, request))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_grid_is_asked_for_only_when_stale(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(service_module.time, "perf_counter", clock)
    trainer = Trainer(datasets.make("circle", n=60, seed=1), Hyperparameters(model="mlp", hidden_layers=(3,)))
    fake = FakeController(trainer)
    service = LandscapeService(fake)
    service.set_pair(ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1)))
    snap = trainer.snapshot()
    assert service.check(snap) and service.reason == "first"
    assert service.landscape is not None
    clock.now += 10
    assert not service.check(snap)  # nothing moved
    # the other parameters move by 1%: still fine; by 3%: stale, but not before MIN_INTERVAL has passed
    params = {k: np.array(v) for k, v in snap.parameters.items()}
    params["dense2.W"] = params["dense2.W"] * 1.01
    assert not service.check(dataclasses.replace(snap, parameters=params))
    params["dense2.W"] = params["dense2.W"] * 1.5
    moved = dataclasses.replace(snap, parameters=params)
    assert service.check(moved) and service.reason == "the other parameters moved"
    params = {k: np.array(v) for k, v in moved.parameters.items()}
    params["dense2.b"] = params["dense2.b"] + 5.0
    clock.now += MIN_INTERVAL / 2
    assert not service.check(dataclasses.replace(snap, parameters=params))  # too soon after the last one
    clock.now += MIN_INTERVAL
    assert service.check(dataclasses.replace(snap, parameters=params))
    # the point walks off the grid
    params = {k: np.array(v) for k, v in snap.parameters.items()}
    params["dense1.W"][0, 0] = service.landscape.request.x_range[1] + 1.0
    clock.now += 10
    assert service.check(dataclasses.replace(snap, parameters=params)) and service.reason == "the path left the grid"
    assert len(fake.requests) == 4


def test_answers_to_older_questions_are_ignored():
    trainer = Trainer(datasets.make("circle", n=60, seed=1), Hyperparameters(model="mlp", hidden_layers=(3,)))
    fake = FakeController(trainer)
    service = LandscapeService(fake)
    service.set_pair(ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.b", (0,)))
    received = []
    service.updated.connect(received.append)
    fake.compute_landscape = lambda request: fake.requests.append(request)  # the answer comes later
    service.check(trainer.snapshot())
    old = fake.requests[-1]
    service.set_pair(ScalarRef("dense1.W", (1, 0)), ScalarRef("dense1.b", (1,)))
    service.check(trainer.snapshot())
    X, y = trainer.dataset.split("train")
    fake.landscape_ready.emit(compute(trainer.model, X, y, old))
    assert received == [] and service.landscape is None
    fake.landscape_ready.emit(compute(trainer.model, X, y, fake.requests[-1]))
    assert len(received) == 1 and isinstance(received[0], Landscape)


def test_grid_is_square_around_the_point_and_takes_in_the_path():
    (x0, x1), (y0, y1) = grid_ranges((0.2, -2.0))
    assert (x1 - x0) == pytest.approx(y1 - y0) == pytest.approx(12.0)  # half-width max(1, 3 * 2)
    assert (x0 + x1) / 2 == pytest.approx(0.2) and (y0 + y1) / 2 == pytest.approx(-2.0)
    (x0, x1), (y0, y1) = grid_ranges((0.1, 0.1), np.array([[-2.5, 0.0], [0.1, 0.1]]))
    assert x0 < -2.5 and x1 > 1.1 and x1 - x0 == pytest.approx(y1 - y0)
    far = np.array([[500.0, 0.0]])
    assert grid_ranges((0.1, 0.1), far) == grid_ranges((0.1, 0.1))  # a far-away start would flatten the picture


def test_a_view_off_the_stage_asks_the_worker_for_nothing_until_it_is_shown(qtbot, thread_watch):
    from gradientdesk.ui.window.main_window import MainWindow

    win = MainWindow(settings=None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
            win.start()
        view = win.landscape_view
        win.controller.step(30)
        qtbot.waitUntil(lambda: win.controller.latest.step == 30, timeout=5000)
        qtbot.wait(200)
        assert view.service.requests == 0 and view.service.landscape is None  # the diagram is on the stage
        win.stage.show_view("landscape")
        qtbot.waitUntil(lambda: view.service.landscape is not None, timeout=5000)
        assert view.service.landscape.step == 30 and view.image.isVisible()
    finally:
        win.close()
    assert thread_watch.running() == []


def test_big_networks_get_a_coarser_grid_so_the_worker_is_not_held_up():
    from gradientdesk.bench.workloads import workloads
    from gradientdesk.bridge.landscape_service import RESOLUTION, resolution_for

    w2 = workloads()["W2"]
    assert resolution_for(Trainer(w2.dataset, w2.hyperparameters).snapshot()) == RESOLUTION == 41
    biggest = Trainer(w2.dataset, Hyperparameters(model="mlp", hidden_layers=(64,) * 8))
    assert resolution_for(biggest.snapshot()) == 21
