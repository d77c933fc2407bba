"""TrainingBridge: the GUI-side handle on the training worker (bridge/worker.py). It owns the worker's QThread,
starts and stops it, and forwards messages (bridge/messages.py) and signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine import Dataset, Hyperparameters
from .messages import Command, Configure, SetGrid, SetHyperparameters, SetSpeed, Stop
from .worker import TrainingWorker


class TrainingBridge(QObject):
    """The GUI-side handle on the worker: starts and stops its thread and forwards messages (`send`).

    Its interface (frozen messages in, signals out) does not reveal that a thread does the work, so a child process
    could replace it without touching a view.
    """

    snapshot_ready = Signal(object)
    failed = Signal(str, bool)  # (why, the worker kept its older data or settings)
    playing_changed = Signal(bool)
    stalled = Signal()
    landscape_ready = Signal(object)  # engine.landscape.Landscape
    stopped = Signal()  # the worker's thread has ended (after `shutdown`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("gradientdesk-trainer")
        self._worker = TrainingWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_finished)
        self._worker.snapshot_ready.connect(self.snapshot_ready)
        self._worker.failed.connect(self.failed)
        self._worker.playing_changed.connect(self.playing_changed)
        self._worker.stalled.connect(self.stalled)
        self._worker.landscape_ready.connect(self.landscape_ready)
        self._started = False
        self._stopping = False
        # what `start` sends first, as last set before it
        self._speed = SetSpeed(None)
        self._grid = SetGrid(None)
        self._configure: Configure | None = None

    def send(self, message: Command) -> None:
        """Forward a message. Before `start` there is no loop to command: the speed, the grid and a Configure's
        learned parameters and counters are kept for `start`, which sends the whole state; the rest is dropped."""
        if self._started:
            self._worker.post(message)
        elif isinstance(message, SetSpeed):
            self._speed = message
        elif isinstance(message, SetGrid):
            self._grid = message
        elif isinstance(message, Configure):
            self._configure = message

    def start(self, dataset: Dataset | None, hp: Hyperparameters, versions: tuple[int, int]) -> None:
        # settings made before the start travel first, so the first snapshot already honours them
        self._worker.post(self._speed)
        self._worker.post(self._grid)
        if dataset is not None:
            held = self._configure
            self._worker.post(Configure(dataset, hp, versions, held.parameters if held else None,
                                        held.counters if held else None))
        else:
            self._worker.post(SetHyperparameters(hp, versions[1]))
        self._thread.start()
        self._started = True

    def acknowledge(self) -> None:
        self._worker.acknowledge()

    @Slot()
    def _thread_finished(self) -> None:
        self._thread.wait()  # `finished` comes from the thread's last moments: let them pass, then it has ended
        self._started = False
        self.stopped.emit()

    @property
    def stopping(self) -> bool:
        """`shutdown` has been asked for (the thread may still be finishing)."""
        return self._stopping

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker and wait up to `timeout_ms` for its thread. True once it has ended; False while it is
        still finishing a computation - `stopped` follows when it ends. Calling it again waits again."""
        self._stopping = True
        if not self._started:
            return True
        self._worker.post(Stop())
        self._thread.quit()
        ended = bool(self._thread.wait(timeout_ms))
        self._started = not ended
        return ended

