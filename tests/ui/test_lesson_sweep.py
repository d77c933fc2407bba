"""Lesson 2 (learning rate) ends on the Sweep: what its last step claims about the divergence edge is what the
Sweep dialog shows for the lesson's data with its default settings (issue 12, item 6)."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import Qt


def curvature(dataset) -> float:
    """The largest eigenvalue of the Hessian of the mean squared error of a line in (w, b): 2 E[(x, 1)(x, 1)^T];
    gradient descent on it converges for learning rates below 2 / curvature."""
    x, _ = dataset.split("train")
    a = np.column_stack([x[:, 0], np.ones(x.shape[0])])
    return float(np.linalg.eigvalsh(2.0 * a.T @ a / x.shape[0]).max())


def test_lesson_2s_divergence_edge_is_the_one_the_sweep_dialog_marks(qtbot, window):
    assert window.lessons.open_lesson(1)
    step = window.lessons.panel.steps[-1].text
    claim = re.search(r"between ([\d.]+) \(still trains\) and ([\d.]+) \(diverges\), around 2 / curvature = "
                      r"(\d+(?:\.\d+)?)", step)
    assert claim, step
    trained, diverges, limit = (float(x) for x in claim.groups())
    assert trained < limit < diverges
    assert abs(2 / curvature(window.controller.data.dataset) - limit) <= 0.005

    dialog = window.sweep.open()  # what the step says: open it and press Start, with its defaults
    qtbot.addWidget(dialog)
    assert dialog.field.currentText() == "Learning rate"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished, timeout=60_000)
    low, high = dialog.frame.edge()
    assert f"{low:.3g}" == f"{trained:.3g}" and f"{high:.3g}" == f"{diverges:.3g}"
    dialog.close()

