"""The two graphics items of the network diagram: all edges in one item, all neurons in another.

One item per kind instead of one per edge keeps a refresh to a few numpy operations and a paint to a few
`drawLines` calls: edges are grouped into 2 signs x `BUCKETS` magnitudes, each group drawn with one pen (colour and
pattern by sign: negative edges are dashed; width and saturation by |w|, so weak edges fade). Neuron thumbnails
are tiles of one image (the atlas) built by numpy from the neuron maps, so a refresh makes one QImage, whatever the
number of neurons.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...engine.number_text import fmt
from ..i18n import decimal_text
from ..theme import palette
from ..theme.theme import Theme

BUCKETS = 6
POSITIVE = palette.BLUE  # Okabe-Ito: blue for positive weights, orange for negative (as the output map's classes)
NEGATIVE = palette.ORANGE
# A weight's sign is also the line's pattern, not its colour alone (a learner who cannot tell blue from orange reads
# dashes): negative edges are dashed, in pen widths, the dash at least 3 px on a thin edge. Dashed lines cost Qt's
# raster engine ~1.5x a solid one (measured: 344 antialiased lines, 1.9 ms solid, 2.9 ms all dashed).
NEGATIVE_DASHES = [5.0, 2.5]
INVALID = "#9A9A9A"  # NaN / inf after divergence
ZERO = "#B4B4B4"  # a weight of exactly 0: neither positive nor negative, drawn grey and thinnest
BORDER = "#5A5A5A"  # a neuron's outline
VALUE_TEXT = {1: POSITIVE, -1: "#A16F00", 0: "#5A5A5A"}  # a value's text by sign (orange darkened: legible on white)
THUMB_LUT = palette.diverging_lut(low=NEGATIVE, high=POSITIVE)  # (256, 3) uint8, -1 -> orange, +1 -> blue


def faded(color: str, strength: float) -> QColor:
    """`color` blended towards white: strength 1 is the colour itself, 0 is white."""
    rgb = strength * palette.rgb(color) + (1.0 - strength) * 255.0
    return QColor(*(round(float(c)) for c in rgb))


def signed_color(t: float) -> QColor:
    """Bias colour of a value scaled to [-1, 1]: white at 0, full blue at +1, full orange at -1; grey for NaN."""
    if not np.isfinite(t):
        return QColor(INVALID)
    return faded(POSITIVE if t >= 0 else NEGATIVE, min(1.0, abs(t)))


def atlas_rgb(tiles: np.ndarray) -> np.ndarray:
    """(count, h, w) values in [-1, 1] (row 0 = lowest x2) -> (h, count * w, 3) uint8 image with tile k at columns
    k*w .. (k+1)*w and x2 growing upwards; NaN is drawn neutral."""
    count, h, w = tiles.shape
    idx = np.nan_to_num((tiles[:, ::-1, :] + 1.0) * 127.5, nan=127.5)
    rgb = THUMB_LUT[np.clip(idx, 0, 255).astype(np.intp)]  # (count, h, w, 3)
    return np.ascontiguousarray(rgb.transpose(1, 0, 2, 3).reshape(h, count * w, 3))


def edge_buckets(values: np.ndarray, ref: float) -> np.ndarray:
    """Magnitude bucket 0..BUCKETS-1 of each weight, |w| / ref split evenly (ref: the largest |w| drawn)."""
    t = np.nan_to_num(np.abs(values) / max(ref, 1e-12), nan=1.0, posinf=1.0)
    return np.minimum((t * BUCKETS).astype(np.intp), BUCKETS - 1)


def highlight_pens(width: float) -> tuple[QPen, QPen]:
    """A white halo twice as wide as the black line `width` wide that marks the selected edge or neuron."""
    return QPen(QColor("#FFFFFF"), 2 * width), QPen(QColor(palette.HIGHLIGHT), width)


class EdgesItem(QGraphicsItem):
    """Every drawn edge of the diagram; `groups` holds (pen, lines) per sign and magnitude bucket, their widths
    times the theme's line factor; `highlight` the pens of the selected edge."""

    def __init__(self) -> None:
        super().__init__()
        self.theme = Theme()
        self.highlight = highlight_pens(3 * self.theme.lines)
        self._rect = QRectF()
        self._lines: list[QLineF] = []
        self.groups: list[tuple[QPen, list[QLineF]]] = []
        self.selected = -1
        self.drawn_count = 0
        self.setZValue(0)

    def set_theme(self, theme: Theme) -> None:
        """Widths from `theme` for the next `set_values` (the selected edge's at once)."""
        self.theme = theme
        self.highlight = highlight_pens(3 * theme.lines)
        self.update()

    def set_geometry(self, segments: np.ndarray, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self._lines = [QLineF(*map(float, s)) for s in segments]
        self.groups = []

    def set_values(self, values: np.ndarray, mask: np.ndarray, ref: float, max_width: float) -> None:
        """Group the drawn edges (mask) by sign and |w| / ref. Weak edges are thin and pale, strong ones wide and
        saturated, and drawn last (on top); a weight of exactly 0 has no sign: a thin grey line. Pens are opaque: a
        translucent pen costs Qt's raster engine ~10x more (measured: 344 antialiased lines, 2 ms opaque vs 33 ms at
        alpha 120), so fading blends towards white."""
        buckets = edge_buckets(values, ref)
        finite = np.isfinite(values)
        signs = ((NEGATIVE, finite & (values < 0)), (POSITIVE, finite & (values > 0)), (INVALID, ~finite))
        zero = mask & (values == 0)
        groups = []
        if zero.any():
            pen = QPen(QColor(ZERO), 0.6 * self.theme.lines)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            groups.append((pen, [self._lines[k] for k in np.flatnonzero(zero)]))
        for b in range(BUCKETS):
            t = (b + 0.5) / BUCKETS
            for color, which in signs:
                idx = np.flatnonzero(mask & which & (buckets == b))
                if idx.size == 0:
                    continue
                pen = QPen(faded(color, 0.22 + 0.78 * t), (0.6 + (max_width - 0.6) * t) * self.theme.lines)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                if color is NEGATIVE:
                    pen.setDashPattern(NEGATIVE_DASHES)
                groups.append((pen, [self._lines[k] for k in idx]))
        self.groups = groups
        self.drawn_count = int(mask.sum())
        self.update()

    def set_selected(self, k: int) -> None:
        if k != self.selected:
            self.selected = k
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        for pen, lines in self.groups:
            painter.setPen(pen)
            painter.drawLines(lines)
        if 0 <= self.selected < len(self._lines):
            line = self._lines[self.selected]
            for pen in self.highlight:
                painter.setPen(pen)
                painter.drawLine(line)


class NodesItem(QGraphicsItem):
    """Every drawn neuron: a thumbnail tile of the atlas (or a dot when there is no room) with a bias swatch in
    its lower-left corner; inputs have no bias. Node k is `rects[k]`, its tile columns k*w .. (k+1)*w. From the
    theme: `border` (outlines), `highlight` (the selected neuron's frame, `gap` px outside it) and `swatch` (the
    bias swatch's smallest side)."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.rects: list[QRectF] = []
        self.has_bias: list[bool] = []
        self.bias_colors: list[QColor] = []
        self.image: QImage | None = None
        self._image_data: np.ndarray | None = None  # the QImage reads this buffer: keep it alive
        self.tile = (1, 1)  # (h, w) of a tile in the atlas
        self.side = 1  # pixel size of a scaled tile
        self.thumbnails = True
        self.selected = -1
        self.setZValue(1)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        self.border = QPen(QColor(theme.grey(BORDER)), theme.width(1))
        self.highlight = highlight_pens(2.5 * theme.lines)
        self.gap, self.swatch = theme.size(3), theme.size(5)
        self.update()

    def set_geometry(self, rects: list[QRectF], has_bias: list[bool], rect: QRectF, thumbnails: bool) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.rects = rects
        self.has_bias = has_bias
        self.thumbnails = thumbnails
        self.bias_colors = [QColor(palette.NEUTRAL) for _ in rects]

    def set_state(self, rgb: np.ndarray | None, tile: tuple[int, int], bias_colors: list[QColor]) -> None:
        """`rgb`: the atlas from `atlas_rgb` (or None), `tile` its (h, w) per node. The atlas is scaled once here
        to the nodes' pixel size, so painting blits tiles 1:1 (scaling 50 tiles in every paint cost ~3 ms)."""
        if rgb is not None and self.rects:
            self._image_data = rgb
            h, w = rgb.shape[:2]
            side = round(self.rects[0].width())
            source = QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888)
            self.image = source.scaled(side * (w // tile[1]), side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.side = side
        elif rgb is None:
            self.image = None
        self.tile = tile
        self.bias_colors = bias_colors
        self.update()

    def set_selected(self, k: int) -> None:
        if k != self.selected:
            self.selected = k
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        border = self.border
        image = self.image if self.thumbnails else None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, image is None)  # squares need none; dots do
        for k, rect in enumerate(self.rects):
            if image is not None:
                painter.drawImage(rect.topLeft(), image, QRectF(k * self.side, 0, self.side, self.side))
                painter.setPen(border)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                if self.has_bias[k]:
                    side = round(max(self.swatch, rect.width() * 0.3))
                    swatch = QRectF(round(rect.left() - side * 0.35), round(rect.bottom() - side * 0.65), side, side)
                    painter.setBrush(QBrush(self.bias_colors[k]))
                    painter.drawRect(swatch)
            else:
                painter.setPen(border)
                painter.setBrush(QBrush(self.bias_colors[k] if self.has_bias[k] else QColor(palette.NEUTRAL)))
                painter.drawEllipse(rect)
        if 0 <= self.selected < len(self.rects):
            gap = self.gap
            rect = self.rects[self.selected].adjusted(-gap, -gap, gap, gap)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen in self.highlight:
                painter.setPen(pen)
                painter.drawRect(rect)

    def center(self, k: int) -> QPointF:
        return self.rects[k].center()


def value_text(w: float) -> str:
    """A weight as written on its edge, in about 5 characters: two decimals from 0.01 to 100 (0.96, -0.12, -1.30),
    whole numbers up to 10^4, else one significant digit (0.004, 3e-5, 2e6); 0 for zero, NaN and inf spelled out; with
    the interface's decimal sign."""
    if np.isfinite(w) and 0.01 <= abs(w) < 100:
        return decimal_text(f"{w:.2f}")
    if np.isfinite(w) and 100 <= abs(w) < 1e4:
        return f"{w:.0f}"
    return decimal_text(fmt(w, 1))


class EdgeValuesItem(QGraphicsItem):
    """The values of a small network's weights written on their edges, each on an opaque white box centred at its
    spot (diagram_labels.value_spots; NaN: not written) in the sign's colour, so that a class reads the numbers
    without hovering. `boxes` holds (rect, text) of what the last paint drew, for tests and screenshots."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.spots = np.empty((0, 2))
        self.texts: list[tuple[QPointF, str, QColor]] = []
        self.boxes: list[tuple[QRectF, str]] = []
        self.font = QFont()
        self.pad = 2.0
        self.setZValue(0.5)  # above the edges, below neurons and text

    def set_theme(self, theme: Theme) -> None:
        self.font = theme.font()
        self.pad = theme.size(2)
        self.update()

    def set_geometry(self, spots: np.ndarray, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.spots = spots
        self.texts = []

    def set_values(self, values: np.ndarray, mask: np.ndarray) -> None:
        """The text of every drawn edge (mask) that has a spot."""
        shown = mask & np.isfinite(self.spots[:, 0]) if self.spots.shape[0] == values.size else np.zeros(0, bool)
        self.texts = [(QPointF(*self.spots[k]), value_text(float(values[k])),
                       QColor(VALUE_TEXT[int(np.sign(values[k])) if np.isfinite(values[k]) else 0]))
                      for k in np.flatnonzero(shown)]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        boxes = []
        for centre, text, color in self.texts:
            w, h = metrics.horizontalAdvance(text) + 2 * self.pad, metrics.height()
            box = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(box, h / 4, h / 4)
            painter.setPen(color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            boxes.append((box, text))
        self.boxes = boxes
