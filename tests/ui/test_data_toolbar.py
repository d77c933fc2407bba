"""The data toolbar fits a 1366-px screen: nothing is said twice (no "Class" label beside "Class A", no label
repeating the preset box), labels are short with tooltips, and in presentation mode's larger font the class box
still shows its whole item ("Class A", not "Class") while the controls used in front of a class stay in the row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

PRESENTING = 1.6  # presentation mode's default scale (ui/presentation/options.py)


@pytest.fixture
def bar(qtbot, controller):
    """A DataToolbar in a 1366-px wide main window (the most common school laptop and projector width)."""
    from gradientdesk.ui.plots.drawing_tools import DrawingTools
    from gradientdesk.ui.window.data_toolbar import DataToolbar

    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = DataToolbar(controller, DrawingTools())
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.setCentralWidget(QWidget())
    window.resize(1366, 200)
    window.show()
    qtbot.waitExposed(window)
    yield toolbar  # the window stays referenced while the test runs
    window.close()


def in_the_menu(toolbar) -> list[str]:
    """The controls the toolbar moved into its » menu for want of room."""
    out = []
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if action.isVisible() and widget is not None and not widget.isVisible():
            out.append(action.text() or widget.objectName() or type(widget).__name__)
    return out


def labels(toolbar) -> list[QLabel]:
    return [w for w in toolbar.findChildren(QLabel) if w.isVisible() and w is not toolbar.source]


def test_every_control_fits_at_1366_px_and_no_label_repeats_a_box(qtbot, bar):
    qtbot.waitUntil(lambda: bar.width() > 1000, timeout=2000)
    assert in_the_menu(bar) == []
    assert bar.sizeHint().width() <= 1200  # room to spare (1259 px with the long labels, ~1090 now)
    texts = [label.text().strip() for label in labels(bar)]
    assert "Class" not in texts and all(len(t) <= 5 for t in texts), texts
    assert all(label.toolTip() for label in labels(bar))  # a short label, the whole meaning in its tooltip
    assert bar.class_box.currentText() == "Class A"
    assert not bar.source_action.isVisible()  # a preset on the canvas: the preset box says "Circle"


def test_presenting_the_class_box_shows_class_a_and_the_preset_controls_stay_in_the_row(qtbot, bar):
    from gradientdesk.ui.presentation.presentation import scaled_font

    window = bar.window()
    window.setFont(scaled_font(window.font(), PRESENTING))  # what presentation mode does to every font
    box = bar.class_box

    def settled() -> bool:
        return box.fontMetrics().height() > bar.fontMetrics().height() * 0.99 and box.width() == box.sizeHint().width()

    qtbot.waitUntil(settled, timeout=2000)
    text_room = box.width() - box.iconSize().width() - 30  # frame, icon gap and arrow
    assert box.fontMetrics().horizontalAdvance("Class A") <= text_room, (box.width(), text_room)
    assert box.minimumSizeHint().width() == box.sizeHint().width()  # never squeezed below its item
    shown = {bar.generate_action, bar.clear_action, bar.brush_action, bar.eraser_action, bar.inspect_action}
    assert all(bar.widgetForAction(a).isVisible() for a in shown)
    assert bar.preset_box.isVisible() and bar.n_box.isVisible()
    window.grab().save("/tmp/shots_b/data_toolbar_presenting_1366.png")
