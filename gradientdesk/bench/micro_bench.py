"""Micro-benchmarks of single pieces the GUI leans on, each with its target (the tests check what these pieces do,
never how fast: speed belongs to the machine, so it is measured here).

* `contour_ms`: the decision boundary of a 100x100 output grid (marching squares, `ui/plots/contour.py`);
* `parameter_table_ms`: one update of the parameter table for the largest network (29 377 rows) plus a repaint;
* `close_ms_batch_10`, `close_ms_full_batch`: closing the main window while it trains as fast as possible, until
  the worker thread has ended - with minibatches, and in full batch where every step ends an epoch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import numpy as np

from .timing import median_ms

BIGGEST_HIDDEN_LAYERS = (64,) * 8  # the largest network the hyperparameters allow: 29 377 parameters
TARGETS = {
    "contour_ms": 2.0,
    "parameter_table_ms": 16.0,  # a 60 Hz frame
    "close_ms_batch_10": 1000.0,  # shutdown's wait: beyond it, the window waits for the worker instead
    "close_ms_full_batch": 1000.0,
}




def contour_ms(repetitions: int = 50) -> float:
    from ..ui.plots.contour import iso_segments

    xs = np.linspace(-6, 6, 100)
    gx, gy = np.meshgrid(xs, xs)
    radius, step = np.hypot(gx, gy), 12 / 99
    return median_ms(lambda: iso_segments(radius, 3.0, -6, step, -6, step), repetitions)


def parameter_table_ms(updates: int = 20) -> float:
    """One update of the table model plus a repaint of its view, for the largest network (snapshots of real training
    steps, taken before)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QTableView

    from ..engine import Hyperparameters, Trainer, datasets
    from ..ui.panels.parameter_table import ParameterTableModel

    trainer = Trainer(datasets.make("circle", n=100, seed=1, test_fraction=0.5),
                      Hyperparameters(hidden_layers=BIGGEST_HIDDEN_LAYERS))
    taken = []
    for _ in range(updates + 2):
        trainer.step()
        taken.append(trainer.snapshot())
    model = ParameterTableModel()
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(16)
    view.resize(300, 400)
    view.show()
    model.update(taken[0])
    QCoreApplication.processEvents()  # the view lays the rows out (after a reset it does so later, in an event)
    snapshots = iter(taken[1:])

    def update() -> None:
        model.update(next(snapshots))
        view.viewport().repaint()

    result = median_ms(update, updates)
    view.close()
    return result


def close_ms(batch_size: int) -> float:
    """Close the main window while it trains as fast as possible; the time until the worker thread has ended."""
    from PySide6.QtCore import QCoreApplication, QRect

    from ..ui.window.main_window import MainWindow

    def wait_until(condition: Callable[[], bool], seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while not condition() and time.perf_counter() < deadline:
            QCoreApplication.processEvents()

    window = MainWindow(settings=None)
    window.set_virtual_screen(QRect(0, 0, 1600, 1000))  # a 1440x900 window, whatever offscreen's screen
    controller = window.controller
    window.file_actions.confirm_on_close = False
    stopped: list[float] = []
    controller.stopped.connect(lambda: stopped.append(time.perf_counter()))
    window.show()
    window.start()
    wait_until(lambda: controller.latest is not None, 10.0)
    controller.set_hyperparameter("batch_size", batch_size)
    controller.set_speed(None)
    controller.play()
    wait_until(lambda: controller.latest is not None and controller.latest.step > 200, 10.0)
    start = time.perf_counter()
    window.close()
    wait_until(lambda: bool(stopped), 60.0)
    return (stopped[0] - start) * 1000.0 if stopped else float("inf")


def measure(quick: bool = False) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["gradientdesk-bench"])  # alive while measuring
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    return {
        "contour_ms": round(contour_ms(20 if quick else 100), 3),
        "parameter_table_ms": round(parameter_table_ms(10 if quick else 30), 2),
        "close_ms_batch_10": round(close_ms(10), 1),
        "close_ms_full_batch": round(close_ms(500), 1),
    }
