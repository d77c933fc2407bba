"""The plot of the loss landscape view and how it is drawn: the loss heatmap with its colour bar and contour lines,
the optimizer's path (black on a white halo), its start, the current point, the downhill arrow and the grid's lowest
point, all styled from a Theme. The view (landscape_view.py) fills them with data."""

from __future__ import annotations

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetricsF

from ..plots.plot_items import PassiveScatter, TimedPlotWidget
from ..theme import palette
from ..theme.theme import Theme

CONTOUR_COLOR = QColor(255, 255, 255, 150)
WHITE = "#FFFFFF"  # on the dark low-loss colours: the path's halo and the lowest point stay white in high contrast
TITLE_PT = 11.0  # pyqtgraph's own title size
BAR_WIDTH = 14  # px of the colour bar at scale 1
# The left axis's room is fixed (tick text this wide, plus the axis label): a plot locked to aspect 1 whose left axis
# sizes itself after its tick text never settles in some shapes - the y range follows the width, the y ticks' text the
# range, the axis's width the text, the width the axis - and it repainted ~350 times a second (measured: the 8x64
# soak with every view open, the landscape 284x480 px, 33 ms of the GUI thread a frame; 2 paints in 4 s fixed). The
# bottom axis's height does not depend on its numbers.
TICK_TEXT_SAMPLE = "−00.00"


class LandscapePlot:
    """`widget` (a TimedPlotWidget) showing `plot` with its items: `image`, `contours`, `path_halo`, `path`,
    `arrow`, `start`, `minimum`, `point` and `color_bar`; `theme` is what they are drawn with, `title` the title."""

    def __init__(self) -> None:
        self.theme = Theme()
        self.title = ""
        self.widget = TimedPlotWidget(background="w")
        self.plot: pg.PlotItem = self.widget.getPlotItem()
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.disableAutoRange()
        self.plot.getViewBox().setAspectLocked(True, ratio=1)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self.cmap = pg.colormap.get("viridis")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(self.cmap.getLookupTable(nPts=256))
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.contours = pg.PlotCurveItem(connect="pairs")
        self.path_halo = pg.PlotCurveItem(antialias=True)
        self.path = pg.PlotCurveItem(antialias=True)
        self.arrow = pg.PlotCurveItem(connect="pairs", antialias=True)
        self.start = PassiveScatter(symbol="o", brush=pg.mkBrush("w"))
        self.minimum = PassiveScatter(symbol="x", brush=pg.mkBrush(WHITE))
        self.point = PassiveScatter(symbol="o", brush=pg.mkBrush(palette.VERMILLION))
        for z, item in enumerate((self.contours, self.minimum, self.path_halo, self.path, self.arrow, self.start,
                                  self.point)):
            item.setZValue(z + 1)
            self.plot.addItem(item)
        self.color_bar = pg.ColorBarItem(values=(0, 1), colorMap=self.cmap, interactive=False, width=BAR_WIDTH,
                                         label=QCoreApplication.translate("Landscape", "loss (log scale)"))
        self.color_bar.setImageItem(self.image, insert_in=self.plot)
        self.color_bar.axis.setLogMode(True)  # the image holds log10(loss); the ticks read as losses
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """Pens, point sizes, axes, title and colour bar from `theme` (no data redrawn). The contours are a bundle of
        many segments: they keep a thin pen (see theme.py)."""
        self.theme = theme
        self.contours.setPen(theme.thin_pen(CONTOUR_COLOR))
        self.path_halo.setPen(theme.pen(WHITE, 4))
        self.path.setPen(theme.pen(theme.palette.foreground, 2))
        self.arrow.setPen(theme.pen(palette.VERMILLION, 3))
        for item, size, pen in ((self.start, 11, theme.pen(theme.palette.foreground, 2)),
                                (self.minimum, 14, theme.pen(WHITE, 1.5)),
                                (self.point, 13, theme.pen(theme.palette.outline, 2))):
            item.setPen(pen)
            item.setSize(theme.size(size))
        theme.style_axes(self.plot)
        metrics = QFontMetricsF(theme.font())
        self.plot.getAxis("left").setWidth(round(metrics.horizontalAdvance(TICK_TEXT_SAMPLE) + 2.2 * metrics.height()))
        theme.style_color_bar(self.color_bar, BAR_WIDTH)
        self.set_title(self.title, again=True)

    def set_title(self, title: str, again: bool = False) -> None:
        """`title` (none: "") in the theme's title size; `again` sets it even if it is shown already."""
        if title and (again or title != self.title):
            self.theme.set_title(self.plot, self.theme.span(title, TITLE_PT))
        self.title = title

    def set_labels(self, x_label: str, y_label: str) -> None:
        css = self.theme.css()
        self.plot.setLabel("bottom", x_label, **css)
        self.plot.setLabel("left", y_label, **css)
