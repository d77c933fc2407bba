"""Preset datasets, Dataset immutability and editing, and the output grid."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from gradientdesk.engine import DOMAIN, Dataset, Hyperparameters, Trainer, datasets
from gradientdesk.engine.generators import PRESETS
from gradientdesk.engine.grid import grid_points

ONE_D = {"line", "sine", "polynomial", "step"}
EXPECTED_TASKS = {
    "gaussians": "classification",
    "circle": "classification",
    "xor": "classification",
    "spiral": "classification",
    "moons": "classification",
    "blobs": "classification",
    "line": "regression",
    "sine": "regression",
    "polynomial": "regression",
    "step": "regression",
    "plane": "regression",
    "cloud": "unsupervised",
}


def test_contract_presets_exist():
    assert set(PRESETS) == set(EXPECTED_TASKS)
    assert datasets.names("unsupervised") == ("cloud",)
    assert set(datasets.names("regression")) == {"line", "sine", "polynomial", "step", "plane"}


@pytest.mark.parametrize(("n", "test_fraction"), [(50, 0.3), (37, 0.25), (10, 0.0), (7, 0.5), (1, 0.0), (200, 0.9)])
@pytest.mark.parametrize("name", list(PRESETS))
def test_preset_makes_a_valid_dataset(name, n, test_fraction):
    ds = datasets.make(name, n=n, seed=3, test_fraction=test_fraction)
    assert isinstance(ds, Dataset)
    assert ds.name == name
    assert ds.task == EXPECTED_TASKS[name]
    assert ds.n == n
    assert ds.input_dim == (1 if name in ONE_D else 2)
    assert ds.X.shape == (n, ds.input_dim) and ds.X.dtype == np.float64
    assert np.all(np.isfinite(ds.X))
    assert ds.y.shape == (n,) and ds.is_test.shape == (n,) and ds.is_test.dtype == bool
    assert ds.n_test == round(n * test_fraction) == int(ds.is_test.sum())
    assert ds.n_train == n - ds.n_test
    np.testing.assert_array_equal(ds.train_index, np.flatnonzero(~ds.is_test))
    np.testing.assert_array_equal(ds.test_index, np.flatnonzero(ds.is_test))
    if ds.task == "classification":
        k = 3 if name == "blobs" else 2
        assert ds.n_classes == k
        assert ds.y.dtype == np.int64
        counts = np.bincount(ds.y, minlength=k)
        assert counts.size == k
        if name == "xor":  # classes follow the quadrants, not a fixed alternation
            assert n < 10 or counts.min() > 0
        else:
            assert counts.max() - counts.min() <= 1  # balanced classes
    elif ds.task == "regression":
        assert np.all(np.isfinite(ds.y))
    else:
        assert not ds.y.any()
    # a preset is meant to be trained on: it is trainable whenever the split leaves enough points
    if ds.n_train >= 6:
        hp = Hyperparameters(
            model={"classification": "mlp", "regression": "mlp", "unsupervised": "pca"}[ds.task],
            features=("x1",) if ds.input_dim == 1 else ("x1", "x2"),
        )
        Trainer(ds, hp).run_steps(2)


def test_presets_roughly_on_the_canvas():
    for name in PRESETS:
        ds = datasets.make(name, n=300, seed=1)
        assert np.abs(ds.X).max() < 1.5 * DOMAIN, name


@pytest.mark.parametrize("name", list(PRESETS))
def test_preset_is_deterministic_for_a_seed(name):
    a = datasets.make(name, n=40, seed=7, test_fraction=0.3)
    b = datasets.make(name, n=40, seed=7, test_fraction=0.3)
    assert a.same_content(b)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y) and np.array_equal(a.is_test, b.is_test)
    c = datasets.make(name, n=40, seed=8, test_fraction=0.3)
    assert not np.array_equal(a.X, c.X)
    assert not np.array_equal(a.is_test, c.is_test)
    assert not a.same_content(c)


def test_noise_changes_the_points():
    quiet = datasets.make("circle", n=50, seed=1, noise=0.0)
    loud = datasets.make("circle", n=50, seed=1, noise=1.0)
    assert not np.array_equal(quiet.X, loud.X)
    r = np.linalg.norm(quiet.X, axis=1)
    assert np.all(r[quiet.y == 1] <= 2.5) and np.all((r[quiet.y == 0] >= 3.5) & (r[quiet.y == 0] <= 5.0))


# ---- immutability and editing ----------------------------------------------------------------------------------
def test_dataset_arrays_are_read_only():
    ds = datasets.make("moons", n=20, seed=1, test_fraction=0.2)
    for arr in (ds.X, ds.y, ds.is_test, ds.train_index, ds.test_index):
        assert not arr.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        ds.X[0, 0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        ds.y[0] = 1
    with pytest.raises(ValueError, match="read-only"):
        ds.is_test[0] = True
    with pytest.raises(dataclasses.FrozenInstanceError):
        ds.task = "regression"  # type: ignore[misc]


def test_dataset_copies_its_inputs():
    X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]])
    y = np.array([0, 1, 1])
    is_test = np.array([False, False, True])
    ds = Dataset(X, y, "classification", is_test)
    X[0, 0], y[0], is_test[0] = 9.0, 1, True
    assert ds.X[0, 0] == 0.0 and ds.y[0] == 0 and not ds.is_test[0]
    assert ds.class_names == ("A", "B")
    one_d = Dataset(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0]), "regression")
    assert one_d.X.shape == (3, 1)


def test_with_points_returns_a_new_dataset():
    ds = datasets.make("blobs", n=12, seed=1, test_fraction=0.25)
    X_before, y_before = ds.X.copy(), ds.y.copy()
    more = ds.with_points(np.array([[1.0, 2.0], [3.0, -1.0]]), [2, 0], [False, True])
    assert more is not ds
    assert more.n == 14 and ds.n == 12
    np.testing.assert_array_equal(ds.X, X_before)
    np.testing.assert_array_equal(ds.y, y_before)
    np.testing.assert_array_equal(more.X[:12], ds.X)
    np.testing.assert_array_equal(more.X[12:], [[1.0, 2.0], [3.0, -1.0]])
    np.testing.assert_array_equal(more.y[12:], [2, 0])
    assert more.y.dtype == np.int64
    np.testing.assert_array_equal(more.is_test[12:], [False, True])
    assert more.n_test == ds.n_test + 1
    assert more.class_names == ds.class_names and more.task == ds.task
    assert not more.X.flags.writeable
    # default: new points are training points
    assert not ds.with_points([[0.0, 0.0]], [1]).is_test[-1]


def test_with_points_validates():
    ds = datasets.make("circle", n=10, seed=1)
    with pytest.raises(ValueError, match="not a finite number"):
        ds.with_points([[np.nan, 0.0]], [1])
    with pytest.raises(ValueError, match="0 or larger"):
        ds.with_points([[0.0, 0.0]], [-1])


def test_without_points_returns_a_new_dataset():
    ds = datasets.make("sine", n=10, seed=1, test_fraction=0.3)
    fewer = ds.without_points([0, 4, 9])
    assert fewer is not ds
    assert ds.n == 10 and fewer.n == 7
    keep = [1, 2, 3, 5, 6, 7, 8]
    np.testing.assert_array_equal(fewer.X, ds.X[keep])
    np.testing.assert_array_equal(fewer.y, ds.y[keep])
    np.testing.assert_array_equal(fewer.is_test, ds.is_test[keep])
    assert ds.without_points([]).same_content(ds)


def test_with_split_and_class_names():
    ds = datasets.make("xor", n=8, seed=1)
    split = ds.with_split(np.array([True, False] * 4))
    assert split.n_test == 4 and ds.n_test == 0
    named = ds.with_class_names(("red", "blue"))
    assert named.class_names == ("red", "blue") and ds.class_names == ("A", "B")
    assert named.X is not ds.X or not named.X.flags.writeable


# ---- output grid -------------------------------------------------------------------------------------------------
GRID_CASES = [
    ("circle", {"model": "mlp", "hidden_layers": (5, 3)}, 1),
    ("blobs", {"model": "mlp", "hidden_layers": (4,)}, 3),
    ("blobs", {"model": "softmax"}, 3),
    ("moons", {"model": "logistic", "features": ("x1", "x2", "x1*x2")}, 1),
    ("plane", {"model": "polynomial", "degree": 4}, 1),
    ("cloud", {"model": "pca", "n_components": 1}, 2),
]


@pytest.mark.parametrize(("preset", "extra", "n_outputs"), GRID_CASES)
def test_output_grid_equals_model_output(preset, extra, n_outputs):
    ds = datasets.make(preset, n=30, seed=2)
    trainer = Trainer(ds, Hyperparameters(seed=3, **extra))
    trainer.run_steps(4)
    bounds = (-6.0, 6.0, -5.0, 4.0)
    grid = trainer.output_grid(bounds, 100)
    assert grid.shape == (100, 100, n_outputs)
    xs, ys = np.linspace(-6.0, 6.0, 100), np.linspace(-5.0, 4.0, 100)
    points = np.array([[x, y] for y in ys for x in xs])  # row i at y_i, column j at x_j
    expected = trainer.model.output(points).reshape(100, 100, n_outputs)
    np.testing.assert_allclose(grid, expected, rtol=1e-12, atol=1e-12)
    for i, j in [(0, 0), (0, 99), (99, 0), (37, 61)]:
        single = trainer.model.output(np.array([[xs[j], ys[i]]]))[0]
        np.testing.assert_allclose(grid[i, j], single, rtol=1e-10, atol=1e-12)
    # same grid through a snapshot, as a frozen copy
    snap = trainer.snapshot(grid=(*bounds, 100))
    assert snap.grid_spec == (*bounds, 100)
    np.testing.assert_array_equal(snap.output_grid, grid)
    assert not snap.output_grid.flags.writeable
    # asking again (cached points) and after training (new parameters)
    np.testing.assert_array_equal(trainer.output_grid(bounds, 100), grid)
    trainer.run_steps(3)
    np.testing.assert_allclose(
        trainer.output_grid(bounds, 100),
        trainer.model.output(points).reshape(100, 100, n_outputs),
        rtol=1e-12,
        atol=1e-12,
    )


def test_output_grid_for_one_d_data():
    ds = datasets.make("sine", n=20, seed=1)
    trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(4,), features=("x1", "sin x1")))
    grid = trainer.output_grid((-6.0, 6.0, -3.0, 3.0), 100)
    assert grid.shape == (1, 100, 1)
    xs = np.linspace(-6.0, 6.0, 100).reshape(-1, 1)
    np.testing.assert_allclose(grid[0], trainer.model.output(xs), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(grid[0, :, 0], trainer.model.predict(xs), rtol=1e-12, atol=1e-12)


def test_grid_points_layout():
    pts = grid_points((0.0, 1.0, 10.0, 12.0, 3), 2)
    np.testing.assert_array_equal(
        pts, [[0, 10], [0.5, 10], [1, 10], [0, 11], [0.5, 11], [1, 11], [0, 12], [0.5, 12], [1, 12]]
    )
    np.testing.assert_array_equal(grid_points((0.0, 1.0, 10.0, 12.0, 3), 1), [[0.0], [0.5], [1.0]])
