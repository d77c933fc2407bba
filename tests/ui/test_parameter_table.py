"""ParameterTableModel on synthetic snapshots: large networks stay cheap, structure changes reset, NaN never breaks."""

from __future__ import annotations

import functools
from types import MappingProxyType

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from python_work import lines_run

from gradientdesk.engine import Hyperparameters, ModelSpec, build_model, datasets
from gradientdesk.engine.snapshot import Snapshot
from gradientdesk.state.history import flat_names
from gradientdesk.ui.panels.parameter_table import ParameterTableModel, describe, format_number
from gradientdesk.ui.theme.palette import VERMILLION


@functools.cache
def spec_of(model: str, hidden: tuple[int, ...] = ()) -> ModelSpec:
    """The spec of a real model: `model` with `hidden` layers on 2-D, two-class data (PCA: on a cloud)."""
    hp = Hyperparameters(model=model, hidden_layers=hidden or (4, 2), n_components=2 if model == "pca" else 1)
    data = datasets.make("cloud" if model == "pca" else "circle", n=40, seed=1)
    return build_model(hp, data, np.random.default_rng(0)).spec


def make_snapshot(sizes: tuple[int, ...], step: int = 0, seed: int = 0) -> Snapshot:
    """A snapshot of a dense network with layer sizes `sizes` (2 inputs, hidden layers, 1 output), random
    numbers."""
    assert sizes[0] == 2 and sizes[-1] == 1
    spec = spec_of("mlp", sizes[1:-1]) if len(sizes) > 2 else spec_of("logistic")
    rng = np.random.default_rng(seed)
    params, grads, updates = {}, {}, {}
    for slot in spec.slots:
        params[slot.name], grads[slot.name], updates[slot.name] = (rng.normal(size=slot.shape) for _ in range(3))
    return Snapshot(step=step, epoch=0, examples_seen=step, train_loss=1.0, test_loss=None,
                    parameters=MappingProxyType(params), gradients=MappingProxyType(grads),
                    updates=MappingProxyType(updates), learning_rate=0.03, spec=spec,
                    hyperparameters=Hyperparameters(), task="classification")


BIG = (2, *([64] * 8), 1)  # the largest network the hyperparameters allow


class ReadCountingModel(ParameterTableModel):
    """The real model, noting which rows the view reads."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_read: set[int] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.rows_read.add(index.row())
        return super().data(index, role)


def test_large_network_updates_without_reset(qtbot):
    model = ReadCountingModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(16)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    first = make_snapshot(BIG)
    assert model.update(first) is True
    assert model.rowCount() == first.parameter_count == 2 * 64 + 64 + 7 * (64 * 64 + 64) + 65
    assert model.names == flat_names(first)
    qtbot.waitUntil(lambda: len(model.rows_read) > 0, timeout=5000)  # the view has laid the new rows out
    changes = []
    model.dataChanged.connect(lambda *args: changes.append(args))
    resets = model.resets
    visible_rows = view.viewport().height() // 16 + 2
    for step in range(1, 21):
        snap = make_snapshot(BIG, step=step, seed=step)
        model.rows_read.clear()
        assert model.update(snap) is False
        view.viewport().repaint()
        assert 0 < len(model.rows_read) <= visible_rows  # the view formats what it shows, not 30 000 rows
    assert model.resets == resets
    assert len(changes) == 20  # one signal per snapshot, not one per row
    np.testing.assert_array_equal(model.column_values(1)[:3], make_snapshot(BIG, step=20, seed=20)
                                  .parameters["dense1.W"].ravel()[:3])


def test_an_update_runs_the_same_python_for_30_000_rows_as_for_97():
    """No per-row Python loop in an update (its speed: python -m gradientdesk.bench --micro)."""
    work = []
    for sizes in (BIG, (2, *([3] * 8), 1)):  # as many layers, 29 377 and 97 rows
        model = ParameterTableModel()
        model.update(make_snapshot(sizes))
        snap = make_snapshot(sizes, step=1, seed=1)
        work.append(lines_run(lambda model=model, snap=snap: model.update(snap)))
    assert work[0] == work[1]


def test_structure_change_resets_and_names_follow():
    model = ParameterTableModel()
    model.update(make_snapshot((2, 4, 1)))
    assert model.rowCount() == 17
    assert model.update(make_snapshot((2, 4, 3, 1))) is True
    assert model.rowCount() == 12 + 4 * 3 + 3 + 3 + 1
    assert model.name_at(model.rowCount() - 1) == "dense3.b[0]"
    assert model.row_of("dense2.W[2,3]") == 12 + 11


def test_non_finite_values_are_spelled_out_in_red():
    model = ParameterTableModel()
    snap = make_snapshot((2, 3, 1))
    values = dict(snap.parameters)
    values["dense1.W"] = values["dense1.W"].copy()
    values["dense1.W"][0, 0] = np.nan
    values["dense1.W"][0, 1] = np.inf
    bad = Snapshot(**{**snap.__dict__, "parameters": MappingProxyType(values)})
    model.update(bad)
    assert model.index(0, 1).data() == "NaN"
    assert model.index(1, 1).data() == "inf"
    for column in range(4):  # the whole row is red
        assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole).color().name().upper() == VERMILLION
    assert model.index(2, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_missing_arrays_do_not_break_the_table():
    snap = make_snapshot((2, 3, 1))
    broken = Snapshot(**{**snap.__dict__, "gradients": MappingProxyType({})})
    model = ParameterTableModel()
    model.update(broken)
    assert model.rowCount() == snap.parameter_count
    assert model.index(0, 2).data() == "NaN"


@pytest.mark.parametrize(("model", "name", "text"), [
    ("mlp", "dense1.W[0,1]", "weight from input x2 to neuron 0 of layer 1"),
    ("mlp", "dense2.W[1,3]", "weight from neuron 3 of layer 1 to neuron 1 of layer 2"),
    ("mlp", "dense3.W[0,1]", "weight from neuron 1 of layer 2 to output neuron 0 (layer 3)"),
    ("mlp", "dense1.b[2]", "bias of neuron 2 of layer 1"),
    ("logistic", "dense1.b[0]", "bias of output neuron 0 (layer 1)"),
    ("pca", "pca.W[1,0]", "weight of input x2 in component 0"),
    ("pca", "pca.b[1]", "centre of input x2"),
])
def test_tooltips_explain_each_parameter(model, name, text):
    spec = spec_of(model, (4, 3)) if model == "mlp" else spec_of(model)
    assert describe(spec, name).startswith(f"{name}: {text}")
    assert describe(spec, "dense9.W[0,0]") == "dense9.W[0,0]"  # not a parameter of this model: just the name


def test_format_number_is_short_and_never_fails():
    assert format_number(0.03) == "0.03"
    assert format_number(-0.0005471) == "-5.471e-4"
    assert format_number(float("nan")) == "NaN"
    assert format_number(float("-inf")) == "-inf"
    for value in (1.234567e-5, -0.001234567, 123456.7, -9.87654e12, 0.0):
        assert len(format_number(value)) <= 9
        assert float(format_number(value)) == pytest.approx(value, rel=1e-3, abs=1e-12)
