"""The main window is the one composer: menus and docks appear exactly as declared in ui/window/menus.py and
ui/window/docks.py, and no feature attaches itself to the window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from gradientdesk.ui.window.docks import DOCK_LAYOUT
from gradientdesk.ui.window.menus import MENU_BAR, SEPARATOR, Submenu, build_menu_bar, declared_ids


def entries_of(menu: QMenu) -> list[str]:
    """A menu's entries as text: action texts, submenu titles and SEPARATOR."""
    return [SEPARATOR if a.isSeparator() else a.text() for a in menu.actions()]


def test_the_menu_bar_is_the_declared_one_in_order(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [menu.title for menu in MENU_BAR]
    for spec in MENU_BAR:
        menu = window.menus[spec.name]
        assert menu.title() == spec.title
        separators = [i for i, text in enumerate(entries_of(menu)) if text == SEPARATOR]
        assert len(separators) == sum(1 for e in spec.entries if e == SEPARATOR)


def test_file_menu_reads_top_to_bottom_with_export_above_quit(window):
    texts = [t.replace("&", "") for t in entries_of(window.file_menu)]
    assert texts[:3] == ["New", "Open...", "Open Recent"]
    assert texts.index("Export") < texts.index("Quit") == len(texts) - 1
    assert texts[texts.index("Export") + 1] == SEPARATOR
    export = [t.replace("&", "") for t in entries_of(window.export_menu)]
    assert export == ["Figure", "Window as PNG…", "Record GIF…"]


def test_every_view_and_feature_action_is_in_a_menu(window):
    in_menus: set[int] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            in_menus.add(id(action))
            if action.menu() is not None:
                walk(action.menu())

    for menu in window.menus.values():
        walk(menu)
    wanted = [window.presentation.action, window.presentation.options_action, window.gif_recording.action,
              window.figure_export.window_action, window.file_actions.save_action, window.lessons.next_action,
              *window.lessons.lesson_actions, *window.stage.view_actions.values(),
              window.stage.canvas_action, window.stage.wall_action,
              window.training_bar.play_action, window.undo_action]
    assert all(id(action) in in_menus for action in wanted)


def test_docks_are_the_declared_ones(window):
    assert set(window.docks) == {spec.name for spec in DOCK_LAYOUT}
    for spec in DOCK_LAYOUT:
        dock = window.docks[spec.name]
        assert dock.objectName() == f"{spec.name}_dock"
        assert dock.parent() is window
        assert spec.title.startswith(dock.windowTitle())
    assert not any(window.tabifiedDockWidgets(dock) for dock in window.docks.values())  # no strip of tabs
    assert not window.docks["lesson"].isVisible()  # no lesson open


def test_the_stage_holds_the_canvas_and_every_inspection_view(window):
    assert window.centralWidget() is window.stage
    assert window.stage.isAncestorOf(window.canvas)
    for view in (window.network_diagram, window.weight_maps, window.traces, window.update_inspector,
                 window.landscape_view, window.forward_pass):
        assert window.stage.isAncestorOf(view)


def test_the_menu_builder_refuses_a_missing_or_an_undeclared_entry(qtbot):
    bar = QMenuBar()
    qtbot.addWidget(bar)
    layout = (Submenu("&Demo", "demo_menu", ("demo.one", SEPARATOR, Submenu("&Sub", "sub_menu", ("demo.two",)))),)
    one, two, extra = QAction("One", bar), QAction("Two", bar), QAction("Extra", bar)
    assert declared_ids(layout) == ["demo.one", "demo.two"]
    with pytest.raises(KeyError, match=r"demo\.two"):
        build_menu_bar(bar, {"demo.one": one}, layout)
    with pytest.raises(ValueError, match=r"demo\.extra"):
        build_menu_bar(bar, {"demo.one": one, "demo.two": two, "demo.extra": extra}, layout)
    built = build_menu_bar(bar, {"demo.one": one, "demo.two": [two]}, layout)
    assert set(built) == {"demo_menu", "sub_menu"}
    assert built["sub_menu"].actions() == [two]


def test_the_title_follows_the_document_and_the_data(qtbot, window):
    window.controller.load_preset("moons")
    assert window.windowTitle().startswith("Untitled[*] — GradientDesk — ") and "moons" in window.windowTitle()
    window.file_actions.document.reset(None, title="x")
    assert not window.isWindowModified()


def test_a_closed_window_is_deleted_with_everything_it_holds(qtbot, thread_watch):
    import gc
    import weakref

    import shiboken6
    from PySide6.QtWidgets import QApplication
    from qt_cleanup import delete_now

    from gradientdesk.ui.window.main_window import MainWindow

    gc.collect()  # what earlier tests left for the collector
    top_level_before = len(QApplication.topLevelWidgets())
    win = MainWindow(settings=None)
    win.show()
    with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
        win.start()
    parts = [win.controller, win.canvas, win.network_diagram, win.landscape_view, win.lessons.dock,
             win.file_actions, win.presentation, win.gif_recording.indicator, win.menus["file_menu"]]
    assert len(QApplication.topLevelWidgets()) > top_level_before
    delete_now(win)
    assert thread_watch.running() == []
    assert not shiboken6.isValid(win) and not any(shiboken6.isValid(part) for part in parts)
    ref = weakref.ref(win)
    del win, parts
    gc.collect()  # its Python wrappers hold each other (features keep their parent); nothing else holds them
    assert ref() is None
    # pyqtgraph's context menus have no parent: they go with the wrappers of their plots, and none is left behind
    assert len(QApplication.topLevelWidgets()) == top_level_before
