"""CSV export and import: exact round trips, detection of the task, and errors that name the line and the column."""

from __future__ import annotations

import numpy as np
import pytest

from gradientdesk.engine import datasets
from gradientdesk.io.csv_io import (
    MAX_ROWS,
    CsvError,
    csv_text,
    detect_task,
    interpret,
    parse_table,
    read_table,
    write_csv,
)
from gradientdesk.state.data_state import DataState


def imported(text: str | bytes, task: str | None = None, **kwargs):
    table = parse_table(text.encode() if isinstance(text, str) else text)
    return interpret(table, task or detect_task(table), **kwargs)


@pytest.mark.parametrize(("preset", "header"), [("spiral", "x1,x2,label,split"), ("sine", "x,target,split"),
                                                ("plane", "x1,x2,target,split"), ("cloud", "x1,x2,split")])
def test_export_then_import_gives_the_same_points_bitwise(tmp_path, preset, header):
    state = DataState.from_dataset(datasets.make(preset, n=200, seed=3, test_fraction=0.4))
    path = tmp_path / "points.csv"
    write_csv(path, state)
    assert path.read_text().splitlines()[0] == header
    result = interpret(read_table(path), detect_task(read_table(path)), name=preset)
    assert result.task == state.task
    assert result.state.dataset.same_content(state.dataset)  # coordinates, labels or targets, split, class names
    assert not [w for w in result.warnings if "outside the canvas" not in w]  # the split column was used


def test_text_labels_become_classes_in_alphabetical_order():
    result = imported("x1,x2,label\n0,0,dog\n1,1,cat\n2,2,dog\n3,3,bird\n")
    assert result.task == "classification"
    assert result.state.class_names == ("bird", "cat", "dog")
    assert result.state.dataset.y.tolist() == [2, 1, 2, 0]


def test_a_file_without_header_is_read_in_column_order_and_split_is_detected():
    result = imported("1.5,2,1,test\n-1,0.5,0,train\n")
    assert result.task == "classification"
    assert result.state.dataset.X.tolist() == [[1.5, 2.0], [-1.0, 0.5]]
    assert result.state.dataset.is_test.tolist() == [True, False]


def test_two_columns_without_header_are_points_or_a_curve():
    assert imported("1,2\n3,4\n").task == "unsupervised"
    curve = imported("1,2\n3,4.5\n", task="regression")
    assert curve.state.input_dim == 1 and curve.state.dataset.y.tolist() == [2.0, 4.5]


def test_task_detection_from_header_and_values():
    assert imported("x,y\n1,0.37\n2,1.2\n").task == "regression"
    assert imported("a,b,c\n1,2,0\n2,3,1\n4,5,2\n").task == "classification"
    assert imported("a,b,c\n1,2,0.5\n2,3,1\n").task == "regression"
    assert imported("x1,x2,target\n1,2,1\n2,3,0\n").task == "regression"  # the header says so


def test_semicolon_files_with_decimal_commas():
    result = imported("x1;x2;label\n1,5;-2,25;A\n0,5;3;B\n".encode("latin-1"))
    assert result.state.dataset.X.tolist() == [[1.5, -2.25], [0.5, 3.0]]


def test_without_a_split_column_points_are_split_at_random_reproducibly():
    text = "x1,x2\n" + "".join(f"{i},{i}\n" for i in range(200))
    first, second = imported(text, test_fraction=0.3, seed=5), imported(text, test_fraction=0.3, seed=5)
    assert np.array_equal(first.state.dataset.is_test, second.state.dataset.is_test)
    assert 30 < first.state.dataset.n_test < 90
    assert any("No split column" in w for w in first.warnings)


def test_points_outside_the_canvas_are_kept_as_they_are_with_a_warning():
    result = imported("x1,x2,split\n100,-250,train\n1,1,test\n")
    assert result.state.dataset.X.tolist() == [[100.0, -250.0], [1.0, 1.0]]  # not rescaled
    assert any("1 point lies outside the canvas" in w and "not rescaled" in w for w in result.warnings)


BAD = [
    ("x1,x2,label\n1,2,A\n3,abc,B\n", "line 3, column x2: 'abc' is not a number"),
    ("x1,x2,label\n1,2,A\n3,nan,B\n", "line 3, column x2: 'nan' is not a finite number"),
    ("x1,x2,label\n1,2,A\n\n4,inf,B\n", "line 4, column x2: 'inf' is not a finite number"),
    ("x1,x2,label\n1,2,A\n3,B\n", "line 3: 2 values, but the header has 3 columns (x1, x2, label)"),
    ("x1,x2,label\n1,2,A\n3,,B\n", "line 3, column x2: the value is missing"),
    ("x1,x2,label\n1,2,\n3,4,B\n", "line 2, column label: the class label is missing"),
    ("x1,x2,label\n1,2,0\n3,4,9\n", "line 3, column label: '9' is not a class"),
    ("x1,x2,label,split\n1,2,A,train\n3,4,B,maybe\n", "line 3, column split: 'maybe' must be train or test"),
    ("x1,x2,label\n" + "".join(f"{i},{i},{'ABCDEFG'[i]}\n" for i in range(7)),
     "line 8, column label: 'G' is a 7th class"),
    ("x1,x2,target\n0,0,1e308\n1,1,-1e308\n", "line 2, column target: the value '1e308' must be a number between "
     "-1,000,000 and 1,000,000"),
    ("x1,x2,label\n1,2,A\n-2e6,1,B\n", "line 3, column x1: the value '-2e6' must be a number between -1,000,000 and "
     "1,000,000"),
    ("x1\n1\n2\n", "no column for target: regression data needs the columns x1, target"),
    ("", "the file is empty"),
    ("x1,x2,label\n", "a header but no data rows"),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m[:40] for _, m in BAD])
def test_bad_rows_are_refused_naming_line_and_column(text, message):
    with pytest.raises(CsvError) as refused:
        imported(text, task="classification" if "x1\n" not in text and ",target\n" not in text else None)
    assert message in str(refused.value)


def test_more_than_100000_rows_are_refused_naming_the_line():
    text = "x1,x2\n" + "1,2\n" * (MAX_ROWS + 1)
    with pytest.raises(CsvError) as refused:
        parse_table(text.encode())
    assert refused.value.line == MAX_ROWS + 2
    assert "at most 100 000 points" in str(refused.value)
    assert imported("x1,x2\n" + "1,2\n" * MAX_ROWS).state.dataset.n == MAX_ROWS


def test_csv_text_of_an_empty_canvas_is_just_the_header():
    from gradientdesk.state.data_state import empty_state

    assert csv_text(empty_state("regression", input_dim=1)) == "x,target,split\n"


def test_values_at_the_edge_of_the_drawable_range_are_imported():
    result = imported("x1,x2,target\n1e6,-1000000,-1e6\n0,0,1000000\n")
    assert result.state.dataset.X.tolist() == [[1e6, -1e6], [0.0, 0.0]]
    assert result.state.dataset.y.tolist() == [-1e6, 1e6]
