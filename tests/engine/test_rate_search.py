"""After a divergence the message suggests the largest round (1-2-5) rate below the diverged one that trains from the
same start, found headless on the current data (engine/rate_search.py)."""

from __future__ import annotations

import re
import time

import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.engine.rate_search import round_rates_below, trainable_rate, trains
from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.resource_paths import resource_path
from gradientdesk.ui.window.stage_views import view_names

LESSON_02 = resource_path("lessons", "02-learning-rate.md")


def _suggested(message: str) -> float:
    return float(re.search(r"Try ([0-9.e+-]+), then Reset", message).group(1))


def test_round_rates_below_go_down_in_1_2_5_steps():
    assert round_rates_below(0.3)[:5] == [0.2, 0.1, 0.05, 0.02, 0.01]
    assert round_rates_below(10.0)[:4] == [5.0, 2.0, 1.0, 0.5]
    assert round_rates_below(0.05)[:2] == [0.02, 0.01]  # strictly below
    assert round_rates_below(1e-4) == [5e-5, 2e-5, 1e-5]


def test_lesson_02_too_high_rate_suggests_the_largest_round_rate_that_trains():
    """The lesson's 'far too large' rate 0.3 diverges; the old rule (lr / 100) suggested 0.002, which crawls. 0.2
    still diverges (above 2 / curvature = 0.11), 0.1 zig-zags but converges: the suggestion."""
    session = lesson_session(read_lesson(LESSON_02, view_names()))
    hp = session.hyperparameters.replace(learning_rate=0.3)
    trainer = Trainer(session.data.dataset, hp)
    started = time.perf_counter()
    trainer.run_steps(1000)
    elapsed = time.perf_counter() - started
    assert trainer.diverged
    suggested = _suggested(trainer.message)
    assert suggested == pytest.approx(0.1)
    assert trains(session.data.dataset, hp.replace(learning_rate=suggested))
    assert not trains(session.data.dataset, hp.replace(learning_rate=0.2))
    assert elapsed < 1.0


@pytest.mark.parametrize(("preset", "extra", "batch_size"), [
    ("sine", {"model": "linear", "features": ("x1", "x1^2")}, 1000),
    ("plane", {"model": "mlp", "activation": "tanh", "hidden_layers": (4, 4), "optimizer": "momentum"}, 8),
])
def test_suggestion_trains_and_the_next_larger_round_rate_does_not(preset, extra, batch_size):
    ds = datasets.make(preset, n=40, seed=1)
    hp = Hyperparameters(learning_rate=10.0, batch_size=batch_size, seed=1, **extra)
    trainer = Trainer(ds, hp)
    trainer.run_steps(2000)
    assert trainer.diverged
    suggested = _suggested(trainer.message)
    rates = round_rates_below(10.0)
    assert suggested in rates
    assert trains(ds, hp.replace(learning_rate=suggested))
    for larger in rates[: rates.index(suggested)]:
        assert not trains(ds, hp.replace(learning_rate=larger))


def test_search_gives_up_in_time():
    ds = datasets.make("plane", n=40, seed=1)
    hp = Hyperparameters(model="mlp", learning_rate=10.0, batch_size=8, seed=1)
    assert trainable_rate(ds, hp, 10.0, seconds=0.0) is None


@pytest.mark.parametrize(("preset", "extra", "batch_size"), [
    ("line", {"model": "linear", "features": ("x1",), "learning_rate": 0.3}, 1000),  # full batch: epoch starts
    ("plane", {"model": "mlp", "activation": "tanh", "hidden_layers": (4, 4), "optimizer": "momentum",
               "learning_rate": 10.0}, 8),  # minibatches: the steps of the diverged epoch replayed
])
def test_a_diverged_snapshot_carries_the_losses_up_to_the_explosion(preset, extra, batch_size):
    ds = datasets.make(preset, n=400, seed=1)
    hp = Hyperparameters(batch_size=batch_size, seed=1, **extra)
    watched = Trainer(ds, hp)
    losses = {0: watched.train_loss()}
    while watched.step():
        if watched.stopped is None:
            losses[watched.step_count] = watched.train_loss()
    trainer = Trainer(ds, hp)
    trainer.run_steps(10_000)
    snap = trainer.snapshot()
    assert snap.diverged and snap.run_up
    steps = [step for step, _epoch, _loss in snap.run_up]
    assert steps == sorted(set(steps)) and snap.step not in steps
    assert max(*steps, snap.step) == snap.diverged_step - 1  # the last finite step is on the curve
    for step, _epoch, loss in snap.run_up:
        assert loss == pytest.approx(losses[step], rel=1e-9)
    # the run-up changed nothing: the trainer holds the restored state
    assert snap.train_loss == pytest.approx(losses[snap.step], rel=1e-9)
