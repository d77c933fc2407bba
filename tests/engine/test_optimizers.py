"""Optimizer update rules against hand computations of the formulas in optimizers.py, and what a Trainer exposes."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.hyperparameters import OPTIMIZERS
from gradientdesk.engine.optimizers import Optimizer

LR, MU, RHO, B1, B2, EPS = 0.1, 0.9, 0.8, 0.9, 0.999, 1e-8
HP = Hyperparameters(learning_rate=LR, momentum=MU, rho=RHO, beta1=B1, beta2=B2, epsilon=EPS)
W0 = np.array([1.0, -2.0, 0.5, 0.0, 3.0])
G1 = np.array([0.5, -1.0, 2.0, 0.0, 1e-3])
G2 = np.array([-0.3, 0.2, 1.0, 4.0, 1e-3])


def _expected(name: str) -> tuple[list[np.ndarray], list[np.ndarray], dict[str, np.ndarray]]:
    """Updates u1, u2 and the state after two steps, written out from the docstring formulas."""
    g1, g2 = G1, G2
    if name == "sgd":
        return [-LR * g1, -LR * g2], [], {}
    if name == "momentum":
        v1 = g1
        v2 = MU * v1 + g2
        return [-LR * v1, -LR * v2], [v1, v2], {"velocity": v2}
    if name == "nesterov":
        v1 = g1
        v2 = MU * v1 + g2
        return [-LR * (g1 + MU * v1), -LR * (g2 + MU * v2)], [v1, v2], {"velocity": v2}
    if name == "adagrad":
        G1_ = g1**2
        G2_ = G1_ + g2**2
        return [-LR * g1 / (np.sqrt(G1_) + EPS), -LR * g2 / (np.sqrt(G2_) + EPS)], [G1_, G2_], {"sum_sq": G2_}
    if name == "rmsprop":
        s1 = (1 - RHO) * g1**2
        s2 = RHO * s1 + (1 - RHO) * g2**2
        return [-LR * g1 / (np.sqrt(s1) + EPS), -LR * g2 / (np.sqrt(s2) + EPS)], [s1, s2], {"mean_sq": s2}
    if name == "adam":
        m1 = (1 - B1) * g1
        v1 = (1 - B2) * g1**2
        u1 = -LR * (m1 / (1 - B1)) / (np.sqrt(v1 / (1 - B2)) + EPS)
        m2 = B1 * m1 + (1 - B1) * g2
        v2 = B2 * v1 + (1 - B2) * g2**2
        u2 = -LR * (m2 / (1 - B1**2)) / (np.sqrt(v2 / (1 - B2**2)) + EPS)
        return [u1, u2], [], {"m": m2, "v": v2}
    raise AssertionError(name)


def test_every_optimizer_is_covered():
    assert set(OPTIMIZERS) == {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_first_two_updates_match_hand_computation(name):
    opt = Optimizer(name, W0.size, HP)
    assert opt.lr == LR
    updates, _, state = _expected(name)
    w = W0.copy()
    g1, g2 = G1.copy(), G2.copy()
    opt.step(w, g1)
    assert opt.t == 1
    np.testing.assert_allclose(opt.update, updates[0], rtol=1e-12, atol=1e-17)
    np.testing.assert_allclose(w, W0 + updates[0], rtol=1e-12, atol=1e-17)
    opt.step(w, g2)
    assert opt.t == 2
    np.testing.assert_allclose(opt.update, updates[1], rtol=1e-12, atol=1e-17)
    np.testing.assert_allclose(w, W0 + updates[0] + updates[1], rtol=1e-12, atol=1e-17)
    # the gradients are read, never changed
    np.testing.assert_array_equal(g1, G1)
    np.testing.assert_array_equal(g2, G2)
    assert set(opt.state) == set(state)
    for key, value in state.items():
        np.testing.assert_allclose(opt.state[key], value, rtol=1e-12, atol=1e-20, err_msg=key)


def test_adam_first_step_is_lr_times_sign():
    """A textbook property: Adam's bias-corrected first step is -lr * sign(g) (up to epsilon)."""
    opt = Optimizer("adam", W0.size, HP)
    w = W0.copy()
    opt.step(w, G1)
    nonzero = G1 != 0
    np.testing.assert_allclose(opt.update[nonzero], -LR * np.sign(G1[nonzero]), rtol=1e-4)
    assert opt.update[~nonzero] == pytest.approx(0.0)


def test_momentum_with_zero_momentum_is_sgd():
    hp = HP.replace(momentum=0.0)
    w_sgd, w_mom = W0.copy(), W0.copy()
    sgd, mom = Optimizer("sgd", W0.size, hp), Optimizer("momentum", W0.size, hp)
    for g in (G1, G2, G1):
        sgd.step(w_sgd, g)
        mom.step(w_mom, g)
    np.testing.assert_allclose(w_mom, w_sgd, rtol=1e-15)


def test_learning_rate_setter_and_reset():
    opt = Optimizer("momentum", W0.size, HP)
    opt.lr = 0.5
    assert opt.lr == 0.5
    w = W0.copy()
    opt.step(w, G1)
    np.testing.assert_allclose(opt.update, -0.5 * G1)
    opt.reset()
    assert opt.t == 0
    assert not opt.state["velocity"].any()
    assert not opt.update.any()


def test_unknown_optimizer_raises():
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        Optimizer("lbfgs", 3, HP)


# ---- through a Trainer -------------------------------------------------------------------------------------------
STATE_KEYS = {
    "sgd": set(),
    "momentum": {"velocity"},
    "nesterov": {"velocity"},
    "adagrad": {"sum_sq"},
    "rmsprop": {"mean_sq"},
    "adam": {"m", "v"},
}


def _trainer(optimizer: str, **extra) -> Trainer:
    ds = datasets.make("circle", n=20, seed=1)
    hp = Hyperparameters(
        model="mlp", hidden_layers=(4, 3), optimizer=optimizer, learning_rate=0.05, batch_size=6, seed=3, **extra
    )
    return Trainer(ds, hp)


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_snapshot_updates_are_parameter_differences(optimizer):
    trainer = _trainer(optimizer)
    for _ in range(5):  # crosses an epoch boundary (20 points in batches of 6, 6, 6, 2)
        before = trainer.snapshot().parameters
        assert trainer.step()
        snap = trainer.snapshot()
        for name, value in snap.parameters.items():
            diff = value - before[name]
            assert np.abs(diff).max() > 0, name
            np.testing.assert_allclose(snap.updates[name], diff, rtol=1e-9, atol=1e-15, err_msg=name)


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_optimizer_state_is_exposed_per_parameter(optimizer):
    trainer = _trainer(optimizer)
    assert trainer.step()
    snap = trainer.snapshot()
    assert snap.optimizer == optimizer
    assert snap.optimizer_t == 1
    assert set(snap.optimizer_state) == STATE_KEYS[optimizer]
    names = list(snap.parameters)
    for key, per_parameter in snap.optimizer_state.items():
        assert list(per_parameter) == names, key
        for name, arr in per_parameter.items():
            assert arr.shape == snap.parameters[name].shape
            assert not arr.flags.writeable
            assert np.all(np.isfinite(arr))
    g = snap.gradients
    lr = snap.learning_rate
    assert lr == 0.05
    # after one step from empty state, each state is a simple function of the first gradient
    for name in names:
        if optimizer in ("momentum", "nesterov"):
            np.testing.assert_allclose(snap.optimizer_state["velocity"][name], g[name], rtol=1e-15)
        elif optimizer == "adagrad":
            np.testing.assert_allclose(snap.optimizer_state["sum_sq"][name], g[name] ** 2, rtol=1e-15)
        elif optimizer == "rmsprop":
            np.testing.assert_allclose(snap.optimizer_state["mean_sq"][name], 0.1 * g[name] ** 2, rtol=1e-12)
        elif optimizer == "adam":
            np.testing.assert_allclose(snap.optimizer_state["m"][name], 0.1 * g[name], rtol=1e-12)
            np.testing.assert_allclose(snap.optimizer_state["v"][name], 0.001 * g[name] ** 2, rtol=1e-12)
        elif optimizer == "sgd":
            np.testing.assert_allclose(snap.updates[name], -lr * g[name], rtol=1e-15)
    # the snapshot is a copy: more training does not change it
    frozen = {k: {n: a.copy() for n, a in v.items()} for k, v in snap.optimizer_state.items()}
    trainer.step()
    for key, per_parameter in frozen.items():
        for name, arr in per_parameter.items():
            np.testing.assert_array_equal(snap.optimizer_state[key][name], arr)


def test_switching_optimizer_keeps_parameters_and_starts_fresh_state():
    trainer = _trainer("adam")
    trainer.run_steps(3)
    before = trainer.snapshot().parameters
    assert trainer.set_hyperparameters(trainer.hp.replace(optimizer="momentum")) is False
    snap = trainer.snapshot()
    for name, value in before.items():
        np.testing.assert_array_equal(snap.parameters[name], value)
    assert set(snap.optimizer_state) == {"velocity"}
    assert snap.optimizer_t == 0
    assert all(not a.any() for a in snap.optimizer_state["velocity"].values())
    assert trainer.step()
    snap = trainer.snapshot()
    for name in snap.parameters:  # first momentum step from empty state: v = g
        np.testing.assert_allclose(snap.optimizer_state["velocity"][name], snap.gradients[name], rtol=1e-15)


def test_live_momentum_change_applies():
    trainer = _trainer("momentum", momentum=0.5)
    trainer.step()
    v1 = {n: a.copy() for n, a in trainer.snapshot().optimizer_state["velocity"].items()}
    trainer.set_hyperparameters(trainer.hp.replace(momentum=0.0))
    trainer.step()
    snap = trainer.snapshot()
    for name in snap.parameters:
        # with mu = 0 the velocity is just the newest gradient
        np.testing.assert_allclose(snap.optimizer_state["velocity"][name], snap.gradients[name], rtol=1e-15)
        assert not np.allclose(snap.optimizer_state["velocity"][name], v1[name])
