"""Loss curves: train (solid) and test (dashed) loss against epochs, with the task's metric (accuracy, R² or
explained variance) in a second plot below, a "log scale" switch and a line with the current values.

Data come from `controller.loss_history` (bounded). The curves are created once and fed with `setData` on every
snapshot; the view ranges are set here (`ManualRange`), never by autorange, so a frame costs one repaint.
"""

from __future__ import annotations

import time

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine.metrics import HEADLINE
from ...engine.number_text import ABSURD_SCORE, FAR_WORSE, compact, is_absurd_score, score_text
from ...engine.snapshot import Snapshot
from ..i18n import count_text, decimal_text, fill
from ..sync.refresh import SecondaryRefresh
from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme
from .change_marks import ChangeMarks
from .diverged_mark import HEADROOM, DivergedMark, before_run_away
from .plot_items import DRAW_LIMIT, ManualRange, TimedLayoutWidget, configure_pyqtgraph
from .timeline_row import TimelineRow

CURVE_WIDTH = 2.0  # px at scale 1
AXIS_WIDTH = 56  # px at scale 1: the loss and the metric plot keep their left edges aligned
LEGEND_PT = 10
QWIDGETSIZE_MAX = 16_777_215
TWO_PLOTS_HEIGHT = 190  # px of plot area below which the metric's plot gives its room to the loss's
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
# the headline metrics' names (engine/metrics.py HEADLINE), shown translated; R² is a symbol
METRIC_NAMES = {HEADLINE["classification"][1]: QT_TRANSLATE_NOOP("LossPlot", "accuracy"),
                HEADLINE["unsupervised"][1]: QT_TRANSLATE_NOOP("LossPlot", "explained variance")}


def format_metric(name: str, value: float) -> str:
    """98.4% for accuracy, 0.953 for R² and explained variance ("far worse than predicting the mean" below -10)."""
    if name != "accuracy":
        text = score_text(value)
        return translate("LossPlot", "far worse than predicting the mean") if text == FAR_WORSE else decimal_text(text)
    if not np.isfinite(value):
        return "–"
    return decimal_text(f"{100 * value:.1f}%")


class LossPlot(QWidget):
    """Train / test loss and metric of `controller` against epochs. `log_box` switches the loss axis to log scale;
    `loss_plot` / `metric_plot` are the PlotItems, `train_curve`, `test_curve`, `train_metric_curve`,
    `test_metric_curve` the curves, `values_label` the current values; `last_update_ms` the cost of the last update.
    Pens, axes and text come from a Theme (`apply_theme`)."""

    TITLE = "Loss"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self.controller = controller
        self.last_update_ms = 0.0

        # the line of values changes at every frame: its texts are translated once, here
        self._texts = {
            "train loss": translate("LossPlot", "train loss %1"), "test loss": translate("LossPlot", "test loss %1"),
            "test": translate("LossPlot", "test %1 %2"), "train": translate("LossPlot", "train %1 %2"),
            "diverged": translate("LossPlot", "diverged at step %1 · before it: "),
            "absurd test": translate("LossPlot", "test %1 = %2: below %3, the model's error is over %4 times that of "
                                                 "predicting the mean of the targets."),
            "absurd train": translate("LossPlot", "train %1 = %2: below %3, the model's error is over %4 times that "
                                                  "of predicting the mean of the targets."),
            "estimated": translate("LossPlot", "Estimated on %1 of %2 training points while training runs (exact "
                                               "when paused)."),
            "estimated test": translate("LossPlot", "Estimated on %1 of %2 training and %3 of %4 test points while "
                                                    "training runs (exact when paused)."),
        }
        self._metric_names = {name: translate("LossPlot", text) for name, text in METRIC_NAMES.items()}
        self.values_label = QLabel(translate("LossPlot", "No training yet: press Play or Step."))
        self.values_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values_label.setWordWrap(True)  # a narrow dock (or presentation fonts) wraps it, not widens the window
        self.log_box = QCheckBox(translate("LossPlot", "log scale"))
        self.log_box.setToolTip(translate("LossPlot",
                                          "Show the loss on a logarithmic axis: small losses stay visible."))
        self.graphics = TimedLayoutWidget()
        self.graphics.setBackground("w")
        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.graphics.last_paint_ms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        # the values take the whole width (beside the box they wrapped into five lines in Spanish presentation mode
        # at 1366x768 and left the curves 40 px); the box ends the timeline's flow, which wraps, never widens
        layout.addWidget(self.values_label)
        self.timeline_row = TimelineRow(controller, self)
        self.timeline_row.add_trailing(self.log_box)
        layout.addWidget(self.timeline_row)
        layout.addWidget(self.graphics, 1)

        self.loss_plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        self.metric_plot: pg.PlotItem = self.graphics.addPlot(row=1, col=0)
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.preview_lines: list[pg.InfiniteLine] = []  # the step on show while the learner looks back (timeline)
        for plot in (self.loss_plot, self.metric_plot):
            plot.hideButtons()
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#555555", width=2,
                                                                          style=Qt.PenStyle.DashLine))
            line.setZValue(20)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.preview_lines.append(line)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.disableAutoRange()
            for side in ("left", "bottom"):  # no "epoch (x0.001)" on an empty or short run
                plot.getAxis(side).enableAutoSIPrefix(False)
        controller.preview_changed.connect(self._mark_preview)
        self.metric_plot.setXLink(self.loss_plot)
        # the epochs under the loss, whether the metric's plot is shown or not (see _arrange): the axes are set up
        # once here (changing an axis's label while the window lived crashed the process on exit)
        self.loss_plot.setLabel("bottom", translate("LossPlot", "epoch"))
        self.metric_plot.hideAxis("bottom")
        self.loss_plot.setLabel("left", translate("LossPlot", "loss"))
        # the metric's name as a caption in the corner: a rotated axis label would not fit the short lower plot
        self.metric_caption = self._caption(self.metric_plot, "")
        self.legend = self.loss_plot.addLegend(offset=(-8, 8))
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        self.train_curve = self.loss_plot.plot(name=translate("LossPlot", "train"), connect="finite")
        self.test_curve = self.loss_plot.plot(name=translate("LossPlot", "test"), connect="finite")
        self.train_metric_curve = self.metric_plot.plot(connect="finite")
        self.test_metric_curve = self.metric_plot.plot(connect="finite")
        for curve in self.curves:
            # about 1 point per pixel column (peak downsampling keeps the band of a noisy curve): 4000 rows of
            # history stay cheap to paint
            curve.setDownsampling(auto=True, method="peak")
            curve.opts["autoDownsampleFactor"] = 0.5

        self.x_range = ManualRange(self.loss_plot.getViewBox(), "x", pad=0.0, grow=0.3, shrink=0.0, min_span=1.0)
        self.y_range = ManualRange(self.loss_plot.getViewBox(), "y", pad=0.06)
        self.metric_range = ManualRange(self.metric_plot.getViewBox(), "y", pad=0.05, min_span=0.1)
        self._metric_name: str | None = None
        self.metric_shown = True  # the metric's plot has its share of the height (see _arrange)
        self.metric_min_height = self.metric_plot.minimumHeight()
        self.arrange_timer = QTimer(self)
        self.arrange_timer.setSingleShot(True)
        self.arrange_timer.setInterval(0)
        self.arrange_timer.timeout.connect(self._arrange)
        self.change_marks = ChangeMarks([self.loss_plot, self.metric_plot])
        self.diverged_mark = DivergedMark(self.loss_plot)
        # after a divergence the losses above the fitted range, drawn as triangles on its top edge: clipped, not lost
        self.clipped = pg.ScatterPlotItem(symbol="t1", size=9, pen=None)
        self.clipped.setToolTip(translate("LossPlot", "Off the scale: the loss ran away here (training diverged)."))
        self.clipped.setZValue(20)
        self.loss_plot.addItem(self.clipped, ignoreBounds=True)
        self.apply_theme(DEFAULT_THEME)
        self.clear()

        self.log_box.toggled.connect(self.set_log_scale)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.history_reset.connect(self.clear)
        self.refresh()

    def apply_theme(self, theme: Theme) -> None:
        """Curves, axes, legend and the metric's caption drawn with `theme`."""
        self.theme = theme
        train = theme.pen(palette.TRAIN_COLOR, CURVE_WIDTH)
        test = theme.pen(palette.TEST_COLOR, CURVE_WIDTH, Qt.PenStyle.DashLine)
        for curve, pen in zip(self.curves, (train, test, train, test), strict=True):
            curve.setPen(pen)
        for plot in (self.loss_plot, self.metric_plot):
            theme.style_axes(plot)
            plot.getAxis("left").setWidth(theme.pixels(AXIS_WIDTH))
        theme.style_legend(self.legend, LEGEND_PT)
        self.metric_caption.setFont(theme.font(bold=True))
        self.metric_caption.setColor(theme.palette.text)
        self.change_marks.apply_theme(theme)
        self.diverged_mark.apply_theme(theme)
        self.clipped.setSize(theme.size(9))
        self.clipped.setBrush(pg.mkBrush(palette.TRAIN_COLOR))

    # ---- public -------------------------------------------------------------------------------------------------
    @property
    def curves(self) -> tuple[pg.PlotDataItem, ...]:
        return (self.train_curve, self.test_curve, self.train_metric_curve, self.test_metric_curve)

    @property
    def log_scale(self) -> bool:
        return self.log_box.isChecked()

    def set_log_scale(self, on: bool) -> None:
        """Loss axis logarithmic (on) or linear; the range is recomputed for the new scale."""
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)  # comes back here through `toggled`
            return
        self.loss_plot.setLogMode(x=False, y=on)
        self.y_range.reset()
        self.refresh()

    def clear(self) -> None:
        """Empty curves and fresh ranges (after a reset of the parameters)."""
        for curve in self.curves:
            curve.setData([], [])
        self.change_marks.show([])
        self.diverged_mark.show(None)
        self.clipped.setData([], [])
        for keeper in (self.x_range, self.y_range, self.metric_range):
            keeper.reset()
        self.x_range.show(0.0, 1.3)
        self.y_range.show(*((-2.0, 0.5) if self.log_scale else (0.0, 1.0)))
        self._metric_name = None  # the metric axis is set up again by the next refresh
        self.values_label.setText(translate("LossPlot", "No training yet: press Play or Step."))

    def refresh(self) -> None:
        """Redraw from the controller's loss history."""
        t0 = time.perf_counter()
        history = self.controller.loss_history
        if len(history) == 0:
            return
        epochs = history.column("epoch")
        train, test = history.column("train_loss"), history.column("test_loss")
        if self.log_scale:  # log10 of zero or a negative number is not a point
            train = np.where(train > 0, train, np.nan)
            test = np.where(test > 0, test, np.nan)
        diverged_at = history.diverged_at
        self.x_range.update(0.0, float(epochs[-1]) if diverged_at is None else max(float(epochs[-1]), diverged_at))
        self.change_marks.show(history.data_changes)
        self.diverged_mark.show(diverged_at)
        if diverged_at is not None and not self.log_scale:  # a log axis shows the whole explosion readably
            self._fit_before_run_away(train, test)
            self._show_clipped(epochs, train)
        else:
            self._fit_loss_range(train, test)
            if len(self.clipped.data):
                self.clipped.setData([], [])
        # points far outside the range shown (a run-away cut off at the top, a loss past the draw limit) would
        # reach Qt's paint as coordinates it cannot draw (a crash in the raster engine): they are drawn just
        # beyond the edge instead, where the line leaves the plot as it should
        cap = self._draw_cap()
        self.train_curve.setData(epochs, np.minimum(train, cap))
        self.test_curve.setData(epochs, np.minimum(test, cap))
        self._update_metric(history, epochs)
        self._update_label(history)
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    # ---- internals --------------------------------------------------------------------------------------------------
    @staticmethod
    def _caption(plot: pg.PlotItem, text: str) -> pg.TextItem:
        """A caption fixed to the bottom-right corner of `plot`'s view box (in pixels, not data coordinates): away
        from the axis' tick labels, and where a rising metric curve (accuracy, R²) has not yet been."""
        caption = pg.TextItem(text, color=palette.BLACK, anchor=(1, 1), fill=pg.mkBrush(255, 255, 255, 190))
        view = plot.getViewBox()
        caption.setParentItem(view)
        caption.setZValue(50)

        def follow_corner() -> None:
            rect = view.boundingRect()
            caption.setPos(rect.right() - 4, rect.bottom() - 2)

        view.sigResized.connect(follow_corner)
        follow_corner()
        return caption

    def _on_snapshot(self, _snap: Snapshot) -> None:
        self.throttle.request()

    def _mark_preview(self, snap: Snapshot | None) -> None:
        """A dashed line at the epoch of the step on show (the timeline); none at the newest step."""
        epoch = 0.0
        if snap is not None:
            history = self.controller.loss_history  # the curve's own x of that step (a keyframe is one of its rows)
            steps = history.column("step") if len(history) else np.zeros(0)
            row = int(np.searchsorted(steps, snap.step))
            found = row < steps.size and steps[row] == snap.step
            epoch = float(history.column("epoch")[row]) if found else float(snap.epoch_progress)
        for line in self.preview_lines:
            line.setValue(epoch)
            line.setVisible(snap is not None)

    def _fit_loss_range(self, train: np.ndarray, test: np.ndarray) -> None:
        both = np.concatenate([train, test])
        both = both[np.isfinite(both)]
        if both.size == 0:
            return
        if self.log_scale:
            logs = np.log10(both[both > 0]) if np.any(both > 0) else np.empty(0)
            if logs.size:
                self.y_range.update(float(logs.min()), float(logs.max()))
        else:
            self.y_range.update(min(0.0, float(both.min())), float(both.max()))

    def _fit_before_run_away(self, train: np.ndarray, test: np.ndarray) -> None:
        """After a divergence: the loss axis fitted to the curves before the loss ran away (diverged_mark.py), so
        the explosion is cut off at the top and the earlier curve stays readable."""
        both = np.concatenate([before_run_away(train), before_run_away(test)])
        if both.size == 0:
            return
        lo, hi = float(both.min()), float(both.max())
        self.y_range.reset()
        self.y_range.update(min(0.0, lo), hi * HEADROOM if hi > 0 else hi)

    def _draw_cap(self) -> float:
        """The highest loss a curve is drawn at: one range height above the top of the range shown (on a log axis,
        whose range is in decades, one range height in decades), never beyond DRAW_LIMIT on a linear axis."""
        if self.y_range.current is None:
            return DRAW_LIMIT
        lo, hi = self.y_range.current
        top = hi + max(hi - lo, 1.0)
        return 10.0 ** min(top, 300.0) if self.log_scale else min(DRAW_LIMIT, top)

    def _show_clipped(self, epochs: np.ndarray, train: np.ndarray) -> None:
        """Triangles on the top edge where the training loss is above the range shown."""
        if self.y_range.current is None:
            return
        top = self.y_range.current[1]
        values = np.log10(np.where(train > 0, train, np.nan)) if self.log_scale else train
        above = np.isfinite(values) & (values > top)
        self.clipped.setData(epochs[above], np.full(int(above.sum()), top))

    def _update_metric(self, history, epochs: np.ndarray) -> None:
        name = history.metric_name
        if name != self._metric_name:
            self._metric_name = name
            self._arrange()
            shown = self._metric_names.get(name, name)
            self.metric_caption.setText(fill(translate("LossPlot", "%1 (%)"), shown) if name == "accuracy" else shown)
            self.metric_range.reset()
            if name == "accuracy":
                self.metric_range.set(-3.0, 103.0)
        if not name:
            return
        scale = 100.0 if name == "accuracy" else 1.0
        train, test = history.column("train_metric") * scale, history.column("test_metric") * scale
        if name != "accuracy":
            both = np.concatenate([train, test])
            both = both[np.isfinite(both)]
            if both.size:  # R² can be very negative for a bad model: show down to -1 at most
                self.metric_range.update(max(min(0.0, float(both.min())), -1.0), 1.0)
        # an R² of -3e11 below a range that ends at -1 would reach Qt's paint as coordinates it cannot draw (a
        # crash in the raster engine): values are drawn no further than one range height beyond the range shown
        floor, ceiling = self._metric_limits()
        self.train_metric_curve.setData(epochs, np.clip(train, floor, ceiling))
        self.test_metric_curve.setData(epochs, np.clip(test, floor, ceiling))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # after the resize: changing the grid while Qt lays it out (this event comes from a layout pass) corrupted
        # it (a crash on exit)
        self.arrange_timer.start()

    def _arrange(self) -> None:
        """The metric's plot under the loss's when there is room for both to be read; on a short dock (a 720-px
        screen, the timeline row above) the loss alone, with the epochs under it: the metric's value stays in the
        line of numbers above."""
        both = bool(self._metric_name) and self.graphics.height() >= TWO_PLOTS_HEIGHT
        if both != self.metric_shown:
            self.metric_shown = both
            # a hidden item keeps its row in the grid layout: its height (and the row's share) goes to the loss.
            # The plot stays in the grid (taking it out handed it to Python and back: a double delete on exit)
            self.metric_plot.setVisible(both)
            self.metric_plot.setMaximumHeight(QWIDGETSIZE_MAX if both else 0)
            self.metric_plot.setMinimumHeight(self.metric_min_height if both else 0)
            self.graphics.ci.layout.setRowStretchFactor(1, 2 if both else 0)

    def _metric_limits(self) -> tuple[float, float]:
        if self.metric_range.current is None:
            return -DRAW_LIMIT, DRAW_LIMIT
        lo, hi = self.metric_range.current
        span = max(hi - lo, 1.0)
        return lo - span, hi + span

    def _update_label(self, history) -> None:
        train, test = history.column("train_loss")[-1], history.column("test_loss")[-1]
        texts = self._texts
        parts = [fill(texts["train loss"], decimal_text(f"{train:.4g}"))]
        if np.isfinite(test):
            parts.append(fill(texts["test loss"], decimal_text(f"{test:.4g}")))
        name = history.metric_name
        if name:
            test_metric = history.column("test_metric")[-1]
            which, value = ("test", test_metric) if np.isfinite(test_metric) else \
                ("train", history.column("train_metric")[-1])
            parts.append(fill(texts[which], self._metric_names.get(name, name), format_metric(name, value)))
        latest = self.controller.latest
        estimated = latest is not None and latest.estimated
        prefix = "≈ " if estimated else ""
        if latest is not None and latest.diverged and history.diverged_at is not None:
            at = latest.diverged_step if latest.diverged_step is not None else latest.step
            prefix = fill(texts["diverged"], at) + prefix
        self.values_label.setText(prefix + " · ".join(parts))
        notes = [self._evaluation_note(latest)] if estimated and latest is not None else []
        if name and name != "accuracy" and is_absurd_score(value):
            notes.append(fill(texts[f"absurd {which}"], self._metric_names.get(name, name), compact(value),
                              f"{ABSURD_SCORE:g}", f"{1 - ABSURD_SCORE:g}"))
        self.values_label.setToolTip("\n".join(notes))

    def _evaluation_note(self, snap: Snapshot) -> str:
        """Snapshot.evaluation_note, translated: which points the losses and metrics were estimated on."""
        if snap.evaluated is None:
            return ""
        train, test = snap.evaluated
        if snap.n_test:
            return fill(self._texts["estimated test"], count_text(train), count_text(snap.n_train), count_text(test),
                        count_text(snap.n_test))
        return fill(self._texts["estimated"], count_text(train), count_text(snap.n_train))
