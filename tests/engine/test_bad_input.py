"""Bad data and bad settings give a clear ValueError, never another exception."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets
from gradientdesk.engine.dataset import TASKS
from gradientdesk.engine.hyperparameters import (
    ACTIVATIONS,
    ALL_MODELS,
    FEATURES,
    INITIALIZATIONS,
    LOSSES,
    OPTIMIZERS,
    OUTPUT_ACTIVATIONS,
    REGULARIZATIONS,
    SCHEDULES,
)

HYPOTHESIS = settings(
    max_examples=300, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)

TWO_D = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [-1.0, 3.0]])


def _blob_dataset() -> Dataset:
    return datasets.make("circle", n=20, seed=1)


# ---- datasets --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("X", [np.empty((0, 2)), np.empty((0, 1)), np.empty(0), []])
def test_empty_dataset(X):
    with pytest.raises(ValueError, match="empty"):
        Dataset(X, np.empty(0), "classification")


def test_nan_coordinates():
    X = TWO_D.copy()
    X[2, 1] = np.nan
    with pytest.raises(ValueError, match=r"point 3 .*not a finite number"):
        Dataset(X, np.array([0, 1, 0, 1]), "classification")
    X[2, 1] = np.inf
    with pytest.raises(ValueError, match="not a finite number"):
        Dataset(X, np.array([0.5, 1, 0, 1]), "regression")


def test_non_numeric_coordinates():
    with pytest.raises(ValueError, match="must be numbers"):
        Dataset(np.array([["a", "b"]]), np.array([0]), "classification")


@pytest.mark.parametrize("shape", [(4, 3), (2, 2, 1)])
def test_wrong_coordinate_shape(shape):
    with pytest.raises(ValueError, match=r"\(n, 1\) or \(n, 2\)"):
        Dataset(np.zeros(shape), np.zeros(shape[0]), "regression")


def test_training_split_with_one_class_only():
    ds = Dataset(TWO_D, np.array([0, 0, 0, 1]), "classification", np.array([False, False, False, True]))
    with pytest.raises(ValueError, match="only one class"):
        Trainer(ds, Hyperparameters(model="logistic"))
    all_zero = Dataset(TWO_D, np.array([0, 0, 0, 0]), "classification")
    with pytest.raises(ValueError, match="only one class"):
        Trainer(all_zero, Hyperparameters())


def test_every_point_in_the_test_split():
    ds = Dataset(TWO_D, np.array([0, 1, 0, 1]), "classification", np.ones(4, bool))
    with pytest.raises(ValueError, match="test split"):
        Trainer(ds, Hyperparameters())


def test_negative_labels():
    with pytest.raises(ValueError, match="0 or larger"):
        Dataset(TWO_D, np.array([0, 1, -1, 1]), "classification")


@pytest.mark.parametrize("y", [np.array([0, 1, 0.5, 1]), np.array([0, 1, np.nan, 1]), np.array(["a", "b", "a", "b"])])
def test_labels_that_are_not_whole_numbers(y):
    with pytest.raises(ValueError, match="whole numbers"):
        Dataset(TWO_D, y, "classification")


def test_too_many_classes():
    with pytest.raises(ValueError, match="between 2 and 6"):
        Dataset(np.zeros((8, 2)), np.arange(8) % 7, "classification", class_names=tuple("ABCDEFG"))
    with pytest.raises(ValueError, match="label 7 has no class name"):
        Dataset(np.zeros((8, 2)), np.arange(8), "classification")


def test_targets_with_nan():
    with pytest.raises(ValueError, match=r"target of point 2 is not a finite number"):
        Dataset(TWO_D, np.array([0.5, np.nan, 1.0, 2.0]), "regression")


def test_wrong_number_of_targets():
    with pytest.raises(ValueError, match="one label or target per point"):
        Dataset(TWO_D, np.array([0.5, 1.0]), "regression")


def test_bad_test_mask():
    with pytest.raises(ValueError, match="test mask"):
        Dataset(TWO_D, np.array([0.5, 1.0, 2.0, 3.0]), "regression", np.array([0, 1, 0, 1]))


def test_unknown_task():
    with pytest.raises(ValueError, match="task must be one of"):
        Dataset(TWO_D, np.zeros(4), "clustering")


def test_one_d_data_with_an_x2_feature():
    ds = datasets.make("line", n=10, seed=1)
    for feature in ("x2", "x2^2", "x1*x2", "sin x2"):
        with pytest.raises(ValueError, match=r"needs a second coordinate x2"):
            Trainer(ds, Hyperparameters(model="linear", features=("x1", feature)))


def test_without_points_leaving_none():
    ds = datasets.make("line", n=3, seed=1)
    with pytest.raises(ValueError, match="empty"):
        ds.without_points([0, 1, 2])


# ---- presets -------------------------------------------------------------------------------------------------------
def test_unknown_preset():
    with pytest.raises(ValueError, match="unknown dataset 'galaxy'"):
        datasets.make("galaxy")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n": 0}, "number of points"),
        ({"n": 100_001}, "number of points"),
        ({"n": 2.5}, "number of points"),
        ({"n": True}, "number of points"),
        ({"test_fraction": 1.0}, "test fraction"),
        ({"test_fraction": -0.1}, "test fraction"),
        ({"noise": -1.0}, "noise"),
        ({"noise": float("nan")}, "noise"),
        ({"noise": 11.0}, "noise"),
    ],
)
def test_bad_preset_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        datasets.make("circle", **kwargs)


# ---- hyperparameters ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [0, -3])
def test_batch_size_zero(batch_size):
    with pytest.raises(ValueError, match=r"batch_size.*between 1"):
        Hyperparameters(batch_size=batch_size).validate()
    with pytest.raises(ValueError, match="batch_size"):
        Hyperparameters().replace(batch_size=batch_size)
    with pytest.raises(ValueError, match="batch_size"):
        Trainer(_blob_dataset(), Hyperparameters(batch_size=batch_size))


def test_unknown_model_name():
    with pytest.raises(ValueError, match=r"model.*must be one of.*got 'svm'"):
        Hyperparameters(model="svm").validate()
    with pytest.raises(ValueError, match="model"):
        Trainer(_blob_dataset(), Hyperparameters(model="svm"))


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"activation": "swish"}, "activation"),
        ({"optimizer": "lbfgs"}, "optimizer"),
        ({"hidden_layers": (0,)}, "hidden_layers"),
        ({"hidden_layers": (65,)}, "hidden_layers"),
        ({"hidden_layers": (2,) * 9}, "hidden_layers"),
        ({"hidden_layers": [4, 2]}, "hidden_layers"),
        ({"hidden_layers": (4.0,)}, "hidden_layers"),
        ({"features": ("x3",)}, "features"),
        ({"features": ("x1", "x1")}, "features"),
        ({"features": ()}, "features"),
        ({"features": ["x1"]}, "features"),
        ({"learning_rate": float("nan")}, "learning_rate"),
        ({"learning_rate": float("inf")}, "learning_rate"),
        ({"learning_rate": 0.0}, "learning_rate"),
        ({"learning_rate": "0.1"}, "learning_rate"),
        ({"momentum": 1.0}, "momentum"),
        ({"degree": 16}, "degree"),
        ({"degree": 3.0}, "degree"),
        ({"degree": True}, "degree"),
        ({"n_components": 3}, "n_components"),
        ({"seed": -1}, "seed"),
        ({"regularization_rate": -0.1}, "regularization_rate"),
        ({"init_scale": 11.0}, "init_scale"),
    ],
)
def test_invalid_fields_name_the_field(changes, match):
    with pytest.raises(ValueError, match=match):
        dataclasses.replace(Hyperparameters(), **changes).validate()


def test_regularization_rate_may_be_zero():
    Hyperparameters(regularization="l2", regularization_rate=0.0).validate()


@pytest.mark.parametrize(
    "field", ["learning_rate", "momentum", "target_loss", "batch_size", "seed", "degree", "max_epochs"]
)
@pytest.mark.parametrize("value", [10**400, -(10**400)], ids=["huge", "minus-huge"])
def test_huge_integers_are_a_value_error(field, value):
    """Python ints beyond the float range must be refused like any other out-of-range value."""
    with pytest.raises(ValueError, match=field):
        dataclasses.replace(Hyperparameters(), **{field: value}).validate()


def test_from_dict_round_trip():
    hp = Hyperparameters(model="mlp", hidden_layers=(3, 5), features=("x1", "sin x2"), learning_rate=0.5)
    assert Hyperparameters.from_dict(hp.to_dict()) == hp
    assert Hyperparameters.from_dict({"batch_size": 12.0}).batch_size == 12
    assert Hyperparameters.from_dict({"learning_rate": 1}).learning_rate == 1.0


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"learning_rat": 0.1}, "unknown hyperparameter.*learning_rat"),
        ({"colour": "red", "size": 3}, "unknown hyperparameter.*colour.*size"),
        ({"learning_rate": "fast"}, r"learning_rate.*must be a number"),
        ({"learning_rate": True}, r"learning_rate.*must be a number"),
        ({"batch_size": 2.5}, r"batch_size.*whole number"),
        ({"batch_size": "10"}, r"batch_size.*whole number"),
        ({"model": 3}, r"model.*must be text"),
        ({"hidden_layers": 4}, r"hidden_layers.*must be a list"),
        ({"features": "x1"}, r"features.*must be a list"),
        ({"hidden_layers": [4, "2"]}, "hidden_layers"),
        ({"batch_size": 0}, "batch_size"),
        ({"learning_rate": 10**400}, "learning_rate"),
    ],
)
def test_from_dict_refuses_bad_input(data, match):
    with pytest.raises(ValueError, match=match):
        Hyperparameters.from_dict(data)


def test_from_dict_needs_a_mapping():
    with pytest.raises(ValueError, match="mapping"):
        Hyperparameters.from_dict([("model", "mlp")])  # type: ignore[arg-type]


# ---- property tests --------------------------------------------------------------------------------------------------
_ALL_CHOICES = (
    *ALL_MODELS,
    *ACTIVATIONS,
    *OUTPUT_ACTIVATIONS,
    *LOSSES,
    *OPTIMIZERS,
    *SCHEDULES,
    *REGULARIZATIONS,
    *INITIALIZATIONS,
    *FEATURES,
    "",
    "banana",
)
_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-2.0, max_value=200.0),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=-3, max_value=130),
    st.sampled_from([10**400, -(10**400), 2**1024, 0, 1, -1, 1e-320, -0.0, 1e308]),
)
_WILD = st.one_of(
    _NUMBERS,
    st.booleans(),
    st.none(),
    st.text(max_size=8),
    st.sampled_from(_ALL_CHOICES),
    st.tuples(),
    st.lists(st.integers(min_value=-2, max_value=70), max_size=10).map(tuple),
    st.lists(st.sampled_from(_ALL_CHOICES), max_size=4).map(tuple),
    st.lists(_NUMBERS, max_size=3),
    st.lists(st.sampled_from(FEATURES), max_size=3),
)
_FIELD_CHANGES = st.dictionaries(st.sampled_from(Hyperparameters.field_names()), _WILD, max_size=5)


@HYPOTHESIS
@given(_FIELD_CHANGES)
def test_validate_raises_only_value_error(changes):
    hp = Hyperparameters(**changes)
    try:
        hp.validate()
    except ValueError as error:
        assert str(error)
        return
    # what validates can be changed, described and rebuilt
    assert Hyperparameters.from_dict(hp.to_dict()) == hp


_JSON_VALUE = st.one_of(
    _NUMBERS,
    st.sampled_from([10**400, -(10**400), 1e308, float("inf"), float("nan")]),
    st.booleans(),
    st.none(),
    st.text(max_size=8),
    st.sampled_from(_ALL_CHOICES),
    st.lists(st.one_of(_NUMBERS, st.sampled_from(_ALL_CHOICES)), max_size=4),
)


@HYPOTHESIS
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(Hyperparameters.field_names()), st.text(max_size=6)), _JSON_VALUE, max_size=5
    )
)
def test_from_dict_raises_only_value_error(data):
    try:
        hp = Hyperparameters.from_dict(data)
    except ValueError as error:
        assert str(error)
        return
    hp.validate()


_COORDS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.floats(min_value=-10, max_value=10),
)
_SHAPES = st.one_of(
    st.tuples(st.integers(0, 6), st.integers(0, 3)),
    st.tuples(st.integers(0, 6)),
    st.tuples(st.integers(0, 3), st.integers(1, 2), st.integers(1, 2)),
)


@st.composite
def _dataset_args(draw):
    X = draw(hnp.arrays(np.float64, _SHAPES, elements=_COORDS))
    n = X.shape[0] if X.ndim else 0
    n_y = draw(st.one_of(st.just(n), st.integers(0, 7)))
    y = draw(
        st.one_of(
            hnp.arrays(np.float64, n_y, elements=st.one_of(_COORDS, st.integers(-2, 7).map(float))),
            hnp.arrays(np.int64, n_y, elements=st.integers(-3, 8)),
            hnp.arrays(np.bool_, n_y),
        )
    )
    is_test = draw(st.one_of(st.none(), hnp.arrays(np.bool_, draw(st.one_of(st.just(n), st.integers(0, 7))))))
    task = draw(st.sampled_from((*TASKS, "ranking")))
    class_names = draw(st.one_of(st.just(()), st.lists(st.text(max_size=3), max_size=7).map(tuple)))
    return X, y, task, is_test, class_names


@HYPOTHESIS
@given(_dataset_args())
def test_dataset_construction_is_a_dataset_or_value_error(args):
    X, y, task, is_test, class_names = args
    try:
        ds = Dataset(X, y, task, is_test, class_names)
    except ValueError as error:
        assert str(error)
        return
    assert ds.X.ndim == 2 and ds.X.shape[1] in (1, 2) and ds.n >= 1
    assert np.all(np.isfinite(ds.X)) and np.all(np.isfinite(ds.y))
    assert ds.y.shape == (ds.n,) and ds.is_test.shape == (ds.n,)
    assert not ds.X.flags.writeable and not ds.y.flags.writeable and not ds.is_test.flags.writeable
    if ds.task == "classification":
        assert 2 <= ds.n_classes <= 6
        assert ds.y.min() >= 0 and ds.y.max() < ds.n_classes
    # a valid dataset is either trainable or refused with a ValueError
    hp = Hyperparameters(
        model="pca" if ds.task == "unsupervised" else "mlp", hidden_layers=(2,), features=("x1",), n_components=1
    )
    try:
        trainer = Trainer(ds, hp)
    except ValueError as error:
        assert str(error)
        return
    trainer.run_steps(2)
    trainer.snapshot()
