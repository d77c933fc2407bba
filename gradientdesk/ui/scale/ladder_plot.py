"""The ladder: one horizontal bar per model, its length the parameter count on a log scale (each grid line ten
times the one before), the learner's own model at the bottom and GPT-3 at the top. A linear axis could not show
25 and 175 billion on one screen: on it the learner's bar would be 10^-10 of GPT-3's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import PySide6  # noqa: F401  (PySide6 before pyqtgraph)

# isort: split
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics

from ..plots.plot_items import configure_pyqtgraph
from ..theme import palette
from ..theme.theme import Theme
from .scale_words import words as count_words

BAR_HEIGHT = 0.7
NAME_MARGIN = 16  # px beside the longest name: the tick and the gap pyqtgraph leaves
LEARNER_COLOR = palette.ORANGE
MODEL_COLOR = palette.SKY_BLUE
CHOSEN_COLOR = palette.BLUE  # a chosen real model; the learner's bar keeps its orange and gains the rim


class PowerOfTenAxis(pg.AxisItem):
    """Ticks at 1, 10, 100, ... read as words ('1 thousand', '1 million'): the bars' lengths are log10(count)."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        lo, hi = max(0, math.floor(minVal)), math.ceil(maxVal)
        every = [float(k) for k in range(lo, hi + 1)]
        words = [k for k in every if k % 3 == 0]  # thousand, million, billion: the names the table uses
        return [(3.0, words), (1.0, [k for k in every if k not in words])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [_power_text(round(v)) if spacing >= 3 else "" for v in values]


def _power_text(exponent: int) -> str:
    if exponent in (3, 6, 9, 12):  # "1 thousand" ... "1 trillion", in the interface's language
        return count_words(10**exponent)
    return "1" if exponent == 0 else f"1e{exponent}"


class NameAxis(pg.AxisItem):
    """The left axis: each bar's model name at its height."""

    def __init__(self) -> None:
        super().__init__("left")
        self.names: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        return [(1.0, [float(i) for i in range(len(self.names))])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self.names[int(v)] if 0 <= int(v) < len(self.names) else "" for v in values]


class LadderPlot(pg.PlotWidget):
    """Bars for `set_models([(name, count), ...])` (bottom first); `choose(index)` outlines one bar.
    `bar_clicked(index)` when the learner clicks a bar."""

    bar_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        configure_pyqtgraph()
        self.names_axis = NameAxis()
        super().__init__(parent, axisItems={"bottom": PowerOfTenAxis("bottom"), "left": self.names_axis})
        self.setObjectName("scale_ladder_plot")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.plotItem.setLabel("bottom", QCoreApplication.translate(
            "ScaleView", "parameters (log scale: each grid line is 10 times the one before)"))
        self.plotItem.showGrid(x=True, y=False, alpha=0.25)
        self.counts: list[int] = []
        self.chosen = -1
        self.theme = Theme()
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self.addItem(self.bars)
        self.labels: list[pg.TextItem] = []
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_models(self, models: Sequence[tuple[str, int]]) -> None:
        """The bars, bottom first: the learner's model, then the ladder's models from small to large."""
        self.names_axis.names = [name for name, _ in models]
        self.counts = [count for _, count in models]
        for label in self.labels:
            self.removeItem(label)
        self.labels = []
        for i, count in enumerate(self.counts):
            label = pg.TextItem(count_words(count), color=self.theme.palette.text, anchor=(0, 0.5))
            label.setPos(_length(count), i)
            self.addItem(label)
            self.labels.append(label)
        self._fit_names()
        longest = max((_length(c) for c in self.counts), default=1.0)
        # room at the right for the last bar's words ("175 billion" is about 2.5 decades wide at this size)
        self.setRange(xRange=(0, longest + 2.5), yRange=(-0.6, len(self.counts) - 0.4), padding=0)
        self._draw_bars()

    def _fit_names(self) -> None:
        """The name axis as wide as its longest name from the start (pyqtgraph widens an axis only after a paint
        that did not fit, and an export before that paint would leave the names out)."""
        font = self.names_axis.style.get("tickFont") or QFont()
        widest = max((QFontMetrics(font).horizontalAdvance(name) for name in self.names_axis.names), default=0)
        self.names_axis.setWidth(widest + NAME_MARGIN)
        self.names_axis.picture = None
        self.names_axis.update()

    def choose(self, index: int) -> None:
        self.chosen = index
        self._draw_bars()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        theme.style_axes(self.plotItem)
        self._fit_names()
        for label in self.labels:
            label.setColor(theme.palette.text)
            label.setFont(theme.font())
        self._draw_bars()

    def _draw_bars(self) -> None:
        n = len(self.counts)
        brushes = [pg.mkBrush(LEARNER_COLOR if i == 0 else CHOSEN_COLOR if i == self.chosen else MODEL_COLOR)
                   for i in range(n)]
        pens = [self.theme.pen(palette.BLACK, 2.5) if i == self.chosen else pg.mkPen(None) for i in range(n)]
        self.bars.setOpts(x0=[0.0] * n, y=list(range(n)), height=BAR_HEIGHT,
                          width=[_length(c) for c in self.counts], brushes=brushes, pens=pens)

    def _clicked(self, event) -> None:
        point = self.plotItem.vb.mapSceneToView(event.scenePos())
        index = round(point.y())
        if event.button() == Qt.MouseButton.LeftButton and 0 <= index < len(self.counts):
            self.bar_clicked.emit(index)


def _length(count: int) -> float:
    """A bar's length: log10 of the count, at least a sliver (a model of 1 parameter still shows)."""
    return max(math.log10(count), 0.15) if count > 0 else 0.15
