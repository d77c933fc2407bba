"""Numbers from files stay in the range the views can draw (`engine.limits`: |x| <= 1e6; the loss history's counters
and losses up to 1e12): beyond it a file is refused with a message naming the value and the range - by
`--validate`, by File > Open - and a window never writes what it would refuse."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gradientdesk.cli_files import validate_command
from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets
from gradientdesk.io.session import Session, SessionError, decode_session, encode_session
from gradientdesk.state.data_state import DataState
from gradientdesk.ui.document.sessions import session_from_controller

RANGE = "between -1,000,000 and 1,000,000"


def _regression_document(target: float) -> bytes:
    ds = datasets.make("sine", n=30, seed=2, test_fraction=0.3)
    hp = Hyperparameters(model="mlp", hidden_layers=(3,), features=("x1",))
    trainer = Trainer(ds, hp)
    trainer.run_steps(5)
    session = Session(DataState.from_dataset(ds), hyperparameters=hp,
                      parameters={k: v.copy() for k, v in trainer.model.parameters.items()})
    doc = json.loads(encode_session(session, readable=True))
    doc["data"]["y"][4] = target
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("target", "shown"), [(1e308, "1e+308"), (-1e308, "-1e+308"), (1.0000001e6, "1000000.1")])
def test_a_target_beyond_the_range_is_refused_naming_it(target, shown):
    with pytest.raises(SessionError) as refused:
        decode_session(_regression_document(target))
    assert f"data.y[4] must be a number {RANGE}; got {shown}" in str(refused.value)


def test_values_at_the_edge_of_the_range_open():
    assert decode_session(_regression_document(-1e6)).data.dataset.y[4] == -1e6


def test_validate_refuses_an_extreme_parameter(tmp_path, capsys):
    doc = json.loads(_regression_document(0.5))
    doc["parameters"]["dense1.b"][0] = 1e308
    path = tmp_path / "extreme.gdesk"
    path.write_text(json.dumps(doc))
    assert validate_command(path) != 0
    out = capsys.readouterr()
    assert f"parameters.dense1.b[0] must be a number {RANGE}; got 1e+308" in out.out + out.err


@pytest.mark.parametrize(("X", "y", "words"), [
    ([[0.0, 0.0], [2e6, 1.0]], [0.0, 1.0], "the coordinate x1 of point 2"),
    ([[0.0, 0.0], [1.0, -1e308]], [0.0, 1.0], "the coordinate x2 of point 2"),
    ([[0.0, 0.0], [1.0, 1.0]], [0.0, 1e308], "the target of point 2"),
])
def test_a_dataset_refuses_values_beyond_the_range(X, y, words):
    with pytest.raises(ValueError, match=f"{words} must be a number {RANGE}"):
        Dataset(np.array(X), np.array(y), "regression")


def test_a_window_with_huge_losses_saves_them_as_not_measured(controller, qtbot):
    controller.step(3)
    qtbot.waitUntil(lambda: controller.latest.step == 3, timeout=5000)
    history = controller.loss_history
    columns = {name: history.column(name).copy() for name in history.COLUMNS}
    columns["train_loss"][0] = 1e13  # the first squared errors of targets near 1e6 are this large
    columns["test_metric"][0] = -1e20  # so is R^2 of a bad model on nearly constant targets
    history.restore(columns, history.metric_name)
    session = session_from_controller(controller)
    assert np.isnan(session.loss_history["train_loss"][0]) and np.isnan(session.loss_history["test_metric"][0])
    assert decode_session(encode_session(session)).same_content(session)  # saved, and it opens again
