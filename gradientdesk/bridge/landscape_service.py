"""When to ask the worker for a new loss landscape (engine/landscape.py), and which grid to ask for.

A landscape is a 2-D slice through the current point: it goes stale when the *other* parameters move (the slice
moves with them) or when the two chosen ones walk off the grid. So a new grid is asked for when
* there is none yet, the pair changed, or the data / hyperparameters changed (their versions);
* the flat vector o of the other parameters moved: ||o_now - o_grid|| > MOVED * ||o_grid|| (2%);
* the current point left the inner 90% of the grid;
and never more often than every MIN_INTERVAL seconds, one request at a time. For a model with only these two
parameters o is empty: the landscape is exact and is only recomputed when the path leaves it.

The grid is centred on the current values (c1, c2) and square: half-width s = max(1, 3 max|c|), widened to take in
the path so far (the start of the descent stays visible) unless that would make it more than 4 times as wide.
It has 41 x 41 points, fewer (down to 21 x 21) for networks where that would cost the worker more than ~150 ms.
Lives in the GUI thread; the computing happens in the worker (Controller.compute_landscape).
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..engine.landscape import Landscape, LandscapeRequest, held_values, sample_rows
from ..engine.scalar_ref import ScalarRef
from ..engine.snapshot import Snapshot
from .texts import engine_text

if TYPE_CHECKING:  # the controller creates no landscape service; the views do
    from .controller import Controller

MOVED = 0.02
MIN_INTERVAL = 0.3
# While training plays, the other parameters move all the time: a fresh grid every second keeps the picture honest
# and costs the worker ~6% of its time (one 41x41 grid of W2 is ~60 ms of work), not ~20%.
MIN_INTERVAL_PLAYING = 1.0
RESOLUTION = 41  # grid points a side; fewer (down to MIN_RESOLUTION) for networks where 41 would be slow
MIN_RESOLUTION = 21
BUDGET_MS = 150.0
NS_PER_UNIT = 0.26  # measured: W2's 41 x 41 grid (250 points, 540 units per point) took 60 ms
RETRY_AFTER = 3.0  # seconds without an answer before asking again (the worker may have been rebuilt meanwhile)
INNER = 0.05  # the point must stay this share of the width away from the grid's edges


def resolution_for(snap: Snapshot) -> int:
    """Grid points a side so the worker's computing time stays near BUDGET_MS: a grid point costs about rows x
    sum over layers of (fan_in + 4) x units "units" (a multiply-add each, 4 for the activation) at NS_PER_UNIT,
    rows being the training points or, for big data, the fixed sample the engine measures on
    (engine.landscape.sample_rows). W2 gets the full 41; the largest network (8 x 64 units) 21 (~0.3 s of work,
    spread over frames)."""
    sizes = snap.layer_sizes
    units = sum((fan_in + 4) * out for fan_in, out in itertools.pairwise(sizes))
    rows = min(max(1, snap.n_train), sample_rows(sizes))
    per_point_ms = rows * units * NS_PER_UNIT * 1e-6
    affordable = int(np.sqrt(BUDGET_MS / max(per_point_ms, 1e-9)))
    return int(np.clip(affordable, MIN_RESOLUTION, RESOLUTION))


def grid_ranges(center: tuple[float, float], path: np.ndarray | None = None
                ) -> tuple[tuple[float, float], tuple[float, float]]:
    """Square grid around `center` taking in `path` ((k, 2) earlier values) when that keeps it small enough."""
    c = np.asarray(center, dtype=np.float64)
    half = max(1.0, 3.0 * float(np.max(np.abs(c))))
    lo, hi = c - half, c + half
    if path is not None and len(path):
        finite = path[np.isfinite(path).all(axis=1)]
        if len(finite):
            lo2, hi2 = np.minimum(lo, finite.min(axis=0)), np.maximum(hi, finite.max(axis=0))
            width = float(np.max(hi2 - lo2)) * (1 + 4 * INNER)
            if width <= 4 * 2 * half:
                mid = (lo2 + hi2) / 2
                lo, hi = mid - width / 2, mid + width / 2
    return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))


class LandscapeService(QObject):
    """Keeps `landscape` (the newest answer for the current pair) up to date for `controller`; emits `updated` when
    a new one arrives. Call `check(snapshot, path)` whenever the view refreshes."""

    updated = Signal(object)  # Landscape

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pair: tuple[ScalarRef, ScalarRef] | None = None
        self.landscape: Landscape | None = None
        self.requests = 0
        self.reason = ""  # why the last request was made (shown to the learner)
        self._next_id = 0
        self._pending: tuple[int, float] | None = None  # (request id, time sent)
        self._last_sent = -float("inf")
        controller.landscape_ready.connect(self._on_ready)

    def set_pair(self, first: ScalarRef, second: ScalarRef) -> None:
        """Show these two parameters from now on (the next `check` asks at once)."""
        if (first, second) != self.pair:
            self.pair = (first, second)
            self.landscape = None
            self._pending = None

    def check(self, snap: Snapshot | None, path: np.ndarray | None = None) -> bool:
        """Ask for a new grid if the current one is stale (see the module docstring); True if it asked."""
        if snap is None or self.pair is None:
            return False
        now = time.perf_counter()
        if self._pending is not None and now - self._pending[1] < RETRY_AFTER:
            return False
        if not all(snap.spec.has(ref) for ref in self.pair):
            return False  # the pair is not (yet) in this model
        center = tuple(float(snap.parameters[ref.name][ref.index]) for ref in self.pair)
        reason = self._stale_reason(snap, center)
        if not reason:
            return False
        interval = MIN_INTERVAL_PLAYING if self.controller.playing else MIN_INTERVAL
        if reason not in ("first", "new pair", "new data or settings") and now - self._last_sent < interval:
            return False
        x_range, y_range = grid_ranges(center, path)  # type: ignore[arg-type]
        self._next_id += 1
        request = LandscapeRequest(self._next_id, self.pair[0], self.pair[1], x_range, y_range,
                                   resolution_for(snap))
        self._pending = (self._next_id, now)
        self._last_sent = now
        self.requests += 1
        self.reason = reason
        self.controller.compute_landscape(request)
        return True

    def _stale_reason(self, snap: Snapshot, center: tuple[float, float]) -> str:
        current = self.landscape
        if current is None:
            return "first"
        if (current.request.first, current.request.second) != self.pair:
            return "new pair"
        if current.versions != (snap.dataset_version, snap.hp_version):
            return "new data or settings"
        (x0, x1), (y0, y1) = current.request.x_range, current.request.y_range
        mx, my = INNER * (x1 - x0), INNER * (y1 - y0)
        if not (x0 + mx <= center[0] <= x1 - mx and y0 + my <= center[1] <= y1 - my):
            return "the path left the grid"
        if current.others.size:
            now = held_values(snap.parameters, *self.pair)
            if now.shape != current.others.shape:
                return "new data or settings"
            scale = float(np.linalg.norm(current.others))
            if float(np.linalg.norm(now - current.others)) > MOVED * max(scale, 1e-12):
                return "the other parameters moved"
        return ""

    def _on_ready(self, result: Landscape) -> None:
        if self._pending is None or result.request.request_id != self._pending[0]:
            return  # an answer to an older question (or another view's)
        self._pending = None
        if self.pair is None or (result.request.first, result.request.second) != self.pair:
            return
        if result.message:  # why nothing was computed, in the interface language
            result = dataclasses.replace(result, message=engine_text(result.message))
        self.landscape = result
        self.updated.emit(result)
