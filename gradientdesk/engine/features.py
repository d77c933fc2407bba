"""Input feature maps: what the model actually sees of a point (x1, x2).

* Toggled features, as in TensorFlow Playground: x1, x2, x1^2, x2^2, x1*x2, sin x1, sin x2 (raw, unscaled).
* Polynomial features of degree d, built from scaled Legendre polynomials: with t = x / 6 (the canvas half-width),
  phi_k(x) = sqrt(2k + 1) P_k(t), so every feature is a polynomial of degree k in x and, for points spread over the
  canvas, the features are nearly orthonormal. Plain powers x^15 would make gradient descent hopelessly slow (the
  Gram matrix of monomials on [-1, 1] has condition number ~1e10 at degree 15); the model is the same polynomial.
  With two inputs the features are phi_a(x1) phi_b(x2) for 1 <= a + b <= d.
* Identity (raw coordinates), used by PCA.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .dataset import DOMAIN
from .hyperparameters import FEATURES, Hyperparameters
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError

_TOGGLES: dict[str, tuple[Callable[[np.ndarray], np.ndarray], bool]] = {
    # name: (function of X, needs a second input)
    "x1": (lambda X: X[:, 0], False),
    "x2": (lambda X: X[:, 1], True),
    "x1^2": (lambda X: X[:, 0] ** 2, False),
    "x2^2": (lambda X: X[:, 1] ** 2, True),
    "x1*x2": (lambda X: X[:, 0] * X[:, 1], True),
    "sin x1": (lambda X: np.sin(X[:, 0]), False),
    "sin x2": (lambda X: np.sin(X[:, 1]), True),
}
assert tuple(_TOGGLES) == FEATURES


def legendre_columns(t: np.ndarray, degree: int) -> np.ndarray:
    """(n, degree + 1) array of sqrt(2k+1) P_k(t) for k = 0..degree, by Bonnet's recursion
    (k + 1) P_{k+1} = (2k + 1) t P_k - k P_{k-1}."""
    out = np.empty((t.shape[0], degree + 1))
    out[:, 0] = 1.0
    if degree >= 1:
        out[:, 1] = t
    for k in range(1, degree):
        out[:, k + 1] = ((2 * k + 1) * t * out[:, k] - k * out[:, k - 1]) / (k + 1)
    return out * np.sqrt(2.0 * np.arange(degree + 1) + 1.0)


class FeatureMap:
    """Maps raw coordinates X (n, d) to model inputs F (n, len(names))."""

    def __init__(self, kind: str, names: tuple[str, ...], input_dim: int, degree: int = 0) -> None:
        self.kind = kind
        self.names = names
        self.input_dim = input_dim
        self.degree = degree
        if kind == "polynomial":
            self.powers = [
                (a, b)
                for total in range(1, degree + 1)
                for a in range(total, -1, -1)
                for b in [total - a]
                if input_dim == 2 or b == 0
            ]

    @property
    def size(self) -> int:
        return len(self.names)

    def __call__(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.input_dim:
            raise ValueError(f"expected points with {self.input_dim} coordinate(s); got shape {X.shape}")
        if self.kind == "identity":
            return X.copy()
        if self.kind == "toggles":
            return np.column_stack([_TOGGLES[name][0](X) for name in self.names])
        p1 = legendre_columns(X[:, 0] / DOMAIN, self.degree)
        if self.input_dim == 1:
            return p1[:, 1:].copy()
        p2 = legendre_columns(X[:, 1] / DOMAIN, self.degree)
        return np.column_stack([p1[:, a] * p2[:, b] for a, b in self.powers])

    def describe(self, name: str) -> str:
        """A sentence saying what one feature is, for tooltips."""
        if self.kind == "polynomial":
            return (
                f"{name}: a scaled Legendre polynomial of x/6, a well-conditioned stand-in for the power "
                f"{name[name.index('[') + 1 : -1]}"
            )
        return f"{name}: computed from the point's coordinates"


def feature_map(hp: Hyperparameters, input_dim: int) -> FeatureMap:
    """The feature map a model built from `hp` uses on data with `input_dim` coordinates."""
    if hp.model == "pca":
        return FeatureMap("identity", ("x1", "x2")[:input_dim], input_dim)
    if hp.model == "polynomial":
        fm = FeatureMap("polynomial", (), input_dim, hp.degree)
        fm.names = tuple(_power_name(a, b) for a, b in fm.powers)
        return fm
    if input_dim == 1:
        needs_two = [name for name in hp.features if _TOGGLES[name][1]]
        if needs_two:
            raise MessageError(Message("Features", QT_TRANSLATE_NOOP(
                "Features", "the input feature %1 needs a second coordinate x2, but this dataset has only x1; turn it "
                "off"), needs_two[0]))
    if not hp.features:
        raise MessageError(Message("Features", QT_TRANSLATE_NOOP("Features", "choose at least one input feature")))
    return FeatureMap("toggles", tuple(hp.features), input_dim)


def display_name(feature: str) -> str:
    """A feature's name as the views write it: a polynomial feature 'phi[x1^3]' (a scaled Legendre polynomial
    standing in for the power) is written as its power 'x1^3'; other names are already plain ('x1', 'sin x2')."""
    if feature.startswith("phi[") and feature.endswith("]"):
        return feature[4:-1]
    return feature


def _power_name(a: int, b: int) -> str:
    parts = [f"x1^{a}" if a > 1 else "x1" if a == 1 else "", f"x2^{b}" if b > 1 else "x2" if b == 1 else ""]
    return "phi[" + "*".join(p for p in parts if p) + "]"


def features_for_input_dim(features: tuple[str, ...], input_dim: int) -> tuple[str, ...]:
    """The toggled features that exist for data with `input_dim` coordinates (never empty)."""
    kept = tuple(f for f in features if input_dim == 2 or not _TOGGLES[f][1])
    return kept or ("x1",)
