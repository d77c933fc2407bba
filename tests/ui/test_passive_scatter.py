"""PassiveScatter keeps its bounding rectangle between paints, and forgets it whenever pyqtgraph's own would change:
new points, cleared points, other sizes, another view range (the pixel padding is in data units)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from gradientdesk.ui.plots.plot_items import PassiveScatter


def fresh_rect(item: PassiveScatter):
    return pg.ScatterPlotItem.boundingRect(item)  # what pyqtgraph computes now, without the kept one


@pytest.fixture
def scatter(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    item = PassiveScatter(symbol="o", pxMode=True, size=10)
    widget.addItem(item)
    item.addPoints(pos=np.array([[0.0, 0.0], [1.0, 1.0]]))
    widget.setRange(xRange=(-1, 2), yRange=(-1, 2), padding=0)
    qtbot.waitExposed(widget)
    return widget, item


def test_the_kept_rectangle_is_pyqtgraphs_and_follows_every_change(qtbot, scatter):
    widget, item = scatter
    assert item.boundingRect() == fresh_rect(item)
    kept = item.boundingRect()
    assert item.boundingRect() == kept  # asked again: the same, not computed again
    item.addPoints(pos=np.array([[5.0, -3.0]]))
    assert item.boundingRect() == fresh_rect(item) and item.boundingRect().right() > 5.0
    widget.setRange(xRange=(-10, 10), yRange=(-10, 10), padding=0)  # pixels are larger in data units
    qtbot.wait(10)
    assert item.boundingRect() == fresh_rect(item)
    item.setSize(30)
    assert item.boundingRect() == fresh_rect(item)
    item.clear()
    assert item.boundingRect() == fresh_rect(item)


def test_the_rectangle_returned_is_a_copy(scatter):
    _widget, item = scatter
    rect = item.boundingRect()
    rect.setWidth(1e6)
    assert item.boundingRect().width() < 1e6
