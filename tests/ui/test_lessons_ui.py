"""Lessons in the window as a learner meets them: the Lessons menu, the start page, the Lesson dock with its
checklist, Previous / Next (by the lessons' file names), the unsaved-changes question, a lesson file with a mistake,
and lesson sessions saved before lessons were files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from gradientdesk.engine import Trainer
from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.io.session import Session, load_session, save_session
from gradientdesk.resource_paths import resource_files
from gradientdesk.ui.window.stage_views import view_names

LESSONS = resource_files("lessons", "*.md")


def load_lesson(path: Path) -> Session:
    """The session the window opens for lesson file `path` (its text with the placeholders filled)."""
    return lesson_session(read_lesson(path, view_names()))




def current_snapshot(qtbot, window):
    """The first snapshot of the data and hyperparameters now in the controller."""
    c = window.controller
    qtbot.waitUntil(lambda: c.latest is not None and (c.latest.dataset_version, c.latest.hp_version) == c.versions,
                    timeout=5000)
    return c.latest


def shown_text(label) -> str:
    """What a rich-text label shows, as plain text."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def lesson_action(window, index):
    return window.lessons.lesson_actions[index]


def assert_shows(qtbot, window, path: Path) -> None:
    """The window holds exactly the state of lesson file `path` and the Lesson dock shows its text."""
    session = load_lesson(path)
    c = window.controller
    assert c.data.dataset.same_content(session.data.dataset)
    assert c.hyperparameters == session.hyperparameters
    snap = current_snapshot(qtbot, window)
    fresh = Trainer(session.data.dataset, session.hyperparameters).model.parameters  # from the seed, as R gives
    assert snap.step == 0 and all(np.array_equal(snap.parameters[k], v) for k, v in fresh.items())
    panel = window.lessons.panel
    qtbot.waitUntil(lambda: window.lessons.dock.isVisible(), timeout=2000)
    assert panel.title.text() == session.lesson["title"]
    assert [row.label.text() for row in panel.steps] == [f"{i}. {s}" for i, s in enumerate(session.lesson["steps"],
                                                                                         start=1)]
    assert not any(panel.ticked()) and window.file_actions.document.lesson["id"] == path.stem
    assert session.lesson["goal"] in shown_text(panel.goal)
    assert session.lesson["what_you_should_see"] in shown_text(panel.see)


# ---- the menu and opening ----------------------------------------------------------------------------------------
def test_the_lessons_menu_lists_the_nine_lessons_by_title_with_their_goals(window):
    bar_titles = [a.text() for a in window.menuBar().actions()]
    assert bar_titles.index("&Lessons") == bar_titles.index("&Help") - 1
    texts = [load_lesson(p).lesson for p in LESSONS]
    actions = window.lessons.lesson_actions
    assert len(actions) == len(LESSONS) == 9
    for i, (action, text) in enumerate(zip(actions, texts, strict=True), start=1):
        assert action.text().replace("&", "") == f"{i}  {text['title']}"
        assert action.toolTip() == text["goal"] and action.statusTip() == text["goal"]
        assert action in window.menus["lessons_menu"].actions()
    assert window.menus["lessons_menu"].toolTipsVisible()
    assert window.lessons.dock.isHidden()  # no lesson open yet: no empty panel in the way


def test_opening_a_lesson_from_the_menu_sets_up_its_exact_state_and_shows_its_steps(qtbot, window):
    lesson_action(window, 1).trigger()  # Lessons > 2  Learning rate
    assert_shows(qtbot, window, LESSONS[1])
    panel = window.lessons.panel
    assert panel.position.text() == "Lesson 2 of 9"
    assert window.training_bar.speed_box.currentText() == "30 steps/s" and window.controller.speed == 30.0
    assert "30 steps/s" in panel.note.text()
    assert window.file_actions.document.path is None  # Save never overwrites the bundled lesson
    assert not window.file_actions.document.modified
    assert "Learning rate" in window.statusBar().currentMessage()


def test_the_learner_ticks_steps_by_clicking_box_or_text_and_the_ticks_survive_training(qtbot, window):
    lesson_action(window, 0).trigger()
    current_snapshot(qtbot, window)
    panel = window.lessons.panel
    assert panel.progress.text() == f"0 of {len(panel.steps)} steps done"
    qtbot.mouseClick(panel.steps[0].check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.steps[1].label, Qt.MouseButton.LeftButton)  # a click on the text ticks it too
    assert panel.ticked()[:3] == [True, True, False]
    assert panel.progress.text() == f"2 of {len(panel.steps)} steps done"
    window.controller.step(3)  # training marks the document modified; the checklist stays as ticked
    qtbot.waitUntil(lambda: window.file_actions.document.modified, timeout=5000)
    assert panel.ticked()[:3] == [True, True, False]
    for row in panel.steps[2:]:
        qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert panel.progress.text().startswith("All steps done")


def test_next_and_previous_move_through_the_lessons(qtbot, window):
    panel = window.lessons.panel
    window.lessons.open_lesson(0)
    current_snapshot(qtbot, window)
    assert not panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert_shows(qtbot, window, LESSONS[1])
    assert panel.position.text() == "Lesson 2 of 9"
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert_shows(qtbot, window, LESSONS[0])
    window.lessons.open_lesson(7)
    assert_shows(qtbot, window, LESSONS[7])
    assert window.controller.speed == 1000.0  # the slow speed of lesson 1 did not stay behind
    window.lessons.open_lesson(len(LESSONS) - 1)
    assert_shows(qtbot, window, LESSONS[-1])
    assert panel.previous_button.isEnabled() and not panel.next_button.isEnabled()


def test_the_start_page_lists_every_lesson_and_opens_the_chosen_one(qtbot, window):
    window.lessons.start_page_action.trigger()
    dialog = window.lessons.dialog
    qtbot.waitExposed(dialog)
    assert len(dialog.cards) == 9
    texts = [load_lesson(p).lesson for p in LESSONS]
    from PySide6.QtWidgets import QLabel

    for number, (card, text) in enumerate(zip(dialog.cards, texts, strict=True), start=1):
        shown = [label.text() for label in card.findChildren(QLabel)]
        assert f"{number}   {text['title']}" in shown and text["goal"] in card.toolTip()
        assert card.goal.full_text == text["goal"] and card.goal.text().rstrip(" …") in text["goal"]
    qtbot.mouseClick(dialog.cards[2], Qt.MouseButton.LeftButton)  # Overfitting
    assert not dialog.isVisible()
    assert_shows(qtbot, window, LESSONS[2])
    qtbot.mouseClick(window.lessons.panel.all_button, Qt.MouseButton.LeftButton)  # the panel reaches it too
    assert window.lessons.dialog.isVisible()
    window.lessons.dialog.reject()


# ---- the document ------------------------------------------------------------------------------------------------
def test_unsaved_work_is_asked_about_first_and_cancel_keeps_it(qtbot, window):
    fa = window.file_actions
    fa.confirm_on_close = True  # as in the real app (tests and screenshots start without asking)
    window.controller.set_hyperparameter("learning_rate", 0.123)
    assert fa.document.modified
    asked = []
    fa.ask_unsaved = lambda: asked.append(True) or "cancel"
    before = window.controller.data
    assert not window.lessons.open_lesson(3)
    assert asked and window.controller.data is before and window.controller.hyperparameters.learning_rate == 0.123
    assert window.lessons.dock.isHidden()
    fa.ask_unsaved = lambda: asked.append(True) or "discard"
    assert window.lessons.open_lesson(3)
    assert len(asked) == 2
    assert_shows(qtbot, window, LESSONS[3])


def test_next_lesson_after_only_training_does_not_ask_but_after_an_edit_it_does(qtbot, window):
    """Before: "Next lesson" after merely pressing Play asked to save Untitled every time."""
    fa = window.file_actions
    fa.confirm_on_close = True
    asked = []
    fa.ask_unsaved = lambda: asked.append(True) or "cancel"
    assert window.lessons.open_lesson(0)
    start = window.controller.latest.step
    window.controller.step()
    qtbot.waitUntil(lambda: window.controller.latest.step > start, timeout=5000)
    qtbot.waitUntil(lambda: fa.document.modified, timeout=5000)  # trained: the title still shows the '*'
    assert not fa.document.worth_asking
    assert window.lessons.next_lesson()  # no question: the run of a lesson is not the learner's own work
    assert asked == [] and window.lessons.current_index() == 1
    window.controller.set_hyperparameter("learning_rate", 0.123)  # the learner's own setting: worth a question
    assert fa.document.worth_asking
    assert not window.lessons.next_lesson()
    assert asked == [True] and window.lessons.current_index() == 1


def test_a_saved_lesson_opens_with_its_panel_and_new_hides_it(qtbot, window, tmp_path):
    assert window.lessons.open_lesson_file("06-pca.md")  # a lesson's id is its file name (with or without .md)
    assert_shows(qtbot, window, LESSONS[5])
    copy = tmp_path / "my-pca.gdesk"
    window.file_actions.save_to(copy)  # a saved copy keeps the lesson text and its id ...
    assert load_session(copy).lesson == load_lesson(LESSONS[5]).lesson
    window.file_actions.new_document()  # ... and a document without one has no Lesson dock
    assert window.lessons.dock.isHidden() and window.lessons.panel.steps == []
    assert window.file_actions.open_path(copy) == ""
    assert window.lessons.dock.isVisible() and window.lessons.panel.title.text() == "PCA"
    assert window.lessons.panel.position.text() == "Lesson 6 of 9"  # found by its id


def test_lessons_are_known_by_file_name_and_old_lesson_sessions_by_title(qtbot, window, tmp_path):
    lessons = window.lessons
    assert lessons.open_lesson_file("03-overfitting")
    lesson = dict(window.file_actions.document.lesson)
    renamed = tmp_path / "renamed.gdesk"
    save_session(renamed, Session(window.controller.data, lesson={**lesson, "title": "My overfitting"}))
    assert window.file_actions.open_path(renamed) == ""
    assert lessons.current_index() == 2 and lessons.panel.position.text() == "Lesson 3 of 9"  # by id, not title
    assert lessons.next_lesson() and lessons.current_index() == 3
    old = tmp_path / "old-lesson.gdesk"  # saved before lessons had ids: its lesson text has none
    save_session(old, Session(window.controller.data, lesson={k: v for k, v in lesson.items() if k != "id"}))
    assert window.file_actions.open_path(old) == ""
    assert lessons.current_index() == 2 and lessons.panel.title.text() == "Overfitting"
    assert not lessons.open_lesson_file("99-missing")


def test_a_lesson_file_with_a_mistake_is_refused_naming_line_and_field_and_nothing_changes(qtbot, window, tmp_path):
    fa = window.file_actions
    window.controller.set_hyperparameter("learning_rate", 0.123)  # the learner's own work
    text = LESSONS[0].read_text(encoding="utf-8")
    broken = tmp_path / "01-parameters.md"
    broken.write_text(text.replace("learning_rate = 0.02", "learning_rate = -1"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("learning_rate"))
    lessons = window.lessons
    lessons.catalogue[0] = type(lessons.catalogue[0])(broken, lessons.catalogue[0].title, "")
    before = window.controller.data
    assert not lessons.open_lesson(0)
    assert window.controller.data is before and lessons.dock.isHidden()
    assert window.controller.hyperparameters.learning_rate == 0.123 and fa.document.modified  # nothing lost
    message = lessons.last_message.text()
    assert "cannot be opened" in message and "Learning rate" in message
    assert f"line {line}, field hyperparameters.learning_rate" in message
    lessons.last_message.close()
    broken.write_bytes(text.encode("utf-8").replace(b"Press R (Reset)", b"Press R (R\xe9set)"))
    assert not lessons.open_lesson(0)
    assert "not UTF-8" in lessons.last_message.text() and "field steps" in lessons.last_message.text()
    lessons.last_message.close()
    assert window.controller.data is before and window.controller.hyperparameters.learning_rate == 0.123
