"""Fixtures for GUI tests: a started Controller that is always shut down."""

from __future__ import annotations

import pytest


@pytest.fixture
def controller(qtbot):
    """A real Controller with its worker thread running on the default example (circle, 2-4-2-1 network).
    Its first snapshot has arrived when the test starts."""
    from gradientdesk.bridge.controller import Controller

    ctrl = Controller()
    # views acknowledge frames after painting; tests without a window acknowledge at once
    ctrl.snapshot_ready.connect(lambda _snap: ctrl.frame_drawn())
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    yield ctrl
    assert ctrl.shutdown(), "the worker thread did not stop within a second"
