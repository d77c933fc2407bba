"""What the data canvas draws for PCA: the learned component directions through the learned centre, labelled PC1,
PC2, and each point's reconstruction (small grey dot) joined to its original by a thin line."""

from __future__ import annotations

import math

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg

from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme
from .plot_items import PassiveScatter

COMPONENT_COLORS = (palette.VERMILLION, palette.BLUISH_GREEN)
RECONSTRUCTION_COLOR = "#8C8C8C"
MIN_HALF_LENGTH = 1.0  # data units: a component stays visible on data with almost no spread along it
LINE_WIDTH, HEAD_LENGTH, LABEL_PT, RECONSTRUCTION_SIZE = 3.0, 16.0, 11.0, 5.0  # at scale 1


def reconstruct(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """x_hat = b + (x - b) W W^T for every row of X."""
    with np.errstate(all="ignore"):
        return b + ((X - b) @ W) @ W.T


def component_segments(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """For each column of W: (start, end, spread) of a line through b along the column's direction, reaching 2
    standard deviations of the data projected onto it (at least MIN_HALF_LENGTH)."""
    out = []
    for k in range(W.shape[1]):
        w = W[:, k]
        norm = float(np.linalg.norm(w))
        if not np.isfinite(norm) or norm == 0.0:
            continue
        u = w / norm
        spread = float(np.std((X - b) @ u)) if X.shape[0] > 1 else 0.0
        half = max(2.0 * spread, MIN_HALF_LENGTH) if np.isfinite(spread) else MIN_HALF_LENGTH
        out.append((b - half * u, b + half * u, spread))
    return out


class PCAOverlay:
    """Items for PCA on the canvas, created once; `update` moves them, `set_visible` shows or hides them all,
    `apply_theme` sizes them."""

    def __init__(self, plot: pg.PlotItem, max_components: int = 2, theme: Theme = DEFAULT_THEME) -> None:
        self.lines: list[pg.PlotCurveItem] = []
        self.arrows: list[pg.ArrowItem] = []
        self.labels: list[pg.TextItem] = []
        self.residuals = pg.PlotCurveItem(connect="pairs", antialias=True)
        self.reconstructions = PassiveScatter(pen=None, brush=pg.mkBrush(RECONSTRUCTION_COLOR))
        for item, z in ((self.residuals, 5), (self.reconstructions, 6)):
            item.setZValue(z)
            plot.addItem(item)
        for k in range(max_components):
            color = COMPONENT_COLORS[k % len(COMPONENT_COLORS)]
            line = pg.PlotCurveItem(antialias=True)
            arrow = pg.ArrowItem(brush=pg.mkBrush(color), tipAngle=35, tailLen=0)
            label = pg.TextItem(f"PC{k + 1}", color=color, anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 200))
            for item in (line, arrow, label):
                item.setZValue(20)
                plot.addItem(item)
            self.lines.append(line)
            self.arrows.append(arrow)
            self.labels.append(label)
        self._visible = True
        self.set_visible(False)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme) -> None:
        self.residuals.setPen(theme.pen(RECONSTRUCTION_COLOR, 1.0))
        self.reconstructions.setSize(theme.size(RECONSTRUCTION_SIZE))
        for k, (line, arrow, label) in enumerate(zip(self.lines, self.arrows, self.labels, strict=True)):
            color = COMPONENT_COLORS[k % len(COMPONENT_COLORS)]
            line.setPen(theme.pen(color, LINE_WIDTH))
            arrow.setStyle(pen=theme.pen(color), headLen=theme.size(HEAD_LENGTH))
            label.setFont(theme.font(LABEL_PT, bold=True))

    def set_visible(self, visible: bool) -> None:
        if visible == self._visible:
            return
        self._visible = visible
        for item in (self.residuals, self.reconstructions, *self.lines, *self.arrows, *self.labels):
            item.setVisible(visible)

    def update(self, X: np.ndarray | None, W: np.ndarray, b: np.ndarray) -> None:
        """Redraw for the points X (n, 2) and the parameters W (2, k), b (2,). Anything but 2-D data hides it."""
        if X is None or X.shape[1] != 2 or W.ndim != 2 or W.shape[0] != 2:
            self.set_visible(False)
            return
        self.set_visible(True)
        x_hat = reconstruct(X, W, b)
        good = np.isfinite(x_hat).all(axis=1)
        self.reconstructions.setData(x_hat[good, 0], x_hat[good, 1])
        pairs = np.empty((2 * int(good.sum()), 2))
        pairs[0::2], pairs[1::2] = X[good], x_hat[good]
        self.residuals.setData(pairs[:, 0], pairs[:, 1])
        segments = component_segments(X, W, b)
        for k, (line, arrow, label) in enumerate(zip(self.lines, self.arrows, self.labels, strict=True)):
            if k >= len(segments):
                for item in (line, arrow, label):
                    item.setVisible(False)
                continue
            start, end, _spread = segments[k]
            line.setData([start[0], end[0]], [start[1], end[1]])
            direction = end - start
            phi = math.degrees(math.atan2(direction[1], direction[0]))
            arrow.setStyle(angle=180.0 - phi)
            arrow.setPos(float(end[0]), float(end[1]))
            unit = direction / max(float(np.linalg.norm(direction)), 1e-12)
            label.setPos(float(end[0] + 0.6 * unit[0]), float(end[1] + 0.6 * unit[1]))
            for item in (line, arrow, label):
                item.setVisible(True)

