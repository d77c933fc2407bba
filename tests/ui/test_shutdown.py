"""Ending the worker when it cannot stop at once: `shutdown` says so, `stopped` follows, and closing the window waits
for it - in the test process and in the real app, which must exit with 0 instead of Qt's abort on a live thread.

The worker is made busy by a training call that does not return until the test lets it (`BlockedTraining`): a
computation that cannot be interrupted, like a long step of a big network."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from gradientdesk.engine import Trainer

REPO = Path(__file__).resolve().parents[2]


class BlockedTraining:
    """Replaces `Trainer.run_steps`: the first call blocks until `release()`; `entered` says the worker is in it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self._released = threading.Event()
        original = Trainer.run_steps

        def run_steps(trainer, *args, **kwargs):
            self.entered.set()
            self._released.wait(60)
            return original(trainer, *args, **kwargs)

        monkeypatch.setattr(Trainer, "run_steps", run_steps)

    def release(self) -> None:
        self._released.set()


def test_shutdown_of_a_busy_worker_returns_false_then_stopped_follows(qtbot, controller, monkeypatch):
    blocked = BlockedTraining(monkeypatch)
    controller.set_speed(None)
    controller.play()
    qtbot.waitUntil(blocked.entered.is_set, timeout=5000)
    try:
        assert controller.shutdown(timeout_ms=50) is False
        assert controller.shutting_down
    finally:
        blocked.release()
    with qtbot.waitSignal(controller.stopped, timeout=10_000):
        pass
    assert controller.shutdown(timeout_ms=0) is True


def test_closing_the_window_while_the_worker_is_busy_waits_for_it(qtbot, monkeypatch):
    from gradientdesk.ui.window.main_window import MainWindow

    class RecordingWindow(MainWindow):
        """The real window, noting whether each close was accepted."""

        def __init__(self) -> None:
            super().__init__(settings=None)
            self.closes: list[bool] = []

        def closeEvent(self, event) -> None:
            super().closeEvent(event)
            self.closes.append(event.isAccepted())

    win = RecordingWindow()
    qtbot.addWidget(win)
    questions = []
    monkeypatch.setattr(win.file_actions, "may_close", lambda: questions.append("may close?") or True)
    win.show()
    with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
        win.start()
    blocked = BlockedTraining(monkeypatch)
    win.controller.set_speed(None)
    win.controller.play()
    qtbot.waitUntil(blocked.entered.is_set, timeout=5000)
    try:
        assert win.close() is False  # the thread is still running: the window must not go yet
        assert win.isVisible() and not win.isEnabled()
        assert "Finishing the current computation" in win.statusBar().currentMessage()
        assert win.close() is False  # closing again does not ask again about unsaved work
        assert questions == ["may close?"]
    finally:
        blocked.release()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10_000)
    assert win.closes[:2] == [False, False] and win.closes[-1] is True
    assert win.controller.shutdown(timeout_ms=0)


DRIVER = """
    import sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from gradientdesk import app as app_module
    from gradientdesk.engine import Trainer
    from gradientdesk.ui.window.main_window import MainWindow

    entered = threading.Event()
    original = Trainer.run_steps

    def long_computation(trainer, *args, **kwargs):  # one step of a big network, say: it cannot be interrupted
        entered.set()
        threading.Event().wait(2.5)
        return original(trainer, *args, **kwargs)

    Trainer.run_steps = long_computation
    app = QApplication([sys.argv[0]])
    closes = []

    def drive():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.controller.latest is not None]
        if not windows:
            return
        window = windows[0]
        if not window.controller.playing:
            window.controller.set_speed(None)
            window.controller.play()
        elif entered.is_set() and not closes:
            window.file_actions.confirm_on_close = False  # training made unsaved work: no question to answer
            closes.append(window.close())

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    code = app_module.main(["--preset", "circle"])
    print(f"first close accepted: {closes}; app.exec returned {code}", flush=True)
    sys.exit(code)
"""


def test_the_app_closed_while_the_worker_is_busy_exits_cleanly(tmp_path):
    """Before the fix the window closed at once, app.exec returned, and Qt aborted the process at exit with
    'QThread: Destroyed while thread is still running'."""
    script = tmp_path / "drive.py"
    script.write_text(textwrap.dedent(DRIVER))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), GRADIENTDESK_DATA_DIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                            cwd=tmp_path)
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "first close accepted: [False]; app.exec returned 0" in result.stdout
