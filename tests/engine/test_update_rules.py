"""The optimizer rule objects (engine/update_rules.py): each one's scalar replay and state inversion agree with its
own in-place step, and its displayed equation matches real Trainer steps, number for number."""

from __future__ import annotations

import re

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets
from gradientdesk.engine.choices import OPTIMIZER_LABELS, OPTIMIZERS
from gradientdesk.engine.optimizers import Optimizer
from gradientdesk.engine.update_equation import update_equation
from gradientdesk.engine.update_rules import RULES, get

HP = Hyperparameters(learning_rate=0.07, momentum=0.8, rho=0.7, beta1=0.85, beta2=0.99, epsilon=1e-6)
DATA = datasets.make("moons", n=100, seed=5, test_fraction=0.2)


def test_one_rule_per_optimizer_with_its_label_and_state():
    assert tuple(RULES) == OPTIMIZERS
    for name, rule in RULES.items():
        assert get(name) is rule and rule.name == name and rule.label == OPTIMIZER_LABELS[name]
        for _state, symbol in rule.state:  # every state symbol of the equation is explained
            assert any(symbol in entry for entry, _meaning in rule.glossary)
    with pytest.raises(ValueError, match="unknown optimizer"):
        get("lbfgs")


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_replay_and_inversion_agree_with_the_in_place_step(name):
    rng = np.random.default_rng(3)
    size = 40
    opt = Optimizer(name, size, HP)
    rule = opt.rule
    c = rule.constants(HP)
    w = rng.normal(size=size)
    for _ in range(6):  # several steps: t > 1 and state far from 0
        g = rng.normal(size=size) * rng.choice([1e-4, 1.0, 30.0], size=size)
        before = {key: arr.copy() for key, arr in opt.state.items()}
        w0 = w.copy()
        opt.step(w, g)
        for i in range(size):
            after = {key: float(arr[i]) for key, arr in opt.state.items()}
            recovered = rule.invert(float(g[i]), after, c)
            assert set(recovered) == set(rule.state_names) == set(opt.state)
            for key, value in recovered.items():  # to rounding of the larger of the state and what was added
                scale = abs(after[key]) + float(g[i]) ** 2 + abs(float(g[i]))
                assert value == pytest.approx(float(before[key][i]), rel=1e-9, abs=1e-14 * scale)
            u = rule.replay(float(g[i]), opt.lr, opt.t, {k: float(v[i]) for k, v in before.items()}, c)
            assert w0[i] + u == pytest.approx(w[i], rel=1e-12, abs=1e-15)
            assert u == pytest.approx(float(opt.update[i]), rel=1e-12, abs=1e-18)


def numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text.replace("−", "-"))]


# the step line of each rule: its symbols, and how its printed numbers give the update
STEP_LINES = {
    "momentum": ("w ← w − lr·v", lambda lr, v: -lr * v),
    "nesterov": ("w ← w − lr·(g + μ·v)", lambda lr, g, mu, v: -lr * (g + mu * v)),
    "adagrad": ("w ← w − lr·g / (√G + ε)", lambda lr, g, G, eps: -lr * g / (np.sqrt(G) + eps)),
    "rmsprop": ("w ← w − lr·g / (√s + ε)", lambda lr, g, s, eps: -lr * g / (np.sqrt(s) + eps)),
    "adam": ("w ← w − lr·m̂ / (√v̂ + ε)", lambda lr, m, v, eps: -lr * m / (np.sqrt(v) + eps)),
}
STATE_LINES = {
    "momentum": ["v ← μ·v + g"], "nesterov": ["v ← μ·v + g"], "adagrad": ["G ← G + g²"],
    "rmsprop": ["s ← ρ·s + (1 − ρ)·g²"],
    "adam": ["m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g²", "m̂ = m / (1 − β₁ᵗ)", "v̂ = v / (1 − β₂ᵗ)"],
}


@pytest.mark.parametrize("name", list(STEP_LINES))
def test_the_displayed_equation_is_the_real_steps_own(name):
    hp = HP.replace(model="mlp", hidden_layers=(4,), optimizer=name, batch_size=10, seed=4)
    trainer = Trainer(DATA, hp)
    trainer.run_steps(5)
    trainer.step()
    snap = trainer.snapshot()
    for ref in snap.spec.refs():
        if not snap.spec.is_weight(ref):
            continue
        eq = update_equation(snap, ref)
        symbols = [s for s, _ in eq.lines]
        assert symbols == ["g = ∂L/∂w", *STATE_LINES[name], STEP_LINES[name][0]]
        assert eq.consistent and eq.rule is RULES[name]
        # the first state line starts with the state after the step, as printed
        first_state = RULES[name].state[0][0]
        assert numbers(eq.lines[1][1])[0] == pytest.approx(eq.state_after[first_state], rel=1e-3, abs=1e-12)
        # the printed numbers of the step line give the printed change, to the precision printed
        w1, w0, *operands = numbers(eq.lines[-1][1])
        if name == "adam":
            operands = operands[:4]
        update = STEP_LINES[name][1](*operands)
        assert w0 + update == pytest.approx(w1, abs=5e-4 * max(1.0, abs(w1)) + 5e-3 * abs(update))


def test_a_bias_reads_b_and_a_penalty_shows_in_g_but_not_for_biases():
    hp = HP.replace(model="mlp", hidden_layers=(3,), optimizer="rmsprop", regularization="l1",
                    regularization_rate=0.01, seed=4)
    trainer = Trainer(DATA, hp)
    trainer.run_steps(3)
    snap = trainer.snapshot()
    weight = update_equation(snap, ScalarRef("dense1.W", (0, 1)))
    bias = update_equation(snap, ScalarRef("dense1.b", (2,)))
    assert weight.lines[0][0] == "g = ∂L/∂w + λ·sign(w)" and weight.regularization == "l1"
    assert bias.lines[0][0] == "g = ∂L/∂b" and bias.regularization == "none" and bias.symbol == "b"
    assert bias.lines[-1][0] == "b ← b − lr·g / (√s + ε)"
    assert weight.consistent and bias.consistent


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_rules_calls_are_its_step_but_for_counting_t(name):
    """Rule.calls (a trainer compiles them into its step) give the same bits as Rule.step, or there are none."""
    rng = np.random.default_rng(3)
    hp = Hyperparameters(optimizer=name, learning_rate=0.05, momentum=0.8)
    by_step, by_calls = (Optimizer(name, 7, hp) for _ in range(2))
    w_step = rng.normal(size=7)
    w_calls = w_step.copy()
    g = np.empty(7)
    calls = by_calls.rule.calls(by_calls, w_calls, g)
    if calls is None:
        assert name in ("adagrad", "rmsprop", "adam")
        return
    for _ in range(4):
        g[...] = rng.normal(size=7)
        by_step.step(w_step, g)
        for function, *operands in calls:
            function(*operands)
    np.testing.assert_array_equal(w_calls, w_step)
    np.testing.assert_array_equal(by_calls.update, by_step.update)
    for key, values in by_step.state.items():
        np.testing.assert_array_equal(by_calls.state[key], values)
    assert (by_step.t, by_calls.t) == (4, 0)
