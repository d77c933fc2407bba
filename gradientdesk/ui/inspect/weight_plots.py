"""pyqtgraph pieces of the weight and gradient maps: colour maps, fixed symmetric levels, a matrix heatmap with its
bias column, and an axis that labels image columns with training steps."""

from __future__ import annotations

import math

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsRectItem

from ..plots.plot_items import DRAW_LIMIT
from ..theme import palette
from ..theme.theme import Theme

# negative orange, zero near white, positive blue: the diagram's edge colours (and the classes' on the canvas)
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [palette.ORANGE, "#F7F7F7", palette.BLUE])
# counts: white (none) through blue to near black (many)
SEQUENTIAL = pg.ColorMap([0.0, 0.45, 1.0], ["#FFFFFF", palette.SKY_BLUE, "#08203A"])
BIAS_GAP = 0.35  # cells between the weight matrix and the bias column
TITLE_PT = 11.0  # pyqtgraph's own title size
BAR_WIDTH = 14  # px of a colour bar at scale 1
NICE = (1.0, 2.0, 5.0)
LABEL_OVERHANG = 15  # px a column's name may extend beyond the ends of the bottom axis


def nice_ceiling(x: float, floor: float) -> float:
    """The smallest number 1, 2 or 5 x 10^k that is >= x (at least `floor`; `floor` for NaN/inf/0)."""
    if not math.isfinite(x) or x <= floor:
        return floor
    x = min(x, DRAW_LIMIT)
    exponent = math.floor(math.log10(x))
    for mantissa in (*NICE, 10.0):
        value = mantissa * 10.0**exponent
        if value >= x * (1 - 1e-12):
            return value
    return 10.0 ** (exponent + 1)


def finite_max_abs(*arrays: np.ndarray) -> float:
    """max |a| over the finite entries of all arrays (0 if none)."""
    best = 0.0
    for a in arrays:
        finite = np.abs(a[np.isfinite(a)])
        if finite.size:
            best = max(best, float(finite.max()))
    return min(best, DRAW_LIMIT)


class StepAxis(pg.AxisItem):
    """Bottom axis of an image whose column t was recorded at training step `steps[t]`: ticks say the step."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.steps = np.zeros(0, dtype=np.int64)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing) -> list[str]:
        labels = []
        for v in values:
            i = math.floor(v)
            labels.append(f"{int(self.steps[i]):,}" if 0 <= i < self.steps.size else "")  # none past the data
        return labels


class MatrixPlot:
    """A heatmap of a matrix (rows: to, columns: from) with its bias vector as an extra column on the right, row 0 at
    the top, levels fixed and symmetric (set by `set_levels`), with a colour bar; `marker` outlines one cell."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int, title: str, bar_label: str) -> None:
        self.theme = Theme()
        self.title = title
        self.plot: pg.PlotItem = layout.addPlot(row=row, col=col)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)  # row 0 at the top, as a matrix is written
        self.plot.getViewBox().setDefaultPadding(0.0)
        # the first column's name may reach into the empty corner below the left axis: hidden by default, 'x1' of a
        # degree-15 polynomial's narrow columns was missing
        self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=LABEL_OVERHANG)
        self.matrix = pg.ImageItem(axisOrder="row-major")
        self.bias = pg.ImageItem(axisOrder="row-major")
        for image in (self.matrix, self.bias):
            image.setColorMap(DIVERGING)
            self.plot.addItem(image)
        self.marker = QGraphicsRectItem()
        self.marker.setZValue(10)
        self.marker.hide()
        self.plot.addItem(self.marker)
        self.bar = pg.ColorBarItem(values=(-1, 1), colorMap=DIVERGING, interactive=False, label=bar_label,
                                   colorMapMenu=False, width=BAR_WIDTH)
        layout.addItem(self.bar, row=row, col=col + 1)
        self.levels = 0.0
        self.shape = (0, 0)
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """Axes, title, colour bar and cell outline drawn with `theme`."""
        self.theme = theme
        theme.style_axes(self.plot)
        theme.style_color_bar(self.bar, BAR_WIDTH)
        self.marker.setPen(theme.pen(palette.HIGHLIGHT, 2))
        self.set_title(self.title)

    def set_title(self, title: str) -> None:
        self.title = title
        self.theme.set_title(self.plot, self.theme.span(title, TITLE_PT))

    def set_bar_label(self, label: str) -> None:
        self.bar.getAxis("left").setLabel(label, **self.theme.css())

    def set_shape(self, rows: int, cols: int, x_ticks: list[tuple[float, str]], y_ticks: list[tuple[float, str]],
                  y_label: str, x_label: str) -> None:
        """New matrix size: axes, ticks (at cell centres: (position, text)) and view range (the images are placed by
        `set_data`)."""
        self.shape = (rows, cols)
        self.label_axes(y_label, x_label)
        self.plot.getAxis("left").setTicks([y_ticks])
        self.plot.getAxis("bottom").setTicks([x_ticks])
        self.plot.setXRange(0, cols + BIAS_GAP + 1, padding=0)
        self.plot.setYRange(0, rows, padding=0)
        self.marker.hide()

    def label_axes(self, y_label: str, x_label: str) -> None:
        css = self.theme.css()
        self.plot.setLabel("left", y_label, **css)
        self.plot.setLabel("bottom", x_label, **css)

    def set_levels(self, level: float) -> None:
        """Symmetric levels +-level for both images and the colour bar."""
        self.levels = level
        self.bar.setLevels((-level, level))

    def set_data(self, matrix: np.ndarray, bias: np.ndarray) -> None:
        rows, cols = matrix.shape
        levels = (-self.levels, self.levels)
        self.matrix.setImage(np.asarray(matrix, dtype=np.float64), levels=levels, autoLevels=False)
        self.matrix.setRect(QRectF(0, 0, cols, rows))  # setRect must follow setImage
        self.bias.setImage(np.asarray(bias, dtype=np.float64).reshape(rows, 1), levels=levels, autoLevels=False)
        self.bias.setRect(QRectF(cols + BIAS_GAP, 0, 1, rows))

    def mark(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell (row, column); column == cols means the bias column. None hides the outline."""
        if cell is None:
            self.marker.hide()
            return
        row, col = cell
        x = col if col < self.shape[1] else self.shape[1] + BIAS_GAP
        self.marker.setRect(QRectF(x, row, 1, 1))
        self.marker.show()

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(row, column) under a scene position (column == cols for the bias column), or None."""
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        rows, cols = self.shape
        row = math.floor(p.y())
        if not 0 <= row < rows:
            return None
        if 0 <= p.x() < cols:
            return row, math.floor(p.x())
        if cols + BIAS_GAP <= p.x() < cols + BIAS_GAP + 1:
            return row, cols
        return None
