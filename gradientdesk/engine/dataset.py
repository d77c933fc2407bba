"""Dataset: an immutable set of points with labels or targets and a train/test split.

Coordinates live in the square DOMAIN x DOMAIN = [-6, 6]^2 that the canvas shows (points may lie outside it).
Editing returns a new Dataset; the arrays of a Dataset are read-only, so it can be shared between threads.
Coordinates and regression targets are limited to the range every view can draw (`limits.MAX_ABS_VALUE`): a Dataset
refuses anything else, whichever way it came in (a file, an import, a drawing, an edit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .limits import MAX_ABS_VALUE, check_value
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

TASKS = ("classification", "regression", "unsupervised")
DOMAIN = 6.0
MAX_CLASSES = 6
DEFAULT_CLASS_NAMES = ("A", "B", "C", "D", "E", "F")


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.setflags(write=False)
    return a


def _refusal(template: str, *args: object) -> MessageError:
    """The ValueError (a MessageError: translatable.py) a Dataset raises, `template` in the context "Dataset"."""
    return MessageError(Message("Dataset", template, *args))


# the "where" of a value out of range (limits.check_value): %1 the point's 1-based row, %2 the coordinate's number
_COORDINATE = QT_TRANSLATE_NOOP("Dataset", "the coordinate x%2 of point %1")
_TARGET = QT_TRANSLATE_NOOP("Dataset", "the target of point %1")


def _check_range(values: np.ndarray, what: str) -> None:
    """ValueError naming the first entry of the finite (n, k) `values` beyond the drawable range: `what` is a
    template of the context "Dataset" with %1 its 1-based row and %2 its 1-based column."""
    outside = np.abs(values) > MAX_ABS_VALUE
    if outside.any():
        row, column = (int(i) for i in np.argwhere(outside)[0])
        check_value(float(values[row, column]), Message("Dataset", what, row + 1, column + 1))


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points X (n, d) with d in {1, 2}; y: class indices 0..k-1 (classification), numbers (regression) or
    zeros (unsupervised); is_test marks the held-out split. Construction validates and copies everything."""

    X: np.ndarray
    y: np.ndarray
    task: str
    is_test: np.ndarray | None = None
    class_names: tuple[str, ...] = ()
    name: str = "custom"

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {', '.join(TASKS)}; got {self.task!r}")
        try:
            X = np.asarray(self.X, dtype=np.float64)
        except (TypeError, ValueError):
            raise _refusal(QT_TRANSLATE_NOOP("Dataset", "point coordinates must be numbers")) from None
        if X.size == 0:
            raise _refusal(QT_TRANSLATE_NOOP("Dataset", "the dataset is empty: draw or load at least one point"))
        if X.ndim == 1:
            X = X.reshape(-1, 1)
        if X.ndim != 2 or X.shape[1] not in (1, 2):
            raise ValueError(f"points must be an (n, 1) or (n, 2) array of coordinates; got shape {X.shape}")
        n = X.shape[0]
        if not np.isfinite(X).all():
            bad = int(np.flatnonzero(~np.isfinite(X).all(axis=1))[0])
            raise _refusal(QT_TRANSLATE_NOOP(
                "Dataset", "point %1 has a coordinate that is not a finite number (NaN or infinity)"), bad + 1)
        _check_range(X, _COORDINATE)
        y = self._validated_targets(np.asarray(self.y), n)
        is_test = np.zeros(n, bool) if self.is_test is None else np.asarray(self.is_test)
        if is_test.shape != (n,) or is_test.dtype != bool:
            raise ValueError(f"the test mask must hold one true/false value per point ({n}); got {is_test.shape}")
        names = tuple(str(c) for c in self.class_names)
        if self.task == "classification":
            if not names:
                names = DEFAULT_CLASS_NAMES[: max(2, int(y.max()) + 1)]
            if len(names) < 2 or len(names) > MAX_CLASSES:
                raise _refusal(QT_TRANSLATE_NOOP(
                    "Dataset", "a classification dataset has between 2 and %1 classes; got %2"), MAX_CLASSES,
                    len(names))
            if int(y.max()) >= len(names):
                raise _refusal(QT_TRANSLATE_NOOP("Dataset", "label %1 has no class name (there are %2 classes)"),
                               int(y.max()), len(names))
        elif names:
            raise ValueError("only classification datasets have class names")
        object.__setattr__(self, "X", _readonly(X))
        object.__setattr__(self, "y", _readonly(y))
        object.__setattr__(self, "is_test", _readonly(is_test))
        object.__setattr__(self, "class_names", names)

    def _validated_targets(self, y: np.ndarray, n: int) -> np.ndarray:
        if y.shape != (n,):
            raise ValueError(f"there must be one label or target per point ({n}); got shape {y.shape}")
        if self.task == "classification":
            if y.dtype.kind == "f":
                if not np.isfinite(y).all() or not np.all(y == np.round(y)):
                    raise _refusal(QT_TRANSLATE_NOOP("Dataset", "class labels must be whole numbers 0, 1, 2, ..."))
            elif y.dtype.kind not in "iub":
                raise _refusal(QT_TRANSLATE_NOOP("Dataset", "class labels must be whole numbers 0, 1, 2, ..."))
            if y.min() < 0:
                raise _refusal(QT_TRANSLATE_NOOP("Dataset", "class labels must be 0 or larger"))
            return y.astype(np.int64)
        try:
            y = y.astype(np.float64)
        except (TypeError, ValueError):
            raise _refusal(QT_TRANSLATE_NOOP("Dataset", "targets must be numbers")) from None
        if not np.isfinite(y).all():
            bad = int(np.flatnonzero(~np.isfinite(y))[0])
            raise _refusal(QT_TRANSLATE_NOOP(
                "Dataset", "the target of point %1 is not a finite number (NaN or infinity)"), bad + 1)
        if self.task == "unsupervised":
            return np.zeros(n)
        _check_range(y.reshape(-1, 1), _TARGET)
        return y

    # ---- views --------------------------------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return int(self.X.shape[0])

    @property
    def input_dim(self) -> int:
        return int(self.X.shape[1])

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    @cached_property
    def train_index(self) -> np.ndarray:
        return _readonly(np.flatnonzero(~self.is_test))

    @cached_property
    def test_index(self) -> np.ndarray:
        return _readonly(np.flatnonzero(self.is_test))

    @property
    def n_train(self) -> int:
        return int(self.train_index.size)

    @property
    def n_test(self) -> int:
        return int(self.test_index.size)

    def split(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        """(X, y) of the "train" or "test" split."""
        index = self.train_index if which == "train" else self.test_index
        return self.X[index], self.y[index]

    def classes_present(self, which: str = "train") -> np.ndarray:
        return np.unique(self.split(which)[1]) if self.task == "classification" else np.empty(0, np.int64)

    # ---- editing (each returns a new Dataset) --------------------------------------------------------------------
    def with_points(
        self, X: np.ndarray, y: Sequence[float] | np.ndarray, is_test: Sequence[bool] | np.ndarray | None = None
    ) -> Dataset:
        """This dataset plus the given points appended at the end."""
        X = np.asarray(X, dtype=np.float64).reshape(-1, self.input_dim)
        extra_test = np.zeros(len(X), bool) if is_test is None else np.asarray(is_test, bool)
        return self._replace(
            np.vstack([self.X, X]),
            np.concatenate([self.y, np.asarray(y, self.y.dtype)]),
            np.concatenate([self.is_test, extra_test]),
        )

    def without_points(self, indices: Sequence[int] | np.ndarray) -> Dataset:
        """This dataset without the points at `indices` (raises ValueError if that would leave none)."""
        keep = np.ones(self.n, bool)
        keep[np.asarray(indices, dtype=np.int64)] = False
        return self._replace(self.X[keep], self.y[keep], self.is_test[keep])

    def with_split(self, is_test: np.ndarray) -> Dataset:
        return self._replace(self.X, self.y, np.asarray(is_test, bool))

    def with_class_names(self, class_names: tuple[str, ...]) -> Dataset:
        return Dataset(self.X, self.y, self.task, self.is_test, class_names, self.name)

    def _replace(self, X: np.ndarray, y: np.ndarray, is_test: np.ndarray) -> Dataset:
        return Dataset(X, y, self.task, is_test, self.class_names, self.name)

    def same_content(self, other: Dataset) -> bool:
        """Bitwise equality of points, labels, split, task and class names."""
        return (
            self.task == other.task
            and self.class_names == other.class_names
            and self.X.shape == other.X.shape
            and bool(np.array_equal(self.X, other.X))
            and bool(np.array_equal(self.y, other.y))
            and bool(np.array_equal(self.is_test, other.is_test))
        )

    def describe(self) -> str:
        kind = {"classification": f"{self.n_classes} classes", "regression": "regression", "unsupervised": "no labels"}[
            self.task
        ]
        return f"{self.name}: {self.n} points ({self.n_train} train, {self.n_test} test), {kind}"
