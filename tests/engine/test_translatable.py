"""The engine's messages are translatable (engine/translatable.py) and their English is exactly what it was: each kind
- a divergence, a stop rule, a refused value, a refused hyperparameter, a landscape that cannot be computed, text too
long to split into tokens - gives the same text as before, and carries the context, template and arguments the
interface translates (bridge/texts.py engine_text) and the numbers a view needs (the learning rate a divergence
suggests)."""

from __future__ import annotations

import ast
import base64
import copy
import io
import pickle
import re
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets, tokens
from gradientdesk.engine.compatibility import why_not
from gradientdesk.engine.divergence import divergence_message
from gradientdesk.engine.features import feature_map
from gradientdesk.engine.hyperparameter_checks import check_field, coerce
from gradientdesk.engine.landscape import LandscapeRequest, from_trainer
from gradientdesk.engine.limits import RANGE_TEXT, VALUE_REFUSED, VALUES_REFUSED, check_array, check_value
from gradientdesk.engine.losses import Head, _mlp_head, _require_loss
from gradientdesk.engine.models import check_trainable
from gradientdesk.engine.pca import PCAModel
from gradientdesk.engine.scalar_ref import ScalarRef
from gradientdesk.engine.stop_rules import stop_rule
from gradientdesk.engine.translatable import QT_TRANSLATE_NOOP, Message, MessageError, english
from gradientdesk.io import csv_io
from gradientdesk.io import session_codec as codec
from gradientdesk.io.session import decode_session, load_session
from gradientdesk.io.session_codec import SessionError
from gradientdesk.io.session_schema import from_document

ENGINE = Path(__file__).resolve().parents[2] / "gradientdesk" / "engine"
IO = ENGINE.parent / "io"
INFO = Hyperparameters.info

# what the engine wrote before its messages became translatable (captured from the code before the change)
EXPECTED = {
    "compat_targets": ("Linear regression needs targets, but this dataset has none (it is made for PCA). Pick a "
                       "classification or regression dataset, or the PCA model."),
    "compat_numbers": ("Polynomial regression predicts numbers, but this dataset has classes. Use logistic or softmax "
                       "regression or a neural network, or pick a regression dataset."),
    "compat_logistic_numbers": ("Logistic regression separates two classes, but this dataset has numbers. Use "
                                "softmax regression for more classes, or linear regression for numbers."),
    "compat_logistic_classes": ("Logistic regression separates two classes, but this dataset has 3 classes. Use "
                                "softmax regression for more classes, or linear regression for numbers."),
    "compat_softmax": ("Softmax regression predicts classes, but this dataset has numbers. Use linear regression or "
                       "a neural network."),
    "loss_not_allowed": "Linear regression cannot use the loss 'binary_cross_entropy'; choose one of auto, mse.",
    "loss_softmax_numbers": "A softmax output gives class probabilities; for numbers use a linear output.",
    "loss_ce_numbers": "Cross-entropy compares class probabilities; for numbers use mean squared error.",
    "loss_bce_output": ("Binary cross-entropy needs a sigmoid output and two classes; set the output activation to "
                        "sigmoid (or auto), or the loss to auto."),
    "loss_cce_output": ("Categorical cross-entropy needs a softmax output; set the output activation to softmax (or "
                        "auto), or the loss to auto."),
    "feature_needs_x2": "the input feature x2 needs a second coordinate x2, but this dataset has only x1; turn it off",
    "feature_none": "choose at least one input feature",
    "pca_components": "PCA on 2-D data can keep between 1 and 2 components; got 3",
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
    'untrainable_all_test': (
        'every point is in the test split: move some points to the training split'
    ),
    'untrainable_one_class': (
        'the training points contain only one class (A): a classifier needs points of at least two classes'
    ),
    'dataset_coord': (
        'the coordinate x2 of point 2 must be a number between -1,000,000 and 1,000,000; got 50000000.0'
    ),
    'dataset_target': (
        'the target of point 2 must be a number between -1,000,000 and 1,000,000; got -3000000.0'
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
    "untrainable_all_test": lambda: _refusal(lambda: check_trainable(
        Dataset(np.zeros((2, 2)), np.array([0, 1]), "classification", np.array([True, True])))).message,
    "untrainable_one_class": lambda: _refusal(lambda: check_trainable(
        Dataset(np.zeros((2, 2)), np.array([0, 0]), "classification", np.array([False, True])))).message,
    "compat_targets": lambda: why_not("linear", "unsupervised", 0),
    "compat_numbers": lambda: why_not("polynomial", "classification", 2),
    "compat_logistic_numbers": lambda: why_not("logistic", "regression", 0),
    "compat_logistic_classes": lambda: why_not("logistic", "classification", 3),
    "compat_softmax": lambda: why_not("softmax", "regression", 0),
    "loss_not_allowed": lambda: _refusal(lambda: _require_loss(
        Hyperparameters(model="linear", loss="binary_cross_entropy"), ("auto", "mse"), "Linear regression")).message,
    "loss_softmax_numbers": lambda: _refusal(lambda: _mlp_head(
        Hyperparameters(model="mlp", output_activation="softmax"), "regression", 0)).message,
    "loss_ce_numbers": lambda: _refusal(lambda: _mlp_head(
        Hyperparameters(model="mlp", loss="binary_cross_entropy"), "regression", 0)).message,
    "loss_bce_output": lambda: _refusal(lambda: _mlp_head(
        Hyperparameters(model="mlp", output_activation="tanh", loss="binary_cross_entropy"), "classification",
        2)).message,
    "loss_cce_output": lambda: _refusal(lambda: _mlp_head(
        Hyperparameters(model="mlp", output_activation="tanh", loss="categorical_cross_entropy"), "classification",
        2)).message,
    "feature_needs_x2": lambda: _refusal(lambda: feature_map(Hyperparameters(features=("x1", "x2")), 1)).message,
    "feature_none": lambda: _refusal(lambda: feature_map(Hyperparameters(features=()), 2)).message,
    "pca_components": lambda: _refusal(lambda: PCAModel(
        feature_map(Hyperparameters(model="pca"), 2), 3, Head("unsupervised", "linear", "reconstruction", 0))).message,
    "dataset_coord": lambda: _refusal(
        lambda: Dataset(np.array([[0.0, 1.0], [2.0, 5e7]]), np.array([0, 1]), "classification")).message,
    "dataset_target": lambda: _refusal(
        lambda: Dataset(np.array([[0.0], [2.0]]), np.array([1.0, -3e6]), "regression")).message,
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


# the io's messages (CSV import, session files), captured from the code before they became translatable
EXPECTED_IO = {
    'csv_empty': 'the file is empty',
    'csv_header_only': 'the file has a header but no data rows',
    'csv_ragged_header': 'line 3: 2 values, but the header has 3 columns (x1, x2, label)',
    'csv_ragged_first': 'line 2: 2 values, but the first row has 3 columns',
    'csv_not_number': "line 2, column x2: 'abc' is not a number",
    'csv_missing': 'line 2, column x2: the value is missing',
    'csv_nan': "line 2, column x2: 'nan' is not a finite number (NaN and infinity are not allowed)",
    'csv_big': "line 2, column x2: the value '5e7' must be a number between -1,000,000 and 1,000,000; got 50000000.0",
    'csv_label_missing': 'line 2, column label: the class label is missing',
    'csv_not_class': "line 2, column label: '9' is not a class: use whole numbers 0 to 5 or class names",
    'csv_7th': "line 8, column label: 'c6' is a 7th class; GradientDesk shows at most 6 classes",
    'csv_long_name': 'line 2, column label: a class name may have at most 40 characters',
    'csv_split': "line 3, column split: 'maybe' must be train or test",
    'csv_no_column': 'no column for x2: classification data needs the columns x1, x2, label',
    'csv_task': "unknown task 'bogus'",
    'csv_unreadable': 'cannot read x.csv: No such file or directory',
    'warn_split': 'No split column: 1 of 2 points were put in the test split at random (50%).',
    'warn_outside_one': (
        '1 point lies outside the canvas square [-6, 6]: imported as they are, not rescaled. Consider '
        'scaling the data.'
    ),
    'warn_unused_many': 'Not used: columns extra, more.',
    'warn_latin1': 'The file is not UTF-8 text; it was read as Latin-1.',
    'warn_outside_many': (
        '2 points lie outside the canvas square [-6, 6]: imported as they are, not rescaled. Consider '
        'scaling the data.'
    ),
    'warn_unused_one': 'Not used: column extra.',
    'codec_mapping': 'data must be an object {...}; found a list',
    'codec_keys_missing': "data: the field 'X' is missing",
    'codec_keys_missing_top': "the field 'X' is missing",
    'codec_keys_unknown': "data: unknown field 'Z'",
    'codec_keys_unknown_top': "unknown field 'Z'",
    'codec_str_type': 'title must be text; found a number',
    'codec_str_long': 'title is too long (12 characters; at most 10)',
    'codec_str_empty': 'title must not be empty',
    'codec_int_type': 'counters.step must be a whole number; found null',
    'codec_int_range': 'counters.step must be between 0 and 10; found 11',
    'codec_float_type': 'settings.test_fraction must be a number; found true/false',
    'codec_float_inf': 'settings.test_fraction must be a finite number',
    'codec_float_range': 'settings.test_fraction must be at least 0 and at most 1; found 2',
    'codec_float_range_below': 'settings.test_fraction must be at least 0 and below 1; found 1',
    'codec_float_type_dict': 'x must be a number; found an object',
    'codec_array_type': 'data.X must be an array (a list of numbers or {"npy": ...}); found text',
    'codec_array_shape': 'data.X has shape (1, 3), expected (n, 2) (axis 1 should be 2)',
    'codec_array_shape1': 'data.y has shape (1,), expected (3,) (axis 0 should be 3)',
    'codec_array_nan': 'data.X[0, 1] is NaN or infinity; only finite numbers are allowed',
    'codec_array_inf': 'h[0] is infinity; only finite numbers are allowed',
    'codec_array_big': 'data.X[0, 1] must be a number between -1,000,000 and 1,000,000; got 50000000.0',
    'codec_array_big_run': (
        'loss_history.train[1] must be a number between -1,000,000,000,000 and 1,000,000,000,000; got 5e+13'
    ),
    'codec_npy_type': 'data.X.npy must be base64 text; found an object',
    'codec_npy_b64': 'data.X.npy is not valid base64 text',
    'codec_npy_bad': (
        "data.X.npy is not a readable .npy array (the magic string is not correct; expected b'\\x93NUMPY', "
        "got b'hello ')"
    ),
    'codec_npy_kind': 'data.X must hold float values; the file declares int32',
    'codec_npy_ndim': 'data.X must have 2 dimension(s); the file declares shape (2,)',
    'codec_npy_trunc': 'data.y.npy is truncated or padded: 13 data bytes for shape (2,) of float64',
    'codec_list_row': 'data.X[1] must be a list of numbers; found a number',
    'codec_list_ragged': 'data.X[1] has 1 value(s), but row 0 has 2',
    'codec_list_item': "data.X[0][1] must be a number; found text 'a'",
    'codec_list_item_list': 'data.y[1] must be a whole number; found a list',
    'codec_list_item_bool': 'data.is_test[0] must be true or false; found a number 1',
    'codec_list_item_null': 'data.y[0] must be a number; found null',
    'codec_list_item_long': "data.y[0] must be a number; found text 'xxxxxxxxxxxxxxxxxxxxxxxxxx...",
    'file_empty': 'the file is empty',
    'file_pickle': 'this is a Python pickle, which GradientDesk never opens because loading one can run any code',
    'file_zip': 'this is a zip archive (perhaps a NumPy .npz export), not a session',
    'file_npy': 'this is a NumPy .npy array, not a session',
    'file_png': 'this is a PNG picture, not a session',
    'file_not_text': 'this is not a text file (byte 7 is not UTF-8)',
    'file_ends_early': 'the file ends too early (line 1, column 7): it was cut off or is not complete',
    'file_not_json': 'the file is not valid JSON at line 1, column 7: Expecting value',
    'file_deep': 'the file nests its data too deeply to be a session',
    'file_long_number': 'the file holds a number far too long to be read',
    'file_nan': 'the file contains NaN, which is not a JSON number; only finite numbers are allowed',
    'file_twice': "the field 'a' appears twice in the same object",
    'file_format': 'this is not a GradientDesk session file (it has no field \'format\': "gradientdesk-session")',
    'file_format2': (
        'this is not a GradientDesk session file (the field \'format\' should be "gradientdesk-session"; '
        "found 'x')"
    ),
    'file_cannot_read': 'cannot read nothing.gdesk: No such file or directory',
    'schema_task': "data.task must be one of classification, regression, unsupervised; found 'cats'",
    'schema_y_missing': "data: the field 'y' (labels or targets, one per point) is missing",
    'schema_y_class': 'data.y[1] is class 7, but there are 2 classes (0 to 1)',
    'schema_names_type': 'data.class_names must be a list of names; found text',
    'schema_names_empty': 'data.class_names must be empty for regression data',
    'schema_names_count': 'data.class_names must list between 2 and 6 classes; found 1',
    'schema_names_twice': 'data.class_names lists a name twice',
    'schema_preset': (
        'settings.preset must be one of gaussians, circle, xor, spiral, moons, blobs, line, sine, '
        "polynomial, step, plane, cloud; found 'cats'"
    ),
    'schema_history_no_params': "loss_history needs the learned parameters it led to, but 'parameters' is null",
    'schema_optimizer_no_params': (
        "optimizer: the optimizer's state needs the learned parameters it goes with, but 'parameters' is "
        'null'
    ),
    'schema_counters_no_params': (
        "counters: the step and epoch counters need the learned parameters they go with, but 'parameters' "
        'is null'
    ),
    'schema_version': "the field 'version' must be a whole number from 1 up; found 0",
    'schema_newer': (
        'this file was made by a newer GradientDesk (format version 99; this one reads version 2). Update '
        'GradientDesk to open it.'
    ),
    'schema_not_object': 'the file must be an object {...}; found a list',
}


def _error(act) -> ValueError:
    with pytest.raises(ValueError) as caught:
        act()
    return caught.value


def _csv(text: bytes, task: str = "classification"):
    return csv_io.interpret(csv_io.parse_table(text), task)


def _npy(array: np.ndarray) -> dict[str, str]:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return {"npy": base64.b64encode(buffer.getvalue()).decode()}


_BASE_DOC = {"format": "gradientdesk-session", "version": 1, "hyperparameters": {},
             "data": {"task": "classification", "input_dim": 2, "X": [[0.0, 1.0], [1.0, 0.0]], "y": [0, 1],
                      "class_names": ["A", "B"]}}


def _doc(**changes) -> dict:
    """A small session document with `changes`: data_<field> changes a field of "data" (None removes it)."""
    doc = copy.deepcopy(_BASE_DOC)
    for key, value in changes.items():
        if key.startswith("data_") and value is None:
            doc["data"].pop(key[5:])
        elif key.startswith("data_"):
            doc["data"][key[5:]] = value
        else:
            doc[key] = value
    return doc


_TRUNCATED = base64.b64encode(base64.b64decode(_npy(np.array([1.0, 2.0]))["npy"])[:-3]).decode()
_RUN_RANGE = (1e12, "between -1,000,000,000,000 and 1,000,000,000,000")
_array = codec.decode_array
MADE_IO = {  # how each is made: the error, or the import whose warnings hold it
    "csv_empty": lambda: _error(lambda: csv_io.parse_table(b"")),
    "csv_header_only": lambda: _error(lambda: csv_io.parse_table(b"x1,x2,label\n")),
    "csv_ragged_header": lambda: _error(lambda: csv_io.parse_table(b"x1,x2,label\n1,2,0\n1,2\n")),
    "csv_ragged_first": lambda: _error(lambda: csv_io.parse_table(b"1,2,0\n1,2\n")),
    "csv_not_number": lambda: _error(lambda: _csv(b"x1,x2,label\n1,abc,0\n1,2,1\n")),
    "csv_missing": lambda: _error(lambda: _csv(b"x1,x2,label\n1,,0\n1,2,1\n")),
    "csv_nan": lambda: _error(lambda: _csv(b"x1,x2,label\n1,nan,0\n1,2,1\n")),
    "csv_big": lambda: _error(lambda: _csv(b"x1,x2,label\n1,5e7,0\n1,2,1\n")),
    "csv_label_missing": lambda: _error(lambda: _csv(b"x1,x2,label\n1,2,\n1,2,1\n")),
    "csv_not_class": lambda: _error(lambda: _csv(b"x1,x2,label\n1,2,9\n1,2,1\n")),
    "csv_7th": lambda: _error(lambda: _csv(b"x1,x2,label\n" + b"".join(b"1,2,c%d\n" % i for i in range(7)))),
    "csv_long_name": lambda: _error(lambda: _csv(b"x1,x2,label\n1,2," + b"a" * 41 + b"\n1,2,b\n")),
    "csv_split": lambda: _error(lambda: _csv(b"x1,x2,label,split\n1,2,0,train\n1,2,1,maybe\n")),
    "csv_no_column": lambda: _error(lambda: _csv(b"x1\n1\n2\n")),
    "csv_task": lambda: _error(lambda: _csv(b"x1,x2\n1,2\n", "bogus")),
    "csv_unreadable": lambda: _error(lambda: csv_io.read_table(Path("/nonexistent/x.csv"))),
    "warn_split": lambda: _csv(b"x1,x2,label,extra,more\n1,20,0,a,b\n1,2,1,c,d\n").warnings[0],
    "warn_outside_one": lambda: _csv(b"x1,x2,label,extra,more\n1,20,0,a,b\n1,2,1,c,d\n").warnings[1],
    "warn_unused_many": lambda: _csv(b"x1,x2,label,extra,more\n1,20,0,a,b\n1,2,1,c,d\n").warnings[2],
    "warn_latin1": lambda: _csv(b"\xe9x1,x2,label\n1,20,0\n1,2,1\n7,8,1\n").warnings[0],
    "warn_outside_many": lambda: _csv(b"\xe9x1,x2,label\n1,20,0\n1,2,1\n7,8,1\n").warnings[2],
    "warn_unused_one": lambda: _csv(b"x1,x2,label,extra\n1,2,0,1\n1,2,1,1\n").warnings[1],
    "codec_mapping": lambda: _error(lambda: codec.expect_mapping([1], "data")),
    "codec_keys_missing": lambda: _error(lambda: codec.expect_keys({}, "data", ("X",), ())),
    "codec_keys_missing_top": lambda: _error(lambda: codec.expect_keys({}, "", ("X",), ())),
    "codec_keys_unknown": lambda: _error(lambda: codec.expect_keys({"X": 1, "Z": 2}, "data", ("X",), ())),
    "codec_keys_unknown_top": lambda: _error(lambda: codec.expect_keys({"X": 1, "Z": 2}, "", ("X",), ())),
    "codec_str_type": lambda: _error(lambda: codec.expect_str(3, "title", 10)),
    "codec_str_long": lambda: _error(lambda: codec.expect_str("abcdefghijkl", "title", 10)),
    "codec_str_empty": lambda: _error(lambda: codec.expect_str("  ", "title", 10, allow_empty=False)),
    "codec_int_type": lambda: _error(lambda: codec.expect_int(None, "counters.step", 0, 10)),
    "codec_int_range": lambda: _error(lambda: codec.expect_int(11, "counters.step", 0, 10)),
    "codec_float_type": lambda: _error(lambda: codec.expect_float(True, "settings.test_fraction", 0, 1)),
    "codec_float_inf": lambda: _error(lambda: codec.expect_float(float("inf"), "settings.test_fraction", 0, 1)),
    "codec_float_range": lambda: _error(lambda: codec.expect_float(2.0, "settings.test_fraction", 0, 1)),
    "codec_float_range_below": lambda: _error(
        lambda: codec.expect_float(1.0, "settings.test_fraction", 0, 1, high_inclusive=False)),
    "codec_float_type_dict": lambda: _error(lambda: codec.expect_float({}, "x", 0, 1)),
    "codec_array_type": lambda: _error(lambda: _array("abc", "data.X", "float", (None, 2))),
    "codec_array_shape": lambda: _error(lambda: _array([[1.0, 2.0, 3.0]], "data.X", "float", (None, 2))),
    "codec_array_shape1": lambda: _error(lambda: _array([1.0], "data.y", "float", (3,))),
    "codec_array_nan": lambda: _error(lambda: _array(_npy(np.array([[1.0, np.nan]])), "data.X", "float", (None, 2))),
    "codec_array_inf": lambda: _error(lambda: _array(_npy(np.array([np.inf])), "h", "float", (None,), allow_nan=True)),
    "codec_array_big": lambda: _error(lambda: _array([[1.0, 5e7]], "data.X", "float", (None, 2))),
    "codec_array_big_run": lambda: _error(
        lambda: _array([1.0, 5e13], "loss_history.train", "float", (None,), limit=_RUN_RANGE)),
    "codec_npy_type": lambda: _error(lambda: _array({"npy": 3}, "data.X", "float", (None, 2))),
    "codec_npy_b64": lambda: _error(lambda: _array({"npy": "!!!"}, "data.X", "float", (None, 2))),
    "codec_npy_bad": lambda: _error(
        lambda: _array({"npy": base64.b64encode(b"hello world").decode()}, "data.X", "float", (None, 2))),
    "codec_npy_kind": lambda: _error(
        lambda: _array(_npy(np.array([[1, 2]], dtype=np.int32)), "data.X", "float", (None, 2))),
    "codec_npy_ndim": lambda: _error(lambda: _array(_npy(np.array([1.0, 2.0])), "data.X", "float", (None, 2))),
    "codec_npy_trunc": lambda: _error(lambda: _array({"npy": _TRUNCATED}, "data.y", "float", (None,))),
    "codec_list_row": lambda: _error(lambda: _array([[1.0, 2.0], 3], "data.X", "float", (None, 2))),
    "codec_list_ragged": lambda: _error(lambda: _array([[1.0, 2.0], [3.0]], "data.X", "float", (None, 2))),
    "codec_list_item": lambda: _error(lambda: _array([[1.0, "a"]], "data.X", "float", (None, 2))),
    "codec_list_item_list": lambda: _error(lambda: _array([1, [2]], "data.y", "int", (None,))),
    "codec_list_item_bool": lambda: _error(lambda: _array([1, 2], "data.is_test", "bool", (None,))),
    "codec_list_item_null": lambda: _error(lambda: _array([None], "data.y", "float", (None,))),
    "codec_list_item_long": lambda: _error(lambda: _array(["x" * 40], "data.y", "float", (None,))),
    "file_empty": lambda: _error(lambda: decode_session(b"  ")),
    "file_pickle": lambda: _error(lambda: decode_session(b"\x80abc")),
    "file_zip": lambda: _error(lambda: decode_session(b"PK\x03\x04abc")),
    "file_npy": lambda: _error(lambda: decode_session(b"\x93NUMPYabc")),
    "file_png": lambda: _error(lambda: decode_session(b"\x89PNGabc")),
    "file_not_text": lambda: _error(lambda: decode_session(b'{"a": "\xff"}')),
    "file_ends_early": lambda: _error(lambda: decode_session(b'{"a": ')),
    "file_not_json": lambda: _error(lambda: decode_session(b'{"a": x}')),
    "file_deep": lambda: _error(lambda: decode_session(b"[" * 100000 + b"]" * 100000)),
    "file_long_number": lambda: _error(lambda: decode_session(b'{"a": ' + b"1" * 5000 + b"}")),
    "file_nan": lambda: _error(lambda: decode_session(b'{"a": NaN}')),
    "file_twice": lambda: _error(lambda: decode_session(b'{"a": 1, "a": 2}')),
    "file_format": lambda: _error(lambda: decode_session(b'{"a": 1}')),
    "file_format2": lambda: _error(lambda: decode_session(b'{"format": "x", "version": 1}')),
    "file_cannot_read": lambda: _error(lambda: load_session(Path("/nonexistent") / "nothing.gdesk")),
    "schema_task": lambda: _error(lambda: from_document(_doc(data_task="cats"))),
    "schema_y_missing": lambda: _error(lambda: from_document(_doc(data_y=None))),
    "schema_y_class": lambda: _error(lambda: from_document(_doc(data_y=[0, 7]))),
    "schema_names_type": lambda: _error(lambda: from_document(_doc(data_class_names="ab"))),
    "schema_names_empty": lambda: _error(lambda: from_document(
        _doc(data_task="regression", data_y=[0.5, 1.0], data_class_names=["a", "b"]))),
    "schema_names_count": lambda: _error(lambda: from_document(_doc(data_class_names=["a"]))),
    "schema_names_twice": lambda: _error(lambda: from_document(_doc(data_class_names=["a", "a"]))),
    "schema_preset": lambda: _error(lambda: from_document(_doc(settings={"preset": "cats"}))),
    "schema_history_no_params": lambda: _error(lambda: from_document(_doc(loss_history={}))),
    "schema_optimizer_no_params": lambda: _error(lambda: from_document(_doc(version=2, optimizer={}))),
    "schema_counters_no_params": lambda: _error(lambda: from_document(_doc(version=2, counters={}))),
    "schema_version": lambda: _error(lambda: from_document(_doc(version=0))),
    "schema_newer": lambda: _error(lambda: from_document(_doc(version=99))),
    "schema_not_object": lambda: _error(lambda: from_document([1, 2])),
}


def _marked_io_templates() -> set[tuple[str, str]]:
    """Every QT_TRANSLATE_NOOP(context, template) in the engine's and the io's sources."""
    marked = set()
    for path in [*ENGINE.glob("*.py"), *IO.glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, template = (ast.literal_eval(arg) for arg in node.args)
                marked.add((context, template))
    return marked


def test_every_io_message_is_covered():
    assert set(MADE_IO) == set(EXPECTED_IO)


@pytest.mark.parametrize("kind", sorted(EXPECTED_IO))
def test_the_io_english_is_unchanged_and_the_message_translatable(kind):
    made = MADE_IO[kind]()
    if isinstance(made, BaseException):
        assert isinstance(made, ValueError)
        message = made.message if isinstance(made, MessageError | SessionError) else None
    else:
        message = made  # a warning of the CSV import
    assert isinstance(message, Message), (kind, made)
    assert str(made) == str(message) == EXPECTED_IO[kind]  # byte for byte what the io wrote before
    assert english(message.template, message.args) == EXPECTED_IO[kind]
    marked = _marked_io_templates()
    for context, template in _templates_in(message):
        assert (context, template) in marked, (context, template)


def test_a_csv_error_keeps_its_place_and_a_session_error_is_still_a_value_error():
    error = MADE_IO["csv_not_number"]()
    assert isinstance(error, csv_io.CsvError) and isinstance(error, ValueError)
    assert (error.line, error.column) == (2, "x2")
    assert error.message.template == "line %1, column %2: %3" and error.message.args[:2] == ("2", "x2")
    assert error.message.args[2].template == "%1 is not a number"
    session_error = MADE_IO["file_png"]()
    assert isinstance(session_error, SessionError) and isinstance(session_error, ValueError)
    again = pickle.loads(pickle.dumps(session_error))
    assert str(again) == str(session_error) and isinstance(again.args[0], Message)


def test_a_refused_coordinate_names_its_place_as_a_message():
    message = MADE["dataset_coord"]()
    where = message.args[0]
    assert isinstance(where, Message)
    assert (where.context, where.template) == ("Dataset", "the coordinate x%2 of point %1")
    assert where.args == ("2", "2")
    # the same where inside a CSV import and a session file
    assert MADE_IO["csv_big"]().message.args[2].args[0].template == "the value %1"
    assert isinstance(MADE_IO["codec_array_big"]().message, Message)


def test_the_io_readers_with_messages_stay_free_of_qt():
    for name in ("csv_io.py", "session.py", "session_codec.py", "session_schema.py"):
        assert "PySide6" not in (IO / name).read_text(encoding="utf-8"), name
