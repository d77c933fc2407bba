"""The network diagram as the stage's centrepiece (issue 11): in the room a 1366 x 768 screen gives it (about
400 x 420 px, as little as 360 x 380, 720 x 430 alone, 560 x 420 presenting), a 2-4-2-1 network gets neurons of at
least 48 px with its weights' values written on the edges, and an 8 x 64 network stays legible: no neuron, header,
marker or value over another, nothing outside the view, the legend and note never over the drawing."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from gradientdesk.ui.inspect.diagram_items import value_text
from gradientdesk.ui.inspect.diagram_labels import MAX_LABELLED_EDGES
from gradientdesk.ui.inspect.diagram_layout import MAX_NODE, MIN_ROWS, DiagramLayout, Margins, fitting_rows, node_size
from gradientdesk.ui.inspect.label_placement import keep_apart, place_on_segments
from gradientdesk.ui.theme.theme import Theme

SMALL = (2, 4, 2, 1)
BIG = (2, *(64,) * 8, 1)


def presenting() -> Theme:
    return Theme.presenting(1.5, False, QApplication.font().pointSizeF())


# ---- geometry alone -------------------------------------------------------------------------------------------------
def boxes_apart(boxes: np.ndarray) -> bool:
    return all(a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
               for a, b in itertools.combinations(boxes, 2))


@pytest.mark.parametrize("sizes, width, height", [(SMALL, 396, 330), (SMALL, 356, 270), (BIG, 396, 370),
                                                  (BIG, 356, 300), (BIG, 716, 344), ((2, 16, 1), 220, 140)])
def test_neurons_never_overlap_and_stay_inside_the_view(sizes, width, height):
    margins = Margins(left=30, right=6, top=40, bottom=6, marker=18)
    g = DiagramLayout(sizes, width, height, margins)
    boxes = g.node_boxes()
    assert boxes_apart(boxes)
    assert (boxes[:, :2] >= 0).all() and (boxes[:, 2] <= width).all() and (boxes[:, 3] <= height).all()
    assert (boxes[:, 1] >= margins.top).all()  # under the headers
    assert g.node == node_size(sizes, width, height, margins)


def test_a_small_network_gets_large_neurons_and_room_between_columns():
    margins = Margins(left=30, right=6, top=42, bottom=6)
    g = DiagramLayout(SMALL, 396, 330, margins)
    assert g.node >= 48
    gaps = np.diff([c.x for c in g.columns]) - g.node
    assert (gaps >= g.node - 1).all()  # as much room for the edges (and their values) as for a neuron
    assert DiagramLayout(SMALL, 2000, 2000, margins).node == MAX_NODE  # no giant squares on a large screen
    assert DiagramLayout(SMALL, 2000, 2000, margins, scale=1.5).node == 1.5 * MAX_NODE


def test_boxes_are_kept_apart_in_their_order_of_priority():
    boxes = np.array([[0, 0, 10, 10], [8, 0, 18, 10], [20, 0, 30, 10], [27, 0, 37, 10]], dtype=float)
    assert keep_apart(boxes, [0, 3, 1, 2]).tolist() == [True, False, False, True]
    assert keep_apart(boxes, [0, 1, 2, 3], pad=3).tolist() == [True, False, True, False]


def test_values_are_placed_on_their_segments_where_they_are_free():
    segments = np.array([[0, 50, 100, 50], [0, 52, 100, 52], [0, 0, 100, 100]], dtype=float)
    obstacle = np.array([[45, 40, 55, 60]], dtype=float)
    centres = place_on_segments(segments, (20, 10), obstacle, (0, 0, 100, 100))
    assert centres[0, 1] == 50 and not 35 <= centres[0, 0] <= 65  # moved along its line, off the obstacle
    placed = centres[~np.isnan(centres[:, 0])]
    half = np.array([10.0, 5.0])
    boxes = np.column_stack([placed - half, placed + half])
    assert boxes_apart(np.vstack([boxes, obstacle]))


# ---- the widget -----------------------------------------------------------------------------------------------------
def show(qtbot, diagram, size: tuple[int, int], theme: Theme | None = None):
    if theme is not None:
        diagram.apply_theme(theme)
        diagram.setFont(theme.font())  # as presentation mode scales the application's font: legend and note grow
    diagram.resize(*size)
    QApplication.processEvents()  # the resize's fit_text may have changed the legend and note: lay them out now
    diagram.layout().activate()
    vp = diagram.view.viewport()
    qtbot.waitUntil(lambda: (diagram.geometry_ is not None and diagram.geometry_.width == vp.width()
                             and diagram.geometry_.height == vp.height()), timeout=3000)
    diagram.refresh()
    diagram.view.viewport().repaint()  # paint now: the values' boxes are what was drawn
    return diagram.geometry_


def drawn_boxes(diagram) -> list[tuple[str, QRectF]]:
    """Every piece of text and every neuron drawn, as (what, scene rectangle)."""
    out = [(f"node{k}", QRectF(r)) for k, r in enumerate(diagram.nodes.rects)]
    out += [(item.text(), item.sceneBoundingRect()) for item in diagram.labels]
    out += [(f"value {text}", QRectF(r)) for r, text in diagram.values.boxes]
    return out


def assert_legible(diagram) -> None:
    """No neuron, header, marker, name or value over another; all of them inside the view; the legend above and
    the note below the view, not over it."""
    view = QRectF(diagram.view.viewport().rect())
    boxes = drawn_boxes(diagram)
    for (name_a, a), (name_b, b) in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (name_a, a, name_b, b)
    for name, box in boxes:
        assert view.contains(box), (name, box, view)
    assert diagram.legend.geometry().bottom() < diagram.view.geometry().top()
    assert diagram.note.geometry().top() > diagram.view.geometry().bottom()
    assert diagram.note.geometry().bottom() <= diagram.height()


def test_a_small_network_is_the_centrepiece_of_the_stage(qtbot, controller, diagram):
    controller.step(30)
    qtbot.waitUntil(lambda: controller.latest.step >= 30, timeout=10000)
    assert controller.latest.layer_sizes == SMALL
    g = show(qtbot, diagram, (400, 420))
    assert g.node >= 48 and g.thumbnails
    assert diagram.nodes.rects[0].width() >= 48  # what is drawn
    assert_legible(diagram)
    values = [text for _rect, text in diagram.values.boxes]
    assert len(values) >= 10  # most of the 18 weights are written on their edges; the rest are one hover away
    assert g.segments.shape[0] <= MAX_LABELLED_EDGES
    written = np.flatnonzero(np.isfinite(diagram.values.spots[:, 0]))
    assert values == [value_text(diagram.edge_values[k]) for k in written]  # each on its own edge, its own value
    for k, (rect, _text) in zip(written, diagram.values.boxes, strict=True):
        x0, y0, x1, y1 = g.segments[k]
        t = (rect.center().x() - x0) / (x1 - x0)
        assert rect.center().y() == pytest.approx(y0 + t * (y1 - y0), abs=0.5)  # centred on its line

    g = show(qtbot, diagram, (720, 430))  # the view alone on the stage: every weight written
    assert g.node >= 60
    assert len(diagram.values.boxes) == 18
    assert_legible(diagram)


@pytest.mark.parametrize("size, smallest", [((360, 380), 40), ((560, 420), 48), ((400, 260), 20)])
def test_a_small_network_stays_clear_when_presenting_and_in_a_narrow_stage(qtbot, controller, diagram, size,
                                                                             smallest):
    g = show(qtbot, diagram, size, presenting())
    assert g.node >= smallest and g.thumbnails
    assert_legible(diagram)


@pytest.mark.parametrize("size, presenting_theme", [((400, 420), False), ((720, 430), False), ((360, 380), False),
                                                    ((360, 380), True), ((560, 420), True), ((400, 260), True)])
def test_eight_layers_of_64_stay_legible(qtbot, controller, diagram, size, presenting_theme):
    hp = controller.hyperparameters.replace(hidden_layers=(64,) * 8)
    assert controller.set_hyperparameters(hp)
    qtbot.waitUntil(lambda: controller.latest.layer_sizes == BIG, timeout=10000)
    g = show(qtbot, diagram, size, presenting() if presenting_theme else None)
    assert_legible(diagram)
    assert diagram.edges.drawn_count <= 9 * 64  # bounded, whatever the size
    assert diagram.values.boxes == []  # 28864 weights: no values written, they would be a blur
    assert g.node >= 10
    markers = [item.text() for item in diagram.labels if item.text().startswith(("+", "…"))]
    hidden = 64 - g.columns[1].shown.size  # a low stage draws fewer rows (larger dots) and says so
    assert 48 <= hidden <= 64 - MIN_ROWS
    assert all(text in (f"+{hidden}", f"… {hidden} more") for text in markers)
    assert len(markers) == 8  # every collapsed column says how many it hides (in smaller type if need be)
    headers = [item.text() for item in diagram.labels if item.pos().y() == diagram.theme.pixels(2)]
    assert len(headers) == 10  # and every column is named
    names = [item.text() for item in diagram.labels if item.text() in ("x1", "x2")]
    assert names == ["x1", "x2"]


def test_a_low_view_collapses_wide_layers_to_fewer_rows_and_spreads_the_named_columns():
    margins = Margins(left=30, right=6, top=40, bottom=6, marker=18, name_pitch=18)
    assert fitting_rows(420, margins) == 16  # room: the usual 16 rows
    rows = fitting_rows(190, margins, scale=1.5)
    assert 4 <= rows < 16
    g = DiagramLayout(BIG, 396, 190, margins, max_nodes=rows, scale=1.5)
    assert g.columns[1].shown.size == rows and g.columns[1].hidden_count == 64 - rows
    assert g.pitch_y >= 14 * 1.5 - 1e-9  # rows no closer than MIN_PITCH at this scale
    margins = Margins(left=30, right=6, top=40, bottom=6, marker=18, name_pitch=30)
    g = DiagramLayout(BIG, 396, 370, margins)
    inputs = g.columns[0].ys
    assert inputs[1] - inputs[0] >= 30 > g.pitch_y  # 2 inputs beside 16 close rows: far enough apart to be named
    assert boxes_apart(g.node_boxes())



def test_in_every_view_at_1920x1080_the_summary_never_covers_the_drawing(qtbot, make_window):
    """The wall's tile was laid out while the summary line was empty; the summary that came with the next snapshot
    took three lines and covered the bottom neurons. A summary of another length fits the text anew."""
    window = make_window(size=(1920, 1080))
    window.stage.set_wall(True)
    window.controller.step(300)
    qtbot.waitUntil(lambda: window.controller.latest.step >= 300, timeout=10_000)
    diagram = window.network_diagram
    qtbot.waitUntil(lambda: "network" in diagram.note.text(), timeout=5000)
    qtbot.wait(100)
    diagram.layout().activate()
    assert diagram.height() < 400  # a tile of the wall
    assert diagram.note.geometry().top() > diagram.view.geometry().bottom()
    assert diagram.legend.geometry().bottom() < diagram.view.geometry().top()
    assert diagram.note.geometry().bottom() <= diagram.height()
