"""How each data point is drawn: training points filled, test points hollow with a thick outline, in the class
colours (classification), the train / test colours (1-D regression), a sequential colour table by target (2-D
regression) or one neutral colour (unsupervised). Built once per data change as per-point arrays of a few shared
pens and brushes (few distinct styles keep pyqtgraph's symbol atlas small)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg

from ...state.data_state import DataState
from ..theme import palette

POINT_SIZE = 9
TEST_POINT_SIZE = 10
TEST_PEN_WIDTH = 2.5
REGRESSION_COLORS = 32  # target colours are quantised to this many steps
UNSUPERVISED_COLOR = "#3C3C3C"
REGRESSION_MAP = "viridis"


def regression_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 sequential colour table for predicted values (viridis: perceptually uniform, colour-blind safe)."""
    return pg.colormap.get(REGRESSION_MAP).getLookupTable(0.0, 1.0, n, alpha=False).astype(np.ubyte)


def _styles(color: str | tuple, outline: str = "#FFFFFF") -> tuple[tuple, tuple]:
    """(train pen, train brush), (test pen, test brush) for one colour."""
    train = (pg.mkPen(outline, width=1.0), pg.mkBrush(color))
    test = (pg.mkPen(color, width=TEST_PEN_WIDTH), pg.mkBrush(255, 255, 255, 0))
    return train, test


def point_styles(state: DataState, regression_levels: tuple[float, float] = (-1.0, 1.0)
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-point (pens, brushes, sizes) for the points of `state` (object arrays of shared QPen / QBrush)."""
    ds = state.dataset
    if ds is None:
        empty = np.empty(0, dtype=object)
        return empty, empty, np.empty(0)
    n = ds.n
    if state.task == "classification":
        keys = ds.y.astype(np.intp)
        colors = [palette.class_color(k) for k in range(max(state.n_classes, int(keys.max()) + 1))]
        outline = "#FFFFFF"
    elif state.task == "regression" and state.input_dim == 2:
        lo, hi = regression_levels
        t = np.clip((ds.y.astype(np.float64) - lo) / (hi - lo), 0.0, 1.0)
        keys = np.round(t * (REGRESSION_COLORS - 1)).astype(np.intp)
        lut = regression_lut(REGRESSION_COLORS)
        colors = [tuple(int(c) for c in row) for row in lut]
        outline = "#303030"
    elif state.task == "regression":
        keys = np.where(ds.is_test, 1, 0).astype(np.intp)
        colors = [palette.TRAIN_COLOR, palette.TEST_COLOR]
        outline = "#FFFFFF"
    else:
        keys = np.zeros(n, dtype=np.intp)
        colors = [UNSUPERVISED_COLOR]
        outline = "#FFFFFF"
    table = [_styles(c, outline) for c in colors]
    pens = np.empty((len(colors), 2), dtype=object)
    brushes = np.empty((len(colors), 2), dtype=object)
    for k, (train, test) in enumerate(table):
        pens[k, 0], brushes[k, 0] = train
        pens[k, 1], brushes[k, 1] = test
    split = ds.is_test.astype(np.intp)
    sizes = np.where(ds.is_test, TEST_POINT_SIZE, POINT_SIZE).astype(np.float64)
    return pens[keys, split], brushes[keys, split], sizes
