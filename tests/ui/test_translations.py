"""Translations (ui/i18n.py, resources/translations): every visible string of the translated part of the window goes
through Qt's translators, the shipped languages are complete, German reads as German with working mnemonics, and
German's longer words do not clip the toolbars and the stage at 1366x768.

The pseudo-locale (tests/ui/pseudo_locale.py) wraps every string of the app's contexts in ⟦ ⟧: a text shown without
the markers never went through translate(). The whole window is walked here; each part's own tests walk its dialogs
and states (test_translations_<part>.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget
from test_screen_fit import CONTROLS, _cut_buttons, _on_virtual_screen, _reachable_rect, _shown

from gradientdesk.ui import i18n
from gradientdesk.ui.window.menus import MENU_BAR, Submenu

TS_FILES = {code: i18n.translations_dir() / f"gradientdesk_{code}.ts" for code in i18n.TRANSLATED}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_each_shipped_language_is_complete_and_compiled(code):
    ts = TS_FILES[code]
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    bad = [(m.findtext("source"), m.find("translation").attrib) for m in messages
           if m.find("translation") is None or m.find("translation").get("type") in ("unfinished", "vanished",
                                                                                       "obsolete")
           or not (m.findtext("translation") or "").strip()]
    assert bad == []
    for message in messages:  # placeholders and the dock titles' " — " survive translation
        source, translation = message.findtext("source"), message.findtext("translation")
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), source
        assert (" — " in source) == (" — " in translation), source
        assert source.count("&") == translation.count("&"), source
    qm = ts.with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_mtime_ns >= 0
    translator = QTranslator()
    assert translator.load(str(qm)) and translator.translate("Menus", "&File")


@pytest.mark.parametrize(("code", "titles"), [
    ("de", ["&Datei", "&Bearbeiten", "Da&ten", "T&raining", "E&xperimente", "&Ansicht", "&Lektionen", "&Hilfe"]),
    ("es", ["&Archivo", "&Editar", "&Datos", "E&ntrenamiento", "E&xperimentos", "&Ver", "&Lecciones", "A&yuda"]),
    ("fr", ["&Fichier", "É&dition", "D&onnées", "&Entraînement", "E&xpériences", "&Affichage", "&Leçons", "A&ide"]),
])
def test_each_language_reads_as_itself_with_unique_mnemonics(language, make_window, code, titles):
    language(code)
    win = make_window()
    bar = [action.text() for action in win.menuBar().actions()]
    assert bar == titles
    assert len(bar) == len(MENU_BAR) and all(isinstance(spec, Submenu) for spec in MENU_BAR)
    menus = [win.menuBar()] + [m for m in win.findChildren(QMenu)]
    clashes = {}
    for menu in menus:
        keys = Counter(_mnemonic(action.text()) for action in menu.actions()
                       if action.isVisible() and not action.isSeparator() and _mnemonic(action.text()))
        twice = sorted(key for key, count in keys.items() if count > 1)
        if twice:
            clashes[menu.objectName() or menu.title()] = twice
    assert clashes == {}
    assert win.training_bar.play_action.text() != "Play" and win.stage.canvas_action.text() != "Canvas"


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].lower() if match else ""


# ---- German at 1366x768 -------------------------------------------------------------------------------------------
def _hidden_toolbar_items(win) -> list[str]:
    """Toolbar items that should show but were pushed into the toolbar's » menu, or lie outside the window."""
    out = []
    for bar in (win.training_bar, win.data_toolbar):
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if not action.isVisible() or action.isSeparator() or widget is None:
                continue
            inside = bar.rect().contains(QRect(widget.mapTo(bar, widget.rect().topLeft()), widget.size()))
            if not widget.isVisible() or not inside:
                out.append(action.text() or type(widget).__name__)
    return out


@pytest.mark.parametrize("code", ["en", "de"])
def test_at_1366x768_the_toolbars_and_the_stage_buttons_are_whole(language, make_window, qtbot, code):
    if code != "en":
        language(code)
    win = _on_virtual_screen(make_window, qtbot, (1366, 768), False)
    qtbot.waitUntil(lambda: win.network_diagram.isVisible() and win.canvas.isVisible(), timeout=3000)
    assert _hidden_toolbar_items(win) == []
    assert _cut_buttons(win) == []
    cut = [(type(c).__name__, c.objectName()) for kind in CONTROLS for c in win.findChildren(kind)
           if _shown(c, win) and not win.rect().contains(_reachable_rect(c, win))]
    assert cut == []
    if code == "de":
        assert win.stage.buttons["canvas"].text() == "Zeichenfläche"
        # the noise box's translated "default" is a value its rule accepts (else Generate would refuse it)
        assert win.data_toolbar.noise_box.text() == "Standard" and win.data_toolbar.noise_box.text_is_valid()


def test_the_language_menu_remembers_the_choice_and_says_it_applies_at_the_next_start(make_window, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = make_window(settings=settings)
    menu = win.findChild(QMenu, "language_menu")
    assert [a.text() for a in menu.actions()] == ["&System", "English", "Deutsch", "Español", "Français"]
    assert menu.language_actions[""].isChecked()
    menu.language_actions["de"].trigger()
    assert settings.value(i18n.SETTINGS_KEY) == "de" and menu.language_actions["de"].isChecked()
    assert "starts again" in win.statusBar().currentMessage()
    assert i18n.stored_choice(settings) == "de" and i18n.startup_language(settings, env={}) == "de"
    assert i18n.startup_language(settings, env={i18n.ENV_VAR: "fr"}) == "fr"
    assert i18n.startup_language(None, env={}) == "en"  # screenshots: English unless asked


def test_the_system_language_is_followed_and_an_unshipped_one_falls_back_to_english():
    assert i18n.resolve(i18n.SYSTEM, QLocale("de_AT")) == "de"
    assert i18n.resolve(i18n.SYSTEM, QLocale("fr_CA")) == "fr"
    assert i18n.resolve(i18n.SYSTEM, QLocale("ja_JP")) == "en"
    assert i18n.resolve("es") == "es"


def test_qt_ships_its_own_translations_of_the_standard_dialogs():
    for code in i18n.TRANSLATED:
        translator = QTranslator()
        assert translator.load(f"qtbase_{code}", i18n.qt_catalog_dir()), code


def test_a_window_is_english_without_a_language_installed(window):
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]



def test_fill_puts_each_value_in_its_place_in_one_pass():
    from gradientdesk.ui.i18n import fill

    assert fill("%1 (%2): %3", "a %2 b", "Ctrl+1", "c") == "a %2 b (Ctrl+1): c"  # a value's own "%2" stays
    assert fill("%2, n %1", 12, "circle") == "circle, n 12"  # a translation may put them in another order
    assert fill("%1 and %2", "x") == "x and %2"


def test_numbers_follow_the_interface_locale_in_the_table_the_loss_line_and_the_learning_rate(language, make_window,
                                                                                               qtbot):
    """German writes 0,03: the parameter table, the loss line, the live status and the learning-rate box use the
    decimal comma (and a typed comma is read back), English keeps the point."""
    from gradientdesk.ui.i18n import decimal_text, number_text

    assert number_text(-0.0012083) == "-0.001208" and decimal_text("62.7%") == "62.7%"
    language("de")
    assert number_text(-0.0012083) == "-0,001208" and decimal_text("1.5e-05") == "1,5e-05"
    from gradientdesk.ui.i18n import list_separator
    from gradientdesk.ui.inspect.diagram_items import value_text
    from gradientdesk.ui.scale.scale_words import words

    assert value_text(-0.8392) == "-0,84" and value_text(0.004) == "0,004"  # the diagram's edge values
    assert words(1_560_000_000) == "1,56 Milliarden" and list_separator() == "; "  # the Scale view; lists
    from types import SimpleNamespace

    from gradientdesk.ui.inspect.update_inspector import equation_html

    equation = SimpleNamespace(symbol="w", lines=(("w ← w − lr·∂L/∂w", "0.36383 ← 0.36503 − 0.03·0.04028"),),
                               update=-0.0012)  # what equation_html reads of an engine UpdateEquation
    assert "0,36383 ← 0,36503 − 0,03·0,04028" in equation_html(equation)  # the worked equation
    win = make_window()
    win.controller.step(5)
    qtbot.waitUntil(lambda: win.controller.latest is not None and win.controller.latest.step >= 5, timeout=5000)
    qtbot.wait(200)
    model = win.parameter_panel.table.model()
    values = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert values and all("." not in v for v in values) and any("," in v for v in values), values
    assert "," in win.loss_plot.values_label.text() and "0." not in win.loss_plot.values_label.text()
    rate = win.findChild(QWidget, "hp_learning_rate").findChild(QLineEdit)
    assert rate.text() == "0,03"
    rate.setText("0,05")
    rate.editingFinished.emit()
    assert win.controller.hyperparameters.learning_rate == 0.05


# ---- the whole window ---------------------------------------------------------------------------------------------
PARAMETER_NAME = re.compile(r"^[a-z]+\d*\.[A-Za-z]+\[[\d, ]+\]$")  # dense1.W[0,1], pca.W[1, 0]: data, not words


def _lesson_texts() -> set[str]:
    """The lessons' own titles and goals (lesson files carry their text, per language), as the Lessons menu shows
    them ("&2  Learning rate")."""
    from gradientdesk.ui.lessons.lessons import bundled_lessons

    texts = set()
    for number, info in enumerate(bundled_lessons(), start=1):
        texts |= {info.title, info.goal, f"&{number}  {info.title}"}
    return texts


def _whole_window_unmarked(win, qtbot) -> list[tuple[str, str]]:
    """The walk over everything the main window shows, with every view of the stage on the wall: each widget's text,
    tooltip, combo item, tab, header and cell, each plot's title, axis label and legend, each menu and action; the
    texts without a translated piece, data aside (parameter names, the languages' own names, the lessons' texts)."""
    from pseudo_locale import menu_texts, unmarked, widget_texts

    data = _lesson_texts() | set(i18n.LANGUAGES.values())
    texts = widget_texts(win)
    for action in win.menuBar().actions():
        texts += menu_texts(action.menu(), action.text())
    win.stage.set_wall(True)
    qtbot.wait(100)
    for view in win.stage.wall_views():
        texts += widget_texts(view)
    assert len(texts) > 900
    return unmarked(texts, lambda text: bool(PARAMETER_NAME.match(text)) or text in data)


def test_every_text_of_the_whole_window_goes_through_the_translator(pseudo, make_window, qtbot):
    win = _on_virtual_screen(make_window, qtbot, (1366, 768), False)
    win.controller.step(3)
    qtbot.waitUntil(lambda: win.controller.latest is not None and win.controller.latest.step >= 3, timeout=5000)
    missing = _whole_window_unmarked(win, qtbot)
    assert missing == [], "\n".join(map(str, missing[:40]))


def test_the_walk_catches_an_untranslated_string(pseudo, make_window, qtbot):
    """The walk above can fail: a text set without translate() is found, in a toolbar and in a view."""
    win = make_window()
    win.training_bar.reset_action.setText("Reset")
    win.network_diagram.setToolTip("A diagram of the network")
    missing = [text for _where, text in _whole_window_unmarked(win, qtbot)]
    assert "Reset" in missing and "A diagram of the network" in missing
