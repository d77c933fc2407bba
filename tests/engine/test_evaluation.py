"""Losses and metrics in chunks (engine/evaluation.py), estimates of big data on a fixed sample, and every long
computation of the trainer stopping within one chunk when its owner asks (engine/pieces.py)."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets, metrics, pieces
from gradientdesk.engine import evaluation as ev
from gradientdesk.engine.landscape import LandscapeJob, LandscapeRequest, sample_rows

BIG = (64,) * 8  # the largest network: its estimate rests on the fewest rows


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 16 rows, so a few hundred points go in many chunks."""
    monkeypatch.setattr(ev, "chunk_rows", lambda sizes, factor=1.0: 16)


@pytest.mark.parametrize(("preset", "hp"), [
    ("circle", Hyperparameters(hidden_layers=(4, 2))),
    ("blobs", Hyperparameters(hidden_layers=(5,))),
    ("sine", Hyperparameters(hidden_layers=(6,), activation="tanh", features=("x1",))),
    ("cloud", Hyperparameters(model="pca")),
])
def test_chunked_numbers_equal_the_models_own(small_chunks, preset, hp):
    ds = datasets.make(preset, n=301, seed=3, test_fraction=0.4)
    trainer = Trainer(ds, hp)
    trainer.run_steps(40)
    model = trainer.model
    found = ev.evaluate(model, (trainer._inputs, trainer._targets, trainer._labels),
                        (*trainer._test, trainer._test_labels), ds.n_classes)
    expected, confusion = metrics.evaluate(model, ds)
    assert found.exact and found.measured == (ds.n_train, ds.n_test)
    assert found.train_loss == pytest.approx(model.prepared_loss(trainer._inputs, trainer._targets), rel=1e-12)
    assert found.test_loss == pytest.approx(model.prepared_loss(*trainer._test), rel=1e-12)
    assert found.metrics.keys() == expected.keys()
    for key, value in expected.items():
        assert found.metrics[key] == pytest.approx(value, rel=1e-12, abs=1e-12), key
    if confusion is None:
        assert found.confusion is None
    else:
        np.testing.assert_array_equal(found.confusion, confusion)


def test_a_small_snapshot_is_exact_and_the_same_as_before():
    ds = datasets.make("circle", n=300, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(hidden_layers=(4, 2), seed=1))
    trainer.run_steps(100)
    snap = trainer.snapshot(estimate=True)
    assert not snap.estimated and snap.evaluation_note == ""
    assert snap.train_loss == trainer.model.prepared_loss(trainer._inputs, trainer._targets)  # one chunk: bit for bit
    assert dict(snap.metrics) == metrics.evaluate(trainer.model, ds)[0]


def test_big_data_are_estimated_on_the_same_fixed_sample_every_time():
    ds = datasets.make("circle", n=20_000, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(hidden_layers=BIG, seed=1))
    rows = ev.estimate_rows(trainer.model.layer_sizes())
    assert rows < ds.n_train
    first, again = trainer.snapshot(estimate=True), trainer.snapshot(estimate=True)
    assert first.evaluated == (rows, rows) and first.estimated
    assert f"{rows:,} of {ds.n_train:,} training" in first.evaluation_note
    assert (first.train_loss, dict(first.metrics)) == (again.train_loss, dict(again.metrics))
    exact = trainer.snapshot()
    assert exact.evaluated is None
    assert exact.train_loss == pytest.approx(trainer.train_loss(), rel=1e-12)
    assert first.train_loss == pytest.approx(exact.train_loss, rel=0.5)  # an estimate of the same number


def test_an_exact_evaluation_in_pieces_gives_the_numbers_of_one_go():
    ds = datasets.make("circle", n=20_000, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(hidden_layers=(16, 16, 16), seed=1))
    evaluator = trainer.evaluator()
    pieces_taken = 0
    while not evaluator.advance(deadline=0.0):  # a deadline in the past: one chunk per piece
        pieces_taken += 1
    assert pieces_taken > 3 and evaluator.result is not None
    one_go = ev.evaluate(trainer.model, (trainer._inputs, trainer._targets, trainer._labels),
                         (*trainer._test, trainer._test_labels), ds.n_classes)
    assert evaluator.result.train_loss == one_go.train_loss and evaluator.result.metrics == one_go.metrics


def test_the_gradient_of_a_big_batch_in_chunks_is_the_gradient_of_the_batch():
    ds = datasets.make("circle", n=3000, seed=2, test_fraction=0.0)
    hp = Hyperparameters(hidden_layers=BIG, batch_size=3000, seed=1, learning_rate=0.01)
    trainer = Trainer(ds, hp)
    assert hp.batch_size > pieces.chunk_rows(trainer.model.layer_sizes(), 3.0)  # it does go in chunks
    X, y = ds.split("train")
    _, expected = trainer.model.loss_and_gradients(X, y)
    trainer._chunked_gradient(trainer._inputs, trainer._targets)
    got = trainer.model.layout.views(trainer.model.grad)
    for name, value in expected.items():
        np.testing.assert_allclose(got[name], value, rtol=1e-9, atol=1e-14)


class StopAfter:
    """An `interrupt` that says stop from its n-th question on."""

    def __init__(self, n: int) -> None:
        self.asked = 0
        self.n = n

    @property
    def said_stop(self) -> bool:
        return self.asked >= self.n

    def __call__(self) -> bool:
        self.asked += 1
        return self.said_stop


CHUNK_OF = {  # the function each long computation calls once per chunk
    "snapshot": ("network", "DenseNetwork", "loss_and_output"),
    "exact evaluation": ("network", "DenseNetwork", "loss_and_output"),
    "train loss": ("network", "DenseNetwork", "prepared_loss"),
    "big-batch step": ("network", "DenseNetwork", "gradient_into"),
    "output grid": ("network", "DenseNetwork", "output"),
    "landscape": ("landscape", "SurfaceBuilder", "_chunk_losses"),
}


@pytest.mark.parametrize("work", list(CHUNK_OF))
def test_every_long_computation_stops_within_one_chunk(monkeypatch, work):
    """The worker's Stop reaches the trainer as `interrupt`; whatever it computes, it raises Interrupted at the next
    chunk instead of finishing its pass over all the points."""
    import importlib

    ds = datasets.make("circle", n=20_000, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(hidden_layers=BIG, batch_size=5000, seed=1))
    stop = trainer.interrupt = StopAfter(4)
    module, cls, method = CHUNK_OF[work]
    owner = getattr(importlib.import_module(f"gradientdesk.engine.{module}"), cls)
    original = getattr(owner, method)
    entered: list[bool] = []  # per chunk: had the interrupt already said stop?

    def counted(self, *args, **kwargs):
        entered.append(stop.said_stop)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, method, counted)
    request = LandscapeRequest(1, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1)), (-1, 1), (-1, 1), 21)
    run = {
        "snapshot": lambda: trainer.snapshot(),
        "exact evaluation": lambda: trainer.evaluator().advance(),
        "train loss": lambda: trainer.train_loss(),
        "big-batch step": lambda: trainer.run_steps(1),
        "output grid": lambda: trainer.output_grid((-6, 6, -6, 6), 100),
        "landscape": lambda: LandscapeJob.from_trainer(trainer, request).advance(),
    }[work]
    with pytest.raises(pieces.Interrupted):
        run()
    assert entered and not any(entered)  # chunks ran until the answer was "stop", and not one after it


def test_a_landscape_of_big_data_rests_on_a_fixed_sample():
    ds = datasets.make("circle", n=100_000, seed=1, test_fraction=0.5)
    trainer = Trainer(ds, Hyperparameters(hidden_layers=(16, 16, 16), seed=1))
    request = LandscapeRequest(1, ScalarRef("dense4.W", (0, 0)), ScalarRef("dense4.b", (0,)), (-1, 1), (-1, 1), 21)
    job = LandscapeJob.from_trainer(trainer, request)
    rows = sample_rows(trainer.model.layer_sizes())
    assert job.X.shape[0] == rows < ds.n_train
    # a product never has more columns than one BLAS thread takes, however many rows there are
    assert job.builder.chunk * job.builder.row_chunk <= max(pieces.one_thread_rows(trainer.model.layer_sizes()),
                                                            job.builder.row_chunk)
    job.advance()
    assert job.result is not None and job.result.estimated
    assert (job.result.points, job.result.n_train) == (rows, ds.n_train)


def test_fixed_samples_and_chunk_sizes():
    assert pieces.fixed_sample(100, 100) is None
    a, b = pieces.fixed_sample(1000, 50), pieces.fixed_sample(1000, 50)
    assert np.array_equal(a, b) and np.all(np.diff(a) > 0) and a.size == 50
    assert pieces.one_thread_rows((2, 64, 64, 1)) * 65 * 64 <= pieces.BLAS_ONE_THREAD
    assert pieces.chunk_rows((2, 64, 64, 64, 1)) <= pieces.one_thread_rows((2, 64, 64, 64, 1))
