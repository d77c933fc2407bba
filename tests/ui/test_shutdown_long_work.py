"""Closing the real app while the worker is inside each kind of long computation on big data: the process exits
with 0 (not Qt's abort on a live thread), and the worker hears Stop within one chunk - not one chunk of any
computation starts after Stop was posted.

Each run is a real process (`python -m`-like driver below) with 20,000 points on the largest network (8 x 64), so
every computation is long and goes in chunks. A hook holds the worker inside the chosen computation until Stop has
been posted - so the close happens during it, whatever the machine's speed - then lets it go on; the driver counts
the chunks (the model's per-chunk calls) that begin after Stop.

Before the fix the worker finished the computation it was in (a 100,000-point snapshot took 2.9-4.6 s) and the
window, not waiting, let Qt abort; the first half was fixed by waiting (test_shutdown.py), this is the second."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

DRIVER = """
    import sys, threading, time
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QApplication
    from gradientdesk import app as app_module
    from gradientdesk.bridge import background
    from gradientdesk.engine import Hyperparameters, ScalarRef, Trainer, datasets, landscape, network
    from gradientdesk.state.data_state import DataState
    from gradientdesk.ui.window.main_window import MainWindow

    KIND = sys.argv[1]
    stop_posted = threading.Event()  # the worker's own flag, shared once the window exists
    entered = threading.Event()
    armed = threading.Event()
    after_stop = []

    def in_worker():
        return QThread.currentThread().objectName() == "gradientdesk-trainer"

    def hold(owner, name):
        '''The first call of owner.name in the worker after arming waits until Stop is posted, then goes on.'''
        original = getattr(owner, name)
        def held(*args, **kwargs):
            if armed.is_set() and in_worker() and not entered.is_set():
                entered.set()
                stop_posted.wait(30)
            return original(*args, **kwargs)
        setattr(owner, name, held)

    def count_chunks(owner, name):
        original = getattr(owner, name)
        def counted(*args, **kwargs):
            if in_worker() and stop_posted.is_set() and entered.is_set():
                after_stop.append(name)
            return original(*args, **kwargs)
        setattr(owner, name, counted)

    for name in ("loss_and_output", "prepared_loss", "gradient_into", "output"):
        count_chunks(network.DenseNetwork, name)
    count_chunks(landscape.SurfaceBuilder, "_chunk_losses")
    hold(*{"configure": (Trainer, "__init__"), "snapshot": (Trainer, "snapshot"),
           "exact": (background.BackgroundWork, "measure_piece"),
           "landscape": (background.BackgroundWork, "landscape_piece"),
           "big step": (Trainer, "_chunked_gradient")}[KIND])

    app = QApplication([sys.argv[0]])
    stage = []
    closed_at = []
    big = DataState.from_dataset(datasets.make("circle", n=20_000, seed=1, test_fraction=0.5))
    hp = Hyperparameters(hidden_layers=(64,) * 8, seed=1, batch_size=5000 if KIND == "big step" else 10)

    def drive():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.controller.latest is not None]
        if not windows:
            return
        window = windows[0]
        controller = window.controller
        if not stage:
            stage.append("started")
            worker = controller._bridge._worker
            global stop_posted
            stop_posted = worker._stop_requested
            window.file_actions.confirm_on_close = False  # no question to answer
            controller.set_speed(None)
            armed.set()
            if KIND == "configure":
                controller.replace_everything(big, hp)
                return
            controller.set_data_state(big, "Big data")
            controller.set_hyperparameters(hp)
            if KIND in ("snapshot", "big step"):
                controller.play()
            elif KIND == "landscape":
                controller.compute_landscape(landscape.LandscapeRequest(
                    1, ScalarRef("dense1.W", (0, 0)), ScalarRef("dense1.W", (0, 1)), (-1, 1), (-1, 1), 21))
        elif entered.is_set() and not closed_at:
            closed_at.append(time.perf_counter())
            stage.append(f"first close accepted: {window.close()}")

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    code = app_module.main(["--preset", "circle"])
    print(f"entered: {entered.is_set()}; chunks after stop: {after_stop}; {stage[-1]}; "
          f"closed in {time.perf_counter() - closed_at[0]:.3f} s; app.exec returned {code}", flush=True)
    sys.exit(code)
"""


@pytest.mark.parametrize("kind", ["configure", "snapshot", "exact", "landscape", "big step"])
def test_closing_during_long_work_on_big_data_stops_within_a_chunk_and_exits_cleanly(tmp_path, kind):
    script = tmp_path / "drive.py"
    script.write_text(textwrap.dedent(DRIVER))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), GRADIENTDESK_DATA_DIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    result = subprocess.run([sys.executable, str(script), kind], capture_output=True, text=True, timeout=180, env=env,
                            cwd=tmp_path)
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "entered: True; chunks after stop: [];" in result.stdout, result.stdout + result.stderr
    assert "app.exec returned 0" in result.stdout
