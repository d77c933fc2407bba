"""Weight and gradient maps: the images are the snapshot's matrices, levels are fixed and symmetric, the histogram
over time grows one column per refresh and stays bounded; and both inspection views live in the main window."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.ui.inspect.histogram_history import HistogramHistory


@pytest.fixture
def maps(qtbot, controller):
    from gradientdesk.ui.inspect.weight_maps import WeightMaps

    view = WeightMaps(controller)
    qtbot.addWidget(view)
    view.resize(1100, 340)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.current is not None, timeout=3000)
    return view


def drawn(qtbot, controller, maps, condition=lambda snap: True):
    qtbot.waitUntil(lambda: controller.latest is not None and condition(controller.latest), timeout=10000)
    maps.refresh()
    return controller.latest


def cell_pos(maps, plot, row, col):
    """Widget position of the centre of cell (row, col) of a MatrixPlot (col == cols: the bias column)."""
    from gradientdesk.ui.inspect.weight_plots import BIAS_GAP

    x = col + 0.5 if col < plot.shape[1] else plot.shape[1] + BIAS_GAP + 0.5
    scene = plot.plot.getViewBox().mapViewToScene(QPointF(x, row + 0.5))
    return maps.graphics.mapFromScene(scene)


def test_images_are_the_snapshot_matrices(qtbot, controller, maps):
    controller.step(3)
    snap = drawn(qtbot, controller, maps, lambda s: s.step >= 3)
    p, g = snap.parameters, snap.gradients
    np.testing.assert_array_equal(maps.weights.matrix.image, p["dense1.W"])
    np.testing.assert_array_equal(maps.weights.bias.image[:, 0], p["dense1.b"])
    np.testing.assert_array_equal(maps.gradients.matrix.image, g["dense1.W"])
    np.testing.assert_array_equal(maps.gradients.bias.image[:, 0], g["dense1.b"])
    assert maps.weights.matrix.image.shape == (4, 2)  # rows: to neuron, columns: from input
    assert maps.weights.plot.getAxis("left").labelText == "to neuron (layer 1)"
    assert maps.weights.plot.getAxis("bottom").labelText == "from input"

    texts = [maps.layer_combo.itemText(i) for i in range(maps.layer_combo.count())]
    assert texts == ["Layer 1: 2 → 4 (8 weights + 4 biases)", "Layer 2: 4 → 2 (8 weights + 2 biases)",
                     "Layer 3 (output): 2 → 1 (2 weights + 1 bias)"]
    maps.layer_combo.setCurrentIndex(1)
    np.testing.assert_array_equal(maps.weights.matrix.image, controller.latest.parameters["dense2.W"])
    assert maps.weights.plot.getAxis("bottom").labelText == "from neuron (layer 1)"


def is_nice(level):
    mantissa = level / 10 ** math.floor(math.log10(level))
    return any(math.isclose(mantissa, m) for m in (1.0, 2.0, 5.0))


def test_levels_are_fixed_symmetric_and_only_grow(qtbot, controller, maps):
    snap = drawn(qtbot, controller, maps)
    level = maps.weights.levels
    assert is_nice(level) and level >= np.abs(snap.parameters["dense1.W"]).max()
    assert tuple(maps.weights.matrix.getLevels()) == (-level, level)
    assert tuple(maps.weights.bias.getLevels()) == (-level, level)
    assert maps.weights.bar.values == (-level, level)
    for _ in range(3):  # frame after frame, the same colour means the same value
        start = controller.latest.step
        controller.step(2)
        drawn(qtbot, controller, maps, lambda s, start=start: s.step >= start + 2)
        assert maps.weights.levels == level
        assert tuple(maps.weights.matrix.getLevels()) == (-level, level)
    gradient_level = maps.gradients.levels
    assert is_nice(gradient_level)
    assert tuple(maps.gradients.matrix.getLevels()) == (-gradient_level, gradient_level)

    controller.set_parameter_value("dense1.W", (0, 0), 7.3)
    drawn(qtbot, controller, maps, lambda s: s.parameters["dense1.W"][0, 0] == 7.3)
    assert maps.weights.levels == 10.0
    controller.set_parameter_value("dense1.W", (0, 0), 0.1)
    drawn(qtbot, controller, maps, lambda s: s.parameters["dense1.W"][0, 0] == 0.1)
    assert maps.weights.levels == 10.0  # only grows: the colours stay comparable over the run

    with qtbot.waitSignal(controller.history_reset, timeout=2000):
        controller.reset()
    drawn(qtbot, controller, maps, lambda s: s.step == 0)
    assert maps.weights.levels == level  # fresh parameters: the scale starts over


def test_fitting_gradient_colours_to_the_step(qtbot, controller, maps):
    controller.step(1)
    snap = drawn(qtbot, controller, maps, lambda s: s.step >= 1)
    fixed = maps.gradients.levels
    maps.fit_gradients.setChecked(True)
    now = max(np.abs(snap.gradients["dense1.W"]).max(), np.abs(snap.gradients["dense1.b"]).max())
    assert now <= maps.gradients.levels <= fixed and is_nice(maps.gradients.levels)
    assert maps.weights.levels == maps.levels["dense1.W"]  # the weights keep their fixed scale


def test_histogram_over_time_grows_one_column_per_refresh(qtbot, controller, maps):
    history = maps.histograms["dense1.W"]
    for _ in range(3):
        size, start = history.size, controller.latest.step
        controller.step(1)
        drawn(qtbot, controller, maps, lambda s, start=start: s.step == start + 1)
        assert history.size == size + 1
        assert history.steps[-1] == controller.latest.step
        assert history.counts[-1].sum() == 8  # every weight of layer 1 is counted once
    maps.refresh()  # the same snapshot again: no new column
    assert history.size == size + 1
    assert maps.history_image.image.shape == (history.size, history.bins)
    assert maps.step_axis.steps.tolist() == history.steps.tolist()
    assert maps.histograms["dense3.W"].size == history.size  # every layer is recorded, not only the one shown


def test_histogram_history_is_bounded_and_rebins_exactly():
    rng = np.random.default_rng(0)
    history = HistogramHistory(bins=16, capacity=8)
    values = [rng.uniform(-0.2, 0.2, 50) for _ in range(40)]
    for step, v in enumerate(values):
        history.add(step * 10, v)
    assert history.size <= 8 and history.stride > 1
    assert np.all(np.diff(history.steps) > 0)
    assert history.half_range == 0.25

    first = values[0]
    fresh = HistogramHistory(bins=16)
    fresh.add(0, first)
    fresh.add(1, np.array([0.9, -0.1]))  # the range doubles twice, to 1
    assert fresh.half_range == 1.0
    expected, _ = np.histogram(first, bins=fresh.bin_edges())
    np.testing.assert_array_equal(fresh.counts[0], expected)
    fresh.add(0, first)  # a step back in time (a reset) drops the later columns
    assert fresh.size == 1 and fresh.steps.tolist() == [0]


def test_l1_sparsity_shows_as_mass_at_zero():
    ds = datasets.make("gaussians", n=200, seed=2)
    shares = {}
    for reg in ("none", "l1"):
        hp = Hyperparameters(model="mlp", hidden_layers=(16,), learning_rate=0.05, regularization=reg,
                             regularization_rate=0.03, seed=1)
        trainer = Trainer(ds, hp)
        history = HistogramHistory(bins=64)
        trainer.run_steps(3000)
        history.add(0, trainer.model.parameters["dense1.W"])
        central = history.counts[-1][31:33].sum()  # the two bins touching 0
        shares[reg] = central / history.counts[-1].sum()
    assert shares["l1"] > 2 * shares["none"]


def test_clicking_and_hovering_a_cell(qtbot, controller, maps):
    snap = drawn(qtbot, controller, maps)
    pos = cell_pos(maps, maps.weights, 3, 1)
    qtbot.mouseMove(maps.graphics.viewport(), pos)
    qtbot.waitUntil(lambda: "dense1.W[3,1]" in maps.readout.text(), timeout=2000)
    from gradientdesk.ui.panels.parameter_table import format_number

    assert format_number(float(snap.parameters["dense1.W"][3, 1])) in maps.readout.text()
    with qtbot.waitSignal(controller.selection_changed, timeout=2000):
        qtbot.mouseClick(maps.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert controller.selection == "dense1.W[3,1]"
    assert maps.weights.marker.isVisible() and maps.weights.marker.rect().topLeft() == QPointF(1, 3)

    qtbot.mouseClick(maps.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(maps, maps.gradients, 2, 2))
    assert controller.selection == "dense1.b[2]"  # the bias column of the gradient map


def test_a_selection_in_another_layer_switches_the_layer(qtbot, controller, maps):
    drawn(qtbot, controller, maps)
    controller.select_parameter("dense3.W[0,1]")
    assert maps.layer_combo.currentIndex() == 2
    np.testing.assert_array_equal(maps.weights.matrix.image, controller.latest.parameters["dense3.W"])
    assert maps.weights.marker.isVisible() and maps.weights.marker.rect().topLeft() == QPointF(1, 0)
    controller.select_parameter("dense2.b[1]")
    assert maps.layer_combo.currentIndex() == 1
    assert maps.gradients.marker.rect().topLeft().y() == 1


def test_pca_has_one_layer_of_components(qtbot, controller, maps):
    assert controller.set_hyperparameter("model", "pca")
    snap = drawn(qtbot, controller, maps, lambda s: s.model == "pca")
    assert [maps.layer_combo.itemText(i) for i in range(maps.layer_combo.count())] == [
        "PCA: 2 inputs × 1 components (2 weights + 2 centre)"]
    np.testing.assert_array_equal(maps.weights.matrix.image, snap.parameters["pca.W"])


def drawn_labels(axis):
    """(boxes, texts) of the tick labels a pyqtgraph axis draws, left to right (the ones it hides are not drawn)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    specs = sorted(specs, key=lambda spec: spec[0].left())
    return [rect for rect, _, _ in specs], [text for _, _, text in specs]


def tick_texts(plot, side):
    """The tick labels a user sees on one axis of a MatrixPlot, in order."""
    return [text for _, text in plot.plot.getAxis(side)._tickLevels[0]]


def use(qtbot, controller, maps, preset, outputs, **hp):
    """Load `preset` with the hyperparameters `hp` and draw the snapshot of that model (with `outputs` outputs)."""
    controller.load_preset(preset)
    assert controller.set_hyperparameters(controller.hyperparameters.replace(**hp))
    return drawn(qtbot, controller, maps, lambda s: s.spec.layer_sizes[-1] == outputs
                 and all(getattr(s.hyperparameters, k) == v for k, v in hp.items()))


def test_rows_and_columns_are_named_as_in_every_view_classes_inputs_and_powers(qtbot, controller, maps):
    """One naming (issue 11): a classifier's output rows are its classes (not 'out 0/1/2' or unit numbers), the first
    layer's columns the inputs, a polynomial's columns the powers of x1, PCA's rows its inputs."""
    snap = use(qtbot, controller, maps, "blobs", 3, model="softmax")
    assert snap.spec.class_names == ("A", "B", "C")
    for plot in (maps.weights, maps.gradients):
        assert tick_texts(plot, "left") == ["A", "B", "C"]
        assert tick_texts(plot, "bottom") == ["x1", "x2", "b"]
        assert plot.plot.getAxis("left").labelText == "to output for class"

    use(qtbot, controller, maps, "blobs", 3, model="mlp", hidden_layers=(4,))
    assert tick_texts(maps.weights, "left") == ["0", "1", "2", "3"]  # hidden neurons: numbered as in the diagram
    maps.layer_combo.setCurrentIndex(1)  # the output layer
    assert tick_texts(maps.weights, "left") == ["A", "B", "C"]
    assert tick_texts(maps.weights, "bottom") == ["0", "1", "2", "3", "b"]
    assert maps.weights.plot.getAxis("bottom").labelText == "from neuron (layer 1)"
    qtbot.mouseMove(maps.graphics.viewport(), cell_pos(maps, maps.weights, 2, 1))
    qtbot.waitUntil(lambda: "dense2.W[2,1]" in maps.readout.text(), timeout=2000)
    assert "output neuron for class C" in maps.readout.text()  # the hovered cell says what it connects

    use(qtbot, controller, maps, "circle", 1, model="mlp", hidden_layers=(4,))
    maps.layer_combo.setCurrentIndex(1)
    assert tick_texts(maps.weights, "left") == ["0"]  # one output (sigmoid): no classes to name it by
    assert maps.weights.plot.getAxis("left").labelText == "to output neuron"

    snap = use(qtbot, controller, maps, "sine", 1, model="polynomial", degree=15)
    names = tick_texts(maps.weights, "bottom")
    assert names[0] == "x1" and names[-1] == "b" and set(names[1:-1]) <= set(snap.spec.input_names)
    assert not any("phi[" in name for name in names)
    boxes, texts = drawn_labels(maps.weights.plot.getAxis("bottom"))
    assert texts == names  # every name is drawn (the first one was hidden at the axis's left end) ...
    assert all(a.right() < b.left() for a, b in itertools.pairwise(boxes))  # ... and none overlaps the next

    use(qtbot, controller, maps, "cloud", 2, model="pca", n_components=2)
    assert tick_texts(maps.weights, "left") == ["x1", "x2"]  # W[i, j]: input i in component j
    assert tick_texts(maps.weights, "bottom") == ["0", "1", "b"]


# ---- in the main window (the `window` fixture of conftest.py) -------------------------------------------------------
def test_one_view_at_a_time_on_the_stage_and_each_in_the_view_menu(qtbot, window):
    from gradientdesk.ui.inspect import on_screen

    stage = window.stage
    assert stage.view == "network_diagram"  # the first view a learner sees: the network
    assert on_screen(window.network_diagram) and not on_screen(window.weight_maps) and not on_screen(window.traces)
    menu = [a.text() for a in window.view_menu.actions()]
    assert all(action.text() in menu for action in stage.view_actions.values())

    # out of sight: no drawing, but the histograms over time keep being recorded
    maps = window.weight_maps
    before, columns = maps.throttle.refreshes, maps.histograms["dense1.W"].size
    for _ in range(3):
        start = window.controller.latest.step
        qtbot.wait(80)  # hidden views record at most 15 columns a second
        window.controller.step(1)
        qtbot.waitUntil(lambda start=start: window.controller.latest.step == start + 1, timeout=3000)
    assert maps.throttle.refreshes == before
    assert maps.histograms["dense1.W"].size == columns + 3

    qtbot.mouseClick(window.stage.buttons["weight_maps"], Qt.MouseButton.LeftButton)  # it catches up at once
    qtbot.waitUntil(lambda: on_screen(maps), timeout=2000)
    qtbot.waitUntil(lambda: np.array_equal(maps.weights.matrix.image,
                                           window.controller.latest.parameters["dense1.W"]), timeout=2000)


def test_open_all_views_shows_every_inspection_view_at_once(qtbot, window):
    from gradientdesk.ui.inspect import on_screen

    window.open_all_views()
    views = window.stage.wall_views()
    qtbot.waitUntil(lambda: all(on_screen(view) for view in views), timeout=3000)
    assert window.stage.wall_action.isChecked() and window.canvas.isVisible()
    start = window.controller.latest.step
    window.controller.step(2)
    qtbot.waitUntil(lambda: window.network_diagram.edge_values.size == 18 and
                    window.controller.latest.step >= start + 2, timeout=3000)
    qtbot.waitUntil(lambda: window.weight_maps.histograms["dense1.W"].steps[-1] == window.controller.latest.step,
                    timeout=3000)
    window.reset_layout()  # back to tabs
    qtbot.waitUntil(lambda: not on_screen(window.weight_maps), timeout=3000)
