"""Screen readers (issue "Every classroom"): every interactive widget a learner can reach has an accessible name, in
the main window (every dock, every stage view) and in its dialogs, and the status bar's live status says the step,
the losses and the accuracy (gradientdesk/ui/window/accessibility.py)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gradientdesk.ui.window import accessibility as a11y
from gradientdesk.ui.window.stage_views import view_names


def _missing(root: QWidget) -> dict[int, str]:
    return {id(w): a11y.describe(w) for w in a11y.unnamed(root)}


def _report(missing: dict[int, str]) -> str:
    return f"{len(missing)} interactive widget(s) without an accessible name:\n  " + "\n  ".join(missing.values())


def _named_on_activation(qtbot, dialog: QDialog) -> dict[int, str]:
    """What `dialog` leaves unnamed once it is the active window: it is walked then (no direct call here: the hook
    is what is tested)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.wait(10)
    return _missing(dialog)


def test_the_check_finds_a_control_without_a_name(qtbot):
    """The test below can fail: a bare combo box is read as its value, a spin box after no label as nothing."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QComboBox()
    bare.addItems(["0.03", "0.1"])
    layout.addWidget(bare)
    form = QFormLayout()
    labelled = QLineEdit()
    form.addRow(QLabel("Learning &rate:"), labelled)
    layout.addLayout(form)
    layout.addWidget(QPushButton("Start"))  # a button is read as its text: named already
    root.show()
    qtbot.waitExposed(root)
    assert a11y.unnamed(root) == [bare, labelled]
    counts = a11y.name_widgets(root)
    assert a11y.unnamed(root) == [bare]  # nothing a reader could use: the source must name it
    assert labelled.accessibleName() == "Learning rate" and counts["label"] == 1


def test_every_control_of_the_window_and_its_views_has_a_name(window, qtbot):
    for dock in (*window.docks.values(), window.lessons.dock):
        dock.show()
    missing = _missing(window)
    for name in view_names():
        window.stage.show_view(name)
        qtbot.wait(20)
        missing.update(_missing(window))
    window.stage.set_wall(True)
    qtbot.wait(20)
    missing.update(_missing(window))
    window.stage.set_canvas_shown(False)
    qtbot.wait(20)
    missing.update(_missing(window))
    assert not missing, _report(missing)
    assert all(action.text() or action.isSeparator() for menu in window.menus.values() for action in menu.actions()), \
        "a menu entry without text"


def test_every_control_of_the_dialogs_has_a_name(window, qtbot):
    from gradientdesk.ui.export.gif_dialog import GifDialog
    from gradientdesk.ui.presentation.options import PresentationDialog

    missing: dict[int, str] = {}
    sweep = window.sweep.open()
    missing.update(_named_on_activation(qtbot, sweep))
    compare = window.compare.open()
    _named_on_activation(qtbot, compare)
    compare.add_button.click()  # a run added after the dialog was walked: named when it is next active
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    missing.update(_named_on_activation(qtbot, compare))
    editor = window.lesson_authoring.save_as_lesson()  # window-modal, but open() does not block
    missing.update(_named_on_activation(qtbot, editor))
    editor.reject()
    # modal in the app (exec()): shown here without blocking, to be walked like any dialog
    for dialog in (GifDialog(window.gif_recording.default_path(), window),
                   PresentationDialog(window.presentation.options, window)):
        dialog.show()
        missing.update(_named_on_activation(qtbot, dialog))
        dialog.reject()
    assert not missing, _report(missing)


def test_names_are_what_a_reader_expects(window):
    learning_rate = window.findChild(QWidget, "hp_learning_rate")
    box = learning_rate.findChild(QLineEdit)
    form_label = next(label for label in window.hyperparameter_panel.findChildren(QLabel)
                      if a11y.plain(label.text()) == "Learning rate")
    assert form_label.isVisibleTo(window)
    assert box.accessibleName() == a11y.plain(form_label.text()) == "Learning rate"  # named after its label
    assert a11y.reader_name(window.training_bar.speed_box) == "Speed"  # the label before it, not "1000 steps/s"
    toolbar = window.data_toolbar
    assert toolbar.noise_box.accessibleName() == "noise"  # its short label in the toolbar
    assert toolbar.spray_box.accessibleName() == "Spray"  # "×" says less than the tooltip's "Spray (×): ..."
    assert toolbar.noise_box.accessibleDescription() == ""  # Qt reads the (live) tooltip as the description
    assert window.parameter_panel.filter_edit.accessibleName() == "Filter, e.g. dense2 or .b"  # its placeholder
    assert window.weight_maps.accessibleName() == "Weight maps"  # the stage view's title


def test_the_live_status_says_step_losses_and_accuracy(window, qtbot):
    controller, live = window.controller, window.accessibility.live_status
    bar = window.statusBar()
    assert bar.accessibleName() == "Training status"
    start = controller.latest.step
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        controller.step(3)
    qtbot.waitUntil(lambda: controller.latest.step > start, timeout=5000)
    text = bar.accessibleDescription()
    assert text == live.text
    assert text.startswith(f"Step {controller.latest.step}, train loss ")
    assert ", test loss " in text and "test accuracy " in text and text.endswith("%, paused")

    said: list[str] = []
    controller.snapshot_ready.connect(lambda _snap: said.append(live.text) if live.text not in said[-1:] else None)
    begun = time.monotonic()
    controller.play()
    qtbot.waitUntil(lambda: time.monotonic() - begun > 2.5, timeout=5000)
    controller.pause()
    qtbot.waitUntil(lambda: live.text.endswith("paused"), timeout=3000)
    spoken = [t for t in said if not t.endswith("paused")]
    assert 1 <= len(spoken) <= 4, spoken  # at most about once a second while training, never per frame
    qtbot.waitUntil(lambda: live.text.startswith(f"Step {controller.latest.step},"), timeout=3000)
