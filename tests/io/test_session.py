"""Session files: a save/open round trip keeps data, split, hyperparameters, learned parameters, loss history and
lesson text bitwise; opening into a running window continues the run where it was saved."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.engine import Hyperparameters, Trainer, datasets
from gradientdesk.io.session import (
    Session,
    SessionError,
    decode_session,
    encode_session,
    load_session,
    save_session,
    validate_file,
)
from gradientdesk.state.data_state import DataSettings, DataState, empty_state
from gradientdesk.ui.document.sessions import apply_session, session_from_controller

LESSON = {"title": "Learning rate", "goal": "See what a too large step does.",
          "steps": ["Press Play.", "Now raise the learning rate to 3 and watch the loss."]}
CASES = {
    "network on circle": ("circle", Hyperparameters(model="mlp", hidden_layers=(5, 3), activation="relu",
                                                    learning_rate=0.1, batch_size=7, optimizer="adam", seed=9)),
    "polynomial on 1-D data": ("polynomial", Hyperparameters(model="polynomial", degree=7, features=("x1",),
                                                             regularization="l2", regularization_rate=0.01)),
    "softmax on blobs": ("blobs", Hyperparameters(model="softmax", optimizer="momentum", momentum=0.5)),
    "pca on a cloud": ("cloud", Hyperparameters(model="pca", n_components=2, initialization="normal")),
}


def trained_session(preset: str, hp: Hyperparameters, epochs: int = 3) -> Session:
    ds = datasets.make(preset, n=120, seed=4, test_fraction=0.3)
    trainer = Trainer(ds, hp)
    trainer.run_epochs(epochs)
    parameters = {k: v.copy() for k, v in trainer.model.parameters.items()}
    history = {"epoch": np.array([0.0, 1.0, 2.5]), "step": np.array([0.0, 12.0, 30.0]),
               "train_loss": np.array([0.9, 0.5, 0.25]), "test_loss": np.array([1.0, np.nan, 0.3]),
               "train_metric": np.array([0.5, 0.7, 0.9]), "test_metric": np.array([np.nan, 0.6, 0.8])}
    settings = DataSettings(preset, 120, 0.25, 4, 0.3)
    return Session(DataState.from_dataset(ds), settings, hp, parameters, history, LESSON, f"{preset} demo")


@pytest.mark.parametrize("readable", [False, True], ids=["npy", "json lists"])
@pytest.mark.parametrize("case", list(CASES))
def test_round_trip_is_bitwise_identical(tmp_path, case, readable):
    session = trained_session(*CASES[case])
    path = tmp_path / "demo.gdesk"
    save_session(path, session, readable=readable)
    loaded = load_session(path)
    assert loaded.same_content(session)
    for name, value in session.parameters.items():  # bitwise, not merely close
        assert loaded.parameters[name].tobytes() == value.tobytes()
    assert loaded.data.dataset.X.tobytes() == session.data.dataset.X.tobytes()
    assert np.array_equal(loaded.data.dataset.is_test, session.data.dataset.is_test)
    assert loaded.hyperparameters == session.hyperparameters
    assert loaded.lesson == LESSON and loaded.title == session.title


def test_the_file_is_versioned_json_and_readable_arrays_are_plain_lists(tmp_path):
    session = trained_session(*CASES["network on circle"])
    save_session(tmp_path / "a.gdesk", session, readable=True)
    document = json.loads((tmp_path / "a.gdesk").read_text("utf-8"))
    assert document["format"] == "gradientdesk-session" and document["version"] == 2
    assert isinstance(document["data"]["X"], list) and isinstance(document["data"]["X"][0][0], float)
    assert document["loss_history"]["test_loss"][1] is None  # NaN: not measured
    assert document["hyperparameters"]["learning_rate"] == 0.1


def test_an_empty_canvas_round_trips(tmp_path):
    session = Session(empty_state("classification", n_classes=3), hyperparameters=Hyperparameters())
    assert decode_session(encode_session(session)).same_content(session)
    assert validate_file(_saved(tmp_path, session)).startswith("custom: 0 points, neural network (not trainable")


def test_validate_file_gives_a_one_line_summary(tmp_path):
    ds = datasets.make("circle", n=300, seed=1, test_fraction=0.5)
    session = Session(DataState.from_dataset(ds), hyperparameters=Hyperparameters(), lesson=LESSON)
    assert validate_file(_saved(tmp_path, session)) == (
        "circle: 300 points, neural network 2-4-2-1 (25 learned parameters), lesson 'Learning rate'")


def test_a_session_that_cannot_be_stored_is_refused_and_the_old_file_stays(tmp_path):
    path = _saved(tmp_path, trained_session(*CASES["softmax on blobs"]))
    before = path.read_bytes()
    good = trained_session(*CASES["softmax on blobs"])
    broken = {**good.parameters, "dense1.W": np.full_like(good.parameters["dense1.W"], np.nan)}
    for bad in (Session(good.data, parameters=broken, hyperparameters=good.hyperparameters),
                Session(good.data, hyperparameters=good.hyperparameters, lesson={"steps": [1, 2]})):
        with pytest.raises(SessionError):
            save_session(path, bad)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file left behind


def test_a_model_that_cannot_use_its_data_still_saves_and_opens_with_a_fitting_model(controller, qtbot, tmp_path):
    blobs = DataState.from_dataset(datasets.make("blobs", n=90, seed=2))  # three classes
    session = Session(blobs, hyperparameters=Hyperparameters(model="logistic"))
    path = _saved(tmp_path, session)
    assert "logistic regression (not trainable as saved: logistic regression separates two classes" in (
        validate_file(path))
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        note = apply_session(controller, load_session(path))
    assert "cannot use this data" in note
    assert controller.hyperparameters.model == "mlp"
    assert controller.data.dataset.same_content(blobs.dataset)


def test_saving_from_a_window_and_opening_it_again_continues_the_run(controller, qtbot, tmp_path):
    controller.set_hyperparameter("learning_rate", 0.1)
    controller.step(40)
    qtbot.waitUntil(lambda: controller.latest.step == 40, timeout=5000)
    saved_parameters = {k: v.copy() for k, v in controller.latest.parameters.items()}
    saved_rows = len(controller.loss_history)
    path = tmp_path / "run.gdesk"
    save_session(path, session_from_controller(controller, title="run"))

    controller.load_preset("xor")  # something else entirely
    controller.set_hyperparameter("hidden_layers", (3,))
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"].shape == (3, 2), timeout=5000)

    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
        apply_session(controller, load_session(path))
    snap = controller.latest
    assert snap.step == 40  # the counters continue
    assert controller.hyperparameters.learning_rate == 0.1 and controller.data.name == "circle"
    for name, value in saved_parameters.items():
        assert np.array_equal(snap.parameters[name], value)
    assert len(controller.loss_history) == saved_rows
    assert controller.loss_history.column("step")[-1] == 40
    assert controller.undo_stack.count() == 0  # a new document
    controller.step(5)
    qtbot.waitUntil(lambda: controller.latest.step == 45, timeout=5000)
    assert len(controller.loss_history) == saved_rows + 1  # the history goes on instead of starting over


def test_parameters_of_a_stale_snapshot_are_not_saved(controller, qtbot):
    controller.set_hyperparameter("hidden_layers", (6,))  # the worker has not answered yet
    session = session_from_controller(controller)
    assert session.parameters is None and session.loss_history is None
    qtbot.waitUntil(lambda: controller.latest.parameters["dense1.W"].shape == (6, 2), timeout=5000)
    assert session_from_controller(controller).parameters["dense1.W"].shape == (6, 2)


def _saved(tmp_path: Path, session: Session) -> Path:
    path = tmp_path / "saved.gdesk"
    save_session(path, session)
    return path
