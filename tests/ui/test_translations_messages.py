"""The messages the engine writes reach the learner in the interface language: a diverged run's banner, a stop rule
in the status bar, a refused typed weight, a refused hyperparameter, a landscape that cannot be computed (the
engine's Messages, engine/translatable.py, translated by bridge/texts.py engine_text). The banner's "Use learning
rate" button takes the rate from the Message, not from its words, so it still proposes the right rate when the words
are translated. Without a translator every text is the engine's English, byte for byte.

The pseudo-locale (pseudo_locale.py) wraps every string of the app's contexts in ⟦ ⟧: a text shown without the
markers never went through QCoreApplication.translate.
"""

from __future__ import annotations

import pytest
from pseudo_locale import CLOSE, OPEN, is_marked, unmarked, widget_texts
from PySide6.QtCore import Qt

from gradientdesk.bridge.texts import engine_text
from gradientdesk.engine.divergence import divergence_message
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.engine.translatable import Message
from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.resource_paths import resource_path
from gradientdesk.ui.window.stage_views import view_names

WAIT = 60_000  # generous: the machine is shared; nothing here measures time
ENGINE_CONTEXTS = {"Divergence", "StopRules", "Limits", "HyperparameterChecks", "Landscape", "Tokens"}
LESSON_02 = resource_path("lessons", "02-learning-rate.md")




def _statuses(controller) -> list[str]:
    said: list[str] = []
    controller.status.connect(said.append)
    return said


def _diverge(qtbot, window):
    """Lesson 02 at its 'far too large' rate (0.3), trained until it diverges (as test_divergence_shown.py)."""
    controller = window.controller
    session = lesson_session(read_lesson(LESSON_02, view_names()))
    controller.replace_everything(session.data, session.hyperparameters.replace(learning_rate=0.3))
    controller.set_speed(30)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.step == 0
                    and (controller.latest.dataset_version, controller.latest.hp_version) == controller.versions,
                    timeout=WAIT)
    controller.play()
    qtbot.waitUntil(lambda: controller.latest.diverged, timeout=WAIT)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT)
    return controller.latest


def test_a_diverged_runs_banner_is_translated_and_its_fix_proposes_the_right_rate(qtbot, pseudo, make_window):
    window = make_window()
    snap = _diverge(qtbot, window)
    banner, controller = window.banner, window.controller
    message = snap.message
    assert isinstance(message, Message) and message.context == "Divergence"
    shown = banner.text.text()
    assert shown == engine_text(message) == controller.problem
    assert shown.startswith(f"{OPEN}The ") and shown.endswith(f"finite.{CLOSE}"), shown
    assert f"the learning rate {snap.learning_rate:g} is too large" in shown
    assert unmarked(widget_texts(banner)) == []
    # the negative check: the engine's English, shown as it is, would be caught
    assert unmarked([("banner", str(message))]) == [("banner", str(message))]

    rate = message.facts["suggested_rate"]
    assert controller.suggested_rate == rate == 0.1  # the rate search's answer for lesson 02 (test_divergence_shown)
    assert banner.fix_button.isVisible()
    assert banner.fix_button.text() == f"{OPEN}Use learning rate {rate:g} and reset{CLOSE}"
    qtbot.mouseClick(banner.fix_button, Qt.MouseButton.LeftButton)
    assert controller.hyperparameters.learning_rate == pytest.approx(rate)
    qtbot.waitUntil(lambda: not controller.latest.diverged and controller.latest.step == 0, timeout=WAIT)
    assert controller.problem == "" and controller.suggested_rate is None and not banner.isVisible()


def test_the_banner_takes_the_rate_from_the_message_not_from_its_words(qtbot, pseudo, controller):
    from gradientdesk.ui.window.banner import ProblemBanner

    banner = ProblemBanner(controller)
    qtbot.addWidget(banner)
    controller._set_problem(divergence_message(1e13, 9, 2.5, 5, None))  # what the worker's snapshot would carry
    assert controller.suggested_rate == 0.02
    assert banner.fix_button.text() == f"{OPEN}Use learning rate 0.02 and reset{CLOSE}"
    assert banner.text.text().startswith(f"{OPEN}The weights exploded (past a million) at step 9: ")
    # words that only look like a suggestion give no button: the rate comes from the engine's data alone
    controller._set_problem("Try 0.5, then Reset.")
    assert controller.suggested_rate is None and banner.fix_button.isHidden()


def test_a_refused_typed_weight_is_translated(qtbot, pseudo, controller):
    said = _statuses(controller)
    ref = ScalarRef("dense1.W", (0, 1))
    why = controller.set_parameter_value(ref, 5e6, spec=controller.latest.spec)
    assert why == (f"{OPEN}Not changed: {OPEN}dense1.W[0,1] must be a number between -1,000,000 and 1,000,000; "
                   f"got 5000000.0{CLOSE}.{CLOSE}")
    assert said[-1] == why


def test_a_refused_hyperparameter_is_translated(qtbot, pseudo, controller):
    said = _statuses(controller)
    assert not controller.set_hyperparameter("learning_rate", 1000.0)
    assert said[-1] == (f"{OPEN}Not changed: {OPEN}{OPEN}Learning rate{CLOSE} (learning_rate) must be between 1e-05 "
                        f"and 10; got 1000{CLOSE}{CLOSE}")
    assert not controller.set_hyperparameter("hidden_layers", (4, 100000))
    assert said[-1].startswith(f"{OPEN}Not changed: {OPEN}{OPEN}Hidden layers{CLOSE} (hidden_layers): layer 2 ")


def test_a_stop_rule_is_translated_in_the_status_bar(qtbot, pseudo, controller):
    said = _statuses(controller)
    assert controller.set_hyperparameter("max_epochs", 2)
    controller.play()
    expected = f"{OPEN}Stopped after 2 epochs, as 'Stop after epochs' says.{CLOSE}"
    qtbot.waitUntil(lambda: expected in said, timeout=WAIT)
    assert controller.latest.stopped == "max_epochs"


def test_a_landscape_that_cannot_be_computed_says_why_translated(qtbot, pseudo, controller):
    from gradientdesk.bridge.landscape_service import LandscapeService

    service = LandscapeService(controller)
    same = ScalarRef("dense1.W", (0, 0))
    service.set_pair(same, same)
    with qtbot.waitSignal(service.updated, timeout=WAIT) as answer:
        assert service.check(controller.latest)
    assert answer.args[0].message == f"{OPEN}pick two different parameters{CLOSE}"


def test_generate_refused_is_translated(qtbot, pseudo, make_window):
    window = make_window()
    controller, bar = window.controller, window.data_toolbar
    said = _statuses(controller)
    bar.n_box.lineEdit().setText("1e309")
    bar.generate_action.trigger()
    assert said and said[-1].startswith(f"{OPEN}Not generated: {OPEN}"), said


def test_a_text_without_a_message_is_shown_as_it_is_and_caught_unmarked(qtbot, pseudo):
    text = engine_text(ValueError("the canvas is on fire"))
    assert text == "the canvas is on fire"
    assert unmarked([("plain", text)]) == [("plain", text)]
    assert is_marked(engine_text(divergence_message(float("inf"), 1, 10.0, 0, None)))


def test_in_english_the_engines_words_are_unchanged(qtbot, controller):
    messages = [divergence_message(float("inf"), 120, 3.0, 100, 0.05), divergence_message(1e13, 3, 2.5, 1, None)]
    for message in messages:
        assert engine_text(message) == str(message)
    said = _statuses(controller)
    assert not controller.set_hyperparameter("learning_rate", 1000.0)
    assert said[-1] == "Not changed: Learning rate (learning_rate) must be between 1e-05 and 10; got 1000"
    why = controller.set_parameter_value(ScalarRef("dense1.W", (0, 1)), float("inf"), spec=controller.latest.spec)
    assert why == "Not changed: dense1.W[0,1] must be a number between -1,000,000 and 1,000,000; got inf."


def test_the_pseudo_locale_wraps_this_parts_contexts(pseudo):
    """The contexts are read from the sources (the engine's and io's QT_TRANSLATE_NOOP marks too)."""
    assert pseudo.contexts >= ENGINE_CONTEXTS
