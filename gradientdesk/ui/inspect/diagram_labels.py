"""The text of the network diagram: column headers, "... n more" markers under collapsed columns, the inputs' and
outputs' names, where the weights' values of a small network go on their edges, and what the edges' widths and the
swatches' colours are measured against.

Everything is laid out in viewport pixels for the current DiagramLayout, and nothing is drawn over anything: a header
or marker that would touch its neighbour's is left out (every other column is named rather than all of them on top of
each other), names of rows too close together are thinned (`label_every`), and an edge's value is written only where
its box is free (label_placement.py). Text never leaves the view: a centred header is shifted inside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from ..i18n import fill
from ..i18n import number_text as compact
from ..theme.theme import Theme
from .diagram_layout import DiagramLayout, Margins
from .label_placement import keep_apart, place_on_segments
from .short_text import MIN_NAME_PT, fitted

HEADER_SHARE = 1 / 8  # of the diagram's height, at most, per line of the column headers (else one line)
UNNAMED_OUTPUT = ("output",)  # a single output the header already names: no name beside it, its room goes to neurons
MAX_LABELLED_EDGES = 48  # candidate edges, at most, for the weights' values to be written on them
VALUE_SAMPLE = "-0.00"  # the width a weight's value is given when the labels are placed
Z_TEXT = 2
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
EDGE = 2.0  # px kept free between text and the view's left and right sides


def label_every(text_height: float, pitch: float) -> int:
    """Name every k-th row of a column so that names `text_height` px high, on rows `pitch` px apart, never
    overlap (1: every row; a degree-15 polynomial in a low diagram: every 2nd or 3rd power)."""
    return max(1, math.ceil(text_height / max(pitch, 1e-6) - 1e-9))


def narrowed(font: QFont, widest: float, room: float) -> QFont:
    """`font`, or a smaller copy (down to MIN_NAME_PT or 0.6 of its size) when text `widest` px wide must fit in
    `room` px: narrow columns keep every header rather than lose every other one."""
    if widest <= room:
        return font
    small = QFont(font)
    small.setPointSizeF(max(MIN_NAME_PT, 0.6 * font.pointSizeF(), font.pointSizeF() * room / max(widest, 1.0)))
    return small


def right_names(output_names: tuple[str, ...]) -> tuple[str, ...]:
    """The names written right of the output column: none for a single output the header calls "output"."""
    return () if tuple(output_names) == UNNAMED_OUTPUT else tuple(output_names)


@dataclass(frozen=True)
class Naming:
    """What the text says: the inputs' and outputs' names and the hidden and output layers' activations."""

    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    activation: str
    output_activation: str


def header_rows(theme: Theme, view_height: float) -> int:
    """2 ("layer 1" over "4 tanh") where the view is high enough, else 1 ("layer 1 · 4 tanh")."""
    return 2 if QFontMetrics(theme.font(bold=True)).height() <= HEADER_SHARE * view_height else 1


def margins_for(theme: Theme, naming: Naming, view_height: float) -> Margins:
    """Room for the names beside the first and last column, the headers above and the markers below."""
    metrics, wide, px = QFontMetrics(theme.font()), QFontMetrics(theme.font(bold=True)), theme.pixels
    right = right_names(naming.outputs)
    return Margins(left=max((metrics.horizontalAdvance(n) for n in naming.inputs), default=0) + px(14),
                   right=max(metrics.horizontalAdvance(n) for n in right) + px(14) if right else px(6),
                   top=header_rows(theme, view_height) * wide.height() + px(8), bottom=px(6),
                   marker=metrics.height() + px(4), name_pitch=metrics.height() + px(2))


class DiagramText:
    """The text items of the diagram's scene (`items`, drawn above edges and neurons) and their boxes (`boxes`,
    (n, 4) in viewport pixels), remade for every layout."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[QGraphicsSimpleTextItem] = []
        self.boxes = np.empty((0, 4))

    def clear(self) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items, self.boxes = [], np.empty((0, 4))

    def build(self, g: DiagramLayout, theme: Theme, naming: Naming) -> None:
        """Headers, markers and names for layout `g`, drawn with `theme`'s fonts."""
        self.clear()
        font, bold, px = theme.font(), theme.font(bold=True), theme.pixels
        metrics, wide = QFontMetrics(font), QFontMetrics(bold)
        rows = header_rows(theme, g.height)
        last = len(g.columns) - 1
        pitch = (g.columns[-1].x - g.columns[0].x) / max(1, last)
        sep = "\n" if rows == 2 else " · "
        short_in, short_out, short_layer = (translate("Diagram", "in"), translate("Diagram", "out"),
                                            translate("Diagram", "L%1"))
        shorts = [short_in if c.layer == 0 else short_out if c.layer == last else
                  f"{fill(short_layer, c.layer)}{sep}{c.units}" for c in g.columns]
        bold = narrowed(bold, max(wide.horizontalAdvance(line) for text in shorts for line in text.split("\n")),
                        pitch - px(6))
        wide = QFontMetrics(bold)
        hidden = [c.hidden_count for c in g.columns if c.hidden_count]
        marks = narrowed(font, max((metrics.horizontalAdvance(f"+{n}") for n in hidden), default=0),
                         pitch - px(4) - 2)  # 2 px: a text item's box is a little wider than its advance
        headers, markers = [], []
        inputs, output, layer_text, more_text = (translate("Diagram", "inputs"), translate("Diagram", "output"),
                                                 translate("Diagram", "layer %1"), translate("Diagram", "… %1 more"))
        for column, short in zip(g.columns, shorts, strict=True):
            layer, units = column.layer, column.units
            full = (inputs if layer == 0 else f"{output}{sep}{naming.output_activation}" if layer == last else
                    f"{fill(layer_text, layer)}{sep}{units} {naming.activation}")
            fits = max(wide.horizontalAdvance(line) for line in full.split("\n")) <= pitch - px(6)
            headers.append((full if fits else short, column.x, px(2)))
            if column.hidden_count:
                more = fill(more_text, column.hidden_count)
                fits = metrics.horizontalAdvance(more) <= pitch - px(4)
                markers.append((more if fits else f"+{column.hidden_count}", column.x,
                                float(column.ys[-1]) + g.node / 2 + px(2)))
        # the first and last column's headers first: "in" and "out" frame the picture; then every other that fits
        order = [0, last, *range(1, last)] if last > 0 else [0]
        self._centred(headers, order, bold, g.width, px(4))
        self._centred(markers, range(len(markers)), marks, g.width, px(4))
        for column, texts, dx, align in ((g.columns[0], naming.inputs, -g.node / 2 - px(6), "right"),
                                         (g.columns[-1], right_names(naming.outputs), g.node / 2 + px(6), "left")):
            # a font whose lines (not only capitals) fit the rows: every input named, if smaller, not every other
            pitch = float(column.ys[1] - column.ys[0]) if column.ys.size > 1 else g.height
            whole = 0.9 * pitch * metrics.ascent() / max(1, metrics.height())  # 0.9: rounded metrics
            names = fitted(font, whole) if column.ys.size > 1 else font
            height = QFontMetrics(names).height()
            every = label_every(height, pitch)  # rows too close for their names: every 2nd, 3rd ... name
            for k, (text, y) in enumerate(zip(texts, column.ys, strict=False)):
                if k % every == 0:
                    self._add(text, column.x + dx, y - height / 2, align, names, g.width)

    def _centred(self, texts: list[tuple[str, float, float]], order, font: QFont, width: float, pad: float) -> None:
        """Add the texts (text, centre x, top) centred on their x, leaving out any that would touch one added
        before it (in `order`)."""
        items = [self._item(text, font) for text, _x, _y in texts]
        boxes = np.array([_box(item, x - item.boundingRect().width() / 2, y, width)
                          for item, (_t, x, y) in zip(items, texts, strict=True)]).reshape(-1, 4)
        kept = keep_apart(boxes, list(order), pad)
        for item, box, keep in zip(items, boxes, kept, strict=True):
            if keep:
                self._place(item, box)
            else:
                self.scene.removeItem(item)

    def _add(self, text: str, x: float, y: float, align: str, font: QFont, width: float) -> None:
        item = self._item(text, font)
        w = item.boundingRect().width()
        self._place(item, _box(item, x - (w if align == "right" else 0), y, width))

    def _item(self, text: str, font: QFont) -> QGraphicsSimpleTextItem:
        item = self.scene.addSimpleText(text)
        item.setFont(font)
        item.setZValue(Z_TEXT)
        return item

    def _place(self, item: QGraphicsSimpleTextItem, box: np.ndarray) -> None:
        item.setPos(float(box[0]), float(box[1]))
        self.items.append(item)
        self.boxes = np.vstack([self.boxes, box])


def _box(item: QGraphicsSimpleTextItem, x: float, y: float, width: float) -> np.ndarray:
    """The box of `item` with its left edge at `x` (moved inside EDGE .. `width` - EDGE: a glyph's ink may reach a
    little beyond its advance) and its top at `y`."""
    rect = item.boundingRect()
    x = min(max(EDGE, x), max(EDGE, width - EDGE - rect.width()))
    return np.array([x, y, x + rect.width(), y + rect.height()])


def value_spots(g: DiagramLayout, theme: Theme, text_boxes: np.ndarray) -> np.ndarray:
    """Centres ((n, 2), NaN for none) of the value labels of layout `g`'s candidate edges: only for a network of at
    most MAX_LABELLED_EDGES weights, each box free of neurons, text and the other values, inside the view. Pairs are
    served from the outputs back and, within a pair, in order: the same layout always puts a value at the same spot
    (values that jumped about while training would be hard to follow)."""
    n = g.segments.shape[0]
    if n == 0 or n > MAX_LABELLED_EDGES:
        return np.full((n, 2), np.nan)
    metrics, px = QFontMetrics(theme.font()), theme.pixels
    size = (metrics.horizontalAdvance(VALUE_SAMPLE) + px(4), metrics.height())
    pad = theme.size(2)
    nodes = g.node_boxes() + np.array([-pad, -pad, pad, pad])
    order = np.concatenate([np.arange(sl.start, sl.stop) for sl in reversed(g.pair_slices)])
    centres = np.full((n, 2), np.nan)
    centres[order] = place_on_segments(g.segments[order], size, np.vstack([nodes, text_boxes]),
                                       (0.0, 0.0, g.width, g.height), pad=theme.size(3))
    return centres


def largest(values: np.ndarray) -> float:
    """max |v| over the finite values (the colour and width scale), 1 when there is none or it is 0."""
    finite = np.abs(values[np.isfinite(values)])
    return float(finite.max()) if finite.size and finite.max() > 0 else 1.0


def scale_texts() -> dict[str, str]:
    """The texts of `scale_text`, translated (a view that writes the scale at every frame translates them once)."""
    return {"all zero": translate("Diagram", "all weights are 0 and all biases are 0 (grey edges, white swatches)"),
            "zero w": translate("Diagram", "all weights are 0 (grey edges)"),
            "w": translate("Diagram", "widest edge |w| = %1"),
            "zero b": translate("Diagram", "all biases are 0"),
            "b": translate("Diagram", "strongest bias colour |b| = %1")}


def scale_text(layers: list[tuple[np.ndarray, np.ndarray]], texts: dict[str, str] | None = None) -> str:
    """What the widths and colours are measured against, in words: the largest |w| and |b| of the network, or that
    they are all 0 (grey edges, white swatches: nothing is drawn as positive). `texts`: `scale_texts()`, made once
    (translated here when not given)."""
    texts = texts or scale_texts()
    weights = np.concatenate([W.ravel() for W, _ in layers])
    biases = np.concatenate([b.ravel() for _, b in layers])
    zero_w, zero_b = not np.any(weights), not np.any(biases)
    if zero_w and zero_b:
        return texts["all zero"]
    w_text = texts["zero w"] if zero_w else fill(texts["w"], compact(largest(weights)))
    b_text = texts["zero b"] if zero_b else fill(texts["b"], compact(largest(biases)))
    return f"{w_text} · {b_text}"
