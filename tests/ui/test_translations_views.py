"""Translations of the stage's views (ui/plots, ui/inspect, ui/scale): with the pseudo-locale installed (every string
of the app's contexts comes back as ⟦string⟧), every text the data canvas, the loss plot with its timeline row, and
each stage view shows - labels, buttons, tooltips, accessible descriptions, table headers and cells, pyqtgraph axis
labels, legends and titles - went through QCoreApplication.translate, after a few steps of training.

What is data is allowed: parameter names (dense1.W[0,1]), numbers, symbols, the names of real models in the Scale
view, the tokens a sentence is split into. `engine_texts` are texts the engine writes in English (no Qt there): the
published models' component names and formulas in the Scale view; they are the next slice.

The engine's descriptions of the learner's own model are composed in the interface language (ui/model_texts.py): the
diagram's hover card and summary line, the update inspector's header, optimizer and symbols, the forward pass's
step titles and loss name, the weight maps' readout must show them marked, not the engine's English.
"""

from __future__ import annotations

import html
import re

from pseudo_locale import CLOSE, OPEN, is_marked, unmarked, widget_texts

from gradientdesk.engine.choices import OPTIMIZER_LABELS
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.engine.scale_ladder import ladder
from gradientdesk.ui.window.stage_views import STAGE_VIEWS

PARAMETER = re.compile(r"^[\w.]+\[[\d, ]+\]$|^[\w.]+\.[Wb]$")  # dense1.W[0,1], dense1.b[2], dense1.W
DATA_WIDGETS = ("scale_token_table", "scale_token_chips")  # the tokens of the sentence typed (or its translation)




def engine_texts() -> set[str]:
    """The published models' component names and formulas in the Scale view: written by the engine
    (engine/scale_count.py), in English until the engine's texts are translated."""
    texts = set()
    for model in ladder():
        texts |= {part.name for part in model.components} | {part.formula for part in model.components}
    return texts


def allowed_for(win):
    models = {model.name for model in ladder()}
    engine = engine_texts()
    table = win.scale_view.token_page.table  # its tokens (also read through the table's header views)
    tokens = {table.item(row, 0).text() for row in range(table.rowCount()) if table.item(row, 0) is not None}

    def allowed(text: str) -> bool:
        return bool(PARAMETER.match(text)) or text in models or text in engine or text in tokens

    return allowed


def trained_window(make_window, qtbot):
    win = make_window()
    controller = win.controller
    start = controller.latest.step
    controller.step(12)
    qtbot.waitUntil(lambda: controller.latest.step >= start + 12, timeout=8000)
    qtbot.wait(300)  # the paced views (timeline row, traces, diagram) catch up
    return win


def view_texts(win, qtbot, name: str) -> list[tuple[str, str]]:
    """Every text the stage shows with view `name` on it (each page of the Scale view)."""
    win.stage.show_view(name)
    view = win.stage.views[name]
    qtbot.waitUntil(view.isVisible, timeout=3000)
    if name == "forward_pass":
        win.canvas.point_inspected.emit(1.0, -2.0)
    if name == "landscape":
        qtbot.waitUntil(lambda: "⟦Grid of" in win.landscape_view.status.text(), timeout=8000)
    qtbot.wait(200)
    texts = [(f"{name}: {where}", text) for where, text in widget_texts(win.stage)]
    if name == "scale":
        tabs = win.scale_view.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(100)
            texts += [(f"scale page {index}: {where}", text) for where, text in widget_texts(win.stage)]
    return [(where, text) for where, text in texts if not any(data in where for data in DATA_WIDGETS)]


def test_every_text_of_the_stage_views_goes_through_the_translator(pseudo, make_window, qtbot):
    win = trained_window(make_window, qtbot)
    found: list[tuple[str, str]] = []
    seen = 0
    texts = {spec.name: view_texts(win, qtbot, spec.name) for spec in STAGE_VIEWS}
    allowed = allowed_for(win)  # after the Scale view's token page has split its sentence
    for view in texts.values():
        seen += len(view)
        found += unmarked(view, allowed)
    for widget in (win.canvas, win.loss_plot):
        texts = widget_texts(widget)
        seen += len(texts)
        found += unmarked(texts, allowed)
    assert seen > 300  # the walk saw the views, their plots and the Scale view's pages
    assert found == [], "\n".join(map(str, found))


def test_the_plots_axis_labels_legends_and_status_texts_are_translated(pseudo, make_window, qtbot):
    """Spot checks of what the walk reads: the loss plot's axes, legend, log box and values line; the canvas's
    legend; the diagram's legend and summary line; the timeline row; the weight maps' titles."""
    win = trained_window(make_window, qtbot)
    loss = win.loss_plot
    assert loss.loss_plot.getAxis("bottom").labelText == f"{OPEN}epoch{CLOSE}"
    assert loss.log_box.text() == f"{OPEN}log scale{CLOSE}"
    assert [label.text for _sample, label in loss.legend.items] == [f"{OPEN}train{CLOSE}", f"{OPEN}test{CLOSE}"]
    assert loss.values_label.text().startswith(f"{OPEN}train loss ")
    assert f"{OPEN}decision boundary{CLOSE}" in win.canvas.getPlotItem().titleLabel.text
    assert win.canvas.accessibleName() == f"{OPEN}Data canvas{CLOSE}"
    win.stage.show_view("network_diagram")
    qtbot.waitUntil(lambda: "weights drawn" in win.network_diagram.note.text(), timeout=3000)
    diagram = win.network_diagram
    assert is_marked(diagram.note.text()) and f"{OPEN}<span style='color:#0072B2'><b>━ positive" in diagram.legend_html
    assert diagram.view.accessibleDescription().startswith(f"{OPEN}Diagram: arrow keys")
    assert is_marked(loss.timeline_row.where.text())
    win.stage.show_view("weight_maps")
    qtbot.waitUntil(lambda: win.weight_maps.weights.levels, timeout=3000)
    assert win.weight_maps.layer_combo.itemText(0).startswith(OPEN)


def test_the_walk_catches_a_text_set_without_translate(pseudo, make_window, qtbot):
    """The walk above can fail: a text set without translate() is found, in a view and in the loss plot."""
    win = trained_window(make_window, qtbot)
    view_texts(win, qtbot, "update_inspector")
    win.update_inspector.note.setText("Biases are not regularized: no λ term.")
    win.loss_plot.log_box.setText("log scale")
    texts = widget_texts(win.stage)
    assert unmarked([(where, text) for where, text in texts if "Biases" in text]) != []
    assert ("QCheckBox '' text", "log scale") in unmarked(widget_texts(win.loss_plot))


def test_the_engines_descriptions_of_the_model_are_translated(pseudo, make_window, qtbot):
    """The diagram's hover card (a weight and a bias) and summary line, the update inspector's header, optimizer and
    symbols, the forward pass's step titles and loss, the weight maps' readout: the engine's sentences are composed
    from translated pieces. A nested sentence (weight from ⟦input x1⟧ to ⟦neuron 0 of layer 1⟧) never shows as the
    engine's English; a one-piece text (a step title) shows inside the markers."""
    win = trained_window(make_window, qtbot)
    snap = win.controller.latest
    spec = snap.spec
    weight, bias = ScalarRef("dense1.W", (0, 1)), ScalarRef("dense1.b", (0,))
    win.stage.show_view("network_diagram")
    diagram = win.network_diagram
    qtbot.waitUntil(lambda: "weights drawn" in diagram.note.text(), timeout=3000)
    for ref, piece in ((weight, "weight from"), (bias, "bias of")):
        card = diagram._card(ref, snap)  # what hovering shows
        assert spec.describe(ref) not in card and f"{OPEN}{piece} {OPEN}" in card, card
    assert f"{OPEN}{spec.architecture}{CLOSE}" in diagram.note.text()

    win.controller.select_parameter(weight.flat)
    view_texts(win, qtbot, "update_inspector")
    inspector = win.update_inspector
    qtbot.waitUntil(lambda: inspector.name == weight.flat, timeout=3000)
    header = inspector.header.text()
    assert html.escape(spec.describe(weight)) not in header and f"{OPEN}weight from {OPEN}" in header, header
    assert f"{OPEN}{OPTIMIZER_LABELS[snap.optimizer]}{CLOSE}" in inspector.info.text()
    tooltip = inspector.equation.toolTip()
    assert f"{OPEN}the learning rate of this step{CLOSE}" in tooltip, tooltip

    view_texts(win, qtbot, "forward_pass")
    panel = win.forward_pass
    ds = win.controller.data.dataset
    panel.inspect_at(float(ds.X[0, 0]), float(ds.X[0, 1]))
    qtbot.waitUntil(lambda: panel.trace is not None and panel.trace.loss is not None, timeout=3000)
    text = panel.text.toHtml()
    for step in panel.trace.steps:
        assert f"{OPEN}{step.title}{CLOSE}" in text, step.title
    assert f"{OPEN}{panel.trace.loss_name}{CLOSE}" in text

    view_texts(win, qtbot, "weight_maps")
    maps = win.weight_maps
    qtbot.waitUntil(lambda: maps.weights.levels, timeout=3000)
    maps._show_readout(weight)  # what hovering a cell shows
    readout = maps.readout.text()
    assert spec.describe(weight) not in readout and f"{OPEN}weight from {OPEN}" in readout, readout


def test_the_check_catches_the_engines_english_in_a_card(pseudo, make_window, qtbot):
    """Negative: a card written with the engine's sentence (as before ui/model_texts.py) fails the check above,
    though it holds marked pieces."""
    from gradientdesk.ui.inspect.param_text import tooltip_html

    win = trained_window(make_window, qtbot)
    snap = win.controller.latest
    ref = ScalarRef("dense1.W", (0, 1))
    card = tooltip_html(ref, snap, snap.spec.describe(ref))
    assert is_marked(card) and snap.spec.describe(ref) in card
