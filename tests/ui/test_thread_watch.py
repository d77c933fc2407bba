"""The thread check of tests/conftest.py finds each kind of thread the app starts when it is left running - the GIF
encoder (a QThread subclass), the autosave writer (a ThreadPoolExecutor's thread), the trainer's QThread - and
fails the test that left it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from qt_cleanup import delete_now
from thread_watch import ThreadWatch

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent


def test_a_gif_encoder_left_running_is_found(qapp, tmp_path):
    from gradientdesk.ui.export.gif_recorder import GifEncoder

    with ThreadWatch() as watch:
        encoder = GifEncoder(tmp_path / "left.gif", 100)
        encoder.start()  # waits for frames that never come
        assert watch.running() == ["QThread GifEncoder"]
        encoder.cancel()
        assert encoder.wait(5000)
        assert watch.running() == []


def test_an_autosave_writer_left_running_is_found(qtbot, controller, tmp_path):
    from gradientdesk.ui.document.autosave import Autosaver
    from gradientdesk.ui.document.sessions import session_from_controller

    with ThreadWatch() as watch:  # the controller's thread started before: not this watch's business
        saver = Autosaver(controller, lambda: session_from_controller(controller), tmp_path)
        assert saver.start()
        with qtbot.waitSignal(saver.saved, timeout=10_000):
            saver.save_now()
        assert watch.running() == ["Python thread 'gradientdesk-autosave_0'"]  # idle, waiting for the next write
        saver.finish()
        assert watch.running() == []


def test_a_trainer_left_running_is_found(qtbot):
    from gradientdesk.bridge.controller import Controller

    with ThreadWatch() as watch:
        controller = Controller()
        with qtbot.waitSignal(controller.snapshot_ready, timeout=5000):
            controller.start()
        assert watch.running() == ["QThread QThread 'gradientdesk-trainer'"]
        assert controller.shutdown()
        assert watch.running() == []
    delete_now(controller)


LEAKY_TESTS = """
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QThread

    KEPT = []


    def test_leaves_a_qthread(qapp):
        thread = QThread()
        thread.setObjectName("leaky")
        thread.start()
        KEPT.append(thread)


    def test_leaves_a_pool_thread():
        pool = ThreadPoolExecutor(thread_name_prefix="leaky-pool")
        pool.submit(int).result()
        KEPT.append(pool)


    def test_ends_what_it_starts(qapp):
        thread = QThread()
        thread.start()
        thread.quit()
        assert thread.wait(5000)
"""


def test_the_autouse_check_fails_a_test_that_leaves_a_thread(tmp_path):
    """tests/conftest.py itself, run on tests that leak, in a separate pytest."""
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    shutil.copy(TESTS / "thread_watch.py", tmp_path / "thread_watch.py")
    (tmp_path / "test_leaky.py").write_text(textwrap.dedent(LEAKY_TESTS))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                             str(tmp_path), str(tmp_path)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "test_leaves_a_qthread left 1 thread(s) running: QThread QThread 'leaky'" in out
    assert "test_leaves_a_pool_thread left 1 thread(s) running: Python thread 'leaky-pool_0'" in out
    assert "3 passed, 2 errors" in out  # each leak fails its test at teardown; the clean one passes
