"""The update inspector's equation (engine/update_equation.py) against real Trainer steps: the numbers it shows
replay the engine's actual update to 1e-12, for every optimizer, with and without a penalty."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets
from gradientdesk.engine.update_equation import fmt, update_equation

DATA = datasets.make("circle", n=120, seed=3, test_fraction=0.25)


def one_step(optimizer: str, regularization: str = "none", rate: float = 0.0, warmup: int = 7):
    """(hp, snapshot before, snapshot after) of one real step taken after `warmup` steps (so the state is not 0)."""
    hp = Hyperparameters(model="mlp", hidden_layers=(3,), optimizer=optimizer, learning_rate=0.05,
                         regularization=regularization, regularization_rate=rate, batch_size=8, seed=2)
    trainer = Trainer(DATA, hp)
    trainer.run_steps(warmup)
    before = trainer.snapshot()
    assert trainer.step()
    return hp, before, trainer.snapshot()


def every_scalar(snap):
    for name, values in snap.parameters.items():
        for index in np.ndindex(values.shape):
            yield name, index


CASES = [("sgd", "none", 0.0), ("sgd", "l2", 0.01), ("sgd", "l1", 0.01), ("momentum", "none", 0.0),
         ("momentum", "l2", 0.01), ("adam", "none", 0.0), ("adam", "l2", 0.01), ("nesterov", "l2", 0.01),
         ("adagrad", "none", 0.0), ("rmsprop", "l2", 0.01)]


@pytest.mark.parametrize(("optimizer", "regularization", "rate"), CASES)
def test_the_equation_reproduces_the_engines_update(optimizer, regularization, rate):
    hp, s0, s1 = one_step(optimizer, regularization, rate)
    for name, index in every_scalar(s1):
        eq = update_equation(s1, ScalarRef(name, index), hp)
        assert eq is not None
        after, before = float(s1.parameters[name][index]), float(s0.parameters[name][index])
        assert abs(eq.recompute() - after) <= 1e-12
        assert abs(eq.before - before) <= 1e-12  # w_before = w_after - u is the value the step started from
        for key, value in eq.state_before.items():  # the inverted state is the state before the step
            assert abs(value - float(s0.optimizer_state[key][name][index])) <= 1e-12
        assert eq.consistent
        if regularization != "none" and name.endswith(".W"):  # the penalty's part is shown on its own
            expected = rate * before if regularization == "l2" else rate * np.sign(before)
            assert eq.penalty == pytest.approx(expected, abs=1e-15)
            assert eq.loss_gradient + eq.penalty == pytest.approx(eq.gradient, abs=1e-15)
        else:
            assert eq.penalty == 0.0 and eq.regularization == "none"


def numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text.replace("−", "-"))]


def test_sgd_with_l2_reads_as_the_textbook_equation_and_its_printed_numbers_add_up():
    hp, _s0, s1 = one_step("sgd", "l2", 0.01)
    eq = update_equation(s1, ScalarRef("dense1.W", (1, 0)), hp)
    ((symbolic, numeric),) = eq.lines
    assert symbolic == "w ← w − lr·(∂L/∂w + λ·w)"
    w_after, w_before, lr, dl, lam, w_pen = numbers(numeric)
    assert lr == 0.05 and lam == 0.01
    assert w_after == pytest.approx(eq.after, rel=1e-3)
    # the printed (rounded) numbers give the printed result to their precision
    assert w_before - lr * (dl + lam * w_pen) == pytest.approx(w_after, abs=5e-4 * max(1.0, abs(w_after)))
    assert numeric.startswith(fmt(eq.after, 4)[:4])


def test_momentum_and_adam_show_their_state():
    hp, _s0, s1 = one_step("momentum")
    eq = update_equation(s1, ScalarRef("dense2.W", (0, 2)), hp)
    assert [s for s, _ in eq.lines] == ["g = ∂L/∂w", "v ← μ·v + g", "w ← w − lr·v"]
    v_after, mu, v_before, g = numbers(eq.lines[1][1])
    assert mu == 0.9 and v_after == pytest.approx(mu * v_before + g, abs=1e-3)
    hp, _s0, s1 = one_step("adam")
    eq = update_equation(s1, ScalarRef("dense1.b", (2,)), hp)
    assert [s for s, _ in eq.lines][1:] == ["m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g²", "m̂ = m / (1 − β₁ᵗ)",
                                            "v̂ = v / (1 − β₂ᵗ)", "b ← b − lr·m̂ / (√v̂ + ε)"]
    assert eq.t == 8 and "^8" in eq.lines[3][1]  # bias correction with the real t
    assert set(eq.state_before) == {"m", "v"} and eq.constants["beta2"] == 0.999


def test_no_equation_before_the_first_step_and_none_for_unknown_scalars():
    hp = Hyperparameters(model="mlp", hidden_layers=(3,), seed=2)
    trainer = Trainer(DATA, hp)
    assert update_equation(trainer.snapshot(), ScalarRef("dense1.W", (0, 0)), hp) is None
    trainer.step()
    snap = trainer.snapshot()
    assert update_equation(snap, ScalarRef("dense9.W", (0, 0)), hp) is None
    assert update_equation(snap, ScalarRef("dense1.W", (5, 0)), hp) is None


def test_a_learning_rate_changed_after_the_step_is_detected():
    hp, _s0, s1 = one_step("sgd")
    changed = dataclasses.replace(s1, learning_rate=0.5)  # what a snapshot after a live change carries
    eq = update_equation(changed, ScalarRef("dense1.W", (0, 0)), hp)
    assert not eq.consistent


def test_tiny_updates_get_enough_digits_to_differ():
    hp, _s0, s1 = one_step("sgd")
    eq = update_equation(s1, ScalarRef("dense1.W", (0, 0)), hp)
    left, right = eq.lines[0][1].split(" ← ")
    assert left != right.split(" − ")[0]
