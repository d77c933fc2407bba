"""Autosave: never lose a drawing.

While a window runs, its session is written (atomically, through `save_session`) to
``<data dir>/autosave-<pid>-<start time>.gdesk``

* `DEBOUNCE_MS` (2 s) after the last edit - a brush stroke of a hundred points is one write, not a hundred - and
  never later than `MAX_INTERVAL_MS` after the first unsaved edit, even while the user keeps drawing;
* at most every `MAX_INTERVAL_MS` (30 s) while training moves the parameters.

A `QLockFile` next to it (``.lock``), held for the life of the window, says "in use". A clean quit removes both, and
so does an explicit Save (the work is safe in its file). At the next start, an autosave whose lock is stale - its
process is gone: a crash, a power cut, kill -9 - is an orphan, and the user is offered to restore it
(`ui/document/restore_prompt.py`). Locks use `setStaleLockTime(0)`, so a lock is stale only when its process no longer
runs, never merely because it is old (Qt's advice for long-lived locks).

The data directory is ``$GRADIENTDESK_DATA_DIR`` when set (tests, portable installs), otherwise
``QStandardPaths.AppDataLocation``. Files are written on one background thread: a Session is immutable, and encoding
(and checking) a 100 000-point session takes ~60 ms that the GUI thread should not spend.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QObject, QStandardPaths, QTimer, Signal

from ...io.session import Session, save_session
from ..i18n import fill

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

DATA_DIR_VARIABLE = "GRADIENTDESK_DATA_DIR"
DEBOUNCE_MS = 2000
MAX_INTERVAL_MS = 30_000
PREFIX = "autosave-"


def data_directory() -> Path | None:
    """Where autosaves live: $GRADIENTDESK_DATA_DIR, else the platform's application data folder (None if the
    platform has none)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else None


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when the owning process is gone
    return lock


@dataclass
class Orphan:
    """An autosave left behind by a process that did not quit cleanly; `lock` is held while we decide."""

    path: Path
    lock: QLockFile

    @property
    def saved_at(self) -> str:
        # in the interface's language: the C locale's (English) names in tests and on minimal systems
        return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(self.path.stat().st_mtime)), "dddd d MMMM, hh:mm")

    def release(self, delete: bool) -> None:
        """Give the orphan up: delete it (restored or discarded), or keep it for a later start."""
        if delete:
            self.path.unlink(missing_ok=True)
        self.lock.unlock()


def find_orphans(directory: Path | None) -> list[Orphan]:
    """Autosaves whose process is gone, newest first. Each comes locked by us, so two windows starting at once
    cannot both restore it. Stale locks without an autosave (a crash before the first write) are cleaned up."""
    if directory is None or not directory.is_dir():
        return []
    orphans = []
    for path in sorted(directory.glob(f"{PREFIX}*.gdesk"), key=lambda p: p.stat().st_mtime, reverse=True):
        lock = _lock(path.with_suffix(".lock"))
        if lock.tryLock(0):
            orphans.append(Orphan(path, lock))
    for path in directory.glob(f"{PREFIX}*.lock"):
        if not path.with_suffix(".gdesk").exists():
            lock = _lock(path)
            if lock.tryLock(0):
                lock.unlock()  # removes the stale lock file
    return orphans


class Autosaver(QObject):
    """Writes `make_session()` to this window's autosave file whenever the controller reports a change (see the
    module docstring for when). `should_save()` says whether there is unsaved work at all."""

    saved = Signal(str)  # the file written
    failed = Signal(str)  # why it could not be written
    _written = Signal(str, str)  # (path, error) from the writer thread

    def __init__(self, controller: QObject, make_session: Callable[[], Session], directory: Path,
                 should_save: Callable[[], bool] = lambda: True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self.make_session, self.should_save = controller, make_session, should_save
        self.directory = directory
        stamp = f"{os.getpid()}-{int(time.time() * 1000)}"
        self.path = directory / f"{PREFIX}{stamp}.gdesk"
        self._lock = _lock(directory / f"{PREFIX}{stamp}.lock")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self._dirty_since: float | None = None
        self._last_save = time.monotonic()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gradientdesk-autosave")
        self._pending: Future | None = None
        self._again = False
        self.writes = 0
        self.active = False
        self._written.connect(self._on_written)

    def start(self) -> bool:
        """Take the lock and listen to the controller. False (and `failed` emitted) if the folder is unusable."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.failed.emit(fill(translate("Autosave", "Autosave is off: cannot create %1 (%2)."), self.directory,
                                  error.strerror or error))
            return False
        if not self._lock.tryLock(0):
            self.failed.emit(fill(translate("Autosave", "Autosave is off: cannot lock a file in %1."), self.directory))
            return False
        c = self.controller
        c.data_changed.connect(self.edited)
        c.hyperparameters_changed.connect(self.edited)
        c.snapshot_ready.connect(self._trained)
        self.active = True
        return True

    # ---- when to write ---------------------------------------------------------------------------------------------
    def edited(self, *_args: object) -> None:
        """An edit: write DEBOUNCE_MS after the last one, but no later than MAX_INTERVAL_MS after the first."""
        if not self.active:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        overdue = (now - self._dirty_since) * 1000 >= MAX_INTERVAL_MS
        self._timer.start(0 if overdue else DEBOUNCE_MS)

    def _trained(self, _snap: object) -> None:
        if not self.active or self._timer.isActive():
            return
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()
        since_save = (time.monotonic() - self._last_save) * 1000
        self._timer.start(int(max(DEBOUNCE_MS, MAX_INTERVAL_MS - since_save)))

    # ---- writing ---------------------------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Write at once (on the writer thread) if there is unsaved work."""
        self._timer.stop()
        if not self.active or not self.should_save():
            self._dirty_since = None
            return
        if self._pending is not None and not self._pending.done():
            self._again = True  # one write at a time; the newest state follows when this one ends
            return
        session = self.make_session()
        self._dirty_since = None
        self._last_save = time.monotonic()
        self._pending = self._executor.submit(self._write, session)

    def _write(self, session: Session) -> None:  # writer thread
        try:
            save_session(self.path, session)
        except (OSError, ValueError) as error:
            self._written.emit(str(self.path), str(error))
            return
        self._written.emit(str(self.path), "")

    def _on_written(self, path: str, error: str) -> None:
        if error:
            self.failed.emit(fill(translate("Autosave", "Autosave failed: %1"), error))
        else:
            self.writes += 1
            self.saved.emit(path)
        if self._again:
            self._again = False
            self.save_now()

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the write in progress (if any) has finished."""
        if self._pending is not None:
            self._pending.exception(timeout)

    def discard(self) -> None:
        """The work is safe elsewhere (saved to its file): remove the autosave until the next change."""
        self._timer.stop()
        self._again = False
        self._dirty_since = None
        self.wait()
        self.path.unlink(missing_ok=True)

    def finish(self) -> None:
        """Clean quit: stop, remove the autosave and its lock. Nothing is left to restore."""
        if not self.active:
            self._executor.shutdown(wait=True)
            return
        self.active = False
        self.discard()
        self._executor.shutdown(wait=True)
        self._lock.unlock()
