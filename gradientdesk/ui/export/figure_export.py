"""File → Export → figures: any pyqtgraph view of the window as PNG (drawn at `PNG_SCALE` times the screen
resolution, as a high-DPI screen would: see `render_png`) or SVG (pyqtgraph's SVGExporter: vector lines and text),
and the whole window as PNG (QWidget.grab).

Every file is written through QSaveFile, so a failed export never leaves half a file. Default names say what and
when: "circle-step-3000-canvas.png". Exporting in presentation mode gives slide-ready figures (thick lines, large
text). The loss plot and the parameter traces also offer "Save
figure…" on a right click (not the canvas: there the right button erases points).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRectF,
    QSaveFile,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtWidgets import QDockWidget, QFileDialog, QGraphicsItem, QMenu, QMessageBox, QWidget

from ...bridge.controller import Controller
from ..i18n import fill, in_sentence

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

PNG_SCALE = 2
PNG_FILTER = QT_TRANSLATE_NOOP("FigureExport", "PNG image (*.png)")  # shown translated
SVG_FILTER = QT_TRANSLATE_NOOP("FigureExport", "SVG vector drawing (*.svg)")
LAST_DIRECTORY_KEY = "export/directory"


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


@dataclass(frozen=True)
class Figure:
    """One exportable view: `key` goes into file names ("canvas"), `title` into menus."""

    key: str
    title: str
    view: pg.GraphicsView


# ---- finding the views -------------------------------------------------------------------------------------------
def figures(named: Sequence[Figure], root: QWidget) -> list[Figure]:
    """The `named` figures (the canvas, the loss plot, the parameter traces), then every other pyqtgraph view under
    `root` (named after its dock), in that order."""
    found = list(named)
    known = {id(f.view) for f in found}
    others: dict[str, list[pg.GraphicsView]] = {}  # title -> views (a dock may hold several)
    names: dict[str, str] = {}
    for view in root.findChildren(pg.GraphicsView):
        if id(view) in known:
            continue
        dock = _dock_of(view)
        title = (dock.windowTitle().split(" — ")[0] if dock is not None
                 else view.objectName() or translate("FigureExport", "View"))
        others.setdefault(title, []).append(view)
        names[title] = _slug(dock.objectName().removesuffix("_dock") if dock is not None and dock.objectName()
                             else title)
    for title, views in others.items():
        for number, view in enumerate(views, start=1):
            if len(views) == 1:
                found.append(Figure(names[title], title, view))
            else:  # "Update inspector (2)", "update-inspector-2"
                found.append(Figure(f"{names[title]}-{number}", f"{title} ({number})", view))
    return found


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "figure"


def export_target(view: pg.GraphicsView):
    """What pyqtgraph's exporters export for `view`: the PlotItem of a PlotWidget, the layout of a
    GraphicsLayoutWidget, else the whole scene."""
    if isinstance(view, pg.PlotWidget):
        return view.getPlotItem()
    if isinstance(view, pg.GraphicsLayoutWidget):
        return view.ci
    return view.scene()


def default_name(controller: Controller, key: str, suffix: str) -> str:
    """"circle-step-3000-canvas.png": the dataset, the step shown, the view."""
    dataset = _slug(controller.data.name or "data")
    latest = controller.latest
    step = latest.step if latest is not None else 0
    return f"{dataset}-step-{step}-{key}.{suffix}"


# ---- writing -----------------------------------------------------------------------------------------------------
def write_atomically(path: Path, write) -> None:
    """Open `path` with QSaveFile, call write(device), commit: the file appears whole or not at all."""
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(fill(translate("FigureExport", "Cannot write %1: %2"), path, out.errorString()))
    try:
        write(out)
    except Exception:
        out.cancelWriting()
        raise
    if not out.commit():
        raise ExportError(fill(translate("FigureExport", "Cannot write %1: %2"), path, out.errorString()))


def _write_image(path: Path, image: QImage) -> None:
    def write(device) -> None:
        if image.isNull() or not image.save(device, "PNG"):
            raise ExportError(fill(translate("FigureExport", "Cannot encode the image for %1"), path))
    write_atomically(path, write)


def render_png(view: pg.GraphicsView, scale: float = PNG_SCALE) -> QImage:
    """The export target of `view` drawn into an image with `scale` device pixels per screen pixel.

    This is how a high-DPI screen draws the view: text, points and cosmetic (1 px) lines all grow by `scale`, so
    the figure looks like the view, only sharper. (pyqtgraph's ImageExporter, asked for a larger image, keeps
    cosmetic lines at 1 px and legend text at its screen size: thin and tiny on a slide.)"""
    target = export_target(view)
    if isinstance(target, QGraphicsItem):
        source = target.sceneBoundingRect()
    else:
        source = view.mapToScene(view.viewport().rect()).boundingRect()
    size = QSize(max(1, math.ceil(source.width() * scale)), max(1, math.ceil(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(view.backgroundBrush().color() if view.backgroundBrush().style() != Qt.BrushStyle.NoBrush
               else QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)  # a file has pixels, not logical pixels
    return image


def export_png(view: pg.GraphicsView, path: Path, scale: float = PNG_SCALE) -> tuple[int, int]:
    """`view` as a PNG at `path`, `scale` times the screen resolution; returns (width, height) in pixels."""
    image = render_png(view, scale)
    _write_image(path, image)
    return image.width(), image.height()


def export_svg(view: pg.GraphicsView, path: Path) -> int:
    """Write `view` as an SVG drawing (vector lines and text, images embedded); returns its size in bytes."""
    data = pg_exporters.SVGExporter(export_target(view)).export(toBytes=True)
    write_atomically(path, lambda device: device.write(data))
    return len(data)


def export_window(window: QWidget, path: Path) -> tuple[int, int]:
    """The whole window as it is on screen, as a PNG; returns (width, height)."""
    image = window.grab().toImage()
    _write_image(path, image)
    return image.width(), image.height()


class FigureExport:
    """The figure entries of File → Export: a Figure submenu (the `named` views first, then every other pyqtgraph
    view under `window`) and "Window as PNG…". `settings` remembers the export folder, `status` shows what was
    saved; `ask_path` and `report_error` are the two places that talk to the user (file dialog, message box)."""

    def __init__(self, window: QWidget, named: Sequence[Figure], controller: Controller,
                 settings: QSettings | None, status: Callable[[str], None]) -> None:
        self.window, self.named, self.controller, self.settings, self.status = (window, tuple(named), controller,
                                                                               settings, status)
        self.figure_menu = QMenu(translate("FigureExport", "&Figure"), window)
        self.figure_menu.setToolTipsVisible(True)
        self.figure_menu.aboutToShow.connect(self._fill_figure_menu)
        self.window_action = QAction(translate("FigureExport", "&Window as PNG…"), window)
        self.window_action.setStatusTip(translate("FigureExport", "Save a picture of the whole window, as it is now."))
        self.window_action.triggered.connect(self.save_window)
        self._fill_figure_menu()
        for figure in self.named:
            if figure.key in ("loss", "traces"):  # the canvas's right button erases points
                figure.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                figure.view.customContextMenuRequested.connect(
                    lambda pos, f=figure: self._context_menu(f, pos))

    def actions(self) -> dict[str, QAction | QMenu]:
        """File → Export's figure entries by menu id (see ui/window/menus.py)."""
        return {"export.figure": self.figure_menu, "export.window": self.window_action}

    def figures(self) -> list[Figure]:
        return figures(self.named, self.window)

    def _fill_figure_menu(self) -> None:
        self.figure_menu.clear()
        for figure in self.figures():
            action = self.figure_menu.addAction(f"{figure.title}…")
            action.setObjectName(f"export_{figure.key}")
            action.setStatusTip(fill(translate("FigureExport", "Save the %1 as a PNG image or an SVG drawing."),
                                     in_sentence(figure.title)))
            action.triggered.connect(lambda _=False, f=figure: self.save_figure(f))

    def _context_menu(self, figure: Figure, pos: QPoint) -> None:
        menu = QMenu(figure.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click: gone once it closes
        menu.addAction(translate("FigureExport", "Save figure…"), lambda: self.save_figure(figure))
        menu.popup(figure.view.mapToGlobal(pos))

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures() if f.key == key)

    # ---- actions --------------------------------------------------------------------------------------------------
    def save_figure(self, figure: Figure) -> Path | None:
        """Ask for a file (PNG or SVG by its ending) and export `figure` there."""
        path = self.ask_path(fill(translate("FigureExport", "Export %1"), in_sentence(figure.title)),
                             default_name(self.controller, figure.key, "png"),
                             ";;".join(translate("FigureExport", name) for name in (PNG_FILTER, SVG_FILTER)))
        if path is None:
            return None
        try:
            if path.suffix.lower() == ".svg":
                size = export_svg(figure.view, path)
                self._done(fill(translate("FigureExport", "Saved %1 (%2 KB)"), path.name, f"{size / 1024:.0f}"))
            else:
                path = path.with_suffix(".png") if path.suffix.lower() != ".png" else path
                width, height = export_png(figure.view, path)
                self._done(fill(translate("FigureExport", "Saved %1 (%2×%3 px)"), path.name, width, height))
        except Exception as error:  # any failure (disk, exporter) is a message, never a traceback
            self.report_error(fill(translate("FigureExport", "Could not export the %1 to %2.\n\n%3"),
                                   in_sentence(figure.title), path, error))
            return None
        return path

    def save_window(self) -> Path | None:
        path = self.ask_path(translate("FigureExport", "Export window"), default_name(self.controller, "window", "png"),
                             translate("FigureExport", PNG_FILTER))
        if path is None:
            return None
        path = path.with_suffix(".png") if path.suffix.lower() != ".png" else path
        try:
            width, height = export_window(self.window, path)
        except Exception as error:
            self.report_error(fill(translate("FigureExport", "Could not export the window to %1.\n\n%2"), path, error))
            return None
        self._done(fill(translate("FigureExport", "Saved %1 (%2×%3 px)"), path.name, width, height))
        return path

    # ---- talking to the user --------------------------------------------------------------------------------------
    def ask_path(self, title: str, name: str, filters: str) -> Path | None:
        """A save dialog that starts in the last export folder; None when cancelled."""
        settings = self.settings
        folder = settings.value(LAST_DIRECTORY_KEY) if settings is not None else None
        if not isinstance(folder, str) or not Path(folder).is_dir():
            pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            folder = pictures or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / name), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if settings is not None:
            settings.setValue(LAST_DIRECTORY_KEY, str(path.parent))
        return path

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("FigureExport", "Export failed"), message)

    def _done(self, message: str) -> None:
        self.status(message)

