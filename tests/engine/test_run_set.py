"""RunSet: each of R batched runs equals a Trainer with its hyperparameters after the same steps (to 1e-12), for
every optimizer, batch size, schedule and penalty; one run diverges alone; same seed, same start; reset; the
structure is shared or refused."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, RunSet, Snapshot, Trainer, datasets
from gradientdesk.engine.hyperparameters import OPTIMIZERS

pytestmark = pytest.mark.filterwarnings("error")  # no overflow / invalid-value RuntimeWarning may escape either

TOL = 1e-12
SPIRAL = datasets.make("spiral", n=60, seed=4, test_fraction=0.25)  # 45 training points
BASE = Hyperparameters(model="mlp", hidden_layers=(6, 4), activation="tanh", learning_rate=0.03, batch_size=10,
                       seed=1, momentum=0.8, rho=0.85, beta1=0.85, beta2=0.99, epsilon=1e-7)


def _close(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= TOL))


def assert_matches(snap: Snapshot, expected: Snapshot) -> None:
    """`snap` (a run of a RunSet) is the Trainer's `expected` snapshot: same counters, numbers within TOL."""
    assert (snap.step, snap.epoch, snap.examples_seen) == (expected.step, expected.epoch, expected.examples_seen)
    assert (snap.stopped, snap.diverged, snap.diverged_step) == (expected.stopped, expected.diverged,
                                                                 expected.diverged_step)
    assert snap.message == expected.message
    assert snap.optimizer == expected.optimizer and snap.optimizer_t == expected.optimizer_t
    assert snap.learning_rate == pytest.approx(expected.learning_rate, rel=1e-15)
    assert snap.spec.layer_sizes == expected.spec.layer_sizes and snap.spec.names == expected.spec.names
    for name in expected.parameters:
        assert _close(snap.parameters[name], expected.parameters[name]), name
        assert _close(snap.gradients[name], expected.gradients[name]), name
        assert _close(snap.updates[name], expected.updates[name]), name
    for key, state in expected.optimizer_state.items():
        for name in state:
            assert _close(snap.optimizer_state[key][name], state[name]), (key, name)
    assert snap.train_loss == pytest.approx(expected.train_loss, abs=TOL)
    if expected.test_loss is not None:
        assert snap.test_loss == pytest.approx(expected.test_loss, abs=TOL)
    if expected.batch_indices is None:
        assert snap.batch_indices is None
    else:
        assert np.array_equal(snap.batch_indices, expected.batch_indices)


def trainer_snapshots(dataset, hps, steps: int | None = None, epochs: int | None = None) -> list[Snapshot]:
    out = []
    for hp in hps:
        trainer = Trainer(dataset, hp)
        trainer.search_rates = False  # a RunSet does not search (run_set.py)
        if steps is not None:
            trainer.run_steps(steps)
        if epochs is not None:
            trainer.run_epochs(epochs)
        out.append(trainer.snapshot())
    return out


def check_against_trainers(dataset, hps, steps: int | None = None, epochs: int | None = None) -> RunSet:
    runs = RunSet(dataset, hps)
    if steps is not None:
        runs.run_steps(steps)
    if epochs is not None:
        runs.run_epochs(epochs)
    snaps = runs.snapshots()
    assert len(snaps) == len(hps)
    for snap, expected in zip(snaps, trainer_snapshots(dataset, hps, steps, epochs), strict=True):
        assert_matches(snap, expected)
    return runs


@pytest.mark.parametrize("batch_size", [1, 10, 1000])  # 1000: full batch (45 training points)
@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_each_run_equals_its_trainer(optimizer, batch_size):
    hps = [BASE.replace(optimizer=optimizer, batch_size=batch_size, learning_rate=lr, seed=seed)
           for lr, seed in ((0.03, 1), (0.1, 1), (0.01, 2))]
    check_against_trainers(SPIRAL, hps, steps=23)


def test_long_runs_stay_equal():
    """500 steps: a last-bit difference would have grown by now (Adam's bias corrections once differed in the last
    bit for some t, 1e-2 apart after 500 steps: run_group.LibmPowers)."""
    hps = [BASE.replace(optimizer=o, learning_rate=lr) for o in OPTIMIZERS for lr in (0.01, 0.05)]
    check_against_trainers(SPIRAL, hps, steps=500)


def test_every_optimizer_and_batch_size_in_one_set():
    """Mixed optimizers (one stacked update per optimizer) and batch sizes (one group per batch size)."""
    hps = [BASE.replace(optimizer=o, batch_size=b, seed=s, learning_rate=lr)
           for o, b, s, lr in (("adam", 10, 1, 0.01), ("sgd", 10, 1, 0.1), ("momentum", 7, 3, 0.05),
                               ("nesterov", 1, 1, 0.02), ("rmsprop", 10, 2, 0.01), ("adagrad", 1000, 1, 0.1),
                               ("sgd", 7, 3, 0.2), ("adam", 10, 2, 0.02))]
    check_against_trainers(SPIRAL, hps, steps=31)
    check_against_trainers(SPIRAL, hps, epochs=3)


def test_a_batch_larger_than_a_chunk_goes_in_the_trainers_chunks():
    ds = datasets.make("circle", n=200, seed=3, test_fraction=0.25)  # 150 training points; chunks of 63 rows
    hp = Hyperparameters(model="mlp", hidden_layers=(64, 64), activation="relu", batch_size=1000, learning_rate=0.01)
    check_against_trainers(ds, [hp, hp.replace(optimizer="adam"), hp.replace(batch_size=100, seed=2)], steps=4)


@pytest.mark.parametrize("schedule", ["step", "exponential", "cosine"])
def test_learning_rate_schedules(schedule):
    hps = [BASE.replace(schedule=schedule, schedule_period=2, schedule_decay=0.5, learning_rate=lr,
                        optimizer=o) for lr, o in ((0.1, "sgd"), (0.05, "momentum"), (0.01, "adam"))]
    hps.append(BASE.replace(learning_rate=0.1))  # constant, alongside
    runs = check_against_trainers(SPIRAL, hps, epochs=6)  # the last step in epoch 5: every schedule has moved
    rates = [snap.learning_rate for snap in runs.snapshots()]
    assert rates[0] != 0.1 and rates[-1] == 0.1


def test_regularization():
    hps = [BASE.replace(regularization=kind, regularization_rate=rate, learning_rate=0.1)
           for kind, rate in (("l2", 0.01), ("l1", 0.003), ("none", 0.001), ("l2", 0.0), ("l1", 0.05))]
    hps.append(BASE.replace(regularization="l2", regularization_rate=0.02, batch_size=1000, optimizer="adam"))
    check_against_trainers(SPIRAL, hps, epochs=4)


@pytest.mark.parametrize(("model", "preset", "extra"), [
    ("linear", "line", {"features": ("x1",)}),
    ("polynomial", "sine", {"degree": 4}),
    ("logistic", "moons", {}),
    ("softmax", "blobs", {}),
    ("mlp", "blobs", {"hidden_layers": (5,), "activation": "relu"}),
    ("mlp", "moons", {"hidden_layers": (4, 3), "activation": "softplus", "loss": "mse", "output_activation": "tanh"}),
    ("mlp", "blobs", {"hidden_layers": (4,), "activation": "gelu", "loss": "mse", "output_activation": "softmax"}),
    ("mlp", "sine", {"hidden_layers": (5,), "activation": "sigmoid", "features": ("x1",)}),
])
def test_every_dense_model(model, preset, extra):
    ds = datasets.make(preset, n=50, seed=2, test_fraction=0.2)
    hp = Hyperparameters(model=model, learning_rate=0.05, batch_size=8, seed=5, **extra)
    hps = [hp, hp.replace(learning_rate=0.01, optimizer="adam"), hp.replace(seed=6, batch_size=1000)]
    check_against_trainers(ds, hps, steps=17)


def test_a_diverging_run_stops_alone():
    ds = datasets.make("plane", n=40, seed=1)
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 4), activation="tanh", optimizer="momentum", batch_size=8,
                         learning_rate=0.01, seed=1)
    hps = [hp, hp.replace(learning_rate=10.0), hp.replace(learning_rate=0.03, seed=2), hp.replace(optimizer="adam")]
    runs = RunSet(ds, hps)
    runs.run_steps(60)
    assert runs.stopped == [None, "diverged", None, None]
    snaps = runs.snapshots()
    assert snaps[1].diverged and snaps[1].diverged_step is not None and "too large" in snaps[1].message
    assert all(np.all(np.isfinite(a)) for a in snaps[1].parameters.values())
    for snap, expected in zip(snaps, trainer_snapshots(ds, hps, steps=60), strict=True):
        assert_matches(snap, expected)
    runs.run_steps(5)  # the others go on; the diverged one stays where it was put back
    after = runs.snapshots()
    assert after[0].step == snaps[0].step + 5 and after[1].step == snaps[1].step
    for snap, expected in zip(after, trainer_snapshots(ds, hps, steps=65), strict=True):
        assert_matches(snap, expected)


def test_runs_diverging_one_after_another_go_back_to_their_epoch_start():
    """The group is rebuilt without a run that diverged; a run that diverges later in the same epoch still goes
    back to the epoch start, not to the step of the rebuild (it once did: tests/ui/test_sweep.py found it)."""
    ds = datasets.make("plane", n=40, seed=1)
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 4), activation="linear", batch_size=4, learning_rate=0.01)
    hps = [hp.replace(learning_rate=lr) for lr in (0.01, 0.1, 0.3, 1.0, 10.0)]
    runs = check_against_trainers(ds, hps, epochs=4)
    snaps = runs.snapshots()
    assert len({snap.diverged_step for snap in snaps if snap.diverged}) > 1  # at different steps
    assert runs.stopped[0] is None


def test_every_run_diverging_leaves_nothing_to_step():
    ds = datasets.make("plane", n=40, seed=1)
    hp = Hyperparameters(model="mlp", hidden_layers=(4,), activation="relu", learning_rate=10.0, batch_size=1000)
    runs = RunSet(ds, [hp, hp.replace(seed=3)])
    runs.run_epochs(50)
    assert runs.stopped == ["diverged", "diverged"]
    assert not runs.step()
    for snap, expected in zip(runs.snapshots(), trainer_snapshots(ds, runs.hps, epochs=50), strict=True):
        assert_matches(snap, expected)


def test_same_seed_same_start_and_minibatches():
    hps = [BASE.replace(learning_rate=0.1), BASE.replace(learning_rate=0.01, optimizer="adam"),
           BASE.replace(learning_rate=0.1, seed=2), BASE.replace(learning_rate=0.1, batch_size=7)]
    runs = RunSet(SPIRAL, hps)
    start = runs.snapshots()
    for name in start[0].parameters:
        assert np.array_equal(start[0].parameters[name], start[1].parameters[name])  # exact
        assert np.array_equal(start[0].parameters[name], start[3].parameters[name])
    assert not np.array_equal(start[0].parameters["dense1.W"], start[2].parameters["dense1.W"])
    for _ in range(9):
        runs.step()
        snaps = runs.snapshots()
        assert np.array_equal(snaps[0].batch_indices, snaps[1].batch_indices)
        assert not np.array_equal(snaps[0].batch_indices, snaps[2].batch_indices)


def test_reset_starts_again():
    ds = datasets.make("plane", n=40, seed=1)
    hp = Hyperparameters(model="mlp", hidden_layers=(4,), activation="relu", learning_rate=0.01, batch_size=8)
    hps = [hp.replace(optimizer="adam"), hp.replace(learning_rate=10.0, batch_size=1000), hp.replace(max_epochs=1)]
    runs = RunSet(ds, hps)
    fresh = runs.snapshots()
    runs.run_epochs(20)
    assert runs.stopped == [None, "diverged", "max_epochs"]
    runs.reset()
    assert runs.stopped == [None, None, None]
    for snap, expected in zip(runs.snapshots(), fresh, strict=True):
        assert_matches(snap, expected)
    runs.run_steps(12)
    for snap, expected in zip(runs.snapshots(), trainer_snapshots(ds, hps, steps=12), strict=True):
        assert_matches(snap, expected)


def test_stop_rules_stop_their_run_only():
    hps = [BASE.replace(max_epochs=2), BASE.replace(target_loss=0.6, learning_rate=0.3), BASE,
           BASE.replace(early_stopping_patience=1, learning_rate=1.0, optimizer="adam")]
    runs = check_against_trainers(SPIRAL, hps, epochs=6)
    assert runs.stopped[0] == "max_epochs" and runs.stopped[2] is None


@pytest.mark.parametrize(("field", "value"), [
    ("hidden_layers", (6, 5)), ("activation", "relu"), ("model", "logistic"), ("features", ("x1", "x2", "x1^2")),
    ("output_activation", "tanh"), ("loss", "mse"),
])
def test_a_structure_change_is_refused_naming_the_field(field, value):
    with pytest.raises(ValueError, match=rf"^{field}\b"):
        RunSet(SPIRAL, [BASE, BASE.replace(**{field: value})])


def test_what_keeps_the_structure_is_accepted():
    hps = [BASE, BASE.replace(initialization="he"), BASE.replace(initialization="uniform", init_scale=0.3),
           BASE.replace(seed=9), BASE.replace(degree=7)]  # the degree does not matter to an MLP
    check_against_trainers(SPIRAL, hps, steps=5)


def test_pca_is_refused():
    ds = datasets.make("cloud", n=40, seed=1)
    hp = Hyperparameters(model="pca", n_components=1)
    with pytest.raises(ValueError, match=r"^model: .*PCA"):
        RunSet(ds, [hp, hp.replace(learning_rate=0.1)])
    with pytest.raises(ValueError, match=r"^degree\b"):
        RunSet(SPIRAL, [BASE.replace(model="polynomial", degree=2), BASE.replace(model="polynomial", degree=3)])


def test_output_grid_per_run():
    grid = (-6.0, 6.0, -6.0, 6.0, 20)
    hps = [BASE, BASE.replace(learning_rate=0.3)]
    runs = RunSet(SPIRAL, hps)
    runs.run_steps(7)
    for snap, hp in zip(runs.snapshots(grid), hps, strict=True):
        trainer = Trainer(SPIRAL, hp)
        trainer.run_steps(7)
        expected = trainer.snapshot(grid).output_grid
        assert snap.output_grid.shape == expected.shape and _close(snap.output_grid, expected)


def test_the_sweep_benchmark_reports_its_key():
    """`python -m gradientdesk.bench --json` has "sweep": {"runs": 16, "cost_vs_single": ...} (how fast is the
    benchmark's business, not a test's)."""
    from gradientdesk.bench import sweep_bench
    from gradientdesk.bench.workloads import workloads

    result = sweep_bench.measure(workloads()["W2"], seconds=0.01, repetitions=1)
    assert set(result) == {"runs", "cost_vs_single", "single_us_per_step", "sweep_us_per_step"}
    assert result["runs"] == 16 and min(result.values()) > 0
    assert result["sweep_us_per_step"] == pytest.approx(result["cost_vs_single"] * result["single_us_per_step"],
                                                        rel=0.5)  # medians of the same repetitions
