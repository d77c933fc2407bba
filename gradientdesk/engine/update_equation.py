"""The last update of one scalar parameter, written as the optimizer's own equation with the real numbers.

A Snapshot holds, for every parameter, its value w after the last step, the update u = w_after - w_before that step
applied, the full gradient g = dL/dw + dR/dw it used (the penalty R of regularization.py, evaluated at w_before), the
optimizer's state after the step, its step count t and the hyperparameters in force. Everything the equation needs
follows:

* w_before = w_after - u;   dR/dw = lambda * w_before (L2) or lambda * sign(w_before) (L1), 0 for biases;
  dL/dw = g - dR/dw
* the state before the step, by inverting the rule's state update, and the equation's lines: both from the rule
  object (update_rules.py), which also runs the real step.

`UpdateEquation.recompute()` replays the step from these numbers; it reproduces w_after to rounding (~1e-16), which
the tests check against real Trainer steps. `consistent` is False when the numbers do not add up, e.g. when the
learning rate was changed after the step (the snapshot then already carries the new one).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from . import update_rules
from .hyperparameters import Hyperparameters
from .number_text import fmt, signed
from .scalar_ref import ScalarRef
from .snapshot import Snapshot

__all__ = ["COMMON_GLOSSARY", "PENALTY_GLOSSARY", "UpdateEquation", "fmt", "update_equation"]

# the symbols every equation uses (each rule adds its own: update_rules.Rule.glossary)
COMMON_GLOSSARY = (("w, b", "the weight (or bias): after the step on the left of ←, before it on the right"),
                   ("←", "'becomes': the value after this step"),
                   ("lr", "the learning rate of this step"),
                   ("∂L/∂w", "the gradient of the loss on this step's minibatch: how the loss changes with w"),
                   ("g", "the gradient the optimizer uses: ∂L/∂w plus the penalty's gradient"))
PENALTY_GLOSSARY = (("λ", "the regularization strength; L2 adds λ·w to the gradient, L1 adds λ·sign(w); biases "
                          "never"),)


@dataclass(frozen=True)
class UpdateEquation:
    """One scalar's last update. Numbers are floats; `lines` are (symbolic, numeric) pairs ready to show.

    `symbol` is "w" for a weight and "b" for a bias; `loss_gradient` is dL/dw on the minibatch, `penalty` dR/dw,
    `gradient` g = their sum (what the optimizer used); `state_before` / `state_after` map state names (velocity, m,
    v, ...) to numbers; `constants` holds mu, rho, beta1, beta2, eps as the optimizer uses them.
    """

    name: str
    symbol: str
    optimizer: str
    step: int
    t: int
    lr: float
    before: float
    after: float
    update: float
    gradient: float
    loss_gradient: float
    penalty: float
    regularization: str  # "none", "l1" or "l2" as applied to this scalar (biases: always "none")
    rate: float
    state_before: Mapping[str, float] = field(default_factory=dict)
    state_after: Mapping[str, float] = field(default_factory=dict)
    constants: Mapping[str, float] = field(default_factory=dict)
    lines: tuple[tuple[str, str], ...] = ()

    @property
    def rule(self) -> update_rules.Rule:
        return update_rules.get(self.optimizer)

    def recompute(self) -> float:
        """w_after replayed from w_before, the gradient's two parts, the state before and the constants, in the
        optimizer's own order of operations."""
        g = self.loss_gradient + self.penalty
        return self.before + self.rule.replay(g, self.lr, self.t, self.state_before, self.constants)

    @property
    def consistent(self) -> bool:
        """True if replaying the step gives the value after it (to 1e-9 relative): the numbers shown add up."""
        return abs(self.recompute() - self.after) <= 1e-9 * (1.0 + abs(self.after))


def update_equation(snap: Snapshot, ref: ScalarRef, hp: Hyperparameters | None = None) -> UpdateEquation | None:
    """The last update of scalar `ref` in `snap`, made with the optimizer constants and regularization of `hp`
    (by default the snapshot's own hyperparameters); None if the model has no such scalar or no step was taken yet
    (with this optimizer: snap.optimizer_t == 0)."""
    hp = hp if hp is not None else snap.hyperparameters
    if not snap.spec.has(ref) or snap.optimizer_t == 0:
        return None
    name, index = ref.name, ref.index
    after = float(snap.parameters[name][index])
    u = float(snap.updates[name][index])
    g = float(snap.gradients[name][index])
    before = after - u
    weight = snap.spec.is_weight(ref)  # only weights are penalized (regularization.py)
    kind = hp.regularization if weight and hp.regularization_rate > 0 else "none"
    rate = hp.regularization_rate if kind != "none" else 0.0
    penalty = rate * before if kind == "l2" else rate * float(np.sign(before)) if kind == "l1" else 0.0
    rule = update_rules.get(snap.optimizer)
    state_after = {key: float(arrays[name][index]) for key, arrays in snap.optimizer_state.items()}
    constants = rule.constants(hp)
    eq = UpdateEquation(name=ref.flat, symbol="w" if weight else "b", optimizer=rule.name, step=snap.step,
                        t=snap.optimizer_t, lr=snap.learning_rate, before=before, after=after, update=u, gradient=g,
                        loss_gradient=g - penalty, penalty=penalty, regularization=kind, rate=rate,
                        state_before=rule.invert(g, state_after, constants), state_after=state_after,
                        constants=constants)
    return replace(eq, lines=tuple(rule.lines(_shown(eq), eq.state_before, eq.state_after, constants, eq.t)))


def _shown(eq: UpdateEquation) -> update_rules.Shown:
    """The equation's numbers as text, with enough digits for w before and after to differ visibly (a step of 2e-6
    on 0.2384 needs 7)."""
    s = eq.symbol
    scale = max(abs(eq.before), abs(eq.after))
    digits = 4 if eq.update == 0 or scale == 0 else min(12, max(4, math.ceil(math.log10(scale / abs(eq.update))) + 2))
    if eq.regularization == "l2":
        g_sym, g_num = f"∂L/∂{s} + λ·{s}", f"{fmt(eq.loss_gradient)} + {fmt(eq.rate)}·{signed(eq.before)}"
    elif eq.regularization == "l1":
        g_sym = f"∂L/∂{s} + λ·sign({s})"
        g_num = f"{fmt(eq.loss_gradient)} + {fmt(eq.rate)}·{signed(float(np.sign(eq.before)))}"
    else:
        g_sym, g_num = f"∂L/∂{s}", fmt(eq.loss_gradient)
    return update_rules.Shown(s=s, w0=fmt(eq.before, digits), w1=fmt(eq.after, digits), lr=fmt(eq.lr),
                              g=fmt(eq.gradient), gg=signed(eq.gradient), g_sym=g_sym, g_num=g_num,
                              dl=signed(eq.loss_gradient), regularized=eq.regularization != "none")
