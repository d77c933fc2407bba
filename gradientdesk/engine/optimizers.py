"""Optimizers: turn the gradient g of each step into the update u applied to the parameters w <- w + u.

All work on the flat parameter vector in place, keep their state in flat vectors of the same layout (so the UI can
show the velocity, m or v of any single weight) and record the update they applied in `update`.
With lr the learning rate of this step and t the number of steps taken so far, including this one:

* sgd:      u = -lr g
* momentum: v <- mu v + g;            u = -lr v                         (PyTorch's form)
* nesterov: v <- mu v + g;            u = -lr (g + mu v)
* adagrad:  G <- G + g^2;             u = -lr g / (sqrt(G) + eps)
* rmsprop:  s <- rho s + (1 - rho) g^2;   u = -lr g / (sqrt(s) + eps)
* adam:     m <- b1 m + (1 - b1) g;   v <- b2 v + (1 - b2) g^2;
            m_hat = m / (1 - b1^t);   v_hat = v / (1 - b2^t);   u = -lr m_hat / (sqrt(v_hat) + eps)
"""

from __future__ import annotations

import numpy as np

from .hyperparameters import OPTIMIZERS, Hyperparameters

FORMULAS: dict[str, tuple[str, ...]] = {
    "sgd": ("w <- w - lr * g",),
    "momentum": ("v <- mu * v + g", "w <- w - lr * v"),
    "nesterov": ("v <- mu * v + g", "w <- w - lr * (g + mu * v)"),
    "adagrad": ("G <- G + g^2", "w <- w - lr * g / (sqrt(G) + eps)"),
    "rmsprop": ("s <- rho * s + (1 - rho) * g^2", "w <- w - lr * g / (sqrt(s) + eps)"),
    "adam": (
        "m <- b1 * m + (1 - b1) * g",
        "v <- b2 * v + (1 - b2) * g^2",
        "m_hat = m / (1 - b1^t),  v_hat = v / (1 - b2^t)",
        "w <- w - lr * m_hat / (sqrt(v_hat) + eps)",
    ),
}
STATE_NAMES: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("velocity",),
    "nesterov": ("velocity",),
    "adagrad": ("sum_sq",),
    "rmsprop": ("mean_sq",),
    "adam": ("m", "v"),
}


class Optimizer:
    """One optimizer over a flat parameter vector of `size` entries."""

    def __init__(self, name: str, size: int, hp: Hyperparameters) -> None:
        if name not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(OPTIMIZERS)}")
        self.name = name
        self.size = size
        self.update = np.zeros(size)  # the update u applied by the last step
        self._tmp = np.empty(size)
        self._tmp2 = np.empty(size)
        self.state: dict[str, np.ndarray] = {key: np.zeros(size) for key in STATE_NAMES[name]}
        self.t = 0
        self._neg_lr = np.array(-hp.learning_rate)  # 0-d arrays: no float conversion on every call
        self.configure(hp)
        self.step = getattr(self, f"_step_{name}")  # one bound method per rule, no dispatch in the hot loop

    @property
    def lr(self) -> float:
        """The learning rate of the next step (the trainer sets it from the schedule)."""
        return -float(self._neg_lr)

    @lr.setter
    def lr(self, value: float) -> None:
        self._neg_lr[...] = -value

    def configure(self, hp: Hyperparameters) -> None:
        """Take the live constants (momentum, betas, epsilon) from `hp`; the learning rate is set by the trainer."""
        self.mu = np.array(hp.momentum)
        self.rho = hp.rho
        self.beta1, self.beta2, self.eps = hp.beta1, hp.beta2, hp.epsilon

    def reset(self) -> None:
        """Forget all state (as for a fresh model)."""
        for arr in self.state.values():
            arr.fill(0.0)
        self.update.fill(0.0)
        self.t = 0

    def step(self, w: np.ndarray, g: np.ndarray) -> None:  # replaced per instance by the rule's method
        """Apply one update to w (in place) from the gradient g."""

    def _step_sgd(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        np.multiply(g, self._neg_lr, out=self.update)
        np.add(w, self.update, out=w)

    def _step_momentum(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        v = self.state["velocity"]
        np.multiply(v, self.mu, out=v)
        np.add(v, g, out=v)
        np.multiply(v, self._neg_lr, out=self.update)
        np.add(w, self.update, out=w)

    def _step_nesterov(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        v, u = self.state["velocity"], self.update
        np.multiply(v, self.mu, out=v)
        np.add(v, g, out=v)
        np.multiply(v, self.mu, out=u)
        np.add(u, g, out=u)
        np.multiply(u, self._neg_lr, out=u)
        np.add(w, u, out=w)

    def _step_adagrad(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        G = self.state["sum_sq"]
        np.multiply(g, g, out=self._tmp)
        np.add(G, self._tmp, out=G)
        self._scaled_step(g, G, 1.0, self.lr)
        np.add(w, self.update, out=w)

    def _step_rmsprop(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        s = self.state["mean_sq"]
        np.multiply(g, g, out=self._tmp)
        np.multiply(self._tmp, 1.0 - self.rho, out=self._tmp)
        np.multiply(s, self.rho, out=s)
        np.add(s, self._tmp, out=s)
        self._scaled_step(g, s, 1.0, self.lr)
        np.add(w, self.update, out=w)

    def _step_adam(self, w: np.ndarray, g: np.ndarray) -> None:
        self.t += 1
        m, v = self.state["m"], self.state["v"]
        b1, b2 = self.beta1, self.beta2
        np.multiply(m, b1, out=m)
        np.multiply(g, 1.0 - b1, out=self._tmp)
        np.add(m, self._tmp, out=m)
        np.multiply(g, g, out=self._tmp)
        np.multiply(self._tmp, 1.0 - b2, out=self._tmp)
        np.multiply(v, b2, out=v)
        np.add(v, self._tmp, out=v)
        self._scaled_step(m, v, 1.0 - b2**self.t, self.lr / (1.0 - b1**self.t))
        np.add(w, self.update, out=w)

    def _scaled_step(self, numerator: np.ndarray, square: np.ndarray, square_correction: float, lr: float) -> None:
        """u = -lr * numerator / (sqrt(square / square_correction) + eps)."""
        tmp = self._tmp2
        if square_correction != 1.0:
            np.multiply(square, 1.0 / square_correction, out=tmp)
            np.sqrt(tmp, out=tmp)
        else:
            np.sqrt(square, out=tmp)
        np.add(tmp, self.eps, out=tmp)
        np.divide(numerator, tmp, out=self.update)
        np.multiply(self.update, -lr, out=self.update)

    def state_copy(self) -> dict[str, np.ndarray]:
        return {key: arr.copy() for key, arr in self.state.items()}

    def restore(self, state: dict[str, np.ndarray], t: int) -> None:
        for key, arr in state.items():
            self.state[key][...] = arr
        self.t = t
