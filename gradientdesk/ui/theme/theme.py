"""The Theme: one value that says how large and how strong everything is drawn (scale, contrast) and in which
colours (palette). The main window owns it; every view builds its pens, fonts and point sizes from it, and rebuilds
them when the window hands it a new one (`apply_theme`). Presentation mode is nothing but a larger Theme.

With s = scale and c = CONTRAST_LINES in high contrast (else 1):
    line width  = max(width, 1) * s * c       (a width of 0 is Qt's cosmetic 1-px line)
    point size  = size * s,   font size = size * s     (text is bold in high contrast)
Wide pens cost Qt's raster engine about ten times more per point, and paint time is time the worker waits, so a
bundle of many lines (the parameter traces) keeps `thin_pen`s at every scale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from . import palette as colors

CONTRAST_LINES = 1.25
DEFAULT_POINT_SIZE = 9.0  # the application font's size where the platform reports none
TITLE_HEIGHT = 30  # px, pyqtgraph's own title row height
FIRST_TEXT_ROOM = (30, 18)  # px, the room pyqtgraph's AxisItem starts with for tick text (width, height)


@dataclass(frozen=True)
class Palette:
    """The colours views draw with. `foreground`: axes, ticks and their text; `text`: labels and captions; `muted`:
    secondary text; `outline`: the rim of filled points (white, to separate overlapping points)."""

    foreground: str = "#000000"
    text: str = "#000000"
    muted: str = "#555555"
    outline: str = "#FFFFFF"
    background: str = colors.BACKGROUND
    classes: tuple[str, ...] = colors.CLASS_COLORS
    layers: tuple[str, ...] = colors.LAYER_COLORS

    def class_color(self, k: int) -> str:
        return self.classes[k % len(self.classes)]

    def layer_color(self, layer: int) -> str:
        """Colour of layer `layer` (1-based, as in dense1)."""
        return self.layers[(layer - 1) % len(self.layers)]


STANDARD = Palette()
# what survives a washed-out projector: black everywhere text or rims are drawn
HIGH_CONTRAST = Palette(muted="#202020", outline="#000000")


@dataclass(frozen=True)
class Theme:
    """How views draw: `scale` (fonts, lines, points), `contrast` (high contrast: thicker lines, bold text, black
    rims), `palette` and `base_pt`, the application font's point size at scale 1."""

    scale: float = 1.0
    contrast: bool = False
    palette: Palette = field(default=STANDARD)
    base_pt: float = DEFAULT_POINT_SIZE

    @classmethod
    def presenting(cls, scale: float, contrast: bool, base_pt: float = DEFAULT_POINT_SIZE) -> Theme:
        return cls(scale, contrast, HIGH_CONTRAST if contrast else STANDARD, base_pt)

    # ---- sizes -------------------------------------------------------------------------------------------------
    @property
    def lines(self) -> float:
        """Factor on every line width: s * c."""
        return self.scale * (CONTRAST_LINES if self.contrast else 1.0)

    def width(self, width: float = 1.0) -> float:
        return max(width, 1.0) * self.lines

    def size(self, pixels: float) -> float:
        """A point's, a symbol's or an arrow head's size in pixels."""
        return pixels * self.scale

    def pixels(self, pixels: float) -> int:
        """A layout size in whole pixels (axis widths, row heights)."""
        return round(pixels * self.scale)

    def pt(self, points: float | None = None) -> float:
        """A font size in points (None: the application font's)."""
        return (self.base_pt if points is None else points) * self.scale

    # ---- Qt objects ------------------------------------------------------------------------------------------------
    def pen(self, color: str | QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        """A cosmetic pen (its width in screen pixels) `width` wide at scale 1."""
        pen = QPen(QColor(color))
        pen.setWidthF(self.width(width))
        pen.setStyle(style)
        pen.setCosmetic(True)
        return pen

    def thin_pen(self, color: str | QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        """A 1-px pen at every scale, for bundles of many lines (see the module docstring)."""
        pen = QPen(QColor(color))
        pen.setWidthF(1.0)
        pen.setStyle(style)
        pen.setCosmetic(True)
        return pen

    def font(self, points: float | None = None, bold: bool | None = None) -> QFont:
        """A font of `points` (None: the application's size) times the scale; bold in high contrast unless said."""
        font = QFont()
        font.setPointSizeF(self.pt(points))
        font.setBold(self.contrast if bold is None else bold)
        return font

    def css(self, points: float | None = None, color: str | None = None) -> dict[str, str]:
        """CSS for pyqtgraph's HTML labels (axis labels, titles): size, colour, weight."""
        style = {"font-size": f"{self.pt(points):.3g}pt", "color": color or self.palette.text}
        if self.contrast:
            style["font-weight"] = "bold"
        return style

    # ---- whole plots -----------------------------------------------------------------------------------------------
    def style_axes(self, plot: pg.PlotItem, names: Iterable[str] = ("left", "bottom"),
                   label_pt: float | None = None) -> None:
        """Axis lines, tick text and axis labels of `plot` (pyqtgraph's public setters only)."""
        for name in names:
            axis = plot.getAxis(name)
            # an axis makes room for larger tick text at once but gives it back only when the text shrinks by more
            # than 10 px: after a larger theme it would stay too wide. Its room starts again from pyqtgraph's first
            # (the public textWidth / textHeight have no setter) and the next paint fits it, as for a new axis.
            axis.textWidth, axis.textHeight = FIRST_TEXT_ROOM
            axis.setPen(self.pen(self.palette.foreground))
            axis.setTextPen(QColor(self.palette.foreground))
            axis.setTickFont(self.font())
            axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **self.css(label_pt))

    def style_legend(self, legend: pg.LegendItem, points: float | None = None) -> None:
        """Entries `points` large (None: the application's size) in the text colour. A legend lays a label out only
        when the entry is added, so the entries are added again (their samples follow their items' pens)."""
        entries = [(sample.item, label.text) for sample, label in legend.items]
        legend.clear()
        legend.setLabelTextSize(f"{self.pt(points):.3g}pt")
        legend.setLabelTextColor(QColor(self.palette.text))
        for item, name in entries:
            legend.addItem(item, name)

    def set_title(self, plot: pg.PlotItem, html: str, row_height: float = TITLE_HEIGHT) -> None:
        """`plot`'s title (HTML whose sizes the caller took from this theme) in a title row `row_height` px tall at
        scale 1 (pyqtgraph fixes it at 30 px, too short for larger text)."""
        plot.setTitle(html)
        height = self.pixels(row_height)
        plot.titleLabel.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)

    # ---- shared by several views -------------------------------------------------------------------------------
    def grey(self, color: str) -> str:
        """A view's own grey for secondary text or rims, `color`; the palette's `muted` in high contrast."""
        return self.palette.muted if self.contrast else color

    def span(self, html: str, points: float | None = None, color: str | None = None) -> str:
        """`html` in a <span> styled by `css` (for `set_title` and other pyqtgraph HTML labels)."""
        style = "; ".join(f"{key}: {value}" for key, value in self.css(points, color).items())
        return f"<span style='{style}'>{html}</span>"

    def style_color_bar(self, bar: pg.ColorBarItem, width: float, axis_width: float = 45) -> None:
        """A vertical colour bar `width` px wide at scale 1 with its value axis `axis_width` px wide (pyqtgraph fixes
        both in pixels), its frame, ticks and label."""
        bar.layout.setColumnFixedWidth(1, self.pixels(width))
        bar.axis.setWidth(self.pixels(axis_width))
        self.style_axes(bar, ("left", "right", "top", "bottom"))


class Themed(Protocol):
    """A view that draws with a Theme: `apply_theme` rebuilds every pen, font and size it made from the old one."""

    def apply_theme(self, theme: Theme) -> None: ...


DEFAULT_THEME = Theme()  # the look on a desk: what every view starts from
