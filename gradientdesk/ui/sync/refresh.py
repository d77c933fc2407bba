"""Pacing of the secondary views (loss plot, parameter traces, parameter table, inspection views).

Every millisecond the GUI spends painting is a millisecond the worker waits (see bridge/worker.py), so only the
data canvas repaints for every snapshot. A secondary view refreshes in step with the frames - while the worker
waits, never between frames where it would fight the worker for the GIL - but
* at most `min_interval` apart (~15 per second: smooth enough for curves and numbers),
* further apart when it is expensive (`share` x its measured cost, up to `max_interval`),
* at most one secondary view per snapshot, and all of them together at most every SPACING_S, so that opening
  more views shares out the refreshes instead of adding to every frame's cost, and
* fairly: of the views that are due, the one that has waited longest gets the frame (a view that stopped asking,
  e.g. because it was closed, drops out of the queue after `FORGET_S`), and
* within a budget: after a refresh that cost c (its own time or its view's last paint, whichever is more), the
  next one of any view waits until c / BUDGET_SHARE has passed since it started, so all secondary views together
  take at most about BUDGET_SHARE of the GUI thread, however slow the frames are.
When snapshots stop (paused, stepped), the newest state is drawn after `IDLE_MS`: at once once paused, within the
same budget while playing (frames that come slower than IDLE_MS - a large network - used to let every waiting view
refresh between every two frames, which slowed the frames further).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ...bridge.controller import Controller

IDLE_MS = 60
FORGET_S = 0.5
SPACING_S = 0.05  # secondary refreshes of one window, all views together, at most ~20 a second
BUDGET_SHARE = 0.25  # of the GUI thread's time, for all secondary views together


class RefreshQueue(QObject):
    """The due views of one controller, by the time they started waiting, and the last snapshot given away. It is a
    child of the controller (`of`), so it lives and dies with it: every window's views share their controller's."""

    def __init__(self, controller: QObject) -> None:
        super().__init__(controller)
        self.setObjectName("refresh_queue")
        self.waiting: dict[int, tuple[float, SecondaryRefresh]] = {}
        self.last_frame = -1
        self.last_time = -math.inf
        self.free_at = -math.inf  # no secondary refresh starts before this (the budget)

    @classmethod
    def of(cls, controller: QObject) -> RefreshQueue:
        """The queue of `controller`'s views (made on first use)."""
        queue = controller.findChild(cls, "refresh_queue")
        return queue if queue is not None else cls(controller)

    def oldest(self, now: float) -> SecondaryRefresh | None:
        for key, (_, refresher) in list(self.waiting.items()):
            if now - refresher.last_request > FORGET_S:
                del self.waiting[key]
        if not self.waiting:
            return None
        return min(self.waiting.values(), key=lambda entry: entry[0])[1]


class SecondaryRefresh(QObject):
    """Call `request()` for every snapshot; `refresh()` runs when this view is due (see the module docstring).
    `active()` (optional) says whether the view is on screen at all; an inactive view only remembers that it has
    something to draw and does not compete for frames."""

    def __init__(self, parent: QObject, controller: Controller, refresh: Callable[[], None],
                 cost_ms: Callable[[], float] = lambda: 0.0, min_interval: float = 1 / 15, share: float = 4.0,
                 max_interval: float = 0.5, active: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._queue = RefreshQueue.of(controller)
        self._refresh = refresh
        self._cost_ms = cost_ms
        self._active = active
        self.min_interval, self.share, self.max_interval = min_interval, share, max_interval
        self.last = -math.inf
        self.last_request = -math.inf
        self.pending = False
        self.refreshes = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._flush)
        key, queue = id(self), self._queue  # not self: the lambda must not keep this object alive
        self.destroyed.connect(lambda *_: _forget(queue, key))

    def request(self) -> None:
        now = time.perf_counter()
        queue = self._queue
        self.pending = True
        self.idle.start(IDLE_MS)  # restarts: fires only once the snapshots have stopped coming
        if self._active is not None and not self._active():
            queue.waiting.pop(id(self), None)
            return
        self.last_request = now
        interval = max(self.min_interval, min(self.share * self._cost_ms() / 1e3, self.max_interval))
        if now - self.last < interval:
            return
        queue.waiting.setdefault(id(self), (now, self))
        frame = self._controller.snapshots_received
        if (queue.last_frame != frame and now - queue.last_time >= SPACING_S and now >= queue.free_at
                and queue.oldest(now) is self):
            queue.last_frame, queue.last_time = frame, now
            queue.waiting.pop(id(self), None)
            self.fire()

    def _flush(self) -> None:
        if not self.pending or (self._active is not None and not self._active()):
            return
        wait = self._queue.free_at - time.perf_counter()
        if wait > 0 and self._controller.playing:  # the budget is spent for now: try again when it is not
            self.idle.start(max(1, math.ceil(wait * 1e3)))
            return
        self._queue.last_time = time.perf_counter()
        self.fire()

    def fire(self) -> None:
        self.pending = False
        self.idle.stop()
        started = self.last = time.perf_counter()
        self.refreshes += 1
        self._refresh()
        cost = max(time.perf_counter() - started, self._cost_ms() / 1e3)
        self._queue.free_at = max(self._queue.free_at, started + cost / BUDGET_SHARE)


def _forget(queue: RefreshQueue, key: int) -> None:
    with contextlib.suppress(RuntimeError):  # the controller, and its queue, went first
        queue.waiting.pop(key, None)
