"""Autosave: unsaved work is written after a pause, removed on a clean quit or a save, and offered back after a
crash - including a real `kill -9` of the app in a subprocess."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
from qt_cleanup import delete_now

from gradientdesk.engine import Hyperparameters, datasets
from gradientdesk.io.session import Session, load_session, save_session
from gradientdesk.state.data_state import DataState
from gradientdesk.ui.document.autosave import find_orphans

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_window(qtbot, tmp_path, data_dir, thread_watch):
    """Build a main window as the app does (settings, startup), answering questions through the real dialogs."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gradientdesk.ui.window.main_window import MainWindow

    windows = []

    def make(start: bool = True):
        win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        windows.append(win)  # closed below, not by qtbot: pytest-qt would close it before we answer the question
        if start:
            win.file_actions.startup(None)
            win.show()
            with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
                win.start()
            win.controller.snapshot_ready.connect(lambda _s: win.controller.frame_drawn())
        return win

    yield make
    for win in windows:
        win.file_actions.ask_unsaved = lambda: "discard"
        win.close()
    assert thread_watch.running() == []
    delete_now(*windows)


def autosaves(folder: Path) -> list[Path]:
    return sorted(folder.glob("autosave-*.gdesk"))


def click_when_shown(box_name: str, button_name: str) -> list[str]:
    """Click `button_name` of the modal dialog `box_name` as soon as it appears; returns [its text] when done."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != box_name:
            QTimer.singleShot(20, poll)
            return
        seen.append(box.informativeText())
        box.findChild(QAbstractButton, button_name).click()

    QTimer.singleShot(0, poll)
    return seen


def test_a_burst_of_edits_is_written_once_after_the_pause(qtbot, make_window, data_dir):
    win = make_window()
    saver = win.file_actions.autosaver
    for i in range(20):  # twenty quick dabs: one write, not twenty
        win.controller.add_points(np.array([[0.1 * i, 1.0]]), 1)
    assert saver.writes == 0 and autosaves(data_dir) == []
    qtbot.waitUntil(lambda: saver.writes == 1, timeout=15000)
    (path,) = autosaves(data_dir)
    assert load_session(path).data.dataset.same_content(win.controller.data.dataset)
    assert path.with_suffix(".lock").exists()


def test_a_clean_quit_and_a_save_leave_nothing_to_restore(qtbot, make_window, data_dir, tmp_path):
    win = make_window()
    win.controller.add_points(np.array([[1.0, 1.0]]), 0)
    saver = win.file_actions.autosaver
    saver.save_now()
    saver.wait()
    assert len(autosaves(data_dir)) == 1
    assert win.file_actions.save_to(tmp_path / "kept.gdesk")
    assert autosaves(data_dir) == []  # safe in its file: the autosave is gone
    win.controller.add_points(np.array([[2.0, 1.0]]), 0)
    saver.save_now()
    saver.wait()
    assert len(autosaves(data_dir)) == 1
    win.file_actions.ask_unsaved = lambda: "discard"
    win.close()
    assert list(data_dir.iterdir()) == []  # autosave and lock removed by the clean quit


def _orphan(data_dir: Path, name: str = "autosave-1-1.gdesk") -> tuple[Path, Session]:
    """An autosave whose process is gone (no lock held), as a crash leaves it."""
    ds = datasets.make("moons", n=80, seed=6, test_fraction=0.25)
    ds = ds.with_points(np.array([[5.25, -5.5]]), [1], [True])
    session = Session(DataState.from_dataset(ds), hyperparameters=Hyperparameters(hidden_layers=(3,)))
    data_dir.mkdir(parents=True, exist_ok=True)
    save_session(data_dir / name, session)
    return data_dir / name, session


def test_the_restore_offer_brings_back_the_exact_points(qtbot, make_window, data_dir):
    path, session = _orphan(data_dir)
    shown = click_when_shown("restore_prompt", "restore_button")
    win = make_window()
    assert shown and "moons: 81 points" in shown[0]
    assert win.controller.data.dataset.same_content(session.data.dataset)
    assert win.controller.hyperparameters.hidden_layers == (3,)
    assert win.isWindowModified() and win.windowTitle().startswith("Untitled[*]")
    assert not path.exists()  # taken over: written again as this window's own autosave
    assert len(autosaves(data_dir)) == 1


def test_discarding_the_offer_deletes_the_orphan(qtbot, make_window, data_dir):
    path, _session = _orphan(data_dir)
    click_when_shown("restore_prompt", "discard_button")
    win = make_window()
    assert win.controller.data.name == "circle"  # the default example
    assert not path.exists()


def test_an_unreadable_autosave_is_kept_aside_not_deleted(qtbot, make_window, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "autosave-2-2.gdesk").write_text("{ cut off")
    win = make_window()
    assert (data_dir / "unreadable-autosave-2-2.gdesk").read_text() == "{ cut off"
    assert "could not be read" in win.statusBar().currentMessage()


def test_a_running_window_s_autosave_is_not_an_orphan(qtbot, make_window, data_dir):
    win = make_window()
    win.controller.add_points(np.array([[1.0, 1.0]]), 0)
    win.file_actions.autosaver.save_now()
    win.file_actions.autosaver.wait()
    assert find_orphans(data_dir) == []


# ---- the real thing: a separate process killed with SIGKILL ----------------------------------------------------
FIRST_RUN = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(["gradientdesk"])
from gradientdesk.app import main
from gradientdesk.ui.window.main_window import MainWindow

SPOTS = [(-4.0, 4.5), (4.2, -3.9), (0.5, 5.25)]

def click(i):
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if i == len(SPOTS):
        ds = win.controller.data.dataset
        print(json.dumps({"X": ds.X.tolist(), "y": ds.y.tolist(), "n": ds.n}), flush=True)
        return
    canvas = win.canvas
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.data_to_widget(*SPOTS[i]).toPoint())
    QTimer.singleShot(500, lambda: click(i + 1))  # longer than a double click: each click a point of its own

QTimer.singleShot(500, lambda: click(0))
sys.exit(main([]))
"""

SECOND_RUN = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
app = QApplication(["gradientdesk"])
from gradientdesk.app import main
from gradientdesk.ui.window.main_window import MainWindow

def answer():
    box = QApplication.activeModalWidget()
    if box is None or box.objectName() != "restore_prompt":
        QTimer.singleShot(20, answer)
        return
    box.findChild(QAbstractButton, "restore_button").click()
    QTimer.singleShot(300, report)

def report():
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    ds = win.controller.data.dataset
    print(json.dumps({"X": ds.X.tolist(), "y": ds.y.tolist(), "n": ds.n}), flush=True)
    win.file_actions.ask_unsaved = lambda: "discard"
    win.close()

QTimer.singleShot(0, answer)
sys.exit(main([]))
"""


def _run(script: str, env: dict[str, str], cwd: Path) -> tuple[subprocess.Popen, queue.Queue, threading.Thread]:
    """Start `script`; its output lines arrive in the queue, read by the returned thread (join it once the process
    has ended: it ends at the end of the output)."""
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True)
    reader.start()
    return proc, lines, reader


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_work_survives_kill_9_and_is_restored_at_the_next_start(tmp_path):
    data_dir = tmp_path / "appdata"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "GRADIENTDESK_DATA_DIR": str(data_dir), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    first, lines, reader = _run(FIRST_RUN, env, tmp_path)
    try:
        drawn = json.loads(lines.get(timeout=60))
        assert drawn["n"] == 303  # the 300 points of the example and three clicks

        def autosave_has_the_drawing() -> bool:
            for path in autosaves(data_dir):
                try:
                    return load_session(path).data.n_points == drawn["n"]
                except ValueError:
                    return False  # not there yet
            return False

        _wait(autosave_has_the_drawing, 60)
    finally:
        first.kill()  # SIGKILL: no clean-up code runs
        first.wait(10)
        reader.join(10)
    assert first.returncode == -9
    assert len(autosaves(data_dir)) == 1 and len(list(data_dir.glob("*.lock"))) == 1  # left behind

    second, lines, reader = _run(SECOND_RUN, env, tmp_path)
    try:
        restored = json.loads(lines.get(timeout=60))
        assert second.wait(30) == 0, second.stderr.read()
    finally:
        second.kill()
        second.wait(10)
        reader.join(10)
    assert restored["X"] == drawn["X"] and restored["y"] == drawn["y"]  # exactly the points drawn
    assert list(data_dir.iterdir()) == []  # restored, then a clean quit: nothing left to offer


def _wait(condition, seconds: float) -> None:
    event = threading.Event()
    for _ in range(int(seconds * 10)):
        if condition():
            return
        event.wait(0.1)
    raise AssertionError("timed out")
