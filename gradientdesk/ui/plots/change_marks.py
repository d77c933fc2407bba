"""Vertical marks on the loss plot where the data changed under the same parameters: the curves after a mark
measure other data, so a jump there is the new data, not training."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..theme.theme import DEFAULT_THEME, Theme

LABEL = QT_TRANSLATE_NOOP("LossPlot", "data changed")  # shown translated
GREY = "#777777"


class ChangeMarks:
    """A dashed grey line per epoch in `show(epochs)` on each of `plots`, the first plot's lines labelled."""

    def __init__(self, plots: list[pg.PlotItem]) -> None:
        self.plots = plots
        self.lines: list[list[pg.InfiniteLine]] = [[] for _ in plots]
        self.theme = DEFAULT_THEME
        self.pen = DEFAULT_THEME.pen(GREY, 1, Qt.PenStyle.DashLine)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.pen = theme.pen(theme.grey(GREY), 1, Qt.PenStyle.DashLine)
        for lines in self.lines:
            for line in lines:
                line.setPen(self.pen)
        for line in self.lines[0] if self.lines else []:  # the labelled ones
            line.label.setColor(theme.grey(GREY))
            line.label.setFont(theme.font())

    @property
    def epochs(self) -> list[float]:
        return [float(line.value()) for line in self.lines[0]] if self.lines else []

    def show(self, epochs: list[float]) -> None:
        """One mark per epoch in `epochs` (lines are made once and reused)."""
        for index, (plot, lines) in enumerate(zip(self.plots, self.lines, strict=True)):
            while len(lines) < len(epochs):
                label = QCoreApplication.translate("LossPlot", LABEL) if index == 0 else None
                line = pg.InfiniteLine(angle=90, movable=False, pen=self.pen, label=label,
                                       labelOpts={"position": 0.92, "color": self.theme.grey(GREY),
                                                  "anchors": [(0, 0.5), (0, 0.5)]})
                line.setToolTip(QCoreApplication.translate(
                    "LossPlot", "The data changed here; the parameters were kept. The losses after this line are "
                    "measured on the new data."))
                line.setZValue(-5)
                plot.addItem(line, ignoreBounds=True)
                lines.append(line)
            for line, epoch in zip(lines, epochs, strict=False):
                line.setValue(epoch)
                line.show()
            for line in lines[len(epochs):]:
                line.hide()
