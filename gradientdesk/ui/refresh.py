"""Pacing of the secondary views (loss plot, parameter traces, parameter table).

Every millisecond the GUI spends painting is a millisecond the worker waits (see bridge/worker.py), so only the
data canvas repaints for every snapshot. A secondary view refreshes in step with the frames - while the worker
waits, never between frames where it would fight the worker for the GIL - but
* at most `min_interval` apart (~15 per second: smooth enough for curves and numbers),
* further apart when it is expensive (`share` x its measured cost, up to `max_interval`), and
* at most one secondary view per snapshot, so no single frame pays for all of them.
When snapshots stop (paused, stepped), the newest state is drawn after `IDLE_MS`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 60
_last_refreshed_frame: dict[int, int] = {}  # id(controller) -> snapshot number that already had a refresh


class SecondaryRefresh(QObject):
    """Call `request()` for every snapshot; `refresh()` runs when this view is due (see the module docstring)."""

    def __init__(self, parent: QObject, controller: QObject, refresh: Callable[[], None],
                 cost_ms: Callable[[], float] = lambda: 0.0, min_interval: float = 1 / 15, share: float = 4.0,
                 max_interval: float = 0.5) -> None:
        super().__init__(parent)
        self._controller = controller
        self._refresh = refresh
        self._cost_ms = cost_ms
        self.min_interval, self.share, self.max_interval = min_interval, share, max_interval
        self.last = -math.inf
        self.pending = False
        self.refreshes = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._flush)

    def request(self) -> None:
        frame = getattr(self._controller, "snapshots_received", 0)
        key = id(self._controller)
        interval = max(self.min_interval, min(self.share * self._cost_ms() / 1e3, self.max_interval))
        if time.perf_counter() - self.last >= interval and _last_refreshed_frame.get(key) != frame:
            _last_refreshed_frame[key] = frame
            self.fire()
        else:
            self.pending = True
            self.idle.start()  # restarts: fires only once the snapshots have stopped coming

    def _flush(self) -> None:
        if self.pending:
            self.fire()

    def fire(self) -> None:
        self.pending = False
        self.last = time.perf_counter()
        self.refreshes += 1
        self._refresh()
