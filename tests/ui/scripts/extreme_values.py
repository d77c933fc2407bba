"""Run by tests/ui/test_extreme_values.py in a process of its own (a crash in a paint would take the test run with
it): every view shows a snapshot whose parameters, gradients and updates hold values near the float limit, then
prints OK."""

from __future__ import annotations

import dataclasses
import os
import sys
from types import MappingProxyType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])

import pyqtgraph as pg  # noqa: E402

from gradientdesk.ui.window.main_window import MainWindow  # noqa: E402

pg.setConfigOptions(antialias=True, background="w", foreground="k")
EXTREMES = (1e308, -1e308, 9e307, 1e30, -4e200)


def run(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def extreme(arrays):
    out = {}
    for k, (name, array) in enumerate(arrays.items()):
        values = np.array(array, dtype=np.float64)
        values.flat[0] = EXTREMES[k % len(EXTREMES)]
        values.flat[-1] = -EXTREMES[(k + 1) % len(EXTREMES)]
        values.setflags(write=False)
        out[name] = values
    return MappingProxyType(out)


window = MainWindow(settings=None)
window.resize(1366, 768)
window.show()
window.start()
run(300)
window.controller.step(30)
run(800)
window.open_all_views()
window.controller.pause()  # the fake snapshot below must stay the newest one
run(500)
snap = window.controller.latest
fake = dataclasses.replace(snap, step=snap.step + 1, parameters=extreme(snap.parameters),
                           gradients=extreme(snap.gradients), updates=extreme(snap.updates))
controller = window.controller
controller.latest = fake
controller.parameter_history.add(fake)
controller.snapshot_ready.emit(fake)
controller.select_parameter(f"{next(iter(fake.parameters))}[0,0]")
for view in window.themed_views():
    if hasattr(view, "catch_up"):
        view.catch_up()
run(1500)
window.grab().save(sys.argv[1]) if len(sys.argv) > 1 else None
window.close()
print("OK")
