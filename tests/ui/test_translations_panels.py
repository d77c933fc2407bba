"""Translations of the Hyperparameters and Parameters docks (ui/panels): every text they show goes through Qt's
translator, for every model and with "More settings" unfolded, and the engine's hyperparameter texts are all in the
catalogue that marks them for translation (ui/panels/hyperparameter_texts.py), so the two cannot drift.

The pseudo-locale (pseudo_locale.py) wraps every string of the app's contexts in ⟦ ⟧: a text the docks show
without the markers never went through translate().
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest
from pseudo_locale import is_marked, unmarked, widget_texts
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from gradientdesk.engine import Hyperparameters, build_model, datasets
from gradientdesk.engine.choices import CHOICE_LABELS, MODEL_LABELS, MODELS
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.ui.panels import feature_editor, hyperparameter_texts
from gradientdesk.ui.panels.feature_editor import FEATURE_HELP, FEATURE_LABELS

WAIT = 5000
CATALOGUE = Path(hyperparameter_texts.__file__)
_ZERO_MEANS = re.compile(r"\(0 = ([^)]+)\)")
# data, not words of the interface: a parameter's name ("dense1.W[0,1]", "pca.b[1]"), a number ("1e-05", "NaN")
_PARAMETER = re.compile(r"^[a-z]+\d*\.[A-Za-z]+\[[\d,]+\]$")
_NUMBER = re.compile(r"^[-+−]?(?:\d[\d.,]*(?:e[-+]?\d+)?|nan|inf)$", re.IGNORECASE)


def is_data(text: str) -> bool:
    return bool(_PARAMETER.match(text.strip()) or _NUMBER.match(text.strip()))


# ---- the catalogue and the engine ----------------------------------------------------------------------------------
def marked_sources(source: str, context: str = "Hyperparameters") -> set[str]:
    """The English texts marked with QT_TRANSLATE_NOOP(context, "...") in `source` (as pyside6-lupdate reads them:
    plain string literals, adjacent literals joined)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                and node.args[0].value == context):
            found.add(node.args[1].value)
    return found


def engine_texts() -> set[str]:
    """Every hyperparameter text the engine defines and the panels show: each field's label and help, the word a
    help gives the value 0 ("(0 = never)"), the choices' labels, the models' labels and descriptions."""
    texts = set()
    for name in Hyperparameters.field_names():
        info = Hyperparameters.info(name)
        texts |= {info.label, info.help, *_ZERO_MEANS.findall(info.help)}
    return texts | set(CHOICE_LABELS.values()) | set(MODEL_LABELS.values()) | set(MODELS.values())


def missing_from(catalogue_source: str) -> list[str]:
    return sorted(engine_texts() - marked_sources(catalogue_source))


def test_every_engine_text_is_in_the_catalogue():
    assert missing_from(CATALOGUE.read_text(encoding="utf-8")) == []


def test_the_catalogue_check_fails_when_a_text_is_missing():
    source = CATALOGUE.read_text(encoding="utf-8")
    line = '    QT_TRANSLATE_NOOP("Hyperparameters", "Learning rate"),\n'
    assert line in source
    assert missing_from(source.replace(line, "")) == ["Learning rate"]
    help_text = "How big a step each update takes along the negative gradient."
    assert missing_from(source.replace(f'"{help_text}"', '"something else"')) == [help_text]


def test_the_feature_texts_are_marked():
    marked = marked_sources(Path(feature_editor.__file__).read_text(encoding="utf-8"))
    assert set(FEATURE_HELP.values()) <= marked
    assert {label for label in FEATURE_LABELS.values() if sum(ch.isalpha() for ch in label) >= 2} <= marked


# ---- English stays as it was -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("model", list(MODELS))
def test_english_summary_and_tooltips_are_the_engines(model):
    from gradientdesk.ui.panels.parameter_panel import summary_text
    from gradientdesk.ui.panels.parameter_table import describe

    hp = Hyperparameters(model=model, n_components=2 if model == "pca" else 1)
    name = {"pca": "cloud", "softmax": "blobs", "linear": "plane", "polynomial": "sine"}.get(model, "circle")
    spec = build_model(hp, datasets.make(name, n=40, seed=1), np.random.default_rng(0)).spec
    assert summary_text(spec) == spec.architecture
    for flat_name in spec.flat_names:
        assert describe(spec, flat_name) == f"{flat_name}: {spec.describe(ScalarRef.parse(flat_name))}"


# ---- the pseudo-locale -----------------------------------------------------------------------------------------------


def dock_texts(win) -> list[tuple[str, str]]:
    return widget_texts(win.hyperparameter_dock) + widget_texts(win.parameter_dock)


def choose_model(qtbot, win, model: str) -> None:
    """Pick `model` in the model picker as a learner would, and wait until both docks show it."""
    combo = win.hyperparameter_panel.model_picker.combo
    combo.setCurrentIndex(combo.findData(model))
    controller = win.controller
    qtbot.waitUntil(lambda: controller.hyperparameters.model == model, timeout=WAIT)
    table = win.parameter_panel.model
    if not (table.spec is not None and table.spec.model == model):
        controller.step()
    qtbot.waitUntil(lambda: table.spec is not None and table.spec.model == model, timeout=WAIT)
    qtbot.waitUntil(lambda: win.parameter_panel.summary.text() != "", timeout=WAIT)


def test_both_docks_show_only_translated_texts_for_every_model(qtbot, pseudo, make_window):
    win = make_window()
    panel = win.hyperparameter_panel
    for model in MODELS:
        choose_model(qtbot, win, model)
        if not panel.more.expanded and panel.more.isVisibleTo(panel):
            qtbot.mouseClick(panel.more.toggle, Qt.MouseButton.LeftButton)
        assert panel.more.expanded or not panel.more.isVisibleTo(panel), model
        texts = dock_texts(win)
        assert len(texts) > 40, model  # the walk did reach the controls
        assert unmarked(texts, allowed=is_data) == [], model
        assert is_marked(win.parameter_panel.summary.text()), model
    # every field of every model, also the ones the current choices hide (optimizer details, schedule, ...)
    assert unmarked(widget_texts(panel, only_visible=False), allowed=is_data) == []
    # what a spin box shows at 0 ("never", "off", "plain SGD"), which the walk does not read
    for name in ("max_epochs", "target_loss", "early_stopping_patience", "momentum"):
        assert is_marked(panel.control(name).specialValueText()), name


def test_the_walk_catches_a_text_set_without_translate(qtbot, pseudo, controller):
    from gradientdesk.ui.panels.hyperparameter_panel import HyperparameterPanel
    from gradientdesk.ui.panels.parameter_panel import ParameterPanel

    panels = [HyperparameterPanel(controller), ParameterPanel(controller)]
    for panel in panels:
        qtbot.addWidget(panel)
        panel.resize(300, 700)
        panel.show()
    qtbot.waitUntil(lambda: panels[1].model.rowCount() > 0, timeout=WAIT)
    for panel in panels:
        assert unmarked(widget_texts(panel), allowed=is_data) == []
    content = panels[0].scroll.widget()
    plain = QLabel("Untranslated words", content)
    plain.setToolTip("An untranslated tooltip")
    marked = QLabel(QCoreApplication.translate("Hyperparameters", "More settings"), content)
    for label in (plain, marked):
        content.layout().addWidget(label)
        label.show()
    found = unmarked(widget_texts(panels[0]), allowed=is_data)
    assert sorted(text for _where, text in found) == ["An untranslated tooltip", "Untranslated words"]
    panels[0].labels["seed"].setText("Seed")  # an English label where a translated one was
    assert ("Seed" in {text for _where, text in unmarked(widget_texts(panels[0]), allowed=is_data)})


def test_the_panels_messages_are_translated(qtbot, pseudo, controller):
    from gradientdesk.ui.panels.hyperparameter_panel import HyperparameterPanel

    panel = HyperparameterPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    box = panel.control("batch_size")
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "abc")
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda m: "must be" in m) as refused:
        QTest.keyClick(box, Qt.Key.Key_Return)
    message = refused.args[0]  # every piece translated: "Not changed: <label> must be <range>; got 'abc'."
    assert message.startswith("⟦Not changed: ⟦⟦Batch size⟧ must be ⟦a whole number from 1 to 100000⟧; "), message
    assert box.toolTip().startswith("⟦Not applied: ⟦⟦Batch size⟧ must be"), box.toolTip()
    features = panel.control("features")
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda m: "at least one" in m) as kept:
        for name in features.value():
            features.boxes[name].setChecked(False)
    assert is_marked(kept.args[0]), kept.args[0]


def test_the_pseudo_locale_wraps_this_parts_contexts(pseudo):
    """The contexts are read from the sources (the engine's and io's QT_TRANSLATE_NOOP marks too)."""
    assert pseudo.contexts >= {"Hyperparameters", "ParameterPanel", "ParameterTable", "NumberEntry"}
