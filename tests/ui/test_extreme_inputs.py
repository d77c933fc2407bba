"""Extreme values from files and CSV imports are refused with a message naming the value and the range; the canvas
and the range; and the canvas colours any finite targets (regression levels and per-point styles never overflow into
an index, even for data that got past the file and import checks some other way)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from gradientdesk.engine import Hyperparameters, datasets
from gradientdesk.io.session import Session, encode_session
from gradientdesk.state.data_state import DataState
from gradientdesk.ui.plots.output_map import apply_lut, regression_levels, unit_positions
from gradientdesk.ui.plots.point_styles import REGRESSION_COLORS, point_styles, regression_lut

BIGGEST = float(np.finfo(np.float64).max)
EXTREMES = [
    np.array([1e308, -1e308, 3.0]),
    np.array([BIGGEST, -BIGGEST]),
    np.array([5.0, 5.0]),
    np.array([1e-300, 2e-300, 0.0]),
]


@pytest.mark.parametrize("targets", EXTREMES)
def test_regression_levels_are_finite_and_ordered(targets):
    lo, hi = regression_levels(targets)
    assert np.isfinite([lo, hi]).all()
    assert lo < hi
    assert lo <= targets.min() and targets.max() <= hi


@pytest.mark.parametrize("targets", EXTREMES)
def test_point_styles_give_every_point_a_colour(qtbot, targets):
    n = targets.size
    dataset = SimpleNamespace(n=n, y=targets, is_test=np.arange(n) % 2 == 1)
    state = SimpleNamespace(dataset=dataset, task="regression", input_dim=2, n_classes=0)
    pens, brushes, sizes = point_styles(state, regression_levels(targets))
    assert len(pens) == len(brushes) == len(sizes) == n
    assert all(p is not None for p in pens)


def test_huge_targets_keep_their_order_in_colour():
    targets = np.array([-1e308, 0.0, 1e308])
    t = unit_positions(targets, regression_levels(targets))
    assert t[0] < t[1] < t[2]


@pytest.mark.parametrize("levels", [(-BIGGEST, BIGGEST), (float("-inf"), float("inf")), (2.0, 2.0),
                                    (float("nan"), 1.0)])
def test_the_output_map_indexes_its_table_for_any_levels(levels):
    lut = regression_lut(REGRESSION_COLORS)
    values = np.array([[0.0, 1e308, -1e308], [np.nan, np.inf, -np.inf]])
    rgb = apply_lut(values, lut, levels)
    assert rgb.shape == (2, 3, 3)


def test_file_open_refuses_extreme_coordinates_with_a_message(window, tmp_path):
    session = Session(DataState.from_dataset(datasets.make("xor", n=20, seed=1)), hyperparameters=Hyperparameters())
    doc = json.loads(encode_session(session, readable=True))
    doc["data"]["X"][3][1] = -1e308
    path = tmp_path / "far.gdesk"
    path.write_text(json.dumps(doc))
    before = window.controller.data
    message = window.file_actions.open_path(path)
    words = "data.X[3, 1] must be a number between -1,000,000 and 1,000,000; got -1e+308"
    assert words in message
    box = window.file_actions.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning and words in box.text()
    assert window.controller.data is before


def test_point_styles_reuse_their_pens_across_data_changes(qtbot):
    """pyqtgraph's symbol atlas keeps an entry per pen and brush object: new equal ones per edit grew it forever."""
    from gradientdesk.engine import Dataset

    first = DataState.from_dataset(Dataset(np.zeros((3, 2)), np.array([0, 1, 1]), "classification"))
    second = DataState.from_dataset(Dataset(np.ones((4, 2)), np.array([1, 0, 1, 0]), "classification"))
    pens_a, brushes_a, _ = point_styles(first)
    pens_b, brushes_b, _ = point_styles(second)
    assert pens_a[1] is pens_b[0] and brushes_a[1] is brushes_b[0]  # class 1, training: the same objects


def test_the_csv_preview_refuses_huge_targets_naming_line_column_and_range(qtbot):
    from gradientdesk.io.csv_io import parse_table
    from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog

    table = parse_table(b"x1,x2,target\n0,0,1\n1,1,1e308\n2,2,-1e308\n")
    dialog = CsvImportDialog(table, "huge", 0.5, 1)
    qtbot.addWidget(dialog)
    assert dialog.task == "regression" and dialog.state is None
    assert not dialog.import_button.isEnabled()
    assert ("line 3, column target: the value '1e308' must be a number between -1,000,000 and 1,000,000"
            in dialog.message_label.text())
