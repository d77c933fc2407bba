"""A teacher's own lessons: Lessons → Save as lesson… writes the window's points, model and settings with the
teacher's title, goal and steps into a lesson file (drawn points in a CSV beside it) that opens exactly as saved;
Lessons → Open lesson folder… lists a folder's lessons in the menu and on the start page (a broken file greyed out
with its line and field), and the folder is remembered. Real widgets, pytest-qt, offscreen."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt

from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.ui.lessons.lesson_authoring import file_name_for
from gradientdesk.ui.window.stage_views import view_names


def lessons_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menus["lessons_menu"].actions()]


def save_lesson(qtbot, window, path, title="Moons by hand", steps=("Press Play (Space).", "Watch the boundary.")):
    window.lesson_authoring.ask_path = lambda _title: path
    action = next(a for a in window.menus["lessons_menu"].actions() if a.text() == "Save as &lesson…")
    action.trigger()
    editor = window.lesson_authoring.editor
    assert editor is not None and editor.isVisible()
    editor.title.setText(title)
    editor.goal.setPlainText("See a boundary bend around two moons.")
    editor.step_text.setPlainText(steps[0])
    for text in steps[1:]:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        editor.step_text.setPlainText(text)
    return editor


def test_a_lesson_of_drawn_points_is_saved_with_its_csv_and_opens_exactly_as_saved(qtbot, make_window, tmp_path):
    window = make_window()
    controller = window.controller
    controller.load_preset("moons")
    controller.add_points(np.array([[1.25, -2.5], [0.5, 3.0]]), 1)  # drawn: no longer the preset
    assert controller.set_hyperparameters(controller.hyperparameters.replace(hidden_layers=(6,), learning_rate=0.1))
    saved_data, saved_hp = controller.data.dataset, controller.hyperparameters
    path = tmp_path / "moons-by-hand.md"
    editor = save_lesson(qtbot, window, path)
    assert "in a CSV file beside the lesson" in editor.data_note.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and path.exists() and (tmp_path / "moons-by-hand.csv").exists()
    lesson = read_lesson(path, view_names())
    assert lesson.title == "Moons by hand" and lesson.steps == ("Press Play (Space).", "Watch the boundary.")
    assert lesson.hyperparameters == saved_hp

    other = make_window()
    assert other.lessons.open_lesson_path(path) == ""
    opened = other.controller.data.dataset
    assert np.array_equal(opened.X, saved_data.X) and np.array_equal(opened.y, saved_data.y)
    assert np.array_equal(opened.is_test, saved_data.is_test)
    assert other.controller.hyperparameters == saved_hp
    assert other.lessons.panel.isVisible() or other.lessons.dock.isVisible()


def test_a_preset_lesson_names_the_preset_and_a_refused_setting_writes_nothing(qtbot, make_window, tmp_path):
    window = make_window()
    window.controller.load_preset("spiral")
    path = tmp_path / file_name_for("Spiral, again!")
    assert path.name == "spiral-again.md"
    editor = save_lesson(qtbot, window, path, title="Spiral, again!")
    assert "the spiral preset" in editor.data_note.text()
    editor.step_field.setCurrentIndex(editor.step_field.findData("learning_rate"))
    editor.step_value.setText("-1")
    editor.step_value.textEdited.emit("-1")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and not path.exists()
    assert "step 2" in editor.problem.text() and "Learning rate" in editor.problem.text()
    editor.step_field.setCurrentIndex(0)  # no setting: saved
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert path.exists() and not (tmp_path / "spiral-again.csv").exists()
    assert read_lesson(path, view_names()).data.preset == "spiral"


def test_a_lesson_folder_joins_the_menu_and_start_page_and_is_remembered(qtbot, make_window, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    window = make_window()
    editor = save_lesson(qtbot, window, folder / "first.md", title="Our first lesson")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    (folder / "broken.md").write_text('+++\ntitle = "Broken"\ngoal = "x"\nspeed = 10\n[data]\npreset = "circel"\n'
                                      'n = 10\nseed = 1\ntest_fraction = 0.0\n+++\n## Steps\n1. Press Play.\n',
                                      encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    teacher = make_window(settings=settings)
    teacher.lesson_authoring.ask_folder = lambda: folder
    action = next(a for a in teacher.menus["lessons_menu"].actions() if a.text() == "Open lesson &folder…")
    action.trigger()
    menu = teacher.lesson_authoring.folder_menu
    texts = [a.text() for a in menu.actions()]
    assert menu.title() == "Lessons in class" and "Our first lesson" in texts and "broken (cannot be opened)" in texts
    broken = next(a for a in menu.actions() if a.text().startswith("broken"))
    assert "line 6" in broken.toolTip() and "data.preset" in broken.toolTip()
    page = teacher.lessons.show_start_page()
    assert "Our first lesson" in [info.title for info in teacher.lessons.catalogue]
    page.close()
    next(a for a in menu.actions() if a.text() == "Our first lesson").trigger()
    assert teacher.lessons.document.title == "Our first lesson"
    settings.sync()

    again = make_window(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert "Our first lesson" in [a.text() for a in again.lesson_authoring.folder_menu.actions()]
    assert "Lessons in class" in lessons_menu_texts(again)
