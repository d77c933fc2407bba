"""What the GUI benchmarks share: running the event loop for a while, and measuring how late a 10 ms GUI timer
fires (the lag a learner feels as a sluggish window) while the worker trains."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer

TIMER_MS = 10


def run_event_loop(seconds: float) -> None:
    """Process events for `seconds`, as the application would."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class LagProbe(QObject):
    """A precise TIMER_MS timer; `lateness` collects, in ms, how much later than due each tick came (>= 0)."""

    def __init__(self) -> None:
        super().__init__()
        self.lateness: list[float] = []
        self._clock = QElapsedTimer()
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TIMER_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._last = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        if self._last:
            self.lateness.append(max(0.0, now - self._last - TIMER_MS))
        self._last = now
