"""The five inspection views draw from a Theme: after `apply_theme(Theme(scale=2, contrast=True))` what they draw
is twice as large (lines 2 x 1.25 as wide), bold and black-ruled; after `apply_theme(Theme())` it is what it was;
and what a view makes after a theme change (a rebuilt diagram, another layer, another pair, a new point) is made
from the current theme. Readings are taken from the drawn items themselves: pens, fonts, sizes."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from gradientdesk.ui.theme.theme import Theme

BIG = Theme(scale=2.0, contrast=True)
HIGH = Theme.presenting(2.0, True)  # the high-contrast palette: its greys differ from the standard ones
BLACK = "#000000"


# ---- readings: {name: (kind, value)}; `kind` says how the value follows the theme -----------------------------------
def line(pen) -> tuple[str, float]:
    return "line", pen.widthF()


def size(value: float) -> tuple[str, float]:
    return "size", float(value)


def px(value: float) -> tuple[str, float]:
    return "px", float(value)


def font(reading: dict, name: str, qfont) -> None:
    reading[f"{name}.pt"] = "size", qfont.pointSizeF()
    reading[f"{name}.bold"] = "bold", qfont.bold()


def css_pt(html: str) -> float:
    """The (last) font size in points of pyqtgraph HTML."""
    return float(re.findall(r"font-size:\s*([0-9.]+)pt", html)[-1])


def axes(reading: dict, name: str, plot, sides=("left", "bottom")) -> None:
    for side in sides:
        axis = plot.getAxis(side)
        reading[f"{name}.{side}.pen"] = line(axis.pen())
        reading[f"{name}.{side}.color"] = "black", axis.pen().color().name()
        font(reading, f"{name}.{side}.ticks", axis.style["tickFont"])
        if axis.labelText:
            reading[f"{name}.{side}.label"] = "size", float(axis.labelStyle["font-size"].removesuffix("pt"))


def title(reading: dict, name: str, plot) -> None:
    reading[f"{name}.title"] = "size", css_pt(plot.titleLabel.text)
    reading[f"{name}.title_row"] = px(plot.titleLabel.maximumHeight())


def color_bar(reading: dict, name: str, bar) -> None:
    reading[f"{name}.bar"] = px(bar.layout.columnMaximumWidth(1))
    reading[f"{name}.bar_axis"] = px(bar.axis.maximumWidth())
    axes(reading, f"{name}.bar", bar, ("left", "right"))


def assert_scaled(before: dict, after: dict, theme: Theme = BIG) -> None:
    """`after` is `before` drawn with `theme`: lines theme.lines times as wide, sizes and fonts theme.scale times as
    large, text bold, axes black."""
    assert after.keys() == before.keys()
    for key, (kind, value) in before.items():
        got = after[key][1]
        if kind == "line":
            assert got == pytest.approx(value * theme.lines), key
        elif kind == "size":
            assert got == pytest.approx(value * theme.scale), key
        elif kind == "px":
            assert abs(got - value * theme.scale) <= 1, key
        elif kind == "bold":
            assert got is True, key
        elif kind == "black":
            assert got == BLACK, key
        else:  # "same"
            assert got == value, key


def round_trip(view, read) -> tuple[dict, dict]:
    """Readings before, with BIG and after going back to the default theme (which must equal the first)."""
    before = read(view)
    view.apply_theme(BIG)
    big = read(view)
    view.apply_theme(Theme())
    assert read(view) == before
    return before, big


# ---- network diagram ------------------------------------------------------------------------------------------------
@pytest.fixture
def diagram(qtbot, controller):
    from gradientdesk.ui.inspect.network_diagram import NetworkDiagram

    view = NetworkDiagram(controller)
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.geometry_ is not None and bool(view.edges.groups), timeout=3000)
    return view


def read_diagram(view) -> dict:
    reading = {f"edge{k}": line(pen) for k, (pen, _lines) in enumerate(view.edges.groups)}
    reading["edge.halo"], reading["edge.line"] = map(line, view.edges.highlight)
    reading["node.border"] = line(view.nodes.border)
    reading["node.halo"], reading["node.line"] = map(line, view.nodes.highlight)
    reading["node.gap"], reading["node.swatch"] = size(view.nodes.gap), size(view.nodes.swatch)
    for kind in ("header", "name"):  # every header alike, every name alike
        fonts = {(item.font().pointSizeF(), item.font().bold()) for item in labels(view, kind)}
        assert len(fonts) == 1
        (points, is_bold), = fonts
        reading[f"{kind}.pt"], reading[f"{kind}.bold"] = ("size", points), ("bold", is_bold)
    font(reading, "message", view.message.font())
    reading["editor"] = px(view.editor.maximumWidth())
    return reading


def labels(view, kind: str) -> list:
    """The column headers (at the top) or the inputs' and outputs' names (beside the first and last column)."""
    top = [item for item in view.labels if abs(item.pos().y() - view.theme.pixels(2)) < 0.5]
    if kind == "header":
        return top
    return [item for item in view.labels if item not in top and "more" not in item.text()
            and not item.text().startswith("+")]


def ink(item) -> list[QRectF]:
    """Scene rectangles of the glyphs a text item draws, line by line (not its line boxes, whose leading and
    descent may touch a neighbour's without anything drawn over anything)."""
    metrics = QFontMetricsF(item.font())
    pos, rects = item.scenePos(), []
    for i, text in enumerate(item.text().split("\n")):
        tight = metrics.tightBoundingRect(text)
        rects.append(tight.translated(pos.x(), pos.y() + metrics.ascent() + i * metrics.lineSpacing()))
    return rects


def test_the_diagram_draws_from_the_theme_and_back(qtbot, controller, diagram):
    before, big = round_trip(diagram, read_diagram)
    assert_scaled(before, big)
    assert before["header.bold"][1] and not before["name.bold"][1]  # bold headers, plain names at scale 1
    assert diagram.geometry_.node >= 48  # a 2-4-2-1 network in a 900 x 420 view: large thumbnails
    diagram.apply_theme(BIG)
    assert diagram.geometry_.node >= 48  # still thumbnails a class can read under twice as large text
    assert diagram.geometry_.thumbnails


def test_a_rebuilt_diagram_is_drawn_with_the_current_theme(qtbot, controller, diagram):
    diagram.apply_theme(BIG)
    hp = controller.hyperparameters.replace(hidden_layers=(8, 8))
    assert controller.set_hyperparameters(hp)
    qtbot.waitUntil(lambda: controller.latest.layer_sizes == (2, 8, 8, 1), timeout=5000)
    diagram.refresh()
    assert diagram.geometry_.sizes == (2, 8, 8, 1)
    big = read_diagram(diagram)
    diagram.apply_theme(Theme())
    assert_scaled(read_diagram(diagram), big)
    assert big["header.pt"][1] == pytest.approx(BIG.pt())


def test_a_low_diagram_in_a_large_theme_draws_nothing_over_anything(qtbot, controller, diagram):
    """A projector's dock: large text in a low view. Legend and note give up lines, headers fit on one line, the
    names fit the rows; no two labels and no label and neuron overlap."""
    hp = controller.hyperparameters.replace(hidden_layers=(8, 8, 6))
    assert controller.set_hyperparameters(hp)
    qtbot.waitUntil(lambda: controller.latest.layer_sizes == (2, 8, 8, 6, 1), timeout=5000)
    diagram.resize(788, 218)
    diagram.apply_theme(Theme.presenting(1.6, True))
    qtbot.waitUntil(lambda: diagram.geometry_.height == diagram.view.viewport().height(), timeout=3000)
    diagram.refresh()
    assert diagram.note.one_line
    assert diagram.note.geometry().top() >= diagram.view.geometry().bottom()
    assert diagram.legend.geometry().bottom() <= diagram.view.geometry().top()
    assert all("\n" not in item.text() for item in labels(diagram, "header"))
    glyphs = [(item.text(), rect) for item in diagram.labels for rect in ink(item)]
    for i, (text, a) in enumerate(glyphs):
        assert all(not a.intersects(b) for _, b in glyphs[i + 1:]), text
        assert all(not a.intersects(node) for node in diagram.nodes.rects), text
        assert QRectF(diagram.view.viewport().rect()).contains(a), text


# ---- weight maps ----------------------------------------------------------------------------------------------------
@pytest.fixture
def maps(qtbot, controller):
    from gradientdesk.ui.inspect.weight_maps import WeightMaps

    view = WeightMaps(controller)
    qtbot.addWidget(view)
    view.resize(1800, 340)  # all three plots side by side even in BIG (a page out of sight has no axis widths)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.current is not None, timeout=3000)
    view.refresh()
    return view


def read_maps(view) -> dict:
    reading: dict = {}
    for name, matrix in (("weights", view.weights), ("gradients", view.gradients)):
        axes(reading, name, matrix.plot)
        title(reading, name, matrix.plot)
        color_bar(reading, name, matrix.bar)
        reading[f"{name}.marker"] = line(matrix.marker.pen())
    axes(reading, "history", view.history_plot)
    title(reading, "history", view.history_plot)
    color_bar(reading, "history", view.history_bar)
    reading["zero"] = line(view.zero_line.pen)
    return reading


def test_the_weight_maps_draw_from_the_theme_and_back(qtbot, controller, maps):
    before, big = round_trip(maps, read_maps)
    assert_scaled(before, big)
    assert before["weights.title"][1] == 11.0 and before["weights.title_row"][1] == 30  # pyqtgraph's own
    assert maps.weights.plot.getAxis("left").labelText == "to neuron (layer 1)"  # the full wording again


def test_another_layer_is_labelled_with_the_current_theme(qtbot, controller, maps):
    maps.apply_theme(BIG)
    maps.resize(800, 340)  # one plot at a time: its full titles need 860 px in twice the size
    qtbot.waitUntil(lambda: maps.short, timeout=2000)
    maps.layer_combo.setCurrentIndex(1)
    axis = maps.weights.plot.getAxis("bottom")
    assert maps.short and axis.labelText == "from neuron"  # large text in 800 px: the layer box says which layer
    assert axis.labelStyle["font-size"] == f"{BIG.pt():.3g}pt" and axis.labelStyle["font-weight"] == "bold"
    assert css_pt(maps.gradients.plot.titleLabel.text) == pytest.approx(22.0)  # the title of the new step


# ---- update inspector -----------------------------------------------------------------------------------------------
@pytest.fixture
def inspector(qtbot, controller):
    from gradientdesk.ui.inspect.update_inspector import UpdateInspector

    view = UpdateInspector(controller)
    qtbot.addWidget(view)
    view.resize(520, 560)
    view.show()
    qtbot.waitExposed(view)
    controller.step(1)
    qtbot.waitUntil(lambda: view.current is not None and view.current.step == 1, timeout=5000)
    return view


def read_inspector(view) -> dict:
    reading: dict = {}
    font(reading, "equation", view.equation.font())
    for name, spark in (("value", view.value_line), ("gradient", view.gradient_line)):
        reading[f"{name}.curve"] = line(spark.curve.opts["pen"])
        reading[f"{name}.zero"] = line(spark.zero.pen)
        reading[f"{name}.height"] = px(spark.plot_widget.maximumHeight())
        reading[f"{name}.label"] = px(spark.label.minimumWidth())
    return reading


def test_the_update_inspector_draws_from_the_theme_and_back(qtbot, controller, inspector):
    before, big = round_trip(inspector, read_inspector)
    assert_scaled(before, big)
    assert before["equation.pt"][1] == pytest.approx(1.25 * 9.0)


def test_a_new_equation_is_written_in_the_current_theme(qtbot, controller, inspector):
    inspector.apply_theme(HIGH)
    assert HIGH.palette.muted in inspector.equation.text()  # the shown equation is rewritten
    controller.select_parameter("dense2.W[1,0]")
    assert inspector.current.name == "dense2.W[1,0]"
    assert HIGH.palette.muted in inspector.equation.text() and "#555555" not in inspector.equation.text()
    assert HIGH.palette.muted in inspector.info.styleSheet()


# ---- loss landscape -------------------------------------------------------------------------------------------------
@pytest.fixture
def landscape(qtbot, controller):
    from gradientdesk.ui.inspect.landscape_view import LandscapeView

    view = LandscapeView(controller)
    qtbot.addWidget(view)
    view.resize(640, 640)
    view.show()
    qtbot.waitExposed(view)
    controller.step(2)
    qtbot.waitUntil(lambda: view.service.landscape is not None and view.title != "", timeout=10000)
    return view


def read_landscape(view) -> dict:
    reading = {name: line(getattr(view, name).opts["pen"]) for name in ("path", "path_halo", "arrow")}
    reading["contours"] = "same", view.contours.opts["pen"].widthF()  # a bundle of segments: 1 px at any scale
    for name in ("start", "minimum", "point"):
        item = getattr(view, name)
        reading[f"{name}.size"] = size(item.opts["size"])
        reading[f"{name}.pen"] = line(item.opts["pen"])
    axes(reading, "plot", view.plot)
    title(reading, "plot", view.plot)
    color_bar(reading, "plot", view.color_bar)
    return reading


def test_the_landscape_draws_from_the_theme_and_back(qtbot, controller, landscape):
    before, big = round_trip(landscape, read_landscape)
    assert_scaled(before, big)
    assert big["contours"] == before["contours"] == ("same", 1.0)
    assert before["point.size"][1] == 13.0 and before["path"][1] == 2.0
    landscape.apply_theme(Theme.presenting(1.6, True))
    assert landscape.point.opts["pen"].color().name() == BLACK  # a black rim in high contrast


def test_another_pair_is_labelled_with_the_current_theme(qtbot, controller, landscape):
    landscape.apply_theme(BIG)
    assert landscape.set_pair("dense1.W[1,0]", "dense1.W[1,1]")
    for side, name in (("bottom", "dense1.W[1,0]"), ("left", "dense1.W[1,1]")):
        axis = landscape.plot.getAxis(side)
        assert axis.labelText == name and axis.labelStyle["font-size"] == f"{BIG.pt():.3g}pt"
    assert css_pt(landscape.plot.titleLabel.text) == pytest.approx(22.0)
    assert landscape.point.opts["size"] == 26.0


# ---- worked forward pass --------------------------------------------------------------------------------------------
@pytest.fixture
def forward(qtbot, controller):
    from gradientdesk.ui.inspect.forward_pass import ForwardPassPanel

    view = ForwardPassPanel(controller)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_forward_pass_draws_from_the_theme_and_back(qtbot, controller, forward):
    ds = controller.data.dataset
    forward.inspect_at(float(ds.X[0, 0]), float(ds.X[0, 1]))
    assert forward.trace is not None

    def read(view) -> dict:
        reading: dict = {}
        font(reading, "text", view.text.font())
        return reading

    before, big = round_trip(forward, read)
    assert_scaled(before, big)
    assert before["text.pt"][1] == pytest.approx(1.1 * 9.0)


def test_a_new_point_is_written_in_the_current_theme(qtbot, controller, forward):
    ds = controller.data.dataset
    forward.inspect_at(float(ds.X[0, 0]), float(ds.X[0, 1]))
    forward.apply_theme(HIGH)
    assert HIGH.palette.muted in forward.text.toHtml().lower()  # the shown pass is rewritten
    far = np.abs(ds.X).max() + 3.0
    forward.inspect_at(far, far)  # a free position: a new pass
    assert forward.index is None
    page = forward.text.toHtml().lower()
    assert HIGH.palette.muted in page and "#555555" not in page
    assert forward.text.font().bold() and forward.text.font().pointSizeF() == pytest.approx(2.0 * 1.1 * 9.0)


def test_a_hidden_diagram_takes_the_theme_when_shown(qtbot, controller, diagram):
    """Out of sight the thumbnails are not redrawn; shown again, the diagram is what it would have been."""
    diagram.apply_theme(BIG)
    expected = read_diagram(diagram)
    diagram.apply_theme(Theme())
    diagram.hide()
    diagram.apply_theme(BIG)
    assert diagram.edges.groups == []  # nothing drawn while hidden
    diagram.show()
    qtbot.waitUntil(lambda: bool(diagram.edges.groups), timeout=3000)
    assert read_diagram(diagram) == expected
