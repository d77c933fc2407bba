"""Translations of the lessons' part of the window (ui/lessons): with the pseudo-locale installed every text the start
page and the Lesson panel show went through the translator, except the lessons' own texts (data: they come from the
lesson files, in the interface language where a language file has them); with German installed, the lesson list,
the start page and the Lesson panel show the German lesson files' texts."""

from __future__ import annotations

import pytest
from pseudo_locale import PseudoTranslator, shows_text, unmarked, widget_texts

from gradientdesk.ui import i18n
from gradientdesk.ui.i18n import interface_language
from gradientdesk.ui.lessons.lessons import bundled_lessons

QT_OWN = {"&Close", "Close"}  # the standard button's text comes from Qt's own catalog (qtbase_<lang>.qm)




def lesson_data(window) -> list[str]:
    """The lessons' own texts (titles, goals, steps, what you should see), longest first."""
    pieces = []
    for info in window.lessons.catalogue:
        pieces += [info.title, info.goal]
    lesson = window.lessons.document.lesson or {}
    pieces += [lesson.get("title", ""), lesson.get("goal", ""), lesson.get("what_you_should_see", ""),
               *lesson.get("steps", [])]
    return sorted((p for p in pieces if p), key=len, reverse=True)


def is_data(pieces: list[str]):
    def allowed(text: str) -> bool:
        if text in QT_OWN:
            return True
        rest = text
        for piece in pieces:
            rest = rest.replace(piece, "")
        short = text.removesuffix(" …")  # a goal cut to two lines on the start page
        return not shows_text(rest) or (short != text and any(p.startswith(short) for p in pieces))
    return allowed


def test_the_start_page_and_the_lesson_panel_translate_every_text(language, make_window):
    language(PseudoTranslator())
    window = make_window()
    assert interface_language() == "en"  # the pseudo-locale is no language: the lessons stay English
    page = window.lessons.show_start_page()
    texts = widget_texts(page)
    assert len(texts) > 40 and any("Lernrate" not in t and "Learning rate" in t for _w, t in texts)
    assert unmarked(texts, is_data(lesson_data(window))) == []
    page.close()

    assert window.lessons.open_lesson(1)
    panel = window.lessons.panel
    texts = widget_texts(panel)
    assert panel.title.text() == "Learning rate" and len(panel.steps) == 5
    assert unmarked(texts, is_data(lesson_data(window))) == []
    assert panel.progress.text().startswith("⟦") and panel.goal.text().startswith("⟦<b>Goal:</b>")
    window.lessons.next_step.next_step()  # Next step: its note and tooltip are composed from marked templates
    texts = widget_texts(panel)
    assert unmarked(texts, is_data(lesson_data(window))) == []


def test_the_walk_finds_an_unmarked_text(language, make_window):
    language(PseudoTranslator())
    window = make_window()
    assert window.lessons.open_lesson(1)
    window.lessons.panel.all_button.setText("All lessons…")
    assert ("QPushButton '' text", "All lessons…") in unmarked(widget_texts(window.lessons.panel),
                                                             is_data(lesson_data(window)))


def test_german_shows_the_german_lesson_texts(language, make_window):
    language("de")
    assert interface_language() == "de"
    window = make_window()
    lessons = window.lessons
    assert lessons.language == "de"
    assert lessons.lesson_actions[1].text() == "&2  Lernrate"
    assert lessons.lesson_actions[1].toolTip().startswith("Sehen Sie, was die Schrittweite bewirkt")
    page = lessons.show_start_page()
    assert page.cards[1].title.text().endswith("Lernrate")
    assert page.cards[1].goal.full_text.startswith("Sehen Sie, was die Schrittweite bewirkt")
    page.close()

    assert lessons.open_lesson(1)
    panel = lessons.panel
    assert panel.title.text() == "Lernrate"
    assert panel.steps[0].label.text().startswith("1. Zeigen Sie die Verlustlandschaft (Strg+5")
    assert "Start (8 Läufe von 0,001 bis 10" in panel.steps[4].text  # numbers as German writes them
    assert window.controller.hyperparameters.learning_rate == 0.001  # the English file's numbers
    shown = window.lessons.document.lesson
    assert shown["title"] == "Lernrate" and shown["id"] == "02-learning-rate"
    i18n.uninstall()
    assert interface_language() == "en"  # removed translators no longer count


def test_english_stays_the_default():
    assert interface_language() == "en"
    assert bundled_lessons()[1].title == "Learning rate"
    assert bundled_lessons("es")[1].title == "Tasa de aprendizaje"
    assert bundled_lessons("fr")[1].goal.startswith("Voyez ce que fait la taille du pas")


@pytest.mark.parametrize("code", ["en", "de", "es", "fr"])
def test_every_lesson_title_fits_its_card_on_a_1366x768_screen(language, make_window, qtbot, code):
    """A lesson's title is one line of its start-page card: a long translated title ("PCA
    (Hauptkomponentenanalyse)") was cut at the card's edge."""
    from PySide6.QtWidgets import QLabel

    from gradientdesk.ui.lessons.start_page import LessonItem

    if code != "en":
        language(code)
    window = make_window(size=(1366, 768))
    page = window.lessons.show_start_page()
    page.resize(1060, 660)  # the page as it opens over the window on a 1366x768 screen
    page.show()
    qtbot.waitExposed(page)
    items = page.findChildren(LessonItem)
    assert len(items) == 9
    cut = [item.title.text() for item in items
           if item.title.fontMetrics().horizontalAdvance(item.title.text()) > item.title.contentsRect().width()]
    assert cut == [], cut
    assert all(isinstance(item.title, QLabel) for item in items)
