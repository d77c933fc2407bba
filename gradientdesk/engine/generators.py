"""Preset datasets, all drawn from a seeded `np.random.Generator` inside the [-6, 6]^2 domain.

`make(name, n, noise, seed, test_fraction)` returns a `Dataset`. `noise` is the standard deviation of Gaussian noise
added to the coordinates (classification, PCA) or to the targets (regression), in the same units as the axes.
Exactly round(n * test_fraction) randomly chosen points form the test split.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .dataset import Dataset


@dataclass(frozen=True)
class Preset:
    name: str
    task: str
    description: str
    draw: Callable[[np.random.Generator, int, float], tuple[np.ndarray, np.ndarray]]
    default_noise: float
    class_names: tuple[str, ...] = ()


def _gaussians(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    y = np.arange(n) % 2
    centers = np.where(y[:, None] == 1, 2.0, -2.0)
    X = centers + rng.normal(0.0, 1.0 + noise, size=(n, 2))
    return X, y


def _circle(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    y = np.arange(n) % 2  # class 1 inside (radius < 2.5), class 0 on a ring of radius 3.5 to 5
    r = np.where(y == 1, rng.uniform(0.0, 2.5, n), rng.uniform(3.5, 5.0, n))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    X = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) + rng.normal(0.0, noise, (n, 2))
    return X, y


def _xor(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = rng.uniform(-5.0, 5.0, (n, 2))
    X += np.where(X >= 0, 0.3, -0.3)  # keep a small gap around the axes, as the quadrants are the lesson
    y = (X[:, 0] * X[:, 1] >= 0).astype(np.int64)
    return X + rng.normal(0.0, noise, (n, 2)), y


def _spiral(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    y = np.arange(n) % 2
    t = rng.uniform(0.0, 1.0, n)
    r = 5.0 * t
    angle = 1.75 * 2 * np.pi * t + np.pi * y
    X = np.column_stack([r * np.sin(angle), r * np.cos(angle)]) + rng.normal(0.0, noise, (n, 2))
    return X, y


def _moons(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    y = np.arange(n) % 2
    angle = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1.0 - np.cos(angle), 0.5 - np.sin(angle)])
    X = 2.5 * (np.where(y[:, None] == 0, upper, lower) - [0.5, 0.25]) + rng.normal(0.0, noise, (n, 2))
    return X, y


def _blobs(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    y = np.arange(n) % 3
    angles = 2 * np.pi * np.arange(3) / 3 + np.pi / 2
    centers = 3.2 * np.column_stack([np.cos(angles), np.sin(angles)])
    return centers[y] + rng.normal(0.0, 0.9 + noise, (n, 2)), y


def _x_1d(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.uniform(-5.5, 5.5, (n, 1))


def _line(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = _x_1d(rng, n)
    return X, 0.6 * X[:, 0] + 1.0 + rng.normal(0.0, noise, n)


def _sine(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = _x_1d(rng, n)
    return X, 3.0 * np.sin(0.8 * X[:, 0]) + rng.normal(0.0, noise, n)


def _polynomial(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = _x_1d(rng, n)
    x = X[:, 0]
    return X, 0.04 * x**3 - 0.1 * x**2 - 0.8 * x + 1.0 + rng.normal(0.0, noise, n)


def _step(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = _x_1d(rng, n)
    return X, np.where(X[:, 0] >= 0, 2.0, -2.0) + rng.normal(0.0, noise, n)


def _plane(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    X = rng.uniform(-5.5, 5.5, (n, 2))
    return X, 0.5 * X[:, 0] - 0.3 * X[:, 1] + 1.0 + rng.normal(0.0, noise, n)


def _cloud(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    angle = np.deg2rad(30.0)
    rotation = np.array([[np.cos(angle), np.sin(angle)], [-np.sin(angle), np.cos(angle)]])
    Z = rng.normal(0.0, 1.0, (n, 2)) * [2.4, 0.7 + noise]
    return Z @ rotation + [0.8, 0.4], np.zeros(n)


_TWO = ("A", "B")
PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "gaussians", "classification", "Two Gaussian clouds: separable by a straight line.", _gaussians, 0.0, _TWO
        ),
        Preset("circle", "classification", "A disc inside a ring: needs a curved boundary.", _circle, 0.2, _TWO),
        Preset(
            "xor", "classification", "Opposite quadrants share a class: no single line separates them.", _xor, 0.2, _TWO
        ),
        Preset(
            "spiral", "classification", "Two interleaved spirals: hard, needs a deeper network.", _spiral, 0.1, _TWO
        ),
        Preset("moons", "classification", "Two interleaving half circles.", _moons, 0.2, _TWO),
        Preset(
            "blobs", "classification", "Three Gaussian clouds: three classes for softmax.", _blobs, 0.0, ("A", "B", "C")
        ),
        Preset("line", "regression", "Points near a straight line y = 0.6 x + 1.", _line, 0.5),
        Preset("sine", "regression", "Points near a sine wave.", _sine, 0.3),
        Preset("polynomial", "regression", "Points near a cubic curve.", _polynomial, 0.4),
        Preset("step", "regression", "A jump from -2 to 2 at x = 0.", _step, 0.2),
        Preset("plane", "regression", "Heights on a tilted plane over two inputs.", _plane, 0.3),
        Preset("cloud", "unsupervised", "An elongated cloud for PCA: one long and one short direction.", _cloud, 0.0),
    )
}


def names(task: str | None = None) -> tuple[str, ...]:
    """Preset names, optionally only those of one task."""
    return tuple(name for name, p in PRESETS.items() if task is None or p.task == task)


def make(name: str, n: int = 200, noise: float | None = None, seed: int = 0, test_fraction: float = 0.0) -> Dataset:
    """Generate preset `name` with `n` points; `noise=None` uses the preset's default noise."""
    if name not in PRESETS:
        raise ValueError(f"unknown dataset {name!r}; choose from {', '.join(PRESETS)}")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= 100_000:
        raise ValueError(f"the number of points must be a whole number between 1 and 100000; got {n!r}")
    if not 0.0 <= test_fraction < 1.0:
        raise ValueError(f"the test fraction must be at least 0 and below 1; got {test_fraction}")
    preset = PRESETS[name]
    noise = preset.default_noise if noise is None else float(noise)
    if not (np.isfinite(noise) and 0.0 <= noise <= 10.0):
        raise ValueError(f"noise must be between 0 and 10; got {noise}")
    rng = np.random.default_rng(seed)
    X, y = preset.draw(rng, int(n), noise)
    order = rng.permutation(n)  # so that the classes are interleaved and any prefix is a fair sample
    X, y = X[order], y[order]
    is_test = np.zeros(n, bool)
    is_test[rng.permutation(n)[: round(n * test_fraction)]] = True
    return Dataset(X, y, preset.task, is_test, preset.class_names, name)
