"""Deleting what a test made, at a moment the test chooses: `delete_now` closes widgets, schedules every object for
deletion and delivers the deferred deletes at once, so windows, views and controllers are gone (their C++ side, with
every child) before the next test starts - not at a random moment when Python's cyclic garbage collector frees a
wrapper that still owned them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


def delete_now(*objects: QObject) -> None:
    for obj in objects:
        if isinstance(obj, QWidget):
            obj.close()
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
