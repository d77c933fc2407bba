"""The data canvas's legend, as HTML in the plot's title row (outside the data, so it hides no point, and static
text: it costs nothing per frame), wrapped into as many lines as the canvas's width needs, and the colour bar of 2-D
regression."""

from __future__ import annotations

import html
from collections.abc import Callable

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QTextDocument

from ...state.data_state import DataState
from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme
from .pca_overlay import COMPONENT_COLORS, RECONSTRUCTION_COLOR
from .point_styles import REGRESSION_MAP, UNSUPERVISED_COLOR, class_glyph

GAP = "&nbsp;&nbsp;&nbsp;"
SWATCH_PT = 13  # the symbols, a little larger than the text
TEXT_PT = 10
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)


def legend_html(state: DataState, model: str, theme: Theme = DEFAULT_THEME, rings: bool = False,
                width: float | None = None) -> tuple[str, int]:
    """'● A  ● B  ○ test point  ━ decision boundary  ◯ ring: last minibatch' (or the entries of the task and model
    at hand), sized and coloured by `theme`, in lines no wider than `width` px (None: one line); returns the HTML
    and its number of lines. Test points are listed only when there are some, the black rings only while they are
    drawn (`rings`: slow training rings the points of the last minibatch)."""
    grey = theme.palette.muted
    tested = state.dataset is not None and state.dataset.n_test > 0

    def swatch(symbol: str, color: str, text: str) -> str:
        size = f"{theme.pt(SWATCH_PT):.3g}pt"
        return f'<span style="color:{color}; font-size:{size}">{symbol}</span>&nbsp;{html.escape(text)}'

    train = translate("Canvas", "train")

    def test(color: str, text: str | None = None) -> list[str]:
        return [swatch("○", color, translate("Canvas", "test") if text is None else text)] if tested else []

    entries: list[str] = []
    if model == "pca":
        entries += [swatch("●", UNSUPERVISED_COLOR, train), *test(UNSUPERVISED_COLOR),
                    swatch("•", RECONSTRUCTION_COLOR, translate("Canvas", "reconstruction")),
                    swatch("━", COMPONENT_COLORS[0], translate("Canvas", "learned components"))]
    elif state.task == "classification":
        entries += [swatch(class_glyph(k), theme.palette.class_color(k), name)
                    for k, name in enumerate(state.class_names)]
        entries += [*test(grey, translate("Canvas", "test point")),
                    swatch("━", palette.BLACK, translate("Canvas", "decision boundary"))]
    elif state.task == "regression" and state.input_dim == 1:
        entries += [swatch("●", palette.TRAIN_COLOR, train), *test(palette.TEST_COLOR),
                    swatch("━", palette.BLACK, translate("Canvas", "prediction"))]
    elif state.task == "regression":
        entries += [swatch("●", grey, train), *test(grey),
                    html.escape(translate("Canvas", "colour: target (points), prediction (background)"))]
    else:
        entries += [swatch("●", UNSUPERVISED_COLOR, train), *test(UNSUPERVISED_COLOR)]
    if rings:
        entries.append(swatch("◯", palette.BLACK, translate("Canvas", "ring: last minibatch")))
    weight = "; font-weight:bold" if theme.contrast else ""
    style = f"font-size:{theme.pt(TEXT_PT):.3g}pt; color:{theme.palette.text}{weight}"

    def line_html(line: list[str]) -> str:
        return f'<span style="{style}">{GAP.join(line)}</span>'

    lines = wrap(entries, lambda line: html_width(line_html(line)), width)
    return "<br>".join(line_html(line) for line in lines), len(lines)


def html_width(text: str) -> float:
    """The width (px) of `text` laid out as the plot's title lays it out (rich text in the application font)."""
    document = QTextDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(text)
    return document.idealWidth()


def wrap(entries: list[str], width_of: Callable[[list[str]], float], width: float | None) -> list[list[str]]:
    """`entries` in lines no wider than `width` by `width_of` (an entry wider than that gets a line alone)."""
    lines: list[list[str]] = [[]]
    for entry in entries:
        if width is not None and lines[-1] and width_of([*lines[-1], entry]) > width:
            lines.append([])
        lines[-1].append(entry)
    return lines


BAR_WIDTH = 14


class RegressionColorBar:
    """A colour bar right of the canvas, present only while 2-D regression data are shown."""

    def __init__(self, plot: pg.PlotItem, theme: Theme = DEFAULT_THEME) -> None:
        self.plot = plot
        self.shown = False
        self.levels = (-1.0, 1.0)
        self.theme = theme
        self.bar: pg.ColorBarItem | None = None  # made when first shown

    def _make(self, theme: Theme) -> pg.ColorBarItem:
        value = translate("Canvas", "value")
        bar = pg.ColorBarItem(values=self.levels, colorMap=pg.colormap.get(REGRESSION_MAP), interactive=False,
                              width=theme.pixels(BAR_WIDTH), label=value, pen=theme.pen(theme.palette.foreground),
                              colorMapMenu=False)
        axis = bar.getAxis("right")
        axis.enableAutoSIPrefix(False)
        axis.setPen(theme.pen(theme.palette.foreground))
        axis.setTextPen(theme.palette.foreground)
        axis.setTickFont(theme.font())
        axis.setLabel(value, **theme.css())
        return bar

    def apply_theme(self, theme: Theme) -> None:
        """A colour bar has no setter for its width: a new one takes the old one's place (when it is next shown,
        if it is hidden now: most data are not 2-D regression)."""
        self.theme = theme
        shown = self.shown
        self.hide()
        self.bar = None
        if shown:
            self.show(self.levels)

    def show(self, levels: tuple[float, float]) -> None:
        self.levels = levels
        if self.bar is None:
            self.bar = self._make(self.theme)
        self.bar.setLevels(values=levels, update_items=False)
        if not self.shown:
            self.plot.layout.addItem(self.bar, 2, 5)
            self.bar.setVisible(True)
            self.shown = True

    def hide(self) -> None:
        if self.shown:
            self.plot.layout.removeItem(self.bar)
            self.bar.setVisible(False)
            self.shown = False
