"""The weight maps' three plots (weights, gradients, weights over time) laid out for the width they get: side by side
in a wide view, two beside each other, or one at a time behind a row of buttons ("Weights | Gradients | Over
time") in a narrow one.

On the stage a view is about 410 px wide at 1366x768: three plots side by side were ~130 px each, and the stage
scrolled sideways to show the rest. One plot at a time keeps its cells, axis names (A/B/C, x1, x2) and colour bar
at a size a class can read; the buttons say what else there is.
"""

from __future__ import annotations

from collections.abc import Sequence

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGraphicsWidget, QHBoxLayout, QSizePolicy, QToolButton, QWidget

# px (at theme scale 1) from which 3 or 2 plots stand side by side; below, one at a time
THREE_WIDTH, TWO_WIDTH = 900, 680
# shown translated (context "WeightMaps")
PAGE_NAMES = (QT_TRANSLATE_NOOP("WeightMaps", "Weights"), QT_TRANSLATE_NOOP("WeightMaps", "Gradients"),
              QT_TRANSLATE_NOOP("WeightMaps", "Over time"))
# two side by side: the maps together, the history on its own
PAIR_NAME = QT_TRANSLATE_NOOP("WeightMaps", "Weights && gradients")
PAGE_TIPS = (QT_TRANSLATE_NOOP("WeightMaps", "The layer's weights W and biases b."),
             QT_TRANSLATE_NOOP("WeightMaps", "The last step's gradient dL/dW and dL/db."),
             QT_TRANSLATE_NOOP("WeightMaps", "How the layer's weights spread over the training steps (a histogram "
                                             "per step)."))
translate = QCoreApplication.translate  # strings marked for pyside6-lupdate (see ui/i18n.py)
PLOT_STRETCH = (3, 3, 4)


def columns_for(width: int, scale: float) -> int:
    """How many plots fit side by side in `width` px with a theme of `scale` (1, 2 or 3)."""
    if width >= THREE_WIDTH * scale:
        return 3
    return 2 if width >= TWO_WIDTH * scale else 1


def groups_for(columns: int) -> tuple[tuple[int, ...], ...]:
    """The pages shown together for `columns`: every plot, the two maps and the history, or one by one."""
    if columns >= 3:
        return ((0, 1, 2),)
    if columns == 2:
        return ((0, 1), (2,))
    return ((0,), (1,), (2,))


def fit_axes(item: QGraphicsWidget) -> None:
    """Size the axes of a plot or colour bar that was hidden: pyqtgraph gives a hidden axis no room and sizes it
    again only when its ticks, label or style change (a theme applied while the page was hidden left its colour
    bar without numbers). Setting each axis's own fixed size again (None: from its text) sizes it now."""
    if not isinstance(item, pg.PlotItem):  # a ColorBarItem is one too
        return
    for name in ("left", "right"):
        axis = item.getAxis(name)
        axis.setWidth(axis.fixedWidth)
    for name in ("top", "bottom"):
        axis = item.getAxis(name)
        axis.setHeight(axis.fixedHeight)


class PlotPages(QWidget):
    """A row of exclusive buttons that picks which of three pages of `layout` are shown (`page` is the learner's
    last choice: 0 weights, 1 gradients, 2 over time). Each page is a plot and its colour bar, which the view has
    already put side by side in row 0 of `layout` (columns 0 to 5); `set_columns` lays out as many as fit and hides
    the buttons when every page is shown. `changed` follows every new arrangement."""

    changed = Signal()

    def __init__(self, layout: pg.GraphicsLayout, pages: Sequence[tuple[QGraphicsWidget, QGraphicsWidget]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = layout
        self.pages = list(pages)
        self.page = 0
        self.columns = 0
        self.shown = tuple(range(len(self.pages)))  # the view made them side by side, in this order
        self.buttons: list[QToolButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for k, (name, tip) in enumerate(zip(PAGE_NAMES, PAGE_TIPS, strict=True)):
            button = QToolButton(self)
            button.setText(translate("WeightMaps", name))
            button.setToolTip(translate("WeightMaps", tip))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setObjectName(f"weight_maps_page_{k}")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, k)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.group.idClicked.connect(self.show_page)
        self._stretch()
        self.set_columns(3)

    def show_page(self, page: int) -> None:
        """Show `page` (and the pages that stand beside it at the current width)."""
        self.page = page
        self._arrange()

    def set_columns(self, columns: int) -> None:
        """Lay out `columns` plots side by side (1, 2 or 3); nothing happens if that is already so."""
        if columns != self.columns:
            self.columns = columns
            self._arrange()

    def is_shown(self, item: QGraphicsWidget) -> bool:
        """Whether `item` (a plot or colour bar of a page) is on screen now."""
        return any(item in self.pages[k] for k in self.shown)

    def least_width(self) -> float:
        """The width (px) the shown plots and colour bars need at least, with the layout's margins and spacing."""
        grid = self.grid.layout
        left, _top, right, _bottom = grid.getContentsMargins()
        items = [item for k in self.shown for item in self.pages[k]]
        least = sum(item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width() for item in items)
        return least + left + right + grid.horizontalSpacing() * max(0, len(items) - 1)

    def _arrange(self) -> None:
        groups = groups_for(self.columns)
        shown = next(group for group in groups if self.page in group)
        pair = len(groups) == 2
        for k, button in enumerate(self.buttons):
            button.setVisible(len(groups) > 1 and not (pair and k == 1))
            button.setText(translate("WeightMaps", PAIR_NAME if pair and k == 0 else PAGE_NAMES[k]))
        self.buttons[shown[0]].setChecked(True)
        self.setVisible(len(groups) > 1)
        if shown == self.shown:
            return
        # out of the grid and hidden, not out of the scene: the items stay children of the layout's widget, deleted
        # with it as before (pyqtgraph's removeItem hands them to Python, to be collected at some later moment)
        grid = self.grid.layout
        for k in self.shown:
            for item in self.pages[k]:
                grid.removeItem(item)
                item.hide()
        for i, k in enumerate(shown):
            for j, item in enumerate(self.pages[k]):
                grid.addItem(item, 0, 2 * i + j)
                item.show()
                fit_axes(item)
        self.shown = shown
        self._stretch()
        self.changed.emit()

    def _stretch(self) -> None:
        """The plots' columns share the width (the history a little more: its steps run along it), not the bars'."""
        grid = self.grid.layout
        for col in range(grid.columnCount()):
            grid.setColumnStretchFactor(col, 0)
        for i, k in enumerate(self.shown):
            grid.setColumnStretchFactor(2 * i, PLOT_STRETCH[k])
