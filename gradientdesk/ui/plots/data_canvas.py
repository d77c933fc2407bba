"""The data canvas: the learner's points over the model's output, and the place where points are drawn.

Everything is created once and updated from the newest snapshot (`setData`, `setImage(levels=..., autoLevels=False)`);
the view is fixed to the data domain, so there is no autorange per frame. Per-point pens and brushes are rebuilt only
when the data change. The picture depends on the task:
* classification (2-D): output map (ImageItem, RGB computed here with fixed levels) + decision boundary (own
  marching squares, ~0.2 ms for 100 x 100) under the points;
* regression on 1-D data: the prediction curve through the points (x, target);
* regression on 2-D data: the predicted value as a map in a sequential colour table, points coloured by target;
* PCA: component directions through the learned centre, reconstructions joined to their originals.
Mouse input lives in `canvas_input` (a ViewBox subclass).
"""

from __future__ import annotations

import html
import time

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsEllipseItem, QWidget

from ...bridge.controller import Controller
from ...engine.dataset import DOMAIN
from ...engine.losses import Head
from ...engine.snapshot import Snapshot
from ...state.data_state import DataState
from ..i18n import fill
from ..theme import palette
from ..theme.theme import DEFAULT_THEME, TITLE_HEIGHT, Theme
from . import output_map as om
from .canvas_input import DrawingViewBox, StrokeHandler
from .canvas_keys import KeyboardCursor
from .canvas_legend import RegressionColorBar, legend_html
from .contour import iso_segments
from .drawing_tools import DrawingTools
from .pca_overlay import PCAOverlay
from .plot_items import PassiveScatter, cache_plot_furniture, configure_pyqtgraph
from .point_layers import PointLayers
from .point_styles import point_groups, regression_lut

GRID_2D = (-DOMAIN, DOMAIN, -DOMAIN, DOMAIN, 100)
GRID_1D = (-DOMAIN, DOMAIN, -DOMAIN, DOMAIN, 200)
SLOW_STEPS_PER_SECOND = 20.0  # at or below this speed the minibatch is ringed
# sizes at scale 1 (px): the Theme scales them
BOUNDARY_WIDTH, CURVE_WIDTH = 2.0, 3.0
BATCH_SIZE, BATCH_WIDTH = 17.0, 2.5
RING_SIZE, RING_WIDTH = 26.0, 3.5
CURSOR_WIDTH = 1.5
LEGEND_MARGIN = 24  # px of the canvas's width the legend leaves free
LEGEND_LINE = 20  # px (at scale 1) a further line of the legend adds to the title row
DIVERGED_NOTE_PT = 10  # the caption under the legend after a divergence
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class DataCanvas(pg.PlotWidget):
    """Points, model output and drawing for `controller`. `tools` holds the drawing tool state (for a toolbar);
    `points_near(center, radius)` finds points; `last_update_ms` is the cost of the last snapshot update.
    `point_inspected(x, y)`: a click with the Inspect tool (or Shift+click); `mark_inspected` rings that point.
    Pens, point sizes and text come from `theme` (`apply_theme`)."""

    point_inspected = Signal(float, float)
    keyboard_status = Signal(str)  # what the keyboard cursor did, for the status bar (canvas_keys.py)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        configure_pyqtgraph()
        view_box = DrawingViewBox()
        super().__init__(parent, background="w", viewBox=view_box)
        self.controller = controller
        self.theme = DEFAULT_THEME
        self.view_box = view_box
        self._legend_for_width = 0.0  # the data area's width the legend was last wrapped for
        self.tools = DrawingTools(self)
        self.strokes = StrokeHandler(self)
        view_box.handler = self.strokes
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=False)
        view_box.disableAutoRange()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).enableAutoSIPrefix(False)
        self.heatmap = pg.ImageItem(axisOrder="row-major")
        self.heatmap.setZValue(-10)
        self.boundary = pg.PlotCurveItem(connect="pairs", antialias=True)
        self.boundary.setZValue(5)
        self.curve = pg.PlotCurveItem(antialias=True)
        self.curve.setZValue(8)
        self.batch = PassiveScatter(symbol="o", brush=None)
        self.batch.setZValue(11)
        self.inspected = PassiveScatter(symbol="o", brush=None)  # the point the worked forward pass explains
        self.inspected.setZValue(12)
        for item in (self.heatmap, self.boundary, self.curve, self.batch, self.inspected):
            plot.addItem(item)
        # the output map under them changes at every frame of training; the axes and the legend above it rarely
        cache_plot_furniture(plot, plot.titleLabel)
        self.points = PointLayers(plot, z=10)
        self.pca = PCAOverlay(plot)
        self.color_bar = RegressionColorBar(plot)
        self._legend: tuple[str, int] = ("", 0)  # the legend's text and the lines its row is tall
        self._diverged_note = ""  # the caption saying the model shown is the last finite one (after a divergence)
        self._diverged_texts = diverged_texts()  # translated once: the note is checked at every frame
        self._rings = False  # the last minibatch is ringed (the legend says what the rings are)
        self.cursor = QGraphicsEllipseItem()
        self.cursor.setZValue(30)
        self.cursor.setVisible(False)
        view_box.addItem(self.cursor, ignoreBounds=True)
        self.keys = KeyboardCursor(self)  # drawing without a mouse (canvas_keys.py)
        # Tab reaches it (a keyboard user draws with the cursor), a click does not take the focus: Right stays Step
        # for a mouse user drawing on it
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(translate("Canvas", "Data canvas"))

        self.positions = np.empty((0, 2))  # where each data point is drawn (1-D data: (x, target))
        self.last_update_ms = 0.0
        self._mode_key: tuple[str, int] | None = None
        self._image_spec: tuple | None = None
        self._curve_spec: tuple | None = None
        self._grid_xs = np.empty(0)
        self._reg_levels = (-1.0, 1.0)
        self._reg_lut_light = om.lightened(regression_lut(), 0.5)
        self._binary_lut = palette.diverging_lut(palette.class_color(0), palette.class_color(1))
        self._prev_step: int | None = None
        self._slow = False
        self._cursor_pos: QPointF | None = None

        controller.data_changed.connect(self._on_data_changed)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.hyperparameters_changed.connect(self._on_hyperparameters_changed)
        self.tools.changed.connect(self._update_cursor)
        self.apply_theme(DEFAULT_THEME)
        self.view_box.sigResized.connect(self._on_view_resized)
        self._on_data_changed(controller.data)
        if controller.latest is not None:
            self._on_snapshot(controller.latest)

    def close(self) -> bool:
        """Close once (pyqtgraph's PlotWidget.close fails on a second call: its plot item is gone)."""
        return True if self.closed else bool(super().close())

    def apply_theme(self, theme: Theme) -> None:
        """Draw with `theme`: every pen, point size and text of the canvas, the points and the legend included."""
        self.theme = theme
        self.boundary.setPen(theme.pen(palette.BLACK, BOUNDARY_WIDTH))
        self.curve.setPen(theme.pen(palette.BLACK, CURVE_WIDTH))
        self.batch.setSize(theme.size(BATCH_SIZE))
        self.batch.setPen(theme.pen(palette.BLACK, BATCH_WIDTH))
        self.inspected.setSize(theme.size(RING_SIZE))
        self.inspected.setPen(theme.pen(palette.REDDISH_PURPLE, RING_WIDTH))
        self.cursor.setPen(theme.pen(palette.BLACK, CURSOR_WIDTH, Qt.PenStyle.DashLine))
        self.pca.apply_theme(theme)
        self.color_bar.apply_theme(theme)
        theme.style_axes(self.getPlotItem())
        self._legend = ("", 0)  # drawn again in the new sizes
        self._style_points(self.controller.data)
        self._update_legend()

    # ---- data -----------------------------------------------------------------------------------------------------
    def _on_data_changed(self, state: DataState) -> None:
        # `closed` (pyqtgraph's GraphicsView.close) has dropped the plot item: a frame or data change still queued
        # when the canvas closed (the worker may be finishing its frame) is ignored, not drawn on a canvas without
        # axes. The slots stay connected: disconnecting while the worker emits can deadlock PySide.
        if self.closed:
            return
        key = (state.task, state.input_dim)
        if key != self._mode_key:
            self._mode_key = key
            self._configure_axes(state)
            self.controller.set_grid(GRID_1D if state.input_dim == 1 else GRID_2D)
            self._hide_outputs()
        ds = state.dataset
        if ds is None:
            self.positions = np.empty((0, 2))
            self.points.clear()
            self._hide_outputs()
        else:
            if state.input_dim == 1:
                ys = ds.y.astype(np.float64) if state.task == "regression" else np.zeros(ds.n)
                self.positions = np.column_stack([ds.X[:, 0], ys])
            else:
                self.positions = np.asarray(ds.X, dtype=np.float64)
            if state.task == "regression" and state.input_dim == 2:
                self._reg_levels = om.regression_levels(ds.y.astype(np.float64))
            self._style_points(state)
            if state.input_dim == 1:
                self._fit_1d_range()
        self.batch.setData(pos=np.empty((0, 2)))
        self._rings = False
        if state.task == "regression" and state.input_dim == 2:
            self.color_bar.show(self._reg_levels)
        else:
            self.color_bar.hide()
        self._update_legend()

    def _style_points(self, state: DataState) -> None:
        if state.dataset is None or self.positions.shape[0] != state.dataset.n:
            return
        groups, styles = point_groups(state, self._reg_levels, self.theme)
        self.points.set(self.positions, groups, styles)

    def _on_hyperparameters_changed(self, _hp: object, _reset: bool) -> None:
        if not self.closed:
            self._update_legend()

    def _update_legend(self) -> None:
        """The legend in as many lines as the canvas's width needs (a line wider than the canvas would widen the
        plot beyond it and cut the data off on a narrow stage)."""
        room = max(120.0, self.width() - self.getPlotItem().getAxis("left").width() - LEGEND_MARGIN)  # over the data
        text, lines = legend_html(self.controller.data, self.controller.hyperparameters.model, self.theme,
                                  self._rings, width=room)
        if not self._rings:  # room for the minibatch entry all along: the data must not jump when training starts
            lines = max(lines, legend_html(self.controller.data, self.controller.hyperparameters.model, self.theme,
                                           True, width=room)[1])
        if self._diverged_note:
            size = f"{self.theme.pt(DIVERGED_NOTE_PT):.3g}pt"
            text += (f'<br><span style="color:{palette.VERMILLION}; font-size:{size}; font-weight:bold">'
                     f'⚠ {html.escape(self._diverged_note)}</span>')
            lines += 1
        if (text, lines) != self._legend:
            self._legend = (text, lines)
            self.theme.set_title(self.getPlotItem(), text, TITLE_HEIGHT + LEGEND_LINE * (lines - 1))

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        # the legend first: the plot is then laid out with the new lines (the old, wider ones would hold it wider
        # than the canvas). None: pyqtgraph's own set-up; no plot item: the canvas is being torn down
        if event is not None and self.getPlotItem() is not None and event.size().width() != event.oldSize().width():
            self._update_legend()
        super().resizeEvent(event)

    def _on_view_resized(self) -> None:
        """The data area changed width (the axis's tick labels grew or shrank): the legend may wrap otherwise."""
        if self.view_box.width() != self._legend_for_width:
            self._legend_for_width = self.view_box.width()
            self._update_legend()

    def _configure_axes(self, state: DataState) -> None:
        plot = self.getPlotItem()
        one_d = state.input_dim == 1
        plot.setLabel("bottom", "x" if one_d else "x1")
        plot.setLabel("left", (translate("Canvas", "y (target)") if state.task == "regression" else "")
                      if one_d else "x2")
        self.view_box.setAspectLocked(not one_d, ratio=1)
        self.view_box.setRange(xRange=(-DOMAIN, DOMAIN), yRange=(-DOMAIN, DOMAIN), padding=0.02)

    def _fit_1d_range(self) -> None:
        ys = self.positions[:, 1]
        lo = min(-DOMAIN, float(ys.min()) - 0.5) if ys.size else -DOMAIN
        hi = max(DOMAIN, float(ys.max()) + 0.5) if ys.size else DOMAIN
        self.view_box.setRange(xRange=(-DOMAIN, DOMAIN), yRange=(lo, hi), padding=0.02)

    def _hide_outputs(self) -> None:
        for item in (self.heatmap, self.boundary, self.curve):
            item.setVisible(False)
        self.pca.set_visible(False)

    def points_near(self, center: tuple[float, float] | QPointF, radius: float) -> np.ndarray:
        """Indices of the data points drawn within `radius` (data units) of `center`."""
        if isinstance(center, QPointF):
            center = (center.x(), center.y())
        if self.positions.shape[0] == 0:
            return np.empty(0, dtype=np.int64)
        d2 = ((self.positions - np.asarray(center, dtype=np.float64)) ** 2).sum(axis=1)
        return np.flatnonzero(d2 <= radius * radius)

    def pixel_size(self) -> float:
        """Data units per screen pixel (the larger of the two axes)."""
        size = self.view_box.viewPixelSize()
        return float(max(size[0], size[1]))

    def data_to_widget(self, x: float, y: float) -> QPointF:
        """Widget (viewport) coordinates of the data point (x, y) - for tests and tooltips."""
        return QPointF(self.mapFromScene(self.view_box.mapViewToScene(QPointF(x, y))))

    # ---- snapshots ------------------------------------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        if self.closed:
            return
        t0 = time.perf_counter()
        state = self.controller.data
        if state.dataset is None:
            return
        note = diverged_note(snap, self._diverged_texts)
        if note != self._diverged_note:
            self._diverged_note = note
            self._update_legend()
        if not snap.spec.is_network:  # PCA: its components and centre, drawn over the data
            self._hide_outputs()
            weights, centre = snap.spec.layer_slots(1)
            self.pca.update(state.dataset.X, np.asarray(snap.parameters[weights.name]),
                            np.asarray(snap.parameters[centre.name]).ravel())
        else:
            self.pca.set_visible(False)
            self._show_output(snap, state)
        self._show_batch(snap)
        # a snapshot without a new output map (the worker paces costly ones) changes nothing here, but its paint is
        # what tells the worker the frame is drawn (ui/sync/frame_sync.py): without it, every such frame would wait
        # for the fallback acknowledgement (40 ms)
        self.viewport().update()
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _show_output(self, snap: Snapshot, state: DataState) -> None:
        grid, spec = snap.output_grid, snap.grid_spec
        if grid is None or spec is None:
            return
        if state.input_dim == 1:
            if grid.shape[0] != 1 or state.task != "regression":
                return
            if spec != self._curve_spec or self._grid_xs.size != grid.shape[1]:
                self._curve_spec = spec
                self._grid_xs = np.linspace(spec[0], spec[1], grid.shape[1])
            self.curve.setPen(self.theme.pen(palette.BLACK, CURVE_WIDTH))  # diverged: the last finite model, captioned
            self.curve.setData(self._grid_xs, np.nan_to_num(grid[0, :, 0], nan=0.0, posinf=1e6, neginf=-1e6))
            self.curve.setVisible(True)
            return
        if grid.shape[0] != spec[4] or grid.shape[1] != spec[4]:
            return
        if state.task == "classification":
            rgb, fields = self._classification_map(grid, snap.spec.head)
        elif state.task == "regression":
            rgb, fields = om.apply_lut(grid[:, :, 0], self._reg_lut_light, self._reg_levels), []
        else:
            return
        self.heatmap.setImage(rgb, autoLevels=False, levels=(0, 255))
        if spec != self._image_spec:  # after setImage: setRect scales by the image's size
            self._image_spec = spec
            x_min, x_max, y_min, y_max, res = spec
            dx, dy = (x_max - x_min) / (res - 1), (y_max - y_min) / (res - 1)
            self.heatmap.setRect(QRectF(x_min - dx / 2, y_min - dy / 2, res * dx, res * dy))
        self.heatmap.setVisible(True)
        self._draw_boundary(fields, spec)

    def _classification_map(self, grid: np.ndarray, head: Head) -> tuple[np.ndarray, list]:
        """The decision map of `grid` (the model's output) through the output `head` the snapshot was made with."""
        k = grid.shape[-1]
        if k == 1:
            scale = om.scale_for(head.low, grid[:, :, 0])
            return om.binary_image(grid[:, :, 0], scale, self._binary_lut), om.boundary_fields(grid, scale.threshold)
        p = om.probabilities(grid, head.activation == "softmax", head.low)
        if k == 2:
            rgb = om.apply_lut(p[:, :, 1], self._binary_lut, (0.0, 1.0))
        else:
            rgb = om.class_blend(p, om.class_colors(k), palette.rgb(palette.NEUTRAL))
        return rgb, om.boundary_fields(np.nan_to_num(grid), 0.0)

    def _draw_boundary(self, fields: list, spec: tuple) -> None:
        if not fields:
            self.boundary.setVisible(False)
            return
        x_min, x_max, y_min, y_max, res = spec
        dx, dy = (x_max - x_min) / (res - 1), (y_max - y_min) / (res - 1)
        parts = [iso_segments(field, level, x_min, dx, y_min, dy) for field, level in fields]
        xs = np.concatenate([p[0] for p in parts])
        ys = np.concatenate([p[1] for p in parts])
        self.boundary.setData(xs, ys, connect="pairs")
        self.boundary.setVisible(True)

    def _show_batch(self, snap: Snapshot) -> None:
        if self._prev_step is not None and snap.step != self._prev_step:
            self._slow = snap.step - self._prev_step == 1
        self._prev_step = snap.step
        speed = self.controller.speed
        slow = self._slow or (speed is not None and speed <= SLOW_STEPS_PER_SECOND)
        indices = snap.batch_indices
        if not slow or indices is None or len(indices) == 0 or snap.diverged:
            if self.batch.isVisible():
                self.batch.setVisible(False)
            self._set_rings(False)
            return
        indices = np.asarray(indices)
        indices = indices[indices < self.positions.shape[0]]
        self.batch.setData(pos=self.positions[indices])
        self.batch.setVisible(True)
        self._set_rings(indices.size > 0)

    def _set_rings(self, shown: bool) -> None:
        if shown != self._rings:
            self._rings = shown
            self._update_legend()  # static text: only when the rings come or go

    def mark_inspected(self, position: tuple[float, float] | None) -> None:
        """Ring the point the worked forward pass explains (ui/inspect/forward_pass.py); None removes the ring."""
        self.inspected.setData(pos=np.empty((0, 2)) if position is None else np.array([position], dtype=np.float64))

    # ---- keyboard ----------------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.keys.takes(event):
            event.accept()  # the cursor's keys before the window's shortcuts (Right is also Step)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.handle(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.keys.focus_in()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.keys.focus_out()

    # ---- brush cursor -----------------------------------------------------------------------------------------------
    def move_cursor(self, pos: QPointF | None) -> None:
        """Show the brush outline at `pos` (data coordinates), or hide it (None)."""
        self._cursor_pos = pos
        self._update_cursor()

    def _update_cursor(self) -> None:
        pos, r = self._cursor_pos, self.tools.radius
        if pos is None or r <= 0 or self.tools.tool == "inspect":
            self.cursor.setVisible(False)
            return
        self.cursor.setRect(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r))
        self.cursor.setVisible(True)


def diverged_texts() -> tuple[str, str]:
    """The notes of `diverged_note`, translated (without and with the step it diverged at)."""
    return (translate("Canvas", "Training diverged. Shown: the model before it diverged (step %1), the last finite "
                                "one."),
            translate("Canvas", "Training diverged at step %1. Shown: the model before it diverged (step %2), the "
                                "last finite one."))


def diverged_note(snap: Snapshot, texts: tuple[str, str] | None = None) -> str:
    """After a divergence: what the canvas shows (the last finite model, from before the step that blew up).
    `texts`: `diverged_texts()`, made once (translated here when not given)."""
    if not snap.diverged:
        return ""
    texts = texts or diverged_texts()
    if snap.diverged_step is None:
        return fill(texts[0], snap.step)
    return fill(texts[1], snap.diverged_step, snap.step)
