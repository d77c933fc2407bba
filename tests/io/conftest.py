"""Fixtures for the file tests: a started Controller (as in tests/ui) and a data folder that is never the user's."""

from __future__ import annotations

import pytest
from qt_cleanup import delete_now


@pytest.fixture
def controller(qtbot):
    """A real Controller with its worker thread running on the default example; its first snapshot has arrived."""
    from gradientdesk.bridge.controller import Controller

    ctrl = Controller()
    ctrl.snapshot_ready.connect(lambda _snap: ctrl.frame_drawn())  # no views: acknowledge frames at once
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    yield ctrl
    assert ctrl.shutdown(), "the worker thread did not stop within a second"
    delete_now(ctrl)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Autosaves go here, never to the real application data folder."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("GRADIENTDESK_DATA_DIR", str(folder))
    return folder
