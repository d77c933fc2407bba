"""The weight maps and the parameter traces reflow with the width the stage gives them (about 410 x 390 px beside the
canvas at 1366x768, 1000 x 560 on a large screen): nothing is cut off, nothing needs a sideways scroll bar, every plot
keeps a readable size, and picking a parameter still works in the narrow layout. Real widgets, measured geometry."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt

from gradientdesk.ui.theme.theme import Theme

NARROW, WIDE = (410, 390), (1000, 560)
LEAST_PLOT = 160  # px: a plot smaller than this is not readable in front of a class
LEFT = Qt.MouseButton.LeftButton


def show_at(qtbot, view, size: tuple[int, int]) -> None:
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: (view.width(), view.height()) == size, timeout=2000)
    qtbot.wait(50)  # the layouts settle (pyqtgraph's graphics layout follows its view's resize)


def scene_rect_in(view, graphics, item) -> QRect:
    """Where a graphics item of `graphics` (a QGraphicsView in `view`) lies, in `view`'s coordinates."""
    rect: QRectF = item.sceneBoundingRect()
    top_left = graphics.mapTo(view, graphics.mapFromScene(rect.topLeft()))
    bottom_right = graphics.mapTo(view, graphics.mapFromScene(rect.bottomRight()))
    return QRect(top_left, bottom_right)


# ---- weight maps ----------------------------------------------------------------------------------------------------
def cell_pos(maps, plot, row: int, col: int) -> QPoint:
    """Position in `maps.graphics` of the centre of cell (row, col) of a MatrixPlot (col == cols: the bias)."""
    from gradientdesk.ui.inspect.weight_plots import BIAS_GAP

    x = col + 0.5 if col < plot.shape[1] else plot.shape[1] + BIAS_GAP + 0.5
    scene = plot.plot.getViewBox().mapViewToScene(QPointF(x, row + 0.5))
    return maps.graphics.mapFromScene(scene)


@pytest.fixture
def maps(qtbot, controller):
    from gradientdesk.ui.inspect.weight_maps import WeightMaps

    view = WeightMaps(controller)
    qtbot.addWidget(view)
    show_at(qtbot, view, NARROW)
    qtbot.waitUntil(lambda: view.current is not None, timeout=3000)
    view.refresh()
    return view


def shown_plots(maps) -> list:
    return [item for k in maps.pages.shown for item in maps.pages.pages[k]]


def assert_all_readable(maps, least: int = LEAST_PLOT) -> None:
    inside = maps.rect()
    for k in maps.pages.shown:
        plot, bar = maps.pages.pages[k]
        for item in (plot, bar):
            rect = scene_rect_in(maps, maps.graphics, item)
            assert item.isVisible() and item.scene() is maps.graphics.scene()
            assert inside.contains(rect), (k, rect, inside)
        rect = scene_rect_in(maps, maps.graphics, plot)
        assert rect.width() >= least and rect.height() >= least, (k, rect)


def readable(qtbot, maps, least: int = LEAST_PLOT) -> None:
    """Every shown plot readable once the graphics layout has settled (it lays out after the event loop runs)."""
    qtbot.waitUntil(lambda: assert_all_readable(maps, least), timeout=2000)


def test_narrow_maps_show_one_readable_plot_at_a_time_behind_page_buttons(qtbot, controller, maps):
    assert maps.minimumSizeHint().width() <= NARROW[0]
    assert maps.pages.isVisible() and maps.pages.shown == (0,)
    assert [b.text() for b in maps.pages.buttons] == ["Weights", "Gradients", "Over time"]
    assert maps.pages.buttons[0].isChecked()
    readable(qtbot, maps)
    # the hover readout lies under the plots, across the whole width: it takes none from them
    assert maps.readout.y() >= maps.graphics.geometry().bottom()
    assert maps.readout.width() >= 0.9 * maps.width()

    for page in (1, 2, 0):
        qtbot.mouseClick(maps.pages.buttons[page], LEFT)
        assert maps.pages.shown == (page,) and maps.pages.buttons[page].isChecked()
        readable(qtbot, maps)
    assert not maps.pages.is_shown(maps.gradients.plot)


def test_a_wide_view_shows_every_plot_side_by_side_and_a_middle_one_the_maps_together(qtbot, controller, maps):
    show_at(qtbot, maps, WIDE)
    assert maps.pages.shown == (0, 1, 2) and not maps.pages.isVisible()
    readable(qtbot, maps)
    xs = [scene_rect_in(maps, maps.graphics, maps.pages.pages[k][0]).x() for k in range(3)]
    assert xs == sorted(xs)  # weights, gradients, over time: left to right

    show_at(qtbot, maps, (770, 390))  # alone on the stage at 1366x768: weights and gradients side by side
    assert maps.pages.shown == (0, 1) and maps.pages.isVisible()
    assert maps.pages.buttons[0].text() == "Weights && gradients" and maps.pages.buttons[1].isHidden()
    readable(qtbot, maps)
    qtbot.mouseClick(maps.pages.buttons[2], LEFT)
    assert maps.pages.shown == (2,)

    show_at(qtbot, maps, NARROW)  # narrower again: the page the learner chose stays
    assert maps.pages.shown == (2,) and maps.minimumSizeHint().width() <= NARROW[0]


@pytest.mark.parametrize("width", [410, 600, 679, 680, 770, 899, 900, 1000, 1400])
def test_at_every_width_nothing_is_cut_off_and_nothing_scrolls_sideways(qtbot, controller, maps, width):
    show_at(qtbot, maps, (width, 390))
    assert maps.minimumSizeHint().width() <= min(width, NARROW[0])
    for page in range(3):
        maps.pages.show_page(page)
        readable(qtbot, maps)


def test_presenting_maps_stay_readable_in_the_stage(qtbot, controller, maps):
    maps.apply_theme(Theme.presenting(1.6, False))
    font = maps.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    maps.setFont(font)
    show_at(qtbot, maps, (580, 520))
    qtbot.wait(50)
    assert maps.minimumSizeHint().width() <= 580
    assert maps.pages.shown == (0,)
    readable(qtbot, maps, least=round(1.3 * LEAST_PLOT))
    for page, bar in ((1, maps.gradients.bar), (2, maps.history_bar)):  # themed while out of sight
        qtbot.mouseClick(maps.pages.buttons[page], LEFT)
        assert bar.axis.maximumWidth() == maps.theme.pixels(45)  # its numbers have their room
        readable(qtbot, maps, least=round(1.3 * LEAST_PLOT))


def test_hovering_and_clicking_a_cell_work_on_every_page(qtbot, controller, maps):
    controller.step(2)
    qtbot.waitUntil(lambda: controller.latest.step >= 2, timeout=5000)
    maps.refresh()
    qtbot.mouseClick(maps.pages.buttons[1], LEFT)  # the gradients alone
    qtbot.mouseClick(maps.graphics.viewport(), LEFT, pos=cell_pos(maps, maps.gradients, 3, 1))
    assert controller.selection == "dense1.W[3,1]"
    assert maps.gradients.marker.isVisible()
    scene_pos = maps.gradients.plot.getViewBox().mapViewToScene(QPointF(0.5, 0.5))
    maps.graphics.scene().sigMouseMoved.emit(scene_pos)
    assert maps.hovered is not None and maps.hovered.flat == "dense1.W[0,0]"
    assert "dense1.W[0,0]" in maps.readout.text()
    qtbot.mouseClick(maps.pages.buttons[2], LEFT)  # the history where the maps were: no cell is read there
    maps.graphics.scene().sigMouseMoved.emit(scene_pos)
    assert maps.hovered is None


# ---- parameter traces -----------------------------------------------------------------------------------------------
@pytest.fixture
def traces(qtbot, controller):
    from gradientdesk.ui.plots.parameter_traces import ParameterTraces

    view = ParameterTraces(controller)
    qtbot.addWidget(view)
    controller.step(10)
    qtbot.waitUntil(lambda: controller.latest.step >= 10, timeout=5000)
    show_at(qtbot, view, NARROW)
    qtbot.waitUntil(lambda: len(view.names) == controller.latest.parameter_count, timeout=3000)
    return view


def test_narrow_traces_fold_the_list_into_a_box_and_give_the_plot_the_width(qtbot, controller, traces):
    assert traces.narrow and traces.picker.isVisible() and traces.filter_edit.isVisible()
    assert not traces.names_view.isVisible()
    assert traces.minimumSizeHint().width() <= NARROW[0]
    plot = traces.plot_widget.geometry()
    assert traces.rect().contains(plot)
    assert plot.width() >= 0.9 * traces.width() and plot.height() >= 200
    assert traces.picker.geometry().bottom() < plot.top()  # the box is above the plot, beside the filter
    assert abs(traces.filter_edit.geometry().center().y() - traces.picker.geometry().center().y()) <= 2
    assert "box above the plot" in traces.info_label.text()

    show_at(qtbot, traces, WIDE)
    assert not traces.narrow and traces.names_view.isVisible() and not traces.picker.isVisible()
    assert traces.filter_edit.geometry().left() >= traces.plot_widget.geometry().right()  # back in the column
    assert "in the list" in traces.info_label.text()
    assert traces.rect().contains(traces.plot_widget.geometry())


def test_picking_in_the_narrow_box_highlights_the_parameter(qtbot, controller, traces):
    name = "dense2.W[1,0]"
    qtbot.keyClicks(traces.filter_edit, "dense2.W")
    assert traces.picker.count() == 8
    traces.picker.showPopup()
    popup = traces.picker.view()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    index = next(popup.model().index(r, 0) for r in range(popup.model().rowCount())
                 if popup.model().index(r, 0).data() == name)
    popup.setCurrentIndex(index)  # the learner moves to the name with the arrow keys and presses Enter
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.selection == name, timeout=2000)
    history = controller.parameter_history
    assert np.allclose(traces.highlight.yData, history.values[:, history.names.index(name)])
    assert traces.picker.currentText() == name and name in traces.info_label.text()

    # a selection made elsewhere (a click in the diagram) shows in the box; one the filter hides leaves it empty
    controller.select_parameter("dense2.W[0,3]")
    assert traces.picker.currentText() == "dense2.W[0,3]"
    controller.select_parameter("dense1.b[2]")
    assert traces.picker.currentIndex() == -1 and controller.selection == "dense1.b[2]"
    traces.filter_edit.clear()
    assert traces.picker.currentText() == "dense1.b[2]"
    assert np.allclose(traces.highlight.yData, history.values[:, history.names.index("dense1.b[2]")])


def test_the_list_follows_a_pick_made_in_the_narrow_box(qtbot, controller, traces):
    row = traces.names.index("dense1.W[2,1]")
    traces.picker.activated.emit(traces.proxy.mapFromSource(traces.model.index(row, 0)).row())
    assert controller.selection == "dense1.W[2,1]"
    show_at(qtbot, traces, WIDE)
    assert traces.names_view.currentIndex().data() == "dense1.W[2,1]"


def test_presenting_traces_in_the_stage_keep_the_plot_wide(qtbot, controller, traces):
    traces.apply_theme(Theme.presenting(1.6, False))
    font = traces.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    traces.setFont(font)
    show_at(qtbot, traces, (580, 520))
    assert traces.narrow and traces.minimumSizeHint().width() <= 580
    assert traces.plot_widget.width() >= 0.9 * traces.width()
    traces.apply_theme(Theme())
    show_at(qtbot, traces, (770, 390))
    assert not traces.narrow and traces.names_view.isVisible()


# ---- in a scroll area like the stage's ------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["maps", "traces"])
@pytest.mark.parametrize("size", [NARROW, (770, 390), (600, 560), WIDE])
def test_the_stage_scrolls_neither_way(qtbot, controller, which, size):
    """The stage holds its view in a resizable scroll area: a view wider or taller (for its width, with its
    word-wrapped labels) than the room would scroll, and its bottom or right side would be out of sight."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    from gradientdesk.ui.inspect.weight_maps import WeightMaps
    from gradientdesk.ui.plots.parameter_traces import ParameterTraces

    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    qtbot.addWidget(area)
    view = (WeightMaps if which == "maps" else ParameterTraces)(controller)
    area.setWidget(view)
    show_at(qtbot, area, size)
    qtbot.waitUntil(lambda: view.size() == area.viewport().size(), timeout=2000)
    assert area.horizontalScrollBar().maximum() == 0 and area.verticalScrollBar().maximum() == 0
    assert view.size().width() == size[0] and view.size().height() == size[1]
