"""Small pieces shared by the plots: pyqtgraph set-up, a scatter that leaves the mouse to its view box, a view range
that is set by hand (no autorange per frame) and only moves when the data leave it, widgets that time their paint.
(The pacing of updates is in ui/sync/refresh.py.)"""

from __future__ import annotations

import math
import time

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

# The largest magnitude a view draws. People and files give at most 1e6 (engine/limits.py) and training stops past a
# million; near the float limit Qt's raster engine and pyqtgraph's axes overflow (a weight of 1e308 crashed a paint),
# so anything larger is drawn at this edge.
DRAW_LIMIT = 1e9


def drawable(x: float) -> float:
    """`x` with its magnitude limited to DRAW_LIMIT (NaN stays NaN)."""
    return min(max(x, -DRAW_LIMIT), DRAW_LIMIT) if math.isfinite(x) else (x if math.isnan(x) else math.copysign(
        DRAW_LIMIT, x))


def drawable_array(values: np.ndarray) -> np.ndarray:
    """`values` clipped to +-DRAW_LIMIT (infinities too; NaN stays NaN), as float64."""
    return np.clip(np.asarray(values, dtype=np.float64), -DRAW_LIMIT, DRAW_LIMIT)


def configure_pyqtgraph() -> None:
    """White background, black foreground, antialiased lines (the main window may have done this already)."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


class PassiveScatter(pg.ScatterPlotItem):
    """A ScatterPlotItem that never takes a mouse click, so a click on a point reaches the drawing view box.

    Its bounding rectangle is kept until the points, their sizes or the view's transform change: Qt asks for it
    twice per item at every paint, and pyqtgraph computes it afresh each time (the pixel padding through
    pixelVectors): 0.5 ms of every canvas frame for its 7 point layers, while only the output map under them
    changes."""

    _rect: QRectF | None = None

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()

    def boundingRect(self) -> QRectF:
        if self._rect is None:
            self._rect = super().boundingRect()
        return QRectF(self._rect)

    def prepareGeometryChange(self) -> None:
        self._rect = None
        super().prepareGeometryChange()

    def viewTransformChanged(self) -> None:
        self._rect = None
        super().viewTransformChanged()

    def clear(self) -> None:
        self._rect = None
        super().clear()

    def _updateMaxSpotSizes(self, **kwargs) -> None:
        self._rect = None
        super()._updateMaxSpotSizes(**kwargs)


class ManualRange:
    """One axis of a ViewBox whose range is set here instead of by autorange.

    `update(lo, hi)` with the data's extent: the range is set at once when the data leave it, and shrunk when the
    data fill less than `shrink` of it (at most once every `min_interval` seconds). `grow` is the share of the span
    left free above the data (room for curves growing to the right), `pad` the margin on each side; at least
    `min_span` is shown (a run of one epoch does not fill the plot with a fraction of one).
    """

    def __init__(self, view_box: pg.ViewBox, axis: str, pad: float = 0.05, grow: float = 0.0, shrink: float = 0.35,
                 min_interval: float = 0.3, min_span: float = 1e-6) -> None:
        if axis not in ("x", "y"):
            raise ValueError("axis must be 'x' or 'y'")
        self.view_box = view_box
        self.axis = axis
        self.pad, self.grow, self.shrink = pad, grow, shrink
        self.min_interval = min_interval
        self.min_span = min_span
        self.current: tuple[float, float] | None = None
        self.changes = 0
        self._last_change = -math.inf

    def reset(self) -> None:
        """Forget the range: the next `update` sets it from scratch."""
        self.current = None

    def update(self, lo: float, hi: float) -> bool:
        """Make sure [lo, hi] is visible; True if the range was changed."""
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return False
        lo, hi = drawable(lo), drawable(hi)
        if hi < lo:
            lo, hi = hi, lo
        if hi - lo < self.min_span:  # at least min_span visible: ahead of curves that grow, else around the data
            if self.grow > 0:
                hi = lo + self.min_span
            else:
                middle = 0.5 * (lo + hi)
                lo, hi = middle - 0.5 * self.min_span, middle + 0.5 * self.min_span
        span = max(hi - lo, 1e-9 * max(abs(lo), abs(hi)))
        target = (lo - self.pad * span, hi + (self.pad + self.grow) * span)
        now = time.perf_counter()
        if self.current is not None:
            c_lo, c_hi = self.current
            inside = c_lo <= lo and hi <= c_hi
            too_loose = span < self.shrink * (c_hi - c_lo)
            if inside and not (too_loose and now - self._last_change >= self.min_interval):
                return False
        self.set(*target)
        self._last_change = now
        return True

    def set(self, lo: float, hi: float) -> None:
        """Set the range and remember it as the one the data must fit in."""
        self.current = (lo, hi)
        self.changes += 1
        self.show(lo, hi)

    def show(self, lo: float, hi: float) -> None:
        """Set the range without remembering it: the next `update` replaces it (a placeholder for no data)."""
        if self.axis == "x":
            self.view_box.setXRange(lo, hi, padding=0)
        else:
            self.view_box.setYRange(lo, hi, padding=0)


class TimedPlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last paint took (`last_paint_ms`)."""

    last_paint_ms = 0.0

    def paintEvent(self, ev) -> None:
        t0 = time.perf_counter()
        super().paintEvent(ev)
        self.last_paint_ms = (time.perf_counter() - t0) * 1e3


class TimedLayoutWidget(pg.GraphicsLayoutWidget):
    """A GraphicsLayoutWidget that remembers how long its last paint took (`last_paint_ms`)."""

    last_paint_ms = 0.0

    def paintEvent(self, ev) -> None:
        t0 = time.perf_counter()
        super().paintEvent(ev)
        self.last_paint_ms = (time.perf_counter() - t0) * 1e3


def cache_as_pixmaps(*items: QGraphicsItem) -> None:
    """Paint each item into a pixmap once and blit it afterwards, until the item changes (it calls update() then,
    which redraws the pixmap). For items that rarely change in a plot that repaints at every frame: axes with
    their grid (an axis replays its whole picture, text included, at every paint: ~2 ms each), legends, titles,
    scatters of fixed training points. Measured on a 16-run sweep: the loss plot's paint 6.6 -> 1.5 ms."""
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def cache_plot_furniture(plot: pg.PlotItem, *more: QGraphicsItem) -> None:
    """`cache_as_pixmaps` for a plot's four axes and `more` (its legend, ...)."""
    cache_as_pixmaps(*(plot.getAxis(name) for name in ("left", "bottom", "top", "right")), *more)

