"""GUI benchmark of a sweep ("gui_sweep"): the real main window (offscreen) with the Sweep dialog training a 16-run
W2 learning-rate sweep (one RunSet in the sweep's own thread) for ~10 s, while the main window stays idle.

Reports what `gui` reports, for the sweep: frames drawn by the dialog per second (one per epoch, more within an
epoch longer than 1/30 s), epochs per second, run-steps per second
(steps of every run added up), and the lateness of a 10 ms GUI timer (p50 / p99 / max): whether the window stays as
responsive with 16 runs as with one. Targets as for `gui`: lag p99 <= 30 ms, max <= 100 ms, >= 30 frames/s.
"""

from __future__ import annotations

import os
import statistics
import time

from .workloads import Workload, workloads

RUNS = 16
RATES = (0.003, 0.1)  # W2 trains over the whole range: all 16 runs keep working for the whole measurement


def measure(seconds: float = 10.0, workload: Workload | None = None) -> dict[str, float]:
    """Sweep the learning rate of `workload` (W2 by default) over RUNS runs in the Sweep dialog for `seconds`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["gradientdesk-bench"])
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from PySide6.QtCore import QRect

    from ..state.data_state import DataState
    from ..ui.experiments.sweep_plan import MAX_EPOCHS
    from ..ui.window.main_window import MainWindow
    from .gui_clock import LagProbe, run_event_loop
    from .timing import percentile

    w = workload or workloads()["W2"]
    window = MainWindow(settings=None)
    window.set_virtual_screen(QRect(0, 0, 1600, 1000))
    controller = window.controller
    controller.set_data_state(DataState.from_dataset(w.dataset), "Benchmark data")
    controller.set_hyperparameters(w.hyperparameters)
    window.show()
    window.start()
    run_event_loop(0.5)  # first snapshot and layout

    dialog = window.sweep.open()
    dialog.set_field("learning_rate")
    dialog.low.setText(f"{RATES[0]:g}")
    dialog.high.setText(f"{RATES[1]:g}")
    dialog.log.setChecked(True)
    dialog.runs.setValue(RUNS)
    dialog.epochs.setValue(MAX_EPOCHS)
    if not dialog.start():
        raise RuntimeError(f"the benchmark's sweep was refused: {dialog.progress.text()}")
    run_event_loop(1.0)  # the thread is up and frames are flowing

    def epoch() -> int:
        return dialog.frame.epoch if dialog.frame is not None else 0

    frames = [0]
    dialog.run_thread.frame_ready.connect(lambda _frame: frames.__setitem__(0, frames[0] + 1))
    n_train = w.dataset.n_train
    steps_per_epoch = -(-n_train // min(w.hyperparameters.batch_size, n_train))  # as Trainer.steps_per_epoch
    probe = LagProbe()
    start_epoch, start_frames = epoch(), frames[0]
    probe.start()
    started = time.perf_counter()
    cpu_started = time.thread_time()  # this (the GUI) thread's own CPU time: its work per frame, not its waits
    run_event_loop(seconds)
    elapsed = time.perf_counter() - started
    gui_cpu = time.thread_time() - cpu_started
    probe.stop()
    epochs = epoch() - start_epoch
    drawn = frames[0] - start_frames
    lateness = probe.lateness
    dialog.stop()
    window.sweep.close()
    window.close()
    del app
    return {
        "runs": RUNS,
        "epochs_per_s": round(epochs / elapsed, 1),
        "frames_per_s": round(drawn / elapsed, 1),  # a frame per epoch, and from within a long one
        "run_steps_per_s": round(RUNS * epochs * steps_per_epoch / elapsed, 1),
        "lag_p50_ms": round(statistics.median(lateness), 2) if lateness else float("nan"),
        "lag_p99_ms": round(percentile(lateness, 0.99), 2),
        "lag_max_ms": round(max(lateness), 2) if lateness else float("nan"),
        "gui_ms_per_frame": round(1000 * gui_cpu / max(drawn, 1), 2),
    }
