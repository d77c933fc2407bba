"""Big data: the real window with 100,000 points (the largest dataset the app makes), for the issue "Nothing a learner
does breaks it".

* `measure_gui`: the window training as fast as possible - lag of a 10 ms GUI timer (p50 / p99 / max, target
  p99 <= 100 ms), frames and steps per second (gui_bench.py) - plus, headless, the cost of one snapshot while
  training (estimated numbers, 100x100 output grid), of the exact numbers measured once paused (in pieces), and the
  peak resident memory of the process;
* `measure_micro`: closing the window during each kind of long work on big data, until the worker thread has ended
  (target <= 300 ms, the small-data promise), Play while a loss landscape of big data is being computed and Play
  right after 16 edits in the hyperparameter panel (until the worker says it plays), and one click on the canvas
  (add a point, until the window has handled it).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable

from ..engine import Hyperparameters, ScalarRef, Trainer, datasets
from .timing import median_ms
from .workloads import Workload

N = 100_000
NETWORKS = {"16-16-16": (16, 16, 16), "8x64": (64,) * 8}
TARGETS = {"lag_p99_ms": 100.0, "close_ms": 300.0, "play_ms": 100.0}


def workload(network: str) -> Workload:
    ds = datasets.make("circle", n=N, seed=1, test_fraction=0.5)
    hp = Hyperparameters(model="mlp", hidden_layers=NETWORKS[network], activation="tanh", learning_rate=0.03,
                         batch_size=10, seed=1)
    return Workload(f"100k {network}", f"circle, {N:,} points, 2-{network}-1 tanh, batch 10", ds, hp)




def engine_costs(w: Workload) -> dict[str, float]:
    """Headless: a snapshot while training (estimate + 100x100 grid) and the exact numbers measured once paused."""
    trainer = Trainer(w.dataset, w.hyperparameters)
    trainer.run_steps(200)
    grid = (-6.0, 6.0, -6.0, 6.0, 100)
    return {
        "snapshot_ms": round(median_ms(lambda: trainer.snapshot(grid, estimate=True), 5), 1),
        "exact_ms": round(median_ms(lambda: trainer.evaluator().advance(), 2), 1),
    }


def measure_gui(seconds: float = 10.0, network: str = "16-16-16") -> dict[str, float]:
    from . import gui_bench

    w = workload(network)
    result = gui_bench.measure(seconds, workload=w)
    result.update(engine_costs(w))
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
    return result


# ---- micro ------------------------------------------------------------------------------------------------------
def _window(network: str):
    from PySide6.QtCore import QRect

    from ..state.data_state import DataState
    from ..ui.window.main_window import MainWindow

    w = workload(network)
    window = MainWindow(settings=None)
    window.set_virtual_screen(QRect(0, 0, 1600, 1000))  # a 1440x900 window, whatever offscreen's screen
    window.file_actions.confirm_on_close = False
    controller = window.controller
    controller.set_data_state(DataState.from_dataset(w.dataset), "Benchmark data")
    controller.set_hyperparameters(w.hyperparameters)
    controller.set_speed(None)
    window.show()
    window.start()
    return window, controller


def _wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
    return condition()


def _landscape_request():
    from ..engine.landscape import LandscapeRequest

    return LandscapeRequest(10_000, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1)), (-2, 2), (-2, 2), 41)


def close_ms(network: str, during: str) -> float:
    """Close the window while the worker, on 100,000 points, is training (`during` = "training"), measuring the exact
    numbers of a paused snapshot ("exact") or computing a loss landscape ("landscape"); the time until its thread has
    ended."""
    window, controller = _window(network)
    stopped: list[float] = []
    controller.stopped.connect(lambda: stopped.append(time.perf_counter()))
    _wait_until(lambda: controller.latest is not None and controller.latest.n_train == N // 2, 30.0)
    if during == "training":
        controller.play()
        _wait_until(lambda: controller.latest.step > 50, 30.0)
    elif during == "landscape":
        _wait_until(lambda: not controller.latest.estimated, 30.0)
        controller.compute_landscape(_landscape_request())
        _wait_until(lambda: False, 0.2)  # let it start
    else:  # a fresh paused snapshot of big data: its exact numbers are being measured now
        controller.reset()
        _wait_until(lambda: controller.latest.step == 0 and controller.latest.estimated, 30.0)
    start = time.perf_counter()
    window.close()
    _wait_until(lambda: bool(stopped), 60.0)
    return (stopped[0] - start) * 1000.0 if stopped else float("inf")


def play_ms_during_landscape(network: str) -> float:
    """Paused, a loss landscape of 100,000 points being computed: the time from Play until the worker plays."""
    window, controller = _window(network)
    _wait_until(lambda: controller.latest is not None and not controller.latest.estimated, 30.0)
    controller.compute_landscape(_landscape_request())
    _wait_until(lambda: False, 0.2)
    start = time.perf_counter()
    controller.play()
    _wait_until(lambda: controller.playing, 60.0)
    result = (time.perf_counter() - start) * 1000.0
    window.close()
    return result


def play_ms_after_edits(network: str, edits: int = 16) -> float:
    """Paused on 100,000 points, `edits` learning-rate edits in a row then Play: the time until the worker plays."""
    window, controller = _window(network)
    _wait_until(lambda: controller.latest is not None and not controller.latest.estimated, 30.0)
    start = time.perf_counter()
    for i in range(edits):
        controller.set_hyperparameter("learning_rate", round(0.01 + 0.001 * i, 3))
    controller.play()
    _wait_until(lambda: controller.playing, 60.0)
    result = (time.perf_counter() - start) * 1000.0
    window.close()
    return result


def click_ms(network: str, clicks: int = 5) -> float:
    """One point added to 100,000 (what a click on the canvas does), until the window has handled it."""
    import numpy as np
    from PySide6.QtCore import QCoreApplication

    window, controller = _window(network)
    _wait_until(lambda: controller.latest is not None, 30.0)
    rng = np.random.default_rng(0)

    def click() -> None:
        controller.add_points(rng.uniform(-5, 5, (1, 2)), 1)
        QCoreApplication.processEvents()

    result = median_ms(click, clicks)
    window.close()
    return result


def measure_micro(network: str = "16-16-16") -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["gradientdesk-bench"])  # alive while measuring
    return {
        "close_ms_training": round(close_ms(network, "training"), 1),
        "close_ms_exact": round(close_ms(network, "exact"), 1),
        "close_ms_landscape": round(close_ms(network, "landscape"), 1),
        "play_ms_during_landscape": round(play_ms_during_landscape(network), 1),
        "play_ms_after_16_edits": round(play_ms_after_edits(network), 1),
        "click_ms": round(click_ms(network), 1),
    }
