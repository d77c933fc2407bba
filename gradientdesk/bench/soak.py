"""`python -m gradientdesk.bench --soak MINUTES`: the 8x64 network (the largest the panel allows) training as fast as
possible in the real main window with every view open, for MINUTES minutes. Every minute it prints frames/s, the
p99 lateness of a 10 ms GUI timer, steps/s and the resident memory, so a decline over time (frames, responsiveness)
or a leak (memory) shows. Targets over 10 minutes: >= 25 frames/s, lag p99 <= 50 ms, no decline, memory within
+50 MB of minute 1.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from ..engine import Hyperparameters, datasets

NETWORK = Hyperparameters(model="mlp", hidden_layers=(64,) * 8, activation="relu", learning_rate=0.01, batch_size=10,
                          seed=1)


@dataclass(frozen=True)
class Minute:
    minute: int
    frames_per_s: float
    lag_p99_ms: float
    lag_max_ms: float
    steps_per_s: float
    rss_mb: float


def resident_mb() -> float:
    """Resident memory of this process (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(minutes: float, report: Callable[[Minute], None] = lambda m: None) -> list[Minute]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["gradientdesk-soak"])  # noqa: F841  (alive while it runs)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from PySide6.QtCore import QRect

    from ..state.data_state import DataState
    from ..ui.window.main_window import MainWindow
    from .gui_clock import LagProbe, run_event_loop
    from .timing import percentile

    window = MainWindow(settings=None)
    window.set_virtual_screen(QRect(0, 0, 1780, 1110))  # not fitted into offscreen's 800x800 screen
    window.resize(1600, 1000)
    controller = window.controller
    controller.set_data_state(DataState.from_dataset(datasets.make("circle", n=500, seed=1, test_fraction=0.5)),
                              "Soak data")
    controller.set_hyperparameters(NETWORK)
    controller.set_speed(None)
    window.open_all_views()
    window.show()
    window.start()

    probe = LagProbe()
    lateness = probe.lateness
    run_event_loop(0.5)
    controller.play()
    run_event_loop(1.0)
    probe.start()
    results: list[Minute] = []
    whole, rest = int(minutes), minutes - int(minutes)
    for minute in range(1, whole + (1 if rest > 0 else 0) + 1):
        seconds = 60.0 if minute <= whole else 60.0 * rest
        lateness.clear()
        steps, frames = controller.latest.step, window.frame_sync.paints_seen
        started = time.perf_counter()
        run_event_loop(seconds)
        elapsed = time.perf_counter() - started
        result = Minute(minute, round((window.frame_sync.paints_seen - frames) / elapsed, 1),
                        round(percentile(lateness, 0.99), 1), round(max(lateness, default=float("nan")), 1),
                        round((controller.latest.step - steps) / elapsed, 1), round(resident_mb(), 1))
        results.append(result)
        report(result)
    probe.stop()
    controller.pause()
    window.close()
    window.deleteLater()
    return results


def as_dicts(results: list[Minute]) -> list[dict]:
    return [asdict(r) for r in results]
