"""The window fits the screen it opens on (issue 11, item 1), `--size WxH [--presentation] --screenshot` renders a
given screen (item 7), and without any display the app says so in one sentence (item 6)."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

from gradientdesk.app import NO_DISPLAY, build_parser, main, missing_display
from gradientdesk.ui.window.dock_titles import title_elided, title_room
from gradientdesk.ui.window.screen_fit import default_rect, default_size, fit_client_rect, fit_rect

REPO = Path(__file__).resolve().parents[2]
SCREENS = [(1280, 720), (1366, 768), (1920, 1080)]
# the window opened on each screen: all of a laptop's or projector's, 90% of a larger one, at most 1920x1200
EXPECTED = {(1280, 720): (1280, 720), (1366, 768): (1366, 768), (1920, 1080): (1728, 972),
            (3840, 2160): (1920, 1200)}
FRAME = 12  # px: a window that takes the whole screen is that much smaller with its frame (title bar, borders)


def _opens_at(size, screen) -> bool:
    """`size` (w, h) is the window's size on `screen`: EXPECTED, less its frame where it fills the screen."""
    (width, height), (want_w, want_h) = size, EXPECTED[screen]
    return want_w - FRAME <= width <= want_w and want_h - FRAME <= height <= want_h


# ---- the arithmetic ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("screen", [*SCREENS, (3840, 2160)])
def test_default_size_is_the_whole_small_screen_or_ninety_percent_of_a_large_one(screen):
    size = default_size(QSize(*screen))
    assert (size.width(), size.height()) == EXPECTED[screen]
    rect = default_rect(QRect(0, 30, *screen))  # a panel of 30 px at the top
    assert QRect(0, 30, *screen).contains(rect) and rect.size() == size


def test_fit_rect_shrinks_and_moves_into_the_available_area():
    available = QRect(0, 27, 1366, 741)
    assert fit_rect(QRect(100, 100, 800, 600), available) == QRect(100, 100, 800, 600)  # fits: unchanged
    assert fit_rect(QRect(0, 0, 1440, 900), available) == QRect(0, 27, 1366, 741)  # too large: the whole area
    assert fit_rect(QRect(900, 500, 800, 600), available) == QRect(566, 168, 800, 600)  # moved, not shrunk
    assert fit_rect(QRect(-3000, -50, 400, 300), available) == QRect(0, 27, 400, 300)  # from another screen
    second = QRect(1920, 0, 1280, 720)  # a second screen to the right
    assert fit_rect(QRect(1800, 100, 1440, 900), second) == second


def test_fit_client_rect_keeps_the_frame_on_screen():
    from PySide6.QtCore import QMargins

    client = fit_client_rect(QRect(0, 0, 1440, 900), QMargins(1, 30, 1, 1), QRect(0, 0, 1280, 720))
    assert client == QRect(1, 30, 1278, 689)


# ---- the window on a screen ----------------------------------------------------------------------------------------
def _real_screen_script(width: int, height: int, dpr: float, tmp_path: Path) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}]}))
    script = ("import json\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
              "from gradientdesk.ui.window.main_window import MainWindow\nw = MainWindow(settings=None)\nw.show()\n"
              "w.fit_to_screen()\napp.processEvents()\ns = w.screen()\n"
              "r, a, h = w.frameGeometry(), s.availableGeometry(), w.minimumSizeHint()\n"
              "print(json.dumps({'window': r.getRect(), 'available': a.getRect(), 'dpr': s.devicePixelRatio(),"
              " 'client': w.geometry().getRect(),"
              " 'hint': [h.width(), h.height()]}))\nw.controller.shutdown()\n")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("screen", "dpr"), [((1280, 720), 1), ((1366, 768), 1), ((1920, 1080), 1),
                                             ((1920, 1080), 2)])  # the last: a 3840x2160 screen at 200%
def test_the_window_opens_within_the_available_geometry_of_its_screen(screen, dpr, tmp_path):
    got = _real_screen_script(*screen, dpr, tmp_path)
    assert got["dpr"] == dpr
    window, available = QRect(*got["window"]), QRect(*got["available"])
    assert available.contains(window), (window, available)  # with its frame
    assert _opens_at(got["client"][2:], screen), got
    assert got["hint"][0] <= 1280 and got["hint"][1] <= 720


def test_a_remembered_geometry_too_large_for_this_screen_is_fitted_again(qtbot, tmp_path):
    from gradientdesk.ui.window.main_window import MainWindow

    path = str(tmp_path / "settings.ini")
    first = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.setGeometry(2500, 1400, 2400, 1500)  # on a larger screen that is no longer there
    first.file_actions.confirm_on_close = False
    first.close()
    first.controller.shutdown()
    second = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    available = second.available_geometry()
    assert available.contains(second.frameGeometry()), (second.frameGeometry(), available)
    second.set_virtual_screen(QRect(0, 0, 1280, 720))
    second.setGeometry(200, 100, 1600, 900)
    second.fit_to_screen()
    assert QRect(0, 0, 1280, 720).contains(second.frameGeometry())
    second.controller.shutdown()


def _on_virtual_screen(make_window, qtbot, screen, presenting):
    win = make_window()
    win.set_virtual_screen(QRect(0, 0, *screen))
    qtbot.wait(50)
    if presenting:
        win.presentation.set_active(True)
    qtbot.wait(100)
    return win


@pytest.mark.parametrize("screen", SCREENS)
def test_leaving_presentation_mode_restores_a_window_that_fits(make_window, qtbot, screen):
    win = _on_virtual_screen(make_window, qtbot, screen, presenting=True)
    assert win.size() == QSize(*screen)  # the presentation covers the screen
    assert win.minimumSizeHint().width() <= screen[0] and win.minimumSizeHint().height() <= screen[1]
    win.presentation.set_active(False)
    qtbot.wait(50)
    assert QRect(0, 0, *screen).contains(win.frameGeometry())
    assert _opens_at((win.width(), win.height()), screen)


# ---- what a learner sees at each size ------------------------------------------------------------------------------
CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractSlider)


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible and not inside a dock that is a tab behind another (Qt keeps those 'visible' off to the side)."""
    if not widget.isVisible():
        return False
    dock = widget if isinstance(widget, QDockWidget) else None
    parent = widget.parentWidget()
    while dock is None and parent is not None and parent is not window:
        dock = parent if isinstance(parent, QDockWidget) else None
        parent = parent.parentWidget()
    return dock is None or not dock.visibleRegion().isEmpty()


def _reachable_rect(control: QWidget, window: QWidget) -> QRect:
    """Where the control can be seen: itself, or the scroll area that scrolls it into view."""
    parent = control.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(control):
            control = parent
        parent = parent.parentWidget()
    return QRect(control.mapTo(window, QPoint(0, 0)), control.size())


def _elided_tabs(window) -> list[str]:
    out = []
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.parent() is window:
            out += [bar.tabText(i) for i in range(bar.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()]
    return out


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presenting"])
@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_at_each_screen_size_the_window_fits_with_whole_titles_and_every_control_inside(
        make_window, qtbot, screen, presenting):
    win = _on_virtual_screen(make_window, qtbot, screen, presenting)
    assert win.width() <= screen[0] and win.height() <= screen[1]
    docks = [d for d in win.findChildren(QDockWidget) if _shown(d, win)]
    expected = {"hyperparameters_dock", "loss_dock"} | (set() if presenting else {"parameters_dock"})
    assert {d.objectName() for d in docks} >= expected
    elided = [(d.windowTitle(), QFontMetrics(d.font()).horizontalAdvance(d.windowTitle()), title_room(d))
              for d in docks if title_elided(d)]
    assert elided == []
    outside = [(type(c).__name__, c.objectName(), _reachable_rect(c, win)) for kind in CONTROLS
               for c in win.findChildren(kind) if _shown(c, win) and not win.rect().contains(_reachable_rect(c, win))]
    assert outside == []
    # a panel that scrolls only vertically shows its whole width (else its text is cut off at the right)
    cut = [area.objectName() or type(area.parentWidget()).__name__ for area in win.findChildren(QScrollArea)
           if _shown(area, win) and area.widget() is not None
           and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
           and area.widget().width() > area.viewport().width()]
    assert cut == []


def _cut_buttons(win) -> list[str]:
    """The stage's view buttons narrower than their text needs, or outside the stage."""
    stage = win.stage
    return [button.text() for button in stage.buttons.values()
            if button.width() < button.sizeHint().width()
            or not stage.rect().contains(QRect(button.mapTo(stage, QPoint(0, 0)), button.size()))]


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presenting"])
@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_the_stage_shows_the_canvas_and_one_view_with_room_and_whole_names(make_window, qtbot, screen, presenting):
    win = _on_virtual_screen(make_window, qtbot, screen, presenting)
    qtbot.waitUntil(lambda: win.network_diagram.isVisible() and win.canvas.isVisible(), timeout=3000)
    assert _elided_tabs(win) == [] and _cut_buttons(win) == []
    canvas, view = win.canvas, win.network_diagram
    canvas_rect = QRect(canvas.mapTo(win, QPoint(0, 0)), canvas.size())
    view_rect = QRect(view.mapTo(win, QPoint(0, 0)), view.size())
    assert not canvas_rect.intersects(view_rect) and win.rect().contains(canvas_rect | view_rect)
    # the plot inside the canvas fits it: its legend wraps (one long line made the plot wider and cut the data off)
    qtbot.waitUntil(lambda: canvas.getPlotItem().geometry().width() <= canvas.width() + 1, timeout=2000)
    # side by side, each with room (the view alone was ~230 px tall in the strip of tabs under the canvas)
    assert canvas.width() >= 280 and view.width() >= 340 and view.height() >= 330
    if presenting:  # the projector's stage: the canvas takes most of the height
        assert canvas.height() >= 0.55 * screen[1]
    # the diagram's neurons: thumbnails, not dots (48 px asked for a 2-4-2-1 network at 1366x768)
    qtbot.waitUntil(lambda: win.network_diagram.geometry_ is not None, timeout=3000)
    assert win.network_diagram.geometry_.node >= (40 if screen[0] < 1366 else 48)


# ---- the command line ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1366", "1366x", "x768", "axb", "100x100", "8000x4000", "1366x5000"])
def test_size_must_be_a_screen_size(text, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--size", text, "--screenshot", "x.png"])
    assert exit_info.value.code == 2
    assert "--size" in capsys.readouterr().err


def test_size_and_presentation_are_parsed():
    args = build_parser().parse_args(["--size", "1366x768", "--presentation", "--screenshot", "s.png"])
    assert args.size == (1366, 768) and args.presentation


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presenting"])
@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_screenshot_of_a_given_screen_size(tmp_path, screen, presenting):
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    argv = [sys.executable, "-m", "gradientdesk", "--size", f"{screen[0]}x{screen[1]}", "--screenshot", str(shot)]
    result = subprocess.run(argv + (["--presentation"] if presenting else []), capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _png_size(shot) == screen if presenting else _opens_at(_png_size(shot), screen)


@pytest.mark.parametrize("view", ["landscape", "all"])
def test_screenshot_of_a_chosen_stage_view(tmp_path, view):
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    argv = [sys.executable, "-m", "gradientdesk", "--size", "1366x768", "--view", view, "--steps", "20",
            "--screenshot", str(shot)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _opens_at(_png_size(shot), (1366, 768))  # every view at once still fits the screen


def test_an_unknown_view_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--view", "nowhere", "--screenshot", "x.png"])
    assert exit_info.value.code == 2
    assert "--view" in capsys.readouterr().err


# ---- no display ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("env", "platform", "missing"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen:configfile=/x.json"}, "linux", False),
    ({"QT_QPA_PLATFORM": "minimal"}, "linux", False),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_missing_display(env, platform, missing):
    assert (missing_display(env, platform) == NO_DISPLAY) is missing


def test_without_a_display_the_app_says_so_in_one_sentence_and_exits_1(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "gradientdesk"], capture_output=True, text=True, timeout=60,
                            env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == NO_DISPLAY
    assert "QT_QPA_PLATFORM=offscreen" in NO_DISPLAY and NO_DISPLAY.count(". ") == 0


def test_every_lesson_shows_all_its_steps_at_1366x768(make_window, qtbot):
    """The Lesson panel showed 2.5 steps in the normal window (issue 11, item 5)."""
    win = make_window()
    win.set_virtual_screen(QRect(0, 0, 1366, 768))
    for index in range(len(win.lessons.catalogue)):
        win.file_actions.document.modified = False  # a lesson run is not work to keep
        assert win.lessons.open_lesson(index)
        panel = win.lessons.panel
        viewport = panel.scroll.viewport()
        qtbot.waitUntil(lambda p=panel: p.steps and p.steps[0].isVisible(), timeout=3000)
        qtbot.wait(50)  # the dock's share of the column is set once it is laid out
        cut = [row.text[:30] for row in panel.steps
               if not viewport.rect().contains(QRect(row.mapTo(viewport, QPoint(0, 0)), row.size()))]
        assert cut == [], (index, viewport.size())
