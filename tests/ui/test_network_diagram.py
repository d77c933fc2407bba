"""The network diagram as a learner uses it: hover, click, edit while paused, and a readable big network."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from gradientdesk.engine.losses import resolve_head
from gradientdesk.ui.panels.parameter_table import format_number

GRID = (-6.0, 6.0, -6.0, 6.0, 30)


def fresh(qtbot, controller, diagram, condition=lambda snap: True):
    """Wait for a snapshot that satisfies `condition`, then make sure the diagram has drawn it."""
    qtbot.waitUntil(lambda: controller.latest is not None and condition(controller.latest), timeout=10000)
    diagram.refresh()
    return controller.latest


def edge_point(diagram, layer, to, frm, t=0.3):
    """Viewport position of a point `t` of the way along the edge of dense{layer}.W[to, frm]."""
    k = diagram.geometry_.edge_index(layer, to, frm)
    x0, y0, x1, y1 = diagram.geometry_.segments[k]
    return k, diagram.view.mapFromScene(QPointF(x0 + t * (x1 - x0), y0 + t * (y1 - y0)))


def node_point(diagram, layer, unit):
    x, y = diagram.geometry_.node_center(layer, unit)
    return diagram.view.mapFromScene(QPointF(x, y))


def test_every_weight_of_a_small_network_is_an_edge_with_its_value(qtbot, controller, diagram):
    snap = fresh(qtbot, controller, diagram)
    assert snap.layer_sizes == (2, 4, 2, 1)
    weights = [snap.parameters[f"dense{k}.W"] for k in (1, 2, 3)]
    assert diagram.edges.drawn_count == sum(W.size for W in weights) == 18
    assert diagram.edge_mask.all()
    g = diagram.geometry_
    for k in range(g.edge_layer.size):
        assert diagram.edge_values[k] == weights[g.edge_layer[k] - 1][g.edge_to[k], g.edge_from[k]]
    assert len(diagram.nodes.rects) == 2 + 4 + 2 + 1
    assert "18 of 18 weights drawn" in diagram.note.text()


def test_clicking_an_edge_or_a_neuron_selects_its_parameter_everywhere(qtbot, controller, diagram):
    fresh(qtbot, controller, diagram)
    k, pos = edge_point(diagram, 1, 2, 1)
    with qtbot.waitSignal(controller.selection_changed, timeout=2000):
        qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert controller.selection == "dense1.W[2,1]"
    assert diagram.edges.selected == k

    _, pos = edge_point(diagram, 3, 0, 1, t=0.7)
    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert controller.selection == "dense3.W[0,1]"

    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(diagram, 2, 1))
    assert controller.selection == "dense2.b[1]"
    assert diagram.nodes.selected == 2 + 4 + 1 and diagram.edges.selected == -1

    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=node_point(diagram, 0, 0))
    assert controller.selection == "dense2.b[1]"  # an input is not a parameter: nothing changes
    assert "x1 is an input feature" in diagram.note.text()


def test_a_selection_made_elsewhere_is_highlighted(qtbot, controller, diagram):
    fresh(qtbot, controller, diagram)
    controller.select_parameter("dense2.W[1,3]")
    assert diagram.edges.selected == diagram.geometry_.edge_index(2, 1, 3) >= 0
    controller.select_parameter("dense1.b[3]")
    assert diagram.edges.selected == -1 and diagram.nodes.selected == 2 + 3


def test_hovering_shows_a_card_that_stays_live(qtbot, controller, diagram):
    snap = fresh(qtbot, controller, diagram)
    _, pos = edge_point(diagram, 2, 1, 3)
    qtbot.mouseMove(diagram.view.viewport(), pos)
    qtbot.waitUntil(lambda: diagram.hover is not None, timeout=2000)
    value = float(snap.parameters["dense2.W"][1, 3])
    assert "dense2.W[1,3]" in diagram.hover_text
    assert "weight from neuron 3 of layer 1 to neuron 1 of layer 2" in diagram.hover_text
    assert format_number(value) in diagram.hover_text
    assert QToolTip.text() == diagram.hover_text

    controller.step(5)  # training moves on while the mouse rests on the edge
    later = fresh(qtbot, controller, diagram, lambda s: s.step >= snap.step + 5)
    new_value = float(later.parameters["dense2.W"][1, 3])
    assert new_value != value
    assert format_number(new_value) in diagram.hover_text
    assert format_number(float(later.gradients["dense2.W"][1, 3])) in diagram.hover_text
    assert f"step {later.step}" in diagram.hover_text

    qtbot.mouseMove(diagram.view.viewport(), node_point(diagram, 0, 1))
    qtbot.waitUntil(lambda: diagram.hover == 1, timeout=2000)
    assert "x2" in diagram.hover_text and "input feature" in diagram.hover_text


def type_value(qtbot, diagram, text):
    diagram.editor.selectAll()
    qtbot.keyClicks(diagram.editor, text)
    qtbot.keyClick(diagram.editor, Qt.Key.Key_Return)


def test_editing_a_weight_while_paused_changes_the_model_and_its_output(qtbot, controller, diagram):
    controller.set_grid(GRID)
    before = fresh(qtbot, controller, diagram, lambda s: s.output_grid is not None)
    assert not controller.playing
    _, pos = edge_point(diagram, 1, 2, 1)
    qtbot.mouseDClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert diagram.editor.isVisible()
    assert float(diagram.editor.text()) == pytest.approx(float(before.parameters["dense1.W"][2, 1]), rel=1e-5)

    type_value(qtbot, diagram, "not a number")
    assert diagram.editor.isVisible() and "is not a number" in diagram.note.text()

    type_value(qtbot, diagram, "-2.5")
    assert not diagram.editor.isVisible()
    after = fresh(qtbot, controller, diagram, lambda s: s.parameters["dense1.W"][2, 1] == -2.5)
    assert not np.array_equal(after.output_grid, before.output_grid)
    changed = after.parameters["dense1.W"] != before.parameters["dense1.W"]
    assert changed.sum() == 1 and changed[2, 1]
    assert diagram.edge_values[diagram.geometry_.edge_index(1, 2, 1)] == -2.5
    assert controller.selection == "dense1.W[2,1]"


def test_a_bias_is_edited_from_the_context_menu_and_escape_cancels(qtbot, controller, diagram):
    before = fresh(qtbot, controller, diagram)
    pos = node_point(diagram, 1, 0)
    from gradientdesk.engine import ScalarRef

    assert diagram._target_at(diagram.view.mapToScene(pos)) == ScalarRef("dense1.b", (0,))
    assert diagram.start_edit(ScalarRef("dense1.b", (0,)), QPointF(pos))
    qtbot.keyClick(diagram.editor, Qt.Key.Key_Escape)
    assert not diagram.editor.isVisible()
    qtbot.mouseDClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    type_value(qtbot, diagram, "0,75")  # a decimal comma is understood
    fresh(qtbot, controller, diagram, lambda s: s.parameters["dense1.b"][0] == 0.75)
    assert before.parameters["dense1.b"][0] != 0.75


def test_no_editing_while_training_runs(qtbot, controller, diagram):
    fresh(qtbot, controller, diagram)
    controller.play()
    qtbot.waitUntil(lambda: controller.playing, timeout=3000)
    _, pos = edge_point(diagram, 1, 0, 0)
    qtbot.mouseDClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not diagram.editor.isVisible()
    assert "Pause training" in diagram.note.text()
    controller.pause()
    qtbot.waitUntil(lambda: not controller.playing, timeout=3000)


def test_thumbnails_show_what_each_neuron_computes(qtbot, controller, diagram):
    """The output neuron's tile is blue exactly where the model predicts class 1 (orange: class 0)."""
    from gradientdesk.engine.grid import grid_points

    controller.step(200)
    snap = fresh(qtbot, controller, diagram, lambda s: s.step >= 200)
    assert diagram.geometry_.thumbnails
    rgb = diagram.nodes._image_data
    h, w = diagram.thumbnails.tile
    output_tile = rgb[:, -w:, :].astype(int)  # the last drawn neuron is the output
    blue = output_tile[..., 2] > output_tile[..., 0]
    # the model's own output on the same grid, computed here in float64 from the snapshot
    X = grid_points((-6.0, 6.0, -6.0, 6.0, h), 2)
    a = X
    layers = snap.spec.dense_layers(snap.parameters)
    for k, (W, b) in enumerate(layers):
        z = a @ W.T + b
        a = np.tanh(z) if k < len(layers) - 1 else 1 / (1 + np.exp(-z))
    head = resolve_head(controller.hyperparameters, "classification", 2)
    assert head.activation == "sigmoid" and snap.spec.head == head
    predicted = (a[:, 0] > 0.5).reshape(h, w)[::-1]  # the tile has x2 growing upwards
    clear = np.abs(a[:, 0] - 0.5).reshape(h, w)[::-1] > 0.02
    assert predicted.any() and (~predicted).any()
    assert np.array_equal(blue[clear], predicted[clear])


def test_the_largest_network_stays_readable(qtbot, controller, diagram):
    hp = controller.hyperparameters.replace(hidden_layers=(64,) * 8)
    assert controller.set_hyperparameters(hp)
    snap = fresh(qtbot, controller, diagram, lambda s: s.layer_sizes == (2, *(64,) * 8, 1))
    g = diagram.geometry_
    total = sum(snap.parameters[f"dense{k}.W"].size for k in range(1, 10))
    assert total == 28864
    assert diagram.edges.drawn_count <= 9 * 64 < total
    assert len(g.columns) == 10
    for sl in g.pair_slices:  # every layer pair still has edges
        assert diagram.edge_mask[sl].any()
    assert [c.shown.size for c in g.columns] == [2, *(16,) * 8, 1]
    labels = [item.text() for item in diagram.labels]
    assert labels.count("… 48 more") == 8
    # the drawn edges of a capped pair are its strongest
    sl = g.pair_slices[3]
    drawn = np.abs(diagram.edge_values[sl][diagram.edge_mask[sl]])
    hidden = np.abs(diagram.edge_values[sl][~diagram.edge_mask[sl]])
    assert drawn.min() >= hidden.max()
    # selecting a weight of a collapsed neuron highlights nothing, without error
    controller.select_parameter("dense4.W[40,3]")
    assert diagram.edges.selected == -1


def test_pca_gets_an_explanation_instead_of_a_diagram(qtbot, controller, diagram):
    assert controller.set_hyperparameter("model", "pca")
    fresh(qtbot, controller, diagram, lambda s: s.model == "pca")
    assert diagram.geometry_ is None
    assert "dense layers" in diagram.message.text()
    diagram.hover_at(QPointF(50, 50), QPoint())
    assert diagram.hover is None


def test_a_hidden_diagram_does_no_work(qtbot, controller, diagram):
    fresh(qtbot, controller, diagram)
    diagram.hide()
    before = diagram.throttle.refreshes
    start = controller.latest.step
    controller.step(3)
    qtbot.waitUntil(lambda: controller.latest.step >= start + 3, timeout=5000)
    qtbot.wait(150)
    assert diagram.throttle.refreshes == before
    diagram.show()  # shown again: it catches up with the newest snapshot at once
    newest = controller.latest.parameters["dense2.W"]
    qtbot.waitUntil(lambda: diagram.edge_values[diagram.geometry_.pair_slices[1]].tolist() == newest.ravel().tolist(),
                    timeout=2000)


@pytest.mark.parametrize("module, name", [("network_diagram", "NetworkDiagram"), ("weight_maps", "WeightMaps"),
                                          ("update_inspector", "UpdateInspector"),
                                          ("landscape_view", "LandscapeView"), ("forward_pass", "ForwardPassPanel")])
def test_every_inspection_view_catches_up_when_shown(qtbot, controller, module, name):
    import importlib

    view = getattr(importlib.import_module(f"gradientdesk.ui.inspect.{module}"), name)(controller)
    qtbot.addWidget(view)
    calls = []
    view.catch_up = lambda: calls.append(True)  # what the shared showEvent schedules
    view.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    view.hide()
    view.show()  # shown again (its tab picked again): once more
    qtbot.waitUntil(lambda: calls == [True, True], timeout=2000)
