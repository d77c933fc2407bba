"""Which threads a test started and left running - found from the test side, so the app keeps no registry of its
threads.

Two kinds are watched: every `QThread` started while the watch is on (it wraps `QThread.start`, which subclasses
such as the GIF encoder inherit), and every Python thread (`threading.enumerate()`, e.g. a `ThreadPoolExecutor`'s
workers) that was not there when the watch began. Python's placeholders for threads it did not start (a QThread
running Python code gets one, and it is never removed) are left to the QThread side.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread


class ThreadWatch:
    """`with ThreadWatch() as watch: ...` then `watch.running()`: descriptions of the threads still running."""

    def __init__(self) -> None:
        self.qthreads: list[QThread] = []  # strong references: a leaked thread must stay findable
        self._before: set[threading.Thread] = set()
        self._original_start: Callable[..., Any] | None = None

    def __enter__(self) -> ThreadWatch:
        self._before = set(threading.enumerate())
        original = QThread.start
        self._original_start = original

        def start(thread: QThread, *args: Any, **kwargs: Any) -> Any:
            self.qthreads.append(thread)
            return original(thread, *args, **kwargs)

        QThread.start = start
        return self

    def __exit__(self, *exc_info: object) -> None:
        QThread.start = self._original_start
        self.qthreads.clear()

    def running_qthreads(self) -> list[QThread]:
        alive = []
        for thread in self.qthreads:
            try:
                if thread.isRunning():
                    alive.append(thread)
            except RuntimeError:  # its C++ object was deleted (after it finished: Qt aborts otherwise)
                pass
        return alive

    def running_python_threads(self) -> list[threading.Thread]:
        return [thread for thread in threading.enumerate()
                if thread not in self._before and thread.is_alive() and not isinstance(thread, threading._DummyThread)]

    def running(self) -> list[str]:
        """The threads started under the watch that are still running, described for a failure message."""
        described = [f"QThread {type(t).__name__}" + (f" {t.objectName()!r}" if t.objectName() else "")
                     for t in self.running_qthreads()]
        described += [f"Python thread {t.name!r}" for t in self.running_python_threads()]
        return described

    def stop_leftovers(self, timeout_ms: int = 2000) -> None:
        """Best effort, so that the next test starts clean: end the event loops of the QThreads left running and
        give every leftover a moment to end."""
        for thread in self.running_qthreads():
            thread.requestInterruption()
            thread.quit()
            thread.wait(timeout_ms)
        for thread in self.running_python_threads():
            thread.join(timeout_ms / 1000)
