"""Runs are told apart by shape as well as colour (colour vision): in the Compare dialog's loss and trace plots each
run puts a few markers of its own shape on its curves, and the legend shows each run's line with its shape."""

from __future__ import annotations

import numpy as np

from gradientdesk.ui.experiments.compare_plan import RUN_NAMES
from gradientdesk.ui.experiments.compare_plot import RUN_SYMBOLS, LossCurves, marker_positions


class _History:
    def __init__(self, epochs, train, test) -> None:
        self.epochs, self.train, self.test, self.diverged_step = epochs, train, test, None


def test_each_run_has_its_own_shape_on_its_curve_and_in_the_legend(qtbot):
    assert len(set(RUN_SYMBOLS)) == len(RUN_SYMBOLS) == len(RUN_NAMES)
    plot = LossCurves()
    qtbot.addWidget(plot)
    plot.build(3)
    epochs = list(range(1, 41))
    histories = [_History(epochs, [1.0 / (e + k) for e in epochs], [1.2 / (e + k) for e in epochs]) for k in range(3)]
    plot.show_histories(histories)
    for i, (markers, history) in enumerate(zip(plot.markers, histories, strict=True)):
        assert markers.opts["symbol"] == RUN_SYMBOLS[i]
        xs, ys = markers.getData()
        assert 3 <= len(xs) <= 6
        assert np.allclose(ys, [history.train[int(x) - 1] for x in xs])  # on the run's own training curve
    samples = [sample.item.opts for sample, _label in plot.legend.items]
    assert [s["symbol"] for s in samples] == list(RUN_SYMBOLS[:3])
    assert [label.text for _sample, label in plot.legend.items] == list(RUN_NAMES[:3])


def test_markers_of_curves_that_coincide_do_not_sit_on_each_other():
    spots = [set(marker_positions(200, run, 4)) for run in range(4)]
    assert all(not (spots[a] & spots[b]) for a in range(4) for b in range(a + 1, 4))
    assert marker_positions(0, 0, 2).size == 0 and marker_positions(1, 1, 2).tolist() == [0]
