"""After the data change under the same parameters, the numbers shown are those of the new data at once (not at the
next step), and the loss plot marks where the data changed."""

from __future__ import annotations

import numpy as np

from gradientdesk.engine import datasets
from gradientdesk.state.data_state import DataState
from gradientdesk.state.history import LossHistory


def test_the_loss_line_measures_the_new_data_at_once_and_the_curves_mark_the_change(qtbot, window):
    controller = window.controller
    controller.step(200)
    qtbot.waitUntil(lambda: controller.latest.step >= 200 and not controller.playing, timeout=10000)
    trained = controller.latest
    accuracy_before = trained.metrics["test_accuracy"]
    # the same two classes, other points: the same model shape, so the parameters are kept
    other = datasets.make("xor", n=300, seed=3, test_fraction=0.5)
    controller.set_data_state(DataState.from_dataset(other), "Other data")
    qtbot.waitUntil(lambda: controller.latest.dataset_version == controller.versions[0], timeout=5000)
    now = controller.latest
    assert now.step == trained.step  # no training happened: the same parameters, measured on the new data
    assert now.metrics["test_accuracy"] != accuracy_before
    history = controller.loss_history
    assert history.column("test_metric")[-1] == now.metrics["test_accuracy"]  # the row is the new data's
    assert history.data_changes == [now.epoch_progress]
    loss_plot = window.loss_plot
    loss_plot.refresh()
    shown = f"{100 * now.metrics['test_accuracy']:.1f}%"
    assert shown in loss_plot.values_label.text()
    assert loss_plot.change_marks.epochs == [now.epoch_progress]
    assert all(line.isVisible() for line in loss_plot.change_marks.lines[0])


def test_a_roll_back_before_a_mark_removes_it():
    class Snap:
        def __init__(self, step, data_version, accuracy=0.5):
            self.step, self.epoch_progress = step, step / 10
            self.dataset_version, self.hp_version = data_version, 1
            self.train_loss, self.test_loss = 1.0, 1.0
            self.metrics = {"train_accuracy": accuracy, "test_accuracy": accuracy}
            self.estimated = False

    history = LossHistory()
    for step in range(5):
        history.add(Snap(step, 1))
    history.add(Snap(4, 2, accuracy=0.9))  # new data at step 4: the row is replaced, and marked
    assert len(history) == 5 and history.column("test_metric")[-1] == 0.9
    assert history.data_changes == [0.4]
    history.add(Snap(2, 2))  # a rewind to step 2
    assert history.data_changes == [] and np.all(history.column("step") <= 2)
