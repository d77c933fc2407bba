"""The comparison's pictures, every run in its own fixed colour (compare_plan.RUN_COLORS): each run's decision map
or 1-D fit with the training points (the sweep's small multiples, outlined in the run's colour), the loss curves of
all runs overlaid (train solid, test dashed, x in epochs, a log scale on request), and the traces of one chosen
parameter in every run over the steps. A diverged run's curves end at its last finite step, with a cross there.
A run is told by its shape as well as its colour (colour vision): a few markers of its own shape sit on each of its
curves, and the legend shows line and shape.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...engine.dataset import DOMAIN
from ..i18n import fill
from ..plots.plot_items import cache_plot_furniture
from ..theme import palette
from .compare_plan import RUN_COLORS, RUN_NAMES, CompareFrame, RunHistory
from .sweep_plot import SmallMultiples

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

PENS = tuple(pg.mkPen(color, width=2.5) for color in RUN_COLORS)  # made once (pyqtgraph keeps one per object)
TEST_PENS = tuple(pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine) for color in RUN_COLORS)
OUTLINES = tuple(pg.mkPen(color, width=4) for color in RUN_COLORS)
BRUSHES = tuple(pg.mkBrush(color) for color in RUN_COLORS)
END_PENS = tuple(pg.mkPen(color, width=3) for color in RUN_COLORS)
RUN_SYMBOLS = ("o", "t", "s", "d")  # circle, triangle, square, diamond: run A, B, C, D, as in the legend
MARKERS_PER_CURVE = 6
MARKER_PEN = pg.mkPen(palette.BACKGROUND, width=1)  # a rim in the background colour: markers stand off the lines


def marker_positions(count: int, run: int, runs: int) -> np.ndarray:
    """Indices of a curve of `count` points where run `run` of `runs` puts its shape markers: MARKERS_PER_CURVE of
    them, evenly spread and shifted by run, so the markers of curves that coincide do not hide each other."""
    if count == 0:
        return np.empty(0, dtype=int)
    spots = (np.arange(MARKERS_PER_CURVE) + (run + 1) / (runs + 1)) / MARKERS_PER_CURVE
    return np.unique(np.minimum((spots * count).astype(int), count - 1))


def _finite(x: list[float] | np.ndarray, y: list[float] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(ys)
    return xs[keep], ys[keep]


class RunMaps(SmallMultiples):
    """One map per run, side by side, titled with its name, what it changes and its parameter count, outlined in
    its colour."""

    def build_runs(self, count: int, points: tuple[np.ndarray, np.ndarray] | None) -> None:
        self.build(count, points)
        grid = self.ci.layout  # the layout's QGraphicsGridLayout: columns of equal width, whatever their titles
        for column in range(count):
            grid.setColumnStretchFactor(column, 1)
            grid.setColumnPreferredWidth(column, 1)
        xs, ys = [-DOMAIN, DOMAIN, DOMAIN, -DOMAIN, -DOMAIN], [-DOMAIN, -DOMAIN, DOMAIN, DOMAIN, -DOMAIN]
        for i, outline in enumerate(self.frames):
            outline.setPen(OUTLINES[i])
            outline.setVisible(True)
            if points is not None and points[0].shape[1] == 2:
                outline.setData(xs, ys)  # the map's square until the first map redraws it

    def show_plan(self, captions: list[str]) -> None:
        """Before the first frame: the runs' titles over their training points, nothing trained yet."""
        for i, (text, title) in enumerate(zip(captions, self.titles, strict=False)):
            title.setText(fill(translate("Compare", "<b>%1</b>: %2<br>not trained yet<br>&nbsp;"), RUN_NAMES[i], text),
                          color=RUN_COLORS[i])

    def show_runs(self, frame: CompareFrame, captions: list[str]) -> None:
        """Titles from `captions` (one per run) and the runs' states; the maps when the frame carries them."""
        for i, (run, title) in enumerate(zip(frame.runs, self.titles, strict=False)):
            state = (fill(translate("Compare", "<b>diverged at step %1</b>"), run.diverged_step) if run.diverged
                     else fill(translate("Compare", "step %1"), run.step))
            title.setText(fill(translate("Compare", "<b>%1</b>: %2<br>%3 parameters<br>%4"), RUN_NAMES[i], captions[i],
                               frame.parameter_count, state), color=RUN_COLORS[i])
        if frame.maps is None or frame.grid is None or frame.head is None:
            return
        for i, (grid, run) in enumerate(zip(frame.maps, frame.runs, strict=False)):
            self.draw_map(i, grid, frame.grid, frame.head, run.diverged)


class RunCurves(pg.PlotWidget):
    """One or two curves per run, overlaid, in the run's colour, and a cross where a diverged run's curve ends.
    `LossCurves` and `TraceCurves` say what the curves are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(180)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.getAxis("bottom").enableAutoSIPrefix(False)
        # the legend takes the title's row, above the data (as the sweep's does): it hides no curve
        item.setTitle(" ")
        self.legend = pg.LegendItem(colCount=len(RUN_NAMES), labelTextColor=palette.BLACK)
        self.legend.setParentItem(item)
        self.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 2))
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.ends: list[pg.PlotDataItem] = []  # a cross where a diverged run's curve ends (log mode applies to it)
        self.markers: list[pg.PlotDataItem] = []  # each run's shapes on its curves
        cache_plot_furniture(item, self.legend)  # these curves repaint at every frame of the comparison

    def build(self, count: int) -> None:
        item = self.getPlotItem()
        for graphic in [*(c for pair in self.curves for c in pair), *self.ends, *self.markers]:
            item.removeItem(graphic)
        self.legend.clear()
        self.curves, self.ends, self.markers = [], [], []
        for i in range(count):
            solid, dashed = pg.PlotDataItem(pen=PENS[i]), pg.PlotDataItem(pen=TEST_PENS[i])
            end = pg.PlotDataItem(pen=None, symbol="x", symbolSize=16, symbolPen=END_PENS[i], symbolBrush=BRUSHES[i])
            markers = pg.PlotDataItem(pen=None, symbol=RUN_SYMBOLS[i], symbolSize=10, symbolPen=MARKER_PEN,
                                      symbolBrush=BRUSHES[i])
            for graphic in (solid, dashed, markers, end):
                item.addItem(graphic)
            self.curves.append((solid, dashed))
            self.ends.append(end)
            self.markers.append(markers)
            # the legend's sample: the run's line and its shape (an item of its own, not drawn in the plot)
            self.legend.addItem(pg.PlotDataItem(pen=PENS[i], symbol=RUN_SYMBOLS[i], symbolSize=10,
                                                symbolPen=MARKER_PEN, symbolBrush=BRUSHES[i]), RUN_NAMES[i])

    def mark_runs(self, curves: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Each run's shape markers on its curve (x, y), as `marker_positions` spreads them."""
        for i, (markers, (xs, ys)) in enumerate(zip(self.markers, curves, strict=False)):
            spots = marker_positions(len(xs), i, len(self.markers))
            markers.setData(xs[spots], ys[spots])

    def fit_range(self, kept: list[np.ndarray], log: bool = False) -> tuple[float, float] | None:
        """Fit the y axis to `kept` (the values of the runs that did not diverge: a run-away loss or weight would
        flatten every other curve); None (auto range) when nothing is kept. Returns the (low, high) data range."""
        values = np.concatenate(kept) if kept else np.empty(0)
        values = values[np.isfinite(values) & ((values > 0) if log else True)]
        item = self.getPlotItem()
        if not values.size:
            item.enableAutoRange(axis="y")
            return None
        low, high = float(values.min()), float(values.max())
        if log:
            low, high = math.log10(low), math.log10(high)
        pad = 0.06 * (high - low) or 0.1 * max(abs(high), 1e-3)
        item.setYRange(low - pad, high + pad, padding=0)
        return (10 ** low, 10 ** (high + pad)) if log else (low, high + pad)

    def mark_ends(self, ends: list[tuple[int, float, float]], limits: tuple[float, float] | None = None) -> None:
        """A cross in run i's colour at (x, y) for each diverged run (i, x, y), on the plot's edge when y is beyond
        `limits` (the range shown)."""
        if limits is not None:
            ends = [(i, x, min(max(y, limits[0]), limits[1]) if math.isfinite(y) else limits[1]) for i, x, y in ends]
        marked = {i: (x, y) for i, x, y in ends if math.isfinite(y)}
        for i, end in enumerate(self.ends):
            end.setData([marked[i][0]], [marked[i][1]]) if i in marked else end.setData([], [])


class LossCurves(RunCurves):
    """Training loss (solid) and test loss (dashed) of every run against the epochs; `set_log(True)` for a log y."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = self.getPlotItem()
        item.setLabel("bottom", translate("Compare", "epochs"))
        item.setLabel("left", translate("Compare", "loss: training ━━, test ╍╍"))
        self.log = False

    def set_log(self, log: bool) -> None:
        self.log = log
        self.getPlotItem().setLogMode(x=False, y=log)

    def show_histories(self, histories: list[RunHistory]) -> None:
        ends, trains = [], []
        for i, (history, (solid, dashed)) in enumerate(zip(histories, self.curves, strict=False)):
            trains.append(_finite(history.epochs, history.train))
            solid.setData(*trains[-1])
            dashed.setData(*_finite(history.epochs, history.test))
            if history.diverged_step is not None and history.epochs:
                ends.append((i, history.epochs[-1], history.train[-1]))
        kept = [np.array(h.train + h.test) for h in histories if h.diverged_step is None]
        self.mark_runs(trains)
        self.mark_ends(ends, self.fit_range(kept, self.log))


class TraceCurves(RunCurves):
    """The value of one parameter in every run against the steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = self.getPlotItem()
        item.setLabel("bottom", translate("Compare", "step"))

    def show_trace(self, histories: list[RunHistory], index: int, name: str) -> None:
        self.getPlotItem().setLabel("left", name)
        ends, traces = [], []
        for i, (history, (solid, _dashed)) in enumerate(zip(histories, self.curves, strict=False)):
            steps, values = history.trace(index)
            traces.append(_finite(steps, values))
            solid.setData(*traces[-1])
            if history.diverged_step is not None and values.size:
                ends.append((i, float(steps[-1]), float(values[-1])))
        kept = [h.trace(index)[1] for h in histories if h.diverged_step is None]
        self.mark_runs(traces)
        self.mark_ends(ends, self.fit_range(kept))


def arrange(maps: RunMaps, left: QWidget, log: QCheckBox, losses: LossCurves, parameter: QComboBox,
            traces: TraceCurves) -> tuple[QSplitter, QSplitter]:
    """The dialog's pictures placed: the maps across the whole width (four side by side stay square and equal);
    under them `left` (the runs' table and buttons), then the loss curves (with the log switch) and the traces
    (with the parameter chooser). Returns (the whole, the bottom row)."""
    trace_box = QWidget()
    trace_column = QVBoxLayout(trace_box)
    trace_column.setContentsMargins(0, 0, 0, 0)
    trace_row = QHBoxLayout()
    trace_row.addWidget(QLabel(translate("Compare", "Parameter")))
    trace_row.addWidget(parameter, 1)
    trace_column.addLayout(trace_row)
    trace_column.addWidget(traces, 1)
    loss_box = QWidget()
    loss_column = QVBoxLayout(loss_box)
    loss_column.setContentsMargins(0, 0, 0, 0)
    loss_column.addWidget(log, 0, Qt.AlignmentFlag.AlignRight)
    loss_column.addWidget(losses, 1)
    bottom = QSplitter(Qt.Orientation.Horizontal)
    for widget in (left, loss_box, trace_box):
        bottom.addWidget(widget)
    bottom.setStretchFactor(1, 1)
    bottom.setStretchFactor(2, 1)
    main = QSplitter(Qt.Orientation.Vertical)
    main.addWidget(maps)
    main.addWidget(bottom)
    main.setSizes([215, 485])
    main.setStretchFactor(1, 1)
    return main, bottom

