"""The Runs panel (View → Runs) in the real window: the current run alone with its hint, the compared runs listed by
name and colour with what they change, their steps and losses as in the comparison's frames, a compared run removed
through the panel (gone from the comparison too, stopping it first while it trains), the current run never
removable, the sweep's runs listed and removed, the dock shown once a session, and refreshes coalesced. Nothing here
measures time: every wait is for a state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gradientdesk.engine.number_text import compact
from gradientdesk.ui.experiments.compare_plan import RUN_COLORS
from gradientdesk.ui.experiments.runs_panel import HEADERS, NUMBERS
from gradientdesk.ui.theme import palette

TIMEOUT = 60_000  # generous: the machine is shared


def open_compare(win):
    action = next(a for a in win.menus["experiments_menu"].actions() if a.text() == "&Compare runs…")
    action.trigger()
    return win.compare.dialog


def open_sweep(win):
    action = next(a for a in win.menus["experiments_menu"].actions() if a.text() == "&Sweep a hyperparameter…")
    action.trigger()
    return win.sweep.dialog


def cells(panel, column: int) -> list[str]:
    return [panel.table.item(r, column).text() for r in range(panel.table.rowCount())]


def settled(qtbot, panel, states: list[str]) -> None:
    """Wait until the panel (refreshed at most five times a second) shows these states after the current run's."""
    qtbot.waitUntil(lambda: cells(panel, 5)[1:] == states, timeout=TIMEOUT)


def compare_three(qtbot, window, epochs: int):
    """A comparison of A, B (learning rate 0.1) and C (0.3), started."""
    dialog = open_compare(window)
    table = dialog.table
    assert table.add_run()
    assert table.set_value(1, "learning_rate", 0.1) and table.set_value(2, "learning_rate", 0.3)
    dialog.epochs.setValue(epochs)
    assert dialog.start()
    return dialog


def test_the_current_run_alone_says_how_to_add_runs_and_cannot_be_removed(qtbot, window):
    panel = window.runs_panel
    assert not window.runs_dock.isVisible()  # hidden until an experiment starts
    assert window.runs_dock.toggleViewAction() in window.menus["view_menu"].actions()
    window.runs_dock.show()
    assert cells(panel, 0) == ["Current run"] and cells(panel, 1) == ["—"]
    assert panel.empty.isVisible() and "Compare runs… (Ctrl+Shift+C)" in panel.empty.text()
    assert "Sweep" in panel.empty.text()
    button = panel.table.cellWidget(0, 6)
    assert not button.isEnabled() and "cannot be removed" in button.toolTip()
    assert not panel.remove_row(0)
    panel.table.selectRow(0)
    assert not panel.remove_action.isEnabled()
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert cells(panel, 0) == ["Current run"]
    for column, text in enumerate(HEADERS[:6]):  # each column explains itself
        assert panel.table.horizontalHeaderItem(column).text() == text
        assert len(panel.table.horizontalHeaderItem(column).toolTip()) > 20
    assert panel.table.item(0, 0).foreground().color().name().lower() == palette.BLUE.lower()
    # the current run's row follows the controller's snapshots
    window.controller.step(7)
    qtbot.waitUntil(lambda: cells(panel, 2)[0] == f"{window.controller.latest.step:,}" != "0", timeout=TIMEOUT)
    assert cells(panel, 3)[0] == compact(window.controller.latest.train_loss)


def test_compared_runs_are_listed_and_b_is_removed_through_the_panel(qtbot, window):
    panel = window.runs_panel
    dialog = compare_three(qtbot, window, epochs=2)
    qtbot.waitUntil(lambda: window.runs_dock.isVisible(), timeout=TIMEOUT)  # shown when the comparison started
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    settled(qtbot, panel, ["finished"] * 3)
    frame = dialog.frame
    assert cells(panel, 0) == ["Current run", "A", "B", "C"]
    assert cells(panel, 1) == ["—", "—", "learning rate 0.1", "learning rate 0.3"]
    for i, run in enumerate(frame.runs, start=1):
        assert cells(panel, 2)[i] == f"{run.step:,}" and run.step > 0
        assert cells(panel, 3)[i] == compact(run.train_loss)
        assert cells(panel, 4)[i] == compact(run.test_loss)
        assert panel.table.item(i, 0).foreground().color().name().lower() == RUN_COLORS[i - 1].lower()
        for column in NUMBERS:
            assert panel.table.item(i, column).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not panel.empty.isVisible()
    a_button, b_button = panel.table.cellWidget(1, 6), panel.table.cellWidget(2, 6)
    assert not a_button.isEnabled() and "copy of the current run" in a_button.toolTip()
    assert b_button.isEnabled() and "Remove run B" in b_button.toolTip()

    QTest.mouseClick(b_button, Qt.MouseButton.LeftButton)
    assert cells(panel, 0) == ["Current run", "A", "B"]  # C moved up to B
    assert cells(panel, 1) == ["—", "—", "learning rate 0.3"]
    assert not any("0.1" in text for text in cells(panel, 1))
    assert [hp.learning_rate for hp in dialog.table.runs] == [0.03, 0.3]
    assert [hp.learning_rate for hp in dialog.trained] == [0.03, 0.3]
    assert len(dialog.frame.runs) == 2 and len(dialog.histories) == 2 and len(dialog.losses.curves) == 2
    assert len(dialog.maps.titles) == 2 and "B differs: learning rate 0.3" in dialog.differences.text()
    assert cells(panel, 3)[2] == compact(frame.runs[2].train_loss)  # the old C's numbers, now B's
    # A and one more run: the comparison keeps them
    assert not panel.table.cellWidget(2, 6).isEnabled()
    assert "at least one other run" in panel.table.cellWidget(2, 6).toolTip()
    assert not panel.remove_row(2) and len(dialog.trained) == 2


def test_removing_a_run_while_the_comparison_trains_stops_it_first(qtbot, window):
    panel = window.runs_panel
    dialog = compare_three(qtbot, window, epochs=10_000)
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.runs[0].step >= 5, timeout=TIMEOUT)
    settled(qtbot, panel, ["training"] * 3)
    panel.table.setFocus()
    panel.table.selectRow(3)  # C
    assert panel.remove_action.isEnabled()
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert not dialog.running and dialog.run_thread is None
    assert cells(panel, 0) == ["Current run", "A", "B"] and cells(panel, 1)[2] == "learning rate 0.1"
    assert cells(panel, 5)[1:] == ["stopped", "stopped"]
    # the dock showed itself once; closed, it stays closed when the next comparison starts
    window.runs_dock.close()
    dialog.epochs.setValue(1)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    assert not window.runs_dock.isVisible()


def test_sweep_runs_are_listed_and_removed_and_leave_with_their_dialog(qtbot, window):
    panel = window.runs_panel
    dialog = open_sweep(window)
    dialog.low.setText("0.01")
    dialog.high.setText("1")
    dialog.log.setChecked(True)
    dialog.runs.setValue(3)
    dialog.epochs.setValue(2)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.frame is not None and dialog.frame.finished and not dialog.running,
                    timeout=TIMEOUT)
    assert window.runs_dock.isVisible() and window.loss_dock.visibleRegion().isEmpty()  # the Runs tab in front
    settled(qtbot, panel, ["finished"] * 3)
    assert cells(panel, 0) == ["Current run", "lr 0.01", "lr 0.1", "lr 1"]
    assert cells(panel, 1)[1:] == ["learning rate 0.01", "learning rate 0.1", "learning rate 1"]
    best = dialog.frame.best()
    for i, run in enumerate(dialog.frame.runs, start=1):
        assert cells(panel, 2)[i] == f"{run.step:,}" and cells(panel, 3)[i] == compact(run.train_loss)
        color = palette.BLUISH_GREEN if i - 1 == best else palette.BLUE  # as the sweep's plot draws them
        assert panel.table.item(i, 0).foreground().color().name().lower() == color.lower()
    QTest.mouseClick(panel.table.cellWidget(2, 6), Qt.MouseButton.LeftButton)  # lr 0.1
    assert cells(panel, 0) == ["Current run", "lr 0.01", "lr 1"]
    assert [run.value for run in dialog.frame.runs] == [0.01, 1.0] and len(dialog.multiples.titles) == 2
    assert "Removed the run with lr 0.1" in dialog.progress.text()
    dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: window.sweep.dialog is None and cells(panel, 0) == ["Current run"], timeout=TIMEOUT)
    assert panel.empty.isVisible()
    # the Runs dock is a tab beside the loss's: with no experiment left, the loss comes back to the front
    assert window.runs_dock in window.tabifiedDockWidgets(window.loss_dock)
    qtbot.waitUntil(lambda: not window.loss_dock.visibleRegion().isEmpty(), timeout=TIMEOUT)


def test_refreshes_are_coalesced_and_unchanged_cells_kept(qtbot, window):
    panel = window.runs_panel
    window.runs_dock.show()
    qtbot.waitUntil(lambda: not panel.timer.isActive(), timeout=TIMEOUT)
    before = panel.refreshes
    for _ in range(50):
        panel.schedule()
    assert panel.refreshes == before and panel.timer.isActive()  # one refresh for them all, REFRESH_MS later
    qtbot.waitUntil(lambda: panel.refreshes == before + 1, timeout=TIMEOUT)
    changed = []
    panel.table.itemChanged.connect(changed.append)
    panel.refresh()
    assert changed == []  # nothing changed: no cell is set again
