"""Fixtures for GUI tests: a started Controller that is always shut down, and main windows that are closed and
deleted after the test."""

from __future__ import annotations

import pytest
from qt_cleanup import delete_now


@pytest.fixture
def controller(qtbot):
    """A real Controller with its worker thread running on the default example (circle, 2-4-2-1 network).
    Its first snapshot has arrived when the test starts."""
    from gradientdesk.bridge.controller import Controller

    ctrl = Controller()
    # views acknowledge frames after painting; tests without a window acknowledge at once
    ctrl.snapshot_ready.connect(lambda _snap: ctrl.frame_drawn())
    with qtbot.waitSignal(ctrl.snapshot_ready, timeout=5000):
        ctrl.start()
    yield ctrl
    assert ctrl.shutdown(), "the worker thread did not stop within a second"
    delete_now(ctrl)


@pytest.fixture
def make_window(qtbot, thread_watch):
    """A factory of real, shown MainWindows whose worker has published its first snapshot:
    `make_window(settings=None, size=None)`. Every window is closed after the test without a save question and
    deleted (with every view and feature it holds), and no worker thread may be left running."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gradientdesk.ui.window.main_window import MainWindow

    windows = []

    def make(settings=None, size: tuple[int, int] | None = None):
        win = MainWindow(settings=settings)
        windows.append(win)
        if size is not None:
            win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
            win.start()
        return win

    yield make
    for win in windows:
        win.file_actions.confirm_on_close = False  # a test may have switched the question on
        win.file_actions.ask_unsaved = lambda: "discard"
        win.close()
    assert thread_watch.running() == []
    delete_now(*windows)


@pytest.fixture
def window(make_window):
    """The main window as a learner first sees it (default size), started."""
    return make_window()


@pytest.fixture
def diagram(qtbot, controller):
    """A shown network diagram of the `controller`'s model, laid out."""
    from gradientdesk.ui.inspect.network_diagram import NetworkDiagram

    view = NetworkDiagram(controller)
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.geometry_ is not None, timeout=3000)
    return view


# ---- languages: the translation tests' fixtures ---------------------------------------------------------------------
@pytest.fixture
def language():
    """Install a language (a code, or a QTranslator) for the windows made after it; English and the default locale
    come back after the test."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from gradientdesk.ui import i18n

    app = QApplication.instance()
    locale = QLocale()
    extra: list[QTranslator] = []

    def use(choice: str | QTranslator) -> None:
        if isinstance(choice, QTranslator):
            app.installTranslator(choice)
            extra.append(choice)
        else:
            assert i18n.install(choice, app), f"no catalog loaded for {choice}"

    yield use
    for translator in extra:
        app.removeTranslator(translator)
    i18n.uninstall(app)
    QLocale.setDefault(locale)


@pytest.fixture
def pseudo(language):
    """The pseudo-locale (tests/ui/pseudo_locale.py) for what is made or said after it; its translator, whose
    `contexts` are the app's contexts read from the sources."""
    from pseudo_locale import PseudoTranslator

    translator = PseudoTranslator()
    language(translator)
    return translator
