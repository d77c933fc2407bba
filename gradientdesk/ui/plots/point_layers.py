"""The data points as one scatter item per style (class x split): a scatter whose points share one pen, brush and
size draws 100,000 of them without per-point Python work in pyqtgraph, while one item with a pen and brush per point
spent ~600 ms of the GUI thread on every click on a 100,000-point canvas. Each item caches its picture (the points do
not move while the model trains under them)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from .plot_items import PassiveScatter
from .point_styles import PointStyle


class PointLayers:
    """Scatter items in `plot` at z-value `z`, one per group of `set`'s styles (made as needed, kept for reuse)."""

    def __init__(self, plot: pg.PlotItem, z: float) -> None:
        self.plot, self.z = plot, z
        self.items: list[PassiveScatter] = []
        self._drawn: tuple[np.ndarray, np.ndarray] = (np.empty((0, 2)), np.empty(0, dtype=np.intp))
        self._styles: list[PointStyle] = []

    def set(self, positions: np.ndarray, groups: np.ndarray, styles: list[PointStyle]) -> None:
        """Draw point i at positions[i] in styles[groups[i]]; later groups are drawn over earlier ones. Points added
        at the end of the same points in the same styles (a brush stroke) are added to their items: pyqtgraph then
        prepares only the new points instead of all of them."""
        old_positions, old_groups = self._drawn
        n = old_positions.shape[0]
        if (styles == self._styles and positions.shape[0] > n == old_groups.shape[0]
                and np.array_equal(groups[:n], old_groups) and np.array_equal(positions[:n], old_positions)):
            self._add(positions[n:], groups[n:], styles)
        else:
            self._reset(positions, groups, styles)
        self._drawn, self._styles = (positions.copy(), groups.copy()), list(styles)

    def _add(self, positions: np.ndarray, groups: np.ndarray, styles: list[PointStyle]) -> None:
        for g in np.unique(groups):
            pen, brush, size, symbol = styles[g]
            item = self.items[g]
            item.addPoints(pos=positions[groups == g], pen=pen, brush=brush, size=size, symbol=symbol)
            item.setVisible(True)

    def _reset(self, positions: np.ndarray, groups: np.ndarray, styles: list[PointStyle]) -> None:
        while len(self.items) < len(styles):
            item = PassiveScatter(symbol="o", pxMode=True)
            # drawn once into a pixmap and reused while only the output map changes under it (every frame of
            # training): 100,000 points cost a repaint per frame otherwise
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.setZValue(self.z + len(self.items) * 1e-3)
            self.plot.addItem(item)
            self.items.append(item)
        order = np.argsort(groups, kind="stable")
        bounds = np.searchsorted(groups[order], np.arange(len(styles) + 1))
        for g, item in enumerate(self.items):
            if g < len(styles) and bounds[g + 1] > bounds[g]:
                pen, brush, size, symbol = styles[g]
                item.setData(pos=positions[order[bounds[g]:bounds[g + 1]]], pen=pen, brush=brush, size=size,
                             symbol=symbol)
                item.setVisible(True)
            elif item.isVisible():
                item.setData(pos=np.empty((0, 2)))
                item.setVisible(False)

    def clear(self) -> None:
        self._drawn, self._styles = (np.empty((0, 2)), np.empty(0, dtype=np.intp)), []
        for item in self.items:
            item.setData(pos=np.empty((0, 2)))
            item.setVisible(False)

    def drawn(self) -> tuple[np.ndarray, list, list]:
        """What is drawn: (sizes, pens, brushes) of every point, group by group."""
        sizes, pens, brushes = [], [], []
        for item in self.items:
            if item.isVisible():
                n = len(item.data)
                sizes.append(np.full(n, float(item.opts["size"])))
                pens += [item.opts["pen"]] * n
                brushes += [item.opts["brush"]] * n
        return (np.concatenate(sizes) if sizes else np.empty(0)), pens, brushes
