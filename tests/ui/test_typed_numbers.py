"""Typed numbers are read strictly (issue: "1e309" became batch size 1309, "1e-400" max epochs 1400, a 20-digit seed
999999999, and "1e-400" turned regularization off). Text that is not a valid value in the field's range is refused
with the range: the text stays, marked, the status bar says why, and nothing is applied until it is valid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from gradientdesk.engine.hyperparameters import Hyperparameters
from gradientdesk.ui.panels.hyperparameter_panel import HyperparameterPanel
from gradientdesk.ui.panels.log_editor import LogFloatEditor
from gradientdesk.ui.panels.number_entry import NumberRule, is_refused

WAIT = 5000


@pytest.fixture
def hp_panel(qtbot, controller):
    panel = HyperparameterPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(320, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def text_box(editor):
    """The widget that takes the typed text: a spin box itself, or a log editor's text box."""
    return editor.edit if isinstance(editor, LogFloatEditor) else editor


def type_over(box, text: str) -> None:
    """Replace what the box shows by `text`, as a learner would (click, select all, type)."""
    box.setFocus()
    (box if isinstance(box, QLineEdit) else box.lineEdit()).selectAll()
    QTest.keyClicks(box, text)


def shown(box) -> str:
    return box.text()


# (field, hyperparameters that make it visible, typed text, words of the refusal)
REFUSED = [
    ("batch_size", {}, "1e309", "Batch size must be a whole number from 1 to 100000; got '1e309'"),
    ("max_epochs", {}, "1e-400", "Stop after epochs must be a whole number from 0 to 10000000, or 'never'; "
                                 "got '1e-400'"),
    ("seed", {}, "99999999999999999999", "Seed must be a whole number from 0 to 2147483647; "
                                         "got '99999999999999999999'"),
    ("regularization_rate", {"regularization": "l2", "regularization_rate": 0.01}, "1e-400",
     "Regularization rate must be a number from 1e-06 to 10, or 0 to turn it off; got '1e-400'"),
    ("learning_rate", {}, "1e309", "Learning rate must be a number from 1e-05 to 10; got '1e309'"),
    ("learning_rate", {}, "1e-400", "Learning rate must be a number from 1e-05 to 10; got '1e-400'"),
    ("epsilon", {"optimizer": "adam"}, "nan", "Epsilon must be a number from 1e-12 to 1; got 'nan'"),
    ("momentum", {"optimizer": "momentum", "momentum": 0.5}, "1e309", "Momentum must be a number from 0 to 0.999"),
    ("momentum", {"optimizer": "momentum", "momentum": 0.5}, "0.0000001", "with at most 6 decimals"),
    ("target_loss", {}, "1e7", "Stop at training loss must be a number from 0 to 1e+06"),
    ("schedule_period", {"schedule": "step"}, "2.5", "Schedule period (epochs) must be a whole number from 1 to"),
]


@pytest.mark.parametrize(("name", "setup", "text", "words"), REFUSED, ids=[f"{c[0]}={c[2]}" for c in REFUSED])
def test_typed_text_out_of_range_is_refused_with_the_range(qtbot, hp_panel, controller, name, setup, text, words):
    if setup:
        assert controller.set_hyperparameters(controller.hyperparameters.replace(**setup))
    before = controller.hyperparameters
    if Hyperparameters.info(name).rare:  # folded away under "More settings": the learner unfolds it first
        qtbot.mouseClick(hp_panel.more.toggle, Qt.MouseButton.LeftButton)
    box = text_box(hp_panel.control(name))
    assert box.isVisible()
    type_over(box, text)
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda m: words in m):
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert controller.hyperparameters == before  # nothing applied
    assert shown(box) == text and is_refused(box)  # the typed text stays, marked
    assert words in box.toolTip()


def test_refused_text_stays_when_leaving_the_box_and_a_valid_value_then_applies(qtbot, hp_panel, controller):
    box = hp_panel.control("batch_size")
    type_over(box, "1e309")
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda m: "from 1 to 100000" in m):
        hp_panel.control("seed").setFocus()  # leaving the box is entering it too
    assert controller.hyperparameters.batch_size == 10
    assert box.text() == "1e309" and is_refused(box)

    type_over(box, "32")
    assert not is_refused(box)  # valid text: the mark goes at once
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert controller.hyperparameters.batch_size == 32
    assert "Not applied" not in box.toolTip()


def test_escape_puts_the_value_in_force_back(hp_panel, controller):
    box = hp_panel.control("max_epochs")
    type_over(box, "1e-400")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert is_refused(box)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "never" and not is_refused(box)
    assert controller.hyperparameters.max_epochs == 0


def test_a_hidden_layer_width_is_refused_with_its_range(qtbot, hp_panel, controller):
    spin = hp_panel.control("hidden_layers").spins[0]
    before = controller.hyperparameters.hidden_layers
    type_over(spin, "1e309")
    with qtbot.waitSignal(controller.status, timeout=WAIT,
                          check_params_cb=lambda m: "Hidden layer 1 must be a whole number from 1 to" in m):
        QTest.keyClick(spin, Qt.Key.Key_Return)
    assert controller.hyperparameters.hidden_layers == before
    assert spin.text() == "1e309"


# ---- the data toolbar ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("box_name", "text", "words"), [
    ("n_box", "1e309", "Number of points must be a whole number from 1 to 5000; got '1e309'"),
    ("noise_box", "1e-400", "Noise must be a number from 0 to 5 with at most 2 decimals, or 'default'; "
                            "got '1e-400'"),
    ("seed_box", "99999999999999999999", "Seed must be a whole number from 0 to 99999"),
])
def test_generate_refuses_while_a_box_holds_refused_text(qtbot, window, box_name, text, words):
    controller, bar = window.controller, window.data_toolbar
    box = getattr(bar, box_name)
    data = controller.data
    type_over(box, text)
    with qtbot.waitSignal(controller.status, timeout=WAIT, check_params_cb=lambda m: words in m):
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert words in window.statusBar().currentMessage()
    assert box.text() == text and is_refused(box)
    with qtbot.waitSignal(controller.status, timeout=WAIT,
                          check_params_cb=lambda m: m.startswith("Not generated") and words in m):
        bar.generate_action.trigger()
    assert controller.data is data  # nothing generated

    type_over(box, {"n_box": "40", "noise_box": "0.1", "seed_box": "5"}[box_name])
    QTest.keyClick(box, Qt.Key.Key_Return)
    bar.generate_action.trigger()
    assert controller.data is not data and not is_refused(box)


def test_the_test_share_is_not_changed_by_refused_text(qtbot, window):
    controller, box = window.controller, window.data_toolbar.test_box
    before = controller.settings.test_fraction
    type_over(box, "95")  # on the way: "9", a valid share that must not be applied either
    with qtbot.waitSignal(controller.status, timeout=WAIT,
                          check_params_cb=lambda m: "Test share must be a whole number from 0 to 90" in m):
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert controller.settings.test_fraction == before
    type_over(box, "30")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert controller.settings.test_fraction == pytest.approx(0.3)


# ---- reading text ----------------------------------------------------------------------------------------------------
WHOLE = NumberRule("Seed", 0, 99999, whole=True)
LOG = NumberRule("Rate", 1e-6, 10.0, zero_too=True)
SHARE = NumberRule("Share", 0, 90, whole=True, suffix=" % test")


@pytest.mark.parametrize(("rule", "text", "value"), [
    (WHOLE, "42", 42), (WHOLE, " +7 ", 7), (WHOLE, "0", 0), (LOG, "1e-3", 0.001), (LOG, "0,5", 0.5),
    (LOG, "0", 0.0), (LOG, "0e5", 0.0), (LOG, "1E1", 10.0), (SHARE, "30 % test", 30), (SHARE, "30", 30),
])
def test_valid_text_is_read(rule, text, value):
    assert rule.parse(text) == value


@pytest.mark.parametrize(("rule", "text"), [
    (WHOLE, "1e3"), (WHOLE, "4.0"), (WHOLE, "100000"), (WHOLE, "-1"), (WHOLE, "9" * 5000), (WHOLE, ""),
    (WHOLE, "1_000"), (LOG, "1e309"), (LOG, "1e-400"), (LOG, "inf"), (LOG, "nan"),
    (LOG, "1e-7"), (LOG, "1,000.5"), (LOG, "0x10"), (SHARE, "91 % test"),
])
def test_invalid_text_is_refused_naming_the_range(rule, text):
    with pytest.raises(ValueError, match=f"{rule.label} must be"):
        rule.parse(text)
