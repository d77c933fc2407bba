"""The worker under a learner who does everything at once, driven synchronously (the real TrainingWorker, its loop's
steps called in the test thread, so nothing depends on timing): queued edits coalesce into one snapshot, big data
are published with estimates and then the exact numbers, a landscape lets commands in between its pieces, Play
with data the worker does not hold is refused, and a hand-typed weight names its target and its structure."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.bridge import messages as m
from gradientdesk.bridge.coalesce import FoldedHyperparameters, coalesce
from gradientdesk.bridge.worker import TrainingWorker
from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets
from gradientdesk.engine.landscape import LandscapeRequest

HP = Hyperparameters(hidden_layers=(4, 2), seed=1)


class Driven:
    """A TrainingWorker whose loop the test turns by hand; it records what the worker emits."""

    def __init__(self) -> None:
        self.worker = TrainingWorker()
        self.snapshots: list = []
        self.failures: list[tuple[str, bool]] = []
        self.landscapes: list = []
        self.worker.snapshot_ready.connect(self.snapshots.append)
        self.worker.failed.connect(lambda why, kept: self.failures.append((why, kept)))
        self.worker.landscape_ready.connect(self.landscapes.append)

    def send(self, *messages: m.Command) -> None:
        """Queue `messages` and let the worker take them all, as its loop does after a wait."""
        for message in messages:
            self.worker.post(message)
        self.worker._take_messages(block=False)

    def background(self, pieces: int = 1) -> None:
        """Pieces of background work; a piece of 0 s is one chunk, so the count does not depend on the machine."""
        for _ in range(pieces):
            self.worker._background_piece(0.0)

    @property
    def trainer(self) -> Trainer:
        assert self.worker._trainer is not None
        return self.worker._trainer


def started(ds=None, hp=HP) -> Driven:
    driven = Driven()
    driven.send(m.Configure(ds if ds is not None else datasets.make("circle", n=100, seed=1, test_fraction=0.5), hp,
                            (1, 1)))
    return driven


def test_sixteen_queued_edits_make_one_change_and_one_snapshot():
    """Before: each edit was applied and published on its own; with big data that was a 4 s snapshot each."""
    driven = started()
    driven.snapshots.clear()
    rates = np.linspace(0.01, 0.1, 16)
    driven.send(*(m.SetHyperparameters(HP.replace(learning_rate=float(lr)), 2 + i) for i, lr in enumerate(rates)))
    assert len(driven.snapshots) == 1
    snap = driven.snapshots[0]
    assert snap.hp_version == 17 and snap.hyperparameters.learning_rate == rates[-1]


def test_a_folded_chain_ends_exactly_where_applying_it_step_by_step_ends():
    """seed 1 -> 2 -> 1: the last alone would keep the parameters, the chain re-initializes them (twice)."""
    chain = [HP.replace(seed=2), HP.replace(seed=1, learning_rate=0.1)]
    results = []
    for one_by_one in (True, False):
        driven = started()
        driven.send(m.Step(5))
        while driven.worker._budget:
            driven.worker._train_slice()
        if one_by_one:
            for i, hp in enumerate(chain):
                driven.send(m.SetHyperparameters(hp, 2 + i))
        else:
            driven.send(*(m.SetHyperparameters(hp, 2 + i) for i, hp in enumerate(chain)))
        results.append((driven.trainer.step_count, driven.trainer.model.flat.copy()))
    assert results[0][0] == results[1][0] == 0
    np.testing.assert_array_equal(results[0][1], results[1][1])


def test_coalescing_rules():
    ds = datasets.make("circle", n=50, seed=1)
    ds3 = datasets.make("blobs", n=50, seed=1)
    assert coalesce([m.SetData(ds, 2), m.SetGrid(None), m.SetData(ds, 3)]) == [m.SetGrid(None), m.SetData(ds, 3)]
    # a different model shape in between: each is applied (the parameters may be rebuilt)
    assert len(coalesce([m.SetData(ds, 2), m.SetData(ds3, 3), m.SetData(ds, 4)])) == 3
    configure = m.Configure(ds, HP, (5, 5))
    assert coalesce([m.SetData(ds, 2), m.SetHyperparameters(HP, 3), configure]) == [configure]
    folded = coalesce([m.SetHyperparameters(HP, 2), m.SetHyperparameters(HP.replace(seed=3), 3)])
    assert len(folded) == 1 and isinstance(folded[0], FoldedHyperparameters) and folded[0].needs_reset(HP)
    # a step between two edits must see the first one: no coalescing across it
    assert len(coalesce([m.SetHyperparameters(HP, 2), m.Step(1), m.SetHyperparameters(HP, 3)])) == 3


def test_a_configure_supersedes_the_changes_queued_before_it(monkeypatch):
    built = []
    original = Trainer.__init__
    monkeypatch.setattr(Trainer, "__init__", lambda self, *a: built.append(1) or original(self, *a))
    driven = started()
    built.clear()
    ds = datasets.make("xor", n=80, seed=2)
    driven.send(m.SetData(ds, 2), m.SetHyperparameters(HP.replace(hidden_layers=(3,)), 2),
                m.Configure(ds, HP.replace(hidden_layers=(5,)), (3, 3)))
    assert len(built) == 1 and driven.snapshots[-1].parameter_count == 5 * 3 + 6


def test_paused_big_data_show_an_estimate_at_once_then_the_exact_numbers():
    ds = datasets.make("circle", n=20_000, seed=1, test_fraction=0.5)
    driven = started(ds, HP.replace(hidden_layers=(64,) * 8))
    first = driven.snapshots[-1]
    assert first.estimated
    pieces = 0
    while len(driven.snapshots) == 1:
        driven.background()
        pieces += 1
    assert pieces > 1  # in pieces, the worker free for messages in between
    exact = driven.snapshots[-1]
    assert not exact.estimated and exact.step == first.step
    assert exact.train_loss == pytest.approx(driven.trainer.train_loss(), rel=1e-12)
    driven.send(m.SetGrid((-6.0, 6.0, -6.0, 6.0, 20)))  # the same model: the exact numbers are reused at once
    assert not driven.snapshots[-1].estimated and not driven.worker._background.pending


def test_commands_interleave_with_a_landscape_of_big_data():
    """Before: the worker computed the whole landscape before it looked at its queue (Play took 21.6 s)."""
    ds = datasets.make("circle", n=100_000, seed=1, test_fraction=0.5)
    driven = started(ds, HP.replace(hidden_layers=(16, 16, 16)))
    while driven.worker._background.measuring:
        driven.background()
    request = LandscapeRequest(1, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1)), (-1, 1), (-1, 1), 21)
    driven.send(m.ComputeLandscape(request))
    driven.background()
    assert driven.worker._background.landscape is not None and not driven.landscapes
    driven.send(m.Play())
    assert driven.worker._playing  # Play is taken between two pieces
    driven.worker._train_slice()  # and training shares its frames with the landscape
    assert driven.snapshots[-1].step > 0


def test_play_and_step_are_refused_for_data_the_worker_does_not_hold():
    """The GUI moved on to data the worker never got (they cannot train); its Play must not train the old ones."""
    driven = started()
    step = driven.trainer.step_count
    driven.send(m.Play((2, 1)), m.Step(1, (2, 1)), m.StepEpoch((2, 1)))
    assert not driven.worker._playing and not driven.worker._budget
    assert driven.trainer.step_count == step
    assert len(driven.failures) == 3 and all(kept for _, kept in driven.failures)
    driven.send(m.Step(1, (1, 1)))
    assert driven.trainer.step_count == step + 1


def test_a_weight_is_set_by_its_ref_and_refused_after_a_change_of_structure():
    driven = started()
    spec = driven.snapshots[-1].spec
    ref = ScalarRef("dense2.W", (1, 3))
    driven.send(m.SetParameter(ref, 0.5, spec))
    assert driven.trainer.model.parameters["dense2.W"][1, 3] == 0.5
    driven.send(m.SetHyperparameters(HP.replace(hidden_layers=(3,)), 2))
    before = driven.trainer.model.flat.copy()
    failures = len(driven.failures)
    driven.send(m.SetParameter(ScalarRef("dense1.W", (0, 1)), 0.25, spec))  # exists in both: another weight now
    driven.send(m.SetParameter(ref, 0.5, None))  # no longer exists: before, an IndexError ("Internal error")
    np.testing.assert_array_equal(driven.trainer.model.flat, before)
    whys = [why for why, _ in driven.failures[failures:]]
    assert "structure changed" in whys[0] and "no parameter dense2.W[1,3]" in whys[1]
    assert not any("Internal error" in why for why in whys)


def test_a_typed_weight_must_be_in_the_range_the_views_can_draw():
    driven = started()
    before = driven.trainer.model.flat.copy()
    driven.send(m.SetParameter(ScalarRef("dense1.W", (0, 0)), 2e6, None))
    np.testing.assert_array_equal(driven.trainer.model.flat, before)
    assert "between -1,000,000 and 1,000,000" in driven.failures[-1][0]


def test_while_training_the_output_map_is_paced_and_when_paused_it_is_always_there(monkeypatch):
    """Before: every snapshot of the 8x64 network computed the 100x100 output map (43 ms), leaving the GUI
    ~3 frames a second. While training it now takes at most GRID_SHARE of the time; a pause shows the newest."""
    import gradientdesk.bridge.worker as worker_module

    monkeypatch.setattr(worker_module, "GRID_SHARE", 1e-12)  # as if the map were too costly for any next frame
    driven = started()
    driven.send(m.SetGrid((-1.0, 1.0, -1.0, 1.0, 20)))
    assert driven.snapshots[-1].output_grid is not None  # paused: the map comes with the snapshot
    driven.worker._playing = True  # training (no thread: _publish is called as the loop would after a slice)
    driven.worker._publish()
    driven.worker._publish()
    # the map of the paused snapshot just now is the newest one: the training snapshots leave it to the canvas
    assert [s.output_grid for s in driven.snapshots[-2:]] == [None, None]
    driven.worker._playing = False
    driven.worker._publish()
    assert driven.snapshots[-1].output_grid is not None


def test_unpaced_output_map_comes_with_every_training_snapshot(monkeypatch):
    import gradientdesk.bridge.worker as worker_module

    monkeypatch.setattr(worker_module, "GRID_SHARE", 1e12)  # a free map is always due
    driven = started()
    driven.send(m.SetGrid((-1.0, 1.0, -1.0, 1.0, 20)))
    driven.worker._playing = True
    for _ in range(3):
        driven.worker._publish()
    assert all(s.output_grid is not None for s in driven.snapshots[-3:])
