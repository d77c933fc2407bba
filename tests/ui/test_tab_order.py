"""Tab order (ui/window/tab_order.py): with key presses alone, Tab walks the window in reading order — the training
toolbar, the data toolbar, the stage's view buttons and its view, then the docks — visiting every control once,
never a widget out of sight, and Shift+Tab walks back the same way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar
from test_screen_fit import _on_virtual_screen

from gradientdesk.ui.window.tab_order import reading_order


def _press(key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def _walk(win, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier, limit=300):
    start = QApplication.focusWidget()
    seen = []
    for _ in range(limit):
        widget = _press(key, modifier)
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab did not come back to {start!r} in {limit} presses")


def _region(win, widget):
    parent = widget
    while parent is not None and parent is not win:
        if isinstance(parent, QToolBar):
            return parent.objectName()
        if parent is win.centralWidget():
            return "stage"
        if isinstance(parent, QDockWidget):
            return "dock"
        parent = parent.parentWidget()
    return None


def test_tab_reads_the_window_region_by_region_and_comes_back(make_window, qtbot):
    win = _on_virtual_screen(make_window, qtbot, (1366, 768), False)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    forward = _walk(win)
    assert len(forward) >= 40 and len(set(forward)) == len(forward)  # each control once per round
    inside = QRect(QPoint(0, 0), win.size())
    for widget in forward:
        assert widget.isVisible() and _region(win, widget) is not None, widget
        assert inside.intersects(QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())), widget
    regions = [_region(win, w) for w in [QApplication.focusWidget(), *forward]]
    order = list(dict.fromkeys(regions))
    # the walk starts in the stage (the focus at start) and meets the docks, then the toolbars, then the stage again
    rotated = order[order.index("training_toolbar"):] + order[:order.index("training_toolbar")]
    assert rotated == ["training_toolbar", "data_toolbar", "stage", "dock"], order
    # within the stage: the view buttons before the view they show
    stage = [w for w in forward if _region(win, w) == "stage"]
    buttons = [w.objectName() for w in stage if w.objectName().startswith("stage_button_")]
    assert buttons[0] == "stage_button_canvas" and stage.index(win.stage.buttons["canvas"]) < stage.index(win.canvas)
    # the model's settings come before the parameters they make
    names = [w.objectName() for w in forward]
    assert names.index("hp_model") < names.index("parameter_table")
    assert not any(type(w).__name__ == "QTabBar" and w.count() < 2 for w in forward)  # no parked Qt tab bar

    backward = _walk(win, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert backward == list(reversed(forward))


def test_a_model_change_keeps_its_new_settings_in_reading_order(make_window, qtbot):
    """Settings made after the window (a model's own) take their place in the order, not the chain's end."""
    win = _on_virtual_screen(make_window, qtbot, (1366, 768), False)
    combo = next(w for w in reading_order(win) if w.objectName() == "hp_model")
    combo.setCurrentIndex(combo.findText("Polynomial regression"))
    qtbot.wait(50)
    order = [w.objectName() for w in reading_order(win)]
    assert order.index("hp_model") < order.index("hp_degree") < order.index("parameter_table"), order
