"""Weight and gradient maps: for one layer at a time (a layer selector; one matrix at a time stays readable up to
64 x 64), the weight matrix W and its bias b as a heatmap, the last step's gradient dL/dW and dL/db beside it, and
the histogram of the layer's weights over time (so L1's sparsity and L2's shrinkage are visible).

Rows are the neurons a weight leads to, columns the inputs or neurons it comes from: W[i, j] multiplies input j of
neuron i in z_i = sum_j W[i, j] a_j + b_i. Colours are diverging (orange negative, blue positive, as in the network
diagram) with fixed symmetric levels +-L: L is the largest |value| of the run so far rounded up to 1, 2 or 5 x 10^k,
and only grows (reset with the parameters), so a colour means the same value from frame to frame. Refreshes are
paced by SecondaryRefresh; while the view is hidden only the histograms are recorded (a few bincounts).

The three plots stand side by side in a wide view and one (or two) at a time in a narrow one (map_pages.py): on the
stage at 1366x768 the view is ~410 px wide. The hover readout sits under the plots, where it takes no width.
"""

from __future__ import annotations

import math
import time

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...bridge.timeline_edits import is_preview
from ...engine.model_spec import ModelSpec
from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot
from ..i18n import fill
from ..i18n import number_text as format_number
from ..model_texts import ModelTexts
from ..plots.plot_items import TimedLayoutWidget, configure_pyqtgraph
from ..sync.refresh import SecondaryRefresh
from ..theme.theme import Theme
from . import CatchUpWhenShown, on_screen
from .histogram_history import HistogramHistory
from .map_pages import PlotPages, columns_for
from .param_text import symbol
from .short_text import OneLineLabel
from .weight_layers import BIAS_TICK, LayerInfo, layer_infos, ticks
from .weight_plots import BAR_WIDTH, BIAS_GAP, SEQUENTIAL, TITLE_PT, MatrixPlot, StepAxis, finite_max_abs, nice_ceiling

TITLE = "Weight and gradient maps"
WEIGHT_FLOOR, GRADIENT_FLOOR = 1e-3, 1e-6  # smallest levels (all-zero matrices still need a scale)
HIDDEN_RECORD_INTERVAL = 1 / 15  # s between histogram columns while the view is hidden
ZERO_LINE = "#9A9A9A"
# Titles and colour-bar labels, full and short: pyqtgraph widens a plot to its title, and the full wording needs about
# FULL_TITLES_WIDTH[columns - 1] px at scale 1 with 1, 2 or 3 plots side by side (measured: the gradients' plot and
# colour bar need 380-400 px, the weights' 346-365, the history's 276, plus the layout's margins; wider tick labels
# or a longer scale are caught by measuring), so a narrower view takes the short one rather than push a plot or
# colour bar out of sight
# The maps' titles say their colour scale ("±0.1": the colour bar's ends, %1), so a pale map is not read as "no
# gradient"; before the first step they have no scale. All shown translated (context "WeightMaps").
WEIGHT_TITLE = (QT_TRANSLATE_NOOP("WeightMaps", "weights W | bias b, scale ±%1"),
                QT_TRANSLATE_NOOP("WeightMaps", "W | b ±%1"))
GRADIENT_TITLE = (QT_TRANSLATE_NOOP("WeightMaps", "gradient dL/dW | dL/db, scale ±%1"),
                  QT_TRANSLATE_NOOP("WeightMaps", "dL/dW | dL/db ±%1"))
UNSCALED_TITLES = ((QT_TRANSLATE_NOOP("WeightMaps", "weights W | bias b"), QT_TRANSLATE_NOOP("WeightMaps", "W | b")),
                   (QT_TRANSLATE_NOOP("WeightMaps", "gradient dL/dW | dL/db"),
                    QT_TRANSLATE_NOOP("WeightMaps", "dL/dW | dL/db")))
HISTORY_TITLE = (QT_TRANSLATE_NOOP("WeightMaps", "weights over time"), QT_TRANSLATE_NOOP("WeightMaps", "W over time"))
BAR_LABELS = ((QT_TRANSLATE_NOOP("WeightMaps", "value"), QT_TRANSLATE_NOOP("WeightMaps", "value")),
              (QT_TRANSLATE_NOOP("WeightMaps", "gradient of the last step (dL/dw)"),
               QT_TRANSLATE_NOOP("WeightMaps", "dL/dw")),
              (QT_TRANSLATE_NOOP("WeightMaps", "weights per bin (log scale)"),
               QT_TRANSLATE_NOOP("WeightMaps", "weights per bin")))
FULL_TITLES_WIDTH = (430, 810, 1095)
ROW_CHARS = 90  # average characters the top row needs with the check box's full text (the layer box: ~45)
READOUT_HINT = QT_TRANSLATE_NOOP("WeightMaps", "Hover a cell to read its value; click it to select the parameter "
                                               "everywhere.")
READOUT_LINES = 2  # the readout under the plots keeps room for this many lines (a hovered value does not jolt them)
LOW_LINES = 16  # a view lower than this many lines of text gets a one-line (elided) readout
# what the layer box shows at least (its frame and arrow take 2 lines' height)
COMBO_MIN_TEXT = QT_TRANSLATE_NOOP("WeightMaps", "Layer 3 (output)")
MARGIN = 2  # px around the view's rows
PLOT_HEIGHT = 180  # px (at theme scale 1) the plots keep at least; they ask for no more than that (see __init__)
FIT_TEXT = (QT_TRANSLATE_NOOP("WeightMaps", "fit gradient colours to this step"),  # the check box's, full and in a
            QT_TRANSLATE_NOOP("WeightMaps", "fit to this step"))  # narrow row
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def _translated(texts: tuple) -> tuple:
    """`texts` (nested tuples of marked strings) translated, in the same shape."""
    return tuple(_translated(t) if isinstance(t, tuple) else translate("WeightMaps", t) for t in texts)


class WeightMaps(CatchUpWhenShown, QWidget):
    """Maps of one layer of `controller`'s model: `weights` and `gradients` (MatrixPlot), `history_image` (the
    histogram over time of the layer chosen in `layer_combo`), `histograms` per layer, `readout` the hovered value
    (under the plots), `pages` which plots are shown and its buttons. `theme` is what they are drawn with."""

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self.controller = controller
        self.theme = Theme()
        self.layers: list[LayerInfo] = []
        self.levels: dict[str, float] = {}  # weight name -> L of the weights, "grad:" + name -> of the gradients
        self.histograms: dict[str, HistogramHistory] = {}
        self.last_update_ms = 0.0
        self._spec: ModelSpec | None = None  # the structure the layers were made for
        self._axes_for: LayerInfo | None = None
        self.hovered: ScalarRef | None = None
        self._last_record = -math.inf
        self._stale = True
        self.short = False  # short titles (see FULL_TITLES_WIDTH)
        # translated once (the titles follow the scale as training runs)
        self.texts = {"weights": _translated(WEIGHT_TITLE), "gradients": _translated(GRADIENT_TITLE),
                      "unscaled": _translated(UNSCALED_TITLES), "history": _translated(HISTORY_TITLE),
                      "bars": _translated(BAR_LABELS), "fit": _translated(FIT_TEXT),
                      "hint": translate("WeightMaps", READOUT_HINT), "combo": translate("WeightMaps", COMBO_MIN_TEXT),
                      "readout": translate("WeightMaps", "<b>%1</b> (%2) = %3 · dL/d%4 = %5 · last update %6 · step "
                                                         "%7 — click to select")}
        self.model_texts = ModelTexts()  # what a weight connects (the engine's sentence), translated

        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(translate("WeightMaps",
                                              "Which layer to show: W[i, j] is the weight from input j to neuron i."))
        self.layer_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # as wide as the layer's description when there is room (the items arrive after the first show, which the
        # default policy measures: 'Layer 1 ('); a small minimum (`_fit`) so that the box never holds the view wide
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.fit_gradients = QCheckBox(self.texts["fit"][0])
        self.fit_gradients.setChecked(True)  # gradients shrink 100-fold over a run: a fixed scale shows them blank
        self.fit_gradients.setToolTip(translate(
            "WeightMaps", "On: the gradient colours are scaled to the current step's gradients (the title says the "
            "scale). Off: they keep the largest |gradient| of the run, so they fade as training converges."))
        self.fit_gradients.toggled.connect(lambda _on: self.refresh())
        self.readout = OneLineLabel(self.texts["hint"])
        self.graphics = TimedLayoutWidget()
        # the plots take the height that is left: a word-wrapped readout makes the stage's scroll area size the view
        # by its preferred height for the width, and the graphics view prefers its scene's, which overflowed 390 px
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        grid = self.graphics.ci
        bars = self.texts["bars"]
        self.weights = MatrixPlot(grid, 0, 0, self.texts["unscaled"][0][0], bars[0][0])
        self.gradients = MatrixPlot(grid, 0, 2, self.texts["unscaled"][1][0], bars[1][0])
        self.step_axis = StepAxis()
        self.history_plot: pg.PlotItem = grid.addPlot(row=0, col=4, axisItems={"bottom": self.step_axis})
        self.history_plot.hideButtons()
        self.history_plot.setMenuEnabled(False)
        self.history_plot.setMouseEnabled(x=False, y=False)
        self.history_plot.setLabel("left", translate("WeightMaps", "weight value"))
        self.history_plot.setLabel("bottom", translate("WeightMaps", "training step"))
        for side in ("left", "bottom"):
            self.history_plot.getAxis(side).enableAutoSIPrefix(False)
        self.history_image = pg.ImageItem(axisOrder="col-major")  # image[column, bin]: x = time, y = value
        self.history_image.setColorMap(SEQUENTIAL)
        self.history_plot.addItem(self.history_image)
        self.zero_line = pg.InfiniteLine(0.0, angle=0)
        self.history_plot.addItem(self.zero_line)
        self.history_bar = pg.ColorBarItem(values=(0, 1), colorMap=SEQUENTIAL, interactive=False,
                                           label=bars[2][0], colorMapMenu=False, width=BAR_WIDTH)
        grid.addItem(self.history_bar, row=0, col=5)
        self.pages = PlotPages(grid, [(self.weights.plot, self.weights.bar),
                                      (self.gradients.plot, self.gradients.bar),
                                      (self.history_plot, self.history_bar)])
        self.pages.changed.connect(self._fill_view)

        top = QHBoxLayout()
        for widget in (QLabel(translate("WeightMaps", "Layer:")), self.layer_combo, self.fit_gradients):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)

        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.graphics.last_paint_ms)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.history_reset.connect(self.clear_history)
        controller.selection_changed.connect(self._on_selection)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """Draw axes, titles, colour bars, the cell outline and the zero line with `theme` (cheap: no data redrawn)."""
        self.theme = theme
        self.weights.apply_theme(theme)
        self.gradients.apply_theme(theme)
        theme.style_axes(self.history_plot)
        theme.style_color_bar(self.history_bar, BAR_WIDTH)
        self.zero_line.setPen(theme.pen(ZERO_LINE))
        self._set_titles()
        self._fit()

    def _set_titles(self) -> None:
        k, theme, texts = int(self.short), self.theme, self.texts
        for plot, title, unscaled in ((self.weights, texts["weights"][k], texts["unscaled"][0][k]),
                                      (self.gradients, texts["gradients"][k], texts["unscaled"][1][k])):
            plot.set_title(fill(title, format_number(plot.levels)) if plot.levels else unscaled)
        theme.set_title(self.history_plot, theme.span(texts["history"][k], TITLE_PT))
        info = self._axes_for
        if info is not None:
            for plot in (self.weights, self.gradients):
                plot.label_axes(*self._axis_labels(info))
        bars = texts["bars"]
        self.weights.set_bar_label(bars[0][k])
        self.gradients.set_bar_label(bars[1][k])
        self.history_bar.getAxis("left").setLabel(bars[2][k], **theme.css())

    def _fit(self) -> None:
        """Lay the plots out for the width (as many side by side as fit, else one at a time behind the page
        buttons); short titles when the full ones would not fit beside each other; a short check box text when the
        row is narrow; a one-line readout in a low view (the maps keep the height)."""
        self.pages.set_columns(columns_for(self.width(), self.theme.scale))
        self._fit_titles()
        metrics = self.fontMetrics()
        tight = self.width() < ROW_CHARS * metrics.averageCharWidth()
        self.fit_gradients.setText(self.texts["fit"][int(tight)])
        low = self.height() < LOW_LINES * metrics.height()
        self.readout.set_one_line(low)
        self.readout.setMinimumHeight(0 if low else READOUT_LINES * metrics.lineSpacing())
        combo = self.layer_combo.fontMetrics()  # a minimum that never holds the view wider than the stage
        self.layer_combo.setMinimumWidth(combo.horizontalAdvance(self.texts["combo"]) + 2 * combo.height())
        self.graphics.setMinimumHeight(self.theme.pixels(PLOT_HEIGHT))

    def _fit_titles(self) -> None:
        """Full titles if FULL_TITLES_WIDTH says they fit and the plots' own minimum widths agree (a long scale such
        as '±2e-05' needs a little more than measured), else the short ones."""
        short = self.width() < self.theme.pixels(FULL_TITLES_WIDTH[self.pages.columns - 1])
        if not short and self.short:
            self.short = False
            self._set_titles()
        if not short:
            short = self.pages.least_width() > self.width() - 2 * MARGIN
        if short != self.short:
            self.short = short
            self._set_titles()

    def _fill_view(self) -> None:
        """The plots take the graphics view again after another page (pyqtgraph sizes them only on a resize: a page
        that needed more width would otherwise leave the next one that wide, cut off at the right)."""
        self.graphics.ci.setGeometry(self.graphics.range)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self._fit)  # once the controls have their new sizes

    # ---- updates ----------------------------------------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        if on_screen(self):
            self.throttle.request()
            return
        self._stale = True
        now = time.perf_counter()
        if now - self._last_record >= HIDDEN_RECORD_INTERVAL:  # hidden: keep the histograms going, draw nothing
            self._last_record = now
            self._sync_layers(snap)
            self._record(snap)

    def catch_up(self) -> None:
        """Draw the newest snapshot if one arrived while this view was out of sight."""
        if self._stale and on_screen(self):
            self.refresh()

    def clear_history(self) -> None:
        """Fresh parameters: levels and histograms start over."""
        self.levels.clear()
        for history in self.histograms.values():
            history.clear()

    @property
    def current(self) -> LayerInfo | None:
        i = self.layer_combo.currentIndex()
        return self.layers[i] if 0 <= i < len(self.layers) else None

    def refresh(self) -> None:
        """Draw the chosen layer from the newest snapshot and add a histogram column for the new step."""
        t0 = time.perf_counter()
        snap = self.controller.latest
        if snap is None:
            return
        self._stale = False
        self._sync_layers(snap)
        self._record(snap)
        info = self.current
        if info is None:
            return
        if info != self._axes_for:
            self._set_axes()
        p, g = snap.parameters, snap.gradients
        now = finite_max_abs(g[info.weight], g[info.bias])
        fit = self.fit_gradients.isChecked()
        for plot, level, arrays in (
            (self.weights, self.levels[info.weight], (p[info.weight], p[info.bias])),
            (self.gradients, nice_ceiling(now, GRADIENT_FLOOR) if fit else self.levels["grad:" + info.weight],
             (g[info.weight], g[info.bias])),
        ):
            if level != plot.levels:
                plot.set_levels(level)
                title = self.texts["weights" if plot is self.weights else "gradients"][int(self.short)]
                plot.set_title(fill(title, format_number(level)))  # short: titles widen plots
                self._fit_titles()  # a longer scale may not fit beside the others
            plot.set_data(*arrays)
        self._draw_histogram(self.histograms[info.weight])
        self._on_selection(self.controller.selection)
        if self.hovered is not None:
            self._show_readout(self.hovered)
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _sync_layers(self, snap: Snapshot) -> None:
        if snap.spec is self._spec or snap.spec == self._spec:
            return
        self._spec = snap.spec
        self.hovered = None  # it pointed into the old structure: the same name may now be another weight
        self.readout.setText(self.texts["hint"])
        previous = self.layer_combo.currentIndex()
        self.layers = layer_infos(snap.spec)
        self.levels.clear()
        self.histograms = {info.weight: HistogramHistory() for info in self.layers}
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        self.layer_combo.addItems([info.label for info in self.layers])
        self.layer_combo.setCurrentIndex(min(max(previous, 0), len(self.layers) - 1))
        self.layer_combo.blockSignals(False)
        self._axes_for = None

    def _set_axes(self) -> None:
        info = self._axes_for = self.current
        if info is None:
            return
        x_ticks = [*ticks(info.x_names, info.cols), (info.cols + BIAS_GAP + 0.5, BIAS_TICK)]
        y_ticks = ticks(info.y_names, info.rows, across=False)
        for plot in (self.weights, self.gradients):
            plot.set_shape(info.rows, info.cols, x_ticks, y_ticks, *self._axis_labels(info))

    def _axis_labels(self, info: LayerInfo) -> tuple[str, str]:
        """The axis titles of the maps (short titles leave out the layer number: the layer box says it)."""
        if not self.short:
            return info.y_label, info.x_label
        return info.y_short or info.y_label, info.x_short or info.x_label

    def _record(self, snap: Snapshot) -> None:
        """Levels and histogram columns of every layer (not only the one shown: they describe the whole run)."""
        p, g = snap.parameters, snap.gradients
        for info in self.layers:
            if not is_preview(snap):  # a look back at an earlier step: the run's history stays as it is
                self.histograms[info.weight].add(snap.step, np.asarray(p[info.weight]))
            for key, arrays, floor in ((info.weight, (p[info.weight], p[info.bias]), WEIGHT_FLOOR),
                                       ("grad:" + info.weight, (g[info.weight], g[info.bias]), GRADIENT_FLOOR)):
                self.levels[key] = max(self.levels.get(key, 0.0), nice_ceiling(finite_max_abs(*arrays), floor))

    def _draw_histogram(self, history: HistogramHistory) -> None:
        n = max(1, history.n_values)
        top = math.log10(1 + n)
        counts = np.log10(1.0 + history.counts)  # log: a spread-out layer and a spike at 0 both stay visible
        h = history.half_range
        self.history_image.setImage(counts, levels=(0.0, top), autoLevels=False)
        self.history_image.setRect(QRectF(0, -h, history.size, 2 * h))
        self.step_axis.steps = history.steps
        self.history_plot.setXRange(0, max(history.size, 10), padding=0)
        self.history_plot.setYRange(-h, h, padding=0)
        if self.history_bar.values != (0.0, top):
            self.history_bar.setLevels((0.0, top))
            self.history_bar.axis.setTicks([[(math.log10(1 + c), f"{c:,}") for c in (0, 1, 10, 100, 1000, 10000)
                                             if c <= n]])

    # ---- selection and hover ----------------------------------------------------------------------------------------
    def _ref_at(self, scene_pos) -> ScalarRef | None:
        info = self.current
        if info is None:
            return None
        for plot in (self.weights, self.gradients):
            if not self.pages.is_shown(plot.plot):
                continue  # out of the layout (another page): its old place means nothing
            cell = plot.cell_at(scene_pos)
            if cell is not None:
                row, col = cell
                return ScalarRef(info.weight, (row, col)) if col < info.cols else ScalarRef(info.bias, (row,))
        return None

    def _show_readout(self, ref: ScalarRef) -> None:
        snap = self.controller.latest
        if snap is None or not snap.spec.has(ref):
            return
        value, grad, update = (float(a[ref.name][ref.index]) for a in (snap.parameters, snap.gradients, snap.updates))
        self.readout.setText(fill(self.texts["readout"], ref.flat, self.model_texts.meaning(snap.spec, ref),
                                  format_number(value),
                                  symbol(snap, ref), format_number(grad), format_number(update), snap.step))

    def _on_mouse_moved(self, scene_pos) -> None:
        self.hovered = self._ref_at(scene_pos)
        if self.hovered is not None:
            self._show_readout(self.hovered)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            ref = self._ref_at(event.scenePos())
            if ref is not None:
                self.controller.select_parameter(ref.flat)

    def _on_selection(self, name: str) -> None:
        """Outline the selected parameter; a parameter of another layer switches the layer shown."""
        ref = ScalarRef.parse(name)
        index = next((k for k, info in enumerate(self.layers) if ref and ref.name in (info.weight, info.bias)), -1)
        if index >= 0 and index != self.layer_combo.currentIndex():
            self.layer_combo.setCurrentIndex(index)  # refreshes, which outlines the cell
            return
        info = self.current
        cell = None
        if ref is not None and info is not None:
            if ref.name == info.weight and len(ref.index) == 2:
                cell = ref.index
            elif ref.name == info.bias:
                cell = (ref.index[0], info.cols)
        self.weights.mark(cell)
        self.gradients.mark(cell)

