"""What presentation mode does to each kind of pyqtgraph item: the style attributes it scales (pens, symbol sizes,
fonts, title heights), how each is read, scaled and put back. `presentation_styler.PlotStyler` walks the items.

With s the presentation scale and c the extra line factor of high contrast (`CONTRAST_LINES`, else 1):
    line width' = max(width, 1) * s * c      (width 0 is Qt's cosmetic 1 px line)
    point size' = size * s,  font size' = size * s
High contrast also draws axes and white point outlines black, and tick labels bold.
"""

from __future__ import annotations

import contextlib
import math
import operator
import re
from collections.abc import Callable

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPen

CONTRAST_LINES = 1.25
# Wide pens cost Qt's raster engine ~10x more per point (shared/design.md) and paint time is time the worker waits:
# a curve that draws many NaN-separated lines (connect="finite", the parameter traces' bundles) or more than
# BUNDLE_POINTS points keeps its width (measured: thick trace bundles took 16 ms a paint, p99 73 ms, on W2)
BUNDLE_POINTS = 5_000
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")
_WHITE = QColor("#FFFFFF").rgb()


def scaled_pen(pen: QPen | None, factor: float, contrast: bool = False) -> QPen | None:
    """A copy of `pen`, `factor` times as wide (a cosmetic 0-width pen counts as 1 px); in high contrast a white
    pen (a point's outline) becomes black. None and Qt.NoPen stay as they are."""
    if pen is None:
        return None
    out = QPen(pen)
    if pen.style() == pg.QtCore.Qt.PenStyle.NoPen:
        return out
    out.setWidthF(max(pen.widthF(), 1.0) * factor)
    if contrast and pen.color().rgb() == _WHITE:
        out.setColor(QColor("#000000"))
    return out


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of `font` `factor` times as large (point or pixel size, whichever it has), optionally bold."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        out.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold:
        out.setBold(True)
    return out


def scale_html_sizes(text: str, factor: float) -> str:
    """'font-size:10pt' -> 'font-size:16pt' everywhere in an HTML fragment."""
    return _FONT_SIZE.sub(lambda m: f"font-size:{float(m.group(1)) * factor:.3g}pt", text)


class Style:
    """What a styler applies: `scale` (s), `contrast` (bool) and the original application font (the size a
    pyqtgraph text without an explicit size is drawn at)."""

    def __init__(self, scale: float, contrast: bool, base_font: QFont) -> None:
        self.scale, self.contrast, self.base_font = scale, contrast, QFont(base_font)

    @property
    def lines(self) -> float:
        return self.scale * (CONTRAST_LINES if self.contrast else 1.0)

    @property
    def base_pt(self) -> float:
        return self.base_font.pointSizeF() if self.base_font.pointSizeF() > 0 else 9.0


# ---- the style attributes of each kind of item --------------------------------------------------------------------
class Attr:
    """One style attribute of an item. `capture` reads the original, `apply` writes the scaled version and
    returns what `get` will read back while it is still there (pyqtgraph stores copies of pens: the copy's identity
    tells whether a view has replaced it since), `restore` writes the original back. `same` compares two reads."""

    def __init__(self, get: Callable, apply: Callable, restore: Callable, capture: Callable | None = None,
                 same: Callable = operator.is_) -> None:
        self.get, self.apply, self.restore, self.same = get, apply, restore, same
        self.capture = capture or get


class Binding:
    """An attribute of one item while styled: its original and what was applied."""

    __slots__ = ("applied", "attr", "original")

    def __init__(self, attr: Attr, item, style: Style) -> None:
        self.attr = attr
        self.original = attr.capture(item)
        self.applied = attr.apply(item, self.original, style)

    def sync(self, item, style: Style) -> bool:
        """Re-style the attribute if a view replaced it; True if it did."""
        if self.attr.same(self.attr.get(item), self.applied):
            return False
        self.original = self.attr.capture(item)
        self.applied = self.attr.apply(item, self.original, style)
        return True

    def restore(self, item) -> None:
        if self.attr.same(self.applied, self.original):  # nothing was changed (a view's "auto" stays auto)
            return
        if self.attr.same(self.attr.get(item), self.applied):
            self.attr.restore(item, self.original)


def _curve_pen(item, pen, style: Style):
    if item.opts.get("connect") == "finite" or (item.xData is not None and len(item.xData) > BUNDLE_POINTS):
        return pen  # a bundle of lines: stays 1 px
    item.setPen(scaled_pen(pen, style.lines))
    return item.opts["pen"]


def _curve_pen_restore(item, pen) -> None:
    if item.opts["pen"] is not pen:
        item.setPen(pen)


CURVE = (Attr(lambda i: i.opts["pen"], _curve_pen, _curve_pen_restore),)


def _data_pen(item, pen, style: Style):
    if pen is not None:
        item.setPen(scaled_pen(pg.mkPen(pen), style.lines))
    return item.opts["pen"]


def _data_symbol_size(item, size, style: Style):
    if item.opts["symbol"] is not None and np.isscalar(size):
        item.setSymbolSize(size * style.scale)
    return item.opts["symbolSize"]


def _data_symbol_pen(item, pen, style: Style):
    if item.opts["symbol"] is not None and isinstance(pen, QPen):
        item.setSymbolPen(scaled_pen(pen, style.scale, style.contrast))
    return item.opts["symbolPen"]


DATA_ITEM = (
    Attr(lambda i: i.opts["pen"], _data_pen, lambda i, pen: i.setPen(pen)),
    Attr(lambda i: i.opts["symbolSize"], _data_symbol_size, lambda i, size: i.setSymbolSize(size)),
    Attr(lambda i: i.opts["symbolPen"], _data_symbol_pen, lambda i, pen: i.setSymbolPen(pen)),
)


def _scatter_points_capture(item):
    return item.data, item.data["size"].copy(), item.data["pen"].copy()


def _scatter_points(item, original, style: Style):
    data, sizes, pens = original
    cache: dict[int, object] = {}  # a few shared pens stay a few (pyqtgraph's symbol atlas keys on them)
    scaled = np.empty(len(pens), dtype=object)
    for i, pen in enumerate(pens):
        if id(pen) not in cache:
            cache[id(pen)] = scaled_pen(pen, style.scale, style.contrast) if isinstance(pen, QPen) else pen
        scaled[i] = cache[id(pen)]
    data["pen"] = scaled
    data["sourceRect"] = 0
    item.setSize(np.where(sizes >= 0, sizes * style.scale, sizes))  # also refreshes the spots
    return data


def _scatter_points_restore(item, original) -> None:
    data, sizes, pens = original
    data["pen"] = pens
    data["sourceRect"] = 0
    item.setSize(sizes)


def _scatter_pen(item, pen, style: Style):
    item.setPen(scaled_pen(pen, style.scale, style.contrast))
    return item.opts["pen"]


SCATTER = (
    Attr(lambda i: i.opts["pen"], _scatter_pen, lambda i, pen: i.setPen(pen)),
    Attr(lambda i: i.opts["size"], lambda i, size, s: (i.setSize(size * s.scale), i.opts["size"])[1],
         lambda i, size: i.setSize(size), same=operator.eq),
    Attr(lambda i: i.data, _scatter_points, _scatter_points_restore, capture=_scatter_points_capture),
)


def _axis_font_capture(item):
    return item.style["tickFont"], item.textWidth, item.textHeight


def _axis_font(item, original, style: Style):
    font = original[0]
    item.setTickFont(scaled_font(font if font is not None else style.base_font, style.scale, bold=style.contrast))
    return item.style["tickFont"]


def _axis_font_restore(item, original) -> None:
    font, item.textWidth, item.textHeight = original  # the space kept for tick text only grows by itself
    item.setTickFont(font)
    item._adjustSize()


def _axis_pen(item, pen, style: Style):
    base = pg.mkPen(pen) if pen is not None else item.pen()
    if style.contrast:
        base.setColor(QColor("#000000"))
    item._pen = scaled_pen(base, style.lines)  # no public setter that leaves the label colour alone
    item.picture = None
    item.update()
    return item._pen


def _axis_pen_restore(item, pen) -> None:
    item._pen = pen
    item.picture = None
    item.update()


def _axis_label(item, label_style: dict, style: Style):
    label = dict(label_style)
    size = _FONT_SIZE.search(f"font-size:{label.get('font-size', '')}")
    label["font-size"] = f"{(float(size.group(1)) if size else style.base_pt) * style.scale:.3g}pt"
    if style.contrast:
        label["font-weight"] = "bold"
        label["color"] = "#000000"
    item.labelStyle = label
    item._updateLabel()  # re-renders the label and re-sizes the axis
    return label


def _axis_label_restore(item, label_style: dict) -> None:
    item.labelStyle = label_style
    item._updateLabel()


def _axis_extent(name: str, setter: str) -> Attr:
    def apply(item, value, style: Style):
        if value is not None:
            getattr(item, setter)(math.ceil(value * style.scale))
        return getattr(item, name)
    return Attr(lambda i: getattr(i, name), apply, lambda i, value: getattr(i, setter)(value), same=operator.eq)


AXIS = (
    Attr(lambda i: i.style["tickFont"], _axis_font, _axis_font_restore, capture=_axis_font_capture),
    Attr(lambda i: i._pen, _axis_pen, _axis_pen_restore),
    Attr(lambda i: i.labelStyle, _axis_label, _axis_label_restore),
    _axis_extent("fixedWidth", "setWidth"),
    _axis_extent("fixedHeight", "setHeight"),
)


def _label_capture(item):
    return item.text, dict(item.opts)


def _label(item, original, style: Style):
    text, opts = original
    size = _FONT_SIZE.search(f"font-size:{opts.get('size') or ''}")
    points = (float(size.group(1)) if size else style.base_pt) * style.scale
    item.setText(scale_html_sizes(text, style.scale), size=f"{points:.3g}pt")
    _fit_legend(item)
    return item.text


def _label_restore(item, original) -> None:
    text, opts = original
    item.opts = dict(opts)
    item.setText(text)
    _fit_legend(item)


legends_to_fit: list = []


def _fit_legend(label) -> None:
    """A legend sizes itself only when an entry is added: fit it to its re-sized labels once all are done
    (`fit_legends`)."""
    legend = label.parentItem()
    if isinstance(legend, pg.LegendItem) and all(legend is not other for other in legends_to_fit):
        legends_to_fit.append(legend)


def fit_legends() -> None:
    while legends_to_fit:
        legend = legends_to_fit.pop()
        with contextlib.suppress(RuntimeError):
            for _sample, label in legend.items:
                label.updateMin()  # the size it measured in setText can be from before its text was laid out
            legend.layout.invalidate()
            legend.layout.activate()
            legend.updateSize()


LABEL = (Attr(lambda i: i.text, _label, _label_restore, capture=_label_capture),)


def _title_height(item, height, style: Style):
    if item.titleLabel.isVisible() and 0 < height < 1000:
        item.titleLabel.setMaximumHeight(math.ceil(height * style.scale))
        item.layout.setRowFixedHeight(0, math.ceil(height * style.scale))
    return item.titleLabel.maximumHeight()


def _title_height_restore(item, height) -> None:
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height if item.titleLabel.isVisible() else 0)


PLOT = (Attr(lambda i: i.titleLabel.maximumHeight(), _title_height, _title_height_restore, same=operator.eq),)


def _text_font(item, font, style: Style):
    item.setFont(scaled_font(font, style.scale))
    return QFont(item.textItem.font())


TEXT = (Attr(lambda i: QFont(i.textItem.font()), _text_font, lambda i, font: i.setFont(font), same=operator.eq),)
ARROW = (Attr(lambda i: i.opts.get("headLen"),
              lambda i, head, s: (i.setStyle(headLen=head * s.scale), i.opts["headLen"])[1],
              lambda i, head: i.setStyle(headLen=head), same=operator.eq),)


_KINDS: tuple[tuple[type, tuple[Attr, ...]], ...] = (
    (pg.PlotDataItem, DATA_ITEM), (pg.PlotCurveItem, CURVE), (pg.ScatterPlotItem, SCATTER), (pg.AxisItem, AXIS),
    (pg.LabelItem, LABEL), (pg.PlotItem, PLOT), (pg.TextItem, TEXT), (pg.ArrowItem, ARROW),
)
_kind_cache: dict[type, tuple[Attr, ...]] = {}


def attributes_of(item) -> tuple[Attr, ...]:
    """The style attributes of `item`'s kind (empty for items without a style to scale)."""
    cls = type(item)
    if cls not in _kind_cache:
        _kind_cache[cls] = next((attrs for base, attrs in _KINDS if issubclass(cls, base)), ())
    return _kind_cache[cls]
