"""The Lesson panel's Next step (issue 14, item 5) on the real window: it ticks the current step and performs what
the lesson file says for the step it reaches (hyperparameters, Reset, the stage view); the checklist each lesson
keeps in the settings; a lesson's own view; a step action with a mistake refused naming line and field."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt

from gradientdesk.engine import Trainer
from gradientdesk.resource_paths import resource_path
from gradientdesk.ui.lessons.next_step import done_key

LESSON_2 = "02-learning-rate"


def settled(qtbot, window):
    """The newest snapshot of the data and hyperparameters now in the controller."""
    c = window.controller
    qtbot.waitUntil(lambda: c.latest is not None and (c.latest.dataset_version, c.latest.hp_version) == c.versions,
                    timeout=5000)
    return c.latest


def ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_next_step_sets_the_learning_rate_shows_the_view_and_resets(qtbot, window):
    assert window.lessons.open_lesson_file(LESSON_2)
    c, panel, stage = window.controller, window.lessons.panel, window.stage
    stage.show_view("network_diagram")
    assert c.hyperparameters.learning_rate == 0.001
    button = panel.next_step_button
    assert button.isVisible() and button.isEnabled() and button.text().startswith("Next step")
    tip = button.toolTip()
    assert "tick step 1 and go on to step 2" in tip
    assert "Next: show the Loss landscape, set Learning rate to 0.05, Reset." in tip and "does not undo" in tip
    c.step(7)  # the run has moved: Reset must bring the seed's start back
    qtbot.waitUntil(lambda: c.latest is not None and c.latest.step == 7, timeout=5000)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.ticked() == [True, False, False, False, False]
    assert c.hyperparameters.learning_rate == 0.05 and stage.view == "landscape"
    snap = settled(qtbot, window)
    qtbot.waitUntil(lambda: c.latest.step == 0, timeout=5000)
    fresh = Trainer(c.data.dataset, c.hyperparameters).model.parameters
    assert all(np.array_equal(c.latest.parameters[k], v) for k, v in fresh.items()), snap.step
    note = panel.steps[1].done_note
    assert note.isVisible() and note.text() == \
        "Done for you by Next step: showed the Loss landscape, set Learning rate to 0.05, Reset."
    assert "tick step 2 and go on to step 3" in button.toolTip() and "set Learning rate to 0.1" in button.toolTip()

    stage.show_view("traces")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N)  # the key does the same (the menu's Lessons → Next step)
    assert panel.ticked() == [True, True, False, False, False]
    assert c.hyperparameters.learning_rate == 0.1 and stage.view == "traces"  # step 3 shows no view

    panel.steps[1].check.setChecked(False)  # going back undoes nothing
    assert c.hyperparameters.learning_rate == 0.1 and panel.current_number() == 2
    for _ in range(4):
        window.lessons.next_step.action.trigger()
    assert all(panel.ticked()) and c.hyperparameters.learning_rate == 0.05  # step 5 set it back
    assert not button.isEnabled() and "every step is ticked" in button.toolTip()
    assert "Next step" in [a.text().replace("&", "") for a in window.menus["lessons_menu"].actions()]


def test_the_ticked_steps_are_kept_per_lesson_and_shown_again_in_a_new_window(qtbot, make_window, tmp_path):
    first = make_window(settings=ini(tmp_path))
    assert first.lessons.open_lesson_file(LESSON_2)
    panel = first.lessons.panel
    qtbot.mouseClick(panel.next_step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_step_button, Qt.MouseButton.LeftButton)
    panel.steps[3].check.setChecked(True)  # by hand
    assert panel.done_numbers() == [1, 2, 4]
    assert first.lessons.open_lesson_file("03-overfitting")  # another lesson has its own (empty) checklist
    assert not any(first.lessons.panel.ticked())

    second = make_window(settings=ini(tmp_path))
    assert sorted(int(n) for n in ini(tmp_path).value(done_key(LESSON_2))) == [1, 2, 4]
    page = second.lessons.show_start_page()  # the start page says how far each lesson got
    cards = {card.title.text().split(maxsplit=1)[1]: card for card in page.cards}
    assert cards["Learning rate"].progress.text() == "3 of 5 steps done" and cards["Learning rate"].progress.isVisible()
    assert not cards["Optimizers"].progress.isVisible() and "3 of 5 steps done" in cards["Learning rate"].toolTip()
    page.close()
    assert second.lessons.open_lesson_file(LESSON_2)
    again = second.lessons.panel
    assert again.ticked() == [True, True, False, True, False] and again.current_number() == 3
    assert "tick step 3 and go on to step 4" in again.next_step_button.toolTip()
    for row in again.steps:
        row.check.setChecked(False)
    assert ini(tmp_path).value(done_key(LESSON_2)) is None  # an empty checklist leaves no key
    assert second.lessons.open_lesson_file("03-overfitting") and second.lessons.open_lesson_file(LESSON_2)
    assert not any(second.lessons.panel.ticked())


def test_a_lessons_own_view_is_shown_on_opening(qtbot, window, tmp_path):
    text = resource_path("lessons", f"{LESSON_2}.md").read_text(encoding="utf-8")
    path = tmp_path / "my-landscape.md"
    path.write_text(text.replace('speed = 30', 'speed = 30\nview = "weight_maps"', 1), encoding="utf-8")
    window.stage.show_view("traces")
    assert window.lessons.open_lesson_path(path, report=False) == ""
    assert window.stage.view == "weight_maps"
    assert window.lessons.current_lesson().id == "my-landscape"  # a lesson from elsewhere acts too
    window.lessons.next_step.action.trigger()
    assert window.stage.view == "landscape" and window.controller.hyperparameters.learning_rate == 0.05


def test_a_step_action_naming_an_unknown_field_is_refused_with_line_and_field(qtbot, window, tmp_path):
    text = resource_path("lessons", f"{LESSON_2}.md").read_text(encoding="utf-8")
    path = tmp_path / "broken-step.md"
    path.write_text(text.replace("[steps.3.set]\nlearning_rate = 0.1", "[steps.3.set]\nlearnig_rate = 0.1"),
                    encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if row.startswith("learnig_rate"))
    before = window.controller.hyperparameters
    reason = window.lessons.open_lesson_path(path, report=True)
    assert f"line {line}, field steps.3.set.learnig_rate: unknown hyperparameter 'learnig_rate'" in reason
    box = window.lessons.last_message
    assert box is not None and f"line {line}, field steps.3.set.learnig_rate" in box.text()
    box.close()
    assert window.controller.hyperparameters == before and window.file_actions.document.lesson is None


def test_in_presentation_mode_step_done_and_the_key_perform_the_next_step(qtbot, window):
    from PySide6.QtCore import QRect

    assert window.lessons.open_lesson_file("08-optimizers")
    c, stage, panel = window.controller, window.stage, window.lessons.panel
    window.set_virtual_screen(QRect(0, 0, 1280, 720))
    window.presentation.action.trigger()
    qtbot.waitUntil(lambda: stage.caption_row.isVisible(), timeout=3000)
    assert not window.lessons.dock.isVisible()
    qtbot.mouseClick(stage.caption_done, Qt.MouseButton.LeftButton)  # the teacher moves on without the panel
    assert panel.ticked()[:2] == [True, False] and c.hyperparameters.optimizer == "momentum"
    assert stage.caption.text().startswith("Step 2 of ")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert c.hyperparameters.optimizer == "adam" and stage.caption.text().startswith("Step 3 of ")
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert stage.view == "update_inspector"
    window.presentation.action.trigger()
