"""Every dialog and message box the window opens is deleted when it closes (issue: each CSV import dialog stayed alive
as a child of the window with its whole parsed table, 151 -> 367 MB after five 100k-row imports; every "Cannot open"
message stayed too). Each is opened and closed 20 times through the window's own actions; the window's QObjects and
the top-level widgets must come back to their count, and the Python memory to its size."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from gradientdesk.ui.document.csv_import_dialog import CsvImportDialog
from gradientdesk.ui.document.file_dialogs import ask_path
from gradientdesk.ui.document.restore_prompt import ask_with_message_box
from gradientdesk.ui.export.gif_dialog import GifDialog
from gradientdesk.ui.presentation.options import PresentationDialog
from gradientdesk.ui.sync.refresh import SecondaryRefresh

CYCLES = 20
CSV_ROWS = 10_000  # a leaked dialog keeps its parsed table (about 3 MB), far above the noise (< 0.1 MB)
MAX_GROWTH = 2**20


def when_shown(kind: type, handle: Callable[[QWidget], None]) -> None:
    """Call `handle(dialog)` once a visible top-level widget of `kind` appears (inside its exec() if it has one)."""

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            handle(shown[-1])
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def click(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def settle(qtbot, window: QWidget) -> None:
    """Let the views draw what they were waiting to draw (a refresh held back by the GUI budget may make a label's
    text document the first time), deliver the deferred deletes and collect Python's cycles, as the event loop
    would between user actions."""
    refreshes = window.findChildren(SecondaryRefresh)
    qtbot.waitUntil(lambda: not any(r.idle.isActive() for r in refreshes), timeout=5000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def qobject_count(window: QWidget) -> int:
    """The window's QObjects and the top-level widgets, without animations and timers: the window's own come and go
    on their own schedule (the status bar deletes its timer when a message times out). A leaked dialog is dozens
    of widgets."""
    children = [o for o in window.findChildren(QObject) if not isinstance(o, (QAbstractAnimation, QTimer))]
    return len(children) + len(QApplication.topLevelWidgets())


# ---- one open-and-close cycle of each dialog, through the window ----------------------------------------------------
def csv_import(window, files: dict[str, Path]) -> None:
    window.file_actions.ask_path = lambda *_args: files["csv"]
    when_shown(CsvImportDialog, lambda dialog: dialog.reject())
    assert window.file_actions.import_csv() is False


def csv_import_accepted(window, files: dict[str, Path]) -> None:
    window.file_actions.ask_path = lambda *_args: files["csv"]
    when_shown(CsvImportDialog, lambda dialog: dialog.accept())
    assert window.file_actions.import_csv() is True
    window.controller.undo_stack.clear()  # the undo history keeps each import's points by design


def csv_refused(window, files) -> None:
    window.file_actions.ask_path = lambda *_args: files["bad_csv"]
    window.file_actions.import_csv()
    box = window.file_actions.last_message
    assert "Cannot import" in box.windowTitle()
    click(box, QMessageBox.StandardButton.Ok)


def open_refused(window, files) -> None:
    assert window.file_actions.open_path(files["bad_session"])
    click(window.file_actions.last_message, QMessageBox.StandardButton.Ok)


def unsaved_question(window, _files) -> None:
    fa = window.file_actions
    fa.confirm_on_close = True
    fa.ask_unsaved = fa.__class__._unsaved_box.__get__(fa)  # the real box (the fixture answers "discard")
    fa.document.modified or window.controller.add_points(np.array([[0.5, 0.5]]), 0)
    when_shown(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Cancel))
    assert fa.may_discard() is False
    fa.confirm_on_close = False


def lesson_refused(window, files) -> None:
    lessons = window.lessons
    info = lessons.catalogue[0]
    lessons.catalogue[0] = type(info)(files["bad_session"], info.title, info.goal)
    try:
        assert lessons.open_lesson(0) is False
    finally:
        lessons.catalogue[0] = info
    click(lessons.last_message, QMessageBox.StandardButton.Ok)


def start_page(window, _files) -> None:
    window.lessons.show_start_page().reject()


def gif_dialog(window, _files) -> None:
    when_shown(GifDialog, lambda dialog: dialog.reject())
    window.gif_recording.open_dialog()


def export_error(window, _files) -> None:
    when_shown(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Ok))
    window.figure_export.report_error("Could not export: the disk is full.")


def figure_menu(window, _files) -> None:
    view = window.figure_export.figure("loss").view
    view.customContextMenuRequested.emit(QPoint(10, 10))  # a right-click on the loss plot
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    QTest.keyClick(menu, Qt.Key.Key_Escape)


def gif_error(window, _files) -> None:
    when_shown(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Ok))
    window.gif_recording.report_error("The folder does not exist.")


def presentation_options(window, _files) -> None:
    when_shown(PresentationDialog, lambda dialog: dialog.reject())
    window.presentation.edit_options()


def restore_prompt(window, _files) -> None:
    when_shown(QMessageBox, lambda box: box.findChild(QAbstractButton, "discard_button").click())
    assert ask_with_message_box(window)("circle: 300 points", "12:00") is False


def file_dialog(window, files) -> None:
    when_shown(QFileDialog, lambda dialog: dialog.reject())
    assert ask_path(window, "open", "Open", "All files (*)", files["csv"]) is None


CYCLES_OF = {f.__name__: f for f in (csv_import, csv_import_accepted, csv_refused, open_refused, unsaved_question,
                                     lesson_refused, start_page, gif_dialog, export_error, figure_menu, gif_error,
                                     presentation_options, restore_prompt, file_dialog)}


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    rng = np.random.default_rng(0)
    rows = "".join(f"{a:.6f},{b:.6f},{'AB'[c]}\n" for (a, b), c in zip(rng.normal(size=(CSV_ROWS, 2)),
                                                                       rng.integers(0, 2, CSV_ROWS), strict=True))
    paths = {"csv": tmp_path / "points.csv", "bad_csv": tmp_path / "empty.csv",
             "bad_session": tmp_path / "broken.gdesk"}
    paths["csv"].write_text("x1,x2,label\n" + rows)
    paths["bad_csv"].write_text("")
    paths["bad_session"].write_text('{"format": "gradientdesk-session", "version": 1}')
    return paths


@pytest.mark.parametrize("name", list(CYCLES_OF))
def test_opening_and_closing_a_dialog_20_times_leaves_nothing_behind(qtbot, window, files, name):
    cycle = CYCLES_OF[name]
    window.controller.pause()

    def once() -> None:
        cycle(window, files)
        qtbot.waitUntil(lambda: not any(isinstance(w, (QDialog, QMessageBox, QMenu)) and w.isVisible()
                                        for w in QApplication.topLevelWidgets()), timeout=5000)
        settle(qtbot, window)

    once()  # the first time may fill caches (fonts, icons, styles): not a leak
    tracemalloc.start()
    try:
        once()  # what one cycle leaves by design (an import's points on the canvas) is now traced memory too
        objects_before, memory_before = qobject_count(window), tracemalloc.get_traced_memory()[0]
        for _ in range(CYCLES):
            once()
        memory_growth = tracemalloc.get_traced_memory()[0] - memory_before
    finally:
        tracemalloc.stop()
    objects_after = qobject_count(window)
    print(f"{name}: QObjects {objects_before} -> {objects_after}, Python memory {memory_growth / 2**20:+.2f} MB "
          f"after {CYCLES} cycles")
    assert objects_after == objects_before
    assert memory_growth < MAX_GROWTH
