"""The stage (issue 11, item 2): the canvas and one chosen inspection view side by side, switched with Ctrl+1..6 or
the buttons above them; Ctrl+0 shows the view alone, Ctrl+9 every view; the choice is remembered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt

from gradientdesk.ui.inspect import on_screen
from gradientdesk.ui.window.stage_views import STAGE_VIEWS


def press(qtbot, window, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_a_click_on_a_button_shows_its_view_beside_the_canvas(qtbot, window):
    stage = window.stage
    qtbot.mouseClick(stage.buttons["landscape"], Qt.MouseButton.LeftButton)
    assert stage.view == "landscape" and on_screen(window.landscape_view) and on_screen(window.canvas)
    assert not on_screen(window.network_diagram)
    qtbot.mouseClick(stage.buttons["landscape"], Qt.MouseButton.LeftButton)  # again: it stays (no empty stage)
    assert stage.view == "landscape" and stage.buttons["landscape"].isChecked()
    canvas_right = window.canvas.mapTo(window, QPoint(window.canvas.width(), 0)).x()
    assert window.landscape_view.mapTo(window, QPoint(0, 0)).x() >= canvas_right  # side by side, not over


def test_ctrl_0_shows_the_view_alone_and_training_goes_on_without_the_canvas(qtbot, window):
    stage, controller = window.stage, window.controller
    width_beside = window.network_diagram.width()
    press(qtbot, window, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: not window.canvas.isVisible(), timeout=2000)
    assert not stage.canvas_action.isChecked()
    qtbot.waitUntil(lambda: window.network_diagram.width() > 1.5 * width_beside, timeout=2000)  # the whole stage
    # nothing paints the hidden canvas: frames are acknowledged anyway, so training runs at its pace, unstalled
    start = controller.latest.step
    controller.step(40)
    qtbot.waitUntil(lambda: controller.latest.step >= start + 40, timeout=5000)
    assert window.frame_sync.forced_repaints == 0
    press(qtbot, window, Qt.Key.Key_0)
    qtbot.waitUntil(window.canvas.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: abs(window.network_diagram.width() - width_beside) <= 4, timeout=2000)


def test_ctrl_9_shows_every_view_and_a_view_button_brings_one_back(qtbot, window):
    stage = window.stage
    press(qtbot, window, Qt.Key.Key_9)
    on_wall = [stage.views[spec.name] for spec in STAGE_VIEWS if spec.on_wall]
    qtbot.waitUntil(lambda: all(view.isVisible() for view in on_wall), timeout=3000)
    assert stage.wall and stage.wall_action.isChecked() and not window.scale_view.isVisible()
    assert not any(action.isChecked() for action in stage.view_actions.values())
    press(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: stage.shown_views() == [window.traces], timeout=2000)
    assert not stage.wall and stage.view_actions["traces"].isChecked()


def test_an_inspect_click_on_the_canvas_shows_the_forward_pass_for_that_point(qtbot, window):
    window.stage.set_canvas_shown(True)
    window.canvas.point_inspected.emit(1.0, -2.0)
    assert window.stage.view == "forward_pass" and window.forward_pass.isVisible()
    assert window.canvas.isVisible()


def test_the_view_mode_and_split_are_remembered(qtbot, make_window, tmp_path):
    path = str(tmp_path / "settings.ini")
    first = make_window(settings=QSettings(path, QSettings.Format.IniFormat))
    first.stage.show_view("update_inspector")
    first.stage.set_canvas_shown(False)
    first.close()
    second = make_window(settings=QSettings(path, QSettings.Format.IniFormat))
    assert second.stage.view == "update_inspector" and not second.stage.canvas_shown
    assert second.update_inspector.isVisible() and not second.canvas.isVisible()


def test_a_broken_remembered_view_falls_back_to_the_diagram(qtbot, make_window, tmp_path):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    settings.setValue("stage/view", "no such view")
    settings.setValue("stage/splitter", "not a state")
    settings.sync()
    window = make_window(settings=QSettings(path, QSettings.Format.IniFormat))
    assert window.stage.view == "network_diagram" and window.network_diagram.isVisible()


def test_the_view_menu_lists_every_stage_view_with_its_shortcut(window):
    entries = {action.text(): action.shortcut().toString() for action in window.view_menu.actions()}
    for number, spec in enumerate(STAGE_VIEWS, start=1):
        assert entries[spec.title] == f"Ctrl+{number}"
    assert entries["Canvas"] == "Ctrl+0" and entries["All views"] == "Ctrl+9"
