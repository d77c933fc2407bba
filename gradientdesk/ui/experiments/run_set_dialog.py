"""What the Sweep and Compare dialogs share: one RunSetThread at a time and its life cycle, the drawn-frame
handshake, and the feature object that owns a dialog's menu entry.

`RunSetDialog` holds the thread (`run_thread`, None while idle). `launch(thread)` wires it: frames and the end of
a thread already stopped (queued before Stop returned) are ignored; a failure goes to `_failed`. Stop waits for the
thread (it ends within a slice), Close stops it first (the thread is the dialog's child). After a frame is shown,
`await_paint(widget)` asks for a repaint of the last view the frame changes; that paint acknowledges the frame from
a zero-timer, once the event loop has finished the whole repaint (as ui/sync/frame_sync.py does for the window),
so the thread never trains while the dialog paints. A hidden dialog paints nothing: the thread's timeout lets it
go on. `runs_changed` (re-emitted by the DialogFeature, which outlives its dialogs) tells the Runs panel
(runs_panel.py) that runs started, a frame arrived, the thread ended, a run was removed or the dialog closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from ...bridge.controller import Controller
from ...engine.run_checkpoint import RunCheckpoint
from .sweep_worker import RunSetThread


class RunSetDialog(QDialog):
    """A dialog that trains a RunSet in `run_thread`. A subclass shows frames (`_show_frame`), says why a run
    failed (`_failed`), enables its controls (`_set_running`) and may react when the thread has ended
    (`_thread_ended`). `runs_changed` follows a start, every frame shown, the thread's end, a removed run and the
    close (then `closed` is True: its runs are no longer listed)."""

    runs_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_thread: RunSetThread | None = None
        self.awaiting_paint = False
        self.closed = False
        self.final: tuple[RunCheckpoint, ...] | None = None  # every run where its thread ended (to save, go on)

    @property
    def running(self) -> bool:
        """A thread is running, or has ended and its end (its runs' final checkpoints) is not taken yet: between the
        two, `saved()` would have no final state to save (a test that waited for "not running" saw None)."""
        return self.run_thread is not None

    def launch(self, thread: RunSetThread) -> None:
        """Start `thread` as this dialog's run thread."""
        self.run_thread = thread
        thread.frame_ready.connect(lambda frame: self._frame_arrived(frame) if self.run_thread is thread else None)
        thread.failed.connect(self._failed)
        thread.finished.connect(lambda: self._thread_finished() if self.run_thread is thread else None)
        self._set_running(True)
        thread.start()
        self.runs_changed.emit()

    def _frame_arrived(self, frame: object) -> None:
        self._show_frame(frame)
        self.runs_changed.emit()

    def stop_thread(self) -> bool:
        """Stop the thread and wait for it; False if none was running (the last frame stays on show)."""
        if self.run_thread is None:
            return False
        self.run_thread.stop()
        self.run_thread.wait()
        self._thread_finished()
        return True

    def _thread_finished(self) -> None:
        thread, self.run_thread = self.run_thread, None
        if thread is not None:
            thread.wait()
            if thread.final is not None:
                self.final = thread.final
            thread.deleteLater()
        self._set_running(False)
        self._thread_ended()
        self.runs_changed.emit()

    def await_paint(self, widget: QWidget) -> None:
        """The frame just shown goes on to the thread once `widget` (watched with `watch_paints`) has painted."""
        self.awaiting_paint = True
        widget.update()

    def watch_paints(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.awaiting_paint:
            self.awaiting_paint = False
            QTimer.singleShot(0, self, self._acknowledge)
        return False

    def _acknowledge(self) -> None:
        if self.run_thread is not None:
            self.run_thread.acknowledge()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_thread()  # the thread is the dialog's child: it must have ended before the dialog is deleted
        super().closeEvent(event)
        if event.isAccepted():
            self.closed = True
            self.runs_changed.emit()

    # ---- what a subclass says ------------------------------------------------------------------------------------
    def saved(self) -> object | None:
        """The runs as a session file keeps them (io's SavedComparison or SavedSweep), None for nothing."""
        return None

    def restore(self, saved: Any) -> bool:  # Any: each dialog takes its own kind
        """Show the runs of a file just opened where they were; False (saying why) if they cannot be."""
        return False

    def _show_frame(self, frame: object) -> None:
        raise NotImplementedError

    def _failed(self, message: str) -> None:
        raise NotImplementedError

    def _set_running(self, running: bool) -> None:
        raise NotImplementedError

    def _thread_ended(self) -> None:
        """After the thread has ended (finished or stopped); nothing by default."""


class DialogFeature(QObject):
    """An Experiments menu entry (`action`, under menu id `menu_id`) and the one dialog it opens (`dialog`, None
    while closed; the open one is brought to the front). The window calls `close()` when it closes: the dialog's
    thread must not outlive it. `runs_changed` repeats the dialog's (runs started, a frame, an end, a removed run, a
    close) and follows its deletion: listeners need not know when dialogs come and go."""

    runs_changed = Signal()

    def __init__(self, controller: Controller, parent: QWidget, menu_id: str, text: str, tip: str,
                 make: Callable[[Controller, QWidget], RunSetDialog], shortcut: str = "") -> None:
        super().__init__(parent)
        self.controller, self.parent_widget = controller, parent
        self.menu_id, self.make = menu_id, make
        self.dialog: RunSetDialog | None = None
        self.action = QAction(text, parent)
        if shortcut:
            self.action.setShortcut(QKeySequence(shortcut))
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.open)

    def actions(self) -> dict[str, QAction]:
        return {self.menu_id: self.action}

    def open(self) -> RunSetDialog:
        """Show the dialog (the open one brought to the front, after `reopened`)."""
        if self.dialog is None:
            self.dialog = self.make(self.controller, self.parent_widget)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.runs_changed.connect(self.runs_changed)
        else:
            self.reopened(self.dialog)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def saved(self) -> object | None:
        """The dialog's runs a saved session keeps (None while it is closed or nothing was trained)."""
        return self.dialog.saved() if self.dialog is not None else None

    def restore(self, saved: Any) -> None:
        """Open the dialog on the runs of a file just opened (None: the file had none; nothing changes)."""
        if saved is not None:
            self.open().restore(saved)

    def reopened(self, dialog: RunSetDialog) -> None:
        """The open dialog is asked for again; nothing by default."""

    def _forget(self) -> None:
        self.dialog = None
        self.runs_changed.emit()

    def live_dialog(self) -> RunSetDialog | None:
        """The open dialog, None while closed (or closing)."""
        return self.dialog if self.dialog is not None and not self.dialog.closed else None

    def close(self) -> None:
        """Close the dialog, stopping its runs."""
        if self.dialog is not None:
            self.dialog.close()
