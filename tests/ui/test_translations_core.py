"""Translations of the window's core (bridge/, ui/window/main_window.py, accessibility.py): the window title, the
status-bar messages the controller and its edit helpers emit, the undo commands' texts in Edit -> Undo, the worker's
failure messages, the live status a screen reader hears, the keyboard-shortcuts and About boxes, the figures' names
and the names of Qt's own parts all go through Qt's translator, and English reads exactly as before.

The pseudo-locale (pseudo_locale.py) wraps every string of the app's contexts in ⟦ ⟧: a text shown without the
markers never went through translate(). The translator is installed before the window is built (strings are
translated when made) and removed after the test.
"""

from __future__ import annotations

import numpy as np
from pseudo_locale import CLOSE, OPEN, is_marked, unmarked, widget_texts
from PySide6.QtWidgets import QToolButton, QWidget

from gradientdesk.bridge import messages
from gradientdesk.bridge.data_edits import describe_data
from gradientdesk.state.data_state import DataSettings, DataState, empty_state
from gradientdesk.ui.window import accessibility
from gradientdesk.ui.window import main_window as main_window_module

WAIT = 5000
CORE_CONTEXTS = {"MainWindow", "Accessibility", "Controller", "DataEdits", "HyperparameterEdits", "ParameterEdits",
                 "TimelineEdits", "Worker", "DocumentEdits"}




def status_of(win) -> str:
    return win.statusBar().currentMessage()


def emitted(qtbot, controller, act) -> str:
    """The status message `act()` makes the controller say."""
    with qtbot.waitSignal(controller.status, timeout=WAIT) as said:
        act()
    return said.args[0]


def test_title_status_undo_and_live_status_are_translated(qtbot, pseudo, make_window):
    win = make_window()
    controller = win.controller
    title = win.windowTitle()
    assert title.startswith(f"{OPEN}") and "[*] — GradientDesk — " in title, title
    assert f"{OPEN}2 classes{CLOSE}" in title and " points (150 train, 150 test), " in title, title
    assert f"{OPEN}Circle{CLOSE}: 300" in title, title  # the preset's name as the Data menu says it

    # the live status: its name, and what it says after a step (paused)
    bar = win.statusBar()
    assert bar.accessibleName() == f"{OPEN}Training status{CLOSE}"
    start = controller.latest.step
    with qtbot.waitSignal(controller.snapshot_ready, timeout=WAIT):
        controller.step(1)
    qtbot.waitUntil(lambda: controller.latest.step > start and not controller.playing, timeout=WAIT)
    win.accessibility.live_status.update_now()
    said = bar.accessibleDescription()
    assert said.startswith(f"{OPEN}{OPEN}Step {controller.latest.step}{CLOSE}, {OPEN}train loss "), said
    assert f"{OPEN}test {OPEN}accuracy{CLOSE} " in said and said.endswith(f", paused{CLOSE}"), said

    # a preset: the status message, Edit -> Undo, the title
    message = emitted(qtbot, controller, lambda: controller.load_preset("moons"))
    assert message.startswith(f"{OPEN}Loaded {OPEN}{OPEN}Moons{CLOSE}: 300 points"), message
    assert controller.undo_stack.undoText() == f"{OPEN}Load preset {OPEN}Moons{CLOSE}{CLOSE}"
    assert controller.undo_stack.undoText() in win.undo_action.text() and is_marked(win.undo_action.text())
    assert status_of(win) == message
    assert f"{OPEN}{OPEN}Moons{CLOSE}: 300 points" in win.windowTitle()

    # drawing, erasing and the classes
    controller.add_points(np.array([[0.5, 0.5]]), 1)
    assert controller.undo_stack.undoText() == f"{OPEN}Draw points{CLOSE}"
    controller.erase_points(np.array([0]))
    assert controller.undo_stack.undoText() == f"{OPEN}Erase points{CLOSE}"
    controller.set_class_count(3)
    assert controller.undo_stack.undoText() == f"{OPEN}Use 3 classes{CLOSE}"
    assert f"{OPEN}3 classes{CLOSE}" in win.windowTitle()

    # hyperparameters: kept parameters, a fresh start, a refused value, a model that needs other data
    message = emitted(qtbot, controller, lambda: controller.set_hyperparameter("learning_rate", 0.1))
    assert message.startswith(f"{OPEN}{OPEN}Learning rate{CLOSE} changed; training goes on"), message
    message = emitted(qtbot, controller, lambda: controller.set_hyperparameter("hidden_layers", (3,)))
    assert message == f"{OPEN}{OPEN}Hidden layers{CLOSE} changed: the parameters were re-initialized.{CLOSE}"
    message = emitted(qtbot, controller, lambda: controller.set_hyperparameter("learning_rate", -1.0))
    assert message.startswith(f"{OPEN}Not changed: ") and message.endswith(CLOSE), message  # the engine's words
    message = emitted(qtbot, controller, lambda: controller.set_hyperparameter("model", "linear"))
    assert message.startswith(f"{OPEN}{OPEN}Linear regression{CLOSE} cannot use the previous data: loaded the "
                              f"'{OPEN}Line{CLOSE}' dataset"), message
    assert controller.undo_stack.undoText() == f"{OPEN}Switch to {OPEN}Linear regression{CLOSE}{CLOSE}"
    assert f"{OPEN}regression{CLOSE}" in win.windowTitle()

    # Reset, then Undo back to the circle's classes
    qtbot.waitUntil(lambda: controller.can_train and controller.latest is not None, timeout=WAIT)
    message = emitted(qtbot, controller, win.training_bar.reset_action.trigger)
    assert message == f"{OPEN}Parameters reset from seed 1.{CLOSE}"
    win.undo_action.trigger()
    assert f"{OPEN}3 classes{CLOSE}" in win.windowTitle()
    assert is_marked(win.redo_action.text()) and f"{OPEN}Switch to " in win.redo_action.text()

    # a weight typed for a parameter the model does not have
    why = controller.set_parameter_value("dense9.W", (0, 0), 1.0)
    assert why.startswith(f"{OPEN}dense9.W[0,0] was not changed: ") and is_marked(why), why

    # the empty canvas: the banner's reason, Undo's text and the title
    controller.clear_points()
    assert controller.undo_stack.undoText() == f"{OPEN}Clear all points{CLOSE}"
    assert controller.problem == f"{OPEN}The canvas is empty: draw some points or pick a preset from the Data menu." \
                                 f"{CLOSE}"
    assert win.windowTitle().endswith(f"{OPEN}empty canvas: draw some points{CLOSE}{CLOSE}"), win.windowTitle()
    assert unmarked([("title", win.windowTitle()), ("status", status_of(win)), ("undo", win.undo_action.text()),
                     ("live status", bar.accessibleDescription()), ("name", bar.accessibleName())]) == []


def test_the_workers_failures_are_translated(qtbot, pseudo, make_window):
    win = make_window()
    controller = win.controller

    class Resume:
        """Not a message: the worker reports an internal error and goes on."""

    with qtbot.waitSignal(controller.problem_changed, timeout=WAIT) as failed:
        controller._bridge.send(Resume())
    assert failed.args[0].startswith(f"{OPEN}Internal error while handling Resume: "), failed.args[0]
    assert failed.args[0].endswith(f". Training was paused.{CLOSE}")
    with qtbot.waitSignal(controller.problem_changed, timeout=WAIT) as refused:
        controller._bridge.send(messages.Step(1, (99, 99)))  # versions the worker does not hold
    assert refused.args[0] == (f"{OPEN}Training did not start: the trainer does not hold the current data and "
                               f"settings yet. Press Play again.{CLOSE}")


def test_the_help_boxes_figures_and_qt_parts_are_translated(qtbot, pseudo, make_window, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window_module.QMessageBox, "information",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(main_window_module.QMessageBox, "about",
                        lambda _parent, title, text: shown.append((title, text)))
    win = make_window()
    win._show_shortcuts()
    win._show_about()
    assert [title for title, _text in shown] == [f"{OPEN}Keyboard shortcuts{CLOSE}", f"{OPEN}About GradientDesk{CLOSE}"]
    assert all(is_marked(text) for _title, text in shown)
    assert shown[0][1] == f"{OPEN}{main_window_module.SHORTCUTS}{CLOSE}" and "\t" in shown[0][1]
    assert [figure.title for figure in win.figure_export.named] == [
        f"{OPEN}{name}{CLOSE}" for name in ("Canvas", "Loss plot", "Parameter traces", "Scale ladder")]

    holder = QWidget()
    qtbot.addWidget(holder)
    part = QToolButton(holder)
    part.setObjectName("qt_toolbar_ext_button")
    accessibility.name_widgets(holder)
    assert part.accessibleName() == f"{OPEN}More tools{CLOSE}"
    # the tab bars' scroll buttons (Qt's own, unnamed) are named too, not after their objectName
    scroll_buttons = [button for button in win.findChildren(QToolButton)
                      if button.objectName() in ("ScrollLeftButton", "ScrollRightButton")]
    assert scroll_buttons and all(button.accessibleName() in (f"{OPEN}Scroll left{CLOSE}", f"{OPEN}Scroll right{CLOSE}")
                                  for button in scroll_buttons)


def test_the_check_catches_an_untranslated_text(qtbot, pseudo, make_window):
    win = make_window()
    win.controller.status.emit("Parameters reset from seed 1.")  # English, never through translate()
    win.statusBar().setAccessibleName("Training status")
    found = unmarked([("status", status_of(win)), ("name", win.statusBar().accessibleName()),
                      ("title", win.windowTitle())])
    assert found == [("status", "Parameters reset from seed 1."), ("name", "Training status")]
    win.setWindowTitle("Untitled[*] — GradientDesk — circle: 300 points (150 train, 150 test), 2 classes")
    assert ("MainWindow 'main_window' window title", win.windowTitle()) in unmarked(widget_texts(win))


def test_english_reads_as_before(qtbot, window):
    """Without a translator every composed text is the English it always was."""
    for state in (DataState.from_preset(DataSettings("circle", 300, None, 1, 0.5)),
                  DataState.from_preset(DataSettings("line", 120, None, 2, 0.25)),
                  DataState.from_preset(DataSettings("cloud", 80, None, 3, 0.0)),
                  empty_state("classification"), empty_state("classification").with_points(
                      np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0, 1]), np.array([False, True]))):
        assert describe_data(state) == state.describe()
    assert window.windowTitle() == ("Untitled[*] — GradientDesk — circle: 300 points (150 train, 150 test), "
                                    "2 classes")
    assert window.statusBar().accessibleName() == "Training status"
    assert accessibility.status_text(None, False) == "No training yet."
    snap = window.controller.latest
    text = accessibility.status_text(snap, False)
    assert text.startswith(f"Step {snap.step}, train loss {snap.train_loss:.4g}, ") and text.endswith(", paused")
    assert window.controller.undo_stack.createUndoAction(window, "&Undo").text() == "&Undo"


def test_the_pseudo_locale_wraps_this_parts_contexts(pseudo):
    """The contexts are read from the sources (the engine's and io's QT_TRANSLATE_NOOP marks too)."""
    assert pseudo.contexts >= CORE_CONTEXTS
