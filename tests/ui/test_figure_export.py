"""File → Export → Figure and Window as PNG: real files from the real views, through the real menu actions."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QImage

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def window(qtbot, make_window):
    win = make_window(size=(1200, 800))
    with qtbot.waitSignal(win.controller.snapshot_ready, timeout=5000):
        win.controller.step(30)
    qtbot.waitUntil(lambda: win.controller.latest.step == 30, timeout=5000)
    return win

@pytest.fixture
def answers(window, monkeypatch):
    """The save dialog answers with the paths in this list; error messages are collected instead of shown."""
    export = window.figure_export
    paths: list = []
    asked: list[str] = []
    errors: list[str] = []

    def ask(title, name, filters):
        asked.append(name)
        return paths.pop(0) if paths else None

    monkeypatch.setattr(export, "ask_path", ask)
    monkeypatch.setattr(export, "report_error", errors.append)
    return paths, asked, errors


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def figure_action(window, key):
    menu = window.figure_export.figure_menu
    menu.aboutToShow.emit()  # the entries are built when the menu opens
    return next(a for a in menu.actions() if a.objectName() == f"export_{key}")


def test_canvas_png_through_the_menu(qtbot, window, answers, tmp_path):
    paths, asked, errors = answers
    paths.append(tmp_path / "canvas.png")
    figure_action(window, "canvas").trigger()
    assert errors == []
    assert asked == ["circle-step-30-canvas.png"]  # the default name: dataset, step, view
    width, height = png_size(tmp_path / "canvas.png")
    plot = window.canvas.getPlotItem().sceneBoundingRect()
    assert (width, height) == (pytest.approx(2 * plot.width(), abs=2), pytest.approx(2 * plot.height(), abs=2))
    image = QImage(str(tmp_path / "canvas.png"))
    assert not image.isNull()
    assert image.pixelColor(width // 2, height // 2).name() != "#ffffff"  # the output map, not an empty picture
    assert "canvas.png" in window.statusBar().currentMessage()


def test_canvas_svg_is_xml_with_paths(qtbot, window, answers, tmp_path):
    assert pyside_version.startswith("6.10.")  # pyqtgraph's SVG export breaks on Qt 6.11+ (docs/architecture.md)
    paths, _asked, errors = answers
    paths.append(tmp_path / "canvas.svg")
    figure_action(window, "canvas").trigger()
    assert errors == []
    root = ET.parse(tmp_path / "canvas.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    tags = [element.tag.rsplit("}", 1)[-1] for element in root.iter()]
    assert tags.count("path") > 20  # axes, ticks, the decision boundary, every point
    assert "image" in tags  # the output map
    assert any("x2" in (element.text or "") for element in root.iter())  # axis labels are text


@pytest.mark.parametrize("key", ["loss", "traces"])
def test_every_plot_exports_to_png_and_svg(qtbot, window, answers, tmp_path, key):
    paths, _asked, errors = answers
    paths += [tmp_path / f"{key}.png", tmp_path / f"{key}.svg"]
    figure_action(window, key).trigger()
    figure_action(window, key).trigger()
    assert errors == []
    assert min(png_size(tmp_path / f"{key}.png")) > 50
    root = ET.parse(tmp_path / f"{key}.svg").getroot()
    assert any(element.tag.endswith("path") for element in root.iter())


def test_every_pyqtgraph_view_is_offered(window):
    import pyqtgraph as pg

    keys = [figure.key for figure in window.figure_export.figures()]
    assert keys[:3] == ["canvas", "loss", "traces"]
    assert len(keys) == len(set(keys)) == len(window.findChildren(pg.GraphicsView))


def test_window_png(qtbot, window, answers, tmp_path):
    paths, asked, errors = answers
    paths.append(tmp_path / "shot")  # no ending: .png is added
    window.figure_export.window_action.trigger()
    assert errors == []
    assert asked == ["circle-step-30-window.png"]
    assert png_size(tmp_path / "shot.png") == (window.width(), window.height())


def test_a_failed_export_says_why_and_leaves_no_file(qtbot, window, answers, tmp_path):
    paths, _asked, errors = answers
    target = tmp_path / "missing-folder" / "canvas.png"
    paths.append(target)
    figure_action(window, "canvas").trigger()
    assert len(errors) == 1 and str(target) in errors[0]
    assert not target.exists()


def test_cancelled_dialog_writes_nothing(qtbot, window, answers, tmp_path):
    _paths, asked, errors = answers
    assert window.figure_export.save_figure(window.figure_export.figure("canvas")) is None
    assert asked and errors == [] and list(tmp_path.iterdir()) == []


def test_export_submenu_sits_in_the_file_menu_above_quit(window):
    window.file_menu.aboutToShow.emit()
    actions = window.file_menu.actions()
    export = window.export_menu.menuAction()
    assert export in actions
    quit_index = actions.index(window.quit_action)
    assert actions.index(export) < quit_index
    assert all(a.isSeparator() for a in actions[actions.index(export) + 1 : quit_index])
    titles = [a.text() for a in window.export_menu.actions()]
    assert "&Figure" in titles and "&Window as PNG…" in titles and "Record &GIF…" in titles
