"""Optimizer update rules, one object each, holding everything the engine knows about the rule: the state it keeps
(and the symbol that state has in the equations), the in-place step the trainer runs, the equation the update
inspector shows, the replay of one scalar's step, and the inversion that recovers the state before a step.

Every rule turns the gradient g of a step into the update u applied as w <- w + u. With lr the learning rate of
this step and t the number of steps taken so far, including this one:

* sgd:      u = -lr g
* momentum: v <- mu v + g;                u = -lr v                         (PyTorch's form)
* nesterov: v <- mu v + g;                u = -lr (g + mu v)
* adagrad:  G <- G + g^2;                 u = -lr g / (sqrt(G) + eps)
* rmsprop:  s <- rho s + (1 - rho) g^2;   u = -lr g / (sqrt(s) + eps)
* adam:     m <- b1 m + (1 - b1) g;   v <- b2 v + (1 - b2) g^2;
            m_hat = m / (1 - b1^t);   v_hat = v / (1 - b2^t);   u = -lr m_hat / (sqrt(v_hat) + eps)

Inverting a state update gives the state before a step from the state after it:
  x_after = d x_before + added   =>   x_before = (x_after - added) / d
(momentum: d = mu, added = g; adagrad: d = 1, added = g^2; rmsprop: d = rho, added = (1 - rho) g^2; adam: m with
b1 and (1 - b1) g, v with b2 and (1 - b2) g^2). A decay d of 0 multiplies the old state by 0: it cannot be
recovered and does not matter; it is given as 0.

The fast `step(opt, w, g)` of each rule works in place on an `Optimizer`'s flat buffers (optimizers.py) with
numpy's out arguments: no allocation in the trainer's hot loop. sgd, momentum and nesterov write it once, as the list
of their numpy calls (`calls`, out passed positionally: on the tiny vectors of a playground network the keyword
costs a sixth of the call), which the trainers compile into their steps and `step` makes one by one. `replay` does
the same arithmetic on one scalar in the same order, so it reproduces the engine's update to rounding.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from .choices import OPTIMIZER_LABELS
from .hyperparameters import Hyperparameters
from .number_text import fmt, signed

if TYPE_CHECKING:
    from .optimizers import Optimizer

Lines = list[tuple[str, str]]  # (symbolic, numeric) pairs, one per line of an equation


class Shown(NamedTuple):
    """The numbers of one scalar's step as the equation writes them: `s` the symbol ("w" or "b"), `w0` / `w1`
    the value before / after, `lr`, `g` the gradient the optimizer used (`gg` as an operand), `g_sym` / `g_num` its
    terms (∂L/∂w + λ·w ...), `dl` the loss gradient as an operand, `regularized` whether a penalty term shows."""

    s: str
    w0: str
    w1: str
    lr: str
    g: str
    gg: str
    g_sym: str
    g_num: str
    dl: str
    regularized: bool


def _invert(decay: float, after: float, added: float) -> float:
    """state_before from state_after = decay * state_before + added (0 when decay is 0: it did not matter)."""
    return (after - added) / decay if decay != 0.0 else 0.0


def scaled_update(opt: Optimizer, numerator: np.ndarray, square: np.ndarray,
                  square_correction: float | np.ndarray, lr: float | np.ndarray) -> None:
    """opt.update = -lr * numerator / (sqrt(square / square_correction) + eps), in place."""
    tmp = opt.scratch2
    # an array of corrections (one per run of a RunSet, run_group.py) is always applied: dividing by 1.0 is exact
    if isinstance(square_correction, np.ndarray) or square_correction != 1.0:
        np.multiply(square, 1.0 / square_correction, out=tmp)
        np.sqrt(tmp, out=tmp)
    else:
        np.sqrt(square, out=tmp)
    np.add(tmp, opt.eps, out=tmp)
    np.divide(numerator, tmp, out=opt.update)
    np.multiply(opt.update, -lr, out=opt.update)


class Rule:
    """One optimizer rule. `state` lists (state name, symbol) of what it keeps per parameter; `glossary` explains
    the symbols its equation adds to the common ones."""

    name = ""
    state: tuple[tuple[str, str], ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        return OPTIMIZER_LABELS[self.name]

    @property
    def state_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.state)

    def step(self, opt: Optimizer, w: np.ndarray, g: np.ndarray) -> None:
        """Apply one update to w in place from the gradient g, recording it in opt.update and counting opt.t: the
        rule's `calls` one by one (rules without them override this)."""
        calls = self.calls(opt, w, g)
        if calls is None:
            raise NotImplementedError
        opt.t += 1
        for function, *operands in calls:
            function(*operands)

    @staticmethod
    def calls(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> list[tuple] | None:
        """The step's numpy calls with their operands, but for counting t, for a trainer that compiles them into its
        step (straight_line.py) and counts t itself; None for a rule whose arithmetic reads t or Python floats
        computed from the state (it has its own `step`). The operands are the optimizer's arrays, changed in place
        only, until its constants are configured anew."""
        return None

    def constants(self, hp: Hyperparameters) -> dict[str, float]:
        """The constants the equation shows (mu, rho, beta1, beta2, eps), as `hp` sets them."""
        return {}

    def invert(self, g: float, after: Mapping[str, float], c: Mapping[str, float]) -> dict[str, float]:
        """The state before a step from the state after it and the gradient g it used."""
        return {}

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        """The update u of one scalar from its gradient, the state before the step and the constants."""
        raise NotImplementedError

    def lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float], c: Mapping[str, float],
              t: int) -> Lines:
        """The equation of the step, line by line: g first, then the state updates and the step itself."""
        return [("g = " + x.g_sym, f"{x.g} = {x.g_num}" if x.regularized else x.g),
                *self.state_lines(x, before, after, c, t)]

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        raise NotImplementedError


class SGD(Rule):
    name = "sgd"

    @staticmethod
    def calls(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> list[tuple]:
        u = opt.update
        return [(np.multiply, g, opt.neg_lr, u), (np.add, w, u, w)]

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        return -lr * g

    def lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float], c: Mapping[str, float],
              t: int) -> Lines:
        if not x.regularized:
            return [(f"{x.s} ← {x.s} − lr·{x.g_sym}", f"{x.w1} ← {x.w0} − {x.lr}·{x.dl}")]
        return [(f"{x.s} ← {x.s} − lr·({x.g_sym})", f"{x.w1} ← {x.w0} − {x.lr}·({x.g_num})")]


class Momentum(Rule):
    name = "momentum"
    state = (("velocity", "v"),)
    glossary = (("v", "the velocity: a running sum of past gradients, each step shrunk by μ"),
                ("μ", "the momentum: how much of the velocity is kept"))

    @staticmethod
    def calls(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> list[tuple]:
        v, u = opt.state["velocity"], opt.update
        return [(np.multiply, v, opt.mu, v), (np.add, v, g, v), (np.multiply, v, opt.neg_lr, u), (np.add, w, u, w)]

    def constants(self, hp: Hyperparameters) -> dict[str, float]:
        return {"mu": hp.momentum}

    def invert(self, g: float, after: Mapping[str, float], c: Mapping[str, float]) -> dict[str, float]:
        return {"velocity": _invert(c["mu"], after["velocity"], g)}

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        return -lr * (c["mu"] * before["velocity"] + g)

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        return [("v ← μ·v + g", f"{fmt(after['velocity'])} ← {fmt(c['mu'])}·{signed(before['velocity'])} + {x.gg}"),
                (f"{x.s} ← {x.s} − lr·v", f"{x.w1} ← {x.w0} − {x.lr}·{signed(after['velocity'])}")]


class Nesterov(Momentum):
    name = "nesterov"
    glossary = (("v", "the velocity: a running sum of past gradients, each step shrunk by μ"),
                ("μ", "the momentum; Nesterov steps along g + μ·v, a look ahead"))

    @staticmethod
    def calls(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> list[tuple]:
        v, u, mu = opt.state["velocity"], opt.update, opt.mu
        return [(np.multiply, v, mu, v), (np.add, v, g, v), (np.multiply, v, mu, u), (np.add, u, g, u),
                (np.multiply, u, opt.neg_lr, u), (np.add, w, u, w)]

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        v = c["mu"] * before["velocity"] + g
        return -lr * (g + c["mu"] * v)

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        mu = fmt(c["mu"])
        return [("v ← μ·v + g", f"{fmt(after['velocity'])} ← {mu}·{signed(before['velocity'])} + {x.gg}"),
                (f"{x.s} ← {x.s} − lr·(g + μ·v)",
                 f"{x.w1} ← {x.w0} − {x.lr}·({x.g} + {mu}·{signed(after['velocity'])})")]


class AdaGrad(Rule):
    name = "adagrad"
    state = (("sum_sq", "G"),)
    glossary = (("G", "the sum of all squared gradients so far: frequently large gradients get small steps"),
                ("ε", "a tiny number that avoids dividing by zero"))

    @staticmethod
    def step(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> None:
        opt.t += 1
        G = opt.state["sum_sq"]
        np.multiply(g, g, out=opt.scratch)
        np.add(G, opt.scratch, out=G)
        scaled_update(opt, g, G, 1.0, opt.lr)
        np.add(w, opt.update, out=w)

    def constants(self, hp: Hyperparameters) -> dict[str, float]:
        return {"eps": hp.epsilon}

    def invert(self, g: float, after: Mapping[str, float], c: Mapping[str, float]) -> dict[str, float]:
        return {"sum_sq": after["sum_sq"] - g * g}

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        return -lr * g / (math.sqrt(before["sum_sq"] + g * g) + c["eps"])

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        G = fmt(after["sum_sq"])
        return [("G ← G + g²", f"{G} ← {fmt(before['sum_sq'])} + {x.gg}²"),
                (f"{x.s} ← {x.s} − lr·g / (√G + ε)", f"{x.w1} ← {x.w0} − {x.lr}·{x.gg} / (√{G} + {fmt(c['eps'])})")]


class RMSProp(Rule):
    name = "rmsprop"
    state = (("mean_sq", "s"),)
    glossary = (("s", "a running mean of squared gradients"), ("ρ", "how much of s is kept each step"),
                ("ε", "a tiny number that avoids dividing by zero"))

    @staticmethod
    def step(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> None:
        opt.t += 1
        s = opt.state["mean_sq"]
        np.multiply(g, g, out=opt.scratch)
        np.multiply(opt.scratch, 1.0 - opt.rho, out=opt.scratch)
        np.multiply(s, opt.rho, out=s)
        np.add(s, opt.scratch, out=s)
        scaled_update(opt, g, s, 1.0, opt.lr)
        np.add(w, opt.update, out=w)

    def constants(self, hp: Hyperparameters) -> dict[str, float]:
        return {"rho": hp.rho, "eps": hp.epsilon}

    def invert(self, g: float, after: Mapping[str, float], c: Mapping[str, float]) -> dict[str, float]:
        return {"mean_sq": _invert(c["rho"], after["mean_sq"], (1.0 - c["rho"]) * (g * g))}

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        mean_sq = c["rho"] * before["mean_sq"] + (1.0 - c["rho"]) * (g * g)
        return -lr * g / (math.sqrt(mean_sq) + c["eps"])

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        rho, s = fmt(c["rho"]), fmt(after["mean_sq"])
        return [("s ← ρ·s + (1 − ρ)·g²", f"{s} ← {rho}·{fmt(before['mean_sq'])} + (1 − {rho})·{x.gg}²"),
                (f"{x.s} ← {x.s} − lr·g / (√s + ε)", f"{x.w1} ← {x.w0} − {x.lr}·{x.gg} / (√{s} + {fmt(c['eps'])})")]


class Adam(Rule):
    name = "adam"
    state = (("m", "m"), ("v", "v"))
    glossary = (("m", "running mean of gradients (the momentum part)"),
                ("v", "running mean of squared gradients (the step-size part)"),
                ("β₁, β₂", "how much of m and v is kept each step"),
                ("m̂, v̂", "m and v corrected for starting at 0: divided by 1 − βᵗ"),
                ("t", "the number of steps Adam has taken"), ("ε", "a tiny number that avoids dividing by zero"))

    @staticmethod
    def step(opt: Optimizer, w: np.ndarray, g: np.ndarray) -> None:
        opt.t += 1
        m, v = opt.state["m"], opt.state["v"]
        b1, b2, tmp = opt.beta1, opt.beta2, opt.scratch
        np.multiply(m, b1, out=m)
        np.multiply(g, 1.0 - b1, out=tmp)
        np.add(m, tmp, out=m)
        np.multiply(g, g, out=tmp)
        np.multiply(tmp, 1.0 - b2, out=tmp)
        np.multiply(v, b2, out=v)
        np.add(v, tmp, out=v)
        scaled_update(opt, m, v, 1.0 - b2**opt.t, opt.lr / (1.0 - b1**opt.t))
        np.add(w, opt.update, out=w)

    def constants(self, hp: Hyperparameters) -> dict[str, float]:
        return {"beta1": hp.beta1, "beta2": hp.beta2, "eps": hp.epsilon}

    def invert(self, g: float, after: Mapping[str, float], c: Mapping[str, float]) -> dict[str, float]:
        return {"m": _invert(c["beta1"], after["m"], (1.0 - c["beta1"]) * g),
                "v": _invert(c["beta2"], after["v"], (1.0 - c["beta2"]) * (g * g))}

    def replay(self, g: float, lr: float, t: int, before: Mapping[str, float], c: Mapping[str, float]) -> float:
        m = c["beta1"] * before["m"] + (1.0 - c["beta1"]) * g
        v = c["beta2"] * before["v"] + (1.0 - c["beta2"]) * (g * g)
        m_hat = m / (1.0 - c["beta1"] ** t)
        v_hat = v / (1.0 - c["beta2"] ** t)
        return -lr * m_hat / (math.sqrt(v_hat) + c["eps"])

    def state_lines(self, x: Shown, before: Mapping[str, float], after: Mapping[str, float],
                    c: Mapping[str, float], t: int) -> Lines:
        b1, b2 = fmt(c["beta1"]), fmt(c["beta2"])
        m, v = fmt(after["m"]), fmt(after["v"])
        m_hat = after["m"] / (1.0 - c["beta1"] ** t)
        v_hat = after["v"] / (1.0 - c["beta2"] ** t)
        return [("m ← β₁·m + (1 − β₁)·g", f"{m} ← {b1}·{signed(before['m'])} + (1 − {b1})·{x.gg}"),
                ("v ← β₂·v + (1 − β₂)·g²", f"{v} ← {b2}·{fmt(before['v'])} + (1 − {b2})·{x.gg}²"),
                ("m̂ = m / (1 − β₁ᵗ)", f"{fmt(m_hat)} = {m} / (1 − {b1}^{t})"),
                ("v̂ = v / (1 − β₂ᵗ)", f"{fmt(v_hat)} = {v} / (1 − {b2}^{t})"),
                (f"{x.s} ← {x.s} − lr·m̂ / (√v̂ + ε)",
                 f"{x.w1} ← {x.w0} − {x.lr}·{signed(m_hat)} / (√{fmt(v_hat)} + {fmt(c['eps'])})")]


RULES: dict[str, Rule] = {rule.name: rule for rule in (SGD(), Momentum(), Nesterov(), AdaGrad(), RMSProp(), Adam())}


def get(name: str) -> Rule:
    """The rule called `name`, or a ValueError listing the known ones."""
    try:
        return RULES[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(RULES)}") from None
