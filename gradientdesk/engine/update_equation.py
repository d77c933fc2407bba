"""The last update of one scalar parameter, written as the optimizer's own equation with the real numbers.

A Snapshot holds, for every parameter, its value w after the last step, the update u = w_after - w_before that step
applied, the full gradient g = dL/dw + dR/dw it used (the penalty R of regularization.py, evaluated at w_before), the
optimizer's state after the step and its step count t. Everything the equation needs follows:

* w_before = w_after - u;   dR/dw = lambda * w_before (L2) or lambda * sign(w_before) (L1), 0 for biases;
  dL/dw = g - dR/dw
* the state before the step by inverting the optimizer's state update (optimizers.py), e.g.
  momentum: v_after = mu v_before + g            =>  v_before = (v_after - g) / mu
  adagrad:  G_after = G_before + g^2             =>  G_before = G_after - g^2
  rmsprop:  s_after = rho s_before + (1-rho) g^2 =>  s_before = (s_after - (1 - rho) g^2) / rho
  adam:     m_after = b1 m_before + (1-b1) g     =>  m_before = (m_after - (1 - b1) g) / b1   (v likewise with b2)
  A decay constant of 0 multiplies the old state by 0: it cannot be recovered and does not matter; it is shown as 0.

`UpdateEquation.recompute()` replays the step from these numbers; it reproduces w_after to rounding (~1e-16), which
the tests check against real Trainer steps. `consistent` is False when the numbers do not add up, e.g. when the
learning rate was changed after the step (the snapshot then already carries the new one).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from .hyperparameters import Hyperparameters
from .snapshot import Snapshot

# the state each optimizer keeps (names as in optimizers.STATE_NAMES) and the symbol it has in the equations
STATE_SYMBOLS = {"velocity": "v", "sum_sq": "G", "mean_sq": "s", "m": "m", "v": "v"}


def fmt(x: float, digits: int = 4) -> str:
    """A number as the equations show it: `digits` significant digits, exponents without padding (1e-8, not
    1e-08)."""
    if not math.isfinite(x):
        return "NaN" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    if x == 0:
        return "0"
    if 1e-4 <= abs(x) < 1e5:
        return f"{x:.{digits}g}"
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def _signed(x: float) -> str:
    """A number as a right-hand operand: negatives in parentheses, so '- -0.2' reads '- (-0.2)'."""
    text = fmt(x)
    return f"({text})" if x < 0 else text


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

    def recompute(self) -> float:
        """w_after replayed from w_before, the gradient's two parts, the state before and the constants, in the
        optimizer's own order of operations."""
        g = self.loss_gradient + self.penalty
        lr, c, s = self.lr, self.constants, self.state_before
        opt = self.optimizer
        if opt == "sgd":
            u = -lr * g
        elif opt in ("momentum", "nesterov"):
            v = c["mu"] * s["velocity"] + g
            u = -lr * v if opt == "momentum" else -lr * (g + c["mu"] * v)
        elif opt == "adagrad":
            big_g = s["sum_sq"] + g * g
            u = -lr * g / (math.sqrt(big_g) + c["eps"])
        elif opt == "rmsprop":
            mean_sq = c["rho"] * s["mean_sq"] + (1.0 - c["rho"]) * (g * g)
            u = -lr * g / (math.sqrt(mean_sq) + c["eps"])
        elif opt == "adam":
            m = c["beta1"] * s["m"] + (1.0 - c["beta1"]) * g
            v = c["beta2"] * s["v"] + (1.0 - c["beta2"]) * (g * g)
            m_hat = m / (1.0 - c["beta1"] ** self.t)
            v_hat = v / (1.0 - c["beta2"] ** self.t)
            u = -lr * m_hat / (math.sqrt(v_hat) + c["eps"])
        else:
            raise ValueError(f"unknown optimizer {opt!r}")
        return self.before + u

    @property
    def consistent(self) -> bool:
        """True if replaying the step gives the value after it (to 1e-9 relative): the numbers shown add up."""
        return abs(self.recompute() - self.after) <= 1e-9 * (1.0 + abs(self.after))


def _invert(decay: float, after: float, added: float) -> float:
    """state_before from state_after = decay * state_before + added (0 when decay is 0: it did not matter)."""
    return (after - added) / decay if decay != 0.0 else 0.0


def update_equation(snap: Snapshot, hp: Hyperparameters, name: str, index: tuple[int, ...]) -> UpdateEquation | None:
    """The last update of parameter `name` at `index` (e.g. "dense1.W", (0, 1)) in `snap`, made with `hp`'s
    optimizer constants and regularization; None if the model has no such scalar or no step was taken yet
    (with this optimizer: snap.optimizer_t == 0)."""
    if name not in snap.parameters or snap.optimizer_t == 0:
        return None
    values = snap.parameters[name]
    if len(index) != values.ndim or any(not 0 <= i < n for i, n in zip(index, values.shape, strict=True)):
        return None
    after = float(values[index])
    u = float(snap.updates[name][index])
    g = float(snap.gradients[name][index])
    before = after - u
    weight = name.endswith(".W")  # only weights are penalized (regularization.py)
    kind = hp.regularization if weight and hp.regularization_rate > 0 else "none"
    rate = hp.regularization_rate if kind != "none" else 0.0
    penalty = rate * before if kind == "l2" else rate * float(np.sign(before)) if kind == "l1" else 0.0
    opt, t, lr = snap.optimizer, snap.optimizer_t, snap.learning_rate
    state_after = {key: float(arrays[name][index]) for key, arrays in snap.optimizer_state.items()}
    constants: dict[str, float] = {}
    state_before: dict[str, float] = {}
    if opt in ("momentum", "nesterov"):
        constants["mu"] = hp.momentum
        state_before["velocity"] = _invert(hp.momentum, state_after["velocity"], g)
    elif opt == "adagrad":
        constants["eps"] = hp.epsilon
        state_before["sum_sq"] = state_after["sum_sq"] - g * g
    elif opt == "rmsprop":
        constants.update(rho=hp.rho, eps=hp.epsilon)
        state_before["mean_sq"] = _invert(hp.rho, state_after["mean_sq"], (1.0 - hp.rho) * (g * g))
    elif opt == "adam":
        constants.update(beta1=hp.beta1, beta2=hp.beta2, eps=hp.epsilon)
        state_before["m"] = _invert(hp.beta1, state_after["m"], (1.0 - hp.beta1) * g)
        state_before["v"] = _invert(hp.beta2, state_after["v"], (1.0 - hp.beta2) * (g * g))
    symbol = "w" if weight else "b"
    eq = UpdateEquation(name=f"{name}[{','.join(map(str, index))}]", symbol=symbol, optimizer=opt, step=snap.step,
                        t=t, lr=lr, before=before, after=after, update=u, gradient=g, loss_gradient=g - penalty,
                        penalty=penalty, regularization=kind, rate=rate, state_before=state_before,
                        state_after=state_after, constants=constants)
    return _with_lines(eq)


def _gradient_terms(eq: UpdateEquation) -> tuple[str, str]:
    """g written out: 'dL/dw + lambda * w' with its numbers, or just 'dL/dw' without a penalty."""
    s = eq.symbol
    if eq.regularization == "l2":
        return f"∂L/∂{s} + λ·{s}", f"{fmt(eq.loss_gradient)} + {fmt(eq.rate)}·{_signed(eq.before)}"
    if eq.regularization == "l1":
        return (f"∂L/∂{s} + λ·sign({s})",
                f"{fmt(eq.loss_gradient)} + {fmt(eq.rate)}·{_signed(float(np.sign(eq.before)))}")
    return f"∂L/∂{s}", fmt(eq.loss_gradient)


def _with_lines(eq: UpdateEquation) -> UpdateEquation:
    """Attach the (symbolic, numeric) lines of the equation for eq.optimizer (see optimizers.FORMULAS)."""
    s, c, sb, sa = eq.symbol, eq.constants, eq.state_before, eq.state_after
    # enough digits for w before and after to differ visibly: a step of 2e-6 on 0.2384 needs 7
    scale = max(abs(eq.before), abs(eq.after))
    digits = 4 if eq.update == 0 or scale == 0 else min(12, max(4, math.ceil(math.log10(scale / abs(eq.update))) + 2))
    w0, w1, lr = fmt(eq.before, digits), fmt(eq.after, digits), fmt(eq.lr)
    g_sym, g_num = _gradient_terms(eq)
    lines: list[tuple[str, str]] = []
    if eq.optimizer == "sgd":
        if eq.regularization == "none":
            lines.append((f"{s} ← {s} − lr·{g_sym}", f"{w1} ← {w0} − {lr}·{_signed(eq.loss_gradient)}"))
        else:
            lines.append((f"{s} ← {s} − lr·({g_sym})", f"{w1} ← {w0} − {lr}·({g_num})"))
        return replace(eq, lines=tuple(lines))
    g = fmt(eq.gradient)
    if eq.regularization != "none":
        lines.append((f"g = {g_sym}", f"{g} = {g_num}"))
    else:
        lines.append((f"g = {g_sym}", g))
    gg = _signed(eq.gradient)
    if eq.optimizer in ("momentum", "nesterov"):
        mu = fmt(c["mu"])
        lines.append(("v ← μ·v + g", f"{fmt(sa['velocity'])} ← {mu}·{_signed(sb['velocity'])} + {gg}"))
        if eq.optimizer == "momentum":
            lines.append((f"{s} ← {s} − lr·v", f"{w1} ← {w0} − {lr}·{_signed(sa['velocity'])}"))
        else:
            lines.append((f"{s} ← {s} − lr·(g + μ·v)", f"{w1} ← {w0} − {lr}·({g} + {mu}·{_signed(sa['velocity'])})"))
    elif eq.optimizer == "adagrad":
        lines.append(("G ← G + g²", f"{fmt(sa['sum_sq'])} ← {fmt(sb['sum_sq'])} + {gg}²"))
        lines.append((f"{s} ← {s} − lr·g / (√G + ε)",
                      f"{w1} ← {w0} − {lr}·{gg} / (√{fmt(sa['sum_sq'])} + {fmt(c['eps'])})"))
    elif eq.optimizer == "rmsprop":
        rho = fmt(c["rho"])
        lines.append(("s ← ρ·s + (1 − ρ)·g²", f"{fmt(sa['mean_sq'])} ← {rho}·{fmt(sb['mean_sq'])} + (1 − {rho})·{gg}²"))
        lines.append((f"{s} ← {s} − lr·g / (√s + ε)",
                      f"{w1} ← {w0} − {lr}·{gg} / (√{fmt(sa['mean_sq'])} + {fmt(c['eps'])})"))
    elif eq.optimizer == "adam":
        b1, b2, t = fmt(c["beta1"]), fmt(c["beta2"]), eq.t
        m_hat = sa["m"] / (1.0 - c["beta1"] ** t)
        v_hat = sa["v"] / (1.0 - c["beta2"] ** t)
        lines.append(("m ← β₁·m + (1 − β₁)·g", f"{fmt(sa['m'])} ← {b1}·{_signed(sb['m'])} + (1 − {b1})·{gg}"))
        lines.append(("v ← β₂·v + (1 − β₂)·g²", f"{fmt(sa['v'])} ← {b2}·{fmt(sb['v'])} + (1 − {b2})·{gg}²"))
        lines.append(("m̂ = m / (1 − β₁ᵗ)", f"{fmt(m_hat)} = {fmt(sa['m'])} / (1 − {b1}^{t})"))
        lines.append(("v̂ = v / (1 − β₂ᵗ)", f"{fmt(v_hat)} = {fmt(sa['v'])} / (1 − {b2}^{t})"))
        lines.append((f"{s} ← {s} − lr·m̂ / (√v̂ + ε)",
                      f"{w1} ← {w0} − {lr}·{_signed(m_hat)} / (√{fmt(v_hat)} + {fmt(c['eps'])})"))
    return replace(eq, lines=tuple(lines))


