"""Session files version 2: the optimizer's running state, the run's counters and the keyframes the learner pinned
round-trip exactly and open into a window (training goes on with the saved Adam moments; the pinned keyframe is back
in the timeline). Version 1 files open as before; version 3 is refused; broken version 2 parts are refused naming
the field."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.io.session import (
    MAX_KEYFRAMES,
    OptimizerState,
    SavedKeyframe,
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
from gradientdesk.ui.document.sessions import apply_session, session_from_controller

# A version 1 file as GradientDesk wrote it before version 2 (readable arrays): it must open exactly as it did.
V1_FILE = """{
 "format": "gradientdesk-session",
 "version": 1,
 "title": "tiny",
 "data": {"task": "regression", "name": "line", "input_dim": 1, "class_names": [],
          "X": [[-1.0], [-0.5], [0.0], [0.5], [1.0]], "y": [-2.0, -1.0, 0.0, 1.0, 2.0],
          "is_test": [false, false, false, true, false]},
 "settings": {"preset": "circle", "n": 5, "noise": null, "seed": 3, "test_fraction": 0.2},
 "hyperparameters": {"model": "linear", "features": ["x1"], "optimizer": "momentum", "learning_rate": 0.1},
 "parameters": {"dense1.W": [[1.5]], "dense1.b": [0.25]},
 "loss_history": {"epoch": [0.0, 1.0], "step": [0.0, 4.0], "train_loss": [2.0, 0.5], "test_loss": [null, 0.4],
                  "train_metric": [0.1, 0.7], "test_metric": [null, 0.6]},
 "lesson": {"title": "Tiny", "steps": ["Press Play."]}
}"""


def _trained(optimizer: str = "adam", steps: int = 25) -> tuple[Session, Trainer]:
    """A session of a network trained with `optimizer`, with its optimizer state, counters and two keyframes."""
    ds = datasets.make("circle", n=80, seed=5, test_fraction=0.25)
    hp = Hyperparameters(model="mlp", hidden_layers=(4, 3), activation="tanh", optimizer=optimizer,
                         learning_rate=0.02, batch_size=8, seed=3)
    trainer = Trainer(ds, hp)
    frames = []
    for stop in (5, 12):
        trainer.run_steps(stop - trainer.step_count)
        frames.append(_keyframe(trainer.snapshot()))
    trainer.run_steps(steps - trainer.step_count)
    snap = trainer.snapshot()
    optimizer_state = OptimizerState(snap.optimizer, snap.optimizer_t, {
        key: {name: np.array(v) for name, v in values.items()} for key, values in snap.optimizer_state.items()})
    session = Session(DataState.from_dataset(ds), DataSettings("circle", 80, None, 5, 0.25), hp,
                      {k: np.array(v) for k, v in snap.parameters.items()}, None, None, "v2",
                      optimizer_state, (snap.step, snap.epoch, snap.examples_seen), tuple(frames))
    return session, trainer


def _keyframe(snap) -> SavedKeyframe:
    return SavedKeyframe(snap.step, snap.epoch, snap.examples_seen, snap.train_loss, snap.test_loss,
                         snap.hyperparameters, {k: np.array(v) for k, v in snap.parameters.items()},
                         OptimizerState(snap.optimizer, snap.optimizer_t, {
                             key: {n: np.array(v) for n, v in values.items()}
                             for key, values in snap.optimizer_state.items()}))


def _same_state(a, b) -> bool:
    return set(a) == set(b) and all(
        set(a[k]) == set(b[k]) and all(np.array_equal(a[k][n], b[k][n]) for n in a[k]) for k in a)


@pytest.mark.parametrize("readable", [False, True], ids=["npy", "json lists"])
@pytest.mark.parametrize("optimizer", ["adam", "momentum", "sgd"])
def test_round_trip_keeps_optimizer_state_counters_and_keyframes_exactly(tmp_path, optimizer, readable):
    session, _trainer = _trained(optimizer)
    path = tmp_path / "run.gdesk"
    save_session(path, session, readable=readable)
    loaded = load_session(path)
    assert loaded.same_content(session)
    assert loaded.optimizer.name == optimizer and loaded.optimizer.t == session.optimizer.t == 25
    assert _same_state(loaded.optimizer.state, session.optimizer.state)
    assert loaded.counters == session.counters == (25, session.counters[1], session.counters[2])
    assert [k.step for k in loaded.keyframes] == [5, 12]
    for saved, read in zip(session.keyframes, loaded.keyframes, strict=True):
        assert all(read.parameters[n].tobytes() == v.tobytes() for n, v in saved.parameters.items())
        assert _same_state(read.optimizer.state, saved.optimizer.state)
        assert read.hyperparameters == saved.hyperparameters and read.train_loss == saved.train_loss
    document = json.loads(path.read_bytes())
    assert document["version"] == 2 and document["optimizer"]["name"] == optimizer
    assert document["counters"]["step"] == 25
    assert "pinned keyframes" in validate_file(path) and f"{optimizer} state" in validate_file(path)
    plan = plan_opening(loaded)
    assert plan.counters == session.counters and plan.optimizer is loaded.optimizer and len(plan.keyframes) == 2


def test_the_restored_optimizer_continues_training_exactly():
    ds = datasets.make("circle", n=60, seed=2, test_fraction=0.25)
    hp = Hyperparameters(model="mlp", hidden_layers=(4,), optimizer="adam", learning_rate=0.05, batch_size=1000)
    trainer = Trainer(ds, hp)  # full batch: the steps do not depend on the minibatch order
    trainer.run_steps(20)
    snap = trainer.snapshot()
    session = Session(DataState.from_dataset(ds), hyperparameters=hp, parameters=dict(snap.parameters),
                      optimizer=OptimizerState("adam", snap.optimizer_t, snap.optimizer_state),
                      counters=(snap.step, snap.epoch, snap.examples_seen))
    loaded = decode_session(encode_session(session))
    resumed, fresh = Trainer(ds, hp), Trainer(ds, hp)
    for t in (resumed, fresh):
        t.model.set_parameters(dict(loaded.parameters))
        t.set_counters(*loaded.counters)
    resumed.restore_optimizer(loaded.optimizer.state, loaded.optimizer.t)  # a version 1 file: `fresh`
    for t in (trainer, resumed, fresh):
        t.run_steps(5)
    for name, value in trainer.model.parameters.items():
        np.testing.assert_allclose(resumed.model.parameters[name], value, rtol=0, atol=1e-12)
    assert max(np.abs(fresh.model.parameters[n] - v).max() for n, v in trainer.model.parameters.items()) > 1e-6


def test_a_version_1_file_opens_unchanged():
    session = decode_session(V1_FILE.encode())
    assert session.optimizer is None and session.counters is None and session.keyframes == ()
    assert session.title == "tiny" and session.data.name == "line" and session.data.n_points == 5
    assert session.hyperparameters.optimizer == "momentum" and session.hyperparameters.learning_rate == 0.1
    assert np.array_equal(session.parameters["dense1.W"], [[1.5]]) and np.array_equal(session.parameters["dense1.b"],
                                                                                        [0.25])
    assert np.array_equal(session.loss_history["test_loss"], [np.nan, 0.4], equal_nan=True)
    assert session.lesson == {"title": "Tiny", "steps": ["Press Play."]}
    plan = plan_opening(session)
    assert plan.optimizer is None and plan.keyframes == ()  # a fresh optimizer, no keyframes
    assert plan.counters == (4, 1, 4)  # the history's last row, as before
    # saved again it becomes a version 2 file with the same content
    again = decode_session(encode_session(session))
    assert again.same_content(session) and json.loads(encode_session(session))["version"] == 2


def test_validate_reports_both_versions(tmp_path):
    v1 = tmp_path / "v1.gdesk"
    v1.write_text(V1_FILE, encoding="utf-8")
    assert validate_file(v1).startswith("line: 5 points, linear regression")
    v2 = tmp_path / "v2.gdesk"
    save_session(v2, _trained()[0])
    assert "adam state" in validate_file(v2) and "2 pinned keyframes" in validate_file(v2)


def test_a_version_1_file_with_version_2_fields_is_refused():
    doc = json.loads(V1_FILE)
    doc["counters"] = {"step": 4, "epoch": 1, "examples_seen": 4}
    with pytest.raises(SessionError, match="unknown field 'counters'"):
        decode_session(json.dumps(doc).encode())


def test_a_newer_version_is_refused():
    doc = json.loads(V1_FILE)
    doc["version"] = 3
    with pytest.raises(SessionError, match="Update GradientDesk"):
        decode_session(json.dumps(doc).encode())


BASE = json.loads(encode_session(_trained()[0], readable=True))


def _broken(edit) -> bytes:
    doc = copy.deepcopy(BASE)
    edit(doc)
    return json.dumps(doc).encode()


def _too_many(doc):
    doc["keyframes"] = [dict(doc["keyframes"][0], step=i) for i in range(MAX_KEYFRAMES + 1)]


BROKEN = {
    "state of another optimizer": (lambda d: d["optimizer"].update(name="momentum"), "optimizer.name is 'momentum'"),
    "state names of another optimizer": (lambda d: d["optimizer"]["state"].update(velocity=d["optimizer"]["state"]
                                                                                  .pop("m")),
                                         "optimizer.state: the field 'm' is missing"),
    "state of a wrong shape": (lambda d: d["optimizer"]["state"]["v"].update({"dense1.W": [[1.0, 2.0]]}),
                               r"optimizer.state.v.dense1.W has shape \(1, 2\)"),
    "negative t": (lambda d: d["optimizer"].update(t=-1), "optimizer.t must be between 0"),
    "infinite moment": (lambda d: d["optimizer"]["state"]["m"]["dense1.b"].__setitem__(0, 1e300),
                        r"optimizer.state.m.dense1.b\[0\] must be a number"),
    "optimizer without parameters": (lambda d: d.update(parameters=None, keyframes=[], counters=None),
                                     "optimizer: the optimizer's state needs the learned parameters"),
    "counters without parameters": (lambda d: d.update(parameters=None, optimizer=None, keyframes=[]),
                                    "counters: the step and epoch counters need"),
    "negative counter": (lambda d: d["counters"].update(epoch=-2), "counters.epoch must be between 0"),
    "keyframe of a wrong shape": (lambda d: d["keyframes"][0]["parameters"].update({"dense2.W": [[1.0]]}),
                                  r"keyframes\[0\].parameters.dense2.W has shape \(1, 1\)"),
    "keyframe missing a parameter": (lambda d: d["keyframes"][1]["parameters"].pop("dense1.b"),
                                     r"keyframes\[1\].parameters: the field 'dense1.b' is missing"),
    "keyframe out of order": (lambda d: d["keyframes"][1].update(step=5), r"keyframes\[1\].step is 5"),
    "keyframe of another optimizer": (lambda d: d["keyframes"][0]["hyperparameters"].update(optimizer="sgd"),
                                      r"keyframes\[0\].optimizer.name is 'adam'"),
    "keyframe with a huge weight": (lambda d: d["keyframes"][0]["parameters"]["dense1.b"].__setitem__(1, 5e6),
                                    r"keyframes\[0\].parameters.dense1.b\[1\]"),
    "keyframe without optimizer": (lambda d: d["keyframes"][0].pop("optimizer"),
                                   r"keyframes\[0\]: the field 'optimizer' is missing"),
    "keyframe with an unknown field": (lambda d: d["keyframes"][0].update(colour="red"),
                                       r"keyframes\[0\]: unknown field 'colour'"),
    "keyframes not a list": (lambda d: d.update(keyframes={}), "keyframes must be a list"),
    "too many keyframes": (_too_many, f"at most {MAX_KEYFRAMES}"),
    "keyframe with a bad hyperparameter": (lambda d: d["keyframes"][0]["hyperparameters"].update(learning_rate=-1),
                                           r"keyframes\[0\].hyperparameters"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_version_2_parts_are_refused_naming_the_field(case, tmp_path):
    edit, message = BROKEN[case]
    raw = _broken(edit)
    with pytest.raises(SessionError, match=message):
        decode_session(raw)
    path = tmp_path / "broken.gdesk"
    path.write_bytes(raw)
    with pytest.raises(SessionError, match=message):
        validate_file(path)


def test_saving_a_window_keeps_adam_and_the_pinned_keyframe_and_opening_continues_exactly(controller, qtbot,
                                                                                           tmp_path):
    # full-batch Adam: the continued steps do not depend on where the minibatch order stood
    hp = controller.hyperparameters.replace(optimizer="adam", learning_rate=0.01, batch_size=1000)
    assert controller.set_hyperparameters(hp, "optimizer")
    controller.step(10)
    qtbot.waitUntil(lambda: controller.live.step == 10, timeout=5000)
    assert controller.timeline.pin(10)
    controller.step(15)
    qtbot.waitUntil(lambda: controller.live.step == 25, timeout=5000)
    saved = controller.live
    assert saved.optimizer == "adam" and saved.optimizer_t > 0
    controller.preview_step(10)  # looking back: the file still holds the newest step, not the preview
    assert controller.latest.step == 10 and controller.live.step == 25
    session = session_from_controller(controller)
    controller.leave_preview()
    assert session.counters[0] == 25 and session.optimizer.t == saved.optimizer_t
    assert [k.step for k in session.keyframes] == [10]
    path = tmp_path / "adam.gdesk"
    save_session(path, session)

    controller.step(5)  # the original run goes on
    qtbot.waitUntil(lambda: controller.live.step == 30, timeout=5000)
    original = {k: np.array(v) for k, v in controller.live.parameters.items()}

    controller.set_hyperparameter("hidden_layers", (3,))  # something else
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"].shape == (3, 2), timeout=5000)
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        assert apply_session(controller, load_session(path)) == ""
    snap = controller.latest
    assert snap.step == 25 and snap.optimizer == "adam" and snap.optimizer_t == saved.optimizer_t
    assert _same_state(snap.optimizer_state, saved.optimizer_state)  # Adam's m and v exactly as saved
    assert all(np.array_equal(snap.parameters[n], v) for n, v in saved.parameters.items())
    frames = controller.timeline.frames
    assert [f.step for f in frames if f.pinned] == [10] and frames[-1].step == 25
    pinned = frames[0]
    assert pinned.hyperparameters == hp and pinned.optimizer_t > 0
    assert all(np.array_equal(pinned.parameters[n], session.keyframes[0].parameters[n]) for n in pinned.parameters)

    controller.step(5)
    qtbot.waitUntil(lambda: controller.live.step == 30, timeout=5000)
    continued = controller.live.parameters
    for name, value in original.items():
        np.testing.assert_allclose(continued[name], value, rtol=0, atol=1e-12)

    # the pinned keyframe opened from the file can be looked at and continued from
    preview = controller.preview_step(10)
    assert preview is not None and preview.step == 10 and preview.optimizer_t == pinned.optimizer_t
    assert controller.continue_from_preview()
    qtbot.waitUntil(lambda: controller.live.step == 10, timeout=5000)


def test_replace_everything_refuses_an_optimizer_state_that_does_not_fit(controller):
    ds = controller.data
    hp = controller.hyperparameters.replace(optimizer="adam")
    params = {k: np.array(v) for k, v in controller.latest.parameters.items()}
    before = controller.versions
    with pytest.raises(ValueError, match="does not fit adam"):
        controller.replace_everything(ds, hp, params, optimizer_state={"velocity": params}, optimizer_t=3)
    wrong = {k: {n: np.zeros((1, 1)) for n in params} for k in ("m", "v")}
    with pytest.raises(ValueError, match="does not fit the model"):
        controller.replace_everything(ds, hp, params, optimizer_state=wrong, optimizer_t=3)
    assert controller.versions == before
