"""Geometry of the network diagram, in viewport pixels (no Qt): which neurons are drawn, where, which edges, and
what lies under the mouse.

The diagram is laid out for the size of its view instead of being drawn once and zoomed: text keeps its size,
columns spread over the whole width and rows over the whole height, and a wide layer is collapsed to its first
`MAX_NODES` neurons plus a "... n more" marker. Neurons are as large as the room allows (up to `MAX_NODE`, 72 px at
scale 1: a thumbnail a class can read from the back), but never more than `NODE_SHARE_X` of the distance between
two columns, so that the edges between them stay long enough to be told apart and to carry their weights' values.
Between two drawn columns every weight is a candidate edge; when a
pair has more than `MAX_EDGES_PER_PAIR` of them, only the strongest (largest |w|) are drawn, so an 8 x 64 network
draws at most 9 x 64 lines and still shows every layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_NODES = 16
MIN_ROWS = 4
MIN_PITCH = 14.0  # px at scale 1: rather than rows closer than this, a low view collapses wide layers further
MAX_EDGES_PER_PAIR = 64
MIN_THUMBNAIL = 18.0  # px: below this a neuron is a dot filled by its bias instead of a thumbnail
MAX_NODE = 72.0
MIN_NODE = 6.0
NODE_SHARE_X = 0.5  # of the distance between two columns' centres, at most: the rest is the edges' and their values'
NODE_SHARE_Y = 0.78  # of the row pitch at most: a gap between two neurons of a column


@dataclass(frozen=True)
class Margins:
    """Room around the columns, in pixels: names left of the inputs, right of the outputs, headers on top."""

    left: float = 60.0
    right: float = 50.0
    top: float = 34.0
    bottom: float = 6.0
    marker: float = 16.0  # below a collapsed column, for its "... n more" text
    name_pitch: float = 0.0  # rows of the first and last column (they carry names) this far apart, if there is room


@dataclass(frozen=True)
class Column:
    """One layer: `layer` 0 for the inputs, l for dense-l; `shown` the unit indices drawn, at heights `ys`."""

    layer: int
    units: int
    shown: np.ndarray
    x: float
    ys: np.ndarray

    @property
    def hidden_count(self) -> int:
        return self.units - int(self.shown.size)


def shown_rows(sizes: tuple[int, ...], max_nodes: int = MAX_NODES) -> int:
    """How many neurons the tallest column draws (a wide layer is collapsed to `max_nodes`)."""
    return max(min(int(units), max_nodes) for units in sizes)


def fitting_rows(height: float, margins: Margins, scale: float = 1.0) -> int:
    """How many neurons a collapsed column may draw in a view `height` px high: MAX_NODES where there is room, fewer
    (at least MIN_ROWS) in a low view, so that 8 x 64 on a low stage is 8 rows of dots a class can see rather than
    16 rows of specks."""
    room = height - margins.top - margins.bottom - margins.marker
    return int(np.clip(room // (MIN_PITCH * scale), MIN_ROWS, MAX_NODES))


def node_size(sizes: tuple[int, ...], width: float, height: float, margins: Margins, max_nodes: int = MAX_NODES,
              scale: float = 1.0) -> float:
    """The side of a neuron for layer sizes `sizes` in a `width` x `height` view: limited by the row pitch (the
    tallest column), by the column pitch and by MIN_NODE / MAX_NODE times `scale`. A function of its own so that the
    diagram can ask what a legend line would cost the neurons before it decides to show it."""
    collapsed = any(units > max_nodes for units in sizes)
    pitch_y = max(1.0, (height - margins.bottom - (margins.marker if collapsed else 0.0) - margins.top)
                  / shown_rows(sizes, max_nodes))
    span_x = max(1.0, width - margins.left - margins.right)
    # centres are (span - node) / (n - 1) apart: node <= share * that <=> node <= share * span / (n - 1 + share)
    by_width = NODE_SHARE_X * span_x / (len(sizes) - 1 + NODE_SHARE_X) if len(sizes) > 1 else span_x
    # a larger theme (`scale`) may draw larger neurons where there is room; the thumbnails' threshold stays.
    # Never larger than a row's pitch less a pixel (rounded to whole pixels, neighbours would overlap): in a view
    # too low for MIN_NODE, dots get smaller rather than drawn over each other.
    side = float(np.clip(min(NODE_SHARE_Y * pitch_y, by_width), MIN_NODE * scale, MAX_NODE * scale))
    return min(side, max(1.0, math.floor(pitch_y) - 1.0))


class DiagramLayout:
    """Columns, node size and candidate edges for layer sizes `sizes` (inputs first) in a `width` x `height` view;
    `scale` (the theme's) multiplies the smallest and largest node size.

    Candidate edges of all pairs are concatenated: edge k runs from unit `edge_from[k]` of layer `edge_layer[k]-1`
    to unit `edge_to[k]` of layer `edge_layer[k]`, i.e. it is weight dense{layer}.W[to, from]; `segments[k]` holds
    its end points (x0, y0, x1, y1) and `pair_slices[l - 1]` the range of pair l.
    """

    def __init__(self, sizes: tuple[int, ...], width: float, height: float, margins: Margins = Margins(),
                 max_nodes: int = MAX_NODES, scale: float = 1.0) -> None:
        self.sizes = tuple(int(s) for s in sizes)
        self.width, self.height = float(width), float(height)
        self.margins = margins
        shown = [np.arange(min(units, max_nodes)) for units in self.sizes]
        collapsed = any(units > max_nodes for units in self.sizes)
        top = margins.top
        bottom = self.height - margins.bottom - (margins.marker if collapsed else 0.0)
        pitch_y = max(1.0, (bottom - top) / shown_rows(self.sizes, max_nodes))
        n_cols = len(self.sizes)
        self.node = node_size(self.sizes, self.width, self.height, margins, max_nodes, scale)
        self.pitch_y = pitch_y
        left = margins.left + self.node / 2
        right = self.width - margins.right - self.node / 2
        xs = np.linspace(left, right, n_cols) if n_cols > 1 else np.array([0.5 * (left + right)])
        middle = 0.5 * (top + bottom)
        pitches = [pitch_y] * n_cols
        for k in {0, n_cols - 1}:  # 2 inputs beside 16 rows of 8 px: spread so that both names can be written
            pitches[k] = max(pitch_y, min(margins.name_pitch, (bottom - top) / max(1, shown[k].size)))
        self.columns = [
            Column(layer, units, s, float(x), middle + (np.arange(s.size) - (s.size - 1) / 2) * pitch)
            for layer, (units, s, x, pitch) in enumerate(zip(self.sizes, shown, xs, pitches, strict=True))
        ]
        self._build_edges()

    @property
    def thumbnails(self) -> bool:
        """True when the neurons are large enough to show their output maps."""
        return self.node >= MIN_THUMBNAIL

    def node_boxes(self) -> np.ndarray:
        """(n, 4) boxes (x0, y0, x1, y1) of the drawn neurons, column by column, as the diagram draws them (whole
        pixels: thumbnails are blitted 1:1)."""
        side = round(self.node)
        boxes = [(round(c.x - side / 2), round(y - side / 2)) for c in self.columns for y in c.ys]
        xy = np.array(boxes, dtype=float).reshape(-1, 2)
        return np.column_stack([xy, xy + side])

    def _build_edges(self) -> None:
        layers, tos, froms, segs, self.pair_slices = [], [], [], [], []
        start, half = 0, self.node / 2
        for layer in range(1, len(self.columns)):
            src, dst = self.columns[layer - 1], self.columns[layer]
            to, frm = np.meshgrid(np.arange(dst.shown.size), np.arange(src.shown.size), indexing="ij")
            to, frm = to.ravel(), frm.ravel()
            n = to.size
            layers.append(np.full(n, layer))
            tos.append(dst.shown[to])
            froms.append(src.shown[frm])
            segs.append(np.column_stack([np.full(n, src.x + half), src.ys[frm], np.full(n, dst.x - half), dst.ys[to]]))
            self.pair_slices.append(slice(start, start + n))
            start += n
        empty = np.empty(0, dtype=np.intp)
        self.edge_layer = np.concatenate(layers) if layers else empty
        self.edge_to = np.concatenate(tos) if tos else empty
        self.edge_from = np.concatenate(froms) if froms else empty
        self.segments = np.concatenate(segs) if segs else np.empty((0, 4))

    # ---- which edges --------------------------------------------------------------------------------------------
    def edge_weights(self, weights: list[np.ndarray]) -> np.ndarray:
        """The weight of every candidate edge, from [W_1, ..., W_L] (W_l of shape (units, fan_in))."""
        out = np.empty(self.edge_layer.size)
        for layer, sl in enumerate(self.pair_slices, start=1):
            out[sl] = weights[layer - 1][self.edge_to[sl], self.edge_from[sl]]
        return out

    def drawn_edges(self, values: np.ndarray, cap: int = MAX_EDGES_PER_PAIR) -> np.ndarray:
        """Boolean mask of the edges to draw: every edge of a pair with at most `cap` candidates, else its `cap`
        strongest (NaN counts as strongest: a diverged weight must be visible)."""
        mask = np.zeros(values.size, dtype=bool)
        for sl in self.pair_slices:
            n = sl.stop - sl.start
            if n <= cap:
                mask[sl] = True
                continue
            strength = np.nan_to_num(np.abs(values[sl]), nan=np.inf)
            keep = np.argpartition(-strength, cap - 1)[:cap]
            mask[sl.start + keep] = True
        return mask

    def edge_index(self, layer: int, to: int, frm: int) -> int:
        """Index of the candidate edge for dense{layer}.W[to, frm], or -1 if one of its neurons is collapsed."""
        if not 1 <= layer < len(self.columns):
            return -1
        sl = self.pair_slices[layer - 1]
        n_from = self.columns[layer - 1].shown.size
        if to >= self.columns[layer].shown.size or frm >= n_from:
            return -1
        return sl.start + to * n_from + frm  # shown units are 0..count-1, in order

    # ---- under the mouse ----------------------------------------------------------------------------------------
    def node_at(self, x: float, y: float, slack: float = 2.0) -> tuple[int, int] | None:
        """(layer, unit) of the neuron whose square contains (x, y), or None."""
        half = self.node / 2 + slack
        for column in self.columns:
            if abs(x - column.x) <= half:
                k = np.flatnonzero(np.abs(column.ys - y) <= half)
                if k.size:
                    return column.layer, int(column.shown[k[0]])
        return None

    def node_center(self, layer: int, unit: int) -> tuple[float, float] | None:
        column = self.columns[layer]
        if unit >= column.shown.size:
            return None
        return column.x, float(column.ys[unit])

    def edge_at(self, x: float, y: float, mask: np.ndarray, tolerance: float = 4.0) -> int:
        """Index of the drawn edge nearest to (x, y) within `tolerance` pixels, or -1.

        Distance to segment p0 + t (p1 - p0), t clipped to [0, 1]: t = ((p - p0) . d) / |d|^2."""
        idx = np.flatnonzero(mask)
        if idx.size == 0:
            return -1
        s = self.segments[idx]
        d = s[:, 2:] - s[:, :2]
        p = np.array([x, y]) - s[:, :2]
        t = np.clip((p * d).sum(axis=1) / np.maximum((d * d).sum(axis=1), 1e-12), 0.0, 1.0)
        dist = np.hypot(*(p - t[:, None] * d).T)
        best = int(np.argmin(dist))
        return int(idx[best]) if dist[best] <= tolerance else -1
