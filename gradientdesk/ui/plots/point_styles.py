"""How each data point is drawn: training points filled, test points hollow with a thick outline, in the class
colours and shapes (classification), the train / test colours (1-D regression), a sequential colour table by target (2-D
regression) or one neutral colour (unsupervised). Built once per data change (and per Theme) as per-point arrays of a
few shared pens and brushes (few distinct styles keep pyqtgraph's symbol atlas small). Sizes and widths are the ones
at scale 1; the Theme scales them.

The pens and brushes are made once per (colours, theme) and reused: pyqtgraph's symbol atlas keys its entries on the
identity of a pen and a brush and never drops one, so new but equal objects on every data change (every stroke drawn)
grew it without end."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QPen

from ...state.data_state import DataState
from ..theme import palette
from ..theme.theme import DEFAULT_THEME, Theme
from .output_map import unit_positions

POINT_SIZE = 9
TEST_POINT_SIZE = 10
TEST_PEN_WIDTH = 2.5
REGRESSION_COLORS = 32  # target colours are quantised to this many steps
UNSUPERVISED_COLOR = "#3C3C3C"
REGRESSION_OUTLINE = "#303030"  # dark rims on the light end of viridis
REGRESSION_MAP = "viridis"
# Class k is drawn as CLASS_SYMBOLS[k] (pyqtgraph's names) as well as in its colour: the second cue, for a learner who
# does not tell the colours apart (or a grey projector). CLASS_GLYPHS are the same shapes in the legend's text.
CLASS_SYMBOLS = ("o", "s", "t1", "d", "p", "h")
CLASS_GLYPHS = ("●", "■", "▲", "◆", "⬟", "⬢")


def class_symbol(k: int) -> str:
    return CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)]


def class_glyph(k: int) -> str:
    return CLASS_GLYPHS[k % len(CLASS_GLYPHS)]


def regression_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 sequential colour table for predicted values (viridis: perceptually uniform, colour-blind safe)."""
    return pg.colormap.get(REGRESSION_MAP).getLookupTable(0.0, 1.0, n, alpha=False).astype(np.ubyte)


def _styles(color: str | tuple, outline: str, theme: Theme) -> tuple[tuple, tuple]:
    """(train pen, train brush), (test pen, test brush) for one colour."""
    train = (theme.pen(outline, 1.0), pg.mkBrush(color))
    test = (theme.pen(pg.mkColor(color), TEST_PEN_WIDTH), pg.mkBrush(255, 255, 255, 0))
    return train, test


@lru_cache(maxsize=32)
def _style_table(colors: tuple, outline: str, theme: Theme) -> tuple[np.ndarray, np.ndarray]:
    """(pens, brushes): object arrays (len(colors), 2) of the train and test style of each colour, shared by every
    call with the same colours and theme."""
    pens = np.empty((len(colors), 2), dtype=object)
    brushes = np.empty((len(colors), 2), dtype=object)
    for k, color in enumerate(colors):
        (pens[k, 0], brushes[k, 0]), (pens[k, 1], brushes[k, 1]) = _styles(color, outline, theme)
    pens.setflags(write=False)  # shared: fancy indexing below copies, nothing writes into the cache
    brushes.setflags(write=False)
    return pens, brushes


PointStyle = tuple[QPen, QBrush, float, str]  # (pen, brush, size, symbol) shared by a group of points


def point_groups(state: DataState, regression_levels: tuple[float, float] = (-1.0, 1.0),
                 theme: Theme = DEFAULT_THEME) -> tuple[np.ndarray, list[PointStyle]]:
    """The points of `state` in groups of one style: (group of each point, style of each group), drawn with `theme`
    (its point sizes, line widths and rim colour: white on a desk, black in high contrast). The training points'
    groups come first, so that the hollow test points are drawn over them."""
    ds = state.dataset
    if ds is None:
        return np.empty(0, dtype=np.intp), []
    colors, outline, keys = _colors(state, regression_levels, theme)
    pens, brushes = _style_table(tuple(colors), outline, theme)
    split = ds.is_test.astype(np.intp)
    sizes = (theme.size(POINT_SIZE), theme.size(TEST_POINT_SIZE))
    classes = state.task == "classification"
    styles = [(pens[k, s], brushes[k, s], sizes[s], class_symbol(k) if classes else "o")
              for s in (0, 1) for k in range(len(colors))]
    return split * len(colors) + keys, styles


def point_styles(state: DataState, regression_levels: tuple[float, float] = (-1.0, 1.0), theme: Theme = DEFAULT_THEME
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-point (pens, brushes, sizes) for the points of `state`: `point_groups`, spelled out point by point."""
    groups, styles = point_groups(state, regression_levels, theme)
    pens, brushes, sizes = (np.empty(len(styles), dtype=object) for _ in range(3))
    for g, (pen, brush, size, _symbol) in enumerate(styles):
        pens[g], brushes[g], sizes[g] = pen, brush, size
    return pens[groups], brushes[groups], sizes[groups].astype(np.float64)


def _colors(state: DataState, regression_levels: tuple[float, float], theme: Theme
            ) -> tuple[list, str, np.ndarray]:
    """(colours, rim colour, colour index of each point) for the task at hand."""
    ds = state.dataset
    assert ds is not None
    n = ds.n
    if state.task == "classification":
        keys = ds.y.astype(np.intp)
        colors = [theme.palette.class_color(k) for k in range(max(state.n_classes, int(keys.max()) + 1))]
        outline = theme.palette.outline
    elif state.task == "regression" and state.input_dim == 2:
        t = unit_positions(ds.y, regression_levels)  # in [0, 1] for any finite targets and levels
        keys = np.round(t * (REGRESSION_COLORS - 1)).astype(np.intp)
        lut = regression_lut(REGRESSION_COLORS)
        colors = [tuple(int(c) for c in row) for row in lut]
        outline = REGRESSION_OUTLINE if not theme.contrast else theme.palette.outline
    elif state.task == "regression":
        keys = np.where(ds.is_test, 1, 0).astype(np.intp)
        colors = [palette.TRAIN_COLOR, palette.TEST_COLOR]
        outline = theme.palette.outline
    else:
        keys = np.zeros(n, dtype=np.intp)
        colors = [UNSUPERVISED_COLOR]
        outline = theme.palette.outline
    return colors, outline, keys
