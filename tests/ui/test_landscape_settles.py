"""The loss landscape's plot settles: locked to aspect 1, a plot whose left axis sized itself after its tick text
could chase its own layout in some shapes (the y range follows the width, the ticks' text the range, the axis's width
the text) and repaint hundreds of times a second with nothing changing - in the benchmarks' window with every view
open and the soak's 8x64 network, ~600 repaints in 1.5 s for 36 frames, 33 ms of the GUI thread a frame.
landscape_plot.py fixes that axis's room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from qt_cleanup import delete_now

from gradientdesk.bench.gui_bench import training_window
from gradientdesk.bench.soak import NETWORK
from gradientdesk.bench.workloads import Workload
from gradientdesk.engine import datasets


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def soak_window(qtbot, thread_watch):
    """The benchmarks' window (bench/gui_bench.py: fitted to a 1600x1000 screen, every view open, built in that
    order) training the soak's 8x64 network on the circle: its landscape plot is 284x480 px."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    workload = Workload("soak", "8x64 on the circle", datasets.make("circle", n=500, seed=1, test_fraction=0.5),
                        NETWORK)
    win = training_window(workload, all_views=True)
    yield win
    win.file_actions.confirm_on_close = False
    win.file_actions.ask_unsaved = lambda: "discard"
    win.close()
    assert thread_watch.running() == []
    delete_now(win)


def test_the_landscape_does_not_repaint_in_a_loop_while_training(soak_window, qtbot):
    win = soak_window
    plot = win.landscape_view.drawing.widget
    assert plot.isVisible()
    counter = PaintCounter()
    plot.viewport().installEventFilter(counter)
    win.controller.play()
    qtbot.wait(500)
    counter.paints, frames = 0, win.frame_sync.paints_seen
    qtbot.wait(1500)
    frames = win.frame_sync.paints_seen - frames
    win.controller.pause()
    assert frames > 0
    assert counter.paints <= frames + 5, (counter.paints, frames, plot.size())  # a repaint a frame at most
