"""`python -m gradientdesk.bench --frame-costs`: where the GUI thread's time per frame goes, view by view.

The real main window trains W2 at full speed (as `bench --gui` does), first with the usual views, then with every
inspection view open. Every event the GUI thread handles goes through `TimedApplication.notify`, which charges its
CPU time (`time.thread_time`, so waiting is not counted) to the view whose widget receives it (the receiver or its
nearest ancestor among the window's views: canvas, loss plot, parameter table, diagram, ...); the snapshot handlers
the views connect to the controller are wrapped the same way, so the time a frame's snapshot costs each view is
charged to that view even though one signal calls them all ("canvas (snapshot)": handling the frame's snapshot;
"canvas": its events, mostly painting). Time is exclusive: a view's paint inside another's
handler counts once, for the inner one. Everything else is "window" (menus, docks, layout) or "controller" (the
frame's arrival: the snapshot and its histories).

It is a measurement of its own, in its own process: routing every event through Python costs a little, so the
other GUI figures are taken without it.
"""

from __future__ import annotations

import functools
import os
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any, ClassVar


def view_names(window: Any) -> dict[int, str]:
    """Each view of the main window (by the widget's id) -> the name a reader sees in the breakdown."""
    views = {window.canvas: "canvas", window.loss_plot: "loss plot", window.parameter_panel: "parameter table",
             window.traces: "traces", window.network_diagram: "diagram", window.weight_maps: "weight maps",
             window.update_inspector: "update inspector", window.landscape_view: "landscape",
             window.forward_pass: "forward pass", window.scale_view: "scale", window.training_bar: "toolbar",
             window.hyperparameter_panel: "hyperparameter panel", window.runs_panel: "runs panel"}
    return {id(widget): name for widget, name in views.items()}


class Costs:
    """Exclusive CPU time per name: `enter(name)` ... `leave()` pairs may nest; each second counts for the innermost
    name only."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []  # [name, started, children's time]
        self.active = False

    def enter(self, name: str) -> None:
        self._stack.append([name, time.thread_time(), 0.0])

    def leave(self) -> None:
        name, started, children = self._stack.pop()
        spent = time.thread_time() - started
        if self.active:
            self.seconds[name] += spent - children
        if self._stack:
            self._stack[-1][2] += spent

    def per_frame_ms(self, frames: int) -> dict[str, float]:
        return {name: round(1000 * s / max(frames, 1), 3)
                for name, s in sorted(self.seconds.items(), key=lambda item: -item[1])}


COSTS = Costs()


def timed(name_of: Callable[[Any], str], method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        COSTS.enter(name_of(self))
        try:
            return method(self, *args, **kwargs)
        finally:
            COSTS.leave()
    return wrapper


def wrap_snapshot_handlers() -> None:
    """Charge each view's snapshot handler to the view (before the window is built: connections keep the method
    they were given)."""
    from ..ui.experiments.runs_panel import RunsPanel
    from ..ui.inspect.forward_pass import ForwardPassPanel
    from ..ui.inspect.landscape_view import LandscapeView
    from ..ui.inspect.network_diagram import NetworkDiagram
    from ..ui.inspect.update_inspector import UpdateInspector
    from ..ui.inspect.weight_maps import WeightMaps
    from ..ui.plots.data_canvas import DataCanvas
    from ..ui.plots.loss_plot import LossPlot
    from ..ui.plots.parameter_traces import ParameterTraces
    from ..ui.plots.timeline_row import TimelineRow
    from ..ui.scale.scale_view import ScaleView
    from ..ui.window.training_bar import TrainingBar

    handlers = [(DataCanvas, "_on_snapshot", "canvas"), (LossPlot, "_on_snapshot", "loss plot"),
                (TimelineRow, "_on_snapshot", "loss plot"), (ParameterTraces, "_on_snapshot", "traces"),
                (NetworkDiagram, "_on_snapshot", "diagram"), (WeightMaps, "_on_snapshot", "weight maps"),
                (UpdateInspector, "_on_snapshot", "update inspector"), (LandscapeView, "_on_snapshot", "landscape"),
                (ForwardPassPanel, "_on_snapshot", "forward pass"), (ScaleView, "_on_snapshot", "scale"),
                (TrainingBar, "show_counters", "toolbar"), (RunsPanel, "schedule", "runs panel")]
    for cls, method, name in handlers:
        original = vars(cls).get(method)
        if original is not None and not hasattr(original, "__wrapped__"):
            setattr(cls, method, timed(lambda _self, n=name: f"{n} (snapshot)", original))


def timed_application(argv: list[str]) -> Any:
    """A QApplication whose `notify` charges each event to the view that receives it (`owners`, set once the
    window exists: widget -> view name)."""
    from PySide6.QtWidgets import QApplication

    class TimedApplication(QApplication):
        owners: ClassVar[dict[int, str]] = {}

        def set_owners(self, owners: dict[int, str]) -> None:
            """Which view each widget (by id) belongs to."""
            type(self).owners = owners

        def notify(self, receiver: Any, event: Any) -> bool:
            if not COSTS.active:
                return super().notify(receiver, event)
            COSTS.enter(self.owner(receiver))
            try:
                return super().notify(receiver, event)
            finally:
                COSTS.leave()

        def owner(self, receiver: Any) -> str:
            obj, depth = receiver, 0
            while obj is not None and depth < 40:
                name = self.owners.get(id(obj))
                if name is not None:
                    return name
                obj, depth = obj.parent(), depth + 1
            return "controller" if type(receiver).__name__ in ("Controller", "TrainingBridge") else "window"

    return TimedApplication(argv)


def measure(seconds: float = 8.0, all_views: bool = False, workload: Any = None) -> dict[str, Any]:
    """The main window training `workload` (W2 by default; bench/workloads.py) for `seconds` (after a second to
    reach full speed); GUI-thread milliseconds per frame drawn, by view, and their total."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        wrap_snapshot_handlers()
        app = timed_application(["gradientdesk-bench"])
    if not hasattr(app, "owners"):
        raise RuntimeError("--frame-costs needs a process of its own (run it alone)")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from .gui_bench import training_window
    from .gui_clock import run_event_loop
    from .workloads import workloads

    window = training_window(workload or workloads()["W2"], all_views)
    app.set_owners(view_names(window))  # the views exist now; nothing was charged before COSTS.active
    controller = window.controller
    controller.play()
    run_event_loop(1.0)
    COSTS.seconds.clear()
    frames_before = window.frame_sync.paints_seen
    COSTS.active = True
    cpu = time.thread_time()
    run_event_loop(seconds)
    cpu = time.thread_time() - cpu
    COSTS.active = False
    frames = window.frame_sync.paints_seen - frames_before
    controller.pause()
    window.close()
    views = COSTS.per_frame_ms(frames)
    return {"frames": frames, "gui_ms_per_frame": round(1000 * cpu / max(frames, 1), 2),
            "charged_ms_per_frame": round(sum(views.values()), 2), "views_ms_per_frame": views}
