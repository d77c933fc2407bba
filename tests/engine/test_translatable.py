"""The engine's messages are translatable (engine/translatable.py) and their English is exactly what it was: each kind
- a divergence, a stop rule, a refused value, a refused hyperparameter, a landscape that cannot be computed, text too
long to split into tokens - gives the same text as before, and carries the context, template and arguments the
interface translates (bridge/texts.py engine_text) and the numbers a view needs (the learning rate a divergence
suggests)."""

from __future__ import annotations

import ast
import copy
import pickle
import re
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets, tokens
from gradientdesk.engine.divergence import divergence_message
from gradientdesk.engine.hyperparameter_checks import check_field, coerce
from gradientdesk.engine.landscape import LandscapeRequest, from_trainer
from gradientdesk.engine.limits import RANGE_TEXT, VALUE_REFUSED, VALUES_REFUSED, check_array, check_value
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.engine.stop_rules import stop_rule
from gradientdesk.engine.translatable import QT_TRANSLATE_NOOP, Message, MessageError, english

ENGINE = Path(__file__).resolve().parents[2] / "gradientdesk" / "engine"
INFO = Hyperparameters.info

# what the engine wrote before its messages became translatable (captured from the code before the change)
EXPECTED = {
    'div_inf_found': (
        'The loss became infinite at step 120: the learning rate 3 is too large for this model. Try 0.05, '
        'then Reset: from the same start it trained (the loss fell over 300 test steps). The parameters were '
        'put back to their values at step 100, the last ones known to be finite.'
    ),
    'div_big_found': (
        'The weights exploded (past a million) at step 7: the learning rate 0.5 is too large for this model. '
        'Try 0.002, then Reset: from the same start it trained (the loss fell over 300 test steps). The '
        'parameters were put back to their values at step 0, the last ones known to be finite.'
    ),
    'div_inf_none': (
        'The loss became infinite at step 42: the learning rate 10 is too large for this model. Try 0.1, '
        'then Reset. The parameters were put back to their values at step 40, the last ones known to be '
        'finite.'
    ),
    'div_big_none': (
        'The weights exploded (past a million) at step 3: the learning rate 2.5 is too large for this model. '
        'Try 0.02, then Reset. The parameters were put back to their values at step 1, the last ones known '
        'to be finite.'
    ),
    'stop_max': (
        "Stopped after 5 epochs, as 'Stop after epochs' says."
    ),
    'stop_target': (
        'Reached the target training loss 0.05 after 12 epochs.'
    ),
    'stop_early': (
        'Early stopping: the test loss has not improved for 3 epochs (best 0.1235 at epoch 7).'
    ),
    'check_value_inf': (
        'dense1.W[0,1] must be a number between -1,000,000 and 1,000,000; got inf'
    ),
    'check_value_big': (
        'b1[0] must be a number between -1,000,000 and 1,000,000; got 2000000.0'
    ),
    'check_array': (
        'coordinates must be numbers between -1,000,000 and 1,000,000; found 5e+07'
    ),
    'choice': (
        'Activation (activation) must be one of linear, sigmoid, tanh, relu, leaky_relu, elu, softplus, '
        "silu, gelu; got 'swish'"
    ),
    'features_type': (
        'Input features (features) must be a tuple of feature names'
    ),
    'features_unknown': (
        "Input features (features): unknown feature 'zz'; choose from x1, x2, x1^2, x2^2, x1*x2, sin x1, sin "
        'x2'
    ),
    'features_twice': (
        'Input features (features): a feature is listed twice'
    ),
    'features_none': (
        'Input features (features): choose at least one input feature'
    ),
    'layers_type': (
        'Hidden layers (hidden_layers) must be a list of whole numbers, one per layer'
    ),
    'layers_many': (
        'Hidden layers (hidden_layers): at most 8 hidden layers; got 50'
    ),
    'layers_units': (
        'Hidden layers (hidden_layers): layer 2 must have between 1 and 64 neurons; got 100000'
    ),
    'int_type': (
        'Batch size (batch_size) must be a whole number; got 2.5'
    ),
    'int_range': (
        'Batch size (batch_size) must be between 1 and 100000; got 0'
    ),
    'int_huge': (
        'Batch size (batch_size) must be between 1 and 100000; got a huge number'
    ),
    'float_type': (
        "Learning rate (learning_rate) must be a finite number; got 'a'"
    ),
    'float_inf': (
        'Learning rate (learning_rate) must be a finite number; got inf'
    ),
    'float_range': (
        'Learning rate (learning_rate) must be between 1e-05 and 10; got 1000'
    ),
    'float_range_zero': (
        'Regularization rate (l2) must be between 1e-06 and 10 (or 0 to turn it off); got 1e+09'
    ),
    'coerce_list': (
        'Hidden layers (hidden_layers) must be a list'
    ),
    'coerce_int': (
        "Batch size (batch_size) must be a whole number; got 'x'"
    ),
    'coerce_float': (
        "Learning rate (learning_rate) must be a number; got 'x'"
    ),
    'coerce_far': (
        'Learning rate (learning_rate) is far too large'
    ),
    'coerce_text': (
        'Activation (activation) must be text; got 3'
    ),
    'tokens_long': (
        'the text is 10,001 characters long; at most 10,000 can be split into tokens at once'
    ),
}


def _refusal(act) -> MessageError:
    with pytest.raises(ValueError) as caught:
        act()
    assert isinstance(caught.value, MessageError), caught.value
    return caught.value


MADE = {  # how each kind of message is made
    "div_inf_found": lambda: divergence_message(float("inf"), 120, 3.0, 100, 0.05),
    "div_big_found": lambda: divergence_message(1e13, 7, 0.5, 0, 0.002),
    "div_inf_none": lambda: divergence_message(float("nan"), 42, 10.0, 40, None),
    "div_big_none": lambda: divergence_message(1e14, 3, 2.5, 1, None),
    "stop_max": lambda: stop_rule(Hyperparameters(max_epochs=5), 5, lambda: 1.0, None, (float("inf"), 0))[1],
    "stop_target": lambda: stop_rule(Hyperparameters(target_loss=0.05), 12, lambda: 0.01, None,
                                     (float("inf"), 0))[1],
    "stop_early": lambda: stop_rule(Hyperparameters(early_stopping_patience=3), 10, lambda: 1.0, lambda: 0.5,
                                    (0.123456, 7))[1],
    "check_value_inf": lambda: _refusal(lambda: check_value(float("inf"), "dense1.W[0,1]")).message,
    "check_value_big": lambda: _refusal(lambda: check_value(2e6, "b1[0]")).message,
    "check_array": lambda: _refusal(lambda: check_array(np.array([1.0, 5e7]), "coordinates")).message,
    "choice": lambda: _refusal(lambda: check_field("activation", INFO("activation"), "swish", "mlp")).message,
    "features_type": lambda: _refusal(lambda: check_field("features", INFO("features"), ["x1"], "mlp")).message,
    "features_unknown": lambda: _refusal(
        lambda: check_field("features", INFO("features"), ("x1", "zz"), "mlp")).message,
    "features_twice": lambda: _refusal(
        lambda: check_field("features", INFO("features"), ("x1", "x1"), "mlp")).message,
    "features_none": lambda: _refusal(lambda: check_field("features", INFO("features"), (), "mlp")).message,
    "layers_type": lambda: _refusal(
        lambda: check_field("hidden_layers", INFO("hidden_layers"), (1, True), "mlp")).message,
    "layers_many": lambda: _refusal(
        lambda: check_field("hidden_layers", INFO("hidden_layers"), (2,) * 50, "mlp")).message,
    "layers_units": lambda: _refusal(
        lambda: check_field("hidden_layers", INFO("hidden_layers"), (2, 100000), "mlp")).message,
    "int_type": lambda: _refusal(lambda: check_field("batch_size", INFO("batch_size"), 2.5, "mlp")).message,
    "int_range": lambda: _refusal(lambda: check_field("batch_size", INFO("batch_size"), 0, "mlp")).message,
    "int_huge": lambda: _refusal(lambda: check_field("batch_size", INFO("batch_size"), 10**400, "mlp")).message,
    "float_type": lambda: _refusal(lambda: check_field("learning_rate", INFO("learning_rate"), "a", "mlp")).message,
    "float_inf": lambda: _refusal(
        lambda: check_field("learning_rate", INFO("learning_rate"), float("inf"), "mlp")).message,
    "float_range": lambda: _refusal(
        lambda: check_field("learning_rate", INFO("learning_rate"), 1000.0, "mlp")).message,
    "float_range_zero": lambda: _refusal(
        lambda: check_field("l2", INFO("regularization_rate"), 1e9, "mlp")).message,
    "coerce_list": lambda: _refusal(lambda: coerce("hidden_layers", INFO("hidden_layers"), 3)).message,
    "coerce_int": lambda: _refusal(lambda: coerce("batch_size", INFO("batch_size"), "x")).message,
    "coerce_float": lambda: _refusal(lambda: coerce("learning_rate", INFO("learning_rate"), "x")).message,
    "coerce_far": lambda: _refusal(lambda: coerce("learning_rate", INFO("learning_rate"), 10**400)).message,
    "coerce_text": lambda: _refusal(lambda: coerce("activation", INFO("activation"), 3)).message,
    "tokens_long": lambda: _refusal(lambda: tokens.encode("a" * 10001)).message,
}


def _templates_in(message: Message) -> list[tuple[str, str]]:
    """(context, template) of `message` and every Message among its arguments."""
    found = [(message.context, message.template)]
    for arg in message.args:
        if isinstance(arg, Message):
            found += _templates_in(arg)
    return found


def _marked_templates() -> set[tuple[str, str]]:
    """Every QT_TRANSLATE_NOOP(context, template) in the engine's sources (what pyside6-lupdate extracts)."""
    marked = set()
    for path in ENGINE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, template = (ast.literal_eval(arg) for arg in node.args)
                marked.add((context, template))
    return marked


def test_every_kind_of_message_is_covered():
    assert set(MADE) == set(EXPECTED)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_the_english_is_unchanged_and_the_message_translatable(kind):
    message = MADE[kind]()
    assert isinstance(message, Message)
    assert str(message) == message == EXPECTED[kind]  # byte for byte what the engine wrote before
    assert english(message.template, message.args) == EXPECTED[kind]
    assert re.findall(r"%(\d)", message.template) == sorted(set(re.findall(r"%(\d)", message.template)), key=int)
    for context, template in _templates_in(message):
        # marked for lupdate where it is made; a hyperparameter's label is the panels' catalogue's (Hyperparameters)
        assert (context, template) in _marked_templates() or context == "Hyperparameters", (context, template)


def test_a_refusal_is_still_a_value_error_with_the_same_text():
    error = _refusal(lambda: check_value(2e6, "b1[0]"))
    assert isinstance(error, ValueError)
    assert str(error) == EXPECTED["check_value_big"]
    assert error.message.args == ("b1[0]", "2000000.0")


def test_a_hyperparameters_label_is_its_own_translatable_argument():
    message = MADE["float_range"]()
    label, name, *_ = message.args
    assert isinstance(label, Message) and (label.context, label.template) == ("Hyperparameters", "Learning rate")
    assert name == "learning_rate"
    huge = MADE["int_huge"]().args[-1]
    assert isinstance(huge, Message) and huge == "a huge number"


def test_the_range_in_the_refusals_is_range_text():
    assert RANGE_TEXT in VALUE_REFUSED and RANGE_TEXT in VALUES_REFUSED


@pytest.mark.parametrize(("found", "lr", "suggested"), [(0.05, 3.0, 0.05), (None, 10.0, 0.1), (None, 2.5, 0.02),
                                                          (0.00123456789, 1.0, 0.00123457)])
def test_a_divergence_carries_the_rate_it_suggests_as_shown(found, lr, suggested):
    message = divergence_message(float("inf"), 5, lr, 4, found)
    assert message.facts["suggested_rate"] == suggested
    assert f"Try {suggested:g}, then Reset" in message


def test_a_trainer_that_diverges_or_stops_says_so_in_a_message():
    X = np.array([[1e6], [-1e6], [5e5], [3.0]])  # x^15 overflows in one step (test_divergence.py)
    trainer = Trainer(Dataset(X, np.array([1.0, 2.0, 3.0, 4.0]), "regression"),
                      Hyperparameters(model="polynomial", degree=15, learning_rate=10.0, batch_size=100))
    trainer.step()
    snap = trainer.snapshot()
    assert snap.stopped == "diverged"
    assert snap.message == ("The loss became infinite at step 1: the learning rate 10 is too large for this model. "
                            "Try 0.1, then Reset. The parameters were put back to their values at step 0, the last "
                            "ones known to be finite.")
    assert isinstance(snap.message, Message) and snap.message.facts["suggested_rate"] == 0.1
    trainer = Trainer(datasets.make("circle", n=40, seed=1), Hyperparameters(max_epochs=2))
    trainer.run_steps(200)
    assert trainer.message == "Stopped after 2 epochs, as 'Stop after epochs' says."
    assert isinstance(trainer.snapshot().message, Message)


def test_a_landscape_that_cannot_be_computed_says_why():
    trainer = Trainer(datasets.make("circle", n=20, seed=1), Hyperparameters())
    a, b = ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1))
    cases = {
        (a, a, 5): "pick two different parameters",
        (a, b, 1): "the grid needs finite, increasing ranges and 2 to 201 points a side",
        (ScalarRef("dense9.W", (0, 0)), b, 5): "the model has no parameter dense9.W",
        (ScalarRef("dense1.W", (7, 9)), b, 5): "dense1.W has no entry [7, 9] (its shape is (4, 2))",
    }
    for (first, second, resolution), expected in cases.items():
        message = from_trainer(trainer, LandscapeRequest(1, first, second, (-1, 1), (-1, 1), resolution)).message
        assert message == expected and isinstance(message, Message)
        assert (message.context, message.template) in _marked_templates()


def test_a_message_survives_copies_and_pickles_and_is_read_only():
    message = divergence_message(float("inf"), 5, 3.0, 4, 0.05)
    for again in (copy.copy(message), copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert isinstance(again, Message) and again == message
        assert (again.context, again.template, again.args) == (message.context, message.template, message.args)
        assert again.facts == message.facts
    error = pickle.loads(pickle.dumps(MessageError(message)))
    assert isinstance(error, MessageError) and error.message.facts == message.facts
    with pytest.raises(AttributeError):
        message.template = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        message.facts["suggested_rate"] = 1.0  # type: ignore[index]
    assert hash(message) == hash(str(message))


def test_the_marker_returns_the_text_and_placeholders_fill_in_one_pass():
    assert QT_TRANSLATE_NOOP("Anything", "text %1") == "text %1"
    assert str(Message("C", "%1 and %2", "%2", "b")) == "%2 and b"  # a value holding %2 is left as it is
    assert str(Message("C", "%1 of %3", "a")) == "a of %3"  # a placeholder without a value stays
