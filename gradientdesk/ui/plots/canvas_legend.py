"""The data canvas's legend, as one line of HTML in the plot's title row (outside the data, so it hides no point,
and static text: it costs nothing per frame), and the colour bar of 2-D regression."""

from __future__ import annotations

import html

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg

from ...state.data_state import DataState
from ..theme import palette
from .pca_overlay import COMPONENT_COLORS, RECONSTRUCTION_COLOR
from .point_styles import REGRESSION_MAP, UNSUPERVISED_COLOR

GAP = "&nbsp;&nbsp;&nbsp;"


def _swatch(symbol: str, color: str, text: str) -> str:
    return f'<span style="color:{color}; font-size:13pt">{symbol}</span>&nbsp;{html.escape(text)}'


def legend_html(state: DataState, model: str) -> str:
    """'● A  ● B  ○ test point  ━ decision boundary' (or the entries of the task and model at hand)."""
    grey = "#555555"
    entries: list[str] = []
    if model == "pca":
        entries += [_swatch("●", UNSUPERVISED_COLOR, "train"), _swatch("○", UNSUPERVISED_COLOR, "test"),
                    _swatch("•", RECONSTRUCTION_COLOR, "reconstruction"),
                    _swatch("━", COMPONENT_COLORS[0], "learned components")]
    elif state.task == "classification":
        entries += [_swatch("●", palette.class_color(k), name) for k, name in enumerate(state.class_names)]
        entries += [_swatch("○", grey, "test point"), _swatch("━", palette.BLACK, "decision boundary")]
    elif state.task == "regression" and state.input_dim == 1:
        entries += [_swatch("●", palette.TRAIN_COLOR, "train"), _swatch("○", palette.TEST_COLOR, "test"),
                    _swatch("━", palette.BLACK, "prediction")]
    elif state.task == "regression":
        entries += [_swatch("●", grey, "train"), _swatch("○", grey, "test"),
                    "colour: target (points), prediction (background)"]
    else:
        entries += [_swatch("●", UNSUPERVISED_COLOR, "train"), _swatch("○", UNSUPERVISED_COLOR, "test")]
    return f'<span style="font-size:10pt">{GAP.join(entries)}</span>'


class RegressionColorBar:
    """A colour bar right of the canvas, present only while 2-D regression data are shown."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=pg.colormap.get(REGRESSION_MAP), interactive=False,
                                   width=14, label="value", pen="k", colorMapMenu=False)
        self.bar.getAxis("right").enableAutoSIPrefix(False)
        self.shown = False

    def show(self, levels: tuple[float, float]) -> None:
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
