"""Every colour distinction has a second cue (issue "Every classroom", colour vision): a weight's sign is also its
edge's pattern in the network diagram (negative dashed), as a class is also its marker shape (test_color_vision.py)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from gradientdesk.ui.inspect import diagram_items
from gradientdesk.ui.inspect.diagram_items import EdgesItem


def _hue(color: QColor) -> int:
    return color.hslHue()


def test_negative_edges_are_dashed_and_positive_ones_solid(qapp):
    item = EdgesItem()
    segments = np.array([[0, 0, 10, 10], [0, 10, 10, 0], [0, 5, 10, 5], [5, 0, 5, 10], [1, 1, 2, 2]], float)
    item.set_geometry(segments, QRectF(0, 0, 10, 10))
    values = np.array([-1.0, 0.8, -0.1, 0.3, 0.0])
    item.set_values(values, np.ones(5, bool), ref=1.0, max_width=4.0)
    negative_hue, positive_hue = _hue(QColor(diagram_items.NEGATIVE)), _hue(QColor(diagram_items.POSITIVE))
    patterns = {"negative": set(), "positive": set()}
    for pen, _lines in item.groups:
        if pen.color().hslHue() == negative_hue and pen.color().hslSaturation() > 0:
            patterns["negative"].add((pen.style(), tuple(pen.dashPattern())))
        elif pen.color().hslHue() == positive_hue and pen.color().hslSaturation() > 0:
            patterns["positive"].add((pen.style(), tuple(pen.dashPattern())))
    assert patterns["negative"] and patterns["positive"]
    assert all(style == Qt.PenStyle.CustomDashLine for style, _dashes in patterns["negative"])
    assert all(style == Qt.PenStyle.SolidLine for style, _dashes in patterns["positive"])
    # the edges are drawn in their groups: each edge once, by its sign
    assert sum(len(lines) for _pen, lines in item.groups) == 5
