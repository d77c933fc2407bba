"""The sweep's two pictures: the loss of every run against its swept value (with the divergence edge and the best
value marked), and small multiples of every run's decision map or fit.

The x axis of a log range is drawn by the axis's own log mode with x = log10(value) given to every item by this
module (points, line, band and marks alike), so nothing is transformed twice. Clicking a run's point or its small
map selects it (`run_clicked`); the dialog decides what selection means.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...engine.dataset import DOMAIN
from ...engine.grid import GridSpec
from ...engine.losses import Head
from ...engine.number_text import compact
from ..i18n import fill
from ..plots import output_map as om
from ..plots.plot_items import ManualRange, cache_as_pixmaps, cache_plot_furniture
from ..theme import palette
from .sweep_plan import SweepFrame

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

TRAINED_BRUSH = pg.mkBrush(palette.BLUE)  # styles made once and reused (pyqtgraph's symbol atlas: one per object)
DIVERGED_BRUSH = pg.mkBrush(palette.VERMILLION)
BEST_BRUSH = pg.mkBrush(palette.BLUISH_GREEN)
SELECTED_PEN = pg.mkPen(palette.BLACK, width=2.5)
PLAIN_PEN = pg.mkPen(palette.BLACK, width=0.5)
EDGE_BRUSH = pg.mkBrush(QColor(213, 94, 0, 45))
MAP_SIDE = 40  # points per side of the small multiples' grid: coarse (16 runs of it every few epochs), yet smooth


def map_grid(input_dim: int) -> GridSpec:
    """The grid every run's small map is computed on: the canvas's domain, MAP_SIDE points a side (100 along x
    for a 1-D fit)."""
    return (-DOMAIN, DOMAIN, -DOMAIN, DOMAIN, MAP_SIDE if input_dim == 2 else 100)


class ValueAxis(pg.AxisItem):
    """An axis whose log-mode ticks read as plain numbers (0.001, 0.01, ..., 10), never 10¹ beside 0.1."""

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # the minor ticks of a short range are labelled too: only 1, 2 and 5 of each decade, so they never crowd
        return [compact(10.0 ** v) if abs(v) < 300 and f"{10.0 ** v:.0e}"[0] in "125" else "" for v in values]


class LossVsValuePlot(pg.PlotWidget):
    """Current loss of each run against its swept value. Diverged runs are crosses on the top edge (their loss is
    meaningless); the divergence edge is a shaded band from the largest value that trained to the smallest that
    diverged; the best value is a vertical line."""

    run_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": ValueAxis("bottom")})
        self.setMinimumHeight(220)
        self.log = False
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.getAxis("bottom").enableAutoSIPrefix(False)  # the values are written out: no "(x0.001)" after the label
        # the legend takes the title's row, above the data: wherever the runs land, it hides none of them
        item.setTitle(" ")
        self.legend = pg.LegendItem(colCount=4, labelTextColor=palette.BLACK)
        self.legend.setParentItem(item)
        self.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 2))
        self.line = pg.PlotDataItem(pen=pg.mkPen(palette.BLUE, width=1.5))
        self.points = pg.ScatterPlotItem(size=11, hoverable=True, tip=None, brush=TRAINED_BRUSH, pen=PLAIN_PEN)
        self.diverged = pg.ScatterPlotItem(size=13, symbol="x", brush=DIVERGED_BRUSH, pen=pg.mkPen(None))
        self.edge = pg.LinearRegionItem(movable=False, brush=EDGE_BRUSH, pen=pg.mkPen(palette.VERMILLION, width=1))
        # the band's two sides say what they are: the largest value that trained, the smallest that diverged
        self.edge_labels = (pg.InfLineLabel(self.edge.lines[0], "", position=0.08, color=palette.BLUE,
                                            anchors=[(1, 0.5), (1, 0.5)]),
                            pg.InfLineLabel(self.edge.lines[1], "", position=0.08, color=palette.VERMILLION,
                                            anchors=[(0, 0.5), (0, 0.5)]))
        self.best = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(palette.BLUISH_GREEN, width=2,
                                                                        style=pg.QtCore.Qt.PenStyle.DashLine))
        # left of the line (the band is usually right of it), right of it when the best is in the left half
        self.best_labels = (pg.InfLineLabel(self.best, "", position=0.9, color=palette.BLUISH_GREEN,
                                            anchors=[(1, 0.5), (1, 0.5)]),
                            pg.InfLineLabel(self.best, "", position=0.9, color=palette.BLUISH_GREEN,
                                            anchors=[(0, 0.5), (0, 0.5)]))
        for graphic in (self.edge, self.line, self.points, self.diverged, self.best):
            item.addItem(graphic)
        self.legend.addItem(self.points, translate("Sweep", "a run: its loss now"))
        self.legend.addItem(self.diverged, translate("Sweep", "diverged"))
        # the legend draws samples of data items only: the band and the line are stood for by empty curves
        self.legend_samples = (pg.PlotDataItem(pen=pg.mkPen(QColor(213, 94, 0, 110), width=9)),
                               pg.PlotDataItem(pen=pg.mkPen(palette.BLUISH_GREEN, width=2,
                                                            style=pg.QtCore.Qt.PenStyle.DashLine)))
        self.legend.addItem(self.legend_samples[0], translate("Sweep", "divergence edge"))
        self.legend.addItem(self.legend_samples[1], translate("Sweep", "best value"))
        self.points.sigClicked.connect(self._clicked)
        self.frame: SweepFrame | None = None
        self.selected: int | None = None
        # ranges set here, not by autorange: an axis regenerates its ticks (the costliest part of this plot's paint)
        # only when its range changes, not at every frame of a 16-run sweep
        view = item.getViewBox()
        view.disableAutoRange()
        self.x_range = ManualRange(view, "x", pad=0.04, shrink=0.0)
        self.y_range = ManualRange(view, "y", pad=0.05, shrink=0.35, min_span=1e-9)
        self._labels: tuple[str, ...] = ()
        cache_plot_furniture(item, self.legend)  # this plot repaints at every frame of the sweep

    def set_axes(self, label: str, log: bool, loss_name: str) -> None:
        """Label the axes for a sweep of `label` (log x for a log range) judged by `loss_name`."""
        self.log = log
        item = self.getPlotItem()
        item.getAxis("bottom").setLogMode(log)
        item.setLabel("bottom", fill(translate("Sweep", "%1 (log scale)"), label) if log else label)
        item.setLabel("left", loss_name)
        self.reset_ranges()

    def x(self, value: float) -> float:
        return math.log10(value) if self.log else value

    def show_frame(self, frame: SweepFrame, selected: int | None) -> None:
        """Draw `frame`: the points, the line through the runs that trained, the edge, the best value."""
        self.frame, self.selected = frame, selected
        runs = frame.runs
        trained = [i for i, run in enumerate(runs) if not run.diverged]
        best = frame.best()
        xs = np.array([self.x(run.value) for run in runs])
        losses = np.array([run.loss for run in runs])
        self.line.setData(xs[trained], losses[trained])
        spots = [{"pos": (xs[i], losses[i]), "data": i, "brush": BEST_BRUSH if i == best else TRAINED_BRUSH,
                  "pen": SELECTED_PEN if i == selected else PLAIN_PEN} for i in trained]
        self.points.setData(spots)
        top = float(np.max(losses[trained])) * 1.08 if trained else 1.0
        diverged = [i for i, run in enumerate(runs) if run.diverged]
        self.diverged.setData([{"pos": (xs[i], top), "data": i, "size": 17 if i == selected else 13}
                               for i in diverged])
        low, high = frame.edge()
        self.edge.setVisible(high is not None)
        if high is not None:
            left = self.x(low) if low is not None else self.x(high) - 0.02 * (xs.max() - xs.min())
            self.edge.setRegion((left, self.x(high)))
        self.best.setVisible(best is not None)
        right = best is not None and xs[best] < (xs.min() + xs.max()) / 2
        if best is not None:
            self.best.setValue(xs[best])
        best_text = compact(runs[best].value) if best is not None else ""
        trains = high is not None and low is not None
        self._set_labels((fill(translate("Sweep", "trains at %1 "), compact(low)) if trains else "",
                          fill(translate("Sweep", " diverges at %1"), compact(high)) if high is not None else "",
                          "" if right or best is None else fill(translate("Sweep", "best %1 "), best_text),
                          fill(translate("Sweep", " best %1"), best_text) if right else ""))
        self.x_range.update(float(xs.min()), float(xs.max()))
        finite = losses[trained][np.isfinite(losses[trained])] if trained else np.empty(0)
        if finite.size:
            self.y_range.update(min(float(finite.min()), 0.0), top)

    def _set_labels(self, texts: tuple[str, str, str, str]) -> None:
        """The edge's and the best line's labels, set only when they change (each change lays out rich text)."""
        if texts != self._labels:
            self._labels = texts
            for label, text in zip((*self.edge_labels, *self.best_labels), texts, strict=True):
                label.setFormat(text)

    def reset_ranges(self) -> None:
        """A new sweep: the next frame sets both ranges from scratch."""
        self.x_range.reset()
        self.y_range.reset()

    def _clicked(self, _item: pg.ScatterPlotItem, spots: list, _event: object) -> None:
        if len(spots):
            self.run_clicked.emit(int(spots[0].data()))


class SmallMultiples(pg.GraphicsLayoutWidget):
    """One small map per run (the decision map for classes, the fitted curve for 1-D data), titled with the run's
    value; a diverged run says so in its title and its map is greyed. Clicking a map selects its run."""

    run_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setMinimumHeight(220)
        self.boxes: list[pg.ViewBox] = []
        self.images: list[pg.ImageItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self.titles: list[pg.LabelItem] = []
        self.frames: list[pg.PlotDataItem] = []  # the outline drawn around the selected run's map
        self._binary_lut = palette.diverging_lut(palette.class_color(0), palette.class_color(1))
        self.scene().sigMouseClicked.connect(self._clicked)
        self.y_range = (-1.0, 1.0)  # 1-D data: the targets' range, so a wild (diverged) curve cannot rescale a map
        self._title_texts: list[tuple[str, str]] = []  # what each title shows: set again only when it changes

    def build(self, count: int, points: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Make `count` empty maps (up to 8 in a row) with the training `points` (x, class) on each."""
        self.clear()
        self.boxes, self.images, self.curves, self.titles, self.frames = [], [], [], [], []
        self._title_texts = [("", "")] * count
        columns = min(count, 8 if count > 8 else max(4, math.ceil(count / 2)))
        brushes = [pg.mkBrush(palette.class_color(k)) for k in range(len(palette.CLASS_COLORS))]
        for i in range(count):
            row, col = divmod(i, columns)
            title = self.addLabel("", row=2 * row, col=col, size="10pt")
            box = self.addViewBox(row=2 * row + 1, col=col, lockAspect=True, enableMouse=False)
            box.setMenuEnabled(False)
            image, curve = pg.ImageItem(axisOrder="row-major"), pg.PlotDataItem(pen=pg.mkPen(palette.BLUE, width=1.5))
            box.addItem(image)
            box.addItem(curve)
            if points is not None:
                xy, labels = points
                if xy.shape[1] == 1 and labels.size:
                    low, high = float(labels.min()), float(labels.max())
                    pad = 0.15 * (high - low) or 1.0
                    self.y_range = (low - pad, high + pad)
                scatter = pg.ScatterPlotItem(size=2.5, pen=pg.mkPen(None))
                if xy.shape[1] == 2:
                    scatter.setData(xy[:, 0], xy[:, 1], brush=[brushes[int(k) % len(brushes)] for k in labels])
                else:
                    scatter.setData(xy[:, 0], labels, brush=brushes[1])
                box.addItem(scatter)
                cache_as_pixmaps(scatter)  # the training points never move: blitted, not drawn point by point
            cache_as_pixmaps(title)
            outline = pg.PlotDataItem(pen=SELECTED_PEN)
            outline.setVisible(False)
            box.addItem(outline)
            self.frames.append(outline)
            self.boxes.append(box)
            self.images.append(image)
            self.curves.append(curve)
            self.titles.append(title)

    def show_frame(self, frame: SweepFrame, selected: int | None) -> None:
        """Titles always; maps when the frame carries them."""
        best = frame.best()
        for i, (run, title) in enumerate(zip(frame.runs, self.titles, strict=False)):
            text = (fill(translate("Sweep", "%1: diverged"), compact(run.value)) if run.diverged
                    else fill(translate("Sweep", "%1 (best)"), compact(run.value)) if i == best else compact(run.value))
            color = palette.VERMILLION if run.diverged else palette.BLUISH_GREEN if i == best else palette.BLACK
            shown = (f"<b>{text}</b>" if i == selected else text, color)
            if self._title_texts[i] != shown:  # a new text lays the label out again and repaints the grid
                self._title_texts[i] = shown
                title.setText(shown[0], color=color)
            self.frames[i].setVisible(i == selected)
        if frame.maps is None or frame.grid is None or frame.head is None:
            return
        for i, (grid, run) in enumerate(zip(frame.maps, frame.runs, strict=False)):
            self.draw_map(i, grid, frame.grid, frame.head, run.diverged)

    def draw_map(self, i: int, grid: np.ndarray, spec: GridSpec, head: Head, diverged: bool) -> None:
        """Draw map `i` from a run's output `grid` on `spec` (the comparison draws its runs' maps with it too)."""
        x_min, x_max, y_min, y_max, res = spec
        image, curve = self.images[i], self.curves[i]
        if grid.shape[0] == 1:  # 1-D data: the fitted curve
            image.setVisible(False)
            curve.setData(np.linspace(x_min, x_max, res), np.nan_to_num(grid[0, :, 0], posinf=1e6, neginf=-1e6))
            curve.setOpacity(0.35 if diverged else 1.0)
            self.boxes[i].setAspectLocked(False)
            self.boxes[i].setRange(xRange=(x_min, x_max), yRange=self.y_range, padding=0)
            self.frames[i].setData([x_min, x_max, x_max, x_min, x_min], [self.y_range[0]] * 2 + [self.y_range[1]] * 2
                                   + [self.y_range[0]])
            return
        curve.setVisible(False)
        values = np.nan_to_num(grid)
        k = values.shape[-1]
        if head.task == "classification" and k == 1:
            rgb = om.binary_image(values[:, :, 0], om.scale_for(head.low, values[:, :, 0]), self._binary_lut)
        elif head.task == "classification":
            p = om.probabilities(values, head.activation == "softmax", head.low)
            rgb = om.class_blend(p, om.class_colors(k), palette.rgb(palette.NEUTRAL))
        else:
            low, high = float(values.min()), float(values.max())
            rgb = om.apply_lut(values[:, :, 0], self._binary_lut, (low, high if high > low else low + 1))
        image.setImage(rgb, autoLevels=False, levels=(0, 255))
        dx, dy = (x_max - x_min) / (res - 1), (y_max - y_min) / (res - 1)
        image.setRect(QRectF(x_min - dx / 2, y_min - dy / 2, res * dx, res * dy))
        image.setOpacity(0.3 if diverged else 1.0)
        self.boxes[i].setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)
        self.frames[i].setData([x_min, x_max, x_max, x_min, x_min], [y_min, y_min, y_max, y_max, y_min])

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        for i, box in enumerate(self.boxes):
            if box.sceneBoundingRect().contains(pos):
                self.run_clicked.emit(i)
                return
