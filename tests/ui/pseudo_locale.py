"""The pseudo-locale for translation tests: a translator that wraps every string of GradientDesk's own contexts in
⟦ ⟧, and a walk that collects the texts a widget tree shows (labels, buttons, tooltips, titles, combo items, tabs,
table headers, actions, pyqtgraph plot titles, axis labels and legends). A text shown without the markers never went
through QCoreApplication.translate.

The contexts are read from the sources (every ``translate("Context", ...)`` and ``QT_TRANSLATE_NOOP("Context", ...)``),
so a context new since the last lupdate is covered too; Qt's and pyqtgraph's own contexts are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
SOURCES = Path(__file__).resolve().parents[2] / "gradientdesk"
_CONTEXT = re.compile(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*["']([A-Za-z_][\w.]*)["']""")


def app_contexts() -> set[str]:
    """Every translation context named in the app's sources."""
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        found.update(_CONTEXT.findall(path.read_text(encoding="utf-8")))
    return found


class PseudoTranslator(QTranslator):
    """Every string of the app's contexts comes back as ⟦string⟧ (Qt's own contexts are left alone)."""

    def __init__(self, contexts: set[str] | None = None) -> None:
        super().__init__()
        self.contexts = app_contexts() if contexts is None else contexts

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if context in self.contexts and source else ""

    def isEmpty(self) -> bool:
        return False


def shows_text(text: str) -> bool:
    """A text a reader reads as words: not empty, not a number, not a symbol alone ("+", "−", "×")."""
    return sum(ch.isalpha() for ch in re.sub(r"<[^>]+>", "", text)) >= 2


def is_marked(text: str) -> bool:
    """The text holds a translated piece (a composed text, "⟦Loss⟧: 0.25", is marked), or a piece of one (a dock's
    toggle action shows its translated title up to the " — ": "⟦Runs")."""
    return OPEN in text or CLOSE in text


def unmarked(texts: Iterable[tuple[str, str]], allowed: Callable[[str], bool] = lambda text: False
             ) -> list[tuple[str, str]]:
    """The (where, text) pairs that show words but no translated piece; `allowed(text)` exempts data (a parameter's
    name "W1[0,1]", a file name, a lesson's own title)."""
    return [(where, text) for where, text in texts
            if shows_text(text) and not is_marked(text) and not allowed(text)]


def _model_texts(view: QAbstractItemView, where: str) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    out = []
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, model.rowCount())):
        for section in range(min(count, 50)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.append((f"{where} header {section}", value))
    for row in range(min(model.rowCount(), 30)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append((f"{where} cell {row},{column}", value))
    return out


def _plot_texts(widget: QWidget, where: str) -> list[tuple[str, str]]:
    """Titles, axis labels and legend entries of pyqtgraph plots inside `widget`."""
    import pyqtgraph as pg

    out = []
    if not isinstance(widget, pg.GraphicsView):
        return out
    scene = widget.scene()
    if scene is None:
        return out
    for item in scene.items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            out.append((f"{where} axis {item.orientation}", item.labelText))
        elif isinstance(item, pg.LabelItem) and item.isVisible() and item.text:
            out.append((f"{where} label", item.text))
        elif isinstance(item, pg.TextItem) and item.isVisible():
            out.append((f"{where} text", item.toPlainText()))
        elif isinstance(item, pg.LegendItem) and item.isVisible():
            out += [(f"{where} legend", label.text) for _sample, label in item.items]
    return out


def _action_texts(action: QAction, where: str) -> list[tuple[str, str]]:
    if action.isSeparator():
        return []
    out = [(f"{where} action", action.text())]
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        out.append((f"{where} action tooltip", action.toolTip()))
    if action.menu() is not None:
        out += menu_texts(action.menu(), f"{where} > {action.text()}")
    return out


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(f"{where} (title)", menu.title())]
    for action in QWidget.actions(menu):
        out += _action_texts(action, where)
    return out


def widget_texts(root: QWidget, only_visible: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text `root` and its children show: window titles, labels, buttons, tooltips,
    placeholders, combo items, tabs, group titles, item views' headers and first cells, toolbar and widget actions,
    and pyqtgraph plots' titles, axis labels and legends."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if only_visible and widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow() and widget.windowTitle():
            out.append((f"{where} window title", widget.windowTitle()))
        if widget.toolTip():
            out.append((f"{where} tooltip", widget.toolTip()))
        if widget.accessibleDescription():
            out.append((f"{where} accessible description", widget.accessibleDescription()))
        if isinstance(widget, QLabel | QAbstractButton):
            out.append((f"{where} text", widget.text()))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            out.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            out += [(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count())]
            out += [(f"{where} item {i} tooltip", tip) for i in range(widget.count())
                    if isinstance(tip := widget.itemData(i, Qt.ItemDataRole.ToolTipRole), str)]
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                out.append((f"{where} tab {i}", widget.tabText(i)))
                out.append((f"{where} tab {i} tooltip", widget.tabToolTip(i)))
        elif isinstance(widget, QGroupBox):
            out.append((f"{where} title", widget.title()))
        elif isinstance(widget, QAbstractItemView):
            out += _model_texts(widget, where)
        actions = QWidget.actions(widget)  # the Qt method: a widget may name an attribute "actions"
        if isinstance(widget, QToolBar) or (actions and not isinstance(widget, QMenu)):
            for action in actions:
                out += _action_texts(action, where)
        out += _plot_texts(widget, where)
    return out
