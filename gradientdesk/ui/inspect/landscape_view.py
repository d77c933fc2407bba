"""Loss landscape: the training loss over a grid of two chosen parameters, the optimizer's path on it, live.

The grid is computed by the worker (engine/landscape.py) when bridge/landscape_service.py says it is stale; this
view only draws: the loss as a heatmap on a log scale with contour lines, the path of the two parameters from the
controller's parameter history, the current point, the lowest point of the grid, and - for a model with only these
two parameters, whose landscape this then is exactly - the negative gradient at the current point (computed here
from a private copy of the two-parameter model: a few microseconds). The grid is square in parameter units and
the aspect ratio locked, so the arrow is drawn perpendicular to the contour lines, as the gradient is.
Refreshes are paced by SecondaryRefresh; while the view is hidden nothing is asked for.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...bridge.controller import Controller
from ...bridge.landscape_service import LandscapeService
from ...engine.landscape import Landscape
from ...engine.model_spec import ModelSpec
from ...engine.regularization import penalty_gradient
from ...engine.scalar_ref import ScalarRef
from ...engine.snapshot import Snapshot
from ..i18n import count_text, fill
from ..plots.contour import iso_segments
from ..plots.plot_items import configure_pyqtgraph
from ..sync.refresh import SecondaryRefresh
from ..theme import palette
from ..theme.theme import Theme
from ..window.dock_titles import caption_label
from . import CatchUpWhenShown, on_screen
from .landscape_math import arrow_segments, default_pair, log_loss
from .landscape_plot import LandscapePlot
from .parameter_picker import ParameterPicker
from .snapshot_model import SnapshotModel

TITLE = "Loss landscape"
CONTOUR_LEVELS = 12
STATUS_COLOR = "#444444"
SIDE_TEXT_MIN_WIDTH = 300  # px for the pickers and notes beside the plot (at any scale: they scroll)
PLOT_AXES_WIDTH = 150  # px at scale 1 of the plot widget beside its square grid: left axis, colour bar, its axis
TEXT_SHARE_BELOW = 0.4  # of a tall view's height, at most, for the text under the plot (the rest scrolls)
TEXT_MIN_HEIGHT = 110  # px at scale 1: the two pickers and a line
QWIDGETSIZE_MAX = (1 << 24) - 1
# shown translated (context "Landscape"): %1 and %2 the pair's names, %3 how many parameters are held
SLICE_NOTE = QT_TRANSLATE_NOOP("Landscape", "<b>A 2-D slice</b>: the loss as only <b>%1</b> and <b>%2</b> change; the "
                               "other %3 parameters are held at their current values. The slice is recomputed when "
                               "they have moved by 2% or the path leaves it, so its shape changes as training goes "
                               "on.")
EXACT_NOTE = QT_TRANSLATE_NOOP("Landscape", "<b>The exact landscape</b>: this model has only these two parameters, "
                               "<b>%1</b> and <b>%2</b>. The arrow is the negative gradient: downhill, across the "
                               "contour lines.")
LEGEND = QT_TRANSLATE_NOOP("Landscape", "<span style='color:%1'>●</span> now · ○ start · <b>━</b> path of the "
                           "optimizer · <b>×</b> lowest loss on the grid · colour: loss (log scale, dark = low)")
# why the grid was computed (bridge/landscape_service.py), shown translated
REASONS = {"first": QT_TRANSLATE_NOOP("Landscape", "first"), "new pair": QT_TRANSLATE_NOOP("Landscape", "new pair"),
           "new data or settings": QT_TRANSLATE_NOOP("Landscape", "new data or settings"),
           "the path left the grid": QT_TRANSLATE_NOOP("Landscape", "the path left the grid"),
           "the other parameters moved": QT_TRANSLATE_NOOP("Landscape", "the other parameters moved")}
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


class LandscapeView(CatchUpWhenShown, QWidget):
    """The landscape of `controller`'s model. `first` / `second` pick the parameters (x and y axes), `image`,
    `contours`, `path`, `start`, `point`, `arrow`, `minimum` are the plot items, `note` states what is shown,
    `status` when the grid was computed; `service` decides when to ask the worker for a new grid; `theme` is what
    they are drawn with."""

    TITLE = TITLE

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self.controller = controller
        self.theme = Theme()
        self.titles = ("", "")  # the plot's title, full and short
        self.service = LandscapeService(controller, self)
        self.model_copy = SnapshotModel()
        self.last_update_ms = 0.0
        self.gradient: tuple[float, float] | None = None  # the arrow's gradient (two-parameter models)
        self._names: list[str] = []
        self._spec: ModelSpec | None = None  # the structure the names belong to (from the parameter history)
        self._names_source: list[str] | None = None  # the history's own list of names
        self._columns: tuple[int, int] | None = None
        self._chosen = False  # the learner picked the pair (else it follows the defaults)
        self._stale = True
        self._typical_slope = 1.0  # median |gradient| over the current grid (scales the arrow)
        # translated once: the note follows training
        self.texts = {"slice": translate("Landscape", SLICE_NOTE), "exact": translate("Landscape", EXACT_NOTE),
                      "exact titles": (translate("Landscape", "Exact landscape (2 parameters)"),
                                       translate("Landscape", "Exact landscape")),
                      "slice titles": (translate("Landscape", "2-D slice: %1 other parameters held"),
                                       translate("Landscape", "2-D slice (%1 held)"))}

        self.first, self.second = ParameterPicker(self), ParameterPicker(self)
        self.first.setToolTip(translate("Landscape", "The parameter along the horizontal axis (type to search)."))
        self.second.setToolTip(translate("Landscape", "The parameter along the vertical axis (type to search)."))
        self.first.picked.connect(lambda _name: self._on_picked())
        self.second.picked.connect(lambda _name: self._on_picked())
        self.default_button = QPushButton(translate("Landscape", "Default pair"))
        self.default_button.setToolTip(translate(
            "Landscape", "Linear regression: its weight and bias. Other models: the first two weights of the "
            "selected parameter's layer."))
        self.default_button.clicked.connect(self.use_default_pair)
        pickers = QGridLayout()
        pickers.addWidget(QLabel(translate("Landscape", "horizontal")), 0, 0)
        pickers.addWidget(self.first, 0, 1)
        pickers.addWidget(QLabel(translate("Landscape", "vertical")), 1, 0)
        pickers.addWidget(self.second, 1, 1)
        pickers.addWidget(self.default_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        pickers.setColumnStretch(1, 1)

        self.note = QLabel(translate("Landscape", "Waiting for the model…"))
        self.note.setWordWrap(True)
        # the plot and its items (landscape_plot.py), under the names the view and its tests use
        self.drawing = LandscapePlot()
        self.plot_widget, self.plot, self.cmap = self.drawing.widget, self.drawing.plot, self.drawing.cmap
        self.image, self.contours, self.color_bar = self.drawing.image, self.drawing.contours, self.drawing.color_bar
        self.path_halo, self.path, self.arrow = self.drawing.path_halo, self.drawing.path, self.drawing.arrow
        self.start, self.minimum, self.point = self.drawing.start, self.drawing.minimum, self.drawing.point
        self.legend = QLabel(fill(translate("Landscape", LEGEND), palette.VERMILLION))
        self.legend.setWordWrap(True)
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        # the text beside the plot in a wide, short dock (the default, under the canvas), above and below it in a
        # tall one: the plot is square in parameter units, so it needs a square-ish box to be read
        self.text_column = QWidget(self)
        column = QVBoxLayout(self.text_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(pickers)
        column.addWidget(self.note)
        column.addWidget(self.legend)
        column.addWidget(self.status)
        column.addStretch(1)
        self.text_scroll = QScrollArea(self)  # a cramped view scrolls its text rather than shrink the plot to a strip
        self.text_scroll.setWidget(self.text_column)
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(2, 2, 2, 2)
        self.box.addWidget(self.plot_widget, 1)
        self.box.addWidget(self.text_scroll)
        self.apply_theme(self.theme)

        self.throttle = SecondaryRefresh(self, controller, self.refresh,
                                         lambda: self.last_update_ms + self.plot_widget.last_paint_ms,
                                         active=lambda: on_screen(self))
        self.service.updated.connect(self._draw_grid)
        controller.snapshot_ready.connect(self._on_snapshot)
        controller.history_reset.connect(self._on_history_reset)
        controller.selection_changed.connect(self._on_selection_changed)

    def apply_theme(self, theme: Theme) -> None:
        """The plot (pens, point sizes, axes, title, colour bar), the status line's grey and the room for the text
        drawn with `theme` (no data redrawn)."""
        self.theme = theme
        self.drawing.apply_theme(theme)
        self.status.setStyleSheet(f"color: {theme.grey(STATUS_COLOR)}")
        self._arrange(self.size())

    @property
    def title(self) -> str:
        return self.drawing.title

    # ---- choosing the pair --------------------------------------------------------------------------------------
    @property
    def pair(self) -> tuple[str, str]:
        return self.first.currentText(), self.second.currentText()

    def set_pair(self, x_name: str, y_name: str, chosen: bool = True) -> bool:
        """Show the landscape of `x_name` (horizontal) and `y_name` (vertical); False if either is unknown."""
        if x_name not in self._names or y_name not in self._names or x_name == y_name:
            return False
        self.first.show_name(x_name)
        self.second.show_name(y_name)
        self._chosen = chosen
        self._apply_pair()
        return True

    def use_default_pair(self) -> None:
        pair = None if self._spec is None else default_pair(self._spec, self.controller.selection)
        if pair is not None:
            self.set_pair(*pair, chosen=False)

    def _on_picked(self) -> None:
        x_name, y_name = self.pair
        if x_name == y_name:
            self.status.setText(translate("Landscape", "Pick two different parameters."))
            return
        self._chosen = True
        self._apply_pair()

    def _apply_pair(self) -> None:
        x_name, y_name = self.pair
        first, second = ScalarRef.parse(x_name), ScalarRef.parse(y_name)
        if first is None or second is None:
            return
        self.service.set_pair(first, second)
        self._columns = None
        self.drawing.set_labels(x_name, y_name)
        for item in (self.image, self.contours, self.minimum, self.arrow):
            item.setVisible(False)
        self.status.setText(translate("Landscape", "Computing the landscape…"))
        if on_screen(self):
            self.refresh()
        else:
            self._stale = True  # asked for when shown

    def _on_selection_changed(self, _name: str) -> None:
        spec = self._spec
        if not self._chosen and self._names and spec is not None and spec.model not in ("linear", "polynomial"):
            pair = default_pair(spec, self.controller.selection)
            if pair is not None and pair != self.pair:
                self.set_pair(*pair, chosen=False)

    # ---- updates ----------------------------------------------------------------------------------------------------
    def _on_snapshot(self, _snap: Snapshot) -> None:
        self.throttle.request()  # out of sight (a background tab) nothing is drawn and the worker is asked nothing

    def catch_up(self) -> None:
        """Brought to the front: draw what was skipped while out of sight."""
        if (self._stale or self.throttle.pending) and on_screen(self):
            self.throttle.fire()

    def add_caption(self, text: str) -> None:
        """The dock's explanation goes at the top of the text column (beside or under the plot)."""
        self.text_column.layout().insertWidget(0, caption_label(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size())
        super().resizeEvent(event)

    def _arrange(self, size: QSize) -> None:
        """Side by side when the view is much wider than tall: the plot at most about as wide as it is tall (plus
        its title, axes and colour bar), the text column the rest. Only a maximum: squeezed among other open
        views, both give way instead of forcing the window's layout."""
        # a larger theme keeps the side text's width: a plot squeezed under the text is worse than text that scrolls
        side = SIDE_TEXT_MIN_WIDTH
        wide = size.width() > 1.6 * size.height() and size.width() >= 2 * side
        least = self._fit_title(size.width() - (side if wide else 0))  # title, axes, colour bar
        if wide:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight)
            plot_width = max(size.height() + self.theme.pixels(PLOT_AXES_WIDTH), int(least) + 4)
            self.plot_widget.setMaximumWidth(min(plot_width, size.width() - side))
            self.text_scroll.setMaximumHeight(QWIDGETSIZE_MAX)
            self.box.setStretch(0, 3)
            self.box.setStretch(1, 2)
        else:
            self.box.setDirection(QBoxLayout.Direction.TopToBottom)
            self.plot_widget.setMaximumWidth(QWIDGETSIZE_MAX)
            self.text_scroll.setMaximumHeight(max(self.theme.pixels(TEXT_MIN_HEIGHT),
                                                  int(TEXT_SHARE_BELOW * size.height())))
            self.box.setStretch(0, 1)
            self.box.setStretch(1, 0)

    def _fit_title(self, room: int) -> float:
        """The full title, or the short one where the full one would be cut (large text beside the side text);
        returns the plot's least width with it."""
        full, short = self.titles
        self.drawing.set_title(full)
        least = self.plot.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        if full and least + 4 > room:
            self.drawing.set_title(short)
            least = self.plot.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        return least

    def _on_history_reset(self) -> None:
        self._columns = None
        for item in (self.path, self.path_halo):
            item.setData([], [])
        self.start.setData(pos=np.empty((0, 2)))

    def refresh(self) -> None:
        """Follow the model's structure, ask for a new grid if stale, and redraw the path and the current point."""
        t0 = time.perf_counter()
        snap = self.controller.latest
        history = self.controller.parameter_history
        if snap is None or history is None:
            return
        self._stale = False
        new_model = history.names is not self._names_source and history.names != self._names
        self._names_source = history.names  # compared by identity from now on: cheap for 30 000 names
        self._spec = history.spec
        if new_model:
            self._names = list(history.names)
            self.first.set_names(self._names, self.first.currentText())
            self.second.set_names(self._names, self.second.currentText())
            self._chosen = self._chosen and self.pair[0] in self._names and self.pair[1] in self._names
            if not self._chosen:
                self.use_default_pair()
                return  # set_pair refreshed
            self._columns = None
        x_name, y_name = self.pair
        if self._columns is None:
            index = {name: i for i, name in enumerate(self._names)}
            if x_name not in index or y_name not in index:
                return
            self._columns = (index[x_name], index[y_name])
        path = history.values[:, list(self._columns)].astype(np.float64)
        first, second = ScalarRef.parse(x_name), ScalarRef.parse(y_name)
        if not (snap.spec.has(first) and snap.spec.has(second)):
            return
        current = np.array([float(snap.parameters[first.name][first.index]),
                            float(snap.parameters[second.name][second.index])])
        self.service.check(snap, path)
        self.path.setData(path[:, 0], path[:, 1])
        self.path_halo.setData(path[:, 0], path[:, 1])
        self.start.setData(pos=path[:1] if len(path) else np.empty((0, 2)))
        self.point.setData(pos=current[None, :])
        self._draw_arrow(snap, current)
        self._update_note(snap)
        self.last_update_ms = (time.perf_counter() - t0) * 1e3

    def _update_note(self, snap: Snapshot) -> None:
        x_name, y_name = self.pair
        others = snap.parameter_count - 2
        texts = self.texts
        text = fill(texts["exact" if others == 0 else "slice"], x_name, y_name, count_text(others))
        if text != self.note.text():
            self.note.setText(text)
            self.titles = (texts["exact titles"] if others == 0 else
                           tuple(fill(title, count_text(others)) for title in texts["slice titles"]))
            self._arrange(self.size())  # the title sets how narrow the plot may be

    def _draw_arrow(self, snap: Snapshot, current: np.ndarray) -> None:
        """For a two-parameter model: -gradient of the training loss at the current point (full batch)."""
        self.gradient = None
        landscape = self.service.landscape
        if snap.parameter_count != 2 or landscape is None or landscape.surface.size == 0:
            self.arrow.setVisible(False)
            return
        model = self.model_copy.get(snap)
        dataset = self.controller.data.dataset
        # data edited since the snapshot may no longer fit its model (until the next snapshot comes)
        if model is None or dataset is None or dataset.input_dim != snap.spec.input_dim or dataset.task != snap.task:
            self.arrow.setVisible(False)
            return
        X, y = dataset.split("train")
        hp = snap.hyperparameters
        with np.errstate(all="ignore"):
            _, grads = model.loss_and_gradients(X, y)
            extra = model.layout.views(penalty_gradient(hp.regularization, hp.regularization_rate, model.flat,
                                                        model.weight_mask))
        g = np.array([float(grads[r.name][r.index] + extra[r.name][r.index])
                      for r in map(ScalarRef.parse, self.pair)])  # type: ignore[union-attr]
        self.gradient = (float(g[0]), float(g[1]))
        width = landscape.request.x_range[1] - landscape.request.x_range[0]
        segments = arrow_segments(current, g, width, self._typical_slope)
        if segments is None:
            self.arrow.setVisible(False)
            return
        xs, ys = segments
        self.arrow.setData(xs, ys, connect="pairs")
        self.arrow.setVisible(True)

    def _draw_grid(self, landscape: Landscape) -> None:
        """A new grid arrived from the worker: heatmap, contours, lowest point, view range."""
        if landscape.message or landscape.surface.size == 0:
            self.status.setText(fill(translate("Landscape", "No landscape: %1"), landscape.message))
            return
        xs, ys, surface = landscape.xs, landscape.ys, landscape.surface
        logs, levels = log_loss(surface)
        self.image.setImage(logs, autoLevels=False, levels=levels)
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, len(xs) * dx, len(ys) * dy))  # after setImage
        self.color_bar.setLevels(levels)
        parts = [iso_segments(logs, level, xs[0], dx, ys[0], dy)
                 for level in np.linspace(*levels, CONTOUR_LEVELS + 2)[1:-1]]
        self.contours.setData(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                              connect="pairs")
        slopes = np.hypot(*np.gradient(surface, ys, xs))
        self._typical_slope = float(np.nanmedian(slopes)) if np.isfinite(slopes).any() else 1.0
        finite = np.where(np.isfinite(surface), surface, np.inf)
        i, j = np.unravel_index(int(np.argmin(finite)), surface.shape)
        self.minimum.setData(pos=np.array([[xs[j], ys[i]]]))
        for item in (self.image, self.contours, self.minimum):
            item.setVisible(True)
        self.plot.getViewBox().setRange(xRange=(xs[0] - dx / 2, xs[-1] + dx / 2),
                                        yRange=(ys[0] - dy / 2, ys[-1] + dy / 2), padding=0)
        x_name, y_name = self.pair
        reason = self.service.reason
        reason = translate("Landscape", REASONS[reason]) if reason in REASONS else reason
        self.status.setText(
            fill(translate("Landscape", "Grid of %1×%2 computed by the trainer at step %3 in %4 ms (%5). Lowest loss "
                                        "on it: %6 at %7."), len(xs), len(ys), landscape.step,
                 f"{landscape.seconds * 1e3:.0f}", reason, f"{surface[i, j]:.4g}",
                 f"{x_name} = {xs[j]:.3g}, {y_name} = {ys[i]:.3g}")
            + (fill(translate("Landscape", " The loss is measured on a fixed sample of %1 of the %2 training points "
                                           "(the shape is the same; exact values differ a little)."),
                    count_text(landscape.points), count_text(landscape.n_train)) if landscape.estimated else ""))
        if on_screen(self):
            self.refresh()  # the point and arrow on the new grid

