"""GUI benchmark: the real main window (offscreen) training W2 (or another workload) as fast as possible for ~10 s.

Reports steps/s with the GUI, steps/s of the same workload without any GUI, snapshots drawn per second, and the
lateness of a 10 ms GUI timer (p50 / p99 / max): how responsive the window stays while the worker trains.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import TYPE_CHECKING

from ..engine import Trainer
from .workloads import Workload, workloads

if TYPE_CHECKING:
    from ..ui.window.main_window import MainWindow


def headless_steps_per_s(seconds: float = 3.0, workload: Workload | None = None) -> float:
    """The same workload in a plain loop, no GUI, no snapshots."""
    w = workload or workloads()["W2"]
    trainer = Trainer(w.dataset, w.hyperparameters)
    trainer.run_epochs(3)
    start = time.perf_counter()
    steps = 0
    while time.perf_counter() - start < seconds:
        steps += trainer.run_steps(2000)
    return steps / (time.perf_counter() - start)


def training_window(workload: Workload, all_views: bool = False) -> MainWindow:
    """The main window (a QApplication must exist) on a 1600x1000 virtual screen with `workload`'s data and
    hyperparameters at full speed (every view open with `all_views`), shown, started, and given half a second for
    its first snapshot and layout."""
    from PySide6.QtCore import QRect

    from ..state.data_state import DataState
    from ..ui.window.main_window import MainWindow
    from .gui_clock import run_event_loop

    window = MainWindow(settings=None)
    window.set_virtual_screen(QRect(0, 0, 1600, 1000))  # a 1440x900 window, whatever offscreen's screen
    controller = window.controller
    controller.set_data_state(DataState.from_dataset(workload.dataset), "Benchmark data")
    controller.set_hyperparameters(workload.hyperparameters)
    controller.set_speed(None)
    if all_views:
        window.open_all_views()
    window.show()
    window.start()
    run_event_loop(0.5)
    return window


def measure(seconds: float = 10.0, all_views: bool = False, workload: Workload | None = None) -> dict[str, float]:
    """Run the main window on `workload` (W2 by default) for `seconds` and measure. With `all_views`, every optional
    view is opened too."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["gradientdesk-bench"])
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from .gui_clock import LagProbe, run_event_loop
    from .timing import percentile

    w = workload or workloads()["W2"]
    window = training_window(w, all_views)
    controller = window.controller

    probe = LagProbe()
    controller.play()
    run_event_loop(1.0)  # reach full speed
    start_step = controller.latest.step
    start_frames = window.frame_sync.paints_seen
    start_received = controller.snapshots_received
    probe.start()
    started = time.perf_counter()
    cpu_started = time.thread_time()  # this (the GUI) thread's own CPU time: its work per frame, not its waits
    run_event_loop(seconds)
    elapsed = time.perf_counter() - started
    gui_cpu = time.thread_time() - cpu_started
    probe.stop()
    lateness = probe.lateness
    controller.pause()
    steps = controller.latest.step - start_step
    frames = window.frame_sync.paints_seen - start_frames
    received = controller.snapshots_received - start_received
    window.close()
    del app
    headless = headless_steps_per_s(workload=w)
    return {
        "steps_per_s": round(steps / elapsed, 1),
        "headless_steps_per_s": round(headless, 1),
        "frames_per_s": round(frames / elapsed, 1),
        "snapshots_per_s": round(received / elapsed, 1),
        "lag_p50_ms": round(statistics.median(lateness), 2) if lateness else float("nan"),
        "lag_p99_ms": round(percentile(lateness, 0.99), 2),
        "lag_max_ms": round(max(lateness), 2) if lateness else float("nan"),
        "gui_ms_per_frame": round(1000 * gui_cpu / max(frames, 1), 2),
    }
