"""What the canvas holds, and the pure edits on it (each returns a new value; undo keeps the old one)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..engine import Dataset, datasets
from ..engine.dataset import DEFAULT_CLASS_NAMES, MAX_CLASSES


@dataclass(frozen=True)
class DataSettings:
    """How presets are generated: which one, how many points, noise (None: the preset's default), seed, and the
    share of points held out for testing (also used for points drawn by hand)."""

    preset: str = "circle"
    n: int = 300
    noise: float | None = None
    seed: int = 1
    test_fraction: float = 0.5


@dataclass(frozen=True, eq=False)
class DataState:
    """The kind of data on the canvas and its points. `dataset` is None while the canvas is empty (a Dataset always
    has at least one point)."""

    task: str
    class_names: tuple[str, ...]
    input_dim: int
    name: str
    dataset: Dataset | None

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> DataState:
        return cls(dataset.task, dataset.class_names, dataset.input_dim, dataset.name, dataset)

    @classmethod
    def from_preset(cls, settings: DataSettings) -> DataState:
        ds = datasets.make(settings.preset, n=settings.n, noise=settings.noise, seed=settings.seed,
                           test_fraction=settings.test_fraction)
        return cls.from_dataset(ds)

    @property
    def n_points(self) -> int:
        return 0 if self.dataset is None else self.dataset.n

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    def with_points(self, X: np.ndarray, values: np.ndarray, is_test: np.ndarray) -> DataState:
        """Points appended. `values` are class indices, targets, or ignored (unsupervised)."""
        X = np.asarray(X, dtype=np.float64).reshape(-1, self.input_dim)
        if X.shape[0] == 0:
            return self
        if self.task == "unsupervised":
            values = np.zeros(X.shape[0])
        values = np.asarray(values)
        if self.dataset is None:
            ds = Dataset(X, values, self.task, np.asarray(is_test, bool), self.class_names, self.name)
        else:
            ds = self.dataset.with_points(X, values, is_test)
        return replace(self, dataset=ds)

    def without_points(self, indices: np.ndarray) -> DataState:
        indices = np.unique(np.asarray(indices, dtype=np.int64))
        if self.dataset is None or indices.size == 0:
            return self
        if indices.size >= self.dataset.n:
            return replace(self, dataset=None)
        return replace(self, dataset=self.dataset.without_points(indices))

    def cleared(self) -> DataState:
        return replace(self, dataset=None, name="custom")

    def with_class_count(self, k: int) -> DataState:
        """k classes (2..6); removing a class removes its points."""
        k = max(2, min(MAX_CLASSES, k))
        names = tuple(self.class_names[:k]) + DEFAULT_CLASS_NAMES[len(self.class_names) : k]
        state = replace(self, class_names=names)
        if self.dataset is None:
            return state
        drop = np.flatnonzero(self.dataset.y >= k)
        kept = state.without_points(drop) if drop.size else state
        if kept.dataset is None:
            return kept
        return replace(kept, dataset=kept.dataset.with_class_names(names))

    def describe(self) -> str:
        if self.dataset is None:
            return "empty canvas: draw some points"
        return self.dataset.describe()


def empty_state(task: str, input_dim: int = 2, n_classes: int = 2) -> DataState:
    names = DEFAULT_CLASS_NAMES[:n_classes] if task == "classification" else ()
    return DataState(task, names, input_dim, "custom", None)
