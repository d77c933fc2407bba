"""PCA as a linear autoencoder with tied weights, trained by gradient descent.

Parameters: pca.W (d, k), whose columns are the learned components, and pca.b (d,), the learned centre.
A point x is encoded as codes = (x - b) W and reconstructed as x_hat = b + (x - b) W W^T.

A plain autoencoder only finds the subspace the components span, in any rotation. To make the columns converge to
the covariance eigenvectors themselves, in order of variance, the loss is *nested*: the mean over j = 0..k of the
reconstruction error using only the first j components,
    L = 1/(k+1) sum_{j=0..k} L_j,   L_j = 1/(n d) sum_i || r_ij ||^2,   r_ij = c_i (I - W_j W_j^T),  c_i = x_i - b
where W_j holds the first j columns. L_0 = mean ||x - b||^2 / d makes b converge to the mean; each L_j is
minimised when W_j spans the top-j principal subspace with orthonormal columns, so together the columns become
the ordered eigenvectors (up to sign). With C the centred batch and R_j = C (I - P_j), P_j = W_j W_j^T:
    dL_j/dW_j = -2/(n d) (C^T R_j W_j + R_j^T C W_j)      (columns beyond j get nothing from L_j)
    dL_j/db   = -2/(n d) sum_i r_ij (I - P_j)
"""

from __future__ import annotations

import numpy as np

from .features import FeatureMap
from .initializers import init_weights
from .losses import Head
from .model_base import Model
from .model_spec import Wiring, input_units, layer_units
from .parameters import ParameterLayout, Slot
from .translatable import QT_TRANSLATE_NOOP, Message, MessageError


class PCAModel(Model):
    kind = "pca"

    def __init__(self, feature_map: FeatureMap, n_components: int, head: Head) -> None:
        d = feature_map.size
        if not 1 <= n_components <= d:
            raise MessageError(Message("PCA", QT_TRANSLATE_NOOP(
                "PCA", "PCA on %1-D data can keep between 1 and %2 components; got %3"), d, d, n_components))
        self.d, self.k = d, n_components
        layout = ParameterLayout(
            [
                Slot("pca.W", 0, (d, n_components), slice(0, n_components), True),
                Slot("pca.b", d * n_components, (d, 1), slice(0, 1), False, vector=True),
            ]
        )
        super().__init__(layout, head, feature_map)

    @property
    def kind_label(self) -> str:
        return "PCA"

    def layer_sizes(self) -> tuple[int, ...]:
        return (self.d, self.k, self.d)

    def wiring(self, slot: Slot) -> Wiring:
        """W[i, j] reads input i and feeds component j; b[i], the centre of input i, reads input i."""
        inputs = input_units(tuple(self.feature_map.names))
        if slot.is_weight:
            return Wiring(inputs, 0, layer_units(1, self.k, "component"), 1)
        return Wiring(inputs, 0)

    def describe(self) -> str:
        return (
            f"PCA with {self.k} of {self.d} components: {self.d * self.k} weights + {self.d} centre "
            f"= {self.parameter_count} parameters"
        )

    def initialize(self, kind: str, rng: np.random.Generator, scale: float) -> None:
        self.parameters["pca.W"][...] = init_weights(kind, (self.d, self.k), rng, scale)
        self.parameters["pca.b"][...] = scale if kind == "constant" else 0.0

    @property
    def components(self) -> np.ndarray:
        """The learned directions as unit vectors, one per row (k, d)."""
        W = self.parameters["pca.W"]
        norms = np.linalg.norm(W, axis=0)
        return (W / np.where(norms > 0, norms, 1.0)).T

    def codes(self, X: np.ndarray) -> np.ndarray:
        return (self.feature_map(X) - self.parameters["pca.b"]) @ self.parameters["pca.W"]

    def output(self, X: np.ndarray) -> np.ndarray:
        """Reconstructions x_hat = b + (x - b) W W^T."""
        W, b = self.parameters["pca.W"], self.parameters["pca.b"]
        with np.errstate(all="ignore"):
            return b + ((self.feature_map(X) - b) @ W) @ W.T

    def _nested(self, X: np.ndarray, want_grad: bool) -> tuple[float, np.ndarray, np.ndarray]:
        W, b = self.parameters["pca.W"], self.parameters["pca.b"]
        n, d, k = X.shape[0], self.d, self.k
        C = X - b
        scale = 1.0 / (n * d * (k + 1))
        loss = 0.0
        gW = np.zeros_like(W)
        gb = np.zeros(d)
        eye = np.eye(d)
        for j in range(k + 1):
            Wj = W[:, :j]
            residual_map = eye - Wj @ Wj.T
            R = C @ residual_map
            loss += float(np.einsum("ij,ij->", R, R)) * scale
            if want_grad:
                if j:
                    gW[:, :j] += -2.0 * scale * (C.T @ R @ Wj + R.T @ C @ Wj)
                gb += -2.0 * scale * (R @ residual_map.T).sum(axis=0)
        return loss, gW, gb

    def loss_and_gradients(self, X: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        loss, gW, gb = self._nested(self.feature_map(X), True)
        return loss, {"pca.W": gW, "pca.b": gb}

    def prepare(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points as rows (n, d); PCA has no targets."""
        return self.feature_map(X), np.zeros((X.shape[0], 0))

    def prepared_loss(self, inputs: np.ndarray, targets: np.ndarray) -> float:
        if inputs.shape[0] == 0:
            return float("nan")
        with np.errstate(all="ignore"):
            return self._nested(inputs, False)[0]

    def loss_and_output(self, inputs: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        W, b = self.parameters["pca.W"], self.parameters["pca.b"]
        with np.errstate(all="ignore"):
            return self._nested(inputs, False)[0], b + ((inputs - b) @ W) @ W.T

    def gradient_into(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        _, gW, gb = self._nested(inputs, True)
        self.grad[: gW.size] = gW.ravel()
        self.grad[gW.size :] = gb

    def explained_variance(self, X: np.ndarray) -> float:
        """Share of the variance around the mean that the k components reconstruct: 1 - SSE / SST."""
        F = self.feature_map(X)
        total = float(((F - F.mean(axis=0)) ** 2).sum())
        if total == 0.0:
            return 1.0
        with np.errstate(all="ignore"):
            error = float(((F - self.output(X)) ** 2).sum())
        return 1.0 - error / total
