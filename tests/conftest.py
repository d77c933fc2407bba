"""Shared test set-up: Qt renders offscreen unless a display is asked for explicitly, no test may leave a thread
running, and a GUI session ends without Qt's teardown."""

from __future__ import annotations

import gc
import os

import pytest
from thread_watch import ThreadWatch

# Without a display and without this, pytest-qt aborts the whole run with no message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def thread_watch(request):
    """Fails a test that leaves any thread it started running: the trainer's QThread, the GIF encoder, the autosave
    writer, any other QThread or Python thread (see thread_watch.py). Tests may ask it mid-way: `.running()`."""
    with ThreadWatch() as watch:
        yield watch
        left = watch.running()
        if left:
            watch.stop_leftovers()  # so the next test starts clean; this one fails
            pytest.fail(f"{request.node.name} left {len(left)} thread(s) running: {', '.join(left)}")
    if "qtbot" in request.fixturenames:
        # collect the test's cyclic garbage (views kept alive by connections to lambdas) now, with no worker
        # running and no event being handled, rather than at a random moment inside a later test's paint
        gc.collect()


_exit_status: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Once pytest has reported everything, leave without tearing Qt down. A GUI test session leaves thousands of
    Qt objects behind (every window's pyqtgraph menus; windows kept alive by signal connections), and PySide6
    destroying them in arbitrary order at interpreter exit made about one run in five end with a segmentation
    fault *after* all tests had passed (a known PySide6 teardown problem, see pyqtgraph#2520). The app itself exits
    normally: the CLI tests check its exit code in a subprocess."""
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None or not _exit_status:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[-1])
