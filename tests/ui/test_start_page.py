"""The start page as a learner meets it: at first launch (never over a file, a screenshot or a window without
settings), its check box remembered, Help -> Start page and Lessons -> All lessons…, and each of its items driven
with the mouse or the keyboard: a lesson, a preset, a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.resource_paths import resource_files
from gradientdesk.ui.lessons.lessons import SHOW_AT_START
from gradientdesk.ui.lessons.start_page import PARAMETERS_SENTENCE, StartPage
from gradientdesk.ui.window.stage_views import view_names

LESSONS = resource_files("lessons", "*.md")


def load_lesson(path: Path):
    """The session the window opens for lesson file `path`."""
    return lesson_session(read_lesson(path, view_names()))


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def shown_page(qtbot, window) -> StartPage:
    page = window.lessons.dialog
    assert page is not None
    qtbot.waitExposed(page)
    return page


def test_first_launch_shows_the_start_page_and_a_launch_with_the_box_off_does_not(qtbot, make_window, tmp_path):
    window = make_window(settings_in(tmp_path))
    page = window.lessons.show_at_launch()
    assert page is shown_page(qtbot, window)
    assert page.show_box.isChecked()  # on by default
    assert page.findChild(QLabel, "parameters_sentence").text() == PARAMETERS_SENTENCE
    assert len(page.cards) == len(LESSONS) == 9
    qtbot.mouseClick(page.show_box, Qt.MouseButton.LeftButton)  # the learner turns it off
    assert not page.show_box.isChecked()
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # Esc closes
    assert window.lessons.dialog is None
    window.close()

    again = make_window(settings_in(tmp_path))  # the next launch, same settings file
    assert settings_in(tmp_path).value(SHOW_AT_START, True, type=bool) is False
    assert again.lessons.show_at_launch() is None and again.lessons.dialog is None
    page = again.lessons.show_start_page()  # still reachable, with the box as left
    assert not page.show_box.isChecked()
    page.show_box.setChecked(True)
    page.reject()
    assert settings_in(tmp_path).value(SHOW_AT_START, False, type=bool) is True


def test_never_at_launch_with_a_file_a_screenshot_or_without_settings(make_window, tmp_path):
    window = make_window(settings_in(tmp_path))
    assert window.lessons.show_at_launch(with_file=True) is None
    assert window.lessons.show_at_launch(screenshot=True) is None
    assert window.lessons.dialog is None
    plain = make_window()  # settings=None: tests and screenshots
    assert plain.lessons.show_at_launch() is None and plain.lessons.dialog is None


def test_help_start_page_and_all_lessons_open_the_same_page(qtbot, window):
    help_texts = [a.text() for a in window.menus["help_menu"].actions()]
    assert "&Start page" in help_texts
    help_action = next(a for a in window.menus["help_menu"].actions() if a.text() == "&Start page")
    help_action.trigger()
    page = shown_page(qtbot, window)
    assert isinstance(page, StartPage)
    window.lessons.start_page_action.trigger()  # Lessons -> All lessons…: the same page (the old one closes)
    second = shown_page(qtbot, window)
    assert isinstance(second, StartPage) and second is not page
    second.reject()


def test_clicking_a_lesson_opens_it(qtbot, window):
    page = window.lessons.show_start_page()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.cards[1], Qt.MouseButton.LeftButton)  # Learning rate
    assert not page.isVisible()
    session = load_lesson(LESSONS[1])
    assert window.file_actions.document.lesson["title"] == session.lesson["title"]
    assert window.controller.hyperparameters == session.hyperparameters


def test_enter_opens_the_focused_lesson(qtbot, window):
    page = window.lessons.show_start_page()
    qtbot.waitExposed(page)
    page.cards[4].setFocus()
    qtbot.waitUntil(lambda: page.cards[4].hasFocus(), timeout=2000)
    qtbot.keyClick(page.cards[4], Qt.Key.Key_Return)
    assert window.file_actions.document.lesson["title"] == load_lesson(LESSONS[4]).lesson["title"]


def test_a_preset_button_generates_that_dataset_and_closes_the_page(qtbot, window):
    page = window.lessons.show_start_page()
    qtbot.waitExposed(page)
    assert set(page.preset_buttons) >= {"spiral", "sine", "cloud"}
    assert window.controller.data.name != "spiral"
    qtbot.mouseClick(page.preset_buttons["spiral"], Qt.MouseButton.LeftButton)
    assert not page.isVisible()
    assert window.controller.data.name == "spiral"


def test_recent_files_open_and_are_hidden_when_there_are_none(qtbot, make_window, tmp_path):
    window = make_window(settings_in(tmp_path))
    page = window.lessons.show_start_page()
    assert not page.recent_section.isVisibleTo(page) and page.recent_buttons == []
    page.reject()
    fa = window.file_actions
    window.controller.load_preset("moons")
    assert fa.save_to(tmp_path / "moons.gdesk")
    window.controller.load_preset("xor")
    assert fa.save_to(tmp_path / "xor.gdesk")
    page = window.lessons.show_start_page()
    qtbot.waitExposed(page)
    assert page.recent_section.isVisible()
    assert [b.text() for b in page.recent_buttons] == ["xor.gdesk", "moons.gdesk"]
    qtbot.mouseClick(page.recent_buttons[1], Qt.MouseButton.LeftButton)
    assert not page.isVisible()
    assert fa.document.path == (tmp_path / "moons.gdesk").resolve()
    assert window.controller.data.name == "moons"
