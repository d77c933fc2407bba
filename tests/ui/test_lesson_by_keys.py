"""Lesson 1, start to end, with key presses only: the Lessons menu by its mnemonic (Alt+L, 1), the views by
Ctrl+5 / Ctrl+4, Step by Right, Play and Pause by Space, Reset by R, Next step by N; a look at a parameter with the
keyboard in the table; every step ticked."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TIMEOUT = 20_000


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_lesson_one_with_the_keyboard_only(window, qtbot):
    controller, lessons = window.controller, window.lessons
    window.activateWindow()
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Lessons
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=TIMEOUT)
    press(QApplication.activePopupWidget(), Qt.Key.Key_1)  # &1  What a parameter is
    qtbot.waitUntil(lambda: len(lessons.panel.steps) == 5 and controller.hyperparameters.model == "linear",
                    timeout=TIMEOUT)
    panel = lessons.panel
    # a desktop gives the window back its activation (and focus) when the menu closes; the offscreen test platform
    # leaves the closed menu active, so the test does what the window manager would
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    focus = window.focusWidget() or window

    # 1. the Loss landscape (Ctrl+5), then Next step
    press(focus, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stage.view == "landscape"
    press(focus, Qt.Key.Key_N)
    assert panel.current_number() == 2

    # 2. the Update inspector (Ctrl+4) and three Steps (Right)
    press(focus, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stage.view == "update_inspector"
    start = controller.latest.step
    for _ in range(3):
        press(focus, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: controller.latest.step == start + 3, timeout=TIMEOUT)
    press(focus, Qt.Key.Key_N)

    # 3. back on the landscape, Play (Space); the dot runs down: the loss falls
    press(focus, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    loss = controller.latest.train_loss
    press(focus, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.playing, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.latest.step >= start + 8 and controller.latest.train_loss < loss,
                    timeout=TIMEOUT)
    press(focus, Qt.Key.Key_Space)  # Pause
    qtbot.waitUntil(lambda: not controller.playing, timeout=TIMEOUT)
    press(focus, Qt.Key.Key_N)

    # 4. read w in the Parameters table: Tab there would take many presses; the table takes the focus by keys too
    table = window.parameter_panel.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    press(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert controller.selection == "dense1.W[0,0]"
    press(table, Qt.Key.Key_N)  # the table does not eat N: Next step still works from it
    assert panel.current_number() == 5

    # 5. Reset (R): w back to where seed 21 starts it
    press(table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: controller.latest.step == 0, timeout=TIMEOUT)
    w = float(np.asarray(controller.latest.parameters["dense1.W"]).ravel()[0])
    assert abs(w - (-1.52417)) < 1e-3
    press(table, Qt.Key.Key_N)
    assert panel.current_number() is None  # every step ticked
