"""Shared test set-up: Qt renders offscreen unless a display is asked for explicitly, and no test may leave a
worker thread running."""

from __future__ import annotations

import os

import pytest

# Without a display and without this, pytest-qt aborts the whole run with no message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_thread_left_running(request):
    yield
    import sys

    worker = sys.modules.get("gradientdesk.bridge.worker")
    if worker is None:
        return
    alive = worker.live_threads()
    if alive:
        for thread in alive:  # stop them so the next test starts clean, then fail this one
            thread.quit()
            thread.wait(2000)
        pytest.fail(f"{request.node.name} left {len(alive)} training thread(s) running")
