"""Parameter traces: every weight and bias as a line against the training step, coloured by layer (biases dashed),
the selected parameter drawn thick and black on top, and a searchable list of every parameter.

One curve item per group (the weights or the biases of one layer) draws all its lines, separated by NaN
(`connect="finite"`), so a 30 000-parameter network is a handful of items. Beyond `MAX_LINES` parameters a
deterministic subset is drawn (all biases, evenly spaced weights), and older rows are thinned to a point budget.
Lines are one pixel wide (wider ones cost Qt's raster engine ~10x more) and there is no grid (pyqtgraph's grid
costs ~8 ms a paint). Updates are paced by `SecondaryRefresh`, so big networks do not slow
training down.

A narrow view (the stage gives ~410 px at 1366x768) folds the list into a box above the plot, beside the filter: the
list's ~190 px column left the plot half of the width.
"""

from __future__ import annotations

import time

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QSizePolicy, QVBoxLayout, QWidget

from ...bridge.controller import Controller
from ...engine.model_spec import ModelSpec
from ...engine.number_text import fmt
from ...state.history import ParameterHistory
from ..i18n import count_text, fill
from ..sync.refresh import SecondaryRefresh
from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme
from ..window.dock_titles import CAPTION_COLOR
from . import trace_groups as tg
from .plot_items import ManualRange, TimedPlotWidget, configure_pyqtgraph

PICK_PIXELS = 8.0
TRACE_BLACK = "#6E6E6E"
HINT = QT_TRANSLATE_NOOP("Traces", "Pick a parameter in the list or click a line.")  # shown translated
NARROW_HINT = QT_TRANSLATE_NOOP("Traces", "Pick a parameter in the box above the plot or click a line.")
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
NARROW_WIDTH = 560  # px (at theme scale 1) below which the list folds into the box: the plot keeps the width
LIST_WIDTH = (140, 190)  # px (at theme scale 1): the list's least and largest width beside the plot
PICKER_CHARS = 13  # the box shows at least this many characters of a name ('dense1.W[0,1]')
QWIDGETSIZE_MAX = (1 << 24) - 1
PLOT_HEIGHT = 160  # px (at theme scale 1) the plot keeps at least; it asks for no more than that (see __init__)
HIGHLIGHT_WIDTH, HALO_WIDTH = 3.0, 7.0  # px at scale 1


class ParameterTraces(QWidget):
    """Traces of every parameter of `controller`'s model. `curves` maps group keys ("dense1.W") to their curve
    item, `highlight` is the selected parameter's line, `names_view` the list of all names, `info_label` the
    selected name and value, `legend_label` / `legend_entries` the legend (one entry per layer), `subset_label`
    says when only a subset is drawn; `last_update_ms` is the cost of the last update. The selected line and the
    axes follow the Theme (`apply_theme`); the bundles stay 1 px wide at every scale. `narrow` says that the list
    is folded into `picker` (a box of the same filtered names) above the plot, with `filter_edit` beside it."""

    TITLE = "Parameter traces"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self.controller = controller
        self.last_update_ms = 0.0
        self.groups: list[tg.Group] = []
        self.curves: dict[str, pg.PlotCurveItem] = {}
        self.names: list[str] = []
        self._index: dict[str, int] = {}
        self._history: ParameterHistory | None = None
        self._spec: ModelSpec | None = None
        self._drawn = np.empty(0, dtype=np.intp)
        # translated once: the info line follows training
        self._hints = {HINT: translate("Traces", HINT), NARROW_HINT: translate("Traces", NARROW_HINT)}
        self._value_text = translate("Traces", "<b>%1</b> = %2  (step %3)")
        self._not_a_parameter = translate("Traces", "%1: not a parameter of this model")

        self.plot_widget = TimedPlotWidget(background="w")
        # the plot takes the height that is left: word-wrapped labels make the stage's scroll area size the view by
        # its preferred height for the width, and the plot prefers its scene's, which overflowed 390 px
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.plot_widget.last_paint_ms)
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.disableAutoRange()
        self.plot.setLabel("bottom", translate("Traces", "step"))
        self.plot.setLabel("left", translate("Traces", "value"))
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        # the selected parameter: thick black over a white halo, so it stands out of any bundle of lines
        self.halo = pg.PlotCurveItem(antialias=True)
        self.highlight = pg.PlotCurveItem(antialias=True)
        self.halo.setZValue(99)
        self.highlight.setZValue(100)
        self.plot.addItem(self.halo)
        self.plot.addItem(self.highlight)
        self.x_range = ManualRange(self.plot.getViewBox(), "x", pad=0.0, grow=0.3, shrink=0.0, min_span=10.0)
        self.y_range = ManualRange(self.plot.getViewBox(), "y", pad=0.08)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_plot_clicked)

        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self._caption = ""  # the dock's explanation, shown in front of the info (see add_caption)
        self._info = ""
        self._show_info(self._hints[HINT])
        self.legend_label = QLabel()  # the legend: one entry per layer (outside the plot, so it hides no line)
        self.legend_label.setWordWrap(True)
        self.legend_entries: list[str] = []
        self.subset_label = QLabel(translate("Traces", "solid: weights · dashed: biases"))
        self.subset_label.setStyleSheet("color: #555555")
        self.subset_label.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Traces", "filter, e.g. dense1.b"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.names_view = QListView()
        self.names_view.setModel(self.proxy)
        self.names_view.setUniformItemSizes(True)
        self.names_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.names_view.selectionModel().currentChanged.connect(self._on_list_current)
        # the list folded into a box, for a narrow view: the same filtered names; `activated` is the learner's pick
        # (a filter that hides the current name changes the box's index, which must select nothing)
        self.picker = QComboBox()
        self.picker.setModel(self.proxy)
        self.picker.setPlaceholderText(translate("Traces", "pick a parameter"))
        self.picker.setToolTip(translate(
            "Traces", "Pick the parameter to draw thick (type in the filter beside it to shorten the list)."))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(PICKER_CHARS)
        self.picker.view().setUniformItemSizes(True)  # a 30 000-parameter network's popup: no row measured alone
        self.picker.activated.connect(self._on_picker_activated)
        self.narrow = False

        self.left = QVBoxLayout()
        self.left.addWidget(self.info_label)
        self.left.addWidget(self.legend_label)
        self.picker_row = QHBoxLayout()
        self.picker_row.addWidget(self.picker, 3)
        self.left.addLayout(self.picker_row)
        self.left.addWidget(self.plot_widget, 1)
        self.left.addWidget(self.subset_label)
        self.right = QVBoxLayout()
        self.right.addWidget(self.filter_edit)
        self.right.addWidget(self.names_view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.left, 1)
        layout.addLayout(self.right)
        self.picker.hide()

        controller.snapshot_ready.connect(self._on_snapshot)
        controller.history_reset.connect(self.clear)
        controller.selection_changed.connect(self._on_selection_changed)
        self.apply_theme(DEFAULT_THEME)
        self.clear()
        self.refresh()

    def apply_theme(self, theme: Theme) -> None:
        """The selected parameter's line (thick, on a white halo) and the axes drawn with `theme`."""
        self.theme = theme
        self.halo.setPen(theme.pen("#FFFFFF", HALO_WIDTH))
        self.highlight.setPen(theme.pen(palette.HIGHLIGHT, HIGHLIGHT_WIDTH))
        theme.style_axes(self.plot)
        least, most = (theme.pixels(w) for w in LIST_WIDTH)
        self.names_view.setMinimumWidth(least)
        self.names_view.setMaximumWidth(most)
        self.plot_widget.setMinimumHeight(theme.pixels(PLOT_HEIGHT))
        self.filter_edit.setMaximumWidth(most if not self.narrow else QWIDGETSIZE_MAX)
        self._fit()

    def _fit(self) -> None:
        """Fold the list into the box above the plot in a narrow view (and unfold it in a wide one)."""
        narrow = self.width() < self.theme.pixels(NARROW_WIDTH)
        if narrow == self.narrow:
            return
        self.narrow = narrow
        if narrow:
            self.right.removeWidget(self.filter_edit)
            self.picker_row.insertWidget(0, self.filter_edit, 2)
            self.filter_edit.setMaximumWidth(QWIDGETSIZE_MAX)
        else:
            self.picker_row.removeWidget(self.filter_edit)
            self.right.insertWidget(0, self.filter_edit)
            self.filter_edit.setMaximumWidth(self.theme.pixels(LIST_WIDTH[1]))
        self.picker.setVisible(narrow)
        self.names_view.setVisible(not narrow)
        self._sync_picker()
        if self._info in self._hints.values():
            self._show_info(self._hint())

    def _hint(self) -> str:
        return self._hints[NARROW_HINT if self.narrow else HINT]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # ---- updates ----------------------------------------------------------------------------------------------------
    def add_caption(self, text: str) -> None:
        """The dock's explanation, in front of the hint on one wrapping line (the plot keeps its height, and a
        narrow dock wraps the text instead of widening the window)."""
        self._caption = text
        self._show_info(self._info)

    def _show_info(self, info: str) -> None:
        self._info = info
        caption = f"<i style='color:{CAPTION_COLOR}'>{self._caption}</i>&nbsp; " if self._caption else ""
        self.info_label.setText(caption + info)

    def _on_snapshot(self, _snap: object) -> None:
        self.throttle.request()

    def clear(self) -> None:
        """Empty lines and fresh ranges (the history was reset)."""
        for curve in self.curves.values():
            curve.setData([], [])
        self.highlight.setData([], [])
        self.halo.setData([], [])
        self._history = None
        self.x_range.reset()
        self.y_range.reset()
        self.x_range.show(0.0, 13.0)
        self.y_range.show(-1.0, 1.0)

    def refresh(self) -> None:
        """Redraw every group from the controller's parameter history."""
        t0 = time.perf_counter()
        history = self.controller.parameter_history
        if history is None or len(history) == 0:
            return
        if history is not self._history:
            self._history = history
            if history.spec != self._spec:
                self._rebuild(history)
        steps, values = history.steps, history.values
        rows = tg.time_rows(len(steps), max(1, self._drawn.size))
        xs_steps = steps[rows]
        lo, hi = np.inf, -np.inf
        for group in self.groups:
            if group.drawn.size == 0:
                continue
            block = values[np.ix_(rows, group.drawn)]
            x, y = tg.separated(xs_steps, block)
            self.curves[group.key].setData(x, y, connect="finite")
            finite = block[np.isfinite(block)]
            if finite.size:
                lo, hi = min(lo, float(finite.min())), max(hi, float(finite.max()))
        self._update_highlight()
        selected = self.highlight.yData
        if selected is not None and len(selected) and np.isfinite(selected).any():  # keep the selection in view
            lo, hi = min(lo, float(np.nanmin(selected))), max(hi, float(np.nanmax(selected)))
        self.x_range.update(0.0, float(steps[-1]))
        if np.isfinite(lo):
            self.y_range.update(lo, hi)
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _rebuild(self, history: ParameterHistory) -> None:
        """New architecture: new groups, curve items, legend and name list."""
        self._spec = history.spec
        self.names = list(history.names)
        self._index = {name: i for i, name in enumerate(self.names)}
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves = {}
        self.legend_entries = []
        swatches = []
        self.groups = tg.group_slots(history.spec)
        many = len(self.names) > 200
        for group in self.groups:
            # black is the highlight's colour: a layer drawn in black (layer 8) is drawn dark grey instead
            color = pg.mkColor(TRACE_BLACK if group.color == palette.BLACK else group.color)
            if many and not group.is_bias:
                color.setAlpha(150)
            style = Qt.PenStyle.DashLine if group.is_bias else Qt.PenStyle.SolidLine
            # width 1 (cosmetic): Qt's raster engine draws wider lines about ten times slower
            curve = pg.PlotCurveItem(pen=self.theme.thin_pen(color, style), antialias=not many)
            curve.setZValue(2 if group.is_bias else 1)
            self.plot.addItem(curve)
            self.curves[group.key] = curve
            if not group.is_bias or not history.spec.is_network:  # PCA's centre b is a group of its own
                self.legend_entries.append(group.label)
                swatches.append(f'<span style="color:{color.name()}; font-weight:bold">━━</span>&nbsp;{group.label}')
        self.legend_label.setText("&nbsp;&nbsp; ".join(swatches))
        self._drawn = np.concatenate([g.drawn for g in self.groups]) if self.groups else np.empty(0, np.intp)
        if self._drawn.size < len(self.names):
            self.subset_label.setText(fill(translate(
                "Traces", "showing %1 of %2 parameters (all biases, evenly spaced weights) · solid: weights · "
                "dashed: biases"), count_text(self._drawn.size), count_text(len(self.names))))
        else:
            self.subset_label.setText(fill(translate("Traces", "%1 parameters · solid: weights · dashed: biases"),
                                           count_text(len(self.names))))
        self.model.setStringList(self.names)
        self._select_in_list(self.controller.selection)
        self._sync_picker()

    def _update_highlight(self) -> None:
        name = self.controller.selection
        column = self._index.get(name)
        history = self._history
        if column is None or history is None or len(history) == 0:
            self.highlight.setData([], [])
            self.halo.setData([], [])
            self._show_info(self._hint() if not name else fill(self._not_a_parameter, name))
            return
        values = history.values[:, column].astype(np.float64)
        self.halo.setData(history.steps, values)
        self.highlight.setData(history.steps, values)
        self._show_info(fill(self._value_text, name, fmt(float(values[-1]), 5), int(history.steps[-1])))

    # ---- selection --------------------------------------------------------------------------------------------------
    def _on_selection_changed(self, name: str) -> None:
        self._update_highlight()
        self._select_in_list(name)
        self._sync_picker()

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._sync_picker()

    def _sync_picker(self) -> None:
        """The box shows the selected parameter, or nothing if it is filtered out or not a parameter."""
        column = self._index.get(self.controller.selection)
        row = -1
        if column is not None:
            index = self.proxy.mapFromSource(self.model.index(column, 0))
            row = index.row() if index.isValid() else -1
        if row != self.picker.currentIndex():
            self.picker.setCurrentIndex(row)

    def _on_picker_activated(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.controller.select_parameter(str(index.data()))

    def _select_in_list(self, name: str) -> None:
        column = self._index.get(name)
        if column is None:
            return
        index = self.proxy.mapFromSource(self.model.index(column, 0))
        if index.isValid() and index != self.names_view.currentIndex():
            self.names_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.names_view.scrollTo(index)

    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.controller.select_parameter(str(current.data()))

    def _on_plot_clicked(self, ev) -> None:
        """Select the drawn line nearest to the click (within a few pixels), at the nearest recorded step."""
        history = self._history
        if ev.button() != Qt.MouseButton.LeftButton or history is None or len(history) == 0 or not self._drawn.size:
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        steps = history.steps
        row = int(np.clip(np.searchsorted(steps, p.x()), 0, len(steps) - 1))
        if row > 0 and abs(steps[row - 1] - p.x()) < abs(steps[row] - p.x()):
            row -= 1
        distance = np.abs(history.values[row, self._drawn] - p.y()) / max(vb.viewPixelSize()[1], 1e-12)
        best = int(np.nanargmin(distance)) if np.isfinite(distance).any() else -1
        if best >= 0 and distance[best] <= PICK_PIXELS:
            self.controller.select_parameter(self.names[int(self._drawn[best])])
