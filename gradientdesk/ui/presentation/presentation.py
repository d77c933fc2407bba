"""Presentation mode (F5): the window for the front of a classroom, and exactly back again (F5 or Esc).

While it is on: the stage (canvas and one view) takes the screen — every dock and toolbar but the ones it `keep`s
(training bar, loss) is hidden, the hyperparameters stay on the left unless "hide advanced controls" is chosen, and
the loss moves into the left column under them (the stage keeps the full height and the rest of the width); fonts
`scale` times as large (the application font, every font a widget set for itself, the parameter table's fonts, rows
and columns, the toolbar icons), a presenting `Theme` for every plot (thicker lines, bigger points, larger text: the
window hands it to each view, which rebuilds from it), optionally full screen and a high-contrast palette. Leaving
it puts back what was saved on entering: geometry, window state, dock layout (saveState / restoreState), visibility,
fonts, palette, and the desk's Theme.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QCoreApplication, QMargins, QObject, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QMainWindow,
    QStyle,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..theme import palette
from ..theme.theme import Theme
from ..window.screen_fit import fit_client_rect
from .options import PresentationDialog, PresentationOptions

translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)

STATE_VERSION = 0x6D5  # our own saveState / restoreState pair: any number, as long as both use it
MAX_DOCK_SHARE = (0.22, 0.33)  # of the window's width (docks beside the stage) / height (docks below it)
LOSS_SHARE = 0.5  # of the left column's height for the loss, under the hyperparameters (which scroll)
BOLD_WIDTH = 1.12  # bold text (high contrast) is about this much wider: table columns grow by it too


@runtime_checkable
class FontedModel(Protocol):
    """An item model whose cells use a font it keeps (`name_font`) and takes a new one by `set_font`."""

    name_font: QFont

    def set_font(self, font: QFont) -> None: ...


@dataclass
class _Saved:
    """What entering presentation mode changed, to put back on leaving."""

    geometry: QByteArray
    rect: QRect
    frame_rect: QRect  # with the window's frame: on leaving, that must fit the screen
    state: QByteArray
    window_state: Qt.WindowState
    visible: dict[QWidget, bool]
    app_font: QFont
    app_palette: QPalette
    widget_fonts: list[tuple[QWidget, QFont | None]] = field(default_factory=list)  # None: was not set
    views: list[tuple[QAbstractItemView, int, list[int]]] = field(default_factory=list)
    model_fonts: list[tuple[FontedModel, QFont]] = field(default_factory=list)
    icons: list[tuple[QToolBar, object]] = field(default_factory=list)
    button_style: Qt.ToolButtonStyle | None = None


def high_contrast_palette(base: QPalette) -> QPalette:
    """Black text on white, a strong blue selection, darker disabled text: what survives a washed-out projector."""
    pal = QPalette(base)
    colors = {QPalette.ColorRole.WindowText: "#000000", QPalette.ColorRole.Text: "#000000",
              QPalette.ColorRole.ButtonText: "#000000", QPalette.ColorRole.Window: "#FFFFFF",
              QPalette.ColorRole.Base: "#FFFFFF", QPalette.ColorRole.AlternateBase: "#EDEDED",
              QPalette.ColorRole.Button: "#E8E8E8", QPalette.ColorRole.Highlight: palette.BLUE,
              QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#FFFFE0",
              QPalette.ColorRole.ToolTipText: "#000000", QPalette.ColorRole.PlaceholderText: "#3C3C3C"}
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in colors.items():
            pal.setColor(group, role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#505050"))
    return pal


class PresentationMode(QObject):
    """Presentation mode of `window`. `action` toggles it (F5), `leave_action` leaves it (Esc, enabled only while on),
    `options_action` opens the options; `changed(active)` says it happened. `set_theme` gives the plots a Theme
    (the presenting one on entering, `desk_theme` on leaving). Presenting keeps only the docks and toolbars in
    `keep`, and those in `advanced` unless "hide advanced controls" is chosen; `beside` (a dock) moves into the
    left column, under the first of `advanced` when that is kept; `unscaled` widgets keep the desk's font (the
    stage's view buttons: one row); `toolbar` is the bar whose button for `action` shows only its icon while
    presenting; `settings` remembers the options. `available()` is the area the window may take (the screen's
    available geometry); `virtual_screen()` a screen that is not there (--size WxH), which presentation mode
    covers instead of going full screen, or None."""

    changed = Signal(bool)

    def __init__(self, window: QMainWindow, settings: QSettings | None, keep: Sequence[QWidget], toolbar: QToolBar,
                 set_theme: Callable[[Theme], None], desk_theme: Theme,
                 advanced: Sequence[QWidget] = (), beside: QDockWidget | None = None,
                 unscaled: Sequence[QWidget] = (),
                 available: Callable[[], QRect] | None = None,
                 virtual_screen: Callable[[], QRect | None] = lambda: None) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.available = available or (lambda: window.screen().availableGeometry())
        self.virtual_screen = virtual_screen
        self.keep, self.advanced, self.beside, self.toolbar = tuple(keep), tuple(advanced), beside, toolbar
        self.unscaled = tuple(unscaled)
        self.set_theme, self.desk_theme = set_theme, desk_theme
        self.options = PresentationOptions.load(settings)
        self._saved: _Saved | None = None
        self.action = QAction(translate("PresentationMode", "&Presentation mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        tip = translate("PresentationMode",
                        "Large fonts, thick lines and full screen for a classroom (F5; Esc or F5 leaves).")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.toggled.connect(self.set_active)
        self.leave_action = QAction(translate("PresentationMode", "Leave presentation mode"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)  # Esc belongs to the widgets except while presenting
        self.leave_action.triggered.connect(lambda: self.set_active(False))
        window.addAction(self.leave_action)  # works in full screen even with the menus hidden
        self.options_action = QAction(translate("PresentationMode", "Presentation &options…"), window)
        self.options_action.setStatusTip(
            translate("PresentationMode", "Size, full screen, hiding of advanced controls, high contrast."))
        self.options_action.triggered.connect(self.edit_options)

    def actions(self) -> dict[str, QAction]:
        """The View menu's presentation entries by menu id (see ui/window/menus.py)."""
        return {"view.presentation": self.action, "view.presentation_options": self.options_action}

    @property
    def active(self) -> bool:
        return self._saved is not None

    # ---- on and off -----------------------------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        if on == self.active:
            self.action.setChecked(on)
            return
        if on:
            self._enter()
        else:
            self._leave()
        self.action.setChecked(on)
        self.leave_action.setEnabled(on)
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def _enter(self) -> None:
        window, options, app = self.window, self.options, QApplication.instance()
        bars = [w for w in window.findChildren(QToolBar) if w.parent() is window]
        docks = [w for w in window.findChildren(QDockWidget) if w.parent() is window]
        saved = _Saved(window.saveGeometry(), window.geometry(), window.frameGeometry(),
                       window.saveState(STATE_VERSION), window.windowState(),
                       {w: w.isVisible() for w in bars + docks}, QFont(app.font()),
                       QPalette(app.palette()))
        self._saved = saved
        scale, bold = options.scale, options.high_contrast
        self._scale_widgets(saved, scale, bold)
        # after the fonts: a plot's text is laid out in its scene's font (the application's), sizes are measured then
        self.set_theme(Theme.presenting(scale, options.high_contrast, self.desk_theme.base_pt))
        if options.high_contrast:
            app.setPalette(high_contrast_palette(saved.app_palette))
        kept = self.keep if options.hide_advanced else self.keep + self.advanced
        for widget in bars + docks:
            if widget not in kept:
                widget.hide()
        if self.beside is not None and not self.beside.isFloating():  # the stage keeps the full height
            above = self.advanced[0] if self.advanced and self.advanced[0] in kept else None
            if isinstance(above, QDockWidget) and not above.isFloating():
                window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.beside)
                window.splitDockWidget(above, self.beside, Qt.Orientation.Vertical)
                height = self._presenting_size().height()
                window.resizeDocks([above, self.beside], [round(height * (1 - LOSS_SHARE)), round(height * LOSS_SHARE)],
                                   Qt.Orientation.Vertical)
            else:
                window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.beside)
        virtual = self.virtual_screen()
        if virtual is not None:  # a screenshot of a screen that is not there: cover it as full screen would
            window.setGeometry(virtual)
        elif options.full_screen:
            window.showFullScreen()
        self._widen_docks(docks, scale)

    def _leave(self) -> None:
        saved, window, app = self._saved, self.window, QApplication.instance()
        self._saved = None
        app.setFont(saved.app_font)  # first: a widget with a style sheet takes its parent's font only when set
        for widget, font in saved.widget_fonts:  # parents before children
            _call(widget.setFont, font if font is not None else QFont())  # an empty font: inherit again
        for model, font in saved.model_fonts:
            model.set_font(font)
        app.setPalette(saved.app_palette)
        # the widgets learn the smaller fonts (and so their smaller minimum sizes) from posted events: deliver them
        # now, or the larger sizes of a moment ago would keep legends, docks and the window too large
        QApplication.sendPostedEvents()
        self.set_theme(self.desk_theme)  # after the fonts, as on entering
        for view, rows, columns in saved.views:
            _call(view.verticalHeader().setDefaultSectionSize, rows)
            for column, width in enumerate(columns):
                _call(view.horizontalHeader().resizeSection, column, width)
        for bar, size in saved.icons:
            _call(bar.setIconSize, size)
        button = self._toolbar_button()
        if button is not None and saved.button_style is not None:
            button.setToolButtonStyle(saved.button_style)
        if window.windowState() != saved.window_state:
            window.setWindowState(saved.window_state)
        QApplication.sendPostedEvents()  # the restored pyqtgraph items' sizes, too
        self._restore_layout(saved)
        for widget, visible in saved.visible.items():
            _call(widget.setVisible, visible)
        # some layouts settle only in the next round of events: once more after them
        QTimer.singleShot(0, self, lambda: self.active or self._restore_layout(saved))

    def _restore_layout(self, saved: _Saved) -> None:
        window = self.window
        if saved.window_state == Qt.WindowState.WindowNoState:
            # restoreGeometry would also move a window that was partly off screen; the rectangle is fitted into the
            # screen as it is now (the window may have moved to a smaller one while presenting)
            frame = QMargins(saved.rect.left() - saved.frame_rect.left(), saved.rect.top() - saved.frame_rect.top(),
                             saved.frame_rect.right() - saved.rect.right(),
                             saved.frame_rect.bottom() - saved.rect.bottom())
            window.setGeometry(fit_client_rect(saved.rect, frame, self.available()))
        else:
            window.restoreGeometry(saved.geometry)
        restore_dock_state(window, saved.state)

    def _scale_widgets(self, saved: _Saved, scale: float, bold: bool) -> None:
        """Application font and every explicitly set font x scale (computed before the application font changes:
        a widget's own font is absolute), item views' rows, columns and model fonts, toolbar icons."""
        window, app = self.window, QApplication.instance()
        # a font set by the widget itself is absolute; a dock paints its title in a font fixed at its creation and
        # a widget with a style sheet keeps the font it was polished with: these get a scaled font of their own
        chosen = [w for w in [window, *window.findChildren(QWidget)] if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                  or isinstance(w, QDockWidget) or w.styleSheet()]
        scaled = [scaled_font(w.font(), scale, bold) for w in chosen]
        for widget in self.unscaled:  # the teacher's controls, not for the class: the desk's font, fixed
            if widget not in chosen:
                fixed = QFont(widget.font())
                fixed.setPointSizeF(fixed.pointSizeF())  # set, not inherited: the application's font is about to grow
                chosen.append(widget)
                scaled.append(fixed)
        for i, widget in enumerate(chosen):
            if isinstance(widget, QDockWidget):
                # a dock paints its title in its creation-time title font while its font equals the application's:
                # an invisible difference makes it paint the title in its own (scaled) font
                scaled[i].setStyleStrategy(QFont.StyleStrategy.PreferQuality)
        saved.widget_fonts = [(w, QFont(w.font()) if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None)
                              for w in chosen]
        for view in window.findChildren(QTableView):
            columns = view.horizontalHeader()
            saved.views.append((view, view.verticalHeader().defaultSectionSize(),
                                [columns.sectionSize(c) for c in range(columns.count())]))
            model = view.model()
            if isinstance(model, FontedModel):  # a model that gives its cells fonts of its own
                saved.model_fonts.append((model, QFont(model.name_font)))
        for bar in window.findChildren(QToolBar):
            saved.icons.append((bar, bar.iconSize()))
        app.setFont(scaled_font(saved.app_font, scale, bold))
        for (widget, _), font in zip(saved.widget_fonts, scaled, strict=True):
            widget.setFont(font)
        for model, font in saved.model_fonts:
            model.set_font(scaled_font(font, scale, bold))
        widen = scale * (BOLD_WIDTH if bold else 1.0)
        for view, rows, columns in saved.views:
            view.verticalHeader().setDefaultSectionSize(round(rows * scale))
            for column, width in enumerate(columns):
                view.horizontalHeader().resizeSection(column, round(width * widen))
        for bar, size in saved.icons:
            bar.setIconSize(size * scale)
        # the way out stays on a narrow projector screen: this button shows only its icon while presenting
        button = self._toolbar_button()
        if button is not None:
            saved.button_style = button.toolButtonStyle()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _toolbar_button(self) -> QToolButton | None:
        button = self.toolbar.widgetForAction(self.action)
        return button if isinstance(button, QToolButton) else None

    def _presenting_size(self) -> QSize:
        """The window's size while presenting: going full screen takes effect later, so this is the size it is about
        to have."""
        virtual = self.virtual_screen()
        screen = self.window.screen()
        if virtual is not None:
            return virtual.size()
        return screen.geometry().size() if self.options.full_screen and screen is not None else self.window.size()

    def _widen_docks(self, docks: list[QDockWidget], scale: float) -> None:
        """Docks beside the canvas `scale` times as wide (larger text needs the room), docks below it `scale` times
        as tall, each at most MAX_DOCK_SHARE of the window."""
        window = self.window
        area = Qt.DockWidgetArea
        size = self._presenting_size()
        for orientation, areas, extent, limit in (
                (Qt.Orientation.Horizontal, (area.LeftDockWidgetArea, area.RightDockWidgetArea), QWidget.width,
                 MAX_DOCK_SHARE[0] * size.width()),
                (Qt.Orientation.Vertical, (area.TopDockWidgetArea, area.BottomDockWidgetArea), QWidget.height,
                 MAX_DOCK_SHARE[1] * size.height())):
            chosen = [d for d in docks if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) in areas]
            if chosen:
                window.resizeDocks(chosen, [min(round(extent(d) * scale), int(limit)) for d in chosen], orientation)

    # ---- options ----------------------------------------------------------------------------------------------------
    def edit_options(self) -> None:
        dialog = PresentationDialog(self.options, self.window)
        if dialog.exec() == PresentationDialog.DialogCode.Accepted:
            self.set_options(dialog.options())

    def set_options(self, options: PresentationOptions) -> None:
        """New options (remembered); applied at once when presentation mode is on."""
        self.options = options
        options.save(self.settings)
        if self.active:
            self.set_active(False)
            self.set_active(True)


def restore_dock_state(window: QMainWindow, state: QByteArray) -> bool:
    """window.restoreState(state), and hide the tab bars it leaves behind.

    Qt 6.10's restoreState gives every group of tabbed docks a new tab bar and leaves the old one on screen where
    it was (measured): invisible under the new one when nothing moved, but after presentation mode it stays at its
    larger size over the docks. A pre-existing bar showing the same docks as a new one is such a leftover."""
    def bars() -> list[QTabBar]:
        return [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]

    def tabs(bar: QTabBar) -> set[str]:
        return {bar.tabText(i) for i in range(bar.count())}

    before = bars()
    ok = window.restoreState(state, STATE_VERSION)
    new = [bar for bar in bars() if bar not in before]
    for old in before:
        if old.isVisible() and old.count() and any(tabs(old) == tabs(bar) for bar in new):
            old.hide()
    return ok


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of `font` `factor` times as large (point or pixel size, whichever it has), optionally bold."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        out.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold:
        out.setBold(True)
    return out


def _call(method, *args) -> None:
    with contextlib.suppress(RuntimeError):  # the widget was deleted while presenting: nothing to restore
        method(*args)

