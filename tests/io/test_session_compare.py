"""Compared runs in a version 2 session file ("comparison"): every run's hyperparameters, parameters, optimizer
state, counters and loss history round-trip exactly, a RunSet goes on from them exactly, and broken parts are
refused naming the field."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, datasets
from gradientdesk.engine.run_checkpoint import RunCheckpoint
from gradientdesk.engine.run_set import RunSet
from gradientdesk.io.session import (
    OptimizerState,
    SavedComparison,
    SavedRun,
    SavedSweep,
    Session,
    SessionError,
    decode_session,
    encode_session,
    load_session,
    plan_opening,
    save_session,
    validate_file,
)
from gradientdesk.state.data_state import DataSettings, DataState


def _compared() -> tuple[Session, RunSet, list[Hyperparameters]]:
    ds = datasets.make("circle", n=80, seed=5, test_fraction=0.25)
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 3), activation="tanh", learning_rate=0.02,
                         batch_size=1000, seed=3)
    hps = [hp, hp.replace(optimizer="adam", learning_rate=0.01), hp.replace(learning_rate=0.3, seed=9)]
    runs = RunSet(ds, hps)
    for _ in range(14):
        runs.step()
    saved = []
    for h, c, snap in zip(hps, runs.checkpoints(), runs.snapshots(), strict=True):
        history = {"step": np.array([0.0, 7.0, 14.0]), "epoch": np.array([0.0, 7.0, 14.0]),
                   "train_loss": np.array([1.0, 0.8, snap.train_loss]),
                   "test_loss": np.array([np.nan, 0.9, snap.test_loss])}
        optimizer = OptimizerState(c.optimizer, c.optimizer_t, {
            k: {n: np.array(v) for n, v in values.items()} for k, values in c.optimizer_state.items()})
        saved.append(SavedRun(h, {n: np.array(v) for n, v in c.parameters.items()}, optimizer, c.counters, history))
    session = Session(DataState.from_dataset(ds), DataSettings("circle", 80, None, 5, 0.25), hp,
                      comparison=SavedComparison(30, tuple(saved)))
    return session, runs, hps


@pytest.mark.parametrize("readable", [False, True], ids=["npy", "json lists"])
def test_a_comparison_round_trips_exactly_and_its_runs_go_on_from_the_file(tmp_path, readable):
    session, runs, hps = _compared()
    path = tmp_path / "compared.gdesk"
    save_session(path, session, readable=readable)
    loaded = load_session(path)
    assert loaded.same_content(session) and loaded.comparison.epochs == 30
    assert [r.hyperparameters for r in loaded.comparison.runs] == hps
    assert loaded.comparison.runs[1].optimizer.name == "adam" and loaded.comparison.runs[1].optimizer.t == 14
    assert np.isnan(loaded.comparison.runs[0].history["test_loss"][0])
    assert "a comparison of 3 runs" in validate_file(path)
    assert plan_opening(loaded).comparison is loaded.comparison
    document = json.loads(path.read_bytes())
    assert document["version"] == 2 and len(document["comparison"]["runs"]) == 3

    again = RunSet(session.data.dataset, hps)
    again.start_each([RunCheckpoint(r.parameters, r.optimizer.name, r.optimizer.state, r.optimizer.t, *r.counters)
                      for r in loaded.comparison.runs])
    for _ in range(6):
        runs.step()
        again.step()
    for a, b in zip(runs.snapshots(), again.snapshots(), strict=True):
        assert a.step == b.step == 20
        for name in a.parameters:
            np.testing.assert_allclose(b.parameters[name], a.parameters[name], rtol=0, atol=1e-12)


BASE = json.loads(encode_session(_compared()[0], readable=True))


def _broken(edit) -> bytes:
    doc = copy.deepcopy(BASE)
    edit(doc)
    return json.dumps(doc).encode()


def _runs(doc):
    return doc["comparison"]["runs"]


BROKEN = {
    "no runs": (lambda d: d["comparison"].update(runs=[]), "comparison.runs lists 0 runs"),
    "five runs": (lambda d: d["comparison"].update(runs=_runs(d) + _runs(d)[:2]), "comparison.runs lists 5 runs"),
    "runs not a list": (lambda d: d["comparison"].update(runs={}), "comparison.runs must be a list"),
    "zero epochs": (lambda d: d["comparison"].update(epochs=0), "comparison.epochs must be between 1"),
    "another structure": (lambda d: _runs(d)[1]["hyperparameters"].update(hidden_layers=[5]),
                          r"comparison.runs\[1\].hyperparameters.hidden_layers is \(5,\)"),
    "a wrong shape": (lambda d: _runs(d)[0]["parameters"].update({"dense2.b": [1.0]}),
                      r"comparison.runs\[0\].parameters.dense2.b has shape \(1,\)"),
    "state of another optimizer": (lambda d: _runs(d)[1]["optimizer"].update(name="sgd"),
                                   r"comparison.runs\[1\].optimizer.name is 'sgd'"),
    "negative step": (lambda d: _runs(d)[2]["counters"].update(step=-1),
                      r"comparison.runs\[2\].counters.step must be between 0"),
    "history out of order": (lambda d: _runs(d)[0]["history"].update(step=[0.0, 14.0, 7.0]),
                             r"comparison.runs\[0\].history.step must be whole numbers"),
    "history of uneven columns": (lambda d: _runs(d)[0]["history"].update(epoch=[0.0]),
                                  r"comparison.runs\[0\].history: the columns have different lengths"),
    "unknown field": (lambda d: _runs(d)[0].update(colour="red"), r"comparison.runs\[0\]: unknown field 'colour'"),
    "bad hyperparameter": (lambda d: _runs(d)[0]["hyperparameters"].update(learning_rate=-1),
                           r"comparison.runs\[0\].hyperparameters"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_comparison_is_refused_naming_the_field(case, tmp_path):
    edit, message = BROKEN[case]
    raw = _broken(edit)
    with pytest.raises(SessionError, match=message):
        decode_session(raw)
    path = tmp_path / "broken.gdesk"
    path.write_bytes(raw)
    with pytest.raises(SessionError, match=message):
        validate_file(path)


def _swept() -> Session:
    session, _runs, _hps = _compared()
    runs = tuple(session.comparison.runs)
    return Session(session.data, session.settings, session.hyperparameters,
                   sweep=SavedSweep("learning_rate", True, 12, runs))


def test_a_sweep_round_trips_exactly(tmp_path):
    session = _swept()
    path = tmp_path / "swept.gdesk"
    save_session(path, session)
    loaded = load_session(path)
    assert loaded.same_content(session) and loaded.sweep.field == "learning_rate" and loaded.sweep.log
    assert "a sweep of learning_rate over 3 runs" in validate_file(path)
    assert plan_opening(loaded).sweep is loaded.sweep


SWEEP_BASE = json.loads(encode_session(_swept(), readable=True))


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["sweep"].update(field="colour"), "sweep.field is 'colour', which is not a hyperparameter"),
    (lambda d: d["sweep"].update(log="yes"), "sweep.log must be true or false"),
    (lambda d: d["sweep"].update(runs=d["sweep"]["runs"] * 6), "sweep.runs lists 18 runs; a sweep has 1 to 16"),
    (lambda d: d["sweep"]["runs"][2]["hyperparameters"].update(activation="relu"),
     r"sweep.runs\[2\].hyperparameters.activation is 'relu'"),
], ids=["unknown field", "log not a bool", "too many runs", "another structure"])
def test_a_broken_sweep_is_refused_naming_the_field(edit, message):
    doc = copy.deepcopy(SWEEP_BASE)
    edit(doc)
    with pytest.raises(SessionError, match=message):
        decode_session(json.dumps(doc).encode())
