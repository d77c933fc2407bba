"""Network diagram: neurons in layers, each hidden neuron showing its own output over the input plane, edges coloured
by the weight's sign and as wide as its magnitude, neurons' bias swatches coloured the same way. Live.

Hover an edge or a neuron for a card with its name, value, gradient and last update (it keeps updating while it
stays open); click to select it everywhere; while paused, double-click (or right-click, "Edit value...") to type a
new value. Everything is drawn from the newest snapshot: the neuron maps are one batched float32 forward pass over
a 24 x 24 grid (engine/neuron_maps.py, < 1 ms for 8 layers of 64), and refreshes are paced by SecondaryRefresh.
"""

from __future__ import annotations

import html
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QToolTip, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine.model_spec import ModelSpec
from ...engine.number_text import fmt
from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot
from ..i18n import fill
from ..model_texts import ModelTexts
from ..sync.refresh import SecondaryRefresh
from ..theme.theme import Theme
from . import CatchUpWhenShown, on_screen
from .diagram_items import EdgesItem, EdgeValuesItem, NodesItem, signed_color
from .diagram_keys import DiagramKeys
from .diagram_labels import DiagramText, Naming, largest, margins_for, right_names, scale_text, scale_texts, value_spots
from .diagram_layout import DiagramLayout, fitting_rows, node_size, shown_rows
from .diagram_view import DiagramView
from .param_text import card_texts, tooltip_html
from .short_text import OneLineLabel, text_height
from .thumbnails import Thumbnails
from .value_editor import ValueEditor

TITLE = "Network diagram"
DOMAIN_SPEC = (-6.0, 6.0, -6.0, 6.0)
# "width ∝ |w|" with no-break spaces and word joiners: never broken after the first '|' ("width" translated)
WIDTH_WORD = QT_TRANSLATE_NOOP("Diagram", "width")
WIDTH_SYMBOLS = "\u00a0∝\u00a0|\u2060w\u2060|"
# shown translated (context "Diagram"): %1 is the width's words, %2 one of PLANES; a negative weight's line is dashed
# (diagram_items.NEGATIVE_DASHES), and so is its sample here
LEGEND = QT_TRANSLATE_NOOP("Diagram", "<span style='color:#0072B2'><b>━ positive</b></span> · "
                           "<span style='color:#E69F00'><b>╍ negative</b></span> weight, %1 · square: a neuron's "
                           "output over %2 · corner swatch: its bias · hover for values, click to select, "
                           "double-click (paused) to edit")
LEGEND_SHORT = QT_TRANSLATE_NOOP("Diagram", "<span style='color:#0072B2'><b>━ positive</b></span> · "
                                 "<span style='color:#E69F00'><b>╍ negative</b></span> weight, %1 · hover for values")
PLANES = {1: QT_TRANSLATE_NOOP("Diagram", "the input line (x1 →)"),
          2: QT_TRANSLATE_NOOP("Diagram", "the input plane (x1 →, x2 ↑)")}
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
MIN_DIAGRAM = 120  # px at scale 1 that the legend and the note leave the diagram before they shrink to a line
TEXT_COST = 0.92  # the full legend and note are shown only while they leave the neurons this share of their size
NOTE_COLOR = "#444444"
EDITOR_WIDTH = 120  # px at scale 1
EDGE_TOLERANCE = 4.0  # px at scale 1: how near an edge the mouse must be to point at it


class NetworkDiagram(CatchUpWhenShown, QWidget):
    """The diagram of `controller`'s model. `view` is the QGraphicsView, `edges` / `nodes` its items, `geometry` the
    current DiagramLayout, `edge_values` / `edge_mask` the candidate edges' weights and which are drawn,
    `hover_text` the card last shown, `note` the line under the diagram, `labels` the column headers and names,
    `values` the weights' values written on a small network's edges; `theme` is what they are drawn with."""

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.theme = Theme()
        self.geometry_: DiagramLayout | None = None
        self.edge_values = np.empty(0)
        self.edge_mask = np.empty(0, dtype=bool)
        self.hover: ScalarRef | int | None = None  # a parameter, or the index of an input feature
        self.hover_text = ""
        self.last_update_ms = 0.0
        self._hover_global = QPoint()
        self._key: tuple | None = None
        self.spec: ModelSpec | None = None  # the structure drawn (from the snapshots)
        self._edited_spec: ModelSpec | None = None  # the structure the open editor's target belongs to
        self._names: tuple[str, ...] = ()
        self._outputs: tuple[str, ...] = ()  # the names written right of the output column, translated
        self.thumbnails: Thumbnails | None = None
        self._node_offsets: list[int] = []
        self._stale = True
        # translated once: the note is written at every refresh
        self._texts = {
            "legend": translate("Diagram", LEGEND),
            "short": fill(translate("Diagram", LEGEND_SHORT), translate("Diagram", WIDTH_WORD) + WIDTH_SYMBOLS),
            "drawn": translate("Diagram", "%1 · %2 of %3 weights drawn"),
            "strongest": translate("Diagram", "%1 · %2 of %3 weights drawn (the strongest of each layer pair)"),
            "input": translate("Diagram", "<b>input %1</b> — an input feature, computed from the point's "
                                          "coordinates (nothing to learn: the weights leaving it are)."),
            "hint edit": translate("Diagram", "click: select · double-click: edit"),
            "hint": translate("Diagram", "click: select"),
        }
        self._scale_texts = scale_texts()
        self._card_texts = card_texts()
        self._model_texts = ModelTexts()  # the engine's sentences (architecture, what a weight connects), translated

        self.legend_html = self._legend_for(2)
        self.legend = QLabel(self.legend_html)
        self.legend.setWordWrap(True)
        self.view = DiagramView(self, self)
        self.scene = self.view.scene()
        self.edges, self.nodes, self.values = EdgesItem(), NodesItem(), EdgeValuesItem()
        for item in (self.edges, self.values, self.nodes):
            self.scene.addItem(item)
        self.text = DiagramText(self.scene)
        self.message = self.scene.addSimpleText("")
        self.note = OneLineLabel(" ")
        self.editor = ValueEditor(self.view.viewport())
        self.editor.committed.connect(self._commit_edit)
        self.editor.rejected.connect(self.note.setText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

        self.keys = DiagramKeys(self)  # choosing a parameter without a mouse (diagram_keys.py)
        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.view.last_paint_ms)
        controller.snapshot_ready.connect(self._on_snapshot)
        # bound methods, not lambdas: Qt disconnects them when this widget is deleted before the controller
        controller.structure_changed.connect(self._on_structure_changed)
        controller.selection_changed.connect(self._apply_selection)
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """Fonts, edge widths, outlines and node sizes from `theme`: the layout is remade for the new fonts (cheap);
        the thumbnails are redrawn now if the diagram is on screen, else when it is shown (`catch_up`)."""
        self.theme = theme
        self.edges.set_theme(theme)
        self.nodes.set_theme(theme)
        self.values.set_theme(theme)
        self.message.setFont(theme.font())
        self.note.setStyleSheet(f"color: {theme.grey(NOTE_COLOR)}")
        self.editor.setFixedWidth(theme.pixels(EDITOR_WIDTH))
        self.fit_text()
        if on_screen(self):
            self.relayout()
        else:
            self.relayout(refresh=False)
            self._stale = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self.fit_text)  # the application's font (presentation mode)

    @property
    def labels(self) -> list:
        """The column headers, markers and names drawn (QGraphicsSimpleTextItems)."""
        return self.text.items

    def _on_structure_changed(self, _spec: ModelSpec) -> None:
        self.editor.hide()  # its target may be another weight now

    def fit_text(self) -> None:
        """The legend and the note in full, or a short legend (the full one in its tooltip) and a one-line note when
        the full ones would leave the diagram less than MIN_DIAGRAM or cost the drawing more than 1 - TEXT_COST of its
        neurons (smaller ones, or fewer rows of a wide layer): the drawing is what the class looks at."""
        width = max(1, self.width() - 4)
        spacing = max(0, self.layout().spacing())
        room = self.height() - 4 - 2 * spacing
        full = (text_height(self.legend_html, self.legend.font(), width)
                + text_height(self.note.text(), self.note.font(), width))
        brief = (text_height(self._texts["short"], self.legend.font(), width)
                 + self.note.fontMetrics().height())
        short = room - full < self.theme.pixels(MIN_DIAGRAM)
        if not short and self._key is not None:
            short = self._drawn_for(room - full) < TEXT_COST * self._drawn_for(room - brief)
        self.legend.setText(self._texts["short"] if short else self.legend_html)
        self.legend.setToolTip(self.legend_html if short else "")
        self.note.set_one_line(short)

    def _legend_for(self, input_dim: int) -> str:
        """The full legend, for data of `input_dim` dimensions (the thumbnails are drawn over their line or plane)."""
        return fill(self._texts["legend"], translate("Diagram", WIDTH_WORD) + WIDTH_SYMBOLS,
                    translate("Diagram", PLANES.get(input_dim, PLANES[2])))

    def _naming(self) -> Naming:
        _sizes, _names, _dim, act, out, _spec, _inputs, _outputs = self._key
        return Naming(self._names, self._outputs, act, out)

    def _drawn_for(self, view_height: float) -> float:
        """How much of the network a view `view_height` px high (as wide as this widget) shows: the height of its
        tallest column's neurons (rows x size), which a low view lessens by smaller neurons or fewer rows."""
        width = max(1, self.width() - 4)
        margins = margins_for(self.theme, self._naming(), view_height)
        rows = fitting_rows(view_height, margins, self.theme.scale)
        return shown_rows(self._key[0], rows) * node_size(self._key[0], width, view_height, margins, rows,
                                                          self.theme.scale)

    # ---- updates ----------------------------------------------------------------------------------------------------
    def _on_snapshot(self, _snap: Snapshot) -> None:
        if on_screen(self):
            self.throttle.request()
        else:
            self._stale = True  # hidden (a background tab): no work until shown

    def catch_up(self) -> None:
        """Draw the newest snapshot if one arrived while this view was out of sight."""
        if self._stale and on_screen(self):
            self.refresh()

    def refresh(self) -> None:
        """Redraw edges, biases and thumbnails from the newest snapshot (rebuilding the layout if it changed)."""
        t0 = time.perf_counter()
        snap = self.controller.latest
        if snap is None:
            return
        self._stale = False
        layers = snap.spec.dense_layers(snap.parameters)
        if not layers:
            self._show_message(snap)
            return
        key = self._structure(snap)
        if key != self._key:
            self._key, self.spec = key, snap.spec
            self._forget_targets()
            self._build_structure()
            self.relayout(refresh=False)
        geometry = self.geometry_
        if geometry is None:
            return
        self.edge_values = geometry.edge_weights([W for W, _ in layers])
        self.edge_mask = geometry.drawn_edges(self.edge_values)
        biases = [layers[c.layer - 1][1][c.shown] for c in geometry.columns[1:]]
        ref, bias_ref = largest(self.edge_values[self.edge_mask]), largest(np.concatenate(biases))
        self.edges.set_values(self.edge_values, self.edge_mask, ref, float(np.clip(geometry.pitch_y / 5, 1.5, 5.0)))
        self.values.set_values(self.edge_values, self.edge_mask)
        colors = [QColor() for _ in geometry.columns[0].shown]
        colors += [signed_color(float(b) / bias_ref) for column in biases for b in column]
        show = geometry.thumbnails and self.thumbnails is not None
        atlas = self.thumbnails.atlas(layers, geometry.columns) if show else None
        self.nodes.set_state(atlas, self.thumbnails.tile if show else (1, 1), colors)
        self._apply_selection()
        self._refresh_tooltip(snap)
        shown = int(self.edge_mask.sum())
        total = sum(W.size for W, _ in layers)
        drawn = fill(self._texts["strongest" if shown < total else "drawn"], self._model_texts.summary(snap.spec),
                     shown, total)
        note = f"{drawn} · {scale_text(layers, self._scale_texts)}"
        fit = len(note) != len(self.note.text())  # may take more lines than fit_text made room for (a wall's tile)
        self.note.setText(note)
        if fit:
            self.fit_text()
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    @staticmethod
    def _structure(snap: Snapshot) -> tuple:
        """What the layout and thumbnails depend on: the model's structure (its spec) and the grid's range."""
        spec = snap.spec
        grid = (*(snap.grid_spec[:4] if snap.grid_spec else DOMAIN_SPEC),)
        return (spec.layer_sizes, spec.feature_names, spec.input_dim, spec.activation, spec.head.activation, grid,
                spec.input_names, spec.output_names)

    def _build_structure(self) -> None:
        """New architecture, features or activation: feature names and the thumbnails' grid features."""
        sizes, names, input_dim, act, out, grid, input_names, outputs = self._key
        self._names = input_names if len(input_names) == sizes[0] else tuple(f"x{j + 1}" for j in range(sizes[0]))
        # a single output the header calls "output" is not named again (right_names reads the engine's names)
        self._outputs = self._model_texts.output_names(self.spec) if right_names(outputs) else ()
        self.thumbnails = None
        if len(names) == sizes[0]:
            self.thumbnails = Thumbnails(self.spec.feature_map(), grid, act, out)
        self.message.setText("")
        self.legend_html = self._legend_for(input_dim)
        self.fit_text()

    def relayout(self, refresh: bool = True) -> None:
        """Lay the diagram out for the current size (and structure); labels are plain text items in pixels."""
        if self._key is None:
            return
        vp = self.view.viewport().size()
        naming = self._naming()
        margins = margins_for(self.theme, naming, vp.height())
        rows = fitting_rows(vp.height(), margins, self.theme.scale)
        g = self.geometry_ = DiagramLayout(self._key[0], vp.width(), vp.height(), margins, rows, self.theme.scale)
        rect = QRectF(0, 0, vp.width(), vp.height())
        self.edges.set_geometry(g.segments, rect)
        rects = [QRectF(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in g.node_boxes()]
        has_bias = [column.layer > 0 for column in g.columns for _ in column.ys]
        self._node_offsets = [int(k) for k in np.cumsum([0] + [c.ys.size for c in g.columns[:-1]])]
        self.nodes.set_geometry(rects, has_bias, rect, g.thumbnails)
        self.text.build(g, self.theme, naming)
        self.values.set_geometry(value_spots(g, self.theme, self.text.boxes), rect)
        if refresh:
            self.refresh()

    def _show_message(self, snap: Snapshot) -> None:
        self._key = self.geometry_ = self.spec = None
        self.edges.set_geometry(np.empty((0, 4)), QRectF())
        self.nodes.set_geometry([], [], QRectF(), False)
        self.text.clear()
        self.values.set_geometry(np.empty((0, 2)), QRectF())
        self.message.setText(fill(translate(
            "Diagram", "%1\n\nThe diagram draws networks of dense layers. PCA's directions are drawn on the canvas;\n"
            "its weights are in the weight maps and the parameter table."), self._model_texts.summary(snap.spec)))
        self.message.setPos(12, 12)
        self.note.setText(" ")

    # ---- selection, hover, editing ---------------------------------------------------------------------------------
    def _target_at(self, pos: QPointF) -> ScalarRef | int | None:
        g, spec = self.geometry_, self.spec
        if g is None or spec is None:
            return None
        node = g.node_at(pos.x(), pos.y())
        if node is not None:
            layer, unit = node
            biases = spec.layer_slots(layer)[1] if layer else None
            return unit if biases is None else ScalarRef(biases.name, (unit,))
        mask = self.edge_mask.copy()
        if 0 <= self.edges.selected < mask.size:
            mask[self.edges.selected] = True  # the highlighted edge is drawn even when weak
        k = g.edge_at(pos.x(), pos.y(), mask, self.theme.size(EDGE_TOLERANCE))
        if k < 0:
            return None
        weights = spec.layer_slots(int(g.edge_layer[k]))[0]
        return None if weights is None else ScalarRef(weights.name, (int(g.edge_to[k]), int(g.edge_from[k])))

    def _forget_targets(self) -> None:
        """The structure changed: a hovered neuron or an open editor pointed into the old one (the same name may now
        be another weight), so both go."""
        if self.hover is not None:
            QToolTip.hideText()
        self.hover, self.hover_text = None, ""
        self.editor.hide()

    def _card(self, target: ScalarRef | int, snap: Snapshot) -> str:
        if isinstance(target, int):
            card = fill(self._texts["input"], self._names[target])
            spec = snap.spec
            if spec.feature_kind == "polynomial" and target < len(spec.feature_names):  # what 'x1^3' stands for
                card += "<br>" + html.escape(self._model_texts.feature(spec, spec.feature_names[target]))
            return card
        hint = self._texts["hint" if self.controller.playing else "hint edit"]
        return tooltip_html(target, snap, self._model_texts.meaning(snap.spec, target), hint,
                            self.theme.palette.muted, self._card_texts)

    def hover_at(self, pos: QPointF | None, global_pos: QPoint) -> None:
        target = self._target_at(pos) if pos is not None else None
        snap = self.controller.latest
        if target is None or snap is None:
            if self.hover is not None:
                QToolTip.hideText()
            self.hover, self.hover_text = None, ""
            return
        self.hover, self._hover_global = target, global_pos
        self.hover_text = self._card(target, snap)
        QToolTip.showText(global_pos, self.hover_text, self.view.viewport())

    def _refresh_tooltip(self, snap: Snapshot) -> None:
        """Keep the open card live (TensorFlow Playground's freezes; learners asked for live values)."""
        if self.hover is None:
            return
        self.hover_text = self._card(self.hover, snap)
        if QToolTip.isVisible():
            QToolTip.showText(self._hover_global, self.hover_text, self.view.viewport())

    def click_at(self, pos: QPointF) -> None:
        self.editor.hide()
        target = self._target_at(pos)
        if isinstance(target, ScalarRef):
            self.controller.select_parameter(target.flat)
        elif isinstance(target, int):
            self.note.setText(fill(translate("Diagram", "Input %1 is an input feature, not a parameter: click a "
                                                        "weight (edge) or a neuron (its bias)."), self._names[target]))

    def edit_at(self, pos: QPointF) -> None:
        target = self._target_at(pos)
        if isinstance(target, ScalarRef):
            self.start_edit(target, pos)

    def start_edit(self, ref: ScalarRef, pos: QPointF) -> bool:
        """Open the value editor for `ref` (only while paused: values typed during training would be overrun)."""
        snap = self.controller.latest
        if self.controller.playing:
            paused = translate("Diagram", "Pause training (Space) to edit a weight or bias by hand.")
            self.note.setText(paused)
            self.controller.status.emit(paused)
            return False
        if snap is None or not snap.spec.has(ref):
            return False
        self.controller.select_parameter(ref.flat)
        self._edited_spec = snap.spec
        self.editor.open(ref.name, ref.index, float(snap.parameters[ref.name][ref.index]),
                         QPoint(int(pos.x()) + 8, int(pos.y()) - 12))
        return True

    def _commit_edit(self, name: str, index: tuple, value: float) -> None:
        ref = ScalarRef(name, tuple(index))
        # the controller refuses the value if the structure is no longer the one the editor was opened for
        why = self.controller.set_parameter_value(ref, value, spec=self._edited_spec)
        if why:
            self.note.setText(why)
            return
        self.note.setText(fill(translate("Diagram", "%1 set to %2: the output map shows the change."), ref.flat,
                               fmt(value, 6)))

    def context_menu_at(self, pos: QPointF, global_pos: QPoint) -> None:
        target = self._target_at(pos)
        if not isinstance(target, ScalarRef):
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click: gone once closed
        menu.addAction(fill(translate("Diagram", "Select %1"), target.flat),
                       lambda: self.controller.select_parameter(target.flat))
        edit = menu.addAction(translate("Diagram", "Edit value…"), lambda: self.start_edit(target, pos))
        if self.controller.playing:
            edit.setText(translate("Diagram", "Edit value… (pause training first)"))
            edit.setEnabled(False)
        menu.popup(global_pos)

    def _apply_selection(self) -> None:
        """Highlight the selected edge or neuron (a weak edge is drawn anyway while it is selected)."""
        ref, g, spec = ScalarRef.parse(self.controller.selection), self.geometry_, self.spec
        slot = spec.slot(ref.name) if ref is not None and spec is not None else None
        edge = node = -1
        if slot is not None and g is not None and slot.contains(ref.index) and slot.layer < len(g.columns):
            if slot.is_weight:
                edge = g.edge_index(slot.layer, *ref.index)
            elif ref.index[0] < g.columns[slot.layer].shown.size:
                node = self._node_offsets[slot.layer] + ref.index[0]
        self.edges.set_selected(edge)
        self.nodes.set_selected(node)

