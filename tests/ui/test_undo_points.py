"""Undo of drawn and erased points stores the points, not copies of the data, and stays exact: any sequence of
draws, erasures, strokes and whole replacements undoes to every earlier state bit for bit and redoes to the last."""

from __future__ import annotations

import numpy as np

from gradientdesk.bridge.commands import DataEdit, PointsEdit
from gradientdesk.engine import datasets
from gradientdesk.state.data_state import DataState


def content(state: DataState):
    ds = state.dataset
    arrays = None if ds is None else (ds.X.tobytes(), ds.y.tobytes(), ds.y.dtype.str, ds.is_test.tobytes(), ds.name,
                                      ds.class_names)
    return state.task, state.class_names, state.input_dim, state.name, arrays


def commands(controller):
    stack = controller.undo_stack
    return [stack.command(i) for i in range(stack.count())]


def test_clicks_on_big_data_keep_bytes_not_copies(controller):
    """Before: each click on 100,000 points kept the whole data before and after (~3.9 MB; 60 clicks: +233 MB)."""
    controller.set_data_state(DataState.from_dataset(datasets.make("circle", n=100_000, seed=1)), "Big data")
    rng = np.random.default_rng(0)
    for _ in range(60):
        controller.add_points(rng.uniform(-5, 5, (1, 2)), 1)
    edits = commands(controller)[1:]
    assert len(edits) == 60 and all(isinstance(e, PointsEdit) for e in edits)
    assert sum(e.change.nbytes for e in edits) < 60 * 64  # a point: two coordinates, a label, a flag
    assert all(e._first is None for e in edits)  # no DataState kept once applied
    assert controller.data.n_points == 100_060


def test_any_sequence_of_edits_undoes_and_redoes_exactly(controller):
    rng = np.random.default_rng(7)
    controller.load_preset("circle", n=200)
    controller.undo_stack.clear()
    history = [content(controller.data)]
    for _ in range(40):
        kind = rng.choice(["draw", "erase", "stroke", "erase stroke", "classes", "clear", "preset"],
                          p=[0.3, 0.25, 0.15, 0.15, 0.05, 0.05, 0.05])
        n = controller.data.n_points
        if kind == "draw":
            controller.add_points(rng.uniform(-5, 5, (rng.integers(1, 4), 2)), int(rng.integers(0, 2)))
        elif kind == "erase" and n:
            controller.erase_points(rng.choice(n, size=min(n, int(rng.integers(1, 6))), replace=False))
        elif kind == "stroke":
            stroke = controller.new_stroke()
            for _ in range(3):
                controller.add_points(rng.uniform(-5, 5, (2, 2)), 0, stroke)
        elif kind == "erase stroke" and n > 6:
            stroke = controller.new_stroke()
            for _ in range(3):
                controller.erase_points(rng.choice(controller.data.n_points, size=2, replace=False), stroke)
        elif kind == "classes":
            controller.set_class_count(3 if controller.data.n_classes == 2 else 2)
        elif kind == "clear":
            controller.clear_points()
        elif kind == "preset":
            controller.load_preset("xor", n=int(rng.integers(20, 80)))
        else:
            continue
        if controller.undo_stack.count() == len(history):  # one new step (a stroke's edits merged into one)
            history.append(content(controller.data))
        assert controller.undo_stack.count() == len(history) - 1, kind
    kinds = {type(c) for c in commands(controller)}
    assert kinds == {PointsEdit, DataEdit}
    for expected in reversed(history[:-1]):
        controller.undo_stack.undo()
        assert content(controller.data) == expected
    for expected in history[1:]:
        controller.undo_stack.redo()
        assert content(controller.data) == expected


def test_the_undo_history_is_bounded(controller):
    from gradientdesk.bridge.commands import UNDO_LIMIT

    assert controller.undo_stack.undoLimit() == UNDO_LIMIT
