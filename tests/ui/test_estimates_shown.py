"""What the views say about numbers measured on a sample of big data, and a right-click menu that does not pile up."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QMenu

from gradientdesk.ui.plots.loss_plot import LossPlot


def test_the_loss_line_marks_estimates_and_says_on_what(qtbot, controller):
    plot = LossPlot(controller)
    qtbot.addWidget(plot)
    controller.step(3)
    qtbot.waitUntil(lambda: len(controller.loss_history) > 1, timeout=5000)
    exact = controller.latest
    controller.latest = dataclasses.replace(exact, evaluated=(40, 40))  # as a snapshot of big data while training
    plot.refresh()
    assert plot.values_label.text().startswith("≈ train loss")
    assert "Estimated on 40 of" in plot.values_label.toolTip() and "exact when paused" in plot.values_label.toolTip()
    controller.latest = exact
    plot.refresh()
    assert plot.values_label.text().startswith("train loss") and plot.values_label.toolTip() == ""


def test_the_diagrams_right_click_menu_is_deleted_once_closed(qtbot, controller, diagram):
    k = diagram.geometry_.edge_index(1, 0, 0)
    x0, y0, x1, y1 = diagram.geometry_.segments[k]
    pos = diagram.view.mapFromScene(QPointF(x0 + 0.3 * (x1 - x0), y0 + 0.3 * (y1 - y0)))
    for _ in range(5):
        diagram.context_menu_at(QPointF(pos), QPoint(10, 10))
        menus = diagram.findChildren(QMenu)
        assert len(menus) == 1
        menus[0].close()
        qtbot.waitUntil(lambda: not diagram.findChildren(QMenu), timeout=2000)
