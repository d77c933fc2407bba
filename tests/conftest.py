"""Shared test set-up: Qt renders offscreen unless a display is asked for explicitly, and no test may leave a thread
running. GUI fixtures delete the windows and controllers they make (tests/qt_cleanup.py), so a session ends with
nothing of theirs left for Qt's teardown."""

from __future__ import annotations

import gc
import itertools
import os

import pytest
from thread_watch import ThreadWatch

# Without a display and without this, pytest-qt aborts the whole run with no message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's offscreen screen is 800x800 unless configured: the tests' windows open as on a 1920x1080 screen (the main
# window fits itself into the screen's available area: 1440x900 there)
OFFSCREEN_SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen_screen.json")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={OFFSCREEN_SCREEN}"


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



COLLECT_EVERY = 8  # tests between two full collections (one costs ~75 ms with the GUI's objects alive)
_tests_finished = itertools.count(1)


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_between_tests():
    """Python's cyclic collector runs only between tests (see collect_garbage): left to chance, it may free a widget
    inside a later test's signal disconnect, and the widget's destructor then waits on the Qt connection lock that
    very disconnect holds, and the run hangs (seen in QObject::~QObject of a menu's QAction under pytest-qt's
    _silent_disconnect)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_garbage():
    """Frees what the tests left in reference cycles (widgets pytest-qt closed, plots, menus) after every fixture of
    the test has finished, while no signal is being emitted."""
    yield
    if next(_tests_finished) % COLLECT_EVERY == 0:
        gc.collect()
