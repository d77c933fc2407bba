"""The GUI half of the frame handshake (see bridge/worker.py).

After a snapshot has been applied to the views, the worker waits until the window has painted it. The paint is
observed on the canvas's viewport; the acknowledgement goes out from a zero-timer, i.e. once the event loop has
finished the whole window's repaint (acknowledging inside paintEvent itself got stuck in prototypes). If nothing
repaints, the controller's own fallback timer acknowledges; if the worker still sees repeated timeouts it emits
`stalled`, and the controller asks every view to repaint (`repaint_requested`), which this class carries out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ...bridge.controller import Controller


class FrameSync(QObject):
    """Acknowledges drawn frames for `controller`, watching `painted` (a widget repainted on every snapshot)."""

    def __init__(self, controller: Controller, painted: QWidget, views: list[QWidget]) -> None:
        super().__init__(painted)
        self.controller = controller
        self.painted = painted
        self.views = views
        self.paints_seen = 0
        self.forced_repaints = 0
        painted.installEventFilter(self)
        controller.repaint_requested.connect(self.force_repaint)
        controller.snapshot_ready.connect(self._acknowledge_if_hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.controller.awaiting_frame:
            self.paints_seen += 1
            QTimer.singleShot(0, self.controller, self.controller.frame_drawn)  # dropped if it is deleted first
        return False

    def _acknowledge_if_hidden(self) -> None:
        """The watched widget is hidden (the stage shows a view alone): nothing will paint it, so the frame counts
        as drawn once the event loop has drawn the views that are shown (else every frame waited for the fallback
        timer and the watchdog took the run for stalled)."""
        if not self.painted.isVisible() and self.controller.awaiting_frame:
            QTimer.singleShot(0, self.controller, self.controller.frame_drawn)

    def force_repaint(self) -> None:
        """The watchdog's remedy: schedule a repaint of every view (the canvas first)."""
        self.forced_repaints += 1
        self.painted.update()
        for view in self.views:
            view.update()
