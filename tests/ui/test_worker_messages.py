"""The worker's messages: frozen values, dispatched by type. A forgotten or unknown message is a type error (mypy
runs here) and, should one reach the worker anyway, a reported failure that leaves the worker running. The idle
worker blocks on its queue without polling."""

from __future__ import annotations

import dataclasses
import queue
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from gradientdesk.bridge import messages
from gradientdesk.bridge.training_bridge import TrainingBridge
from gradientdesk.engine import Hyperparameters, ScalarRef, datasets

REPO = Path(__file__).resolve().parents[2]
BRIDGE_FILES = ["gradientdesk/bridge/messages.py", "gradientdesk/bridge/worker.py", "gradientdesk/bridge/coalesce.py",
                "gradientdesk/bridge/training_bridge.py", "gradientdesk/bridge/controller.py"]

MISUSE = """
    from gradientdesk.bridge.messages import Command, Play, Stop, assert_never
    from gradientdesk.bridge.training_bridge import TrainingBridge


    class Resume:
        '''Not a message.'''


    def send_an_unknown_message(bridge: TrainingBridge) -> None:
        bridge.send(Resume())


    def forget_most_messages(message: Command) -> str:
        match message:
            case Play():
                return "play"
            case Stop():
                return "stop"
            case _:
                assert_never(message)
"""


def test_mypy_passes_the_bridge_and_catches_an_unknown_or_forgotten_message(tmp_path):
    misuse = tmp_path / "misuse.py"
    misuse.write_text(textwrap.dedent(MISUSE))
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
                             "--cache-dir", str(tmp_path / "mypy-cache"), "--no-error-summary", "--show-error-codes",
                             *BRIDGE_FILES, str(misuse)], capture_output=True, text=True, cwd=REPO, timeout=300)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("gradientdesk/")], result.stdout
    assert result.returncode == 1, result.stdout + result.stderr  # errors found, and only in misuse.py
    unknown = [line for line in errors if 'Argument 1 to "send"' in line and '"Resume"' in line]
    forgotten = [line for line in errors if '"assert_never"' in line and "Configure" in line]
    assert len(unknown) == 1 and len(forgotten) == 1 and len(errors) == 2, result.stdout


def test_every_message_is_a_frozen_dataclass():
    kinds = messages.Command.__args__
    assert len(kinds) == 14
    for kind in kinds:
        assert dataclasses.is_dataclass(kind) and kind.__dataclass_params__.frozen, kind
    with pytest.raises(dataclasses.FrozenInstanceError):
        messages.Step(3).n = 4


def test_configure_carries_a_read_only_copy_of_the_parameters():
    ds = datasets.make("circle", n=40, seed=1, test_fraction=0.5)
    weights = {"dense1.W": np.zeros((2, 2))}
    message = messages.Configure(ds, Hyperparameters(), (1, 1), weights)
    weights["dense1.W"][0, 0] = 5.0  # the sender changes its array after sending
    assert message.parameters is not None and message.parameters["dense1.W"][0, 0] == 0.0
    with pytest.raises(ValueError):
        message.parameters["dense1.W"][0, 0] = 1.0
    with pytest.raises(TypeError):
        message.parameters["dense1.b"] = np.zeros(2)  # type: ignore[index]


class RecordingQueue(queue.SimpleQueue):
    """The worker's inbox, noting every blocking wait as (block, timeout)."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[tuple[bool, float | None]] = []

    def get(self, block: bool = True, timeout: float | None = None):
        self.waits.append((block, timeout))
        return super().get(block, timeout)


@pytest.fixture
def bridge(qtbot):
    """A started TrainingBridge on a small circle (no controller): snapshots are acknowledged at once."""
    bridge = TrainingBridge()
    bridge._worker._inbox = RecordingQueue()  # before the thread starts: every wait is recorded
    bridge.snapshot_ready.connect(lambda _snap: bridge.acknowledge())
    ds = datasets.make("circle", n=60, seed=1, test_fraction=0.5)
    with qtbot.waitSignal(bridge.snapshot_ready, timeout=5000):
        bridge.start(ds, Hyperparameters(), (1, 1))
    yield bridge
    assert bridge.shutdown(), "the worker thread did not stop"


def test_an_unknown_message_is_reported_and_the_worker_goes_on(qtbot, bridge):
    class Resume:
        """Not a message (mypy refuses this call: see the first test)."""

    with qtbot.waitSignal(bridge.failed, timeout=5000) as failed:
        bridge.send(Resume())
    why, kept_older_state = failed.args
    assert "Internal error while handling Resume" in why and kept_older_state is False
    with qtbot.waitSignal(bridge.snapshot_ready, timeout=5000) as stepped:
        bridge.send(messages.Step(1))
    assert stepped.args[0].step == 1


def test_a_refused_message_says_whether_the_worker_kept_its_older_data_or_settings(qtbot, bridge):
    ds = datasets.make("circle", n=60, seed=2, test_fraction=0.5)
    for message, kept in [(messages.SetHyperparameters(Hyperparameters(model="linear"), 2), True),
                          (messages.Configure(ds, Hyperparameters(model="linear"), (2, 2)), True),
                          (messages.SetParameter(ScalarRef("dense9.W", (0, 0)), 1.0), False)]:
        with qtbot.waitSignal(bridge.failed, timeout=5000) as failed:
            bridge.send(message)
        assert failed.args[1] is kept, message
    with qtbot.waitSignal(bridge.snapshot_ready, timeout=5000) as snap:
        bridge.send(messages.RequestSnapshot())
    assert (snap.args[0].model, snap.args[0].hp_version) == ("mlp", 1)  # nothing refused was applied


def test_the_idle_worker_waits_without_a_timeout_and_stop_wakes_it(qtbot, bridge):
    steps: list[int] = []
    bridge.snapshot_ready.connect(lambda snap: steps.append(snap.step))
    bridge.send(messages.Step(3))
    qtbot.waitUntil(lambda: 3 in steps, timeout=5000)
    inbox = bridge._worker._inbox
    # the first wait (at the start) and the one after the steps; a Step that arrives before the worker first went
    # idle is taken without a wait of its own, so counting more would race
    qtbot.waitUntil(lambda: len(inbox.waits) >= 2, timeout=5000)
    assert set(inbox.waits) == {(True, None)}  # every wait blocks until a message comes: no polling
    assert bridge.shutdown(timeout_ms=5000)
